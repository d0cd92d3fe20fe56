"""Who is acting at the desk: recorded on every audit event."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field
from datetime import datetime
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
    # Set when a manager changes data at a replay clock (`--now`): the real time of the change,
    # recorded beside every event as a correction.
    real_at: datetime | None = None

    @property
    def is_manager(self) -> bool:
        return self.role in (Role.ADMIN, Role.MANAGER)


LOCAL_ADMIN = Actor()
