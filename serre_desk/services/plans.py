"""Coworking plans: configuring them, giving them to people and organisations, and what a person
is entitled to at a given instant (`entitlement`).

Usage is derived from visits, never counted: each local day with a check-in in the plan's
area(s) uses one entry (`domain.plans`). A corrected time, an undone check-in or a visit moved to
another area therefore gives entries back, or takes them, by construction. Entries a manager adds
on the spot are stored adjustments with the reason in the audit log.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    FromClause,
    Table,
    bindparam,
    func,
    literal_column,
    select,
)
from sqlalchemy.orm import Session

from serre_desk.clock import as_utc, day_bounds, local_date
from serre_desk.domain.errors import NotFound, Refusal
from serre_desk.domain.names import clean_name, search_key
from serre_desk.domain.people import PersonKind
from serre_desk.domain.plans import (
    MAX_ENTRIES,
    Adjustment,
    Assignment,
    PlanKind,
    PlanRules,
    Standing,
    State,
    checked_rules,
    in_force,
    seats_over,
    standing,
)
from serre_desk.i18n import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, translate, translate_n
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.permissions import require_manager, require_reason
from serre_desk.services.person_row import load_person, lock_person
from serre_desk.services.settings_store import get_setting, put_setting
from serre_desk.storage.database import Database
from serre_desk.storage.models import (
    Area,
    OrganisationSeats,
    Person,
    PersonPlan,
    Plan,
    PlanAdjustment,
    Setting,
    Visit,
)

REFUSE_OVER_KEY = "plans.refuse_over_plan"
ANY_ADULT_AREA = "adults"  # `--area adults`: the plan holds in every adult area


# --- plans ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanInfo:
    id: int
    rules: PlanRules

    @property
    def name(self) -> str:
        return self.rules.name


def _rules(plan: Plan) -> PlanRules:
    return PlanRules(
        name=plan.name,
        kind=PlanKind(plan.kind),
        days=plan.days,
        entries=plan.entries,
        valid_days=plan.valid_days,
        area=plan.area_key,
    )


def _info(plan: Plan) -> PlanInfo:
    return PlanInfo(plan.id, _rules(plan))


def _unknown_plan(name: str) -> NotFound:
    return NotFound(
        "unknown_plan", QT_TRANSLATE_NOOP("Refusal", "There is no plan {name!r}."), name=name
    )


def _find_plan(session: Session, name: str) -> Plan:
    plan = session.scalar(select(Plan).where(Plan.name == name.strip()))
    if plan is None:
        key = search_key(name)
        for candidate in session.scalars(select(Plan)):
            if search_key(candidate.name) == key:
                return candidate
        raise _unknown_plan(name)
    return plan


def _area_key(session: Session, key: str | None) -> str | None:
    """The plan's area as stored: None for any adult area, else an adult area's key."""
    if key is None or key == ANY_ADULT_AREA:
        return None
    area = session.scalar(select(Area).where(Area.key == key))
    if area is None:
        raise NotFound(
            "unknown_area", QT_TRANSLATE_NOOP("Refusal", "There is no area {key!r}."), key=key
        )
    if area.for_children:
        raise Refusal(
            "plan_area_children",
            QT_TRANSLATE_NOOP("Refusal", "A plan holds in adult areas, not in {key!r}."),
            key=key,
        )
    return key


def add_plan(db: Database, actor: Actor, rules: PlanRules, *, now: datetime) -> PlanInfo:
    require_manager(actor)
    rules = checked_rules(rules)
    name = clean_name(rules.name)
    with db.write() as session:
        if session.scalar(select(Plan.id).where(Plan.name == name)) is not None:
            raise Refusal(
                "plan_exists",
                QT_TRANSLATE_NOOP("Refusal", "A plan named {name!r} exists already."),
                name=name,
            )
        plan = Plan(
            name=name,
            kind=rules.kind.value,
            days=rules.days,
            entries=rules.entries,
            valid_days=rules.valid_days,
            area_key=_area_key(session, rules.area),
            created_at=as_utc(now),
        )
        session.add(plan)
        session.flush()
        record(session, actor, now, "plan", None, what="plan_added", **_plan_detail(plan))
        return _info(plan)


def _plan_detail(plan: Plan) -> dict[str, Any]:
    return {
        "plan": plan.name,
        "kind": plan.kind,
        "days": plan.days,
        "entries": plan.entries,
        "valid_days": plan.valid_days,
        "area": plan.area_key,
    }


@dataclass(frozen=True)
class PlanChanges:
    """What `edit_plan` changes; None leaves a field as it is."""

    name: str | None = None
    kind: PlanKind | None = None
    days: int | None = None
    entries: int | None = None
    valid_days: int | None = None
    area: str | None = None


def edit_plan(
    db: Database, actor: Actor, name: str, changes: PlanChanges, *, now: datetime
) -> PlanInfo:
    require_manager(actor)
    with db.write() as session:
        plan = _find_plan(session, name)
        old = _rules(plan)
        kind = changes.kind or old.kind
        rules = checked_rules(
            PlanRules(
                name=clean_name(changes.name) if changes.name is not None else old.name,
                kind=kind,
                days=changes.days if changes.days is not None else old.days,
                entries=changes.entries if changes.entries is not None else old.entries,
                valid_days=changes.valid_days if changes.valid_days is not None else old.valid_days,
                area=old.area if changes.area is None else changes.area,
            )
        )
        if rules.name != plan.name and session.scalar(
            select(Plan.id).where(Plan.name == rules.name)
        ):
            raise Refusal(
                "plan_exists",
                QT_TRANSLATE_NOOP("Refusal", "A plan named {name!r} exists already."),
                name=rules.name,
            )
        plan.name = rules.name
        plan.kind = rules.kind.value
        plan.days = rules.days if kind is PlanKind.DAYS_PER_MONTH else None
        plan.entries = rules.entries if kind is PlanKind.CARNET else None
        plan.valid_days = rules.valid_days if kind in (PlanKind.CARNET, PlanKind.DAY_PASS) else None
        plan.area_key = _area_key(session, rules.area)
        session.flush()
        record(
            session,
            actor,
            now,
            "plan",
            None,
            what="plan_edited",
            was=old.name,
            **_plan_detail(plan),
        )
        return _info(plan)


def list_plans(db: Database) -> list[PlanInfo]:
    with db.read() as session:
        return [_info(p) for p in session.scalars(select(Plan).order_by(Plan.name))]


# --- refusing over the plan ---------------------------------------------------------------------


def refuses_over_plan(session: Session) -> bool:
    """Whether a check-in over the plan (nothing left, expired) is refused; else it goes ahead
    with a warning (the default)."""
    return get_setting(session, REFUSE_OVER_KEY, False) is True


def set_refuse_over_plan(db: Database, actor: Actor, refuse: bool, *, now: datetime) -> None:
    require_manager(actor)
    with db.write() as session:
        put_setting(session, REFUSE_OVER_KEY, refuse)
        record(session, actor, now, "setting", None, key=REFUSE_OVER_KEY, value=refuse)


# --- people's plans -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonPlanInfo:
    id: int
    person_id: int
    plan: PlanRules
    starts_on: date
    ends_on: date | None
    expires_on: date | None
    added_entries: int = 0


def _load_person(session: Session, person_id: int) -> Person:
    person = load_person(session, person_id)
    if person.kind == PersonKind.CHILD.value:
        raise Refusal(
            "plan_for_adults",
            QT_TRANSLATE_NOOP("Refusal", "Plans are for adults: a child needs none."),
        )
    return person


def set_person_plan(
    db: Database,
    actor: Actor,
    person_id: int,
    plan_name: str,
    *,
    now: datetime,
    starts_on: date | None = None,
    ends_on: date | None = None,
) -> PersonPlanInfo:
    """Give a person a plan from `starts_on` (default today). The plan they had ends the day
    before; its history stays. The plan they have again, without another start date, changes
    only its end (when given): a manager extending a carnet or a subscription on the spot."""
    require_manager(actor)
    with db.write() as session:
        lock_person(session, person_id, now)  # two desks giving a plan at once: one after the other
        _load_person(session, person_id)
        row, plan, _ = assign_plan(
            session, actor, person_id, plan_name, now=now, starts_on=starts_on, ends_on=ends_on
        )
        return _person_plan_info(session, row, plan)


def assign_plan(
    session: Session,
    actor: Actor,
    person_id: int,
    plan_name: str,
    *,
    now: datetime,
    starts_on: date | None = None,
    ends_on: date | None = None,
) -> tuple[PersonPlan, Plan, bool]:
    """`set_person_plan` inside the caller's transaction (an import runs it per row): the
    person's plan row, the plan, and whether anything changed (giving the plan someone has, with
    the same dates, changes nothing)."""
    plan = _find_plan(session, plan_name)
    today = local_date(now)
    history = _assignment_rows(session, [person_id]).get(person_id, [])
    current = in_force([a for a, _ in history], starts_on or today)
    same_start = starts_on is None or (current is not None and current.starts_on == starts_on)
    if current is not None and same_start and current.plan.name == plan.name:
        row = session.get(PersonPlan, current.id)
        assert row is not None
        if ends_on is None or ends_on == row.ends_on:
            return row, plan, False
        if ends_on < row.starts_on:
            raise _ends_before_start(row.starts_on, ends_on)
        was = row.ends_on
        row.ends_on = ends_on
        record(
            session,
            actor,
            now,
            "plan",
            person_id,
            what="plan_extended",
            plan=plan.name,
            ends_on=ends_on.isoformat(),
            was=was.isoformat() if was else None,
        )
        session.flush()
        return row, plan, True
    start = starts_on or today
    if ends_on is not None and ends_on < start:
        raise _ends_before_start(start, ends_on)
    for earlier, _ in history:  # plans running on or past the new start end the day before
        if earlier.starts_on >= start:
            continue
        if earlier.expires_on is None or earlier.expires_on >= start:
            earlier_row = session.get(PersonPlan, earlier.id)
            assert earlier_row is not None
            earlier_row.ends_on = start - timedelta(days=1)
    row = PersonPlan(
        person_id=person_id,
        plan_id=plan.id,
        starts_on=start,
        ends_on=ends_on,
        created_at=as_utc(now),
    )
    session.add(row)
    session.flush()
    record(
        session,
        actor,
        now,
        "plan",
        person_id,
        what="person_plan",
        plan=plan.name,
        starts_on=start.isoformat(),
        ends_on=ends_on.isoformat() if ends_on else None,
    )
    return row, plan, True


def find_plan(session: Session, name: str) -> PlanInfo:
    """The plan named `name` (accents and case aside), else refused."""
    return _info(_find_plan(session, name))


def _ends_before_start(start: date, end: date) -> Refusal:
    return Refusal(
        "plan_ends_before_start",
        QT_TRANSLATE_NOOP("Refusal", "The plan would end ({end}) before it starts ({start})."),
        start=start.isoformat(),
        end=end.isoformat(),
    )


def _person_plan_info(session: Session, row: PersonPlan, plan: Plan) -> PersonPlanInfo:
    added = [
        Adjustment(a.on_day, a.entries)
        for a in session.scalars(
            select(PlanAdjustment).where(PlanAdjustment.person_plan_id == row.id)
        )
    ]
    assignment = Assignment(row.id, _rules(plan), row.starts_on, row.ends_on, tuple(added))
    return PersonPlanInfo(
        row.id,
        row.person_id,
        assignment.plan,
        row.starts_on,
        row.ends_on,
        assignment.expires_on,
        sum(a.entries for a in added),
    )


def plan_history(db: Database, person_id: int) -> list[PersonPlanInfo]:
    """The person's plans, oldest first."""
    with db.read() as session:
        rows = _assignment_rows(session, [person_id]).get(person_id, [])
        return [
            PersonPlanInfo(
                a.id,
                person_id,
                a.plan,
                a.starts_on,
                a.ends_on,
                a.expires_on,
                sum(x.entries for x in a.adjustments),
            )
            for a, _ in rows
        ]


