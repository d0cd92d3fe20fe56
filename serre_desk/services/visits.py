"""Check-in, check-out, moves and corrections: the use cases every desk, scan and command runs.

Each use case loads the facts in one transaction (holding the locks below), asks the rules core
(`domain.visit_rules`) what may happen, then writes what it decided and audits it. Adults and
children share the write and the audit (`_write_arrival`, `_write_departure`); children add the
kids' space facts (`services.kids_rules`): who brings and collects them, the educator ratio, the
pickup code and the wrong codes presented today.

Several desks at once: every movement is decided under the person's lock (`lock_person`) and a
visit is closed only while still open, so a second desk deciding at the same instant waits and
then sees the first one's change; check-ins into an area also take the area's lock.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import (
    Connection,
    FromClause,
    Select,
    Table,
    Update,
    bindparam,
    func,
    insert,
    null,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from serre_desk import clock
from serre_desk.clock import as_utc
from serre_desk.domain.errors import Refusal
from serre_desk.domain.guardians import PickupRefused
from serre_desk.domain.outcomes import (
    ChildToDropoff,
    ChildToPickup,
    Movement,
    PersonRef,
    Refused,
    ScanOutcome,
    outcome_of,
)
from serre_desk.domain.people import PersonKind
from serre_desk.domain.visit_rules import (
    AreaFacts,
    Arrival,
    Collector,
    DropOffFacts,
    PickupFacts,
    Stay,
    check_collector,
    children_left_warnings,
    decide_check_in,
    decide_check_out,
    decide_drop_off,
    decide_pickup,
    decide_scan,
    educator_leaves,
    movement_time,
    not_a_child,
    not_inside,
    notice_warning,
    ratio_warnings,
    target_area,
)
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.actor import Actor
from serre_desk.services.applied_scans import claimed, settled
from serre_desk.services.audit import record
from serre_desk.services.kids_rules import (
    PICKUP_REFUSED,
    fresh_code,
    guardians,
    ratio_status,
    wrong_codes_limit,
    wrong_codes_today,
)
from serre_desk.services.missed_closing import close_stale_visit
from serre_desk.services.notice_version import needs_acknowledgement
from serre_desk.services.permissions import require_manager, require_reason
from serre_desk.services.person_row import Now, load_person, lock_person, unknown_person
from serre_desk.services.plans import (
    PlanFacts,
    admission,
    plan_columns,
    plan_facts,
    with_plan_in_force,
)
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, Person, Visit


def person_ref(person: Person) -> PersonRef:
    return PersonRef(person.id, person.name, PersonKind(person.kind))


def open_visit(session: Session, person_id: int) -> Visit | None:
    return session.scalar(
        select(Visit).where(Visit.person_id == person_id, Visit.checked_out_at.is_(None))
    )


def area_facts(area: Area) -> AreaFacts:
    return AreaFacts(area.id, area.key, area.name, area.capacity, area.for_children)


_OPEN_IN_AREA = (
    select(func.count())
    .select_from(Visit)
    .where(Visit.area_id == bindparam("area"), Visit.checked_out_at.is_(None))
)
_CHILDREN_IN_AREA = _OPEN_IN_AREA.join(Person, Person.id == Visit.person_id).where(
    Person.kind == PersonKind.CHILD.value
)


def count_inside(session: Session, area: AreaFacts) -> int:
    """People counted against the area's capacity: children only in a children's area."""
    query = _CHILDREN_IN_AREA if area.for_children else _OPEN_IN_AREA
    return session.connection().execute(query, {"area": area.id}).scalar() or 0


def _refuse_overlap(session: Session, person_id: int, when: datetime) -> None:
    """A corrected check-in may not fall inside one of the person's recorded visits."""
    later = session.scalar(
        select(func.count())
        .select_from(Visit)
        .where(Visit.person_id == person_id, Visit.checked_out_at > when, Visit.undone.is_(False))
    )
    if later:
        raise Refusal(
            "overlaps_visit",
            QT_TRANSLATE_NOOP(
                "Refusal", "That time overlaps a visit already recorded for this person."
            ),
        )


@dataclass(frozen=True)
class MovementRequest:
    """When a movement happens and on whose authority: `when` is recorded on the visit, `now`
    on the audit event; a correction (a past time) or an override needs a manager and a reason."""

    when: datetime
    now: datetime
    corrected: bool = False
    override: bool = False
    reason: str | None = None


