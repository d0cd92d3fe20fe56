"""The composition root of the desk window: builds the controllers, the views and the window, and
connects them through the hub. Nothing here decides a rule; it only says who hears what.

The window holds the areas' tables, the kids' space for educators, the reports and (for managers)
the audit log; the session says who acts, the lock hides every name when the desk is idle, and
the daily duties (privacy rules, backup, archive of the attendance sheets) run in the background
once the window shows its data.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from serre_desk.clock import local_date
from serre_desk.domain.errors import Refusal
from serre_desk.domain.people import PersonKind
from serre_desk.domain.pickup_codes import looks_like_pickup_code
from serre_desk.services.actor import Actor
from serre_desk.services.audit import audit_actions
from serre_desk.services.closing import ClosingResult
from serre_desk.services.desk_state import DeskSnapshot
from serre_desk.services.kids_state import KidsAlarm
from serre_desk.services.privacy import privacy_notice
from serre_desk.services.self_service import Answer, SelfServiceAnswer, unattended_scan
from serre_desk.services.startup import Database, Location
from serre_desk.services.undo import UNDO_WINDOW, Undone
from serre_desk.services.visits import Movement
from serre_desk.ui import icons
from serre_desk.ui.context import DeskContext
from serre_desk.ui.controllers.actions import DeskActions, Registered, ScanService, badge_scan
from serre_desk.ui.controllers.archive_duty import ArchiveDuty
from serre_desk.ui.controllers.closing import ClosingScheduler
from serre_desk.ui.controllers.duties import DailyDuties
from serre_desk.ui.controllers.emergency import EmergencyList, EveryWindow, emergency_action
from serre_desk.ui.controllers.lock import DeskLock
from serre_desk.ui.controllers.person_card import CardController
from serre_desk.ui.controllers.refresh import SnapshotRefresher
from serre_desk.ui.controllers.registration import RegistrationFlow
from serre_desk.ui.controllers.scan_field import ScanFieldController
from serre_desk.ui.controllers.search import SearchController
from serre_desk.ui.controllers.session import DeskSession
from serre_desk.ui.deskclock import DeskClock
from serre_desk.ui.errors import ErrorReporter
from serre_desk.ui.formatting import clock_time, long_date, refused_text
from serre_desk.ui.hub import DeskSignals
from serre_desk.ui.kids_desk import KidsDesk, PickupLabelPrinter
from serre_desk.ui.messages import Messages
from serre_desk.ui.printing import SYSTEM_FILES, FileActions, Printers, PrintJob, PrintService
from serre_desk.ui.scanner import ScanDetector
from serre_desk.ui.settings import restore_layout, restore_tab, save_layout
from serre_desk.ui.tasks import TaskRunner
from serre_desk.ui.views.first_manager_bar import FirstManagerBar
from serre_desk.ui.views.kids import KidsView
from serre_desk.ui.views.lazy_tab import LazyTab
from serre_desk.ui.views.lock_screen import AreaCount, LockScreen
from serre_desk.ui.views.main_window import DeskWindow

if TYPE_CHECKING:  # made when first needed: not part of the first screen
    from serre_desk.ui.context import FirstRead
    from serre_desk.ui.dialogs.badge_print import BadgePrintDialog
    from serre_desk.ui.dialogs.closing_report import ClosingReportDialog
    from serre_desk.ui.dialogs.pickup_dialog import PickupDialog
    from serre_desk.ui.views.audit import AuditView
    from serre_desk.ui.views.reports import ReportsView

CLOCK_TICK_MS = 1_000
DEMO_PEOPLE = 400
DEMO_DAYS = 60


class Desk(QObject):
    ready = Signal()  # the window is shown with its first data

    def __init__(
        self,
        db: Database,
        *,
        location: Location,
        actor: Actor | None,
        clock: DeskClock,
        lang: str,
        settings: QSettings,
        messages: Messages | None = None,
        log_path: Path | None = None,
        scan_service: ScanService = badge_scan,
        offers: bool = True,
        duties: bool = True,
        printers: Printers | None = None,
        files: FileActions = SYSTEM_FILES,
        monotonic: Callable[[], float] = time.monotonic,
        window: DeskWindow | None = None,
        first: FirstRead | None = None,
    ) -> None:
        """`actor`: who opened the desk (`gui --as`); None: the sign-in screen when desk users
        exist, else the local administrator. `offers`: the demo data and the first manager are
        offered (never in `--smoke`). `duties`: closing, privacy rules, backups, archive.
        `window`: the window already on screen (start-up shows it before storage is open);
        `first`: the first screen's data, read with the opening (`ui/opening.py`)."""
        super().__init__()
        self.db = db
        self.location = location
        self.clock = clock
        self.lang = lang
        self.settings = settings
        self.offers = offers
        self.duties = duties
        self.hub = DeskSignals(self)
        self.messages = messages or Messages()
        self.errors = ErrorReporter(self.hub, self.messages, log_path, self)
        self.runner = TaskRunner(self.errors.bug, self)
        self.session = DeskSession(
            db, clock, self.runner, self.errors, actor=actor, first=first, parent=self
        )
        self._first = first
        self.actions = DeskActions(
            db,
            lambda: self.session.actor,
            clock,
            self.runner,
            self.hub,
            self.errors,
            scan_service=scan_service,
            monotonic=monotonic,
            parent=self,
        )
        self.refresher = SnapshotRefresher(db, clock, self.runner, self.hub, self.errors, self)
        self.search = SearchController(db, self.runner, self.errors, self)
        self.closing = ClosingScheduler(clock, self.actions, self.hub, self)
        self.window = window or DeskWindow(lang)
        self.window.lockable.set_lock_screen(
            LockScreen(
                self.session.names,
                self.session.authenticate,
                run=self.session.run,
                recover=self.session.recover,
            )
        )
        self.messages.set_parent_widget(self.window)
        self.printing = PrintService(
            settings, self.runner, self.messages, printers=printers, files=files, parent=self
        )
        self.context = DeskContext(
            db=db,
            clock=clock,
            runner=self.runner,
            printing=self.printing,
            errors=self.errors,
            lang=lang,
        )
        self.registration = RegistrationFlow(db, self.runner, self.actions, self.errors, lang, self)
        self.scan_field = ScanFieldController(
            self.window,
            self.search,
            self.actions,
            self.registration,
            toggle=self.toggle,
            pickup=self.pickup_code,
            parent=self,
        )
        self.card = CardController(
            db, clock, self.runner, self.actions, self.errors, self.window.card, lang, self
        )
        self.scanner = ScanDetector(self)
        self.scanner.scanned.connect(self.scanned)
        self.lock = DeskLock(
            self.window, self.session, self.area_counts, self._unattended, monotonic, self
        )
        self.closing_report: ClosingReportDialog | None = None
        self.badge_dialog: BadgePrintDialog | None = None
        self.first_manager: FirstManagerBar | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(CLOCK_TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._started = False
        self._duties_started = False
        self._make_views()
        self._make_duties()
        self._connect_hub()
        self._connect_actions()
        self._connect_session()
        self.window.closing_handler = self.shutdown
        self.refresher.first_loaded.connect(self._first_data)

    # --- building ---------------------------------------------------------------------------

    def _make_views(self) -> None:
        """The kids' space, the reports, the audit log and the emergency list."""
        db, window, session = self.db, self.window, self.session
        self.kids = KidsDesk(
            db,
            lambda: session.actor,
            self.clock,
            self.runner,
            self.hub,
            self.errors,
            PickupLabelPrinter(db, self.runner, self.printing, parent=self),
            approve=session.as_manager,
        )
        self.kids_view = KidsView(self.kids, show_health=not session.needs_sign_in)
        self.kids_view.setObjectName("KidsView")
        window.add_view_tab(self.kids_view, self.tr("Kids' space — educators"))
        window.add_menu(
            self.tr("&Kids' space"),
            [
                self.kids_view.act_drop_off,
                self.kids_view.act_pickup,
                self.kids_view.act_reprint,
                self.kids_view.act_register_child,
            ],
        )
        self.card.kids = self.kids  # a child's card opens the guardians and details dialog
        self.reports_tab = LazyTab(self._make_reports)
        self.reports_tab.setObjectName("ReportsView")
        window.add_view_tab(self.reports_tab, self.tr("Reports"), roomy=True)
        self.audit_tab = LazyTab(self._make_audit)
        self.audit_tab.setObjectName("AuditView")
        self.emergency = EmergencyList(self.context, parent=self)
        self.act_emergency = emergency_action(window, self.emergency)
        window.add_desk_action(self.act_emergency)
        self._emergency_everywhere = EveryWindow(self.act_emergency, self)

    def _make_reports(self) -> ReportsView:
        from serre_desk.ui.views.reports import ReportsView

        return ReportsView(self.context)

    def _make_audit(self) -> AuditView:
        from serre_desk.services.audit import browse
        from serre_desk.services.audit_verify import verify_all
        from serre_desk.ui.views.audit import AuditView

        db, session, clock, location = self.db, self.session, self.clock, self.location
        return AuditView(
            lambda wanted: browse(db, session.actor, wanted),
            lambda: verify_all(db, location),
            today=lambda: local_date(clock.now()),
            load_actions=lambda: audit_actions(db),
            run=self.runner.read,
        )

    @property
    def reports(self) -> ReportsView:
        return self.reports_tab.view

    @property
    def audit(self) -> AuditView:
        return self.audit_tab.view

    def _make_duties(self) -> None:
        self.archive = ArchiveDuty(
            self.context,
            actor=lambda: self.session.actor,
            data_dir=self.location.data_dir,
            parent=self,
        )
        self.daily = DailyDuties(
            self.db,
            self.location,
            clock=self.clock,
            runner=self.runner,
            hub=self.hub,
            errors=self.errors,
            actor=lambda: self.session.actor,
            parent=self,
        )

    # --- wiring -----------------------------------------------------------------------------

    def _connect_hub(self) -> None:
        hub, window = self.hub, self.window
        hub.movement.connect(self._moved)
        hub.undone.connect(self._undone)
        hub.refused.connect(self._refused)
        hub.notice.connect(self._notice)
        hub.news.connect(self._news)
        hub.snapshot.connect(self._snapshot)
        hub.person_changed.connect(self.card.reload)
        hub.person_changed.connect(lambda _id: self.scan_field.refresh())
        hub.person_selected.connect(self.card.show)
        hub.day_closed.connect(self._day_closed)
        hub.storage.connect(self._storage)
        window.recent.person_selected.connect(hub.person_selected)
        window.search_panel.person_selected.connect(hub.person_selected)
        self.kids_view.alarms_changed.connect(self._kids_alarms)
        self.emergency.reported.connect(hub.notice)
        self.emergency.done.connect(hub.news)
        self.archive.reported.connect(hub.notice)
        hub.movement.connect(self.archive.after_movement)
        self.archive.done.connect(hub.news)
        self.printing.printed.connect(self._printed)
        self.printing.not_printed.connect(self._not_printed)
        self.registration.registered.connect(self._registered)
        self.registration.child_wanted.connect(self.kids_view.open_child_registration)

    def _connect_actions(self) -> None:
        window = self.window
        window.act_new_visitor.triggered.connect(lambda: self.scan_field.register())
        window.act_search.triggered.connect(window.focus_scan_field)
        window.act_refresh.triggered.connect(self.refresher.request)
        window.act_scan_ready.triggered.connect(self.scan_ready)
        window.act_undo.triggered.connect(self.undo)
        window.act_toggle.triggered.connect(self.scan_field.toggle_selected)
        window.act_toggle_card.triggered.connect(self._toggle_card)
        window.act_check_out.triggered.connect(self.check_out_selected)
        window.act_edit.triggered.connect(self.card.edit)
        window.act_print_badge.triggered.connect(self.print_badge)
        window.act_override.triggered.connect(self.override)
        window.act_audit.triggered.connect(self.show_audit)
        window.act_close_day.triggered.connect(self.ask_close_day)
        window.act_quit.triggered.connect(window.close)
        window.act_shortcuts.triggered.connect(self._show_shortcuts)
        window.act_privacy.triggered.connect(self._show_privacy)
        for code, action in window.act_language.items():
            action.triggered.connect(lambda _checked=False, code=code: self._choose_language(code))

    def _connect_session(self) -> None:
        self.session.actor_changed.connect(self._signed_in)
        self.lock.locked_changed.connect(self._locked)
        self._signed_in(self.session.actor)

    def _panel_connections(self) -> None:
        for panel in self.window.panels.values():
            if panel.property("connected"):
                continue
            panel.setProperty("connected", True)
            panel.check_out_requested.connect(self.check_out)
            panel.person_selected.connect(self.hub.person_selected)

    # --- life cycle -------------------------------------------------------------------------

    def start(self) -> None:
        """Show the window (at the sign-in screen if someone must sign in), read the first
        data, then start the scheduled duties."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.scanner.install(app)
        app.installEventFilter(self._emergency_everywhere)
        if not self.window.isVisible():  # else start-up showed it already, in its layout
            if not restore_layout(self.window, self.settings):
                self.window.resize(1366, 768)
            self.window.show()
            self.window.focus_scan_field()
        self._tick()
        self.lock.start()
        self.refresher.start(self._first.snapshot if self._first is not None else None)
        self._ticker.start()
        self._started = True

    def shutdown(self) -> None:
        """Stop timers, let running work finish and end the worker threads, remember the layout."""
        if not self._started:
            return
        self._started = False
        self._ticker.stop()
        self.refresher.stop()
        self.closing.stop()
        self.daily.stop()
        self.lock.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.scanner.uninstall(app)
            app.removeEventFilter(self._emergency_everywhere)
        save_layout(self.window, self.settings)
        self.runner.wait_idle()
        self.runner.shutdown()  # no worker thread outlives the window
        self.printing.close()

    def _first_data(self) -> None:
        restore_tab(self.window, self.settings)
        self.ready.emit()
        if self.duties:  # once the window shows its data, never competing with it
            self._show_printer()
            self.search.warm()
            if not self.session.needs_sign_in:
                self._start_duties()
        snapshot = self.refresher.latest
        if self.offers and not self.session.has_users:
            self._offer_first_manager()
        if self.offers and snapshot is not None and not snapshot.anybody_registered:
            self._offer_demo()

    def _start_duties(self) -> None:
        """Closing, archive, privacy rules and backup: done in the name of the desk user
        signed in, so not before someone is."""
        if self._duties_started:
            return
        self._duties_started = True
        self.closing.start()
        self.archive.after_start()
        self.daily.start()

    # --- who is signed in -------------------------------------------------------------------

    def _signed_in(self, actor: Actor) -> None:
        if self.duties and self.refresher.latest is not None:
            self._start_duties()
        window = self.window
        window.show_user(actor)
        window.act_audit.setEnabled(actor.is_manager)
        if actor.is_manager:
            if window.area_tabs.indexOf(self.audit_tab) < 0:
                window.add_view_tab(self.audit_tab, self.tr("Audit log"), roomy=True)
        else:
            window.remove_view_tab(self.audit_tab)
            if self.audit_tab.is_built:
                self.audit.clear()

    def _locked(self, locked: bool) -> None:
        """Everything with a name is hidden while locked; the kids' notes and alarm too."""
        self.kids_view.set_locked(locked)
        if locked:
            self.actions.overridable = None
            self.window.act_override.setEnabled(False)
            self.scan_field.reset(focus=False)
            self.card.clear()
            self.window.banner.show_ready()
            if self.audit_tab.is_built:
                self.audit.clear()
        else:
            self.refresher.request()

    def area_counts(self) -> list[AreaCount]:
        """What the lock screen shows: numbers per area, no names."""
        snapshot = self.refresher.latest
        areas = snapshot.areas if snapshot is not None else []
        return [AreaCount(area.name, area.inside, area.capacity) for area in areas]

    def _offer_first_manager(self) -> None:
        bar = FirstManagerBar(self.session.create_first_manager, run=self.session.run)
        bar.form.created.connect(self._first_manager_created)
        self.window.bars.addWidget(bar)
        self.first_manager = bar

    def _first_manager_created(self, name: str) -> None:
        self.session.first_manager_created(name)
        self.window.banner.show_news(
            self.tr("{name} is the first manager").format(name=name),
            self.tr(
                "The desk is signed in as {name}. From now on it locks after a few idle "
                "minutes and staff sign in with their own PIN."
            ).format(name=name),
        )

    # --- what the hub says ------------------------------------------------------------------

    def _moved(self, movement: Movement) -> None:
        self.window.act_override.setEnabled(False)
        self.window.banner.show_movement(movement)
        self.window.banner.offer_undo(self.window.act_undo, UNDO_WINDOW.total_seconds())
        self.window.recent.add_movement(movement)
        self.card.show(movement.person.id)
        self.scan_field.refresh()
        self._back_to_scan_field()

    def _back_to_scan_field(self) -> None:
        """After a movement, the scan field has the focus (Ctrl+Z undoes it): at once, or when
        the dialog it came from closes."""
        dialogs = [d for d in self.open_dialogs() if isinstance(d, QDialog)]
        if not dialogs:
            self.window.focus_scan_field()
        for dialog in dialogs:
            dialog.finished.connect(
                lambda _result: self.window.focus_scan_field(),
                Qt.ConnectionType.SingleShotConnection,
            )

    def _undone(self, undone: Undone) -> None:
        self.window.banner.show_undone(undone)
        self.window.recent.add_undone(undone, self.clock.now())
        self.card.reload(undone.person.id)

    def _refused(self, refusal: Refusal) -> None:
        pending = self.actions.overridable
        can_override = pending is not None and pending.refusal is refusal
        self.window.act_override.setEnabled(can_override)
        offer = self.window.act_override if can_override else None
        self.window.banner.show_refusal(refusal, offer)
        if refusal.subject is not None:
            self.hub.person_selected.emit(refusal.subject[0])
        self.window.recent.add_refusal(refusal, self.clock.now())

    def _notice(self, title: str, details: str) -> None:
        """In the banner, unless a refusal or an alarm is on show there; always in the list."""
        if not self.window.banner.holding_refusal:
            self.window.banner.show_notice(title, details)
        self.window.recent.add_notice(title, self.clock.now())

    def _news(self, title: str, details: str) -> None:
        """Good news: calm in the banner (unless a refusal is on show), and in the list."""
        if not self.window.banner.holding_refusal:
            self.window.banner.show_news(title, details)
        self.window.recent.add_news(title, self.clock.now())

    def _snapshot(self, snapshot: DeskSnapshot) -> None:
        self.window.show_snapshot(snapshot, self.clock.now())
        self._panel_connections()
        self.lock.show_counts()

    def _day_closed(self, result: ClosingResult) -> None:
        self.window.banner.show_closing(result)
        self.window.recent.add_closing(result, self.clock.now())
        self.archive.after_closing()
        names = {
            area.key: area.name
            for area in (self.refresher.latest.areas if self.refresher.latest else [])
        }
        if self.closing_report is not None:
            self.closing_report.close()
        from serre_desk.ui.dialogs.closing_report import ClosingReportDialog

        self.closing_report = ClosingReportDialog(result, names, self.window)
        self.closing_report.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.closing_report.destroyed.connect(self._report_gone)
        self.closing_report.show()

    def _report_gone(self) -> None:
        self.closing_report = None

    def _storage(self, problem: Refusal | None) -> None:
        status = self.window.top_bar.database
        if problem is None:
            status.set_state(
                "database-ok", self.tr("Database"), self.tr("The database works normally.")
            )
        else:
            status.set_state("database-problem", self.tr("Database problem"), problem.text())

    def _kids_alarms(self, alarms: list[KidsAlarm]) -> None:
        """A mark on the kids' tab while an alarm is on; the lock screen says so too, without
        a name."""
        tabs = self.window.area_tabs
        index = tabs.indexOf(self.kids_view)
        tabs.setTabIcon(index, icons.icon("warning") if alarms else QIcon())
        tabs.setTabToolTip(
            index,
            self.tr("%n alarm(s) in the kids' space", "", len(alarms))
            if alarms
            else self.tr("Children inside, educators and alarms"),
        )
        blocking = sum(len(alarm.children) for alarm in alarms if alarm.blocking)
        self.lock.screen.set_alarm(
            self.tr(
                "ALARM: %n child(ren) still inside after closing. Sign in to see who.", "", blocking
            )
            if blocking
            else ""
        )

    def _registered(self, registered: Registered) -> None:
        """A new person: their card, and their badge offered (a day pass for a guest)."""
        self.card.show(registered.person.id)
        if registered.movement is not None and registered.person.kind is not PersonKind.CHILD:
            self.window.banner.offer(self.window.act_print_badge)

    def _printed(self, _job: PrintJob, printer: str) -> None:
        self.window.top_bar.printer.set_state(
            "printer",
            self.tr("Printer"),
            self.tr("Last printed on {printer}.").format(printer=printer),
        )

    def _not_printed(self, job: PrintJob, why: str) -> None:
        self.window.top_bar.printer.set_state(
            "printer-missing",
            self.tr("Not printed"),
            self.tr("“{title}” was not printed: {why}").format(title=job.title, why=why),
        )

    # --- routing: adults to the desk's actions, children to the kids' dialogs ---------------

    def scanned(self, code: str) -> None:
        """A scanner burst: a pickup slip opens the pickup, a badge checks its holder in/out;
        at the locked desk, self-service."""
        if self.lock.is_locked:
            self.lock.scanned(code)
        elif looks_like_pickup_code(code):
            self.pickup_code(code)
        else:
            self.actions.scan(code)

    def _unattended(self, code: str, answered: Callable[[SelfServiceAnswer], None]) -> None:
        if self.clock.is_fixed and self.session.needs_sign_in:
            # a replay clock (`--now`) and nobody signed in: only a manager's corrections
            answered(SelfServiceAnswer(Answer.UNATTENDED))
            return
        db, actor, now = self.db, self.session.actor, self.clock.now()

        def done(answer: SelfServiceAnswer) -> None:
            answered(answer)
            self.refresher.request()

        def failed(error: BaseException) -> None:
            answered(SelfServiceAnswer(Answer.ASK_STAFF))
            self.errors.action_failed(error)

        self.runner.write(lambda: unattended_scan(db, actor, code, now=now), done, failed)

    def pickup_code(self, code: str) -> PickupDialog:
        return self.kids_view.open_pickup(code=code)

    def _child_inside(self, person_id: int) -> bool | None:
        """Whether this person is a child inside (None: not a child, or not known here), from
        what the window shows: the search results, who is inside, the card."""
        snapshot = self.refresher.latest
        if snapshot is not None and any(
            row.id == person_id and row.kind is PersonKind.CHILD for row in snapshot.inside
        ):
            return True
        found = [
            (row.kind, row.inside_area)
            for row in self.window.search_panel.model.rows()
            if row.id == person_id
        ]
        details = self.card.details
        if details is not None and details.id == person_id:
            found.append((details.kind, details.inside_area))
        if not found or found[0][0] is not PersonKind.CHILD:
            return None
        return found[0][1] is not None

    def toggle(self, person_id: int) -> None:
        """Check in or out; a child goes to the pickup (inside) or the drop-off (outside)."""
        child_inside = self._child_inside(person_id)
        if child_inside is None:
            self.actions.toggle(person_id)
        elif child_inside:
            self.kids_view.open_pickup(person_id)
        else:
            self.kids_view.open_drop_off()

    def check_out(self, person_id: int) -> None:
        """Enter in an area's table: a child's check-out is a pickup."""
        if self._child_inside(person_id):
            self.kids_view.open_pickup(person_id)
        else:
            self.actions.check_out(person_id)

    def _toggle_card(self) -> None:
        person = self.window.card.person_id
        if person is not None:
            self.toggle(person)

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
            self.check_out(person)

    def override(self) -> None:
        """The refused check-in again, as a manager's override with a written reason."""
        pending = self.actions.overridable
        if pending is None:
            return
        what = self.tr(
            "{reason}\nA manager can check them in anyway; the check-in is recorded as an override."
        ).format(reason=refused_text(pending.refusal))
        self.session.override(self.window, what, self.actions.override)

    def print_badge(self) -> BadgePrintDialog | None:
        """Ctrl+P: the badge of the person on the card (print, save, reissue)."""
        person = self.window.card.person_id
        if person is None:
            self.window.banner.show_notice(
                self.tr("Whose badge?"),
                self.tr("Find the person first (scan, or type their name), then press Ctrl+P."),
            )
            return None
        from serre_desk.ui.dialogs.badge_print import BadgePrintDialog

        if self.badge_dialog is not None:
            self.badge_dialog.close()
        dialog = BadgePrintDialog(
            person, self.context, actor=self.session.actor, parent=self.window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.badge_changed.connect(lambda badge: self.hub.person_changed.emit(badge.person_id))
        dialog.destroyed.connect(self._badge_dialog_gone)
        self.badge_dialog = dialog
        dialog.open()
        return dialog

    def _badge_dialog_gone(self) -> None:
        self.badge_dialog = None

    def show_audit(self) -> None:
        if self.session.actor.is_manager:
            already = self.window.area_tabs.currentWidget() is self.audit_tab
            self.window.show_tab(self.audit_tab)  # showing it loads the events
            if already:
                self.audit.refresh()

    def ask_close_day(self) -> None:
        self.messages.ask(
            self.tr("Close the day"),
            self.closing.confirmation(),
            self.tr("Close the day"),
            self.tr("Keep the day open"),
            lambda yes: self.actions.close_day() if yes else None,
        )

    def _offer_demo(self) -> None:
        self.messages.ask(
            self.tr("An empty database"),
            self.tr(
                "Nobody is registered yet. Load a demo history (made-up people and visits) to "
                "try the desk? Do not do this on the venue's real database."
            ),
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
        self.window.banner.show_news(
            self.tr("Language"), self.tr("The new language is used from the next start.")
        )

    def _show_shortcuts(self) -> None:
        from serre_desk.ui.dialogs.shortcuts import ShortcutsDialog

        rows = [
            (action.shortcut().toString(QKeySequence.SequenceFormat.NativeText), action.statusTip())
            for action in self.window.actions()
            if not action.shortcut().isEmpty()
        ]
        rows.append((self.tr("Enter"), self.tr("In a list: check the chosen person in or out")))
        dialog = ShortcutsDialog(rows, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _show_privacy(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.NoIcon,
            self.tr("Privacy notice"),
            "",
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setTextFormat(Qt.TextFormat.MarkdownText)
        box.setText(privacy_notice(self.lang))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _show_printer(self) -> None:
        from PySide6.QtPrintSupport import QPrinterInfo

        name = QPrinterInfo.defaultPrinterName()
        status = self.window.top_bar.printer
        if name:
            status.set_state(
                "printer", self.tr("Printer"), self.tr("Default printer: {name}").format(name=name)
            )
        else:
            status.set_state(
                "printer-missing",
                self.tr("No printer"),
                self.tr(
                    "No default printer is set up on this computer: badges can "
                    "still be saved as PDF."
                ),
            )

    def _tick(self) -> None:
        now = self.clock.now()
        self.window.show_clock(now)
        self.lock.screen.set_clock(f"{long_date(now, self.lang)} · {clock_time(now)}")

    def open_dialogs(self) -> list[QWidget]:
        """The desk's other windows on screen (dialogs, PDF viewers)."""
        return [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget is not self.window and widget.isVisible() and isinstance(widget, QDialog)
        ]
