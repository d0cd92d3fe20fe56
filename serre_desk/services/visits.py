"""Check-in, check-out, moves and corrections: the rules every desk, scan and command obeys."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from serre_desk.clock import as_utc
from serre_desk.domain.errors import NotFound, Refusal
from serre_desk.domain.people import PersonKind
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.permissions import require_manager, require_reason
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, Person, Visit

Action = Literal["check_in", "check_out"]


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


def count_inside(session: Session, area: Area) -> int:
    """People counted against the area's capacity: children only in a children's area."""
    query = (
        select(func.count())
        .select_from(Visit)
        .where(Visit.area_id == area.id, Visit.checked_out_at.is_(None))
    )
    if area.for_children:
        query = query.join(Person, Person.id == Visit.person_id).where(
            Person.kind == PersonKind.CHILD.value
        )
    return session.connection().execute(query).scalar() or 0


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
            area=area.name,
        )
    if not area.for_children and kind is PersonKind.CHILD:
        raise Refusal(
            "area_adults_only",
            QT_TRANSLATE_NOOP("Refusal", "Children are checked in to the kids' space, not {area}."),
            area=area.name,
        )


def _refuse_full(area: Area) -> Refusal:
    return Refusal(
        "area_full",
        QT_TRANSLATE_NOOP("Refusal", "{area} is full ({capacity}): a manager can authorise."),
        area=area.name,
        capacity=area.capacity,
    )


def _close(visit: Visit, when: datetime, actor: Actor, corrected: bool) -> None:
    if when < visit.checked_in_at:
        raise Refusal(
            "out_before_in",
            QT_TRANSLATE_NOOP("Refusal", "The check-out time is earlier than the check-in time."),
        )
    visit.checked_out_at = when
    visit.out_by = actor.user
    visit.corrected = visit.corrected or corrected


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
    now: datetime,
    at: datetime | None = None,
    reason: str | None = None,
    override: bool = False,
) -> Movement:
    """Open a visit; moves the person if they are inside another area. Refuses a full area
    unless a manager overrides with a reason."""
    when, corrected = _when(at, now, reason)
    if corrected or override:
        require_manager(actor)
    if override:
        reason = require_reason(reason)
    try:
        with db.write() as session:
            return _check_in(
                session, actor, person_id, area_key, when, now, corrected, override, reason
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


_PEOPLE = Person.__table__
_VISITS = Visit.__table__
_AREAS = Area.__table__


def _load_stay(connection: Connection, person_id: int) -> _Stay:
    row = connection.execute(
        select(
            _PEOPLE.c.id,
            _PEOPLE.c.name,
            _PEOPLE.c.kind,
            _PEOPLE.c.default_area,
            _VISITS.c.id,
            _VISITS.c.area_id,
            _VISITS.c.checked_in_at,
        )
        .select_from(
            _PEOPLE.outerjoin(
                _VISITS,
                (_VISITS.c.person_id == _PEOPLE.c.id) & _VISITS.c.checked_out_at.is_(None),
            )
        )
        .where(_PEOPLE.c.id == person_id, _PEOPLE.c.anonymised_at.is_(None))
    ).first()
    if row is None:
        raise NotFound(
            "unknown_person",
            QT_TRANSLATE_NOOP("Refusal", "Nobody is registered with id {id}."),
            id=person_id,
        )
    pid, name, kind, default_area, visit_id, visit_area_id, since = row
    return _Stay(
        PersonRef(pid, name, PersonKind(kind)), default_area, visit_id, visit_area_id, since
    )


def _areas(connection: Connection) -> list[Area]:
    """All areas (a handful of rows), as detached objects, in display order."""
    rows = connection.execute(select(_AREAS).order_by(_AREAS.c.position, _AREAS.c.id)).all()
    return [Area(**row._mapping) for row in rows]


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


def _lock_area(connection: Connection, area_id: int) -> None:
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
    values: dict[str, object] = {"checked_out_at": when, "out_by": actor.user}
    if corrected:
        values["corrected"] = True
    connection.execute(update(_VISITS).where(_VISITS.c.id == stay.visit_id).values(**values))


def _touch_last_seen(connection: Connection, person_id: int, when: datetime) -> None:
    connection.execute(
        update(_PEOPLE)
        .where(
            _PEOPLE.c.id == person_id,
            (_PEOPLE.c.last_seen_at.is_(None)) | (_PEOPLE.c.last_seen_at < when),
        )
        .values(last_seen_at=when)
    )


def _check_in(
    session: Session,
    actor: Actor,
    person_id: int,
    area_key: str | None,
    when: datetime,
    now: datetime,
    corrected: bool,
    override: bool,
    reason: str | None,
) -> Movement:
    connection = session.connection()
    stay = _load_stay(connection, person_id)
    person = stay.person
    areas = _areas(connection)
    area = _target_area(areas, area_key or stay.default_area, person.kind)
    _check_area_fits(area, person.kind)
    _lock_area(connection, area.id)
    if stay.visit_area_id == area.id:
        raise Refusal(
            "already_inside",
            QT_TRANSLATE_NOOP("Refusal", "{name} is already inside {area}."),
            name=person.name,
            area=area.name,
        )
    if corrected:
        _refuse_overlap(session, person.id, when)
    counts_for_capacity = not area.for_children or person.kind is PersonKind.CHILD
    full = counts_for_capacity and count_inside(session, area) >= area.capacity
    if full and not override:
        raise _refuse_full(area)
    moved_from = None
    if stay.visit_id is not None:
        moved_from = next(a.key for a in areas if a.id == stay.visit_area_id)
        _close_visit(connection, stay, when, actor, corrected)
    visit_id = connection.execute(
        insert(_VISITS).values(
            person_id=person.id,
            area_id=area.id,
            checked_in_at=when,
            in_by=actor.user,
            auto_closed=False,
            corrected=corrected,
            override=full,
            undone=False,
            pickup_override=False,
        )
    ).inserted_primary_key[0]
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
    )


def check_out(
    db: Database,
    actor: Actor,
    person_id: int,
    *,
    now: datetime,
    at: datetime | None = None,
    reason: str | None = None,
) -> Movement:
    when, corrected = _when(at, now, reason)
    if corrected:
        require_manager(actor)
    with db.write() as session:
        connection = session.connection()
        stay = _load_stay(connection, person_id)
        if stay.visit_id is None:
            raise Refusal(
                "not_inside",
                QT_TRANSLATE_NOOP("Refusal", "{name} is not inside."),
                name=stay.person.name,
            )
        area = next(a for a in _areas(connection) if a.id == stay.visit_area_id)
        _close_visit(connection, stay, when, actor, corrected)
        _touch_last_seen(connection, person_id, when)
        record(
            session,
            actor,
            now,
            "check_out",
            person_id,
            reason,
            area=area.key,
            time=when.isoformat(),
            visit=stay.visit_id,
            corrected=corrected,
        )
        return Movement(
            "check_out", stay.person, area.key, area.name, when, stay.visit_id, corrected=corrected
        )


def toggle(db: Database, actor: Actor, person_id: int, *, now: datetime) -> Movement:
    """What a scan does: check out if inside, else check in to the person's default area."""
    with db.read() as session:
        inside = open_visit(session, person_id) is not None
    if inside:
        return check_out(db, actor, person_id, now=now)
    return check_in(db, actor, person_id, now=now)
