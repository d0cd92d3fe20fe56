"""A month's usage against the plans, for managers to invoice: per person, the plan, days present,
hours, entries used and left, days over the plan; per organisation, its seats, the most of them
used at once and the days its people used. Anonymised guests appear only as counts.

Everything is derived from the visits (not undone) in adult areas, like the entitlement at the
desk, so the report and the desk never disagree.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from serre_desk.clock import as_utc, day_bounds, local_date
from serre_desk.domain.dates import check_day
from serre_desk.domain.names import search_key
from serre_desk.domain.people import PersonKind
from serre_desk.domain.plans import (
    Assignment,
    PlanKind,
    in_force,
    month_use,
    peak_concurrent,
)
from serre_desk.services.plans import assignments_of, check_in_days
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, OrganisationSeats, Person, PersonPlan, Plan, Visit


@dataclass(frozen=True)
class PersonUsage:
    person_id: int
    name: str
    kind: PersonKind
    organisation: str | None
    plan: str | None  # the plan's name (the one in force at the month's end, or last in it)
    plan_kind: PlanKind | None
    seats_of: str | None  # on their organisation's seats (no plan of their own)
    days_present: int
    minutes: int
    entries_used: int
    entries_left: int | None  # None: no limit, or no plan
    days_over: int
    allowance: int | None = None  # entries the plan gives in the month (a monthly plan)

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 1)

    @property
    def under(self) -> bool:
        """A monthly plan with days left unused at the month's end."""
        return self.plan_kind is PlanKind.DAYS_PER_MONTH and bool(self.entries_left)


@dataclass(frozen=True)
class OrganisationUsage:
    organisation: str
    seats: int
    peak: int  # the most of its people on its seats inside at once
    days_used: int  # days its people checked in on its seats (one per person and day)

    @property
    def over(self) -> bool:
        return self.peak > self.seats


@dataclass(frozen=True)
class MonthUsage:
    first: date
    last: date
    people: list[PersonUsage]
    organisations: list[OrganisationUsage]
    anonymous_people: int  # anonymised guests (and erased people) who came, as a count
    anonymous_days: int

    @property
    def over(self) -> list[PersonUsage]:
        return [p for p in self.people if p.days_over]

    @property
    def under(self) -> list[PersonUsage]:
        return [p for p in self.people if p.under and not p.days_over]


def month_bounds(month: date) -> tuple[date, date]:
    first = month.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def _split_days(start: datetime, end: datetime) -> set[date]:
    """The local days a stay [start, end) touches."""
    days = {local_date(start)}
    day = local_date(start)
    while True:
        day += timedelta(days=1)
        begin, _ = day_bounds(day)
        if begin >= end:
            return days
        days.add(day)


def month_usage(db: Database, month: date, *, now: datetime) -> MonthUsage:
    first, last = month_bounds(check_day(month, month.isoformat()))
    start, _ = day_bounds(first)
    _, end = day_bounds(last)
    now = as_utc(now)
    with db.read() as session:
        return _month_usage(session, first, last, start, min(end, max(now, start)), end)


