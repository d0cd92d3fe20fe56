"""Keeping the screen true: occupancy and who is inside, re-read after every change and every few
seconds (another desk or the command line may have changed them)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from serre_desk.services.desk_state import DeskSnapshot, read_snapshot
from serre_desk.ui.context import DeskContext

INTERVAL_MS = 5_000


class SnapshotRefresher(QObject):
    first_loaded = Signal()

    def __init__(
        self,
        context: DeskContext,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = context.db
        self._clock = context.clock
        self._runner = context.runner
        self._hub = context.hub
        self._errors = context.errors
        self._in_flight = False
        self._again = False
        self.latest: DeskSnapshot | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.request)
        for signal in (
            context.hub.movement,
            context.hub.undone,
            context.hub.person_changed,
            context.hub.day_closed,
        ):
            signal.connect(self.request)

    def start(self, first: DeskSnapshot | None = None) -> None:
        """Keep reading; `first`: the snapshot read with the opening, shown at once."""
        self._timer.start()
        if first is None:
            self.request()
        else:
            self._loaded(first)

    def stop(self) -> None:
        self._timer.stop()

    def request(self) -> None:
        """Read again; a request while a read is running is served right after it."""
        if self._in_flight:
            self._again = True
            return
        self._in_flight = True
        db, now = self._db, self._clock.now()
        self._runner.read(lambda: read_snapshot(db, now=now), self._loaded, self._failed)

    def _loaded(self, snapshot: DeskSnapshot) -> None:
        first = self.latest is None
        self.latest = snapshot
        self._hub.storage.emit(None)
        self._hub.snapshot.emit(snapshot)
        self._next()
        if first:
            self.first_loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._errors.background_failed(error)
        self._next()

    def _next(self) -> None:
        self._in_flight = False
        if self._again:
            self._again = False
            self.request()
