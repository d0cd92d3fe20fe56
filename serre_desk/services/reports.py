"""What the attendance sheet and the manager reports say, as plain data (no PDF, no words).

A venue day runs from local midnight to local midnight in Europe/Rome (23 or 25 hours on the DST
days). A visit belongs to every day it overlaps, with only the part inside that day: a visit from
22:00 to 01:00 appears on both sheets, 2 h on the first and 1 h on the second.

Everything is computed from one read of the visits of the range (`load_visits`), so a day sheet,
a month report and the CSV export agree to the minute. Health notes are never read here.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from serre_desk.clock import day_bounds, local_instant, to_local
from serre_desk.domain.people import PersonKind
from serre_desk.services.venue import opening_hours
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, AuditEvent, Person, Visit

HOUR = timedelta(hours=1)


class Flag(StrEnum):
    """What the sheet marks on a visit; the first five need a manager's attention, and so do a
    child's night at the venue (`LEFT_AT_CLOSING`, `LEFT_FROM_PREVIOUS_DAY`)."""

    AUTO_CLOSED = "auto_closed"
    CORRECTED = "corrected"
    OVERRIDE = "override"
    PICKUP_OVERRIDE = "pickup_override"
    LATE_PICKUP = "late_pickup"
    STILL_INSIDE = "still_inside"
    FROM_PREVIOUS_DAY = "from_previous_day"
    TO_NEXT_DAY = "to_next_day"
    # a child still inside at the closing of the day they came (left over the night once past
    # midnight), and the same child on the sheet of the next day, where they were released
    LEFT_AT_CLOSING = "left_at_closing"
    LEFT_FROM_PREVIOUS_DAY = "left_from_previous_day"


@dataclass(frozen=True)
class AreaRef:
    id: int
    key: str
    name: str
    capacity: int
    for_children: bool


@dataclass(frozen=True)
class PersonLabel:
    """Who, as a report may show it: `alias` is set (1, 2, …) when the name must not appear."""

    id: int
    name: str
    kind: PersonKind
    organisation: str | None = None
    alias: int | None = None

    @property
    def anonymous(self) -> bool:
        return self.alias is not None


@dataclass(frozen=True)
class VisitRow:
    """One visit as stored (whole, not clipped to a day)."""

    id: int
    person: PersonLabel
    birth_date: date | None
    area_id: int
    checked_in_at: datetime
    checked_out_at: datetime | None
    auto_closed: bool
    corrected: bool
    override: bool
    in_by: str
    out_by: str | None
    brought_by: PersonLabel | None = None
    collected_by: PersonLabel | None = None
    pickup_code: str | None = None
    pickup_override: bool = False
    expected_pickup_at: datetime | None = None
    in_desk: str | None = None  # the desks it was recorded at (before the desks: unknown)
    out_desk: str | None = None

    @property
    def code_matched(self) -> bool | None:
        """For a collected child: True when released on a matching code, False on an override;
        None when there was no pickup to check."""
        if self.pickup_override:
            return False
        if self.collected_by is not None:
            return True
        return None


@dataclass(frozen=True)
class DayVisit:
    """The part of a visit inside one day. `end` is None while the person is still inside."""

    row: VisitRow
    start: datetime
    end: datetime | None
    minutes: int
    flags: frozenset[Flag]

    @property
    def person(self) -> PersonLabel:
        return self.row.person


@dataclass(frozen=True)
class HourBucket:
    """One real hour of the day (25 of them on the autumn DST day). `hour` is its local clock
    hour; `repeated` marks the second 02:00 when clocks go back."""

    start: datetime
    hour: int
    repeated: bool
    peak: int


@dataclass(frozen=True)
class Note:
    """A manager's written reason attached to a visit (correction, override)."""

    visit_id: int
    action: str
    reason: str


@dataclass(frozen=True)
class Counts:
    visits: int = 0
    people: int = 0
    kinds: dict[PersonKind, int] = field(default_factory=dict)
    average_minutes: int | None = None  # auto-closed visits left out
    auto_closed: int = 0
    corrected: int = 0
    overrides: int = 0
    late_pickups: int = 0

    @property
    def attention(self) -> int:
        return self.auto_closed + self.corrected + self.overrides + self.late_pickups


