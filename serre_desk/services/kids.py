"""The kids' space: registering children and their guardians, drop-off, what labels reprint.

- A child is registered with a birth date (gives the age band), allergy/medical notes (health
  data: shown on screen to signed-in desk users only, never printed, never audited), photo
  consent, and guardians: adults already known to the desk, each authorised for pickup or
  explicitly not. At least one guardian must be authorised, and every authorised one needs a
  phone number. A manager can add a one-day authorisation that expires at that day's closing.
- A child's details (`child_details`: health notes only when asked for) and their corrections
  (`edit_child`: name, birth date, notes, photo consent; the audit names the fields changed, never
  the health text).
- Drop-off (`drop_off`): an authorised guardian brings one child or several siblings at once; each
  gets a fresh pickup code (`services.visits.check_in` does the admission).
- Pickup is `services.visits.check_out(child, collected_by=..., code=...)`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select
from sqlalchemy.orm import Session

from serre_desk.clock import local_date
from serre_desk.domain.errors import NotFound, Refusal
from serre_desk.domain.guardians import GuardianInfo
from serre_desk.domain.names import clean_name, clean_notes, search_key
from serre_desk.domain.outcomes import Movement
from serre_desk.domain.people import PersonKind
from serre_desk.domain.pickup_codes import normalise
from serre_desk.domain.ratios import DEFAULT_RATIOS, age_in_months, validate_ratio
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.kids_rules import (
    RATIOS_KEY,
    age_bands,
    guardians,
    one_day_link_holds,
    one_day_needs_manager,
    refuse_without_phone,
)
from serre_desk.services.notice_version import needs_acknowledgement
from serre_desk.services.permissions import NeedsManager, require_manager, require_reason
from serre_desk.services.person_row import load_person, lock_person
from serre_desk.services.settings_store import locked_setting, put_setting
from serre_desk.services.venue import default_area_for
from serre_desk.services.visits import arrive, load_stay, movement_request
from serre_desk.storage.database import Database
from serre_desk.storage.models import Guardian, Person, Visit

ALARM_HANDLED = "kids_alarm_handled"  # the audit action: a late child's alarm was taken in hand
PICKUP_REPRINTED = "pickup_slip_reprinted"  # the audit action: a child's slip printed again
OLDEST_CHILD_YEARS = 14
HEALTH_NOTES_LIMIT = 2000


@dataclass(frozen=True)
class GuardianLink:
    adult_id: int
    authorised: bool = True


@dataclass(frozen=True)
class ChildFields:
    name: str
    birth_date: date
    guardians: Sequence[GuardianLink]
    health_notes: str | None = None
    photo_consent: bool = False
    privacy_acknowledged: bool = False


@dataclass(frozen=True)
class NewChild:
    id: int
    name: str
    area_key: str
    guardians: list[GuardianInfo]


@dataclass(frozen=True)
class ChildDetails:
    """What the person card shows of a child. `health_notes` only when asked for (`with_health`):
    the window asks only while a desk user is signed in and the desk is not locked."""

    id: int
    name: str
    birth_date: date | None
    age_months: int | None
    has_health_notes: bool
    health_notes: str | None
    photo_consent: bool
    privacy_ack_at: datetime | None
    guardians: list[GuardianInfo]
    notice_due: bool = False  # a privacy notice was published since the guardian acknowledged


@dataclass(frozen=True)
class ChildChanges:
    """Corrections of a child's details; None leaves a field as it is. `health_notes`: any text
    replaces the notes, an empty one removes them."""

    name: str | None = None
    birth_date: date | None = None
    health_notes: str | None = None
    photo_consent: bool | None = None
    privacy_acknowledged: bool = False


@dataclass(frozen=True)
class ChildChoice:
    """A child an adult may bring: for the drop-off dialog."""

    id: int
    name: str
    birth_date: date | None
    age_months: int | None
    inside: bool
    has_health_notes: bool


@dataclass(frozen=True)
class PickupPair:
    """What the child's label and the guardian's slip print: never the allergy text."""

    child_id: int
    first_name: str
    code: str
    allergy: bool
    checked_in_at: datetime


def first_name(name: str) -> str:
    return name.split()[0] if name.split() else name


# --- registration and guardians -------------------------------------------------------------


def _refuse_birth(birth: date, today: date) -> None:
    if birth > today:
        raise Refusal(
            "birth_in_future",
            QT_TRANSLATE_NOOP("Refusal", "The birth date {day} is in the future."),
            day=birth.isoformat(),
        )
    if (today.year - birth.year) > OLDEST_CHILD_YEARS:
        raise Refusal(
            "too_old_for_kids",
            QT_TRANSLATE_NOOP(
                "Refusal", "Born on {day}: the kids' space is for children up to {years}."
            ),
            day=birth.isoformat(),
            years=OLDEST_CHILD_YEARS,
        )


def _adult(session: Session, adult_id: int) -> Person:
    adult = load_person(session, adult_id)
    if adult.kind == PersonKind.CHILD.value:
        raise Refusal(
            "guardian_is_child",
            QT_TRANSLATE_NOOP("Refusal", "{name} is a child: a guardian is an adult."),
            name=adult.name,
        )
    return adult


def _child(session: Session, child_id: int) -> Person:
    child = load_person(session, child_id)
    if child.kind != PersonKind.CHILD.value:
        raise Refusal(
            "not_a_child",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{name} is not a child: only children are brought and collected with a pickup "
                "code.",
            ),
            name=child.name,
        )
    return child


def register_child(db: Database, actor: Actor, fields: ChildFields, *, now: datetime) -> NewChild:
    """Register a child with their guardians; refused without an authorised guardian, or when an
    authorised guardian has no phone number."""
    name = clean_name(fields.name)
    _refuse_birth(fields.birth_date, local_date(now))
    adults = [link.adult_id for link in fields.guardians]
    if len(set(adults)) != len(adults):
        raise Refusal(
            "guardian_twice",
            QT_TRANSLATE_NOOP(
                "Refusal", "The same adult is listed twice: authorised or not, choose one."
            ),
        )
    if not any(link.authorised for link in fields.guardians):
        raise Refusal(
            "child_no_guardian_given",
            QT_TRANSLATE_NOOP(
                "Refusal", "A child needs at least one adult authorised for pickup (--guardian)."
            ),
        )
    with db.write() as session:
        for link in fields.guardians:
            adult = _adult(session, link.adult_id)
            if link.authorised:
                refuse_without_phone(adult)
        child = Person(
            name=name,
            search_key=search_key(name),
            kind=PersonKind.CHILD.value,
            birth_date=fields.birth_date,
            health_notes=clean_notes(fields.health_notes, HEALTH_NOTES_LIMIT),
            photo_consent=fields.photo_consent,
            privacy_ack_at=now if fields.privacy_acknowledged else None,
            created_at=now,
        )
        session.add(child)
        session.flush()
        for link in fields.guardians:
            session.add(
                Guardian(
                    child_id=child.id,
                    adult_id=link.adult_id,
                    authorised=link.authorised,
                    only_on=None,
                )
            )
        session.flush()
        record(
            session,
            actor,
            now,
            "person_add",
            child.id,
            kind=PersonKind.CHILD.value,
            guardians=[link.adult_id for link in fields.guardians if link.authorised],
            not_authorised=[link.adult_id for link in fields.guardians if not link.authorised],
            health_notes=child.health_notes is not None,
            photo_consent=fields.photo_consent,
            privacy_notice_shown=fields.privacy_acknowledged,
        )
        area = default_area_for(session, PersonKind.CHILD)
        return NewChild(child.id, child.name, area.key, guardians(session, child.id, now))


def _permanent_authorised(session: Session, child_id: int, now: datetime) -> int:
    return sum(1 for g in guardians(session, child_id, now) if g.authorised and g.only_on is None)


def _needs_one_guardian(child: Person) -> Refusal:
    return Refusal(
        "last_guardian",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "{child} needs at least one authorised guardian: add another one first.",
        ),
        child=child.name,
    )


def add_guardian(
    db: Database,
    actor: Actor,
    child_id: int,
    adult_id: int,
    *,
    now: datetime,
    authorised: bool = True,
    today_only: bool = False,
) -> GuardianInfo:
    """Link an adult to a child (or change the link): authorised for pickup (a manager's
    decision) or for today only, until closing (a manager's too, unless the venue lets staff
    give it), or explicitly not authorised."""
    if authorised and not today_only:
        require_manager(actor)
    if today_only and not authorised:
        raise Refusal(
            "today_only_authorised",
            QT_TRANSLATE_NOOP("Refusal", "A one-day authorisation is an authorisation to collect."),
        )
    with db.write() as session:
        lock_person(session, child_id, now)  # guardian changes of one child, one at a time
        if today_only and one_day_needs_manager(session):
            require_manager(actor)
        child = _child(session, child_id)
        adult = _adult(session, adult_id)
        if authorised:
            refuse_without_phone(adult)
        link = session.get(Guardian, (child_id, adult_id))
        if authorised and link is not None and not link.authorised:
            _refuse_lifting_a_ban(actor, adult, child)
        if today_only and link is not None and link.authorised and link.only_on is None:
            raise Refusal(
                "already_authorised",
                QT_TRANSLATE_NOOP("Refusal", "{adult} is already authorised for {child}."),
                adult=adult.name,
                child=child.name,
            )
        only_on = local_date(now) if today_only else None
        if link is None:
            link = Guardian(child_id=child_id, adult_id=adult_id)
            session.add(link)
        link.authorised, link.only_on = authorised, only_on
        session.flush()
        if not _permanent_authorised(session, child_id, now):
            raise _needs_one_guardian(child)
        record(
            session,
            actor,
            now,
            "guardian_add",
            child_id,
            adult=adult_id,
            authorised=authorised,
            only_on=only_on.isoformat() if only_on else None,
        )
        return next(g for g in guardians(session, child_id, now) if g.adult_id == adult_id)


def _refuse_lifting_a_ban(actor: Actor, adult: Person, child: Person) -> None:
    """An adult explicitly marked as NOT authorised for a child (a family's instruction) stays so
    until a manager decides otherwise: staff can neither authorise them for a day nor remove the
    mark (which would let them be authorised for a day next)."""
    if not actor.is_manager:
        raise NeedsManager(
            "lift_not_authorised",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{adult} is marked as NOT authorised to collect {child}: only a manager can "
                "change that.",
            ),
            adult=adult.name,
            child=child.name,
        )


def remove_guardian(
    db: Database, actor: Actor, child_id: int, adult_id: int, *, now: datetime
) -> None:
    """Unlink an adult from a child; the last permanent authorised guardian cannot go."""
    with db.write() as session:
        lock_person(session, child_id, now)  # two removals at once cannot leave no guardian
        child = _child(session, child_id)
        adult = load_person(session, adult_id)
        link = session.get(Guardian, (child_id, adult_id))
        if link is not None and not link.authorised:
            _refuse_lifting_a_ban(actor, adult, child)
        removed = cast(  # a DELETE's result is a cursor's, with its row count
            CursorResult[Any],
            session.execute(
                delete(Guardian).where(Guardian.child_id == child_id, Guardian.adult_id == adult_id)
            ),
        ).rowcount
        if not removed:
            raise NotFound(
                "not_a_guardian",
                QT_TRANSLATE_NOOP("Refusal", "{adult} is not linked to {child}."),
                adult=adult.name,
                child=child.name,
            )
        if not _permanent_authorised(session, child_id, now):
            raise _needs_one_guardian(child)
        record(session, actor, now, "guardian_remove", child_id, adult=adult_id)


def _details(session: Session, child: Person, now: datetime, with_health: bool) -> ChildDetails:
    today = local_date(now)
    return ChildDetails(
        id=child.id,
        name=child.name,
        birth_date=child.birth_date,
        age_months=age_in_months(child.birth_date, today) if child.birth_date else None,
        has_health_notes=bool(child.health_notes),
        health_notes=child.health_notes if with_health else None,
        photo_consent=bool(child.photo_consent),
        privacy_ack_at=child.privacy_ack_at,
        guardians=guardians(session, child.id, now),
        notice_due=needs_acknowledgement(session, child.privacy_ack_at),
    )


def child_details(
    db: Database, child_id: int, *, now: datetime, with_health: bool = False
) -> ChildDetails:
    """A child's birth date and age, photo consent, guardians (who may collect them now, with
    phones), and the health notes when `with_health`."""
    with db.read() as session:
        return _details(session, _child(session, child_id), now, with_health)


def edit_child(
    db: Database, actor: Actor, child_id: int, changes: ChildChanges, *, now: datetime
) -> ChildDetails:
    """Correct a child's name, birth date, allergy/medical notes or photo consent. Audited as a
    person's edit naming the fields changed; the notes themselves never enter the audit."""
    name = clean_name(changes.name) if changes.name is not None else None
    if changes.birth_date is not None:
        _refuse_birth(changes.birth_date, local_date(now))
    with db.write() as session:
        lock_person(session, child_id, now)
        child = _child(session, child_id)
        changed: list[str] = []
        if name is not None and name != child.name:
            child.name, child.search_key = name, search_key(name)
            changed.append("name")
        if changes.birth_date is not None and changes.birth_date != child.birth_date:
            child.birth_date = changes.birth_date
            changed.append("birth_date")
        if changes.health_notes is not None:
            notes = clean_notes(changes.health_notes, HEALTH_NOTES_LIMIT)
            if notes != child.health_notes:
                child.health_notes = notes
                changed.append("health_notes")
        if changes.photo_consent is not None and changes.photo_consent != child.photo_consent:
            child.photo_consent = changes.photo_consent
            changed.append("photo_consent")
        if changes.privacy_acknowledged and (
            child.privacy_ack_at is None or needs_acknowledgement(session, child.privacy_ack_at)
        ):
            child.privacy_ack_at = now
            changed.append("privacy_ack_at")
        if changed:
            session.flush()
            record(
                session,
                actor,
                now,
                "person_edit",
                child.id,
                fields=changed,
                health_notes=child.health_notes is not None,
                photo_consent=bool(child.photo_consent),
            )
        return _details(session, child, now, with_health=True)