def movement_request(
    actor: Actor,
    now: datetime,
    *,
    at: datetime | None = None,
    reason: str | None = None,
    override: bool = False,
) -> MovementRequest:
    when, corrected = movement_time(at, now)
    if corrected or override:
        require_manager(actor)
        reason = require_reason(reason)
    return MovementRequest(when, as_utc(now), corrected, override, reason)


def check_in(
    db: Database,
    actor: Actor,
    person_id: int,
    area_key: str | None = None,
    *,
    now: Now,
    at: datetime | None = None,
    reason: str | None = None,
    override: bool = False,
    brought_by: int | None = None,
    expected_pickup_at: datetime | None = None,
) -> Movement:
    """Open a visit; moves the person if they are inside another area. Refuses a full area
    unless a manager overrides with a reason. A child needs `brought_by`, an adult authorised to
    collect them; the Movement carries the child's fresh pickup code."""
    try:
        with db.write() as session:
            moment = lock_person(session, person_id, now)
            request = movement_request(actor, moment, at=at, reason=reason, override=override)
            day = clock.local_date(request.when)
            stay, plans = _load_stay(session.connection(), person_id, day=day)
            return arrive(
                session,
                actor,
                stay,
                area_key,
                request,
                brought_by=brought_by,
                expected_pickup_at=expected_pickup_at,
                plans=plans,
            )
    except IntegrityError as error:  # a concurrent desk opened a visit for the same person
        raise already_inside_elsewhere() from error


def already_inside_elsewhere() -> Refusal:
    return Refusal(
        "already_inside",
        QT_TRANSLATE_NOOP(
            "Refusal", "Already inside: another desk checked this person in just now."
        ),
    )


_PEOPLE = cast(Table, Person.__table__)
_VISITS = cast(Table, Visit.__table__)
_AREAS = cast(Table, Area.__table__)


def _stay_query(leaving: bool, *, plans: bool = True) -> Select[Any]:
    """The person and their open visit, with what the plan check needs to know of them on the
    day `plan_day` (`PlanFacts`; without `plans`, as before plans, only nulls: for what checks
    no plan, and the plan bench's comparison); when `leaving`, also how many children they
    brought are still in a children's area. Built once: every movement runs one of them."""
    joined: FromClause = _PEOPLE.outerjoin(
        _VISITS, (_VISITS.c.person_id == _PEOPLE.c.id) & _VISITS.c.checked_out_at.is_(None)
    )
    facts = plan_columns(_PEOPLE)
    if plans:
        joined = with_plan_in_force(_PEOPLE, joined)
    columns: list[Any] = [
        _PEOPLE.c.id,
        _PEOPLE.c.name,
        _PEOPLE.c.kind,
        _PEOPLE.c.default_area,
        _PEOPLE.c.privacy_ack_at,
        _VISITS.c.id,
        _VISITS.c.area_id,
        _VISITS.c.checked_in_at,
        *(facts if plans else [null()] * len(facts)),
    ]
    if leaving:
        brought = _VISITS.alias("brought")
        children_areas = select(_AREAS.c.id).where(_AREAS.c.for_children.is_(True))
        columns.append(
            select(func.count())
            .where(
                brought.c.area_id.in_(children_areas),
                brought.c.checked_out_at.is_(None),
                brought.c.brought_by_id == _PEOPLE.c.id,
            )
            .scalar_subquery()
        )
    return (
        select(*columns)
        .select_from(joined)
        .where(_PEOPLE.c.id == bindparam("person"), _PEOPLE.c.anonymised_at.is_(None))
    )


_PLAN_COLUMNS = len(plan_columns(_PEOPLE))
_STAY = _stay_query(leaving=False)
_STAY_LEAVING = _stay_query(leaving=True)
_STAY_PLAIN = _stay_query(leaving=False, plans=False)
_STAY_LEAVING_PLAIN = _stay_query(leaving=True, plans=False)


