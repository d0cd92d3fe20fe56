"""Who is inside and how full each area is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, select

from serre_desk.domain.people import PersonKind
from serre_desk.domain.venue import NEAR_FULL_SHARE, occupancy_state
from serre_desk.services.settings_admin import amber_percents
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, Person, Visit


@dataclass(frozen=True)
class AreaOccupancy:
    key: str
    name: str
    inside: int
    capacity: int
    for_children: bool
    educators: int = 0
    near_share: float = NEAR_FULL_SHARE  # from this share of capacity the area is "near" full

    @property
    def state(self) -> str:
        return occupancy_state(self.inside, self.capacity, self.near_share)


@dataclass(frozen=True)
class InsideRow:
    id: int
    name: str
    kind: PersonKind
    organisation: str | None
    area_key: str
    since: datetime


def occupancy(db: Database) -> list[AreaOccupancy]:
    """Per area: people counted against capacity (children only in a children's area) and, for a
    children's area, the staff inside (the educators)."""
    open_visits = and_(Visit.area_id == Area.id, Visit.checked_out_at.is_(None))
    is_child = Person.kind == PersonKind.CHILD.value
    is_staff = Person.kind == PersonKind.STAFF.value
    query = (
        select(
            Area.key,
            Area.name,
            Area.capacity,
            Area.for_children,
            func.count(Visit.id),
            func.count(Visit.id).filter(is_child),
            func.count(Visit.id).filter(is_staff),
        )
        .select_from(Area)
        .outerjoin(Visit, open_visits)
        .outerjoin(Person, Person.id == Visit.person_id)
        .group_by(Area.id)
        .order_by(Area.position, Area.id)
    )
    with db.read() as session:
        rows = session.execute(query).all()
        ambers = amber_percents(session)
    return [
        AreaOccupancy(
            key=key,
            name=name,
            inside=children if for_children else everyone,
            capacity=capacity,
            for_children=for_children,
            educators=staff if for_children else 0,
            near_share=ambers[key] / 100 if key in ambers else NEAR_FULL_SHARE,
        )
        for key, name, capacity, for_children, everyone, children, staff in rows
    ]


def inside(db: Database, area_key: str | None = None) -> list[InsideRow]:
    """Everyone inside now (optionally in one area), earliest arrival first."""
    query = (
        select(
            Person.id, Person.name, Person.kind, Person.organisation, Area.key, Visit.checked_in_at
        )
        .join(Visit, Visit.person_id == Person.id)
        .join(Area, Area.id == Visit.area_id)
        .where(Visit.checked_out_at.is_(None))
    )
    if area_key:
        query = query.where(Area.key == area_key)
    with db.read() as session:
        # Sorted here, not in SQL: an ORDER BY on checked_in_at makes SQLite walk that index
        # over every visit ever made (0.5 s at a million visits) instead of the open-visit index.
        rows = sorted(session.execute(query).all(), key=lambda row: (row[5], row[0]))
    return [
        InsideRow(pid, name, PersonKind(kind), org, key, since)
        for pid, name, kind, org, key, since in rows
    ]
