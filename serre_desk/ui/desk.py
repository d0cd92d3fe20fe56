"""The composition root of the desk window: builds the `DeskContext` (`ui/context.py`), the
views, the controllers and the window, and connects them. Nothing here decides anything; it only
says who hears what, and starts and stops the parts in order.

The window holds the areas' tables, the kids' space for educators, the reports and (for managers)
the audit log (`controllers/lazy_tabs.py`); the session says who acts, the lock hides every name
when the desk is idle (`controllers/lock.py`, `controllers/shown_people.py`). Where a scan or an
Enter goes is `controllers/routing.py`; what the window shows when the hub speaks,
`controllers/reactions.py`; the menu's own commands, `controllers/menu_commands.py`. Once the
first data is on screen: the layout's tab, the station's view, `ready`, then the scheduled
duties (`controllers/duty_start.py`) and what an empty desk offers (`controllers/offers.py`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication, QWidget

from serre_desk.services.actor import Actor
from serre_desk.services.startup import Database, Location
from serre_desk.services.station import load_station
from serre_desk.ui.context import DeskContext
from serre_desk.ui.controllers.actions import DeskActions, ScanService, badge_scan
from serre_desk.ui.controllers.archive_duty import ArchiveDuty
from serre_desk.ui.controllers.clock_face import ClockFace
from serre_desk.ui.controllers.closing import ClosingScheduler
from serre_desk.ui.controllers.duties import DailyDuties
from serre_desk.ui.controllers.duty_start import DutyStart
from serre_desk.ui.controllers.emergency import EmergencyList, EveryWindow, emergency_action
from serre_desk.ui.controllers.lazy_tabs import AuditTab, reports_tab
from serre_desk.ui.controllers.live_hints import LiveHints
from serre_desk.ui.controllers.lock import DeskLock, open_dialogs
from serre_desk.ui.controllers.menu_commands import MenuCommands
from serre_desk.ui.controllers.offers import EmptyDeskOffers
from serre_desk.ui.controllers.person_card import CardController
from serre_desk.ui.controllers.reactions import HubReactions
from serre_desk.ui.controllers.refresh import SnapshotRefresher
from serre_desk.ui.controllers.registration import RegistrationFlow
from serre_desk.ui.controllers.routing import Routing
from serre_desk.ui.controllers.scan_field import ScanFieldController
from serre_desk.ui.controllers.search import SearchController
from serre_desk.ui.controllers.server_presence import ServerPresence
from serre_desk.ui.controllers.session import DeskSession
from serre_desk.ui.controllers.settings_entry import install_settings
from serre_desk.ui.controllers.shown_people import ShownPeople
from serre_desk.ui.controllers.station import StationLayout
from serre_desk.ui.controllers.window_layout import WindowLayout
from serre_desk.ui.deskclock import DeskClock
from serre_desk.ui.errors import ErrorReporter
from serre_desk.ui.hub import DeskSignals
from serre_desk.ui.kids_desk import KidsDesk, PickupLabelPrinter
from serre_desk.ui.messages import Messages
from serre_desk.ui.printing import SYSTEM_FILES, FileActions, Printers, PrintService
from serre_desk.ui.scanner import ScanDetector
from serre_desk.ui.tasks import TaskRunner
from serre_desk.ui.views.kids import KidsView
from serre_desk.ui.views.lock_screen import LockScreen
from serre_desk.ui.views.main_window import DeskWindow

if TYPE_CHECKING:  # made when first needed: not part of the first screen
    from serre_desk.ui.context import FirstRead
    from serre_desk.ui.dialogs.closing_report import ClosingReportDialog
    from serre_desk.ui.views.audit import AuditView
    from serre_desk.ui.views.reports import ReportsView


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
        self.hub = DeskSignals(self)
        self.messages = messages or Messages()
        self.errors = ErrorReporter(self.hub, self.messages, log_path, self)
        self.runner = TaskRunner(self.errors.bug, self)
        self.printing = PrintService(
            settings, self.runner, self.messages, printers=printers, files=files, parent=self
        )
        self.context = context = DeskContext(
            db=db,
            clock=clock,
            runner=self.runner,
            printing=self.printing,
            errors=self.errors,
            lang=lang,
            hub=self.hub,
            messages=self.messages,
            location=location,
            actor=lambda: self.session.actor,
            monotonic=monotonic,
        )
        self.session = DeskSession(context, actor=actor, first=first, parent=self)
        self._first_snapshot = first.snapshot if first is not None else None
        self.actions = DeskActions(context, scan_service, context.monotonic, parent=self)
        self.refresher = SnapshotRefresher(context, self)
        self.live = LiveHints(db.url, self.refresher.request, self.hub, self, clock=clock.now)
        self.actions.server = self.live.watch  # no check-in while the server is away
        self.search = SearchController(context, self)
        self.closing = ClosingScheduler(context, self.actions, self)
        self.window = window or DeskWindow(lang)
        self.window_layout = WindowLayout(self.window, settings)
        self.window.lockable.set_lock_screen(
            LockScreen(
                self.session.names,
                self.session.authenticate,
                run=self.session.run,
                recover=self.session.recover,
            )
        )
        self.messages.set_parent_widget(self.window)
        self.registration = RegistrationFlow(context, self.actions, self)
        self.card = CardController(context, self.actions, self.window.card, self)
        self._make_views()
        self.routing = Routing(
            context,
            window=self.window,
            actions=self.actions,
            session=self.session,
            refresher=self.refresher,
            kids_view=self.kids_view,
            station=self.station,
            parent=self,
        )
        self.scan_field = ScanFieldController(
            context,
            window=self.window,
            search=self.search,
            registration=self.registration,
            code=self.routing.code,
            toggle=self.routing.toggle,
            parent=self,
        )
        self.scanner = ScanDetector(self)
        self.lock = DeskLock(
            context,
            window=self.window,
            session=self.session,
            serve=self.routing.unattended,
            parent=self,
        )
        self.routing.lock = self.lock
        self.clock_face = ClockFace(context, window=self.window, parent=self)
        self.archive = ArchiveDuty(context, parent=self)
        self.daily = DailyDuties(context, self)
        self.duty_start = DutyStart(
            closing=self.closing,
            archive=self.archive,
            daily=self.daily,
            session=self.session,
            parent=self,
        )
        self.shown_people = ShownPeople(
            window=self.window,
            actions=self.actions,
            card=self.card,
            scan_field=self.scan_field,
            kids_view=self.kids_view,
            refresher=self.refresher,
            parent=self,
        )
        self.reactions = HubReactions(
            context,
            window=self.window,
            actions=self.actions,
            card=self.card,
            scan_field=self.scan_field,
            refresher=self.refresher,
            archive=self.archive,
            lock=self.lock,
            kids_view=self.kids_view,
            open_dialogs=self.open_dialogs,
            check_out=self.routing.check_out,
            parent=self,
        )
        self.commands = MenuCommands(
            context,
            window=self.window,
            settings=settings,
            actions=self.actions,
            session=self.session,
            scan_field=self.scan_field,
            closing=self.closing,
            refresher=self.refresher,
            audit_tab=self.audit_tab,
            parent=self,
        )
        self.offers = EmptyDeskOffers(
            window=self.window,
            session=self.session,
            refresher=self.refresher,
            offer_demo=self.commands.offer_demo,
            parent=self,
        )
        self.server = ServerPresence(
            context,
            live=self.live,
            window=self.window,
            refresher=self.refresher,
            reload_views=self.shown_people.reload,
            parent=self,
        )
        self._started = False
        self._connect(offers=offers, duties=duties)
        self.settings_entry = install_settings(self)  # Desk ▸ Settings… (managers)
        self.window.closing_handler = self.shutdown

    # --- building ---------------------------------------------------------------------------

    def _make_views(self) -> None:
        """The kids' space, the reports, the audit log and the emergency list."""
        window, session = self.window, self.session
        self.kids = KidsDesk(
            self.context,
            PickupLabelPrinter(self.context, parent=self),
            approve=session.as_manager,
            server=self.live.watch,  # no drop-off or pickup while the server is away
        )
        self.kids_view = KidsView(self.kids, show_health=not session.needs_sign_in)
        self.kids_view.setObjectName("KidsView")
        window.add_view_tab(self.kids_view, self.tr("Kids' space — educators"))
        self.kids_menu = window.add_menu(
            self.tr("&Kids' space"),
            [
                self.kids_view.act_drop_off,
                self.kids_view.act_pickup,
                self.kids_view.act_reprint,
                self.kids_view.act_register_child,
            ],
        )
        self.card.kids = self.kids  # a child's card opens the guardians and details dialog
        self.reports_tab = reports_tab(self.context)
        window.add_view_tab(self.reports_tab, self.tr("Reports"), roomy=True)
        self.audit_log = AuditTab(self.context, window=window, parent=self)  # shown to managers
        self.audit_tab = self.audit_log.tab
        self.emergency = EmergencyList(self.context, parent=self)
        if self.live.active:  # a server desk: the list survives the server going away
            self.emergency.watch = self.live.watch
            self.hub.snapshot.connect(self.emergency.keep_current)
        self.act_emergency = emergency_action(window, self.emergency)
        window.add_desk_action(self.act_emergency)
        self._emergency_everywhere = EveryWindow(self.act_emergency, self)
        self.station = StationLayout(
            self.context,
            load_station(self.location.data_dir),
            window=window,
            kids_view=self.kids_view,
            kids_menu=self.kids_menu,
            reports=self.reports_tab,
            parent=self,
        )

    # --- wiring: who hears what -------------------------------------------------------------

    def _connect(self, *, offers: bool, duties: bool) -> None:
        hub, window, session = self.hub, self.window, self.session
        self.reactions.connect_hub()
        self.commands.connect_menu()
        hub.person_changed.connect(self.card.reload)
        hub.person_selected.connect(self.card.show)
        hub.child_next.connect(self.routing.child_next)
        hub.movement.connect(self.archive.after_movement)
        self.scanner.scanned.connect(self.routing.scanned)
        window.recent.person_selected.connect(hub.person_selected)
        window.search_panel.person_selected.connect(hub.person_selected)
        self.emergency.reported.connect(hub.notice)
        self.emergency.done.connect(hub.news)
        self.archive.reported.connect(hub.notice)
        self.archive.done.connect(hub.news)
        self.registration.registered.connect(self.reactions.registered)
        self.registration.child_wanted.connect(self.kids_view.open_child_registration)
        window.act_new_visitor.triggered.connect(lambda: self.scan_field.register())
        window.act_search.triggered.connect(window.focus_scan_field)
        window.act_refresh.triggered.connect(self.refresher.request)
        window.act_toggle.triggered.connect(self.scan_field.toggle_selected)
        window.act_toggle_card.triggered.connect(self.routing.toggle_card)
        window.act_check_out.triggered.connect(self.routing.check_out_selected)
        window.act_edit.triggered.connect(self.card.edit)
        window.act_quit.triggered.connect(window.close)
        # who is signed in, and the lock
        if duties:
            session.actor_changed.connect(self.duty_start.signed_in)
        session.actor_changed.connect(window.show_user)
        session.actor_changed.connect(self.audit_log.signed_in)
        self.lock.locked_changed.connect(self.shown_people.locked)
        self.lock.locked_changed.connect(self.audit_log.locked)
        window.show_user(session.actor)
        self.audit_log.signed_in(session.actor)
        # the first data on screen, then — never competing with it — the rest
        first = self.refresher.first_loaded
        first.connect(self.window_layout.restore_tab)
        first.connect(self.station.open_first)  # a kids' room or an office desk: its own view
        first.connect(self.ready)
        if duties:
            first.connect(self.commands.show_printer)
            first.connect(self.search.warm)
            first.connect(self.duty_start.first_data)
        if offers:
            first.connect(self.offers.first_data)

    # --- life cycle -------------------------------------------------------------------------

    def start(self) -> None:
        """Show the window (at the sign-in screen if someone must sign in), read the first
        data; the scheduled duties follow it."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.scanner.install(app)
        app.installEventFilter(self._emergency_everywhere)
        self.window_layout.show()
        self.clock_face.start()
        self.lock.start()
        self.refresher.start(self._first_snapshot)
        self.live.start()
        self._started = True

    def shutdown(self) -> None:
        """Stop timers, let running work finish and end the worker threads, remember the layout."""
        if not self._started:
            return
        self._started = False
        self.clock_face.stop()
        self.refresher.stop()
        self.live.stop()
        self.duty_start.stop()
        self.lock.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.scanner.uninstall(app)
            app.removeEventFilter(self._emergency_everywhere)
        self.window_layout.save()
        self.runner.wait_idle()
        self.runner.shutdown()  # no worker thread outlives the window
        self.printing.close()

    # --- for tests and tools ----------------------------------------------------------------

    @property
    def reports(self) -> ReportsView:
        return self.reports_tab.view

    @property
    def audit(self) -> AuditView:
        return self.audit_log.view

    @property
    def closing_report(self) -> ClosingReportDialog | None:
        return self.reactions.closing_report

    def open_dialogs(self) -> list[QWidget]:
        """The desk's other windows on screen (dialogs, PDF viewers)."""
        return open_dialogs(self.window)
