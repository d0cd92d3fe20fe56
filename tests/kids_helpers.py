"""Builders for the kids' space tests: a family (a child and an authorised parent), educators."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from serre_desk.domain.outcomes import Movement
from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN, Actor
from serre_desk.services.kids import ChildFields, GuardianLink, register_child
from serre_desk.services.visits import check_in
from serre_desk.storage.database import Database
from tests.conftest import MORNING
from tests.helpers import person

TODDLER = date(2024, 6, 1)  # 29 months old on the test morning: 1 educator for 7
BABY = date(2026, 5, 1)  # 6 months: 1 for 5
PRESCHOOLER = date(2022, 1, 10)  # almost 5 years: 1 for 10


@dataclass(frozen=True)
class Family:
    child: int
    parent: int


def adult(db: Database, name: str, phone: str | None = "+39 333 1234567") -> int:
    return person(db, name, PersonKind.MEMBER, phone=phone)


def child(
    db: Database,
    name: str,
    *guardians: int,
    birth: date = TODDLER,
    not_authorised: tuple[int, ...] = (),
    health: str | None = None,
) -> int:
    links = [GuardianLink(g) for g in guardians]
    links += [GuardianLink(g, authorised=False) for g in not_authorised]
    fields = ChildFields(name, birth, links, health_notes=health)
    return register_child(db, LOCAL_ADMIN, fields, now=MORNING).id


def family(
    db: Database,
    child_name: str = "Emma Rossi",
    parent_name: str = "Anna Rossi",
    birth: date = TODDLER,
    health: str | None = None,
) -> Family:
    parent = adult(db, parent_name)
    return Family(child(db, child_name, parent, birth=birth, health=health), parent)


def educator(
    db: Database, name: str = "Sara Bianchi", *, now: datetime = MORNING, actor: Actor = LOCAL_ADMIN
) -> int:
    """A staff member checked in to the kids' space."""
    staff = person(db, name, PersonKind.STAFF)
    check_in(db, actor, staff, "kids", now=now)
    return staff


def drop(
    db: Database, kid: Family, *, now: datetime = MORNING, actor: Actor = LOCAL_ADMIN
) -> Movement:
    return check_in(db, actor, kid.child, now=now, brought_by=kid.parent)
