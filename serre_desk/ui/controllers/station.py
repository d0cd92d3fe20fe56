"""This desk as a station of the venue (services.station): its name in the top bar, and what it
opens on.

- a *reception* desk: as always;
- a *kids' room* desk opens on the kids' view, with its menu (F6 drop-off, F7 pickup) first in
  the menu bar and the educator ratio always in sight in the status bar, whatever tab is shown;
- an *office* desk opens on the reports; a badge scanned there, or its code typed into the scan
  field, checks nobody in or out unless scanning is turned on in the Desk menu ("Scanning at this
  desk"): the banner says scanning is off here. The switch is remembered in the desk's settings
  (per station kind) across restarts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from serre_desk.services.station import KIND_WORDS, Station, StationKind
from serre_desk.ui.context import DeskContext
from serre_desk.ui.settings import desk_settings, remember_scanning, scanning_here

if TYPE_CHECKING:
    from serre_desk.services.desk_state import DeskSnapshot
    from serre_desk.ui.views.main_window import DeskWindow

RATIO_STYLE = "QLabel { font-weight: bold; padding: 2px 8px; }"
BROKEN_STYLE = "QLabel { background: #b3261e; color: white; font-weight: bold; padding: 2px 8px; }"


class StationLayout(QObject):
    def __init__(
        self,
        context: DeskContext,
        station: Station,
        *,
        window: DeskWindow,
        kids_view: QWidget,
        kids_menu: QMenu,
        reports: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.station = station
        self._hub = context.hub
        self._settings = desk_settings(context.location.data_dir)
        self._window = window
        self._kids_view = kids_view
        self._reports = reports
        kind_words = QCoreApplication.translate("Station", KIND_WORDS[station.kind])
        self.label = QLabel(station.name)
        self.label.setObjectName("StationName")
        self.label.setProperty("muted", True)
        self.label.setToolTip(
            self.tr("This desk: {name} ({kind})").format(name=station.name, kind=kind_words)
        )
        # in the status bar: the top bar's width is the scan field's, at 1366 pixels too
        window.statusBar().addPermanentWidget(self.label)
        self.act_scanning = QAction(self.tr("&Scanning at this desk"), self)
        self.act_scanning.setCheckable(True)
        kind = station.kind.value
        on = scanning_here(self._settings, kind, default=station.kind is not StationKind.OFFICE)
        self.act_scanning.setChecked(on)
        self.act_scanning.toggled.connect(
            lambda checked: remember_scanning(self._settings, kind, checked)
        )
        self.act_scanning.setStatusTip(
            self.tr("Badges scanned here check people in and out (off on an office desk)")
        )
        window.add_desk_action(self.act_scanning)
        self.ratio = QLabel()
        self.ratio.setObjectName("KidsRatio")
        self.ratio.setVisible(False)
        if station.kind is StationKind.KIDS:
            bar = window.menuBar()
            first = bar.actions()[0] if bar.actions() else None
            if first is not None and first is not kids_menu.menuAction():
                bar.insertAction(first, kids_menu.menuAction())  # F6, F7 first
            window.statusBar().insertPermanentWidget(0, self.ratio)
            context.hub.snapshot.connect(self.show_ratio)

    @property
    def scanning(self) -> bool:
        """Whether a badge scanned here moves anybody (off at an office desk unless asked)."""
        return self.act_scanning.isChecked()

    def say_scanning_off(self) -> None:
        """A badge scanned or typed here while scanning is off: nobody moved, said in words."""
        self._hub.notice.emit(
            self.tr("Scanning is off at this desk"),
            self.tr(
                "Nobody was checked in or out. To check people in here, turn on Desk ▸ "
                "Scanning at this desk."
            ),
        )

    def open_first(self) -> None:
        """The tab the station opens on (after the layout remembered is restored)."""
        match self.station.kind:
            case StationKind.KIDS:
                self._window.show_tab(self._kids_view)
            case StationKind.OFFICE:
                self._window.show_tab(self._reports)

    def show_ratio(self, snapshot: DeskSnapshot) -> None:
        """The kids' room's ratio, always in sight: children, educators present and needed."""
        if not snapshot.ratios:
            self.ratio.setVisible(False)
            return
        names = {area.key: area.name for area in snapshot.areas}
        parts = [
            self.tr("{area}: children {children} · educators {educators} ({needed} needed)").format(
                area=names.get(key, key),
                children=status.children,
                educators=status.educators,
                needed=status.needed,
            )
            for key, status in snapshot.ratios.items()
        ]
        broken = any(status.broken for status in snapshot.ratios.values())
        self.ratio.setText(" | ".join(parts))
        self.ratio.setStyleSheet(BROKEN_STYLE if broken else RATIO_STYLE)
        self.ratio.setToolTip(
            self.tr("Not enough educators for the children inside")
            if broken
            else self.tr("Enough educators for the children inside")
        )
        self.ratio.setVisible(True)
