"""What a desk action did, as plain values: the movement a check-in or check-out recorded, and the
one outcome of a scan that the window shows and the command line prints, without deciding again."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from serre_desk.domain.errors import Refusal
from serre_desk.domain.people import PersonKind

Action = Literal["check_in", "check_out"]


@dataclass(frozen=True)
class PersonRef:
    id: int
    name: str
    kind: PersonKind


@dataclass(frozen=True)
class Movement:
    """What a check-in or check-out did, for the banner, the log and the command's JSON."""

    action: Action
    person: PersonRef
    area_key: str
    area_name: str
    at: datetime
    visit_id: int
    moved_from: str | None = None
    corrected: bool = False
    override: bool = False
    warnings: tuple[str, ...] = field(default=())
    pickup_code: str | None = None  # a child's check-in: the code on the label and the slip


@dataclass(frozen=True)
class CheckedIn:
    movement: Movement


@dataclass(frozen=True)
class Moved:
    """Checked in to another area while inside one: `movement.moved_from` names it."""

    movement: Movement


@dataclass(frozen=True)
class CheckedOut:
    movement: Movement


@dataclass(frozen=True)
class ChildToPickup:
    """A child inside: leaving is a pickup, with the code and an authorised adult."""

    child: PersonRef


@dataclass(frozen=True)
class ChildToDropoff:
    """A child outside: arriving is a drop-off by the guardian who brings them."""

    child: PersonRef


@dataclass(frozen=True)
class Refused:
    """Nothing moved; the refusal says why (and is in the audit log)."""

    refusal: Refusal


ScanOutcome = CheckedIn | Moved | CheckedOut | ChildToPickup | ChildToDropoff | Refused


def outcome_of(movement: Movement) -> CheckedIn | Moved | CheckedOut:
    """The outcome a recorded movement stands for."""
    if movement.action == "check_out":
        return CheckedOut(movement)
    return Moved(movement) if movement.moved_from else CheckedIn(movement)