@dataclass(frozen=True)
class AreaDay:
    area: AreaRef
    visits: list[DayVisit]
    counts: Counts
    peak: int
    peak_at: datetime | None
    hourly: list[HourBucket]
    educators: int = 0

    @property
    def main_visits(self) -> list[DayVisit]:
        """Children in a children's area, everyone elsewhere."""
        if not self.area.for_children:
            return self.visits
        return [v for v in self.visits if v.person.kind is PersonKind.CHILD]

    @property
    def staff_visits(self) -> list[DayVisit]:
        """The educators' visits of a children's area (empty elsewhere)."""
        if not self.area.for_children:
            return []
        return [v for v in self.visits if v.person.kind is not PersonKind.CHILD]


@dataclass(frozen=True)
class DaySheet:
    day: date
    start: datetime
    end: datetime
    now: datetime
    opens: time | None
    closes: time | None
    areas: list[AreaDay]
    totals: Counts
    desk_users: list[str]
    notes: dict[int, list[Note]]
    anonymised: bool

    @property
    def hours(self) -> int:
        return round((self.end - self.start) / HOUR)

    @property
    def visit_count(self) -> int:
        return sum(len(a.visits) for a in self.areas)

    @property
    def desks(self) -> set[str]:
        """The desks the day's visits were recorded at (in or out)."""
        return {
            desk
            for area in self.areas
            for visit in area.visits
            for desk in (visit.row.in_desk, visit.row.out_desk)
            if desk
        }


# ---------------------------------------------------------------- loading


def list_report_areas(session: Session) -> list[AreaRef]:
    return [
        AreaRef(a.id, a.key, a.name, a.capacity, a.for_children)
        for a in session.scalars(select(Area).order_by(Area.position, Area.id))
    ]


class _Labeller:
    """Turns people into labels, handing out aliases for anonymised ones in order of appearance."""

    def __init__(self, anonymise_guests: bool) -> None:
        self.anonymise_guests = anonymise_guests
        self.aliases: dict[int, int] = {}

    def __call__(
        self, pid: int | None, name: str | None, kind: str | None, org: str | None, gone: bool
    ) -> PersonLabel | None:
        if pid is None or name is None or kind is None:
            return None
        person_kind = PersonKind(kind)
        if gone or (self.anonymise_guests and person_kind is PersonKind.GUEST):
            alias = self.aliases.setdefault(pid, len(self.aliases) + 1)
            return PersonLabel(pid, "", person_kind, None, alias)
        return PersonLabel(pid, name, person_kind, org)


def load_visits(
    session: Session, start: datetime, end: datetime, *, anonymise_guests: bool = False
) -> list[VisitRow]:
    """Every visit (not undone) that overlaps [start, end), in check-in order."""
    brought, collected = aliased(Person), aliased(Person)
    query = (
        select(
            Visit,
            Person.name,
            Person.kind,
            Person.organisation,
            Person.birth_date,
            Person.anonymised_at,
            brought.name,
            brought.kind,
            brought.anonymised_at,
            collected.name,
            collected.kind,
            collected.anonymised_at,
        )
        .join(Person, Person.id == Visit.person_id)
        .outerjoin(brought, brought.id == Visit.brought_by_id)
        .outerjoin(collected, collected.id == Visit.collected_by_id)
        .where(
            Visit.undone.is_(False),
            Visit.checked_in_at < end,
            or_(
                Visit.checked_out_at.is_(None),
                Visit.checked_out_at > start,
                Visit.checked_in_at >= start,
            ),
        )
        .order_by(Visit.checked_in_at, Visit.id)
    )
    label = _Labeller(anonymise_guests)
    rows = []
    for (
        visit,
        name,
        kind,
        org,
        birth,
        gone,
        b_name,
        b_kind,
        b_gone,
        c_name,
        c_kind,
        c_gone,
    ) in session.execute(query):
        person = label(visit.person_id, name, kind, org, gone is not None)
        assert person is not None
        rows.append(
            VisitRow(
                id=visit.id,
                person=person,
                birth_date=birth,
                area_id=visit.area_id,
                checked_in_at=visit.checked_in_at,
                checked_out_at=visit.checked_out_at,
                auto_closed=visit.auto_closed,
                corrected=visit.corrected,
                override=visit.override,
                in_by=visit.in_by,
                out_by=visit.out_by,
                brought_by=label(visit.brought_by_id, b_name, b_kind, None, b_gone is not None),
                collected_by=label(visit.collected_by_id, c_name, c_kind, None, c_gone is not None),
                pickup_code=visit.pickup_code,
                pickup_override=visit.pickup_override,
                expected_pickup_at=visit.expected_pickup_at,
                in_desk=visit.in_desk,
                out_desk=visit.out_desk,
            )
        )
    return rows


