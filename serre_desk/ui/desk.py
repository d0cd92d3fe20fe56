"""The composition root of the desk window: builds the controllers, the views and the window, and
connects them through the hub. Nothing here decides a rule; it only says who hears what.

The window holds the areas' tables, the kids' space for educators, the reports and (for managers)
the audit log; the session says who acts, the lock hides every name when the desk is idle, and
the daily duties (privacy rules, backup, archive of the attendance sheets) run in the background
once the window shows its data. Where a scan or an Enter goes is `controllers/routing.py`; what
the window shows when the hub speaks, `controllers/reactions.py`; the menu's own commands,
`controllers/menu_commands.py`. Every controller gets the one `DeskContext` (`ui/context.py`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from serre_desk.clock import local_date
from serre_desk.services.actor import Actor
from serre_desk.services.audit import audit_actions
from serre_desk.services.startup import Database, Location
from serre_desk.services.station import load_station
from serre_desk.ui.context import DeskContext
from serre_desk.ui.controllers.actions import DeskActions, ScanService, badge_scan
from serre_desk.ui.controllers.archive_duty import ArchiveDuty
from serre_desk.ui.controllers.closing import ClosingScheduler
from serre_desk.ui.controllers.duties import DailyDuties
from serre_desk.ui.controllers.emergency import EmergencyList, EveryWindow, emergency_action
from serre_desk.ui.controllers.live_hints import LiveHints
from serre_desk.ui.controllers.lock import DeskLock
from serre_desk.ui.controllers.menu_commands import MenuCommands
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
from serre_desk.ui.controllers.station import StationLayout
from serre_desk.ui.deskclock import DeskClock
from serre_desk.ui.errors import ErrorReporter
from serre_desk.ui.formatting import clock_time, long_date
from serre_desk.ui.hub import DeskSignals
from serre_desk.ui.kids_desk import KidsDesk, PickupLabelPrinter
from serre_desk.ui.messages import Messages
from serre_desk.ui.printing import SYSTEM_FILES, FileActions, Printers, PrintService
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
    from serre_desk.ui.dialogs.closing_report import ClosingReportDialog
    from serre_desk.ui.views.audit import AuditView
    from serre_desk.ui.views.reports import ReportsView

CLOCK_TICK_MS = 1_000


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
            hub=self.hub,
            messages=self.messages,
            location=location,
            actor=lambda: self.session.actor,
        )
        context = self.context
        self.session = DeskSession(context, actor=actor, first=first, parent=self)
        self._first = first
        self.actions = DeskActions(context, scan_service, monotonic, parent=self)
        self.refresher = SnapshotRefresher(context, self)
        self.live = LiveHints(db.url, self.refresher.request, self.hub, self, clock=clock.now)
        self.actions.server = self.live.watch  # no check-in while the server is away
        self.search = SearchController(context, self)
        self.closing = ClosingScheduler(context, self.actions, self)
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
            parent=self,
        )
        self.scan_field = ScanFieldController(
            self.window,
            self.search,
            self.registration,
            code=self.routing.code,
            toggle=self.routing.toggle,
            parent=self,
        )
        self.scanner = ScanDetector(self)
        self.scanner.scanned.connect(self.scanned)
        self.lock = DeskLock(
            self.window, self.session, self.area_counts, self.routing.unattended, monotonic, self
        )
        self.routing.lock = self.lock
        self.archive = ArchiveDuty(context, parent=self)
        self.daily = DailyDuties(context, self)
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
        self.server = ServerPresence(
            context,
            live=self.live,
            window=self.window,
            refresher=self.refresher,
            reload_views=self._reload_views,
            parent=self,
        )
        self.first_manager: FirstManagerBar | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(CLOCK_TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._started = False
        self._duties_started = False
        self._connect()
        self.settings_entry = install_settings(self)  # Desk ▸ Settings… (managers)
        self.window.closing_handler = self.shutdown
        self.refresher.first_loaded.connect(self._first_data)

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
        self.reports_tab = LazyTab(self._make_reports)
        self.reports_tab.setObjectName("ReportsView")
        window.add_view_tab(self.reports_tab, self.tr("Reports"), roomy=True)
        self.audit_tab = LazyTab(self._make_audit)
        self.audit_tab.setObjectName("AuditView")
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

    @property
    def closing_report(self) -> ClosingReportDialog | None:
        return self.reactions.closing_report

    # --- wiring: who hears what -------------------------------------------------------------

    def _connect(self) -> None:
        hub, window = self.hub, self.window
        self.reactions.connect_hub()
        self.commands.connect_menu()
        hub.person_changed.connect(self.card.reload)
        hub.person_changed.connect(lambda _id: self.scan_field.refresh())
        hub.person_selected.connect(self.card.show)
        hub.child_next.connect(self.routing.child_next)
        hub.movement.connect(self.archive.after_movement)
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
        self.session.actor_changed.connect(self._signed_in)
        self.lock.locked_changed.connect(self._locked)
        self._signed_in(self.session.actor)

    def scanned(self, code: str) -> None:
        """A scanner burst (the routing decides where it goes); at an office desk, nothing
        unless scanning was turned on there."""
        if not self.station.scanning:
            self.hub.notice.emit(
                self.tr("Scanning is off at this desk"),
                self.tr("Turn it on in the Desk menu (Scanning at this desk) to check people in."),
            )
            return
        self.routing.scanned(code)

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
        self.live.start()
        self._ticker.start()
        self._started = True

    def shutdown(self) -> None:
        """Stop timers, let running work finish and end the worker threads, remember the layout."""
        if not self._started:
            return
        self._started = False
        self._ticker.stop()
        self.refresher.stop()
        self.live.stop()
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
        self.station.open_first()  # a kids' room or an office desk opens on its own view
        self.ready.emit()
        if self.duties:  # once the window shows its data, never competing with it
            self.commands.show_printer()
            self.search.warm()
            if not self.session.needs_sign_in:
                self._start_duties()
        snapshot = self.refresher.latest
        if self.offers and not self.session.has_users:
            self._offer_first_manager()
        if self.offers and snapshot is not None and not snapshot.anybody_registered:
            self.commands.offer_demo()

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

    def _reload_views(self) -> None:
        """After a reconnect: the kids' space, the search results and the card, read again."""
        self.kids_view.refresh()
        self.scan_field.refresh()
        shown = self.window.card.person_id
        if shown is not None:
            self.card.reload(shown)

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
