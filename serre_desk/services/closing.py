"""The closing routine: adults still inside are checked out and flagged; children never are."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from serre_desk.clock import as_utc, local_date
from serre_desk.domain.closing import ClosingSplit, split_for_closing
from serre_desk.domain.outcomes import PersonRef
from serre_desk.domain.people import PersonKind
from serre_desk.domain.venue import OpeningHours
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.missed_closing import (
    AutoClosed,
    auto_close,
    closing_on,
    last_closing,
    missed_closing,
    record_auto_close,
)
from serre_desk.services.occupancy import InsideRow
from serre_desk.services.person_row import lock_person
from serre_desk.services.venue import opening_hours
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, Person, Visit


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
        return closing_on(opening_hours(session), local_date(now))


def _closed_at(
    hours: OpeningHours, checked_in_at: datetime, now: datetime, closed_last: datetime | None
) -> datetime:
    """When a visit still open is auto-closed: at the closing time of its day when that closing
    was missed — a closing run after midnight, or the next day's, still ends yesterday's
    forgotten stays at yesterday's closing time. Else at today's closing time once passed (an
    educator kept with a child by an earlier closing stays until this one); `now` for a visit
    begun after it, or when run before it."""
    missed = missed_closing(hours, checked_in_at, now, closed_last)
    if missed is not None:
        return missed
    today = closing_on(hours, local_date(now))
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
        closed_last = last_closing(session, now)
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
            out = _closed_at(hours, as_utc(visit.checked_in_at), now, closed_last)
            if not auto_close(session, actor, visit, out):
                continue  # another desk checked them out (or closed the day) meanwhile
            auto_closed.append(record_auto_close(session, actor, now, visit, ref, area, out))
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