_CLOSE = (
    update(_VISITS)
    .where(_VISITS.c.id == bindparam("visit"), _VISITS.c.checked_out_at.is_(None))
    .values(checked_out_at=bindparam("out_at"), out_by=bindparam("by"), out_desk=bindparam("desk"))
)
_CLOSE_CORRECTED = _CLOSE.values(corrected=True)
_TOUCH_LAST_SEEN = (
    update(_PEOPLE)
    .where(
        _PEOPLE.c.id == bindparam("person"),
        _PEOPLE.c.last_seen_at.is_(None) | (_PEOPLE.c.last_seen_at < bindparam("seen")),
    )
    .values(last_seen_at=bindparam("seen"))
)
_OPEN_VISIT = insert(_VISITS).returning(_VISITS.c.id)


def load_stay(session: Session, person_id: int, *, leaving: bool = False) -> Stay:
    """The person and their open visit, read in one query (the caller holds the person's lock);
    when `leaving`, with the number of children they brought still inside."""
    return _load_stay(session.connection(), person_id, leaving=leaving)[0]


def _load_stay(
    connection: Connection, person_id: int, *, leaving: bool = False, day: date | None = None
) -> tuple[Stay, PlanFacts | None]:
    """`load_stay`, with what a check-in on the local `day` tells the plan check (`arrive`'s
    `plans`; None without a day: then not read)."""
    if day is None:
        query = _STAY_LEAVING_PLAIN if leaving else _STAY_PLAIN
    else:
        query = _STAY_LEAVING if leaving else _STAY
    row = connection.execute(query, {"person": person_id, "plan_day": day}).first()
    if row is None:
        raise unknown_person(person_id)
    pid, name, kind, default_area, acknowledged, visit_id, visit_area_id, since, *more = row
    stay = Stay(
        PersonRef(pid, name, PersonKind(kind)),
        default_area,
        visit_id,
        visit_area_id,
        as_utc(since) if since is not None else None,
        more[-1] if leaving else 0,
        acknowledged,
    )
    return stay, plan_facts(day, more[:_PLAN_COLUMNS]) if day is not None else None


_ALL_AREAS = select(
    _AREAS.c.id, _AREAS.c.key, _AREAS.c.name, _AREAS.c.capacity, _AREAS.c.for_children
).order_by(_AREAS.c.position, _AREAS.c.id)


def _areas(connection: Connection) -> list[AreaFacts]:
    """All areas (a handful of rows), in display order."""
    return [AreaFacts(*row) for row in connection.execute(_ALL_AREAS)]


def lock_area(connection: Connection, area_id: int) -> None:
    """Serialise check-ins into one area across connections. PostgreSQL needs a row lock;
    SQLite's writer lock (BEGIN IMMEDIATE) already serialises every write."""
    if connection.dialect.name != "sqlite":
        connection.execute(select(_AREAS.c.id).where(_AREAS.c.id == area_id).with_for_update())


# --- arriving ---------------------------------------------------------------------------------


def arrive(
    session: Session,
    actor: Actor,
    stay: Stay,
    area_key: str | None,
    request: MovementRequest,
    *,
    brought_by: int | None = None,
    expected_pickup_at: datetime | None = None,
    plans: PlanFacts | None = None,
) -> Movement:
    """One check-in inside the caller's transaction, which holds the person's lock (a drop-off
    of siblings runs several). `plans`: what the stay's query read for the plan check."""
    connection = session.connection()
    person = stay.person
    areas = _areas(connection)
    area = target_area(areas, area_key or stay.default_area, person.kind)
    lock_area(connection, area.id)
    if request.corrected:
        _refuse_overlap(session, person.id, request.when)
    inside = count_inside(session, area)
    if person.kind is PersonKind.CHILD:
        facts = _drop_off_facts(
            session, stay, area, inside, brought_by, expected_pickup_at, request
        )
        arrival = decide_drop_off(
            stay, area, areas, facts, when=request.when, override=request.override
        )
        return _write_arrival(session, actor, stay, arrival, request, brought_by=brought_by)
    if brought_by is not None:
        raise not_a_child(person)
    arrival = decide_check_in(stay, area, areas, inside=inside, override=request.override)
    plan = admission(
        session, person.id, area.key, request.when, override=request.override, facts=plans
    )
    seat = None if area.for_children else plan.seat_org  # the visit takes a seat
    warned: dict[str, tuple[str, ...]] = {"plan": plan.warnings}
    if needs_acknowledgement(session, stay.privacy_ack_at):
        warned["notice"] = (notice_warning(person),)
    movement = _write_arrival(session, actor, stay, arrival, request, seat_org=seat, warned=warned)
    return replace(movement, plan=plan.line)


