"""Coworking plans: what a person is entitled to, and which of their days used an entry.

Pure rules (no session, no clock): the services hand in a person's plan history and the local
days on which they checked in to an area the plan covers, and get back, for each day, whether it
used an entry or went over the plan, and for any day what is left.

- A day with a check-in in the plan's area(s) uses one entry; a second visit that day uses none.
  A stay past midnight uses the entry of the day it began (the check-in is what is paid for).
- `unlimited` and `days-per-month N` count per calendar month; a `carnet N` and a `day-pass`
  count over their validity (`valid_days` from the start, or up to an explicit end date).
- Entries a manager adds (`Adjustment`) count in their month for a monthly plan, over the whole
  validity for a carnet or a day pass.
- The plan in force on a day is the latest one started on or before it. A day after that plan's
  expiry goes over the plan (the person came on an expired plan); a day before any plan uses none.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP

MAX_ENTRIES = (
    10_000  # a carnet, a day count, an adjustment or a number of seats beyond this is a typo
)
MAX_VALID_DAYS = 3660


class PlanKind(StrEnum):
    UNLIMITED = "unlimited"
    DAYS_PER_MONTH = "days-per-month"
    CARNET = "carnet"
    DAY_PASS = "day-pass"

    @property
    def label(self) -> str:
        """English source label, translated under the "PlanKind" context."""
        return _KIND_LABELS[self]


_KIND_LABELS = {
    PlanKind.UNLIMITED: QT_TRANSLATE_NOOP("PlanKind", "Unlimited"),
    PlanKind.DAYS_PER_MONTH: QT_TRANSLATE_NOOP("PlanKind", "Days per month"),
    PlanKind.CARNET: QT_TRANSLATE_NOOP("PlanKind", "Carnet"),
    PlanKind.DAY_PASS: QT_TRANSLATE_NOOP("PlanKind", "Day pass"),
}


class DayUse(StrEnum):
    ENTRY = "entry"  # the day used one of the plan's entries
    OVER = "over"  # the day went over the plan: nothing left, or the plan had expired
    NO_PLAN = "no_plan"  # no plan had started yet


class State(StrEnum):
    OK = "ok"
    EXHAUSTED = "exhausted"  # nothing left for a new day
    EXPIRED = "expired"
    NO_PLAN = "no_plan"


@dataclass(frozen=True)
class PlanRules:
    """A plan as a manager configured it. `area` None: any adult area."""

    name: str
    kind: PlanKind
    days: int | None = None  # days-per-month
    entries: int | None = None  # carnet
    valid_days: int | None = None  # carnet, day pass (a day pass: 1 when not given)
    area: str | None = None


def checked_rules(rules: PlanRules) -> PlanRules:
    """The plan when its numbers fit its kind, else refused with what is missing."""
    if rules.kind is PlanKind.DAYS_PER_MONTH and not rules.days:
        raise Refusal(
            "plan_needs_days",
            QT_TRANSLATE_NOOP("Refusal", "A days-per-month plan needs --days N (1 to 31)."),
        )
    if rules.days is not None and not 1 <= rules.days <= 31:
        raise Refusal(
            "plan_days_range", QT_TRANSLATE_NOOP("Refusal", "--days must be between 1 and 31.")
        )
    if rules.kind is PlanKind.CARNET and not rules.entries:
        raise Refusal(
            "plan_needs_entries",
            QT_TRANSLATE_NOOP("Refusal", "A carnet needs --entries N (how many entries)."),
        )
    for value in (rules.entries, rules.valid_days):
        if value is not None and not 1 <= value <= MAX_ENTRIES:
            raise Refusal(
                "plan_number_range",
                QT_TRANSLATE_NOOP(
                    "Refusal", "{value} is not a number of entries or days (1 to {limit})."
                ),
                value=value,
                limit=MAX_ENTRIES,
            )
    if rules.valid_days is not None and rules.valid_days > MAX_VALID_DAYS:
        raise Refusal(
            "plan_validity_range",
            QT_TRANSLATE_NOOP("Refusal", "A plan is valid for at most {limit} days."),
            limit=MAX_VALID_DAYS,
        )
    return rules


@dataclass(frozen=True)
class Adjustment:
    """Entries a manager added (or took back, when negative) on a day."""

    on: date
    entries: int


@dataclass(frozen=True)
class Assignment:
    """One plan a person had, from `starts_on` to `ends_on` (inclusive; None: open-ended)."""

    id: int
    plan: PlanRules
    starts_on: date
    ends_on: date | None = None
    adjustments: tuple[Adjustment, ...] = field(default=())

    @property
    def expires_on(self) -> date | None:
        """The last day the plan holds: its end date when it has one (a manager extending a
        carnet sets it), else for a carnet or a day pass the last day of its validity."""
        if self.ends_on is not None:
            return self.ends_on
        valid = self.plan.valid_days
        if self.plan.kind is PlanKind.DAY_PASS and valid is None:
            valid = 1
        if self.plan.kind in (PlanKind.CARNET, PlanKind.DAY_PASS) and valid is not None:
            return self.starts_on + timedelta(days=valid - 1)
        return None

    @property
    def monthly(self) -> bool:
        return self.plan.kind in (PlanKind.UNLIMITED, PlanKind.DAYS_PER_MONTH)

    def period(self, day: date) -> tuple[int, int] | None:
        """What a day counts against: its month for a monthly plan, the whole plan otherwise."""
        return (day.year, day.month) if self.monthly else None

    def allowance(self, period: tuple[int, int] | None) -> int | None:
        """Entries the plan gives in `period` (None: no limit)."""
        kind = self.plan.kind
        if kind is PlanKind.UNLIMITED:
            return None
        base = {
            PlanKind.DAYS_PER_MONTH: self.plan.days or 0,
            PlanKind.CARNET: self.plan.entries or 0,
            PlanKind.DAY_PASS: 1,
        }[kind]
        added = sum(a.entries for a in self.adjustments if self.period(a.on) == period)
        return max(0, base + added)


def in_force(assignments: Sequence[Assignment], day: date) -> Assignment | None:
    """The plan in force on `day`: the latest one started on or before it."""
    found: Assignment | None = None
    for assignment in assignments:
        if assignment.starts_on <= day and (
            found is None or (assignment.starts_on, assignment.id) > (found.starts_on, found.id)
        ):
            found = assignment
    return found


def classify(assignments: Sequence[Assignment], days: Iterable[date]) -> dict[date, DayUse]:
    """For each local day with a check-in (duplicates count once), whether it used an entry,
    went over the plan, or came before any plan. Days are counted in date order."""
    used: dict[tuple[int, tuple[int, int] | None], int] = {}
    uses: dict[date, DayUse] = {}
    for day in sorted(set(days)):
        assignment = in_force(assignments, day)
        if assignment is None:
            uses[day] = DayUse.NO_PLAN
            continue
        expiry = assignment.expires_on
        if expiry is not None and day > expiry:
            uses[day] = DayUse.OVER
            continue
        period = assignment.period(day)
        allowance = assignment.allowance(period)
        key = (assignment.id, period)
        if allowance is not None and used.get(key, 0) >= allowance:
            uses[day] = DayUse.OVER
            continue
        used[key] = used.get(key, 0) + 1
        uses[day] = DayUse.ENTRY
    return uses


@dataclass(frozen=True)
class Standing:
    """What a person's plan says on one day: the plan, entries used and left in the current
    period (a month, or the carnet), whether a new day would go over, and that day's own use."""

    state: State
    plan: PlanRules | None = None
    used: int = 0
    allowance: int | None = None  # None: no limit
    expires_on: date | None = None
    today: DayUse | None = None  # the day's use when it already has a check-in

    @property
    def left(self) -> int | None:
        return None if self.allowance is None else max(0, self.allowance - self.used)

    @property
    def over(self) -> bool:
        """The day goes over the plan: it did already, or a check-in now would."""
        if self.today is not None:
            return self.today is DayUse.OVER
        return self.state in (State.EXHAUSTED, State.EXPIRED)

    def admitted(self) -> Standing:
        """The standing once a check-in on the day is recorded: the day's first check-in uses
        an entry, or goes over the plan; a second one changes nothing."""
        if self.today is not None or self.state is State.NO_PLAN:
            return self
        if self.over:
            return replace(self, today=DayUse.OVER)
        return replace(self, used=self.used + 1, today=DayUse.ENTRY)


