"""What the educators' view shows, read together: children inside (age, time in, who brought
them, who may collect them and their phones, allergy marks, expected pickup), educators present,
the ratio, and the alarms — a child inside after closing (blocking until handled), the ratio
broken, a late pickup.

Health notes come back only when `with_health` is true: the window asks for them only while a desk
user is signed in and the screen is not locked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from serre_desk.clock import as_utc, local_date
from serre_desk.domain.guardians import GuardianInfo, valid_guardians
from serre_desk.domain.people import PersonKind
from serre_desk.domain.ratios import RatioStatus, age_in_months
from serre_desk.services.kids import ALARM_HANDLED
from serre_desk.services.kids_rules import closing_of, guardians, ratio_status
from serre_desk.services.venue import default_area_for, find_area
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, AuditEvent, Person, Visit


class AlarmKind(StrEnum):
    AFTER_CLOSING = "after_closing"  # a child still inside after closing time: blocking
    RATIO = "ratio"  # fewer educators than the children need
    LATE_PICKUP = "late_pickup"  # past the expected pickup time set at drop-off


@dataclass(frozen=True)
class ChildInside:
    id: int
    name: str
    birth_date: date | None
    age_months: int | None
    since: datetime
    brought_by: str | None
    authorised: tuple[GuardianInfo, ...]
    allergy: bool
    health_notes: str | None  # only when asked for with `with_health`
    expected_pickup_at: datetime | None
    late: bool  # past the expected pickup time
    after_closing: bool  # inside after the closing time of the day they came
    alarm_handled: bool  # an educator took the after-closing alarm in hand


@dataclass(frozen=True)
class EducatorInside:
    id: int
    name: str
    since: datetime


@dataclass(frozen=True)
class KidsAlarm:
    kind: AlarmKind
    children: tuple[ChildInside, ...]  # empty for the ratio alarm

    @property
    def blocking(self) -> bool:
        return self.kind is AlarmKind.AFTER_CLOSING


@dataclass(frozen=True)
class KidsState:
    area_key: str
    area_name: str
    capacity: int
    children: list[ChildInside]
    educators: list[EducatorInside]
    ratio: RatioStatus
    closing_at: datetime | None
    alarms: list[KidsAlarm]

    @property
    def blocking_alarm(self) -> KidsAlarm | None:
        return next((alarm for alarm in self.alarms if alarm.blocking), None)


def kids_state(
    db: Database, *, now: datetime, area_key: str | None = None, with_health: bool = False
) -> KidsState:
    """The children's area `area_key` (default: the first one) as the educators see it now."""
    now = as_utc(now)
    with db.read() as session:
        area = (
            find_area(session, area_key)
            if area_key
            else default_area_for(session, PersonKind.CHILD)
        )
        children = _children(session, area, now, with_health)
        educators = [
            EducatorInside(pid, name, since)
            for pid, name, since in session.execute(
                select(Person.id, Person.name, Visit.checked_in_at)
                .join(Visit, Visit.person_id == Person.id)
                .where(
                    Visit.area_id == area.id,
                    Visit.checked_out_at.is_(None),
                    Person.kind == PersonKind.STAFF.value,
                )
                .order_by(Visit.checked_in_at, Person.id)
            )
        ]
        ratio = ratio_status(session, area.id, now)
        closing_at = closing_of(session, local_date(now))
    return KidsState(
        area.key,
        area.name,
        area.capacity,
        children,
        educators,
        ratio,
        closing_at,
        _alarms(children, ratio),
    )


def _children(session: Session, area: Area, now: datetime, with_health: bool) -> list[ChildInside]:
    brought = aliased(Person)
    rows = session.execute(
        select(Person, Visit, brought.name)
        .join(Visit, Visit.person_id == Person.id)
        .outerjoin(brought, brought.id == Visit.brought_by_id)
        .where(
            Visit.area_id == area.id,
            Visit.checked_out_at.is_(None),
            Person.kind == PersonKind.CHILD.value,
        )
        .order_by(Visit.checked_in_at, Person.id)
    ).all()
    handled = _handled_visits(session, [person.id for person, _, _ in rows])
    today = local_date(now)
    closings: dict[date, datetime | None] = {}
    children = []
    for person, visit, brought_by in rows:
        day = local_date(visit.checked_in_at)
        if day not in closings:
            closings[day] = closing_of(session, day)
        closes = closings[day]
        expected = visit.expected_pickup_at
        children.append(
            ChildInside(
                id=person.id,
                name=person.name,
                birth_date=person.birth_date,
                age_months=age_in_months(person.birth_date, today) if person.birth_date else None,
                since=visit.checked_in_at,
                brought_by=brought_by,
                authorised=tuple(valid_guardians(guardians(session, person.id, now))),
                allergy=bool(person.health_notes),
                health_notes=person.health_notes if with_health else None,
                expected_pickup_at=expected,
                late=expected is not None and now > expected,
                after_closing=(closes is not None and now >= closes) or day < today,
                alarm_handled=visit.id in handled,
            )
        )
    return children


def _handled_visits(session: Session, child_ids: list[int]) -> set[int]:
    if not child_ids:
        return set()
    details = session.scalars(
        select(AuditEvent.detail).where(
            AuditEvent.action == ALARM_HANDLED, AuditEvent.subject_id.in_(child_ids)
        )
    )
    return {json.loads(detail).get("visit") for detail in details}


def _alarms(children: list[ChildInside], ratio: RatioStatus) -> list[KidsAlarm]:
    alarms = []
    waiting = tuple(c for c in children if c.after_closing and not c.alarm_handled)
    if waiting:
        alarms.append(KidsAlarm(AlarmKind.AFTER_CLOSING, waiting))
    if ratio.broken:
        alarms.append(KidsAlarm(AlarmKind.RATIO, ()))
    late = tuple(c for c in children if c.late)
    if late:
        alarms.append(KidsAlarm(AlarmKind.LATE_PICKUP, late))
    return alarms