def _month_usage(
    session: Session, first: date, last: date, start: datetime, until: datetime, end: datetime
) -> MonthUsage:
    stays = session.execute(
        select(
            Visit.person_id,
            Visit.checked_in_at,
            Visit.checked_out_at,
            Person.kind,
            Person.anonymised_at,
        )
        .join(Area, Area.id == Visit.area_id)
        .join(Person, Person.id == Visit.person_id)
        .where(
            Visit.undone.is_(False),
            Area.for_children.is_(False),
            Visit.checked_in_at < end,
            or_(Visit.checked_out_at.is_(None), Visit.checked_out_at > start),
        )
    ).all()
    spans: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    anonymous: set[int] = set()
    anonymous_days: set[tuple[int, date]] = set()
    came_on: dict[int, set[date]] = defaultdict(set)
    for person_id, came, left, kind, gone in stays:
        begin, finish = max(came, start), min(left or until, end)
        if finish < begin:
            continue
        if gone is not None:
            anonymous.add(person_id)
            anonymous_days |= {(person_id, d) for d in _split_days(begin, finish)}
            continue
        if kind == PersonKind.CHILD.value:
            continue
        spans[person_id].append((begin, finish))
        if came >= start:  # a day used is the day of a check-in, as the plans count it
            came_on[person_id].add(local_date(came))

    with_plans = _people_with_plans(session, first, last)
    ids = set(spans) | with_plans
    people = {
        p.id: p
        for p in session.scalars(
            select(Person).where(Person.id.in_(list(ids)), Person.anonymised_at.is_(None))
        )
    }
    # staff come to work: listed only when they have a plan of their own
    ids = {i for i in ids if i in people and (i in with_plans or people[i].kind != "staff")}
    assignments = assignments_of(session, ids)
    earliest = min(
        (a.starts_on for history in assignments.values() for a in history), default=first
    )
    since, _ = day_bounds(min(earliest, first))
    check_ins = check_in_days(session, assignments, since, end)
    seats = {row.org_key: row for row in session.scalars(select(OrganisationSeats))}
    seat_plans = {p.id: p.name for p in session.scalars(select(Plan))}

    rows: list[PersonUsage] = []
    org_spans: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
    org_days: dict[str, set[tuple[int, date]]] = defaultdict(set)
    for person_id in sorted(ids, key=lambda i: (search_key(people[i].name), i)):
        person = people[person_id]
        history = assignments.get(person_id, [])
        present = set().union(*(_split_days(b, f) for b, f in spans[person_id]))
        minutes = round(sum((f - b).total_seconds() for b, f in spans[person_id]) / 60)
        plan = _plan_of(history, first, last)
        org_key = search_key(person.organisation) if person.organisation else None
        on_seats = plan is None and org_key in seats and seats[org_key].seats > 0
        expired = plan is not None and plan.expires_on is not None and plan.expires_on < first
        if expired and not present:
            continue  # a carnet used up or expired before the month, and no visit in it
        if plan is not None:
            use = month_use(history, check_ins.get(person_id, set()), first, last)
            allowance = plan.allowance(plan.period(last)) if plan.monthly else None
            rows.append(
                PersonUsage(
                    person_id,
                    person.name,
                    PersonKind(person.kind),
                    person.organisation,
                    plan.plan.name,
                    plan.plan.kind,
                    None,
                    len(present),
                    minutes,
                    use.entries,
                    use.left,
                    use.over,
                    allowance,
                )
            )
            continue
        seat_row = seats[org_key] if on_seats and org_key else None
        if seat_row is not None:
            org_spans[seat_row.org_key] += spans[person_id]
            org_days[seat_row.org_key] |= {(person_id, d) for d in came_on[person_id]}
        rows.append(
            PersonUsage(
                person_id,
                person.name,
                PersonKind(person.kind),
                person.organisation,
                seat_plans.get(seat_row.plan_id) if seat_row and seat_row.plan_id else None,
                None,
                seat_row.organisation if seat_row else None,
                len(present),
                minutes,
                len(came_on[person_id]) if seat_row else 0,
                None,
                0,
            )
        )
    organisations = [
        OrganisationUsage(
            row.organisation,
            row.seats,
            peak_concurrent(
                (b.timestamp(), f.timestamp()) for b, f in org_spans.get(row.org_key, [])
            ),
            len(org_days.get(row.org_key, ())),
        )
        for row in sorted(seats.values(), key=lambda r: r.org_key)
        if row.seats > 0
    ]
    return MonthUsage(first, last, rows, organisations, len(anonymous), len(anonymous_days))


def _people_with_plans(session: Session, first: date, last: date) -> set[int]:
    """People with a plan that started by the month's end and had not ended before it began."""
    return set(
        session.scalars(
            select(PersonPlan.person_id).where(
                PersonPlan.starts_on <= last,
                or_(PersonPlan.ends_on.is_(None), PersonPlan.ends_on >= first),
            )
        )
    )


def _plan_of(history: list[Assignment], first: date, last: date) -> Assignment | None:
    """The plan the month is read against: the one in force at its end."""
    found = in_force(history, last)
    if found is None:  # a plan that starts after the month: none in it
        return None
    if found.ends_on is not None and found.ends_on < first:
        return None
    return found
