"""Check-in, check-out, moves and corrections: the rules every desk, scan and command obeys.

Children follow the kids' space rules (`services.kids_rules`): a child is brought by an authorised
guardian and gets a fresh pickup code, is admitted only within capacity and the educator ratio
(or on a manager's override), and leaves only with the matching code and an authorised adult (or
a manager's override). Adults keep the lean path: one query for the person and their open visit.

Several desks at once: every movement is decided under the person's lock (`lock_person`) and a
visit is closed only while still open, so a second desk deciding at the same instant waits and
then sees the first one's change; check-ins into an area also take the area's lock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal, cast

from sqlalchemy import Connection, Select, Table, bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from serre_desk import clock
from serre_desk.clock import as_utc
from serre_desk.domain.errors import AreaName, NotFound, Refusal
from serre_desk.domain.people import PersonKind
from serre_desk.domain.pickup_codes import codes_match
from serre_desk.i18n import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, translate, translate_n
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.kids_rules import (
    PICKUP_REFUSED,
    WRONG_CODES_LIMIT,
    GuardianInfo,
    PickupRefused,
    fresh_code,
    guardians,
    ratio_status,
    valid_guardians,
    wrong_codes_today,
)
from serre_desk.services.permissions import require_manager, require_reason
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, Person, Visit

Action = Literal["check_in", "check_out"]
# The time of a movement: an instant, or a clock read once the transaction holds its locks (so
# two desks on one clock record their movements in the order the database decided them).
Now = datetime | Callable[[], datetime]


@dataclass(frozen=True)
class PersonRef:
    id: int
    name: str
    kind: PersonKind


@dataclass(frozen=True)
class Movement:
    """What a check-in or check-out did, for the banner, the log and the command's JSON."""

    action: Action
    person: PersonRef
    area_key: str
    area_name: str
    at: datetime
    visit_id: int
    moved_from: str | None = None
    corrected: bool = False
    override: bool = False
    warnings: tuple[str, ...] = field(default=())
    pickup_code: str | None = None  # a child's check-in: the code on the label and the slip


def person_ref(person: Person) -> PersonRef:
    return PersonRef(person.id, person.name, PersonKind(person.kind))


def load_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.anonymised_at is not None:
        raise NotFound(
            "unknown_person",
            QT_TRANSLATE_NOOP("Refusal", "Nobody is registered with id {id}."),
            id=person_id,
        )
    return person


def open_visit(session: Session, person_id: int) -> Visit | None:
    return session.scalar(
        select(Visit).where(Visit.person_id == person_id, Visit.checked_out_at.is_(None))
    )


_OPEN_IN_AREA = (
    select(func.count())
    .select_from(Visit)
    .where(Visit.area_id == bindparam("area"), Visit.checked_out_at.is_(None))
)
_CHILDREN_IN_AREA = _OPEN_IN_AREA.join(Person, Person.id == Visit.person_id).where(
    Person.kind == PersonKind.CHILD.value
)


def count_inside(session: Session, area: Area) -> int:
    """People counted against the area's capacity: children only in a children's area."""
    query = _CHILDREN_IN_AREA if area.for_children else _OPEN_IN_AREA
    return session.connection().execute(query, {"area": area.id}).scalar() or 0


def _when(at: datetime | None, now: datetime, reason: str | None) -> tuple[datetime, bool]:
    """The instant to record (in UTC) and whether it is a correction (a past time with a reason)."""
    now = as_utc(now)
    if at is None:
        return now, False
    at = as_utc(at)
    if at > now:
        raise Refusal(
            "time_in_future",
            QT_TRANSLATE_NOOP("Refusal", "A corrected time cannot be in the future."),
        )
    require_reason(reason)
    return at, True