def load_notes(
    session: Session, rows: Sequence[VisitRow], since: datetime
) -> dict[int, list[Note]]:
    """Managers' written reasons (corrections, overrides) recorded for these visits."""
    visit_ids = {row.id for row in rows}
    person_ids = sorted({row.person.id for row in rows})
    notes: dict[int, list[Note]] = defaultdict(list)
    for chunk_start in range(0, len(person_ids), 500):
        chunk = person_ids[chunk_start : chunk_start + 500]
        events = session.execute(
            select(AuditEvent.action, AuditEvent.detail, AuditEvent.reason)
            .where(
                AuditEvent.subject_id.in_(chunk),
                AuditEvent.at >= since,
                AuditEvent.reason.is_not(None),
            )
            .order_by(AuditEvent.id)
        )
        for action, detail, reason in events:
            visit_id = json.loads(detail).get("visit")
            if visit_id in visit_ids and reason:
                notes[visit_id].append(Note(visit_id, action, reason))
    return dict(notes)


# ---------------------------------------------------------------- one day


def _floor_minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def elapsed_minutes(start: datetime, end: datetime) -> int:
    """Whole minutes between two instants as the sheet shows them (to the minute, real time)."""
    return max(0, round((_floor_minute(end) - _floor_minute(start)) / timedelta(minutes=1)))


def _clip(
    row: VisitRow, start: datetime, end: datetime, now: datetime, closing: datetime | None
) -> DayVisit:
    flags: set[Flag] = set()
    begin = row.checked_in_at
    if begin < start:
        begin = start
        flags.add(Flag.FROM_PREVIOUS_DAY)
    out = row.checked_out_at
    finish: datetime | None
    if out is None:
        flags.add(Flag.STILL_INSIDE)
        finish = None if now < end else end
        if now >= end:
            flags.add(Flag.TO_NEXT_DAY)
    elif out > end:
        finish = end
        flags.add(Flag.TO_NEXT_DAY)
    else:
        finish = out
    if row.auto_closed:
        flags.add(Flag.AUTO_CLOSED)
    if row.corrected:
        flags.add(Flag.CORRECTED)
    if row.override:
        flags.add(Flag.OVERRIDE)
    if row.pickup_override:
        flags.add(Flag.PICKUP_OVERRIDE)
    if row.person.kind is PersonKind.CHILD:
        if Flag.TO_NEXT_DAY in flags or (
            out is None and closing is not None and closing <= now and row.checked_in_at < closing
        ):
            flags.add(Flag.LEFT_AT_CLOSING)
        if Flag.FROM_PREVIOUS_DAY in flags:  # not collected the day before: late on this day too
            flags.update((Flag.LEFT_FROM_PREVIOUS_DAY, Flag.LATE_PICKUP))
        elif _late(row, now, closing):
            flags.add(Flag.LATE_PICKUP)
    minutes = elapsed_minutes(begin, finish if finish is not None else min(now, end))
    return DayVisit(row, begin, finish, minutes, frozenset(flags))