def add_entries(
    db: Database,
    actor: Actor,
    person_id: int,
    entries: int,
    reason: str | None,
    *,
    now: datetime,
) -> Entitlement:
    """A manager adds entries (or takes some back, when negative) to the person's plan in force:
    for the month of `now` on a monthly plan, to the carnet otherwise. Audited with the reason."""
    require_manager(actor)
    reason = require_reason(reason)
    if entries == 0 or abs(entries) > MAX_ENTRIES:
        raise Refusal(
            "entries_range",
            QT_TRANSLATE_NOOP("Refusal", "Add between 1 and {limit} entries (or take some back)."),
            limit=MAX_ENTRIES,
        )
    today = local_date(now)
    with db.write() as session:
        current = _locked_plan_in_force(session, person_id, now)
        if current.plan.kind is PlanKind.UNLIMITED:
            raise Refusal(
                "plan_unlimited",
                QT_TRANSLATE_NOOP("Refusal", "An unlimited plan needs no entries."),
            )
        session.add(
            PlanAdjustment(person_plan_id=current.id, on_day=today, entries=entries, at=as_utc(now))
        )
        session.flush()
        record(
            session,
            actor,
            now,
            "plan",
            person_id,
            reason,
            what="entries_added",
            plan=current.plan.name,
            entries=entries,
        )
        return entitlement(session, person_id, now)


