"""Undoing a check-in or check-out made by mistake, within a minute.

Nothing is erased: an undone check-in keeps its visit, marked `undone` and closed at its own
check-in time (so it counts for nothing); an undone check-out reopens the visit (an undone
child's release also forgets who collected them; the pickup code still holds). Either way the
audit log gains an "undo" event pointing at the event it reverses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from serre_desk.domain.errors import Refusal
from serre_desk.domain.outcomes import Action, Movement, PersonRef
from serre_desk.domain.visit_rules import refuse_full
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.person_row import load_person, lock_person
from serre_desk.services.visits import area_facts, count_inside, lock_area, open_visit, person_ref
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, AuditEvent, Person, Visit

UNDO_WINDOW = timedelta(seconds=60)


@dataclass(frozen=True)
class Undone:
    """What an undo reversed: the banner says "check-in of Mario Rossi undone"."""

    action: Action
    person: PersonRef
    area_key: str
    area_name: str
    at: datetime


def undo_movement(db: Database, actor: Actor, movement: Movement, *, now: datetime) -> Undone:
    """Reverse `movement` if it was recorded less than a minute ago and nothing changed since."""
    with db.write() as session:
        lock_person(session, movement.person.id, now)  # a second undo waits, then sees the first
        person = load_person(session, movement.person.id)
        original = _original_event(session, movement)
        if original is None or now - original.at > UNDO_WINDOW:
            raise Refusal(
                "undo_too_late",
                QT_TRANSLATE_NOOP(
                    "Refusal",
                    "More than {seconds} seconds have passed: this can no longer be undone. "
                    "A manager can correct the time instead.",
                ),
                seconds=int(UNDO_WINDOW.total_seconds()),
            )
        visit = session.get(Visit, movement.visit_id)
        if visit is None or visit.undone:
            raise _changed_since(person)
        if movement.action == "check_in":
            _undo_check_in(session, actor, person, visit, movement)
        else:
            _undo_check_out(session, person, visit)
        area = session.get(Area, visit.area_id)
        assert area is not None
        record(
            session,
            actor,
            now,
            "undo",
            person.id,
            undone=movement.action,
            event=original.id,
            visit=visit.id,
            area=area.key,
        )
        return Undone(movement.action, person_ref(person), area.key, area.name, movement.at)


def _original_event(session: Session, movement: Movement) -> AuditEvent | None:
    """The audit event that recorded `movement` (the newest one for its visit)."""
    events = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.action == movement.action, AuditEvent.subject_id == movement.person.id)
        .order_by(AuditEvent.id.desc())
        .limit(20)
    )
    return next((e for e in events if json.loads(e.detail).get("visit") == movement.visit_id), None)


def _changed_since(person: Person) -> Refusal:
    return Refusal(
        "undo_changed",
        QT_TRANSLATE_NOOP(
            "Refusal", "{name} has checked in or out again since: nothing was undone."
        ),
        name=person.name,
    )


def _undo_check_in(
    session: Session, actor: Actor, person: Person, visit: Visit, movement: Movement
) -> None:
    if visit.checked_out_at is not None:
        raise _changed_since(person)
    visit.undone = True
    visit.checked_out_at = visit.checked_in_at
    visit.out_by = actor.user
    visit.out_desk = actor.at_desk
    session.flush()
    if movement.moved_from is None:
        return
    # The check-in moved the person from another area: they are back there, as before.
    previous = session.scalar(
        select(Visit)
        .join(Area, Area.id == Visit.area_id)
        .where(
            Visit.person_id == person.id,
            Visit.checked_out_at == visit.checked_in_at,
            Visit.undone.is_(False),
            Area.key == movement.moved_from,
        )
        .order_by(Visit.id.desc())
        .limit(1)
    )
    if previous is not None:
        previous.checked_out_at = None
        previous.out_by = None
        previous.out_desk = None


def _undo_check_out(session: Session, person: Person, visit: Visit) -> None:
    if visit.checked_out_at is None or open_visit(session, person.id) is not None:
        raise _changed_since(person)
    area = session.get(Area, visit.area_id)
    assert area is not None
    lock_area(session.connection(), area.id)  # the seat is counted as check-ins count it
    counts = not area.for_children or person.kind == "child"
    if counts and count_inside(session, area_facts(area)) >= area.capacity:
        raise refuse_full(area_facts(area))
    visit.checked_out_at = None
    visit.out_by = None
    visit.out_desk = None
    # A child's release undone: nobody collected them; their pickup code still holds.
    visit.collected_by_id = None
    visit.pickup_override = False
