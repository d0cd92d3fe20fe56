"""Who is acting at the desk, and at which desk: recorded on every audit event."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"  # the local administrator while no desk user exists
    MANAGER = "manager"
    STAFF = "staff"


def computer_name() -> str:
    return socket.gethostname() or "desk"


_station: list[str] = []  # this process's station name, once known (services.station)


def use_station(name: str) -> None:
    """Record `name` as this desk's on everything this process does from now on."""
    _station[:] = [name]


def this_desk() -> str:
    """This desk's station name (services.station), else the computer's name."""
    return _station[0] if _station else computer_name()


@dataclass(frozen=True)
class Actor:
    user: str = "admin"
    role: Role = Role.ADMIN
    # The desk the actor acts at; empty: this process's station, whatever it is named when the
    # action happens (an actor made before the station was read still records it).
    desk: str = ""
    # A manager changing data at a replay clock (`--now`): every event is recorded as a
    # correction, with the real time beside the replayed one.
    replaying: bool = False

    @property
    def is_manager(self) -> bool:
        return self.role in (Role.ADMIN, Role.MANAGER)

    @property
    def at_desk(self) -> str:
        """The desk recorded on the actor's audit events and visits."""
        return self.desk or this_desk()


LOCAL_ADMIN = Actor()