def _locked_plan_in_force(session: Session, person_id: int, now: datetime) -> Assignment:
    """The person's plan in force on `now`'s day, their row locked first (a manager's change to
    it is decided once, whatever other desk asks at the same instant); refused without one."""
    lock_person(session, person_id, now)
    _load_person(session, person_id)
    history = _assignment_rows(session, [person_id]).get(person_id, [])
    current = in_force([a for a, _ in history], local_date(now))
    if current is None:
        raise Refusal(
            "no_plan",
            QT_TRANSLATE_NOOP("Refusal", "This person has no plan: give them one first."),
        )
    return current


def extend_plan(
    db: Database,
    actor: Actor,
    person_id: int,
    until: date,
    reason: str | None,
    *,
    now: datetime,
) -> Entitlement:
    """A manager extends the person's plan in force to `until` (inclusive) on the spot: an
    expired carnet or day pass holds again, a subscription runs longer. Audited with the reason."""
    require_manager(actor)
    reason = require_reason(reason)
    with db.write() as session:
        current = _locked_plan_in_force(session, person_id, now)
        if until < current.starts_on:
            raise _ends_before_start(current.starts_on, until)
        row = session.get(PersonPlan, current.id)
        assert row is not None
        was = current.expires_on
        row.ends_on = until
        session.flush()
        record(
            session,
            actor,
            now,
            "plan",
            person_id,
            reason,
            what="plan_extended",
            plan=current.plan.name,
            ends_on=until.isoformat(),
            was=was.isoformat() if was else None,
        )
        return entitlement(session, person_id, now)


