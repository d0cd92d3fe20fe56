"""A closing that was missed (the desk was off at closing time, the server away): the stays it
should have ended end at that day's closing time, whenever the closing finally runs — or at the
holder's first scan the morning after (`close_stale_visit`), so that nothing of yesterday passes
for today. Kept apart from `services.closing` so that the scans can use it (no import cycle)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from serre_desk.clock import as_utc, day_bounds, local_date, local_instant
from serre_desk.domain.outcomes import PersonRef
from serre_desk.domain.people import PersonKind
from serre_desk.domain.venue import OpeningHours
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.venue import opening_hours
from serre_desk.storage.models import Area, AuditEvent, Person, Visit


@dataclass(frozen=True)
class AutoClosed:
    person: PersonRef
    area_key: str
    at: datetime


def auto_close(session: Session, actor: Actor, visit: Visit, out: datetime) -> bool:
    """Close one visit, flagged auto-closed, if it is still open (a conditional write: a second
    closing run, or a desk's check-out that went first, leaves it alone)."""
    connection = session.connection()
    closed = connection.execute(
        update(Visit)
        .where(Visit.id == visit.id, Visit.checked_out_at.is_(None))
        .values(checked_out_at=out, out_by=actor.user, out_desk=actor.at_desk, auto_closed=True)
    ).rowcount
    if closed:
        connection.execute(
            update(Person)
            .where(
                Person.id == visit.person_id,
                Person.last_seen_at.is_(None) | (Person.last_seen_at < out),
            )
            .values(last_seen_at=out)
        )
    return bool(closed)


def closing_on(hours: OpeningHours, day: date) -> datetime | None:
    closes = hours.closing_time(day)
    return local_instant(day, closes) if closes else None


def missed_closing(
    hours: OpeningHours, checked_in_at: datetime, now: datetime, closed_last: datetime | None
) -> datetime | None:
    """The closing time of the day a visit began when that closing has passed and was missed
    (no closing ran since: the desk was off, the server away); a past day the venue was closed
    (an event) ends at its midnight. None for a visit begun after it, or when a closing ran."""
    day = local_date(checked_in_at)
    began = closing_on(hours, day)
    if began is None and day < local_date(now):
        began = day_bounds(day)[1]
    if began is None or not checked_in_at < began <= now:
        return None
    return began if closed_last is None or closed_last < began else None


def last_closing(session: Session, now: datetime) -> datetime | None:
    last = session.scalar(
        select(func.max(AuditEvent.at)).where(
            AuditEvent.action == "close_day", AuditEvent.at <= now
        )
    )
    return as_utc(last) if last is not None else None


def record_auto_close(
    session: Session,
    actor: Actor,
    now: datetime,
    visit: Visit,
    ref: PersonRef,
    area: Area,
    out: datetime,
) -> AutoClosed:
    record(
        session,
        actor,
        now,
        "auto_close",
        ref.id,
        area=area.key,
        time=out.isoformat(),
        visit=visit.id,
    )
    return AutoClosed(ref, area.key, out)


def close_stale_visit(
    session: Session, actor: Actor, person_id: int, now: datetime
) -> AutoClosed | None:
    """Inside a scan's transaction, the person's lock held: an adult's visit left open since a
    day whose closing was missed is auto-closed at that closing time, as the closing would have
    done — so the next morning's scan, once the venue has opened, checks them in for today
    instead of out (nothing of yesterday passes for today). A scan the same evening or in the
    night is someone leaving late: left as it is, like an evening stay past midnight, an
    educator kept by a closing or still with children inside, and a child."""
    hours = opening_hours(session)
    today = local_date(now)
    opens = hours.opening_time(today)
    if opens is None or now < local_instant(today, opens):
        return None
    found = session.execute(
        select(Visit, Person, Area)
        .join(Person, Person.id == Visit.person_id)
        .join(Area, Area.id == Visit.area_id)
        .where(Visit.person_id == person_id, Visit.checked_out_at.is_(None))
    ).first()
    if found is None:
        return None
    visit, person, area = found
    ref = PersonRef(person.id, person.name, PersonKind(person.kind))
    if ref.kind is PersonKind.CHILD:
        return None
    if ref.kind is PersonKind.STAFF and area.for_children and _children_inside(session, area):
        return None  # an educator with children inside: the closing keeps them
    came = as_utc(visit.checked_in_at)
    out = missed_closing(hours, came, now, last_closing(session, now))
    if local_date(came) == today or out is None or not auto_close(session, actor, visit, out):
        return None
    return record_auto_close(session, actor, now, visit, ref, area, out)


def _children_inside(session: Session, area: Area) -> bool:
    return bool(
        session.scalar(
            select(func.count())
            .select_from(Visit)
            .join(Person, Person.id == Visit.person_id)
            .where(
                Visit.area_id == area.id,
                Visit.checked_out_at.is_(None),
                Person.kind == PersonKind.CHILD.value,
            )
        )
    )