def _check_area_fits(area: Area, kind: PersonKind) -> None:
    if area.for_children and kind not in (PersonKind.CHILD, PersonKind.STAFF):
        raise Refusal(
            "area_children_only",
            QT_TRANSLATE_NOOP(
                "Refusal", "{area} is for children and educators: check the adult in elsewhere."
            ),
            area=AreaName(area.name),
        )
    if not area.for_children and kind is PersonKind.CHILD:
        raise Refusal(
            "area_adults_only",
            QT_TRANSLATE_NOOP("Refusal", "Children are checked in to the kids' space, not {area}."),
            area=AreaName(area.name),
        )


def refuse_full(area: Area) -> Refusal:
    return Refusal(
        "area_full",
        QT_TRANSLATE_NOOP("Refusal", "{area} is full ({capacity}): a manager can authorise."),
        area=AreaName(area.name),
        capacity=area.capacity,
    )


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
            when, corrected = _when(at, moment, reason)
            if corrected or override:
                require_manager(actor)
            if override:
                reason = require_reason(reason)
            return check_in_session(
                session,
                actor,
                person_id,
                area_key,
                when,
                moment,
                corrected,
                override,
                reason,
                brought_by=brought_by,
                expected_pickup_at=expected_pickup_at,
            )
    except IntegrityError as error:  # a concurrent desk opened a visit for the same person
        raise _already_inside_elsewhere() from error


def _already_inside_elsewhere() -> Refusal:
    return Refusal(
        "already_inside",
        QT_TRANSLATE_NOOP(
            "Refusal", "Already inside: another desk checked this person in just now."
        ),
    )


@dataclass(frozen=True)
class _Stay:
    """A person and their open visit, read in one query at the start of a check-in or out."""

    person: PersonRef
    default_area: str | None
    visit_id: int | None
    visit_area_id: int | None
    visit_since: datetime | None
    children_brought_inside: int = 0  # read only when leaving: children they brought, inside


_PEOPLE = cast(Table, Person.__table__)
_VISITS = cast(Table, Visit.__table__)
_AREAS = cast(Table, Area.__table__)


def _stay_query(leaving: bool) -> Select[Any]:
    """The person and their open visit; when `leaving`, also how many children they brought are
    still in a children's area. Built once: every check-in and check-out runs one of the two."""
    columns: list[Any] = [
        _PEOPLE.c.id,
        _PEOPLE.c.name,
        _PEOPLE.c.kind,
        _PEOPLE.c.default_area,
        _VISITS.c.id,
        _VISITS.c.area_id,
        _VISITS.c.checked_in_at,
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
        .select_from(
            _PEOPLE.outerjoin(
                _VISITS,
                (_VISITS.c.person_id == _PEOPLE.c.id) & _VISITS.c.checked_out_at.is_(None),
            )
        )
        .where(_PEOPLE.c.id == bindparam("person"), _PEOPLE.c.anonymised_at.is_(None))
    )


_STAY = _stay_query(leaving=False)
_STAY_LEAVING = _stay_query(leaving=True)


def _load_stay(connection: Connection, person_id: int, *, leaving: bool = False) -> _Stay:
    row = connection.execute(_STAY_LEAVING if leaving else _STAY, {"person": person_id}).first()
    if row is None:
        raise NotFound(
            "unknown_person",
            QT_TRANSLATE_NOOP("Refusal", "Nobody is registered with id {id}."),
            id=person_id,
        )
    pid, name, kind, default_area, visit_id, visit_area_id, since, *brought = row
    return _Stay(
        PersonRef(pid, name, PersonKind(kind)),
        default_area,
        visit_id,
        visit_area_id,
        since,
        brought[0] if brought else 0,
    )


_ALL_AREAS = select(_AREAS).order_by(_AREAS.c.position, _AREAS.c.id)


def _areas(connection: Connection) -> list[Area]:
    """All areas (a handful of rows), as detached objects, in display order."""
    return [Area(**row._mapping) for row in connection.execute(_ALL_AREAS)]