def _drop_off_facts(
    session: Session,
    stay: Stay,
    area: AreaFacts,
    inside: int,
    brought_by: int | None,
    expected_pickup_at: datetime | None,
    request: MovementRequest,
) -> DropOffFacts:
    birth = session.scalar(select(Person.birth_date).where(Person.id == stay.person.id))
    brought_by_name = ""
    if brought_by is not None:
        brought_by_name = load_person(session, brought_by).name
    return DropOffFacts(
        inside=inside,
        ratio=ratio_status(session, area.id, request.when, more_children=[birth]),
        links=guardians(session, stay.person.id, request.when),
        brought_by=brought_by,
        brought_by_name=brought_by_name,
        expected_pickup=expected_pickup_at,
    )


def _write_arrival(
    session: Session,
    actor: Actor,
    stay: Stay,
    arrival: Arrival,
    request: MovementRequest,
    *,
    brought_by: int | None = None,
    seat_org: str | None = None,
    warned: Mapping[str, tuple[str, ...]] | None = None,
) -> Movement:
    """Open the visit decided (closing the one it moves from), and audit it. `seat_org`: the
    organisation whose seat the visit takes (`plans.Admission.seat_org`). `warned`: the
    warnings the check-in gives besides a move's, by code ("plan", "notice"); the audit keeps
    the codes (never the texts, which may name people)."""
    connection = session.connection()
    person, area, when = stay.person, arrival.area, request.when
    is_child = person.kind is PersonKind.CHILD
    given: dict[str, tuple[str, ...]] = {}
    if arrival.moved_from is not None:
        _close_visit(connection, stay, when, actor, request.corrected)
        given["ratio"] = _educator_left(session, person, arrival.moved_from, when)
    given |= warned or {}
    given = {code: texts for code, texts in given.items() if texts}
    code = fresh_code(session) if is_child else None
    visit_id = connection.execute(
        _OPEN_VISIT,
        {
            "person_id": person.id,
            "area_id": area.id,
            "checked_in_at": when,
            "in_by": actor.user,
            "in_desk": actor.at_desk,
            "auto_closed": False,
            "corrected": request.corrected,
            "override": arrival.override,
            "undone": False,
            "brought_by_id": brought_by,
            "pickup_code": code,
            "pickup_override": False,
            "expected_pickup_at": arrival.expected_pickup,
            "seat_org": seat_org,
        },
    ).scalar_one()
    _touch_last_seen(connection, person.id, when)
    detail: dict[str, Any] = {"area": area.key, "time": when.isoformat(), "visit": visit_id}
    if is_child:
        expected = arrival.expected_pickup
        detail |= {
            "brought_by": brought_by,
            "expected_pickup": expected.isoformat() if expected else None,
        }
    else:
        detail["moved_from"] = arrival.moved_from.key if arrival.moved_from else None
    detail |= {"corrected": request.corrected, "override": arrival.override}
    if is_child:
        detail |= {"over_capacity": arrival.over_capacity, "over_ratio": arrival.over_ratio}
    if arrival.over_capacity:  # for the audit of an override: the capacity the area had then
        detail["capacity"] = area.capacity
    if given:
        detail["warnings"] = list(given)
    record(session, actor, request.now, "check_in", person.id, request.reason, **detail)
    return Movement(
        "check_in",
        person,
        area.key,
        area.name,
        when,
        visit_id,
        moved_from=arrival.moved_from.key if arrival.moved_from else None,
        corrected=request.corrected,
        override=arrival.override,
        warnings=tuple(text for texts in given.values() for text in texts),
        pickup_code=code,
    )


# --- leaving ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pickup:
    """Who collects a child and with which code (a manager's `override` needs no code)."""

    collected_by: int | None = None
    code: str | None = None