# --- organisations ------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationInfo:
    organisation: str
    seats: int
    plan: str | None


def set_org_seats(
    db: Database,
    actor: Actor,
    organisation: str,
    seats: int,
    *,
    now: datetime,
    plan_name: str | None = None,
) -> OrganisationInfo:
    """The seats an organisation bought (0 takes them away), shared by its people who have no
    plan of their own."""
    require_manager(actor)
    name = clean_name(organisation)
    if not 0 <= seats <= MAX_ENTRIES:
        raise Refusal(
            "seats_range",
            QT_TRANSLATE_NOOP("Refusal", "Seats go from 0 to {limit}."),
            limit=MAX_ENTRIES,
        )
    key = search_key(name)
    with db.write() as session:
        plan = _find_plan(session, plan_name) if plan_name else None
        row = session.scalar(select(OrganisationSeats).where(OrganisationSeats.org_key == key))
        if row is None:
            row = OrganisationSeats(org_key=key, organisation=name, seats=seats)
            session.add(row)
        row.organisation = name
        row.seats = seats
        if plan is not None:
            row.plan_id = plan.id
        session.flush()
        plan_row = session.get(Plan, row.plan_id) if row.plan_id else None
        record(
            session,
            actor,
            now,
            "plan",
            None,
            what="org_seats",
            organisation=name,
            seats=seats,
            plan=plan_row.name if plan_row else None,
        )
        return OrganisationInfo(name, seats, plan_row.name if plan_row else None)


def list_org_seats(db: Database) -> list[OrganisationInfo]:
    with db.read() as session:
        query = (
            select(OrganisationSeats, Plan.name)
            .outerjoin(Plan, Plan.id == OrganisationSeats.plan_id)
            .order_by(OrganisationSeats.org_key)
        )
        return [
            OrganisationInfo(o.organisation, o.seats, name) for o, name in session.execute(query)
        ]


# --- reading plans and check-ins ----------------------------------------------------------------


def _assignment_rows(
    session: Session, person_ids: Iterable[int]
) -> dict[int, list[tuple[Assignment, PersonPlan]]]:
    """Each person's plan history (with the entries added), oldest first."""
    ids = list(person_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(PersonPlan, Plan)
        .join(Plan, Plan.id == PersonPlan.plan_id)
        .where(PersonPlan.person_id.in_(ids))
        .order_by(PersonPlan.person_id, PersonPlan.starts_on, PersonPlan.id)
    ).all()
    added: dict[int, list[Adjustment]] = {}
    if rows:
        for adjustment in session.scalars(
            select(PlanAdjustment).where(
                PlanAdjustment.person_plan_id.in_([row.id for row, _ in rows])
            )
        ):
            added.setdefault(adjustment.person_plan_id, []).append(
                Adjustment(adjustment.on_day, adjustment.entries)
            )
    history: dict[int, list[tuple[Assignment, PersonPlan]]] = {}
    for row, plan in rows:
        assignment = Assignment(
            row.id, _rules(plan), row.starts_on, row.ends_on, tuple(added.get(row.id, ()))
        )
        history.setdefault(row.person_id, []).append((assignment, row))
    return history


def assignments_of(session: Session, person_ids: Iterable[int]) -> dict[int, list[Assignment]]:
    return {
        pid: [a for a, _ in rows] for pid, rows in _assignment_rows(session, person_ids).items()
    }


def check_in_days(
    session: Session,
    assignments: dict[int, list[Assignment]],
    start: datetime,
    end: datetime,
) -> dict[int, set[date]]:
    """Per person, the local days in [start, end) on which they checked in (visits not undone)
    to an area their plan in force that day covers."""
    if not assignments:
        return {}
    rows = session.execute(
        select(Visit.person_id, Visit.checked_in_at, Area.key)
        .join(Area, Area.id == Visit.area_id)
        .where(
            Visit.person_id.in_(list(assignments)),
            Visit.undone.is_(False),
            Area.for_children.is_(False),
            Visit.checked_in_at >= start,
            Visit.checked_in_at < end,
        )
    ).all()
    days: dict[int, set[date]] = {pid: set() for pid in assignments}
    for person_id, checked_in_at, area_key in rows:
        day = local_date(checked_in_at)
        plan = in_force(assignments[person_id], day)
        if plan is not None and plan.plan.area not in (None, area_key):
            continue
        days[person_id].add(day)
    return days


def counting_since(assignment: Assignment, day: date) -> date:
    """The first day whose check-ins count for the plan in force on `day`."""
    if assignment.monthly:
        return max(assignment.starts_on, day.replace(day=1))
    return assignment.starts_on


# --- what is left -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Seats:
    organisation: str
    seats: int
    taken: int  # people of the organisation on its seats inside now
    key: str = ""  # `OrganisationSeats.org_key`: what a check-in on a seat records on its visit


