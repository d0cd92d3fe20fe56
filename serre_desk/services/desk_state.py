"""What the desk window shows, read together: occupancy, who is inside, today's closing time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from serre_desk.services.closing import closing_instant
from serre_desk.services.occupancy import AreaOccupancy, InsideRow, inside, occupancy
from serre_desk.storage.database import Database
from serre_desk.storage.errors import StorageProblem
from serre_desk.storage.models import Person


@dataclass(frozen=True)
class DeskSnapshot:
    areas: list[AreaOccupancy]
    inside: list[InsideRow]
    closing_at: datetime | None
    anybody_registered: bool


def read_snapshot(db: Database, *, now: datetime) -> DeskSnapshot:
    """Occupancy per area, everyone inside, the closing instant of `now`'s day, and whether the
    database knows anybody at all (an empty one is offered demo data)."""
    with db.read() as session:
        anybody = session.scalar(select(Person.id).limit(1)) is not None
    return DeskSnapshot(occupancy(db), inside(db), closing_instant(db, now), anybody)


def is_storage_problem(error: BaseException) -> bool:
    """True for a database failure caused by the environment (locked, unreachable, disk full),
    as opposed to a rule's refusal or a bug."""
    return isinstance(error, StorageProblem)
