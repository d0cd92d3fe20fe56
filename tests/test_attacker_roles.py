"""Staff working round a manager's rule, and a desk left behind by the first sign-up: a guest
made staff (an educator for the ratio) or a member (a badge past the day pass), an import, a
stale first-manager form, a desk user passing as the local administrator. Real databases
(SQLite file and PostgreSQL), the real services."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from serre_desk.domain.audit_actions import action_label
from serre_desk.domain.errors import Refusal
from serre_desk.domain.outcomes import Refused
from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN, Actor, Role
from serre_desk.services.badges import badge_for_print
from serre_desk.services.importer import import_people
from serre_desk.services.people import PersonFields, add_person, edit_person
from serre_desk.services.permissions import NeedsManager
from serre_desk.services.scanning import scan
from serre_desk.services.users import (
    add_user,
    authenticate,
    deactivate_user,
    list_users,
    reactivate_user,
)
from serre_desk.services.visits import check_in
from serre_desk.storage.database import Database
from serre_desk.storage.models import AuditEvent
from tests.conftest import MORNING
from tests.helpers import person
from tests.kids_helpers import Family, drop, educator, family
from tests.roles_helpers import MANAGER_PASSWORD, STAFF_PIN

TOMORROW = MORNING + timedelta(days=1)


@pytest.fixture
def team(any_db: Database) -> Database:
    anna = add_user(any_db, LOCAL_ADMIN, "Anna", "manager", MANAGER_PASSWORD, now=MORNING)
    manager = authenticate(any_db, anna.name, MANAGER_PASSWORD)
    add_user(any_db, manager, "Bruno", "staff", STAFF_PIN, now=MORNING)
    return any_db


def test_staff_cannot_make_a_guest_an_educator_to_pass_the_ratio(team: Database) -> None:
    bruno = authenticate(team, "Bruno", STAFF_PIN)
    educator(team)  # one educator: seven toddlers at most
    for n in range(7):
        drop(team, family(team, f"Bimbo {n}", f"Genitore {n}"))
    eighth = family(team, "Ottavo Bimbo", "Ottavo Genitore")
    with pytest.raises(Refusal) as short:
        drop(team, eighth, actor=bruno)
    assert short.value.code == "ratio_short"
    # the eighth child's parent is made "staff", to walk into the kids' space as an educator
    with pytest.raises(NeedsManager) as refused:
        edit_person(team, bruno, eighth.parent, PersonFields(kind=PersonKind.STAFF), now=MORNING)
    assert refused.value.code == "kind_needs_manager"
    assert "Only a manager" in refused.value.text("en")
    # nor registered as staff from scratch
    with pytest.raises(NeedsManager):
        add_person(
            team, bruno, PersonFields(name="Finto Educatore", kind=PersonKind.STAFF), now=MORNING
        )
    assert drop_refused(team, eighth, bruno) == "ratio_short"


def drop_refused(db: Database, kid: Family, actor: Actor) -> str:
    with pytest.raises(Refusal) as refused:
        drop(db, kid, actor=actor)
    return refused.value.code


def test_staff_cannot_turn_a_day_pass_into_a_lasting_badge(team: Database) -> None:
    bruno = authenticate(team, "Bruno", STAFF_PIN)
    guest = person(team, "Ospite Furbo", PersonKind.GUEST)
    member = person(team, "Socio Scaduto", membership_ends=date(2026, 11, 1))
    with pytest.raises(NeedsManager):
        edit_person(team, bruno, guest, PersonFields(kind=PersonKind.MEMBER), now=MORNING)
    with pytest.raises(NeedsManager) as refused:
        edit_person(
            team, bruno, member, PersonFields(membership_ends=date(2030, 1, 1)), now=MORNING
        )
    assert refused.value.code == "membership_needs_manager"
    day_pass = badge_for_print(team, bruno, guest, now=MORNING)
    outcome = scan(team, bruno, day_pass.code, now=TOMORROW)
    assert isinstance(outcome, Refused) and outcome.refusal.code == "badge_expired"
    # what staff may still change, and what a manager may
    edit_person(team, bruno, guest, PersonFields(phone="+39 051 000000"), now=MORNING)
    manager = authenticate(team, "Anna", MANAGER_PASSWORD)
    edit_person(team, manager, guest, PersonFields(kind=PersonKind.MEMBER), now=MORNING)
    edit_person(team, manager, member, PersonFields(membership_ends=date(2030, 1, 1)), now=MORNING)


def test_only_a_manager_imports_people(team: Database, tmp_path: Path) -> None:
    sheet = tmp_path / "soci.csv"
    sheet.write_text("nome,tipo\nAmico di Bruno,staff\n", encoding="utf-8")
    bruno = authenticate(team, "Bruno", STAFF_PIN)
    with pytest.raises(NeedsManager):
        import_people(team, bruno, sheet, now=MORNING)
    manager = authenticate(team, "Anna", MANAGER_PASSWORD)
    assert import_people(team, manager, sheet, now=MORNING).count("added") == 1


def test_a_first_manager_form_left_open_adds_no_manager_once_users_exist(team: Database) -> None:
    # a desk opened before another desk made the first manager still acts as the local admin
    with pytest.raises(NeedsManager) as refused:
        add_user(team, LOCAL_ADMIN, "Mallory", "manager", "a long enough password", now=MORNING)
    assert refused.value.code == "users_exist"
    assert [u.name for u in list_users(team)] == ["Anna", "Bruno"]


@pytest.mark.parametrize("name", ["admin", "ADMIN", " Admin ", "-"])
def test_no_desk_user_passes_as_the_local_administrator(team: Database, name: str) -> None:
    manager = authenticate(team, "Anna", MANAGER_PASSWORD)
    with pytest.raises(Refusal) as refused:
        add_user(team, manager, name, "staff", STAFF_PIN, now=MORNING)
    assert refused.value.code == "user_name_reserved"
    assert {u.role for u in list_users(team)} == {Role.MANAGER, Role.STAFF}


def test_the_first_user_is_still_made_by_the_local_administrator(any_db: Database) -> None:
    made = add_user(any_db, LOCAL_ADMIN, "Anna", "manager", MANAGER_PASSWORD, now=MORNING)
    assert made.role is Role.MANAGER and made.recovery_code
    check_in(any_db, authenticate(any_db, "Anna", MANAGER_PASSWORD), person(any_db), now=MORNING)


def test_a_reactivation_reads_as_one_in_the_audit_log(team: Database) -> None:
    manager = authenticate(team, "Anna", MANAGER_PASSWORD)
    deactivate_user(team, manager, "Bruno", now=MORNING)
    reactivate_user(team, manager, "Bruno", "97531864", now=MORNING)
    with team.read() as session:
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.action.like("user_%"))
        ).all()
    # not a mere "unlocked": Bruno's PIN was replaced by a manager's choice
    assert actions[-2:] == ["user_deactivated", "user_reactivated"]
    assert action_label("user_reactivated") == "Desk user reactivated with a new PIN or password"
    assert authenticate(team, "Bruno", "97531864").role is Role.STAFF