def guardians_of(db: Database, child_id: int, *, now: datetime) -> list[GuardianInfo]:
    with db.read() as session:
        _child(session, child_id)
        return guardians(session, child_id, now)


def children_of(db: Database, adult_id: int, *, now: datetime) -> list[ChildChoice]:
    """The children `adult_id` may bring and collect now (authorised), by name."""
    today = local_date(now)
    with db.read() as session:
        _adult(session, adult_id)
        rows = session.execute(
            select(Person, Guardian.only_on, Visit.id)
            .join(Guardian, Guardian.child_id == Person.id)
            .outerjoin(Visit, (Visit.person_id == Person.id) & Visit.checked_out_at.is_(None))
            .where(
                Guardian.adult_id == adult_id,
                Guardian.authorised.is_(True),
                Person.anonymised_at.is_(None),
            )
            .order_by(Person.search_key, Person.id)
        ).all()
        allowed = [
            (child, visit_id)
            for child, only_on, visit_id in rows
            if only_on is None or one_day_link_holds(session, only_on, now)
        ]
        return [
            ChildChoice(
                child.id,
                child.name,
                child.birth_date,
                age_in_months(child.birth_date, today) if child.birth_date else None,
                visit_id is not None,
                bool(child.health_notes),
            )
            for child, visit_id in allowed
        ]