def check_out(
    db: Database,
    actor: Actor,
    person_id: int,
    *,
    now: Now,
    at: datetime | None = None,
    reason: str | None = None,
    collected_by: int | None = None,
    code: str | None = None,
    override: bool = False,
) -> Movement:
    """Close the person's visit. A child is released only to `collected_by`, an adult authorised
    now, on the matching pickup `code` — or on a manager's `override` with a reason. A refused
    pickup is audited (that record is committed) and raised as `PickupRefused`."""
    with db.write() as session:
        moment = lock_person(session, person_id, now)
        request = movement_request(actor, moment, at=at, reason=reason, override=override)
        stay = load_stay(session, person_id, leaving=True)
        outcome = leave(session, actor, stay, request, Pickup(collected_by, code))
    if isinstance(outcome, PickupRefused):
        raise outcome
    return outcome


def leave(
    session: Session, actor: Actor, stay: Stay, request: MovementRequest, pickup: Pickup
) -> Movement | PickupRefused:
    """A check-out inside the caller's transaction, which holds the person's lock: the movement,
    or a child's refused pickup (already recorded in the audit log)."""
    if not stay.inside:
        raise not_inside(stay.person)
    connection = session.connection()
    area = next(a for a in _areas(connection) if a.id == stay.visit_area_id)
    collector: Collector | None = None
    if stay.person.kind is PersonKind.CHILD:
        collector = check_collector(stay.person, _collector(session, pickup.collected_by))
        if not request.override:
            refusal = _refused_pickup(session, actor, stay, area, collector, pickup, request)
            if refusal is not None:
                return refusal
    elif pickup.collected_by is not None or pickup.code is not None:
        raise not_a_child(stay.person)
    return _write_departure(session, actor, stay, area, request, collector)


def _collector(session: Session, adult_id: int | None) -> Collector | None:
    if adult_id is None:
        return None
    adult = load_person(session, adult_id)
    return Collector(adult.id, adult.name, PersonKind(adult.kind))


def _refused_pickup(
    session: Session,
    actor: Actor,
    stay: Stay,
    area: AreaFacts,
    adult: Collector,
    pickup: Pickup,
    request: MovementRequest,
) -> PickupRefused | None:
    """Why the pickup may not happen, recorded in the audit log; None when it may. Wrong codes
    are counted under the child's lock, so attempts at once are counted one after the other."""
    child = stay.person
    stored = session.connection().execute(
        select(_VISITS.c.pickup_code).where(_VISITS.c.id == stay.visit_id)
    )
    facts = PickupFacts(
        links=guardians(session, child.id, request.when),
        presented=pickup.code,
        stored=stored.scalar(),
        wrong_before=wrong_codes_today(session, child.id, adult.id),
        limit=wrong_codes_limit(session),
    )
    refusal = decide_pickup(child, adult, facts)
    if refusal is None:
        return None
    attempt: dict[str, Any] = {}
    if refusal.code == "pickup_wrong_code":  # which one of the day's allowed wrong codes
        attempt = {"attempt": int(refusal.params["count"]), "limit": facts.limit}
    record(
        session,
        actor,
        request.now,
        PICKUP_REFUSED,
        child.id,
        None,
        problem=refusal.code.removeprefix("pickup_"),
        **attempt,
        adult=adult.id,
        visit=stay.visit_id,
        area=area.key,
        real=clock.utcnow().isoformat(),  # the pickup lock's day is the real one
    )
    return refusal


def _write_departure(
    session: Session,
    actor: Actor,
    stay: Stay,
    area: AreaFacts,
    request: MovementRequest,
    collector: Collector | None,
) -> Movement:
    """Close the visit (a child's with who collected them), and audit it."""
    connection = session.connection()
    person, when = stay.person, request.when
    _close_visit(connection, stay, when, actor, request.corrected, collector, request.override)
    _touch_last_seen(connection, person.id, when)
    assert stay.visit_id is not None
    detail: dict[str, Any] = {
        "area": area.key,
        "time": when.isoformat(),
        "visit": stay.visit_id,
        "corrected": request.corrected,
    }
    warnings: tuple[str, ...] = ()
    if collector is not None:
        detail |= {
            "collected_by": collector.id,
            "pickup": "override" if request.override else "code",
        }
    else:
        warnings = children_left_warnings(person, _children_left_inside(connection, stay))
        warnings += _educator_left(session, person, area, when)
    record(session, actor, request.now, "check_out", person.id, request.reason, **detail)
    return Movement(
        "check_out",
        person,
        area.key,
        area.name,
        when,
        stay.visit_id,
        corrected=request.corrected,
        override=collector is not None and request.override,
        warnings=warnings,
    )