def _late(row: VisitRow, now: datetime, closing: datetime | None) -> bool:
    """A child collected after the expected pickup time or after closing time (or still inside
    past either)."""
    left = row.checked_out_at or now
    deadlines = [d for d in (row.expected_pickup_at, closing) if d is not None]
    return any(left > deadline and row.checked_in_at < deadline for deadline in deadlines)


def _overlaps(row: VisitRow, start: datetime, end: datetime, now: datetime) -> bool:
    """Whether the visit was under way during [start, end): an open visit lasts until `now`."""
    finish = row.checked_out_at or now
    return row.checked_in_at < end and (finish > start or row.checked_in_at >= start)


def _counted(area: AreaRef, visit: DayVisit) -> bool:
    """Who counts against the area's capacity: children only in a children's area."""
    return not area.for_children or visit.person.kind is PersonKind.CHILD


def _occupancy(
    visits: Iterable[DayVisit], start: datetime, end: datetime, now: datetime
) -> tuple[int, datetime | None, list[HourBucket]]:
    """Peak (and when first reached) and the peak of every real hour of [start, end)."""
    events: list[tuple[datetime, int]] = []
    for visit in visits:
        finish = visit.end if visit.end is not None else min(now, end)
        if finish <= visit.start and visit.end is not None:
            continue
        events.append((visit.start, 1))
        events.append((max(finish, visit.start), -1))
    events.sort(key=lambda e: (e[0], e[1]))  # leaving before arriving at the same instant
    buckets: list[HourBucket] = []
    seen_hours: set[int] = set()
    inside = peak = 0
    peak_at: datetime | None = None
    index = 0
    bucket_start = start
    while bucket_start < end:
        bucket_end = bucket_start + HOUR
        bucket_peak = inside
        while index < len(events) and events[index][0] < bucket_end:
            at, step = events[index]
            inside += step
            index += 1
            if inside > peak:
                peak, peak_at = inside, at
            bucket_peak = max(bucket_peak, inside)
        hour = to_local(bucket_start).hour
        buckets.append(HourBucket(bucket_start, hour, hour in seen_hours, bucket_peak))
        seen_hours.add(hour)
        bucket_start = bucket_end
    return peak, peak_at, buckets


def counts_for_stay(visit: DayVisit) -> bool:
    """Whether a visit's length says how long people stay: finished, and not closed by the
    closing routine (a forgotten check-out would stretch the average to closing time)."""
    return visit.end is not None and Flag.AUTO_CLOSED not in visit.flags


def _counts(visits: Sequence[DayVisit]) -> Counts:
    people: dict[int, PersonKind] = {v.person.id: v.person.kind for v in visits}
    kinds = Counter(people.values())
    stays = [
        v.minutes for v in visits if counts_for_stay(v) and v.person.kind is not PersonKind.STAFF
    ]

    def flagged(*flags: Flag) -> int:
        return sum(1 for v in visits if v.flags.intersection(flags))

    return Counts(
        visits=len(visits),
        people=len(people),
        kinds={kind: kinds[kind] for kind in PersonKind if kinds[kind]},
        average_minutes=round(sum(stays) / len(stays)) if stays else None,
        auto_closed=flagged(Flag.AUTO_CLOSED),
        corrected=flagged(Flag.CORRECTED),
        overrides=flagged(Flag.OVERRIDE, Flag.PICKUP_OVERRIDE),
        late_pickups=flagged(Flag.LATE_PICKUP),
    )


