"""What the desk window shows, read together: occupancy, who is inside, today's closing time,
today's last movements."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from serre_desk.domain.errors import Refusal
from serre_desk.domain.ratios import RatioStatus
from serre_desk.services.closing import closing_instant
from serre_desk.services.kids_rules import ratio_status
from serre_desk.services.occupancy import AreaOccupancy, InsideRow, inside, occupancy
from serre_desk.services.recent import RecentLine, recent_movements
from serre_desk.storage.database import Database
from serre_desk.storage.errors import StorageProblem
from serre_desk.storage.models import Area, DeskUser, Person


@dataclass(frozen=True)
class DeskSnapshot:
    areas: list[AreaOccupancy]
    inside: list[InsideRow]
    closing_at: datetime | None
    anybody_registered: bool
    ratios: dict[str, RatioStatus] = field(default_factory=dict)  # per children's area
    recent: list[RecentLine] = field(default_factory=list)  # today's last movements, all desks
    desk_users_exist: bool = False  # made meanwhile at another desk: this one asks a sign-in


def read_snapshot(db: Database, *, now: datetime) -> DeskSnapshot:
    """Occupancy per area, everyone inside, the closing instant of `now`'s day, whether the
    database knows anybody at all (an empty one is offered demo data), the educator ratio of
    each children's area, and whether any desk user exists."""
    with db.read() as session:
        anybody = session.scalar(select(Person.id).limit(1)) is not None
        desk_users = session.scalar(select(DeskUser.id).limit(1)) is not None
        ratios = {
            area.key: ratio_status(session, area.id, now)
            for area in session.scalars(select(Area).where(Area.for_children.is_(True)))
        }
    return DeskSnapshot(
        occupancy(db),
        inside(db),
        closing_instant(db, now),
        anybody,
        ratios,
        recent_movements(db, now=now),
        desk_users,
    )


def name_refused(db: Database, refusal: Refusal, person_id: Callable[[], int]) -> None:
    """Attach who was refused (`Refusal.subject`) when the refusal does not say it yet: the
    banner names them and the card shows them. `person_id` may itself refuse (a bad badge)."""
    if refusal.subject is not None:
        return
    try:
        pid = person_id()
    except Refusal:
        return
    with db.read() as session:
        name = session.scalar(
            select(Person.name).where(Person.id == pid, Person.anonymised_at.is_(None))
        )
    if name is not None:
        refusal.subject = (pid, name)


def is_storage_problem(error: BaseException) -> bool:
    """True for a database failure caused by the environment (locked, unreachable, disk full),
    as opposed to a rule's refusal or a bug."""
    return isinstance(error, StorageProblem)
