"""The window's clock: the real time, or a fixed instant (`--now`, for screenshots and demos)."""

from __future__ import annotations

from datetime import datetime

from serre_desk.clock import as_utc, utcnow


class DeskClock:
    def __init__(self, fixed: datetime | None = None) -> None:
        self._fixed = as_utc(fixed) if fixed is not None else None

    @property
    def is_fixed(self) -> bool:
        return self._fixed is not None

    def now(self) -> datetime:
        return self._fixed if self._fixed is not None else utcnow()

    def set(self, moment: datetime) -> None:
        """Fix the clock at `moment` (tests move time forward with it)."""
        self._fixed = as_utc(moment)
