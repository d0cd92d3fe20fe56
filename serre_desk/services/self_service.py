"""The unattended desk: while the desk is locked, an adult's badge still checks them in or out.

Only what needs nobody's judgement is done: an adult's own badge, read correctly, checked in to
their default area or out of an adult area. Anything else — a refused or unreadable code, a child,
an educator in the kids' space, a guardian whose child is still inside, a full area — is left for
staff (`ASK_STAFF`), and the answer names nobody but the badge holder. A venue setting turns
self-service off (`UNATTENDED`). Every movement done so is followed in the audit log by a
`self_service` event naming the visit, so the log says it happened while the desk was locked;
every scan left for staff (a pickup slip included) is a `scan_refused` event marked `locked`, so
no scan at the locked desk goes unrecorded and staff find it in *Ultimi movimenti*.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from serre_desk.domain.errors import Refusal
from serre_desk.domain.outcomes import CheckedIn, CheckedOut, Moved, Refused
from serre_desk.domain.people import PersonKind
from serre_desk.domain.pickup_codes import looks_like_pickup_code
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.missed_closing import close_stale_visit
from serre_desk.services.permissions import require_manager
from serre_desk.services.person_row import lock_person
from serre_desk.services.scanning import holder_of, record_refused_scan
from serre_desk.services.settings_store import get_setting, put_setting
from serre_desk.services.visits import step
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, Person, Visit

SELF_SERVICE_KEY = "desk.self_service_when_locked"


class Answer(StrEnum):
    CHECKED_IN = "check_in"
    CHECKED_OUT = "check_out"
    ASK_STAFF = "ask_staff"  # needs someone at the desk; no details on a public screen
    UNATTENDED = "unattended"  # self-service is off


@dataclass(frozen=True)
class SelfServiceAnswer:
    """What the lock screen may say: the badge holder's first name and area, nothing more."""

    answer: Answer
    first_name: str = ""
    area_name: str = ""


def self_service_enabled(db: Database) -> bool:
    """Whether badges check people in and out while the desk is locked (default: yes)."""
    with db.read() as session:
        return get_setting(session, SELF_SERVICE_KEY, True) is not False


def set_self_service(db: Database, actor: Actor, enabled: bool, *, now: datetime) -> None:
    require_manager(actor)
    with db.write() as session:
        put_setting(session, SELF_SERVICE_KEY, enabled)
        record(session, actor, now, "setting", None, key=SELF_SERVICE_KEY, value=enabled)


def _needs_staff(session: Session, person_id: int) -> bool:
    """A child; an adult inside the kids' space (an educator: the ratio); an adult whose child
    is still inside (the desk must warn someone)."""
    person = session.get(Person, person_id)
    if person is None or person.kind == PersonKind.CHILD:
        return True
    in_kids = exists().where(
        Visit.person_id == person_id,
        Visit.checked_out_at.is_(None),
        Visit.area_id == Area.id,
        Area.for_children.is_(True),
    )
    child_inside = exists().where(Visit.brought_by_id == person_id, Visit.checked_out_at.is_(None))
    return bool(session.scalar(select(in_kids | child_inside)))


def _child_of_slip(session: Session, code: str) -> int | None:
    from serre_desk.services.kids import child_with_code

    found = child_with_code(session, code)
    return found.child_id if found is not None else None


def _left_for_staff() -> Refusal:
    return Refusal(
        "left_for_staff",
        QT_TRANSLATE_NOOP("Refusal", "Scanned while the desk was locked: left for staff."),
    )


def _unattended() -> Refusal:
    return Refusal(
        "desk_unattended",
        QT_TRANSLATE_NOOP(
            "Refusal", "Scanned while the desk was locked and self-service off: left for staff."
        ),
    )


def unattended_scan(db: Database, actor: Actor, code: str, *, now: datetime) -> SelfServiceAnswer:
    """A badge scanned at the locked desk: checked in or out as at the open desk, or left for
    staff, in one transaction. `actor` is the desk user the desk was locked by. Every scan left
    for staff (self-service off included) is in the audit log, for its holder when the code is a
    valid badge."""
    with db.write() as session:
        enabled = get_setting(session, SELF_SERVICE_KEY, True) is not False
        person_id: int | None = None  # whom the scan is for, once known
        try:
            if looks_like_pickup_code(code):  # a pickup is always for staff
                person_id = _child_of_slip(session, code)
                raise _left_for_staff()
            person_id = holder_of(session, code, now=now)
            if not enabled:
                raise _unattended()
            moment = lock_person(session, person_id, now)
            close_stale_visit(session, actor, person_id, moment)  # yesterday's closing missed
            if _needs_staff(session, person_id):
                raise _left_for_staff()
            outcome = step(session, actor, person_id, moment)
            if isinstance(outcome, Refused):
                raise outcome.refusal
            assert isinstance(outcome, CheckedIn | Moved | CheckedOut)  # children need staff
        except Refusal as refusal:
            if refusal.subject is None and person_id is not None:
                refusal.subject = (person_id, "")
            record_refused_scan(session, actor, now, refusal, locked=True)
            return SelfServiceAnswer(Answer.ASK_STAFF if enabled else Answer.UNATTENDED)
        movement = outcome.movement
        record(
            session,
            actor,
            now,
            "self_service",
            person_id,
            movement=movement.action,
            visit=movement.visit_id,
            area=movement.area_key,
            locked=True,
        )
    first_name = movement.person.name.split()[0] if movement.person.name.split() else ""
    return SelfServiceAnswer(Answer(movement.action), first_name, movement.area_name)
