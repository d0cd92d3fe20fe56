"""Who is acting at the desk: recorded on every audit event."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"  # the local administrator while no desk user exists
    MANAGER = "manager"
    STAFF = "staff"


def this_desk() -> str:
    return socket.gethostname() or "desk"


@dataclass(frozen=True)
class Actor:
    user: str = "admin"
    role: Role = Role.ADMIN
    desk: str = field(default_factory=this_desk)
    # A manager changing data at a replay clock (`--now`): every event is recorded as a
    # correction, with the real time beside the replayed one.
    replaying: bool = False

    @property
    def is_manager(self) -> bool:
        return self.role in (Role.ADMIN, Role.MANAGER)


LOCAL_ADMIN = Actor()