@dataclass(frozen=True)
class Entitlement:
    """What a person's plan gives them at an instant, for the banner, the card and the desk."""

    person_id: int
    standing: Standing
    seats: Seats | None = None
    refuse: bool = False  # the venue refuses a check-in over the plan
    inside: bool = False  # the person is inside an adult area now (counted in the seats)
    in_scope: bool = True  # False: a check-in to an area the plan does not cover (no entry)

    @property
    def has_plan(self) -> bool:
        return self.standing.state is not State.NO_PLAN or self.seats is not None

    @property
    def seats_full(self) -> bool:
        """One more person of the organisation would exceed its seats (this person not inside)."""
        if self.seats is None:
            return False
        others = self.seats.taken - (1 if self.inside else 0)
        return seats_over(others, self.seats.seats)

    @property
    def over(self) -> bool:
        return self.standing.over or self.seats_full

    def admitted(self, area_key: str) -> Entitlement:
        """What the plan gives once this person's check-in to `area_key` is recorded: an entry
        used (or the day over the plan) when the plan covers the area, a seat taken."""
        plan = self.standing.plan
        covered = plan is None or plan.area in (None, area_key)
        seats = self.seats
        if seats is not None and not self.inside:
            seats = replace(seats, taken=seats.taken + 1)
        return replace(
            self,
            standing=self.standing.admitted() if covered else self.standing,
            seats=seats,
            inside=True,
            in_scope=covered,
        )

    def line(self, lang: str | None = None) -> str:
        """What is left, in words: "Carnet: 3 ingressi su 10", "Giorni questo mese: 7 di 8",
        "Pixel & Co.: 4 posti su 5 occupati"; empty without a plan."""
        parts = []
        s = self.standing
        if s.plan is not None:
            kind = s.plan.kind
            if kind is PlanKind.UNLIMITED:
                parts.append(translate_n("Plan", _UNLIMITED_LINE, s.used, lang))
            elif kind is PlanKind.DAYS_PER_MONTH:
                parts.append(
                    translate("Plan", _DAYS_LINE, lang).format(used=s.used, days=s.allowance)
                )
            else:
                text = _CARNET_LINE if kind is PlanKind.CARNET else _DAY_PASS_LINE
                parts.append(translate("Plan", text, lang).format(left=s.left, total=s.allowance))
        if self.seats is not None:
            parts.append(
                translate("Plan", _SEATS_LINE, lang).format(
                    org=self.seats.organisation, taken=self.seats.taken, seats=self.seats.seats
                )
            )
        return " · ".join(parts)

    def warning(self, lang: str | None = None) -> str | None:
        """Why the day goes over the plan, and what can be done; None when it does not."""
        s = self.standing
        if s.plan is not None and s.over and self.in_scope:
            label = translate("PlanKind", s.plan.kind.label, lang)
            if s.state is State.EXPIRED and s.expires_on is not None:
                return translate("Plan", _EXPIRED, lang).format(
                    plan=label, day=s.expires_on.strftime("%d/%m/%Y")
                )
            return translate("Plan", _EXHAUSTED, lang).format(plan=label)
        if self.seats_full and self.seats is not None:
            return translate("Plan", _SEATS_FULL, lang).format(
                org=self.seats.organisation, seats=self.seats.seats
            )
        return None


_UNLIMITED_LINE = QT_TRANSLATE_N_NOOP("Plan", "Unlimited: %n day(s) this month")
_DAYS_LINE = QT_TRANSLATE_NOOP("Plan", "Days this month: {used} of {days}")
_CARNET_LINE = QT_TRANSLATE_NOOP("Plan", "Carnet: {left} entries left of {total}")
_DAY_PASS_LINE = QT_TRANSLATE_NOOP("Plan", "Day pass: {left} entries left of {total}")
_SEATS_LINE = QT_TRANSLATE_NOOP("Plan", "{org}: {taken} of {seats} seats taken")
_EXPIRED = QT_TRANSLATE_NOOP(
    "Plan", "{plan} expired on {day}: a manager can extend it or add entries."
)
_EXHAUSTED = QT_TRANSLATE_NOOP("Plan", "{plan} used up: a manager can add entries.")
_SEATS_FULL = QT_TRANSLATE_NOOP(
    "Plan", "{org}: all {seats} seats are taken: a manager can add seats."
)