def _target_area(areas: list[Area], key: str | None, kind: PersonKind) -> Area:
    if key:
        for area in areas:
            if area.key == key:
                return area
        raise NotFound(
            "unknown_area", QT_TRANSLATE_NOOP("Refusal", "There is no area {key!r}."), key=key
        )
    wants_children = kind is PersonKind.CHILD
    for area in areas:
        if area.for_children == wants_children:
            return area
    raise NotFound("no_area", QT_TRANSLATE_NOOP("Refusal", "No area is configured."))


def lock_person(session: Session, person_id: int, now: Now) -> datetime:
    """Start a change of one person's visits, links or badges: take the writer lock (SQLite's
    BEGIN IMMEDIATE) or the person's row lock (PostgreSQL), so that a second desk deciding about
    the same person waits and then sees the first one's change. Returns the time, read only now
    when `now` is a clock."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        connection.execute(select(_PEOPLE.c.id).where(_PEOPLE.c.id == person_id).with_for_update())
    return as_utc(now() if callable(now) else now)


def lock_area(connection: Connection, area_id: int) -> None:
    """Serialise check-ins into one area across connections. PostgreSQL needs a row lock;
    SQLite's writer lock (BEGIN IMMEDIATE) already serialises every write."""
    if connection.dialect.name != "sqlite":
        connection.execute(select(_AREAS.c.id).where(_AREAS.c.id == area_id).with_for_update())


def _close_visit(
    connection: Connection, stay: _Stay, when: datetime, actor: Actor, corrected: bool
) -> None:
    assert stay.visit_id is not None and stay.visit_since is not None
    if when < stay.visit_since:
        raise Refusal(
            "out_before_in",
            QT_TRANSLATE_NOOP("Refusal", "The check-out time is earlier than the check-in time."),
        )
    statement = _CLOSE_CORRECTED if corrected else _CLOSE
    closed = connection.execute(
        statement, {"visit": stay.visit_id, "out_at": when, "by": actor.user}
    ).rowcount
    if closed != 1:  # another desk closed it first: its decision stands
        raise _not_inside(stay.person)


def _not_inside(person: PersonRef) -> Refusal:
    return Refusal(
        "not_inside",
        QT_TRANSLATE_NOOP("Refusal", "{name} is not inside."),
        name=person.name,
    )


_CLOSE = (
    update(_VISITS)
    .where(_VISITS.c.id == bindparam("visit"), _VISITS.c.checked_out_at.is_(None))
    .values(checked_out_at=bindparam("out_at"), out_by=bindparam("by"))
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


def _touch_last_seen(connection: Connection, person_id: int, when: datetime) -> None:
    connection.execute(_TOUCH_LAST_SEEN, {"person": person_id, "seen": when})


def check_in_session(
    session: Session,
    actor: Actor,
    person_id: int,
    area_key: str | None,
    when: datetime,
    now: datetime,
    corrected: bool,
    override: bool,
    reason: str | None,
    *,
    brought_by: int | None = None,
    expected_pickup_at: datetime | None = None,
) -> Movement:
    """One check-in inside the caller's transaction (a drop-off of siblings runs several)."""
    connection = session.connection()
    stay = _load_stay(connection, person_id)
    person = stay.person
    areas = _areas(connection)
    area = _target_area(areas, area_key or stay.default_area, person.kind)
    _check_area_fits(area, person.kind)
    lock_area(connection, area.id)
    if stay.visit_area_id == area.id:
        raise Refusal(
            "already_inside",
            QT_TRANSLATE_NOOP("Refusal", "{name} is already inside {area}."),
            name=person.name,
            area=AreaName(area.name),
        )
    if person.kind is PersonKind.CHILD:
        child = _ChildArrival(brought_by, expected_pickup_at)
        return _admit_child(
            session, actor, stay, areas, area, child, when, now, corrected, override, reason
        )
    if brought_by is not None:
        raise _not_a_child(person)
    if corrected:
        _refuse_overlap(session, person.id, when)
    counts_for_capacity = not area.for_children  # an educator does not fill the kids' space
    full = counts_for_capacity and count_inside(session, area) >= area.capacity
    if full and not override:
        raise refuse_full(area)
    moved_from = None
    warnings: tuple[str, ...] = ()
    if stay.visit_id is not None:
        previous = next(a for a in areas if a.id == stay.visit_area_id)
        moved_from = previous.key
        _close_visit(connection, stay, when, actor, corrected)
        warnings = _educator_left(session, person, previous, when)
    visit_id = connection.execute(
        _OPEN_VISIT,
        {
            "person_id": person.id,
            "area_id": area.id,
            "checked_in_at": when,
            "in_by": actor.user,
            "auto_closed": False,
            "corrected": corrected,
            "override": full,
            "undone": False,
            "pickup_override": False,
        },
    ).scalar_one()
    _touch_last_seen(connection, person.id, when)
    record(
        session,
        actor,
        now,
        "check_in",
        person.id,
        reason,
        area=area.key,
        time=when.isoformat(),
        visit=visit_id,
        moved_from=moved_from,
        corrected=corrected,
        override=full,
        **_capacity_exceeded(area, full),
    )
    return Movement(
        "check_in",
        person,
        area.key,
        area.name,
        when,
        visit_id,
        moved_from=moved_from,
        corrected=corrected,
        override=full,
        warnings=warnings,
    )


def _not_a_child(person: PersonRef) -> Refusal:
    return Refusal(
        "not_a_child",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "{name} is not a child: only children are brought and collected with a pickup code.",
        ),
        name=person.name,
    )