@cache
def _close_statement(corrected: bool, pickup: bool) -> Update:
    statement = _CLOSE.values(corrected=True) if corrected else _CLOSE
    if pickup:
        statement = statement.values(
            collected_by_id=bindparam("collected_by"), pickup_override=bindparam("pickup_override")
        )
    return statement


def _close_visit(
    connection: Connection,
    stay: Stay,
    when: datetime,
    actor: Actor,
    corrected: bool,
    collector: Collector | None = None,
    pickup_override: bool = False,
) -> None:
    decide_check_out(stay, when)
    parameters: dict[str, Any] = {
        "visit": stay.visit_id,
        "out_at": when,
        "by": actor.user,
        "desk": actor.at_desk,
    }
    if collector is not None:
        parameters |= {"collected_by": collector.id, "pickup_override": pickup_override}
    closed = connection.execute(
        _close_statement(corrected, collector is not None), parameters
    ).rowcount
    if closed != 1:  # another desk closed it first: its decision stands
        raise not_inside(stay.person)


def _educator_left(
    session: Session, person: PersonRef, area: AreaFacts, when: datetime
) -> tuple[str, ...]:
    if not educator_leaves(person, area):
        return ()
    return ratio_warnings(area, ratio_status(session, area.id, when))


_BROUGHT_INSIDE = (  # the children an adult brought still inside, by name
    select(_PEOPLE.c.name)
    .join(_VISITS, _VISITS.c.person_id == _PEOPLE.c.id)
    .join(_AREAS, (_AREAS.c.id == _VISITS.c.area_id) & _AREAS.c.for_children.is_(True))
    .where(_VISITS.c.checked_out_at.is_(None), _VISITS.c.brought_by_id == bindparam("adult"))
    .order_by(_PEOPLE.c.name)
)


def _children_left_inside(connection: Connection, stay: Stay) -> list[str]:
    """The children the adult brought still inside, by name (read only when the stay's count
    says there are some)."""
    if not stay.children_brought_inside:
        return []
    return list(connection.execute(_BROUGHT_INSIDE, {"adult": stay.person.id}).scalars())


def _touch_last_seen(connection: Connection, person_id: int, when: datetime) -> None:
    connection.execute(_TOUCH_LAST_SEEN, {"person": person_id, "seen": when})


# --- a scan, or Enter on a person ----------------------------------------------------------------


def toggle(
    db: Database, actor: Actor, person_id: int, *, now: Now, op_id: str | None = None
) -> ScanOutcome:
    """What Enter on a person does: as a scan of their badge (`step`), in one transaction.
    `op_id`: as for `scanning.scan`, applied once."""
    try:
        with db.write() as session:
            done = claimed(session, op_id, actor.at_desk, as_utc(now() if callable(now) else now))
            if done is not None:
                return done
            moment = lock_person(session, person_id, now)
            close_stale_visit(session, actor, person_id, moment)  # yesterday's closing missed
            return settled(session, op_id, step(session, actor, person_id, moment))
    except IntegrityError:  # a desk without the lock (an older version) got there first
        return Refused(already_inside_elsewhere())


def step(session: Session, actor: Actor, person_id: int, now: datetime) -> ScanOutcome:
    """Check out if inside, else check in to the person's default area; a child goes to the
    pickup or the drop-off. Decided and done inside the caller's transaction, which holds the
    person's lock: two scans at once are taken in turn. A refusal is returned, not raised (the
    rules refuse before anything is written)."""
    day = clock.local_date(now)
    stay, plans = _load_stay(session.connection(), person_id, leaving=True, day=day)
    request = MovementRequest(now, now)
    try:
        match decide_scan(stay):
            case ChildToPickup() | ChildToDropoff() as child:
                return child
            case "check_in":
                return outcome_of(arrive(session, actor, stay, None, request, plans=plans))
            case "check_out":
                departure = leave(session, actor, stay, request, Pickup())
                assert isinstance(departure, Movement)  # an adult's check-out is never refused
                return outcome_of(departure)
    except Refusal as refusal:
        refusal.subject = refusal.subject or (stay.person.id, stay.person.name)
        return Refused(refusal)