# The constants of the queries the check-in runs are written in their SQL, not bound at every
# execution (the separator, as a string, would even be rendered into the SQL every time).
_ZERO: Any = literal_column("0")
_ONE: Any = literal_column("1")
_LINE_BREAK: Any = literal_column("'\n'")
_BOUGHT_SEATS = OrganisationSeats.seats > _ZERO
_ANY_SEATS = select(OrganisationSeats.id).where(_BOUGHT_SEATS).exists()
# The keys of the organisations that bought seats, one a line (a key holds no line break).
_SEAT_ORGS = (
    select(func.aggregate_strings(OrganisationSeats.org_key, _LINE_BREAK))
    .where(_BOUGHT_SEATS)
    .scalar_subquery()
)
_REFUSES = (
    select(Setting.value)
    .where(Setting.key == literal_column(f"'{REFUSE_OVER_KEY}'"))
    .scalar_subquery()
)
# Built once: `entitlement` asks this of a person, in one query: their organisation, whether any
# organisation bought seats, whether the venue refuses a check-in over the plan, and their plans,
# each with how many adjustments it has (read only when there are some). A check-in reads the same
# with the person instead (`PlanFacts`).
_ADJUSTED = (
    select(func.count()).where(PlanAdjustment.person_plan_id == PersonPlan.id).scalar_subquery()
)
_HISTORY = (
    select(
        Person.organisation,
        _ANY_SEATS,
        PersonPlan.id,
        PersonPlan.starts_on,
        PersonPlan.ends_on,
        Plan.name,
        Plan.kind,
        Plan.days,
        Plan.entries,
        Plan.valid_days,
        Plan.area_key,
        _ADJUSTED,
        _REFUSES,
    )
    .select_from(Person)
    .outerjoin(PersonPlan, PersonPlan.person_id == Person.id)
    .outerjoin(Plan, Plan.id == PersonPlan.plan_id)
    .where(Person.id == bindparam("person"))
    .order_by(PersonPlan.starts_on, PersonPlan.id)
)
# The person's check-ins in adult areas from `start` to `end`, in time order (the index's own:
# it holds the area and the undo flag too, so no visit's row is read). `entitlement` stops at
# the day's first one the plan covers: the day is used once, however many times they come in.
_DAYS = (
    select(Visit.checked_in_at, Area.key)
    .join(Area, Area.id == Visit.area_id)
    .where(
        Visit.person_id == bindparam("person"),
        Visit.undone.is_(False),
        Area.for_children.is_(False),
        Visit.checked_in_at >= bindparam("start"),
        Visit.checked_in_at < bindparam("end"),
    )
    .order_by(Visit.checked_in_at)
)
_ADJUSTMENTS = select(
    PlanAdjustment.person_plan_id, PlanAdjustment.on_day, PlanAdjustment.entries
).where(PlanAdjustment.person_plan_id.in_(bindparam("plans", expanding=True)))
# The organisation's seats and those taken: open visits that took one of its seats
# (`Visit.seat_org`, set by the check-in; a partial index over open visits counts them without
# reading anyone's row), whether this person holds one of them (their one open visit), and
# whether the venue refuses a check-in over the plan.
_OPEN_ON_SEATS = (Visit.checked_out_at.is_(None), Visit.seat_org == bindparam("key"))
_SEATS = select(
    OrganisationSeats.organisation,
    OrganisationSeats.seats,
    select(func.count()).select_from(Visit).where(*_OPEN_ON_SEATS).scalar_subquery(),
    select(Visit.id).where(Visit.person_id == bindparam("person"), *_OPEN_ON_SEATS).exists(),
    _REFUSES,
).where(OrganisationSeats.org_key == bindparam("key"), _BOUGHT_SEATS)


# The person's plan in force on the day `plan_day` (the latest started on or before it, as
# `domain.plans.in_force`), joined to the check-in's query of the person (`with_plan_in_force`).
_PLAN_NOW = cast(Table, PersonPlan.__table__).alias("plan_now")
_RULES_NOW = cast(Table, Plan.__table__).alias("plan_now_rules")


def with_plan_in_force(people: Table, joined: FromClause) -> FromClause:
    """`joined`, which holds `people`, with the person's plan in force on the day `plan_day` (a
    bind parameter; None: none) and its rules outer-joined: `plan_columns` reads them."""
    in_force_id = (
        select(PersonPlan.id)
        .where(
            PersonPlan.person_id == people.c.id,
            PersonPlan.starts_on <= bindparam("plan_day", type_=Date),
        )
        .order_by(PersonPlan.starts_on.desc(), PersonPlan.id.desc())
        .limit(_ONE)
        .offset(_ZERO)
        .scalar_subquery()
    )
    return joined.outerjoin(_PLAN_NOW, _PLAN_NOW.c.id == in_force_id).outerjoin(
        _RULES_NOW, _RULES_NOW.c.id == _PLAN_NOW.c.plan_id
    )


def plan_columns(people: Table) -> tuple[ColumnElement[Any], ...]:
    """The columns, in `plan_facts`'s order, that a query of one row of `people` joined by
    `with_plan_in_force` adds to read the person's `PlanFacts` with it."""
    adjusted = (
        select(PlanAdjustment.id).where(PlanAdjustment.person_plan_id == _PLAN_NOW.c.id).exists()
    )
    rules = _RULES_NOW.c
    return (
        _PLAN_NOW.c.id,
        _PLAN_NOW.c.starts_on,
        _PLAN_NOW.c.ends_on,
        rules.name,
        rules.kind,
        rules.days,
        rules.entries,
        rules.valid_days,
        rules.area_key,
        adjusted,
        _REFUSES,
        people.c.organisation,
        _SEAT_ORGS,
    )


