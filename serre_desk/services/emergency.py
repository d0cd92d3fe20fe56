"""The emergency list: everyone inside right now, per area, for a roll call at the assembly point.

Each area lists its people by surname. Adults come with their phone where it is known; children
with their age, an allergy *mark* (never the note itself) and the phones of the adults authorised
to collect them today.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from serre_desk.clock import local_date
from serre_desk.domain.names import search_key
from serre_desk.domain.people import PersonKind
from serre_desk.services.reports import AreaRef, list_report_areas
from serre_desk.storage.database import Database
from serre_desk.storage.models import Guardian, Person, Visit


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str | None


@dataclass(frozen=True)
class PersonInside:
    id: int
    name: str
    kind: PersonKind
    organisation: str | None
    since: datetime
    birth_date: date | None = None
    allergy: bool = False
    brought_by: str | None = None
    guardians: tuple[Contact, ...] = ()
    phone: str | None = None


@dataclass(frozen=True)
class EmergencyList:
    at: datetime
    areas: list[tuple[AreaRef, list[PersonInside]]]

    @property
    def total(self) -> int:
        return sum(len(people) for _, people in self.areas)


def emergency_list(db: Database, *, now: datetime) -> EmergencyList:
    """Everyone with an open visit, per area in the venue's order, by surname."""
    brought = aliased(Person)
    today = local_date(now)
    with db.read() as session:
        areas = list_report_areas(session)
        rows = session.execute(
            select(
                Visit.area_id,
                Visit.checked_in_at,
                Person.id,
                Person.name,
                Person.kind,
                Person.organisation,
                Person.birth_date,
                Person.health_notes.is_not(None) & (Person.health_notes != ""),
                brought.name,
                Person.phone,
            )
            .join(Person, Person.id == Visit.person_id)
            .outerjoin(brought, brought.id == Visit.brought_by_id)
            .where(Visit.checked_out_at.is_(None), Visit.undone.is_(False))
            .order_by(Visit.checked_in_at, Person.id)
        ).all()
        children = [row[2] for row in rows if row[4] == PersonKind.CHILD.value]
        adult = aliased(Person)
        links = session.execute(
            select(Guardian.child_id, adult.name, adult.phone)
            .join(adult, adult.id == Guardian.adult_id)
            .where(
                Guardian.child_id.in_(children),
                Guardian.authorised.is_(True),
                or_(Guardian.only_on.is_(None), Guardian.only_on == today),
            )
            .order_by(adult.name)
        ).all()
    guardians: dict[int, list[Contact]] = defaultdict(list)
    for child_id, name, phone in links:
        guardians[child_id].append(Contact(name, phone))
    inside: dict[int, list[PersonInside]] = defaultdict(list)
    for area_id, since, pid, name, kind, org, birth, allergy, brought_name, phone in rows:
        is_child = kind == PersonKind.CHILD.value
        inside[area_id].append(
            PersonInside(
                id=pid,
                name=name,
                kind=PersonKind(kind),
                organisation=org,
                since=since,
                birth_date=birth if is_child else None,
                allergy=bool(allergy) if is_child else False,
                brought_by=brought_name,
                guardians=tuple(guardians.get(pid, ())),
                phone=None if is_child else phone,
            )
        )
    return EmergencyList(
        now, [(area, sorted(inside.get(area.id, []), key=_by_surname)) for area in areas]
    )


PARTICLES = {
    "da",
    "dal",
    "de",
    "degli",
    "dei",
    "del",
    "della",
    "den",
    "der",
    "di",
    "la",
    "le",
    "lo",
}
PARTICLES |= {"van", "von"}


def surname(name: str) -> str:
    """The last word of a name with the particles before it: "De Luca", "van der Berg"."""
    words = name.split()
    start = len(words) - 1
    while start > 1 and search_key(words[start - 1]) in PARTICLES:
        start -= 1
    return " ".join(words[start:])


def _by_surname(person: PersonInside) -> tuple[str, str]:
    return search_key(surname(person.name)), search_key(person.name)