# --- drop-off, codes, labels --------------------------------------------------------------------


def drop_off(
    db: Database,
    actor: Actor,
    guardian_id: int,
    child_ids: Sequence[int],
    *,
    now: datetime,
    expected_pickup_at: datetime | None = None,
    override: bool = False,
    reason: str | None = None,
) -> list[Movement]:
    """Check in one child or several siblings brought by `guardian_id`, all or none (one
    transaction: if one is refused, nobody is checked in). Each gets a fresh pickup code."""
    if not child_ids or len(set(child_ids)) != len(child_ids):
        raise Refusal(
            "choose_children",
            QT_TRANSLATE_NOOP("Refusal", "Choose the children being brought, each once."),
        )
    request = movement_request(actor, now, reason=reason, override=override)
    with db.write() as session:
        for child_id in sorted(child_ids):  # one order for every desk: no deadlock
            lock_person(session, child_id, now)
        return [
            arrive(
                session,
                actor,
                load_stay(session, child_id),
                None,
                request,
                brought_by=guardian_id,
                expected_pickup_at=expected_pickup_at,
            )
            for child_id in child_ids
        ]


@dataclass(frozen=True)
class ChildByCode:
    child_id: int
    name: str
    visit_id: int


def child_for_code(db: Database, code: str) -> ChildByCode | None:
    """The child inside whose pickup code this is (a scanned or typed slip), if any."""
    with db.read() as session:
        return child_with_code(session, code)


