"""What the window shows when the hub speaks: a movement, an undo, a refusal, a notice or good
news, new occupancy, the day closed, the storage failing or working again, the kids' alarms, a
new person registered, a document printed or not. Each in the banner, the recent events, the
card, the status icons and the lock screen, as it concerns them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QWidget

from serre_desk.domain.people import PersonKind
from serre_desk.ui import icons
from serre_desk.ui.context import DeskContext

if TYPE_CHECKING:
    from serre_desk.domain.errors import Refusal
    from serre_desk.domain.outcomes import Movement
    from serre_desk.services.closing import ClosingResult
    from serre_desk.services.desk_state import DeskSnapshot
    from serre_desk.services.kids_state import KidsAlarm
    from serre_desk.services.undo import Undone
    from serre_desk.ui.controllers.actions import DeskActions, Registered
    from serre_desk.ui.controllers.archive_duty import ArchiveDuty
    from serre_desk.ui.controllers.lock import DeskLock
    from serre_desk.ui.controllers.person_card import CardController
    from serre_desk.ui.controllers.refresh import SnapshotRefresher
    from serre_desk.ui.controllers.scan_field import ScanFieldController
    from serre_desk.ui.dialogs.closing_report import ClosingReportDialog
    from serre_desk.ui.print_job import PrintJob
    from serre_desk.ui.views.kids import KidsView
    from serre_desk.ui.views.main_window import DeskWindow


class HubReactions(QObject):
    def __init__(
        self,
        context: DeskContext,
        *,
        window: DeskWindow,
        actions: DeskActions,
        card: CardController,
        scan_field: ScanFieldController,
        refresher: SnapshotRefresher,
        archive: ArchiveDuty,
        lock: DeskLock,
        kids_view: KidsView,
        open_dialogs: Callable[[], list[QWidget]],
        check_out: Callable[[int], None],
        parent: QObject | None = None,
    ) -> None:
        """`check_out`: what Enter in an area's table does (the routing's check-out)."""
        super().__init__(parent)
        self._context = context
        self._window = window
        self._actions = actions
        self._card = card
        self._scan_field = scan_field
        self._refresher = refresher
        self._archive = archive
        self._lock = lock
        self._kids_view = kids_view
        self._open_dialogs = open_dialogs
        self._check_out = check_out
        self._panels_connected: set[int] = set()
        self._alarmed: frozenset[int] = frozenset()  # children of the blocking alarms on show
        self.closing_report: ClosingReportDialog | None = None

    def connect_hub(self) -> None:
        hub = self._context.hub
        hub.movement.connect(self.moved)
        hub.undone.connect(self.undone)
        hub.refused.connect(self.refused)
        hub.notice.connect(self.notice)
        hub.news.connect(self.news)
        hub.snapshot.connect(self.snapshot)
        hub.day_closed.connect(self.day_closed)
        hub.storage.connect(self.storage)
        printing = self._context.printing
        printing.printed.connect(self.printed)
        printing.not_printed.connect(self.not_printed)
        self._kids_view.alarms_changed.connect(self.kids_alarms)

    # --- movements and refusals -------------------------------------------------------------

    def moved(self, movement: Movement) -> None:
        window = self._window
        window.act_override.setEnabled(False)
        window.banner.show_movement(movement)
        from serre_desk.services.undo import UNDO_WINDOW

        window.banner.offer_undo(window.act_undo, UNDO_WINDOW.total_seconds())
        window.recent.add_movement(movement)
        self._card.show(movement.person.id)
        self._scan_field.refresh()
        self._back_to_scan_field()

    def _back_to_scan_field(self) -> None:
        """After a movement, the scan field has the focus (Ctrl+Z undoes it): at once, or when
        the dialog it came from closes."""
        dialogs = [d for d in self._open_dialogs() if isinstance(d, QDialog)]
        if not dialogs:
            self._window.focus_scan_field()
        for dialog in dialogs:
            dialog.finished.connect(
                lambda _result: self._window.focus_scan_field(),
                Qt.ConnectionType.SingleShotConnection,
            )

    def undone(self, undone: Undone) -> None:
        self._window.banner.show_undone(undone)
        self._window.recent.add_undone(undone, self._context.clock.now())
        self._card.reload(undone.person.id)

    def refused(self, refusal: Refusal) -> None:
        window = self._window
        pending = self._actions.overridable
        can_override = pending is not None and pending.refusal is refusal
        window.act_override.setEnabled(can_override)
        offer = window.act_override if can_override else None
        window.banner.show_refusal(refusal, offer)
        if refusal.subject is not None:
            self._context.hub.person_selected.emit(refusal.subject[0])
        window.recent.add_refusal(refusal, self._context.clock.now())

    def registered(self, registered: Registered) -> None:
        """A new person: their card, and their badge offered (a day pass for a guest)."""
        self._card.show(registered.person.id)
        if registered.movement is not None and registered.person.kind is not PersonKind.CHILD:
            self._window.banner.offer(self._window.act_print_badge)

    # --- notices ----------------------------------------------------------------------------

    def notice(self, title: str, details: str) -> None:
        """In the banner, unless a refusal or an alarm is on show there; always in the list."""
        if not self._window.banner.holding_refusal:
            self._window.banner.show_notice(title, details)
        self._window.recent.add_notice(title, self._context.clock.now())

    def news(self, title: str, details: str) -> None:
        """Good news: calm in the banner (unless a refusal is on show), and in the list."""
        if not self._window.banner.holding_refusal:
            self._window.banner.show_news(title, details)
        self._window.recent.add_news(title, self._context.clock.now())

    # --- occupancy, closing, storage --------------------------------------------------------

    def snapshot(self, snapshot: DeskSnapshot) -> None:
        self._window.show_snapshot(snapshot, self._context.clock.now())
        self._connect_panels()

    def _connect_panels(self) -> None:
        """Each area's table (made with the first snapshot that has the area): Enter checks
        out, a click shows the card."""
        for panel in self._window.panels.values():
            if id(panel) in self._panels_connected:
                continue
            self._panels_connected.add(id(panel))
            panel.check_out_requested.connect(self._check_out)
            panel.person_selected.connect(self._context.hub.person_selected)

    def day_closed(self, result: ClosingResult) -> None:
        now = self._context.clock.now()
        self._window.banner.show_closing(result)
        self._window.recent.add_closing(result, now)
        self._archive.after_closing()
        latest = self._refresher.latest
        names = {area.key: area.name for area in (latest.areas if latest else [])}
        if self.closing_report is not None:
            self.closing_report.close()
        from serre_desk.ui.dialogs.closing_report import ClosingReportDialog

        self.closing_report = ClosingReportDialog(result, names, self._window)
        self.closing_report.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.closing_report.destroyed.connect(self._report_gone)
        self.closing_report.show()

    def _report_gone(self) -> None:
        self.closing_report = None

    def storage(self, problem: Refusal | None) -> None:
        status = self._window.top_bar.database
        if problem is None:
            status.set_state(
                "database-ok", self.tr("Database"), self.tr("The database works normally.")
            )
        else:
            status.set_state("database-problem", self.tr("Database problem"), problem.text())

    def kids_alarms(self, alarms: list[KidsAlarm]) -> None:
        """A mark on the kids' tab while an alarm is on; the lock screen says so too, without
        a name."""
        tabs = self._window.area_tabs
        index = tabs.indexOf(self._kids_view)
        tabs.setTabIcon(index, icons.icon("warning") if alarms else QIcon())
        tabs.setTabToolTip(
            index,
            self.tr("%n alarm(s) in the kids' space", "", len(alarms))
            if alarms
            else self.tr("Children inside, educators and alarms"),
        )
        blocking = sum(len(alarm.children) for alarm in alarms if alarm.blocking)
        alarmed = frozenset(
            child.id for alarm in alarms if alarm.blocking for child in alarm.children
        )
        if alarmed - self._alarmed and not self._lock.is_locked:  # new: also at the entrance
            self.notice(
                self.tr("ALARM: %n child(ren) still inside after closing", "", len(alarmed)),
                self.tr("See the kids' space tab: who, and who brought them."),
            )
        self._alarmed = alarmed
        self._lock.screen.set_alarm(
            self.tr(
                "ALARM: %n child(ren) still inside after closing. Sign in to see who.", "", blocking
            )
            if blocking
            else ""
        )

    # --- printing ---------------------------------------------------------------------------

    def printed(self, _job: PrintJob, printer: str) -> None:
        self._window.top_bar.printer.set_state(
            "printer",
            self.tr("Printer"),
            self.tr("Last printed on {printer}.").format(printer=printer),
        )

    def not_printed(self, job: PrintJob, why: str) -> None:
        self._window.top_bar.printer.set_state(
            "printer-missing",
            self.tr("Not printed"),
            self.tr("“{title}” was not printed: {why}").format(title=job.title, why=why),
        )
