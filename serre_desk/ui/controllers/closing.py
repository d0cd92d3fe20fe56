"""The automatic closing: when the clock passes today's closing time while the desk runs, the
closing routine runs once (a desk started after closing time does not close an evening event).
If the database server is away at closing time, the closing waits for it and runs once it is
back (the status bar says the server is away meanwhile)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer

from serre_desk.services.closing import closing_plan
from serre_desk.services.desk_state import DeskSnapshot
from serre_desk.ui.context import DeskContext
from serre_desk.ui.controllers.actions import DeskActions

CHECK_INTERVAL_MS = 15_000


class ClosingScheduler(QObject):
    def __init__(
        self,
        context: DeskContext,
        actions: DeskActions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = context.clock
        self._actions = actions
        self._closing_at: datetime | None = None
        self._snapshot: DeskSnapshot | None = None
        self._last_check: datetime | None = None
        self._done: set[datetime] = set()
        self._owed: datetime | None = None  # passed while the server was away
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        context.hub.snapshot.connect(self._remember)

    def start(self) -> None:
        self._last_check = self._clock.now()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _remember(self, snapshot: DeskSnapshot) -> None:
        self._closing_at = snapshot.closing_at
        self._snapshot = snapshot

    def confirmation(self) -> str:
        """The question before closing by hand: how many adults it will check out (exactly
        those `close_day` will), and who stays: the children by name, their educators."""
        plan = closing_plan(self._snapshot.inside if self._snapshot else [])
        lines = [
            self.tr(
                "Close the day now? %n adult(s) still inside will be checked out and marked "
                "“automatic check-out”.",
                "",
                len(plan.to_close),
            )
        ]
        if plan.children_inside:
            names = ", ".join(row.name for row in plan.children_inside)
            lines.append(
                self.tr(
                    "Children are never checked out automatically: %n child(ren) stay inside "
                    "({names}).",
                    "",
                    len(plan.children_inside),
                ).format(names=names)
            )
        if plan.educators_kept:
            names = ", ".join(row.name for row in plan.educators_kept)
            lines.append(self.tr("Educators staying with them: {names}.").format(names=names))
        return "\n\n".join(lines)

    def check(self) -> None:
        now = self._clock.now()
        closing, previous = self._closing_at, self._last_check
        self._last_check = now
        if closing is None or previous is None or closing in self._done:
            return
        if previous < closing <= now or closing == self._owed:
            if not self._actions.server.status.online:
                self._owed = closing  # closed once the server is back
                return
            self._owed = None
            self._done.add(closing)
            self._actions.close_day()