def child_with_code(session: Session, code: str) -> ChildByCode | None:
    """`child_for_code` inside the caller's transaction."""
    wanted = normalise(code)
    if wanted is None:
        return None
    row = session.execute(
        select(Person.id, Person.name, Visit.id)
        .join(Visit, Visit.person_id == Person.id)
        .where(Visit.checked_out_at.is_(None), Visit.pickup_code == wanted)
    ).first()
    return ChildByCode(*row) if row else None


def pickup_pair(db: Database, child_id: int) -> PickupPair:
    """The label and slip of a child inside, with the code of this visit (printed at the
    drop-off, with the guardian there)."""
    with db.read() as session:
        return _pair(session, child_id)[0]


def reprint_pair(db: Database, actor: Actor, child_id: int, *, now: datetime) -> PickupPair:
    """The label and slip printed again, away from the drop-off: the slip releases the child, so
    every reprint is in the audit log (who, when, for which visit)."""
    with db.write() as session:
        pair, visit_id = _pair(session, child_id)
        record(session, actor, now, PICKUP_REPRINTED, child_id, visit=visit_id)
        return pair


def _pair(session: Session, child_id: int) -> tuple[PickupPair, int]:
    child = _child(session, child_id)
    visit = session.scalar(
        select(Visit).where(Visit.person_id == child_id, Visit.checked_out_at.is_(None))
    )
    if visit is None or visit.pickup_code is None:
        raise Refusal(
            "no_pickup_code",
            QT_TRANSLATE_NOOP(
                "Refusal", "{name} is not inside the kids' space: there is nothing to print."
            ),
            name=child.name,
        )
    pair = PickupPair(
        child.id,
        first_name(child.name),
        visit.pickup_code,
        bool(child.health_notes),
        visit.checked_in_at,
    )
    return pair, visit.id