# Organisations' keys as `OrganisationSeats.org_key`, and days' bounds: a check-in asks them again
# and again (the same organisations, the same few days).
_org_key = lru_cache(maxsize=4096)(search_key)
_day_bounds = lru_cache(maxsize=64)(day_bounds)


@dataclass(frozen=True)
class PlanFacts:
    """What a check-in's own query of the person (`plan_columns`) says about plans on `day`:
    the plan in force (its adjustments not read yet), whether the venue refuses a check-in over
    it, the person's organisation and which organisations bought seats. Most people have neither
    a plan nor seats: their check-in then skips the plan check."""

    day: date
    plan: Assignment | None
    adjusted: bool  # the plan in force has entries a manager added (`_ADJUSTMENTS` reads them)
    refuses: bool
    organisation: str | None
    seat_orgs: frozenset[str]  # the keys of the organisations that bought seats

    @property
    def on_seats(self) -> bool:
        """The person's organisation bought seats."""
        return bool(self.organisation) and _org_key(self.organisation or "") in self.seat_orgs

    @property
    def nothing(self) -> bool:
        return self.plan is None and not self.on_seats


def plan_facts(day: date, values: Sequence[Any]) -> PlanFacts:
    """`PlanFacts` on `day` from the values of `plan_columns` (SQLite reads EXISTS as 0 or 1)."""
    plan_id, starts_on, ends_on, name, kind, days, entries, valid, area, adjusted = values[:10]
    refuses, organisation, seat_orgs = values[10:]
    plan = None
    if plan_id is not None:
        rules = PlanRules(name, PlanKind(kind), days, entries, valid, area)
        plan = Assignment(plan_id, rules, starts_on, ends_on)
    return PlanFacts(
        day,
        plan,
        bool(adjusted),
        _refuses(refuses),
        organisation,
        frozenset(seat_orgs.split("\n")) if seat_orgs else frozenset(),
    )


def _refuses(value: str | None) -> bool:
    """The refusal setting's stored value (`refuses_over_plan`) read by a query's column."""
    return value is not None and json.loads(value) is True


def entitlement(
    session_or_db: Session | Database,
    person_id: int,
    at: datetime,
    *,
    facts: PlanFacts | None = None,
) -> Entitlement:
    """What `person_id`'s plan gives at `at` (the day's own check-in counted if made): entries
    used and left, the organisation's seats taken, and whether the day goes over the plan.
    `facts`, read with the person by the check-in on the day of `at`: spares reading the plans
    (only the one in force counts: every day counted since it started falls under it)."""
    if isinstance(session_or_db, Database):
        with session_or_db.read() as session:
            return entitlement(session, person_id, at)
    connection = session_or_db.connection()
    day = local_date(at)
    current: Assignment | None
    if facts is not None and facts.day == day:
        current, refuses = facts.plan, facts.refuses
        if current is None:
            return _on_seats(connection, person_id, facts.organisation, facts.on_seats)
        if facts.adjusted:
            current = _history(connection, [(current, 1)])[0]
        assignments = [current]
    else:
        rows = connection.execute(_HISTORY, {"person": person_id}).all()
        assignments = _history(connection, [_assignment(row) for row in rows if row[2]])
        current = in_force(assignments, day)
        if current is None:
            organisation, any_seats = (rows[0][0], rows[0][1]) if rows else (None, False)
            return _on_seats(connection, person_id, organisation, any_seats)
        refuses = _refuses(rows[0][12])
    start, _ = _day_bounds(counting_since(current, day))
    _, end = _day_bounds(day)
    days = set()
    check_ins = connection.execute(_DAYS, {"person": person_id, "start": start, "end": end})
    for checked_in_at, area_key in check_ins:
        when = local_date(checked_in_at)
        plan = in_force(assignments, when)
        if plan is None or plan.plan.area in (None, area_key):
            days.add(when)
            if when == day:  # the day's later check-ins change nothing: not read
                break
    check_ins.close()
    found = standing(assignments, days, day)  # without seats, over the plan is over it all
    return Entitlement(person_id, found, refuse=found.over and refuses)


def _assignment(row: Any) -> tuple[Assignment, int]:
    """A plan of a `_HISTORY` row (its adjustments not read yet), with how many it has."""
    rules = PlanRules(row[5], PlanKind(row[6]), row[7], row[8], row[9], row[10])
    return Assignment(row[2], rules, row[3], row[4]), row[11]


def _history(connection: Connection, plans: Sequence[tuple[Assignment, int]]) -> list[Assignment]:
    """The plans, with the entries added to those that have adjustments (how many: the int)."""
    adjusted = [plan.id for plan, count in plans if count]
    added: dict[int, list[Adjustment]] = {}
    if adjusted:
        for plan_id, on_day, entries in connection.execute(_ADJUSTMENTS, {"plans": adjusted}):
            added.setdefault(plan_id, []).append(Adjustment(on_day, entries))
    return [replace(plan, adjustments=tuple(added.get(plan.id, ()))) for plan, _ in plans]


