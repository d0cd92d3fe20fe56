"""The desk window's layout: top bar, result banner, occupancy tiles, a tab per area and the further
views (kids' space, reports, audit) or the search results while typing, recent events and the
person card — all inside a `LockableArea`, so the lock screen replaces every one of them. Layout
only: `serre_desk.ui.desk` connects it to the controllers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from serre_desk.services.actor import Actor, Role
from serre_desk.ui import icons
from serre_desk.ui.formatting import area_name, clock_time, long_date
from serre_desk.ui.style import RIGHT, scaled, style_sheet
from serre_desk.ui.views.banner import ResultBanner
from serre_desk.ui.views.elided_label import ElidedLabel
from serre_desk.ui.views.inside import InsidePanel
from serre_desk.ui.views.lock_screen import LockableArea, LockScreen
from serre_desk.ui.views.search_results import SearchPanel
from serre_desk.ui.views.tiles import OccupancyTiles
from serre_desk.ui.views.top_bar import TopBar

if TYPE_CHECKING:
    from serre_desk.services.desk_state import DeskSnapshot
    from serre_desk.services.occupancy import AreaOccupancy
    from serre_desk.ui.views.person_card import PersonCard
    from serre_desk.ui.views.recent import RecentEvents

Key = QKeySequence.StandardKey


class DeskWindow(QMainWindow):
    recent: RecentEvents
    card: PersonCard

    def __init__(
        self,
        lang: str,
        lock_screen: LockScreen | None = None,
        parent: QWidget | None = None,
        *,
        side_panel: bool = True,
    ) -> None:
        """`lock_screen` None: the desk sets it once storage is open (`lockable.set_lock_screen`);
        the window is built from modules that import no storage, so it shows at once.
        `side_panel` False: the recent events and the person card are left to `complete` (the
        start-up paints the window first, then makes them, before any data is shown)."""
        super().__init__(parent)
        self.lang = lang
        self.closing_handler: Callable[[], None] | None = None  # set by the Desk
        self.setWindowTitle(self.tr("Serre Desk — Le Serre dei Giardini"))
        self.setWindowIcon(icons.icon("app"))
        self._make_actions()

        self.top_bar = TopBar()
        self.top_bar.set_placeholder(self.act_search.shortcut())
        self.bars = QVBoxLayout()  # notices across the window (the first manager's offer)
        self.bars.setContentsMargins(14, 10, 14, 0)
        self.banner = ResultBanner()
        self.tiles = OccupancyTiles()
        self.area_tabs = QTabWidget()
        self.area_tabs.setDocumentMode(True)
        self.area_tabs.currentChanged.connect(self._tab_changed)
        self.panels: dict[str, InsidePanel] = {}
        self.search_panel = SearchPanel(self.act_toggle, self.act_new_visitor)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.area_tabs)
        self.stack.addWidget(self.search_panel)

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(14, 12, 8, 8)
        main_layout.setSpacing(12)
        main_layout.addWidget(self.banner)
        main_layout.addWidget(self.tiles)
        main_layout.addWidget(self.stack, 1)

        self.side_splitter = QSplitter(Qt.Orientation.Vertical)
        self.side_splitter.setObjectName("SideSplitter")
        self._side_places: list[QVBoxLayout] = []  # the recent events, the card: `complete`
        for _ in range(2):
            place = QWidget()
            layout = QVBoxLayout(place)
            layout.setContentsMargins(0, 0, 0, 0)
            self._side_places.append(layout)
            self.side_splitter.addWidget(place)
        # The card's height fits a child with guardians at 1366×768; a taller screen gives
        # the recent events the room.
        self.side_splitter.setStretchFactor(0, 1)
        self.side_splitter.setStretchFactor(1, 0)
        self.side_splitter.setSizes([176, 464])
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 12, 14, 8)
        side_layout.addWidget(self.side_splitter)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("MainSplitter")
        self.main_splitter.addWidget(main)
        self.main_splitter.addWidget(side)
        self.main_splitter.setStretchFactor(0, 3)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setChildrenCollapsible(False)
        side.setMinimumWidth(360)  # the card: a visit's times and duration side by side

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addLayout(self.bars)
        layout.addWidget(self.main_splitter, 1)
        self.lockable = LockableArea(content, lock_screen)
        self.setCentralWidget(self.lockable)
        self._make_menus()
        self.hints = ElidedLabel(Qt.TextElideMode.ElideRight)  # the station's state comes first
        self.hints.set_whole_text(
            self.tr(
                "F2 new visitor · Ctrl+F search · Enter check in/out · Ctrl+Z undo · "
                "F6 drop-off · F7 pickup · F9 emergency list · Esc ready to scan"
            )
        )
        self.hints.setAlignment(RIGHT)
        self.statusBar().addPermanentWidget(self.hints, 1)
        self._set_tab_order()
        if side_panel:
            self.complete()
        self.setStyleSheet(style_sheet())  # once built: one polish, when it shows

    def complete(self) -> None:
        """The side panel: the recent events above the person card (their modules imported
        only now)."""
        from serre_desk.ui.views.person_card import PersonCard
        from serre_desk.ui.views.recent import RecentEvents

        self.recent = RecentEvents()
        recent_layout = self._side_places[0]
        recent_title = QLabel(self.tr("Recent events"))
        title_font = QFont(recent_title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(scaled(11))
        recent_title.setFont(title_font)
        recent_layout.addWidget(recent_title)
        recent_layout.addWidget(self.recent, 1)
        self.card = PersonCard(
            [self.act_toggle_card, self.act_edit, self.act_print_badge],
            self.lang,
            adults_only=(self.act_print_badge,),  # children never have a badge
        )
        self._side_places[1].addWidget(self.card)

    # --- actions and menus ------------------------------------------------------------------

    def _action(
        self,
        text: str,
        tip: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: str | None = None,
        key_hint: str | None = None,
    ) -> QAction:
        """An action whose tooltip names its shortcut (or the key that does it in a list)."""
        action = QAction(text, self)
        if icon:
            action.setIcon(icons.icon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        key = key_hint or (
            action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if shortcut is not None
            else ""
        )
        action.setToolTip(f"{tip} ({key})" if key else tip)
        action.setStatusTip(tip)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        enter = self.tr("Enter")
        self.act_new_visitor = self._action(
            self.tr("&New visitor…"),
            self.tr("Register a first-time visitor and check them in"),
            "F2",
            "person-add",
        )
        self.act_search = self._action(
            self.tr("&Search"), self.tr("Go to the scan and search field"), Key.Find
        )
        self.act_refresh = self._action(
            self.tr("&Refresh"), self.tr("Read occupancy and who is inside again"), "F5"
        )
        self.act_scan_ready = self._action(
            self.tr("Ready to &scan"), self.tr("Back to the ready-to-scan state"), "Esc"
        )
        self.act_undo = self._action(
            self.tr("&Undo last check-in/out"),
            self.tr("Undo the last check-in or check-out (within one minute)"),
            "Ctrl+Z",
            "undo",
        )
        self.act_toggle = self._action(
            self.tr("Check &in/out from the list"),
            self.tr("Check the chosen person in, or out if inside"),
            key_hint=enter,
            icon="checked-in",
        )
        self.act_toggle_card = self._action(
            self.tr("Check in/out from the &card"),
            self.tr("Check this person in, or out if inside"),
            "Ctrl+Return",
            "checked-in",
        )
        self.act_toggle_card.setIconText(self.tr("Check in/out"))  # on the card's narrow button
        self.act_check_out = self._action(
            self.tr("Check &out"),
            self.tr("Check out the person chosen in the list"),
            key_hint=enter,
            icon="checked-out",
        )
        self.act_edit = self._action(
            self.tr("&Edit person…"),
            self.tr("Edit the details of the person on the card"),
            "Ctrl+E",
        )
        self.act_close_day = self._action(
            self.tr("&Close the day…"),
            self.tr("Check out everyone still inside, marked as automatic check-out"),
            "Ctrl+Shift+C",
            "closing",
        )
        self.act_print_badge = self._action(
            QCoreApplication.translate("BadgePrintDialog", "Print &badge…"),
            QCoreApplication.translate(
                "BadgePrintDialog", "Print, save or reissue the badge of the person on the card"
            ),
            "Ctrl+P",
        )
        self.act_override = self._action(
            self.tr("&Authorise with a manager…"),
            self.tr("A manager authorises the check-in just refused (a full area), with a reason"),
            "Ctrl+M",
            "warning",
        )
        self.act_override.setEnabled(False)
        self.act_lock = self._action(
            self.tr("&Lock the desk"),
            self.tr("Hide every name until a desk user signs in (e.g. to change shift)"),
            "Ctrl+L",
        )
        self.act_audit = self._action(
            self.tr("&Audit log"),
            self.tr("Browse and verify the audit log (managers)"),
            "Ctrl+Shift+A",
        )
        self.act_quit = self._action(self.tr("&Quit"), self.tr("Close Serre Desk"), Key.Quit)
        self.act_shortcuts = self._action(
            self.tr("&Keyboard shortcuts"), self.tr("List every keyboard shortcut"), "F1"
        )
        self.act_privacy = self._action(
            self.tr("&Privacy notice"), self.tr("Show the privacy notice given to visitors")
        )
        self.act_language = {
            "it": self._action("Italiano", self.tr("Use Italian from the next start")),
            "en": self._action("English", self.tr("Use English from the next start")),
        }
        for code, action in self.act_language.items():
            action.setCheckable(True)
            action.setChecked(code == self.lang)

    def _make_menus(self) -> None:
        desk = self.menuBar().addMenu(self.tr("&Desk"))
        desk.addActions([self.act_search, self.act_scan_ready, self.act_refresh])
        desk.addSeparator()
        self.desk_menu_end = desk.addSeparator()  # the emergency list goes here
        desk.addActions([self.act_close_day, self.act_lock, self.act_audit])
        language = desk.addMenu(self.tr("&Language"))
        language.addActions(list(self.act_language.values()))
        desk.addSeparator()
        desk.addAction(self.act_quit)
        people = self.menuBar().addMenu(self.tr("&People"))
        people.addActions(
            [
                self.act_new_visitor,
                self.act_toggle,
                self.act_check_out,
                self.act_toggle_card,
                self.act_edit,
                self.act_print_badge,
            ]
        )
        people.addSeparator()
        people.addActions([self.act_undo, self.act_override])
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.addActions([self.act_shortcuts, self.act_privacy])
        self.desk_menu = desk
        for menu in (desk, people, self.help_menu, language):
            menu.setToolTipsVisible(True)

    def add_menu(self, title: str, actions: list[QAction]) -> QMenu:
        """A further menu (e.g. the kids' space), before Help; its actions work from anywhere in
        the window."""
        menu = QMenu(title, self)
        menu.setToolTipsVisible(True)
        menu.addActions(actions)
        self.menuBar().insertMenu(self.help_menu.menuAction(), menu)
        self.addActions(actions)
        return menu

    def add_desk_action(self, action: QAction) -> None:
        """An action of the Desk menu (e.g. the emergency list)."""
        self.desk_menu.insertAction(self.desk_menu_end, action)
        self.addAction(action)

    def show_user(self, actor: Actor) -> None:
        roles = {
            Role.MANAGER: self.tr("manager"),
            Role.STAFF: self.tr("staff"),
            Role.ADMIN: self.tr("administrator"),
        }
        self.top_bar.user.set_state(
            "user",
            self.tr("Desk: {user}").format(user=actor.user),
            self.tr("Signed in at this desk: {user} ({role})").format(
                user=actor.user, role=roles[actor.role]
            ),
        )

    def _set_tab_order(self) -> None:
        self.setTabOrder(self.top_bar.scan_field, self.stack)

    # --- showing data -----------------------------------------------------------------------

    def add_view_tab(
        self, widget: QWidget, title: str, icon: QIcon | None = None, *, roomy: bool = False
    ) -> int:
        """A place for further views (kids' space, reports): a tab after the areas. `roomy`:
        the occupancy tiles step aside while it is in front (a PDF preview, a long log)."""
        widget.setProperty("roomy", roomy)
        return self.area_tabs.addTab(widget, icon or QIcon(), title)

    def _tab_changed(self, _index: int) -> None:
        current = self.area_tabs.currentWidget()
        self.tiles.setVisible(not (current is not None and current.property("roomy")))

    def remove_view_tab(self, widget: QWidget) -> None:
        index = self.area_tabs.indexOf(widget)
        if index >= 0:
            self.area_tabs.removeTab(index)

    def show_tab(self, widget: QWidget) -> None:
        """Bring a view to the front (leaving the search results, if shown)."""
        self.show_search(False)
        self.area_tabs.setCurrentWidget(widget)

    def show_snapshot(self, snapshot: DeskSnapshot, now: datetime) -> None:
        self.tiles.show_areas(snapshot.areas, snapshot.ratios, snapshot.inside, now)
        self.recent.show_stored(snapshot.recent, now)
        names = {area.key: area_name(area.name) for area in snapshot.areas}
        self.search_panel.model.set_area_names(names)
        self.card.set_area_names(names)
        first_time = not self.panels
        for position, area in enumerate(snapshot.areas):
            panel = self.panels.get(area.key)
            if panel is None:
                panel = InsidePanel(area.key, self.act_check_out)
                self.panels[area.key] = panel
                self.area_tabs.insertTab(position, panel, "")
            rows = [row for row in snapshot.inside if row.area_key == area.key]
            panel.show_rows(rows, now)
            index = self.area_tabs.indexOf(panel)
            self.area_tabs.setTabText(index, f"{names[area.key]} ({self._tab_count(area)})")
            self.area_tabs.setTabToolTip(
                index, self.tr("Who is inside {area} now").format(area=names[area.key])
            )
        for key in [key for key in self.panels if key not in names]:
            panel = self.panels.pop(key)
            self.area_tabs.removeTab(self.area_tabs.indexOf(panel))
            panel.deleteLater()
        if first_time and self.panels:  # the first area in front, before the further views
            self.area_tabs.setCurrentIndex(0)

    def _tab_count(self, area: AreaOccupancy) -> str:
        """ "12", or in the kids' space "5 bambini, 2 educatori" (its table lists both)."""
        if not area.for_children:
            return str(area.inside)
        return ", ".join(
            (
                self.tr("%n child(ren)", "", area.inside),
                self.tr("%n educator(s)", "", area.educators),
            )
        )

    def current_panel(self) -> InsidePanel | None:
        widget = self.area_tabs.currentWidget()
        return widget if isinstance(widget, InsidePanel) else None

    def show_clock(self, now: datetime) -> None:
        self.top_bar.date_label.setText(long_date(now, self.lang))
        self.top_bar.clock_label.setText(clock_time(now))

    def show_search(self, searching: bool) -> None:
        self.stack.setCurrentWidget(self.search_panel if searching else self.area_tabs)

    @property
    def searching(self) -> bool:
        return self.stack.currentWidget() is self.search_panel

    def focus_scan_field(self) -> None:
        self.top_bar.scan_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.top_bar.scan_field.selectAll()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.closing_handler is not None:
            self.closing_handler()
        super().closeEvent(event)