def handle_alarm(db: Database, actor: Actor, child_id: int, note: str, *, now: datetime) -> None:
    """An educator took charge of a child still inside after closing (called the family…): the
    note is kept in the audit log and the blocking alarm for this visit stops."""
    note = require_reason(note)
    with db.write() as session:
        lock_person(session, child_id, now)
        child = _child(session, child_id)
        visit_id = session.scalar(
            select(Visit.id).where(Visit.person_id == child_id, Visit.checked_out_at.is_(None))
        )
        if visit_id is None:
            raise Refusal(
                "not_inside",
                QT_TRANSLATE_NOOP("Refusal", "{name} is not inside."),
                name=child.name,
            )
        record(session, actor, now, ALARM_HANDLED, child_id, note, visit=visit_id)


# --- ratios -------------------------------------------------------------------------------------


def read_ratios(db: Database) -> dict[str, int]:
    """Children per educator by age band key (see `domain.ratios.BAND_KEYS`)."""
    with db.read() as session:
        return {band.key: band.ratio for band in age_bands(session)}


def set_ratios(
    db: Database, actor: Actor, ratios: dict[str, int], *, now: datetime
) -> dict[str, int]:
    """Change some bands' ratios (managers); returns all of them."""
    require_manager(actor)
    check_ratios(ratios)
    with db.write() as session:
        return write_ratios(session, actor, ratios, now=now)


def check_ratios(ratios: dict[str, int]) -> None:
    """Refuse an unknown age band or a ratio out of range, before anything is written."""
    unknown = set(ratios) - set(DEFAULT_RATIOS)
    if unknown:
        raise Refusal(
            "unknown_band",
            QT_TRANSLATE_NOOP("Refusal", "Unknown age band {band!r}."),
            band=sorted(unknown)[0],
        )
    for value in ratios.values():
        validate_ratio(value)


def write_ratios(
    session: Session, actor: Actor, ratios: dict[str, int], *, now: datetime
) -> dict[str, int]:
    """`set_ratios` inside the caller's transaction (the settings page saves the ratios with the
    kids' space options in one), the values checked by `check_ratios`; returns all of them."""
    locked_setting(session, RATIOS_KEY, {})  # another manager's change is kept, not lost
    current = {band.key: band.ratio for band in age_bands(session)}
    current.update(ratios)
    put_setting(session, RATIOS_KEY, current)
    record(session, actor, now, "ratios_set", None, reason=None, **current)
    return current
