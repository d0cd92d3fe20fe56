"""The date and time on screen — in the top bar and on the lock screen — once a second, from the
desk's clock (a replay clock, `--now`, shows its own time)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from serre_desk.ui.context import DeskContext
from serre_desk.ui.formatting import clock_time, long_date

if TYPE_CHECKING:
    from serre_desk.ui.views.main_window import DeskWindow

TICK_MS = 1_000


class ClockFace(QObject):
    def __init__(
        self, context: DeskContext, *, window: DeskWindow, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = context.clock
        self._lang = context.lang
        self._window = window
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.tick()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def tick(self) -> None:
        now = self._clock.now()
        self._window.show_clock(now)
        self._window.lockable.lock_screen.set_clock(
            f"{long_date(now, self._lang)} · {clock_time(now)}"
        )
