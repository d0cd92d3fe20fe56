"""One answer to "is the database server there?", for the whole desk.

The desk's view of its server is one state: `ONLINE` or `AWAY` (since when), with the time of
the last successful read — what the emergency list was read at while the server is away. It is
told by everything that talks to the server: the live-hints listener (a cut link, a heartbeat
without answer, the reconnect), the refresher's reads, a write that failed because the server
could not be reached. While it is `AWAY`, `require_online` refuses check-ins and outs with one
clear reason (no local queue: nobody admitted twice, no child let go unrecorded), and `away` is
the one check every other action that writes makes before it starts (registering, editing,
undo, the closing, plan entries, badges): refused at once, in words, nothing sent, and the form
that asked keeps what was typed. It turns `ONLINE` again at the first thing that reaches the
server.

SQLite desks are always `ONLINE` (a local file; its own problems are StorageProblems).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from serre_desk.clock import utcnow
from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.live_hints import server_gone
from serre_desk.storage.errors import StorageProblem, classify


class ServerState(StrEnum):
    ONLINE = "online"
    AWAY = "away"


@dataclass(frozen=True)
class ServerStatus:
    state: ServerState
    since: datetime
    last_good_read: datetime | None = None  # the data on screen is as of then

    @property
    def online(self) -> bool:
        return self.state is ServerState.ONLINE


def server_away() -> Refusal:
    """What an action that writes is told while the server is away (not a check-in's words)."""
    return Refusal(
        "server_away",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "The database server cannot be reached: this cannot be saved until it is back. "
            "Nothing was changed; the desk reconnects by itself and says so, then try again.",
        ),
    )


def unreachable(error: BaseException) -> bool:
    """True when `error` says the server cannot be reached (or the link to it broke)."""
    problem = error if isinstance(error, StorageProblem) else classify(error)
    return problem is not None and problem.code in ("db_unreachable", "server_gone")


class ServerWatch:
    """Thread-safe: the listener's thread, the task runner's threads and the GUI thread tell it;
    `on_change` is called (in the teller's thread) only when the state changes."""

    def __init__(
        self,
        on_change: Callable[[ServerStatus], None] | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._clock = clock
        self._on_change = on_change
        self._lock = threading.Lock()
        self._status = ServerStatus(ServerState.ONLINE, clock())

    @property
    def status(self) -> ServerStatus:
        with self._lock:
            return self._status

    def _move(self, state: ServerState, *, read: bool = False) -> None:
        now = self._clock()
        with self._lock:
            before = self._status
            status = (
                before if before.state is state else ServerStatus(state, now, before.last_good_read)
            )
            if read:
                status = replace(status, last_good_read=now)
            self._status = status
        if status.state is not before.state and self._on_change is not None:
            self._on_change(status)

    def went_away(self) -> None:
        self._move(ServerState.AWAY)

    def is_back(self) -> None:
        self._move(ServerState.ONLINE)

    def read_ok(self) -> None:
        """A read succeeded: the server is there, and what was read is as of now."""
        self._move(ServerState.ONLINE, read=True)

    def failed(self, error: BaseException) -> bool:
        """Told of a failed operation; True when it failed because the server is away."""
        if not unreachable(error):
            return False
        self.went_away()
        return True

    def listener_state(self, online: bool) -> None:
        """The live-hints listener's view (`HintListener(on_state=…)`)."""
        if online:
            self.is_back()
        else:
            self.went_away()

    def require_online(self) -> None:
        """Refuse a check-in or out while the server is away (the reason, in words)."""
        if not self.status.online:
            raise server_gone()

    def away(self, say: Callable[[Refusal], None]) -> bool:
        """Before an action that writes: True while the server is away, once `say` was told why
        (the action is refused at once and sends nothing; a form that asked stays open with
        what was typed). False when the server is there: go ahead."""
        if self.status.online:
            return False
        say(server_away())
        return True
