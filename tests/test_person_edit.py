"""Editing a person's details: None leaves a field, an empty one clears it, and an adult who may
collect a child keeps a phone number."""

from __future__ import annotations

import pytest

from serre_desk.domain.errors import Refusal
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.people import PersonFields, edit_person, person_details
from serre_desk.storage.database import Database
from tests.conftest import MORNING, CliRunner
from tests.helpers import person
from tests.kids_helpers import adult, child


def test_an_empty_field_clears_it_and_none_leaves_it(any_db: Database) -> None:
    pid = person(any_db, "Mario Rossi", email="mario@example.org", phone="+39 333 0000000")
    edit_person(any_db, LOCAL_ADMIN, pid, PersonFields(email="  "), now=MORNING)
    details = person_details(any_db, pid)
    assert (details.email, details.phone) == (None, "+39 333 0000000")


def test_the_phone_of_an_adult_who_may_collect_a_child_stays(any_db: Database) -> None:
    anna = adult(any_db, "Anna Rossi")
    child(any_db, "Emma Rossi", anna)
    with pytest.raises(Refusal) as refused:
        edit_person(any_db, LOCAL_ADMIN, anna, PersonFields(phone=""), now=MORNING)
    assert refused.value.code == "guardian_needs_phone"
    assert person_details(any_db, anna).phone == "+39 333 1234567"


def test_an_adult_marked_not_authorised_may_clear_their_phone(any_db: Database) -> None:
    anna, marco = adult(any_db, "Anna Rossi"), adult(any_db, "Marco Rossi")
    child(any_db, "Emma Rossi", anna, not_authorised=(marco,))
    edit_person(any_db, LOCAL_ADMIN, marco, PersonFields(phone=""), now=MORNING)
    assert person_details(any_db, marco).phone is None


def test_the_command_line_clears_an_email(cli: CliRunner, db: Database) -> None:
    pid = person(db, "Mario Rossi", email="mario@example.org")
    assert cli("person", "edit", str(pid), "--email", "").returncode == 0
    assert person_details(db, pid).email is None
