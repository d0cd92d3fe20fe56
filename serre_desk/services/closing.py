"""The closing routine: adults still inside are checked out and flagged; children never are."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from serre_desk.clock import as_utc, day_bounds, local_date, local_instant
from serre_desk.domain.closing import ClosingSplit, split_for_closing
from serre_desk.domain.outcomes import PersonRef
from serre_desk.domain.people import PersonKind
from serre_desk.domain.venue import OpeningHours
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.occupancy import InsideRow
from serre_desk.services.person_row import lock_person
from serre_desk.services.venue import opening_hours
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, AuditEvent, Person, Visit


@dataclass(frozen=True)
class AutoClosed:
    person: PersonRef
    area_key: str
    at: datetime


@dataclass(frozen=True)
class ClosingResult:
    auto_closed: list[AutoClosed]
    children_inside: list[PersonRef]
    educators_kept: list[PersonRef]


ClosingPlan = ClosingSplit[InsideRow]  # what closing now would do to the people inside


def closing_plan(inside: Sequence[InsideRow]) -> ClosingPlan:
    """The people inside, split by the rule `close_day` applies."""
    return split_for_closing(inside, lambda row: row.kind, lambda row: row.area_key)


def closing_instant(db: Database, now: datetime) -> datetime | None:
    """The closing time of `now`'s venue day, or None when the venue is closed that day."""
    with db.read() as session:
        return _closing_on(opening_hours(session), local_date(now))


def _auto_close(session: Session, actor: Actor, visit: Visit, out: datetime) -> bool:
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


def _closing_on(hours: OpeningHours, day: date) -> datetime | None:
    closes = hours.closing_time(day)
    return local_instant(day, closes) if closes else None


def _closed_at(
    hours: OpeningHours, checked_in_at: datetime, now: datetime, last_closing: datetime | None
) -> datetime:
    """When a visit still open is auto-closed. At the closing time of the day it began when
    that closing was missed (no closing ran since: the desk was off, the server away) — a
    closing run after midnight, or the next day's, still ends yesterday's forgotten stays at
    yesterday's closing time. Else at today's closing time once passed (an educator kept with a
    child by an earlier closing stays until this one); `now` for a visit begun after it, or when
    run before it. A past day the venue was closed (an event) ends at its midnight."""
    day = local_date(checked_in_at)
    began = _closing_on(hours, day)
    if began is None and day < local_date(now):
        began = day_bounds(day)[1]
    missed = began is not None and (last_closing is None or last_closing < began)
    if missed and began is not None and checked_in_at < began <= now:
        return began
    today = _closing_on(hours, local_date(now))
    if today is not None and checked_in_at < today <= now:
        return today
    return max(checked_in_at, now)


def close_day(db: Database, actor: Actor, *, now: datetime) -> ClosingResult:
    """Check out every adult still inside, flagged auto-closed, at the closing time of the day
    their visit began (or now when run before it, or for a visit that began after it).
    Educators stay while children are inside."""
    now = as_utc(now)
    auto_closed: list[AutoClosed] = []
    with db.write() as session:
        hours = opening_hours(session)
        last_closing = session.scalar(
            select(func.max(AuditEvent.at)).where(
                AuditEvent.action == "close_day", AuditEvent.at <= now
            )
        )
        rows = session.execute(
            select(Visit, Person, Area)
            .join(Person, Person.id == Visit.person_id)
            .join(Area, Area.id == Visit.area_id)
            .where(Visit.checked_out_at.is_(None))
            .order_by(Visit.checked_in_at)
        ).all()
        people = [
            (visit, PersonRef(person.id, person.name, PersonKind(person.kind)), area)
            for visit, person, area in rows
        ]
        split = split_for_closing(people, lambda one: one[1].kind, lambda one: one[2].id)
        children = [ref for _, ref, _ in split.children_inside]
        educators = [ref for _, ref, _ in split.educators_kept]
        leaving = split.to_close
        # Everyone leaving is locked first, in one order, before any audit record takes the
        # chain's lock: a desk checking one of them in or out meanwhile waits or goes first.
        for person_id in sorted({ref.id for _, ref, _ in leaving}):
            lock_person(session, person_id, now)
        for visit, ref, area in leaving:
            out = _closed_at(
                hours,
                as_utc(visit.checked_in_at),
                now,
                as_utc(last_closing) if last_closing else None,
            )
            if not _auto_close(session, actor, visit, out):
                continue  # another desk checked them out (or closed the day) meanwhile
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
            auto_closed.append(AutoClosed(ref, area.key, out))
        record(
            session,
            actor,
            now,
            "close_day",
            None,
            day=local_date(now).isoformat(),
            auto_closed=len(auto_closed),
            children_inside=[c.id for c in children],
        )
    return ClosingResult(auto_closed, children, educators)
