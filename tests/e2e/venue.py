"""The venue before the week: how an installer scripts a fresh install on the Sunday evening
(people, badges, two families, the coworking's 20 places), then the desk users."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.areas_admin import set_area
from serre_desk.services.badges import issue_badge, revoke_badge
from serre_desk.services.kids import ChildFields, GuardianLink, register_child
from serre_desk.services.people import PersonFields, add_person
from serre_desk.services.users import add_user, authenticate
from serre_desk.storage.database import Database
from tests.roles_helpers import MANAGER_PASSWORD, STAFF_PIN

COWORKING_PLACES = 20
MANAGER, STAFF = "Marta", "Bruno"
SECRETS = {MANAGER: MANAGER_PASSWORD, STAFF: STAFF_PIN}
COWORKERS = (
    "Luca Ferri",
    "Chiara Galli",
    "Davide Moretti",
    "Elena Conti",
    "Francesco Marino",
    "Giorgia Lombardi",
    "Hamid Rahimi",
    "Irene Fontana",
    "Jacopo Barbieri",
    "Kateryna Shevchenko",
    "Lorenzo Rinaldi",
    "Martina Caruso",
    "Nicolò Serra",
    "Olga Petrova",
    "Pietro Testa",
    "Rachele Villa",
    "Simone De Luca",
    "Tommaso Greco",
    "Valentina Costa",
    "Zoë Martin",
    "Łukasz Nowak",
    "Ágnes Nguyễn",
)


@dataclass(frozen=True)
class Adult:
    id: int
    name: str
    badge: str

    @property
    def first_name(self) -> str:
        return self.name.split()[0]


@dataclass(frozen=True)
class Venue:
    coworkers: list[Adult]  # members with a badge; the last one finds the coworking full
    sara: Adult  # educators (staff)
    paolo: Adult
    anna: Adult  # Emma's mother, a coworker
    marco: Adult  # Emma's father
    carla: Adult  # Emma's aunt: registered as NOT authorised to collect her
    giulia: Adult  # Leo's mother
    rita: Adult  # her badge was revoked (lost)
    emma: int
    leo: int


def _adult(db: Database, name: str, kind: PersonKind, now: datetime) -> Adult:
    fields = PersonFields(name=name, kind=kind, phone="+39 333 1234567")
    person = add_person(db, LOCAL_ADMIN, fields, now=now)
    return Adult(person.id, person.name, issue_badge(db, LOCAL_ADMIN, person.id, now=now).code)


def _child(db: Database, name: str, birth: date, now: datetime, *links: GuardianLink) -> int:
    return register_child(db, LOCAL_ADMIN, ChildFields(name, birth, list(links)), now=now).id


def set_up_venue(db: Database, now: datetime) -> Venue:
    """Everything the week needs, made by the local administrator (no desk users yet)."""
    set_area(db, LOCAL_ADMIN, "coworking", capacity=COWORKING_PLACES, now=now)
    member = PersonKind.MEMBER
    coworkers = [_adult(db, name, member, now) for name in COWORKERS]
    anna, marco, carla, giulia, rita = (
        _adult(db, name, member, now)
        for name in ("Anna Rossi", "Marco Rossi", "Carla Verdi", "Giulia Bianchi", "Rita Esposito")
    )
    revoke_badge(db, LOCAL_ADMIN, rita.id, now=now, reason="badge smarrito")
    sara, paolo = (_adult(db, name, PersonKind.STAFF, now) for name in ("Sara Neri", "Paolo Gallo"))
    emma = _child(
        db,
        "Emma Rossi",
        date(2023, 3, 14),
        now,
        GuardianLink(anna.id),
        GuardianLink(marco.id),
        GuardianLink(carla.id, authorised=False),
    )
    leo = _child(db, "Leo Bianchi", date(2022, 9, 2), now, GuardianLink(giulia.id))
    add_user(db, LOCAL_ADMIN, MANAGER, "manager", MANAGER_PASSWORD, now=now)
    marta = authenticate(db, MANAGER, MANAGER_PASSWORD)
    add_user(db, marta, STAFF, "staff", STAFF_PIN, now=now)
    return Venue(coworkers, sara, paolo, anna, marco, carla, giulia, rita, emma, leo)