def build_day(
    day: date,
    rows: Sequence[VisitRow],
    areas: Sequence[AreaRef],
    *,
    now: datetime,
    opens: time | None = None,
    closes: time | None = None,
    notes: dict[int, list[Note]] | None = None,
    anonymised: bool = False,
) -> DaySheet:
    """The sheet's numbers for `day` from visit rows (rows outside the day are ignored)."""
    start, end = day_bounds(day)
    closing = local_instant(day, closes) if closes else None
    clipped = [
        _clip(row, start, end, now, closing) for row in rows if _overlaps(row, start, end, now)
    ]
    by_area: dict[int, list[DayVisit]] = defaultdict(list)
    for visit in clipped:
        by_area[visit.row.area_id].append(visit)
    area_days = []
    for area in areas:
        visits = sorted(by_area.get(area.id, []), key=lambda v: (v.start, v.row.id))
        counted = [v for v in visits if _counted(area, v)]
        peak, peak_at, hourly = _occupancy(counted, start, end, now)
        educators = (
            len({v.person.id for v in visits if v.person.kind is PersonKind.STAFF})
            if area.for_children
            else 0
        )
        area_days.append(AreaDay(area, visits, _counts(visits), peak, peak_at, hourly, educators))
    users = sorted({u for v in clipped for u in (v.row.in_by, v.row.out_by) if u})
    return DaySheet(
        day=day,
        start=start,
        end=end,
        now=now,
        opens=opens,
        closes=closes,
        areas=area_days,
        totals=_counts(clipped),
        desk_users=users,
        notes=notes or {},
        anonymised=anonymised,
    )


def day_sheet(
    db: Database, day: date, *, now: datetime, anonymise_guests: bool = False
) -> DaySheet:
    """Everything the daily attendance sheet shows for one venue day."""
    start, end = day_bounds(day)
    with db.read() as session:
        areas = list_report_areas(session)
        hours = opening_hours(session)
        rows = load_visits(session, start, end, anonymise_guests=anonymise_guests)
        notes = load_notes(session, rows, start)
    weekly = None if day in hours.closed_days else hours.weekly[day.weekday()]
    opens, closes = weekly if weekly else (None, None)
    return build_day(
        day,
        rows,
        areas,
        now=now,
        opens=opens,
        closes=closes,
        notes=notes,
        anonymised=anonymise_guests,
    )


def days_with_visits(db: Database, first: date, last: date) -> list[date]:
    """The days in [first, last] on which someone was inside."""
    start, _ = day_bounds(first)
    _, end = day_bounds(last)
    with db.read() as session:
        spans = session.execute(
            select(Visit.checked_in_at, Visit.checked_out_at).where(
                Visit.undone.is_(False),
                Visit.checked_in_at < end,
                or_(Visit.checked_out_at.is_(None), Visit.checked_out_at > start),
            )
        ).all()
    found: set[date] = set()
    for begin, finish in spans:
        current = max(to_local(begin).date(), first)
        final = min(to_local(finish).date() if finish else last, last)
        while current <= final:
            found.add(current)
            current += timedelta(days=1)
    return sorted(found)


# ---------------------------------------------------------------- a period


@dataclass(frozen=True)
class PeriodDay:
    day: date
    visits: dict[str, int]
    people: int
    peaks: dict[str, int]
    counts: Counts


@dataclass(frozen=True)
class AreaPattern:
    """Occupancy of an area by weekday (0 = Monday) and local hour over the open days."""

    area: AreaRef
    average: dict[tuple[int, int], float]
    peak: dict[tuple[int, int], int]

    def hours(self) -> list[int]:
        busy = sorted({hour for (_, hour), value in self.peak.items() if value > 0})
        return list(range(busy[0], busy[-1] + 1)) if busy else []

    def weekdays(self) -> list[int]:
        """The weekdays on which the area was used (a closed weekday has no row)."""
        return sorted({weekday for (weekday, _), value in self.average.items() if value >= 0.5})

    def by_hour(self) -> dict[int, tuple[float, int]]:
        """Per hour of day: the average over all days and the highest peak."""
        result: dict[int, tuple[float, int]] = {}
        for hour in self.hours():
            cells = [(w, h) for (w, h) in self.average if h == hour]
            result[hour] = (
                sum(self.average[c] for c in cells) / len(cells) if cells else 0.0,
                max((self.peak[c] for c in cells), default=0),
            )
        return result


