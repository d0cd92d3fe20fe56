"""A window that is up at once: the desk's window shows and takes keys while its storage opens on a
worker thread; what is typed meanwhile is kept and applied, in order, once the desk is ready.

    window = DeskWindow(lang); window.show()       # built from modules that import no storage
    early = EarlyInput(window, app)                # scans, Enter in the field, shortcuts: queued
    opening = StorageOpening(location, clock)
    opening.arrived.connect(...)                   # on the GUI thread: Opened, or the Refusal
    opening.start()
    desk = Desk(opened.db, window=window, first=opened.first, ...); desk.start()
    early.hand_over(desk)                          # the queue replayed into the desk

The thread imports the desk's own modules (so the GUI thread only builds and fills), opens the
database and reads the first screen (occupancy, who is inside, the desk users), then starts
SQLite's quick_check of the file on a connection of its own, while the desk is built. Every
write waits for the check (`Database.wait_for_check`): a scan made meanwhile is applied once it
passes, and on a damaged file nothing is written; `checked` then says how it ended (the recovery
window takes over from the desk on a problem). A database that needs a migration is checked
first, as before. Nothing here imports SQLAlchemy or the services at module level.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from serre_desk.ui.context import FirstRead
from serre_desk.ui.scanner import ScanDetector

if TYPE_CHECKING:
    from serre_desk.services.startup import Database, Location
    from serre_desk.ui.deskclock import DeskClock
    from serre_desk.ui.views.main_window import DeskWindow


class _ScanField(Protocol):
    @property
    def waiting(self) -> bool: ...
    def enter(self) -> None: ...
    def text_typed(self) -> None: ...


class _Search(Protocol):
    @property
    def results(self) -> SignalInstance: ...


class _Routing(Protocol):
    def scanned(self, code: str) -> None: ...


class ReadyDesk(Protocol):
    """What the queue is applied to (`ui.desk.Desk`)."""

    @property
    def scan_field(self) -> _ScanField: ...
    @property
    def search(self) -> _Search: ...
    @property
    def routing(self) -> _Routing: ...


log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Opened:
    db: Database
    first: FirstRead


def open_storage(location: Location, clock: DeskClock) -> Opened:
    """Runs on the opening thread: the database and the first screen's data, then SQLite's
    quick_check started on its own connection (the writes wait for it); a storage problem raises
    its Refusal (the recovery window takes over)."""
    from serre_desk.services.db_health import open_checked

    db = open_checked(location, check_first=False)  # its writes wait for the check
    try:
        opened = Opened(db, read_first(db, clock))
    except BaseException:
        db.dispose()
        raise
    db.start_check()  # only now: it would compete with the first read for the processor
    return opened


def read_first(db: Database, clock: DeskClock) -> FirstRead:
    """What the first screen shows: the desk users, the idle lock's minutes, the snapshot."""
    from serre_desk.services.desk_state import read_snapshot
    from serre_desk.services.users import idle_lock_minutes, list_users

    return FirstRead(list_users(db), idle_lock_minutes(db), read_snapshot(db, now=clock.now()))


class StorageOpening(QObject):
    """Opens the storage on a thread of its own (`start`); `arrived` carries the `Opened` (or
    the exception) to the GUI thread, then `checked` the end of the file's check (None when it
    passed, else the problem) after an `Opened`."""

    arrived = Signal(object)  # Opened | BaseException
    checked = Signal(object)  # None | BaseException

    def __init__(
        self,
        location: Location,
        clock: DeskClock,
        opener: Callable[[Location, DeskClock], Opened] = open_storage,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._result: Opened | BaseException | None = None
        self._thread = threading.Thread(
            target=self._open, args=(opener, location, clock), name="serre-desk-opening"
        )

    def start(self) -> None:
        self._thread.start()

    def _open(
        self, opener: Callable[[Location, DeskClock], Opened], location: Location, clock: DeskClock
    ) -> None:
        try:
            self._result = opener(location, clock)
        except BaseException as error:  # handed to the GUI thread, which decides
            self._result = error
        self.arrived.emit(self._result)  # queued: this object lives on the GUI thread
        if isinstance(self._result, Opened):
            problem: BaseException | None = None
            try:
                self._result.db.wait_for_check()
            except BaseException as error:
                problem = error
            self.checked.emit(problem)

    def wait(self) -> Opened | BaseException | None:
        """Block until the opening ends (an exit before the desk was ready)."""
        if self._thread.is_alive():
            self._thread.join()
        return self._result


class EarlyInput(QObject):
    """Until the desk is ready: scanner bursts, Enter in the scan field (with its text) and the
    window's shortcuts are kept in order; `hand_over` applies them to the desk. Text typed into
    the scan field stays there (the search runs once the desk is ready)."""

    def __init__(self, window: DeskWindow, app: QApplication) -> None:
        super().__init__(window)
        self._window = window
        self._app = app
        self.queue: list[tuple[str, object]] = []
        self._rest = ""
        self._scanner = ScanDetector(self)
        self._scanner.scanned.connect(lambda code: self.queue.append(("scan", code)))
        self._scanner.install(app)
        field = window.top_bar.scan_field
        field.returnPressed.connect(self._entered, Qt.ConnectionType.UniqueConnection)
        self._actions = [a for a in window.actions() if a is not window.act_quit]
        for action in self._actions:
            action.triggered.connect(self._triggered)
        self._quit = window.close
        window.act_quit.triggered.connect(self._quit)

    def _entered(self) -> None:
        field = self._window.top_bar.scan_field
        text = field.text().strip()
        if text:
            self.queue.append(("enter", text))
            field.clear()  # as the desk does after acting on what was typed

    def _triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.queue.append(("action", action))

    def hand_over_to_nobody(self) -> None:
        """The storage cannot be used: stop listening; what was typed is dropped (logged)."""
        self._stop_listening()
        if self.queue:
            log.warning("%d input(s) typed before the storage failed were dropped", len(self.queue))
        self.queue.clear()
        self.deleteLater()

    def _stop_listening(self) -> None:
        self._scanner.uninstall(self._app)
        self._window.top_bar.scan_field.returnPressed.disconnect(self._entered)
        for action in self._actions:
            action.triggered.disconnect(self._triggered)
        self._window.act_quit.triggered.disconnect(self._quit)

    def hand_over(self, desk: ReadyDesk) -> None:
        """Stop listening and apply the queue to the ready desk, in the order it came. A name
        typed and entered waits for its search results before the next item is applied."""
        self._stop_listening()
        self._rest = self._window.top_bar.scan_field.text()
        self._replay(desk)

    def _replay(self, desk: ReadyDesk) -> None:
        field = self._window.top_bar.scan_field
        while self.queue:
            kind, what = self.queue.pop(0)
            if kind == "scan":
                desk.routing.scanned(str(what))
            elif kind == "enter":
                field.setText(str(what))
                desk.scan_field.enter()
                if desk.scan_field.waiting:  # for the results of the name: then go on
                    desk.search.results.connect(
                        lambda *_found: self._replay(desk), Qt.ConnectionType.SingleShotConnection
                    )
                    return
            elif isinstance(what, QAction):
                what.trigger()
        if self._rest.strip() and field.text() != self._rest:
            field.setText(self._rest)  # what was being typed when the desk became ready
        elif self._rest.strip():
            desk.scan_field.text_typed()  # searched now
        self.deleteLater()
