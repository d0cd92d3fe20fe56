"""Check-in, check-out, moves and corrections: the rules every desk, scan and command obeys."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from serre_desk.clock import as_utc
from serre_desk.domain.errors import NotFound, Refusal
from serre_desk.domain.people import PersonKind
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.permissions import require_manager, require_reason
from serre_desk.services.venue import default_area_for, find_area
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
    return session.scalar(query) or 0


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
    person = load_person(session, person_id)
    kind = PersonKind(person.kind)
    area_key = area_key or person.default_area
    area = find_area(session, area_key) if area_key else default_area_for(session, kind)
    _check_area_fits(area, kind)
    # Serialise check-ins into this area across connections (PostgreSQL; SQLite's writer lock
    # already does).
    session.execute(select(Area.id).where(Area.id == area.id).with_for_update())
    current = open_visit(session, person.id)
    if current is not None and current.area_id == area.id:
        raise Refusal(
            "already_inside",
            QT_TRANSLATE_NOOP("Refusal", "{name} is already inside {area}."),
            name=person.name,
            area=area.name,
        )
    if corrected:
        _refuse_overlap(session, person.id, when)
    counts_for_capacity = not area.for_children or kind is PersonKind.CHILD
    full = counts_for_capacity and count_inside(session, area) >= area.capacity
    if full and not override:
        raise _refuse_full(area)
    override = full
    moved_from = None
    if current is not None:
        moved_from = session.get(Area, current.area_id).key  # type: ignore[union-attr]
        _close(current, when, actor, corrected)
        session.flush()
    visit = Visit(
        person_id=person.id,
        area_id=area.id,
        checked_in_at=when,
        in_by=actor.user,
        corrected=corrected,
        override=override,
    )
    session.add(visit)
    person.last_seen_at = max(when, person.last_seen_at or when)
    session.flush()
    record(
        session,
        actor,
        now,
        "check_in",
        person.id,
        reason,
        area=area.key,
        time=when.isoformat(),
        visit=visit.id,
        moved_from=moved_from,
        corrected=corrected,
        override=override,
    )
    return Movement(
        "check_in",
        person_ref(person),
        area.key,
        area.name,
        when,
        visit.id,
        moved_from=moved_from,
        corrected=corrected,
        override=override,
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
        person = load_person(session, person_id)
        visit = open_visit(session, person.id)
        if visit is None:
            raise Refusal(
                "not_inside",
                QT_TRANSLATE_NOOP("Refusal", "{name} is not inside."),
                name=person.name,
            )
        area = session.get(Area, visit.area_id)
        assert area is not None
        _close(visit, when, actor, corrected)
        person.last_seen_at = max(when, person.last_seen_at or when)
        record(
            session,
            actor,
            now,
            "check_out",
            person.id,
            reason,
            area=area.key,
            time=when.isoformat(),
            visit=visit.id,
            corrected=corrected,
        )
        return Movement(
            "check_out",
            person_ref(person),
            area.key,
            area.name,
            when,
            visit.id,
            corrected=corrected,
        )


def toggle(db: Database, actor: Actor, person_id: int, *, now: datetime) -> Movement:
    """What a scan does: check out if inside, else check in to the person's default area."""
    with db.read() as session:
        inside = open_visit(session, person_id) is not None
    if inside:
        return check_out(db, actor, person_id, now=now)
    return check_in(db, actor, person_id, now=now)
