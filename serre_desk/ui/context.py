"""What the desk window's pieces share: made once by the desk (`ui/desk.py`) and handed to every
controller and to the dialogs and views that work in the background (the emergency list, the
reports, the badge dialog, the archive duty, the kids' space). Fixed for the life of the desk:
no look-ups, nothing global; who is signed in is asked through `actor()` each time."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from serre_desk.paths import Location
from serre_desk.services.actor import Actor
from serre_desk.ui.notice import NoticeHolder

if TYPE_CHECKING:
    from serre_desk.services.desk_state import DeskSnapshot
    from serre_desk.services.startup import Database
    from serre_desk.services.users import DeskUserInfo
    from serre_desk.ui.deskclock import DeskClock
    from serre_desk.ui.errors import ErrorReporter
    from serre_desk.ui.hub import DeskSignals
    from serre_desk.ui.messages import Messages
    from serre_desk.ui.printing import PrintService
    from serre_desk.ui.tasks import TaskRunner


@dataclass(frozen=True, slots=True, kw_only=True)
class DeskContext:
    """The database and where the data lives, the desk's clock, its background runner, its signal
    hub, its print service, where failures are reported, its message boxes, the window's
    language, who acts (the signed-in desk user, asked when an action starts), the venue's
    privacy notice as last read (`ui/notice.py`; the settings entry keeps it current) and the
    steady seconds that time short spans (the same badge scanned twice within two seconds)."""

    db: Database
    clock: DeskClock
    runner: TaskRunner
    printing: PrintService
    errors: ErrorReporter
    lang: str
    hub: DeskSignals
    messages: Messages
    location: Location
    actor: Callable[[], Actor]
    notice: NoticeHolder = field(default_factory=NoticeHolder)
    monotonic: Callable[[], float] = time.monotonic


@dataclass(frozen=True, slots=True)
class FirstRead:
    """What the first screen needs, read with the opening: the desk users (who may sign in),
    after how many idle minutes the desk locks, and occupancy with who is inside."""

    users: list[DeskUserInfo]
    idle_minutes: int
    snapshot: DeskSnapshot