@dataclass(frozen=True)
class _ChildArrival:
    brought_by: int | None
    expected_pickup_at: datetime | None


def _admit_child(
    session: Session,
    actor: Actor,
    stay: _Stay,
    areas: list[Area],
    area: Area,
    arrival: _ChildArrival,
    when: datetime,
    now: datetime,
    corrected: bool,
    override: bool,
    reason: str | None,
) -> Movement:
    """A child's drop-off: brought by an authorised guardian, within capacity and the educator
    ratio unless a manager overrides; a fresh pickup code goes on the visit."""
    child = stay.person
    if stay.visit_area_id is not None:  # a child is collected before going anywhere else
        raise Refusal(
            "already_inside",
            QT_TRANSLATE_NOOP("Refusal", "{name} is already inside {area}."),
            name=child.name,
            area=AreaName(next(a.name for a in areas if a.id == stay.visit_area_id)),
        )
    authorised = valid_guardians(guardians(session, child.id, when))
    _check_brought_by(session, child, arrival.brought_by, authorised)
    expected = _expected_pickup(arrival.expected_pickup_at, when)
    if corrected:
        _refuse_overlap(session, child.id, when)
    full = count_inside(session, area) >= area.capacity
    birth = session.scalar(select(Person.birth_date).where(Person.id == child.id))
    ratio = ratio_status(session, area.id, when, more_children=[birth])
    if full and not override:
        raise refuse_full(area)
    if ratio.broken and not override:
        raise Refusal(
            "ratio_short",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{area}: with one more child, educators needed: {needed}, present: {educators}. "
                "Call an educator, or a manager can authorise.",
            ),
            area=AreaName(area.name),
            educators=ratio.educators,
            needed=ratio.needed,
        )
    code = fresh_code(session)
    overridden = full or ratio.broken
    connection = session.connection()
    visit_id = connection.execute(
        insert(_VISITS)
        .returning(_VISITS.c.id)
        .values(
            person_id=child.id,
            area_id=area.id,
            checked_in_at=when,
            in_by=actor.user,
            auto_closed=False,
            corrected=corrected,
            override=overridden,
            undone=False,
            brought_by_id=arrival.brought_by,
            pickup_code=code,
            pickup_override=False,
            expected_pickup_at=expected,
        )
    ).scalar_one()
    _touch_last_seen(connection, child.id, when)
    record(
        session,
        actor,
        now,
        "check_in",
        child.id,
        reason,
        area=area.key,
        time=when.isoformat(),
        visit=visit_id,
        brought_by=arrival.brought_by,
        expected_pickup=expected.isoformat() if expected else None,
        corrected=corrected,
        override=overridden,
        over_capacity=full,
        over_ratio=ratio.broken,
        **_capacity_exceeded(area, full),
    )
    return Movement(
        "check_in",
        child,
        area.key,
        area.name,
        when,
        visit_id,
        corrected=corrected,
        override=overridden,
        pickup_code=code,
    )


