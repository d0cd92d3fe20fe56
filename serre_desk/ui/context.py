"""What the desk window's pieces share: made once by the desk (`ui/desk.py`) and handed to each
piece that works in the background and prints (the emergency list, the reports, the badge dialog,
the archive duty). Plain values, fixed for the life of the desk: no look-ups, nothing global."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from serre_desk.services.desk_state import DeskSnapshot
    from serre_desk.services.startup import Database
    from serre_desk.services.users import DeskUserInfo
    from serre_desk.ui.deskclock import DeskClock
    from serre_desk.ui.errors import ErrorReporter
    from serre_desk.ui.printing import PrintService
    from serre_desk.ui.tasks import TaskRunner


@dataclass(frozen=True, slots=True, kw_only=True)
class DeskContext:
    """The database, the desk's clock, its background runner, its print service, where failures
    are reported, and the window's language."""

    db: Database
    clock: DeskClock
    runner: TaskRunner
    printing: PrintService
    errors: ErrorReporter
    lang: str


@dataclass(frozen=True, slots=True)
class FirstRead:
    """What the first screen needs, read with the opening: the desk users (who may sign in),
    after how many idle minutes the desk locks, and occupancy with who is inside."""

    users: list[DeskUserInfo]
    idle_minutes: int
    snapshot: DeskSnapshot
