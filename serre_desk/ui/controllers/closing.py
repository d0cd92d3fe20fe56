"""The automatic closing: when the clock passes today's closing time while the desk runs, the
closing routine runs once (a desk started after closing time does not close an evening event)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer

from serre_desk.services.desk_state import DeskSnapshot
from serre_desk.ui.controllers.actions import DeskActions
from serre_desk.ui.deskclock import DeskClock
from serre_desk.ui.hub import DeskSignals

CHECK_INTERVAL_MS = 15_000


class ClosingScheduler(QObject):
    def __init__(
        self,
        clock: DeskClock,
        actions: DeskActions,
        hub: DeskSignals,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._actions = actions
        self._closing_at: datetime | None = None
        self._last_check: datetime | None = None
        self._done: set[datetime] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        hub.snapshot.connect(self._remember)

    def start(self) -> None:
        self._last_check = self._clock.now()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _remember(self, snapshot: DeskSnapshot) -> None:
        self._closing_at = snapshot.closing_at

    def check(self) -> None:
        now = self._clock.now()
        closing, previous = self._closing_at, self._last_check
        self._last_check = now
        if closing is None or previous is None or closing in self._done:
            return
        if previous < closing <= now:
            self._done.add(closing)
            self._actions.close_day()