def _check_brought_by(
    session: Session, child: PersonRef, brought_by: int | None, authorised: list[GuardianInfo]
) -> None:
    if not authorised:
        raise Refusal(
            "child_no_guardian",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{child} has no adult authorised for pickup: add an authorised guardian "
                "with a phone number first.",
            ),
            child=child.name,
        )
    if brought_by is None:
        raise PickupRefused(
            "child_needs_guardian",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{child} is checked in by the authorised adult who brings them.",
            ),
            authorised,
            overridable=False,
            child=child.name,
        )
    if brought_by not in {g.adult_id for g in authorised}:
        adult = load_person(session, brought_by)
        raise PickupRefused(
            "guardian_not_authorised",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{adult} is not authorised for {child}: only an authorised guardian brings a "
                "child in.",
            ),
            authorised,
            overridable=False,
            adult=adult.name,
            child=child.name,
        )


def _expected_pickup(expected: datetime | None, when: datetime) -> datetime | None:
    if expected is None:
        return None
    expected = as_utc(expected)
    if expected <= when:
        raise Refusal(
            "pickup_time_past",
            QT_TRANSLATE_NOOP("Refusal", "The expected pickup time must be later than now."),
        )
    return expected


_RATIO_WARNING = QT_TRANSLATE_NOOP(
    "Warning",
    "Ratio broken in {area}: {children}; educators needed: {needed}, present: {educators}.",
)
_RATIO_CHILDREN = QT_TRANSLATE_N_NOOP("Warning", "%n child(ren)")
_CHILD_LEFT_INSIDE = QT_TRANSLATE_NOOP(
    "Warning", "Still in the kids' space, brought by {name}: {children}."
)


def _educator_left(
    session: Session, person: PersonRef, area: Area, when: datetime
) -> tuple[str, ...]:
    """After a staff member left a children's area: a warning when the children still inside
    now need more educators than remain."""
    if person.kind is not PersonKind.STAFF or not area.for_children:
        return ()
    ratio = ratio_status(session, area.id, when)
    if not ratio.broken:
        return ()
    return (
        translate("Warning", _RATIO_WARNING).format(
            area=translate("Area", area.name),
            children=translate_n("Warning", _RATIO_CHILDREN, ratio.children),
            needed=ratio.needed,
            educators=ratio.educators,
        ),
    )


_BROUGHT_INSIDE = (  # the children an adult brought still inside, by name
    select(_PEOPLE.c.name)
    .join(_VISITS, _VISITS.c.person_id == _PEOPLE.c.id)
    .join(_AREAS, (_AREAS.c.id == _VISITS.c.area_id) & _AREAS.c.for_children.is_(True))
    .where(_VISITS.c.checked_out_at.is_(None), _VISITS.c.brought_by_id == bindparam("adult"))
    .order_by(_PEOPLE.c.name)
)


def _children_left_inside(connection: Connection, stay: _Stay) -> tuple[str, ...]:
    """After an adult's check-out: a warning naming the children they brought still inside
    (the names are read only when the stay's count says there are some)."""
    if not stay.children_brought_inside:
        return ()
    names = connection.execute(_BROUGHT_INSIDE, {"adult": stay.person.id}).scalars().all()
    text = translate("Warning", _CHILD_LEFT_INSIDE)
    return (text.format(name=stay.person.name, children=", ".join(names)),)


@dataclass(frozen=True)
class _Pickup:
    collected_by: int | None
    code: str | None
    override: bool
    reason: str | None


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
        pickup = _Pickup(collected_by, code, override, reason)
        outcome = _check_out_locked(session, actor, person_id, pickup, at, moment)
    if isinstance(outcome, PickupRefused):
        raise outcome
    return outcome