@dataclass(frozen=True)
class PeriodReport:
    first: date
    last: date
    now: datetime
    areas: list[AreaRef]
    days: list[PeriodDay]
    totals: Counts
    patterns: list[AreaPattern]
    children: Counts
    visit_kinds: dict[PersonKind, int]

    @property
    def open_days(self) -> int:
        return sum(1 for d in self.days if d.counts.visits)

    def highest_peak(self, area_key: str) -> tuple[int, date | None]:
        best = max(
            self.days, key=lambda d: (d.peaks.get(area_key, 0), -d.day.toordinal()), default=None
        )
        if best is None or not best.peaks.get(area_key):
            return 0, None
        return best.peaks[area_key], best.day

    def busiest(self, count: int = 5) -> list[PeriodDay]:
        ranked = sorted(self.days, key=lambda d: (-d.counts.visits, d.day))
        return [d for d in ranked[:count] if d.counts.visits]


def _pattern(area: AreaRef, sheets: Sequence[DaySheet]) -> AreaPattern:
    sums: dict[tuple[int, int], list[int]] = defaultdict(list)
    for sheet in sheets:
        area_day = next(a for a in sheet.areas if a.area.id == area.id)
        per_hour: dict[int, int] = {}
        for bucket in area_day.hourly:
            per_hour[bucket.hour] = max(per_hour.get(bucket.hour, 0), bucket.peak)
        for hour, value in per_hour.items():
            sums[(sheet.day.weekday(), hour)].append(value)
    return AreaPattern(
        area,
        {cell: sum(values) / len(values) for cell, values in sums.items()},
        {cell: max(values) for cell, values in sums.items()},
    )


def period_report(db: Database, first: date, last: date, *, now: datetime) -> PeriodReport:
    """Aggregates over [first, last]: per day, by weekday and hour, people kinds, children."""
    start, _ = day_bounds(first)
    _, end = day_bounds(last)
    with db.read() as session:
        areas = list_report_areas(session)
        hours = opening_hours(session)
        rows = load_visits(session, start, end)
    sheets: list[DaySheet] = []
    day = first
    while day <= last:
        weekly = None if day in hours.closed_days else hours.weekly[day.weekday()]
        opens, closes = weekly if weekly else (None, None)
        sheets.append(build_day(day, rows, areas, now=now, opens=opens, closes=closes))
        day += timedelta(days=1)
    open_days = [s for s in sheets if s.visit_count]
    days = [
        PeriodDay(
            s.day,
            {a.area.key: len(a.visits) for a in s.areas},
            s.totals.people,
            {a.area.key: a.peak for a in s.areas},
            s.totals,
        )
        for s in sheets
    ]
    # A visit across midnight counts once in the period (its first day's part).
    parts = (visit for sheet in sheets for area in sheet.areas for visit in area.visits)
    whole = list({visit.row.id: visit for visit in reversed(list(parts))}.values())
    children = [v for v in whole if v.person.kind is PersonKind.CHILD]
    visit_kinds = Counter(v.person.kind for v in whole)
    return PeriodReport(
        first=first,
        last=last,
        now=now,
        areas=areas,
        days=days,
        totals=_counts(whole),
        patterns=[_pattern(area, open_days) for area in areas],
        children=_counts(children),
        visit_kinds={kind: visit_kinds[kind] for kind in PersonKind if visit_kinds[kind]},
    )


# ---------------------------------------------------------------- export


def export_rows(db: Database, first: date, last: date) -> list[tuple[VisitRow, str]]:
    """Every visit overlapping [first, last] whole (not clipped), with its area's key."""
    start, _ = day_bounds(first)
    _, end = day_bounds(last)
    with db.read() as session:
        keys = {a.id: a.key for a in list_report_areas(session)}
        rows = load_visits(session, start, end)
    return [(row, keys[row.area_id]) for row in rows]


def row_flags(row: VisitRow) -> list[Flag]:
    """The flags of a whole visit, in the sheet's order."""
    found = {
        Flag.AUTO_CLOSED: row.auto_closed,
        Flag.CORRECTED: row.corrected,
        Flag.OVERRIDE: row.override,
        Flag.PICKUP_OVERRIDE: row.pickup_override,
        Flag.STILL_INSIDE: row.checked_out_at is None,
    }
    return [flag for flag, present in found.items() if present]
