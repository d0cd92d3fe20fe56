"""Registering, editing and finding people."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from serre_desk.domain.errors import Refusal
from serre_desk.domain.names import clean_name, clean_optional, search_key
from serre_desk.domain.people import PersonKind
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.kids_rules import authorises_pickup, refuse_without_phone
from serre_desk.services.notice_version import needs_acknowledgement
from serre_desk.services.people_index import people_index
from serre_desk.services.permissions import NeedsManager
from serre_desk.services.person_row import load_person
from serre_desk.services.venue import default_area_for, find_area
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, Person, Visit

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[0-9 ()./-]{5,25}$")


@dataclass(frozen=True)
class PersonFields:
    """What a desk may set on a person; None leaves a field as it is when editing."""

    name: str | None = None
    kind: PersonKind | None = None
    organisation: str | None = None
    email: str | None = None
    phone: str | None = None
    default_area: str | None = None
    membership_ends: date | None = None
    privacy_acknowledged: bool = False


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    kind: PersonKind
    organisation: str | None
    inside_area: str | None


@dataclass(frozen=True)
class NewPerson:
    id: int
    name: str
    kind: PersonKind
    area_key: str


@dataclass(frozen=True)
class VisitLine:
    area_key: str
    checked_in_at: datetime
    checked_out_at: datetime | None
    auto_closed: bool
    corrected: bool


@dataclass(frozen=True)
class PersonDetails:
    id: int
    name: str
    kind: PersonKind
    organisation: str | None
    email: str | None
    phone: str | None
    default_area: str | None
    membership_ends: date | None
    privacy_ack_at: datetime | None
    created_at: datetime
    inside_area: str | None
    recent_visits: list[VisitLine]
    notice_due: bool = False  # a privacy notice was published since they acknowledged


def validated_fields(fields: PersonFields) -> PersonFields:
    email = clean_optional(fields.email)
    if email is not None and not EMAIL.match(email):
        raise Refusal(
            "bad_email",
            QT_TRANSLATE_NOOP("Refusal", "{value!r} is not an email address."),
            value=email,
        )
    phone = clean_optional(fields.phone, 40)
    if phone is not None and not PHONE.match(phone):
        raise Refusal(
            "bad_phone",
            QT_TRANSLATE_NOOP("Refusal", "{value!r} is not a phone number."),
            value=phone,
        )
    return replace(
        fields,
        name=clean_name(fields.name) if fields.name is not None else None,
        organisation=clean_optional(fields.organisation),
        email=email.lower() if email else None,
        phone=phone,
    )


def _check_area(session: Session, key: str | None) -> None:
    if key is not None:
        find_area(session, key)


def add_person(db: Database, actor: Actor, fields: PersonFields, *, now: datetime) -> NewPerson:
    if fields.name is None:
        raise Refusal("name_empty", QT_TRANSLATE_NOOP("Refusal", "The name is empty."))
    fields = validated_fields(fields)
    kind = fields.kind or PersonKind.GUEST
    if kind is PersonKind.STAFF and not actor.is_manager:
        raise _staff_needs_manager()
    with db.write() as session:
        _check_area(session, fields.default_area)
        person = Person(
            name=fields.name,
            search_key=search_key(fields.name or ""),
            kind=kind.value,
            organisation=fields.organisation,
            email=fields.email,
            phone=fields.phone,
            default_area=fields.default_area,
            membership_ends=fields.membership_ends,
            privacy_ack_at=now if fields.privacy_acknowledged else None,
            created_at=now,
        )
        session.add(person)
        session.flush()
        record(
            session,
            actor,
            now,
            "person_add",
            person.id,
            kind=kind.value,
            privacy_notice_shown=fields.privacy_acknowledged,
        )
        area_key = fields.default_area or default_area_for(session, kind).key
        return NewPerson(person.id, person.name, kind, area_key)


CLEARABLE = ("organisation", "email", "phone")


def _staff_needs_manager() -> NeedsManager:
    return NeedsManager(
        "staff_kind_needs_manager",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "Only a manager registers venue staff: staff count as educators in the kids' space "
            "and their badge never expires.",
        ),
    )


def _refuse_status_change(actor: Actor, person: Person, fields: PersonFields) -> None:
    """A person's kind and membership end are a manager's: a guest made staff would count as an
    educator for the kids' ratio, one made a member (or given a later membership end) would keep
    a badge past the day pass."""
    if actor.is_manager:
        return
    if fields.kind is not None and fields.kind.value != person.kind:
        raise NeedsManager(
            "kind_needs_manager",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "Only a manager changes whether someone is a guest, a member or staff: ask a "
                "manager to sign in.",
            ),
        )
    if fields.membership_ends is not None and fields.membership_ends != person.membership_ends:
        raise NeedsManager(
            "membership_needs_manager",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "Only a manager changes when a membership ends: ask a manager to sign in.",
            ),
        )


def edit_person(
    db: Database, actor: Actor, person_id: int, fields: PersonFields, *, now: datetime
) -> PersonRow:
    """Change what `fields` gives; None leaves a field as it is, and an empty organisation,
    email or phone clears it (a pickup-authorised adult keeps a phone)."""
    cleared = [
        attr
        for attr in CLEARABLE
        if getattr(fields, attr) is not None and clean_optional(getattr(fields, attr)) is None
    ]
    fields = validated_fields(fields)
    with db.write() as session:
        person = load_person(session, person_id)
        _check_area(session, fields.default_area)
        _refuse_status_change(actor, person, fields)
        changed: list[str] = []
        for attr in ("name", "organisation", "email", "phone", "default_area", "membership_ends"):
            value = getattr(fields, attr)
            if value is not None and value != getattr(person, attr):
                setattr(person, attr, value)
                changed.append(attr)
        for attr in cleared:
            if getattr(person, attr) is not None:
                setattr(person, attr, None)
                changed.append(attr)
        if "phone" in cleared and authorises_pickup(session, person.id, now):
            refuse_without_phone(person)
        if fields.kind is not None and fields.kind.value != person.kind:
            person.kind = fields.kind.value
            changed.append("kind")
        if fields.name is not None:
            person.search_key = search_key(fields.name)
        if fields.privacy_acknowledged and (
            person.privacy_ack_at is None or needs_acknowledgement(session, person.privacy_ack_at)
        ):
            person.privacy_ack_at = now
            changed.append("privacy_ack_at")
        if changed:
            record(session, actor, now, "person_edit", person.id, fields=changed)
        return PersonRow(
            person.id,
            person.name,
            PersonKind(person.kind),
            person.organisation,
            _inside_area(session, person.id),
        )


def _inside_area(session: Session, person_id: int) -> str | None:
    return session.scalar(
        select(Area.key)
        .join(Visit, Visit.area_id == Area.id)
        .where(Visit.person_id == person_id, Visit.checked_out_at.is_(None))
    )


_ID_BATCH = 2_000  # ids per query: far below every engine's limit on bound parameters


def search_people(db: Database, text: str = "", limit: int | None = None) -> list[PersonRow]:
    """People whose name contains `text`, accent- and case-insensitively; names that start with
    it first, then names with a word starting with it, then the rest, alphabetically within each.
    Anonymised people never match. Fast at any size: see `people_index`."""
    found: dict[int, PersonRow] = {}
    with db.read() as session:
        ids = people_index(db).search(session, search_key(text), limit)
        for start in range(0, len(ids), _ID_BATCH):
            query = (
                select(Person.id, Person.name, Person.kind, Person.organisation, Area.key)
                .outerjoin(Visit, (Visit.person_id == Person.id) & Visit.checked_out_at.is_(None))
                .outerjoin(Area, Area.id == Visit.area_id)
                .where(
                    Person.id.in_(ids[start : start + _ID_BATCH]), Person.anonymised_at.is_(None)
                )
            )
            for pid, name, kind, org, area in session.execute(query):
                found[pid] = PersonRow(pid, name, PersonKind(kind), org, area)
    return [found[pid] for pid in ids if pid in found]


def similar_names(db: Database, name: str) -> list[PersonRow]:
    """People already registered with the same name (after folding): shown before a duplicate."""
    key = search_key(clean_name(name))
    query = select(Person.id, Person.name, Person.kind, Person.organisation).where(
        Person.search_key == key, Person.anonymised_at.is_(None)
    )
    with db.read() as session:
        rows = session.execute(query).all()
    return [PersonRow(pid, n, PersonKind(kind), org, None) for pid, n, kind, org in rows]


def person_details(db: Database, person_id: int, recent: int = 10) -> PersonDetails:
    with db.read() as session:
        person = load_person(session, person_id)
        visits = session.execute(
            select(Visit, Area.key)
            .join(Area, Area.id == Visit.area_id)
            .where(Visit.person_id == person_id, Visit.undone.is_(False))
            .order_by(Visit.checked_in_at.desc())
            .limit(recent)
        ).all()
        lines = [
            VisitLine(key, v.checked_in_at, v.checked_out_at, v.auto_closed, v.corrected)
            for v, key in visits
        ]
        inside_area = next((line.area_key for line in lines if line.checked_out_at is None), None)
        return PersonDetails(
            id=person.id,
            name=person.name,
            kind=PersonKind(person.kind),
            organisation=person.organisation,
            email=person.email,
            phone=person.phone,
            default_area=person.default_area,
            membership_ends=person.membership_ends,
            privacy_ack_at=person.privacy_ack_at,
            created_at=person.created_at,
            inside_area=inside_area,
            recent_visits=lines,
            notice_due=needs_acknowledgement(session, person.privacy_ack_at),
        )