def _check_out_locked(
    session: Session,
    actor: Actor,
    person_id: int,
    pickup: _Pickup,
    at: datetime | None,
    now: datetime,
) -> Movement | PickupRefused:
    """A check-out inside the caller's transaction, which holds the person's lock."""
    when, corrected = _when(at, now, pickup.reason)
    if corrected or pickup.override:
        require_manager(actor)
    if pickup.override:
        pickup = replace(pickup, reason=require_reason(pickup.reason))
    connection = session.connection()
    stay = _load_stay(connection, person_id, leaving=True)
    if stay.visit_id is None:
        raise _not_inside(stay.person)
    areas = _areas(connection)
    area = next(a for a in areas if a.id == stay.visit_area_id)
    if stay.person.kind is PersonKind.CHILD:
        return _release_child(session, actor, stay, area, pickup, when, now, corrected)
    if pickup.collected_by is not None or pickup.code is not None:
        raise _not_a_child(stay.person)
    return _check_out_adult(session, actor, stay, area, when, now, corrected, pickup.reason)


def _check_out_adult(
    session: Session,
    actor: Actor,
    stay: _Stay,
    area: Area,
    when: datetime,
    now: datetime,
    corrected: bool,
    reason: str | None,
) -> Movement:
    connection = session.connection()
    _close_visit(connection, stay, when, actor, corrected)
    _touch_last_seen(connection, stay.person.id, when)
    warnings = _children_left_inside(connection, stay)
    warnings += _educator_left(session, stay.person, area, when)
    assert stay.visit_id is not None
    record(
        session,
        actor,
        now,
        "check_out",
        stay.person.id,
        reason,
        area=area.key,
        time=when.isoformat(),
        visit=stay.visit_id,
        corrected=corrected,
    )
    return Movement(
        "check_out",
        stay.person,
        area.key,
        area.name,
        when,
        stay.visit_id,
        corrected=corrected,
        warnings=warnings,
    )


def _release_child(
    session: Session,
    actor: Actor,
    stay: _Stay,
    area: Area,
    pickup: _Pickup,
    when: datetime,
    now: datetime,
    corrected: bool,
) -> Movement | PickupRefused:
    """Release the child, or return the refusal after recording the refused attempt."""
    child = stay.person
    assert stay.visit_id is not None
    if pickup.collected_by is None:
        raise Refusal(
            "pickup_needs_adult",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{child} leaves only with the pickup code and an authorised adult: use the pickup.",
            ),
            child=child.name,
        )
    adult = load_person(session, pickup.collected_by)
    if adult.kind == PersonKind.CHILD.value:
        raise Refusal(
            "pickup_by_child",
            QT_TRANSLATE_NOOP("Refusal", "A child cannot collect {child}: choose an adult."),
            child=child.name,
        )
    links = guardians(session, child.id, when)
    connection = session.connection()
    stored = connection.execute(
        select(_VISITS.c.pickup_code).where(_VISITS.c.id == stay.visit_id)
    ).scalar()
    if not pickup.override:
        refusal = _pickup_refusal(session, child, adult, links, pickup.code, stored)
        if refusal is not None:
            record(
                session,
                actor,
                now,
                PICKUP_REFUSED,
                child.id,
                None,
                problem=refusal.code.removeprefix("pickup_"),
                **_wrong_code_count(refusal),
                adult=adult.id,
                visit=stay.visit_id,
                area=area.key,
                real=clock.utcnow().isoformat(),  # the pickup lock's day is the real one
            )
            return refusal
    _close_visit(connection, stay, when, actor, corrected)
    connection.execute(
        update(_VISITS)
        .where(_VISITS.c.id == stay.visit_id)
        .values(collected_by_id=adult.id, pickup_override=pickup.override)
    )
    _touch_last_seen(connection, child.id, when)
    record(
        session,
        actor,
        now,
        "check_out",
        child.id,
        pickup.reason,
        area=area.key,
        time=when.isoformat(),
        visit=stay.visit_id,
        corrected=corrected,
        collected_by=adult.id,
        pickup="override" if pickup.override else "code",
    )
    return Movement(
        "check_out",
        child,
        area.key,
        area.name,
        when,
        stay.visit_id,
        corrected=corrected,
        override=pickup.override,
    )


