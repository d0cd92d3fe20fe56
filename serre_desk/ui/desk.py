"""The composition root of the desk window: builds the controllers and the window, and connects
them through the hub. Nothing here decides a rule; it only says who hears what."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from serre_desk.domain.errors import Refusal
from serre_desk.services.actor import Actor
from serre_desk.services.closing import ClosingResult
from serre_desk.services.desk_state import DeskSnapshot
from serre_desk.services.privacy import privacy_notice
from serre_desk.services.startup import Database
from serre_desk.services.undo import Undone
from serre_desk.services.visits import Movement
from serre_desk.ui.controllers.actions import DeskActions, ScanService, badge_scan
from serre_desk.ui.controllers.closing import ClosingScheduler
from serre_desk.ui.controllers.person_card import CardController
from serre_desk.ui.controllers.refresh import SnapshotRefresher
from serre_desk.ui.controllers.registration import RegistrationFlow
from serre_desk.ui.controllers.scan_field import ScanFieldController
from serre_desk.ui.controllers.search import SearchController
from serre_desk.ui.deskclock import DeskClock
from serre_desk.ui.dialogs.closing_report import ClosingReportDialog
from serre_desk.ui.errors import ErrorReporter
from serre_desk.ui.hub import DeskSignals
from serre_desk.ui.messages import Messages
from serre_desk.ui.scanner import ScanDetector
from serre_desk.ui.settings import restore_layout, restore_tab, save_layout
from serre_desk.ui.tasks import TaskRunner
from serre_desk.ui.views.main_window import DeskWindow

CLOCK_TICK_MS = 1_000
DEMO_PEOPLE = 400
DEMO_DAYS = 60


class Desk(QObject):
    ready = Signal()  # the window is shown with its first data

    def __init__(
        self,
        db: Database,
        *,
        actor: Actor,
        clock: DeskClock,
        lang: str,
        settings: QSettings,
        messages: Messages | None = None,
        log_path: Path | None = None,
        scan_service: ScanService = badge_scan,
        offer_demo: bool = True,
        duties: bool = True,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.db = db
        self.clock = clock
        self.lang = lang
        self.settings = settings
        self.offer_demo = offer_demo
        self.duties = duties  # closing scheduler, printer status, search warm-up
        self.hub = DeskSignals(self)
        self.messages = messages or Messages()
        self.errors = ErrorReporter(self.hub, self.messages, log_path, self)
        self.runner = TaskRunner(self.errors.bug, self)
        self.actions = DeskActions(db, actor, clock, self.runner, self.hub, self.errors,
                                   scan_service=scan_service, monotonic=monotonic, parent=self)
        self.refresher = SnapshotRefresher(db, clock, self.runner, self.hub, self.errors, self)
        self.search = SearchController(db, self.runner, self.errors, self)
        self.closing = ClosingScheduler(clock, self.actions, self.hub, self)
        self.window = DeskWindow(lang, actor.user)
        self.messages.set_parent_widget(self.window)
        self.registration = RegistrationFlow(db, self.runner, self.actions, self.errors, lang, self)
        self.scan_field = ScanFieldController(self.window, self.search, self.actions,
                                              self.registration, self)
        self.card = CardController(db, clock, self.runner, self.actions, self.errors,
                                   self.window.card, lang, self)
        self.scanner = ScanDetector(self)
        self.scanner.scanned.connect(self.actions.scan)
        self.closing_report: ClosingReportDialog | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(CLOCK_TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._started = False
        self._connect_hub()
        self._connect_actions()
        self.window.closing_handler = self.shutdown
        self.refresher.first_loaded.connect(self._first_data)

    # --- wiring -----------------------------------------------------------------------------

    def _connect_hub(self) -> None:
        hub, window = self.hub, self.window
        hub.movement.connect(self._moved)
        hub.undone.connect(self._undone)
        hub.refused.connect(self._refused)
        hub.notice.connect(window.banner.show_notice)
        hub.snapshot.connect(self._snapshot)
        hub.person_changed.connect(self.card.reload)
        hub.person_changed.connect(lambda _id: self.scan_field.refresh())
        hub.person_selected.connect(self.card.show)
        hub.day_closed.connect(self._day_closed)
        hub.storage.connect(self._storage)
        window.recent.person_selected.connect(hub.person_selected)
        window.search_panel.person_selected.connect(hub.person_selected)

    def _connect_actions(self) -> None:
        window = self.window
        window.act_new_visitor.triggered.connect(lambda: self.scan_field.register())
        window.act_search.triggered.connect(window.focus_scan_field)
        window.act_refresh.triggered.connect(self.refresher.request)
        window.act_scan_ready.triggered.connect(self.scan_ready)
        window.act_undo.triggered.connect(self.undo)
        window.act_toggle.triggered.connect(self.scan_field.toggle_selected)
        window.act_toggle_card.triggered.connect(self.card.toggle)
        window.act_check_out.triggered.connect(self.check_out_selected)
        window.act_edit.triggered.connect(self.card.edit)
        window.act_close_day.triggered.connect(self.ask_close_day)
        window.act_quit.triggered.connect(window.close)
        window.act_shortcuts.triggered.connect(self._show_shortcuts)
        window.act_privacy.triggered.connect(self._show_privacy)
        for code, action in window.act_language.items():
            action.triggered.connect(lambda _checked=False, code=code: self._choose_language(code))

    def _panel_connections(self) -> None:
        for panel in self.window.panels.values():
            if panel.property("connected"):
                continue
            panel.setProperty("connected", True)
            panel.check_out_requested.connect(self.actions.check_out)
            panel.person_selected.connect(self.hub.person_selected)

    # --- life cycle -------------------------------------------------------------------------

    def start(self) -> None:
        """Show the window, read the first data, then start the scheduled duties."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.scanner.install(app)
        if not restore_layout(self.window, self.settings):
            self.window.resize(1366, 768)
        self._tick()
        self.window.show()
        self.window.focus_scan_field()
        self.refresher.start()
        self._ticker.start()
        self._started = True

    def shutdown(self) -> None:
        """Stop timers, let running work finish, remember the layout."""
        if not self._started:
            return
        self._started = False
        self._ticker.stop()
        self.refresher.stop()
        self.closing.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.scanner.uninstall(app)
        save_layout(self.window, self.settings)
        self.runner.wait_idle()

    def _first_data(self) -> None:
        restore_tab(self.window, self.settings)
        self.ready.emit()
        if self.duties:  # once the window shows its data, never competing with it
            self.closing.start()
            self._show_printer()
            self.search.warm()
        snapshot = self.refresher.latest
        if self.offer_demo and snapshot is not None and not snapshot.anybody_registered:
            self._offer_demo()

    # --- what the hub says ------------------------------------------------------------------

    def _moved(self, movement: Movement) -> None:
        self.window.banner.show_movement(movement)
        self.window.recent.add_movement(movement)
        self.card.show(movement.person.id)
        self.scan_field.refresh()

    def _undone(self, undone: Undone) -> None:
        self.window.banner.show_undone(undone)
        self.window.recent.add_undone(undone, self.clock.now())
        self.card.reload(undone.person.id)

    def _refused(self, refusal: Refusal) -> None:
        self.window.banner.show_refusal(refusal)
        self.window.recent.add_refusal(refusal, self.clock.now())

    def _snapshot(self, snapshot: DeskSnapshot) -> None:
        self.window.show_snapshot(snapshot, self.clock.now())
        self._panel_connections()

    def _day_closed(self, result: ClosingResult) -> None:
        self.window.banner.show_closing(result)
        self.window.recent.add_closing(result, self.clock.now())
        if result.children_inside:
            self.hub.alarm.emit(", ".join(child.name for child in result.children_inside))
        names = {area.key: area.name for area in (self.refresher.latest.areas
                                                  if self.refresher.latest else [])}
        if self.closing_report is not None:
            self.closing_report.close()
        self.closing_report = ClosingReportDialog(result, names, self.window)
        self.closing_report.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.closing_report.destroyed.connect(self._report_gone)
        self.closing_report.show()

    def _report_gone(self) -> None:
        self.closing_report = None

    def _storage(self, problem: Refusal | None) -> None:
        status = self.window.top_bar.database
        if problem is None:
            status.set_state("database-ok", self.tr("Database"),
                             self.tr("The database works normally."))
        else:
            status.set_state("database-problem", self.tr("Database problem"), problem.text())

    # --- actions ----------------------------------------------------------------------------

    def scan_ready(self) -> None:
        """Escape: close nothing important, just go back to the empty, focused scan field."""
        self.scan_field.reset()

    def undo(self) -> None:
        if not self.actions.undo():
            self.window.banner.show_notice(
                self.tr("Nothing to undo"),
                self.tr("Only the last check-in or check-out of the past minute can be undone."),
            )

    def check_out_selected(self) -> None:
        panel = self.window.current_panel()
        person = panel.selected_person() if panel is not None else None
        if person is not None:
            self.actions.check_out(person)

    def ask_close_day(self) -> None:
        snapshot = self.refresher.latest
        adults = [row for row in snapshot.inside if row.kind.is_adult] if snapshot else []
        self.messages.ask(
            self.tr("Close the day"),
            self.tr("Close the day now? The {count} adults still inside will be checked out and "
                    "marked “automatic check-out”. Children are never checked out automatically."
                    ).format(count=len(adults)),
            self.tr("Close the day"),
            self.tr("Keep the day open"),
            lambda yes: self.actions.close_day() if yes else None,
        )

    def _offer_demo(self) -> None:
        self.messages.ask(
            self.tr("An empty database"),
            self.tr("Nobody is registered yet. Load a demo history (made-up people and visits) to "
                    "try the desk? Do not do this on the venue's real database."),
            self.tr("Load demo data"),
            self.tr("Start empty"),
            self._load_demo,
        )

    def _load_demo(self, yes: bool) -> None:
        if not yes:
            return
        from serre_desk.services.actor import LOCAL_ADMIN
        from serre_desk.services.demo import generate_demo

        db, now = self.db, self.clock.now()
        self.runner.write(
            lambda: generate_demo(db, LOCAL_ADMIN, now=now, days=DEMO_DAYS, people=DEMO_PEOPLE),
            lambda _summary: self.refresher.request(),
            self.errors.action_failed,
        )

    def _choose_language(self, code: str) -> None:
        for other, action in self.window.act_language.items():
            action.setChecked(other == code)
        self.settings.setValue("language", code)
        self.window.banner.show_notice(
            self.tr("Language"), self.tr("The new language is used from the next start."))

    def _show_shortcuts(self) -> None:
        lines = [
            f"{action.shortcut().toString()}\t{action.statusTip()}"
            for action in self.window.actions()
            if not action.shortcut().isEmpty()
        ]
        lines.append(self.tr("Enter\tIn a list: check the chosen person in or out"))
        self.messages.inform(self.tr("Keyboard shortcuts"), "\n".join(lines))

    def _show_privacy(self) -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Privacy notice"), "",
                          QMessageBox.StandardButton.Close, self.window)
        box.setTextFormat(Qt.TextFormat.MarkdownText)
        box.setText(privacy_notice(self.lang))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _show_printer(self) -> None:
        from PySide6.QtPrintSupport import QPrinterInfo

        name = QPrinterInfo.defaultPrinterName()
        status = self.window.top_bar.printer
        if name:
            status.set_state("printer", self.tr("Printer"),
                             self.tr("Default printer: {name}").format(name=name))
        else:
            status.set_state("printer-missing", self.tr("No printer"),
                             self.tr("No default printer is set up on this computer: badges can "
                                     "still be saved as PDF."))

    def _tick(self) -> None:
        self.window.show_clock(self.clock.now())

    def open_dialogs(self) -> list[QDialog]:
        return [d for d in self.window.findChildren(QDialog) if d.isVisible()]