def _on_seats(
    connection: Connection, person_id: int, organisation: str | None, any_seats: Any
) -> Entitlement:
    """The entitlement of a person with no plan in force: the seats of their organisation
    (none when it bought none, or when no organisation bought any: `any_seats` false) with how
    many of its people on them are inside an adult area now, and whether this person is one."""
    if not organisation or not any_seats:
        return Entitlement(person_id, Standing(State.NO_PLAN))
    key = _org_key(organisation)
    row = connection.execute(_SEATS, {"person": person_id, "key": key}).first()
    if row is None:
        return Entitlement(person_id, Standing(State.NO_PLAN))
    name, count, taken, mine, refuses = row
    seats = Seats(name, count, taken, key)
    found = Entitlement(person_id, Standing(State.NO_PLAN), seats, inside=bool(mine))
    return replace(found, refuse=found.over and _refuses(refuses))


@dataclass(frozen=True)
class Admission:
    """What a check-in says about the plan: the line for the banner, and a warning when the day
    goes over the plan or the organisation's seats."""

    line: str
    warnings: tuple[str, ...] = ()
    seat_org: str | None = None  # the check-in takes a seat of this organisation (its key)


def admission(
    session: Session,
    person_id: int,
    area_key: str,
    when: datetime,
    *,
    override: bool = False,
    facts: PlanFacts | None = None,
) -> Admission:
    """For the check-in write path, inside its transaction, before the visit is written: what
    the plan says once this check-in is made. Raises `OverPlan` when the day goes over the plan
    and the venue refuses check-ins then (unless a manager overrides). `facts`, read with the
    person by the check-in: nothing to check for a person with no plan and no seats."""
    if facts is not None and facts.nothing:
        return NO_PLAN
    found = entitlement(session, person_id, when, facts=facts)
    after = found.admitted(area_key)
    text = after.warning()
    if text is not None and found.refuse and not override:
        raise OverPlan(after)
    seat = after.seats.key if after.seats is not None and after.in_scope else None
    return Admission(after.line(), (text,) if text else (), seat)


NO_PLAN = Admission("")  # what a check-in of a person with no plan and no seats says


class OverPlan(Refusal):
    """A check-in refused because the day goes over the plan (the venue refuses then)."""

    def __init__(self, found: Entitlement) -> None:
        self.entitlement = found
        super().__init__("over_plan", _EXHAUSTED, plan="")

    def text(self, lang: str | None = None) -> str:
        return self.entitlement.warning(lang) or ""


# --- demo data --------------------------------------------------------------------------------

DEMO_PLANS = (
    PlanRules("Illimitato", PlanKind.UNLIMITED),
    PlanRules("3 giorni al mese", PlanKind.DAYS_PER_MONTH, days=3),
    PlanRules("Carnet 5 ingressi", PlanKind.CARNET, entries=5, valid_days=60),
    PlanRules("Pass giornaliero", PlanKind.DAY_PASS),
)
DEMO_SEATS = ("Studio Verde", 3)


def add_demo_plans(
    session: Session, members: list[int], *, now: datetime, seed: int, history_days: int
) -> int:
    """Plans for the demo's members (inside the demo's transaction): about a fifth unlimited,
    a third on three days a month, a fifth on a carnet bought within the history, the rest on
    no plan of their own; one organisation's seats. Returns how many people got a plan."""
    import random

    rng = random.Random(seed * 7919 + 17)  # its own sequence: the demo's visits stay the same
    plans: list[Plan] = []
    for rules in DEMO_PLANS:
        plan = session.scalar(select(Plan).where(Plan.name == rules.name))
        if plan is None:
            plan = Plan(
                name=rules.name,
                kind=rules.kind.value,
                days=rules.days,
                entries=rules.entries,
                valid_days=rules.valid_days,
                area_key=None,
                created_at=as_utc(now),
            )
            session.add(plan)
        plans.append(plan)
    session.flush()
    today = local_date(now)
    first = today - timedelta(days=history_days)
    given = 0
    for person_id in members:
        draw = rng.random()
        if draw < 0.2:
            plan, start = plans[0], first.replace(day=1)
        elif draw < 0.55:
            plan, start = plans[1], first.replace(day=1)
        elif draw < 0.75:
            plan, start = plans[2], first + timedelta(days=rng.randint(0, max(0, history_days)))
        else:
            continue
        session.add(
            PersonPlan(person_id=person_id, plan_id=plan.id, starts_on=start, created_at=now)
        )
        given += 1
    organisation, count = DEMO_SEATS
    key = search_key(organisation)
    if session.scalar(select(OrganisationSeats.id).where(OrganisationSeats.org_key == key)) is None:
        session.add(
            OrganisationSeats(
                org_key=key, organisation=organisation, seats=count, plan_id=plans[0].id
            )
        )
    return given