def _capacity_exceeded(area: Area, full: bool) -> dict[str, int]:
    """For the audit of an override: the capacity the area had then."""
    return {"capacity": area.capacity} if full else {}


def _wrong_code_count(refusal: PickupRefused) -> dict[str, int]:
    """For the audit of a wrong code: which one of the day's allowed wrong codes it was."""
    if refusal.code != "pickup_wrong_code":
        return {}
    return {"attempt": int(refusal.params["count"]), "limit": WRONG_CODES_LIMIT}


def _pickup_refusal(
    session: Session,
    child: PersonRef,
    adult: Person,
    links: list[GuardianInfo],
    code: str | None,
    stored: str | None,
) -> PickupRefused | None:
    """Why this pickup may not happen (first reason found), or None when it may. Only a code
    actually presented counts towards the adult's wrong codes; the count is read under the
    child's lock, so attempts at once are counted one after the other."""
    authorised = valid_guardians(links)
    presented = code or ""
    if not presented.strip():
        return PickupRefused(
            "pickup_no_code",
            QT_TRANSLATE_NOOP(
                "Refusal", "No pickup code was given for {child}: scan or type the slip's code."
            ),
            authorised,
            child=child.name,
        )
    wrong_before = wrong_codes_today(session, child.id, adult.id)
    if wrong_before >= WRONG_CODES_LIMIT:
        return PickupRefused(
            "pickup_locked",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{count} wrong pickup codes today for {child}: only a manager can release "
                "{child} now.",
            ),
            authorised,
            count=wrong_before,
            child=child.name,
            adult=adult.name,
        )
    if not codes_match(presented, stored):
        if wrong_before + 1 >= WRONG_CODES_LIMIT:
            message = QT_TRANSLATE_NOOP(
                "Refusal",
                "The pickup code does not match {child}'s. That is {count} wrong codes today: "
                "from now on only a manager can release {child}.",
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "Refusal",
                "The pickup code does not match {child}'s.",
            )
        return PickupRefused(
            "pickup_wrong_code",
            message,
            authorised,
            count=wrong_before + 1,
            child=child.name,
            adult=adult.name,
        )
    link = next((g for g in links if g.adult_id == adult.id), None)
    if link is not None and link.valid:
        return None
    if link is None:
        code_, message = (
            "pickup_not_authorised",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{adult} is not authorised to collect {child}.",
            ),
        )
    elif not link.authorised:
        code_, message = (
            "pickup_marked_not_authorised",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{adult} is marked as NOT authorised to collect {child}.",
            ),
        )
    else:
        code_, message = (
            "pickup_authorisation_expired",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{adult}'s one-day authorisation for {child} has expired.",
            ),
        )
    return PickupRefused(code_, message, authorised, child=child.name, adult=adult.name)


def toggle(db: Database, actor: Actor, person_id: int, *, now: Now) -> Movement:
    """What a scan does: check out if inside, else check in to the person's default area. Decided
    and done in one transaction, under the person's lock: two scans at once are taken in turn."""
    try:
        with db.write() as session:
            moment = lock_person(session, person_id, now)
            if open_visit(session, person_id) is None:
                return check_in_session(
                    session, actor, person_id, None, moment, moment, False, False, None
                )
            pickup = _Pickup(None, None, False, None)
            outcome = _check_out_locked(session, actor, person_id, pickup, None, moment)
    except IntegrityError as error:  # a desk without the lock (an older version) got there first
        raise _already_inside_elsewhere() from error
    assert isinstance(outcome, Movement)  # a child's pickup is refused, not returned
    return outcome