def standing(assignments: Sequence[Assignment], days: Iterable[date], day: date) -> Standing:
    """The person's standing on `day`, given every day they checked in (before and on it)."""
    counted = [d for d in set(days) if d <= day]
    assignment = in_force(assignments, day)
    if assignment is None:
        return Standing(State.NO_PLAN)
    uses = classify(assignments, counted)
    period = assignment.period(day)
    in_period = [
        d
        for d, use in uses.items()
        if use is DayUse.ENTRY
        and in_force(assignments, d) == assignment
        and assignment.period(d) == period
    ]
    allowance = assignment.allowance(period)
    expiry = assignment.expires_on
    if expiry is not None and day > expiry:
        state = State.EXPIRED
    elif allowance is not None and (
        uses.get(day) is DayUse.OVER or (day not in uses and len(in_period) >= allowance)
    ):
        state = State.EXHAUSTED
    else:
        state = State.OK
    return Standing(
        state,
        assignment.plan,
        used=len(in_period),
        allowance=allowance,
        expires_on=expiry,
        today=uses.get(day),
    )


@dataclass(frozen=True)
class MonthUse:
    """One person's month against their plans: days that used an entry, days over the plan,
    and entries left at the month's end (None: no limit or no plan)."""

    entries: int
    over: int
    left: int | None


def month_use(
    assignments: Sequence[Assignment], days: Iterable[date], first: date, last: date
) -> MonthUse:
    """Entries used and days over within [first, last] (one month), and what is left on `last`
    (counting every earlier day: a carnet bought in March is used up in April)."""
    all_days = [d for d in set(days) if d <= last]
    uses = classify(assignments, all_days)
    inside = [use for d, use in uses.items() if first <= d <= last]
    end = standing(assignments, all_days, last)
    left = end.left if end.state is not State.NO_PLAN else None
    if end.state is State.EXPIRED:
        left = 0
    return MonthUse(
        entries=sum(1 for use in inside if use is DayUse.ENTRY),
        over=sum(1 for use in inside if use is DayUse.OVER),
        left=left,
    )


def seats_over(occupied_by_others: int, seats: int) -> bool:
    """An organisation's seats work like capacity: one more person inside would exceed them."""
    return occupied_by_others >= seats


def peak_concurrent(intervals: Iterable[tuple[float, float]]) -> int:
    """The most intervals open at once ([start, end), ends before starts at the same instant)."""
    points: list[tuple[float, int]] = []
    for start, end in intervals:
        if end > start:
            points.append((start, 1))
            points.append((end, -1))
    points.sort(key=lambda p: (p[0], p[1]))
    peak = current = 0
    for _, step in points:
        current += step
        peak = max(peak, current)
    return peak
