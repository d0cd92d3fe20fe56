"""Desk users: Argon2id secrets, the first manager, back-off after 5 failures, lock after 20."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import extract_parameters

from serre_desk.domain.errors import Refusal
from serre_desk.services.actor import LOCAL_ADMIN, Role
from serre_desk.services.users import (
    add_user,
    authenticate,
    change_secret,
    has_users,
    list_users,
    unlock_user,
)
from serre_desk.storage.database import Database
from serre_desk.storage.models import DeskUser
from tests.conftest import MORNING

MANAGER_PASSWORD = "correct horse battery"
STAFF_PIN = "246810"


@pytest.fixture
def team(db: Database) -> Database:
    add_user(db, LOCAL_ADMIN, "Anna", "manager", MANAGER_PASSWORD, now=MORNING)
    anna = authenticate(db, "anna", MANAGER_PASSWORD, now=MORNING)
    add_user(db, anna, "Bruno", "staff", STAFF_PIN, now=MORNING)
    return db


def _code(error: pytest.ExceptionInfo[Refusal]) -> str:
    return error.value.code


def test_first_user_must_be_a_manager_and_secrets_follow_the_rules(db: Database) -> None:
    assert not has_users(db)
    with pytest.raises(Refusal) as staff_first:
        add_user(db, LOCAL_ADMIN, "Bruno", "staff", STAFF_PIN, now=MORNING)
    assert _code(staff_first) == "first_user_manager"
    with pytest.raises(Refusal) as short_password:
        add_user(db, LOCAL_ADMIN, "Anna", "manager", "eleven char", now=MORNING)
    assert _code(short_password) == "weak_password"
    add_user(db, LOCAL_ADMIN, "Anna", "manager", MANAGER_PASSWORD, now=MORNING)
    anna = authenticate(db, "Anna", MANAGER_PASSWORD, now=MORNING)
    for pin in ("12345", "12a456"):
        with pytest.raises(Refusal) as weak:
            add_user(db, anna, "Bruno", "staff", pin, now=MORNING)
        assert _code(weak) == "weak_pin"
    with pytest.raises(Refusal) as duplicate:
        add_user(db, anna, "ANNA", "manager", MANAGER_PASSWORD, now=MORNING)
    assert _code(duplicate) == "user_exists"


def test_secrets_are_argon2id_with_at_least_19_mib_and_2_passes(team: Database) -> None:
    with team.read() as session:
        hashes = [u.secret_hash for u in session.query(DeskUser)]
    assert len(hashes) == 2
    for stored in hashes:
        assert stored.startswith("$argon2id$")
        assert MANAGER_PASSWORD not in stored and STAFF_PIN not in stored
        parameters = extract_parameters(stored)
        assert parameters.memory_cost >= 19 * 1024 and parameters.time_cost >= 2


def test_only_a_manager_adds_users_once_they_exist(team: Database) -> None:
    bruno = authenticate(team, "bruno", STAFF_PIN, now=MORNING)
    assert bruno.role is Role.STAFF and not bruno.is_manager
    with pytest.raises(Refusal) as refused:
        add_user(team, bruno, "Carla", "staff", "135791", now=MORNING)
    assert _code(refused) == "needs_manager"
    assert [(u.name, u.role) for u in list_users(team)] == [
        ("Anna", Role.MANAGER),
        ("Bruno", Role.STAFF),
    ]


def test_back_off_after_five_failures_doubles_and_a_success_resets_it(team: Database) -> None:
    now = MORNING
    for attempt in range(1, 5):
        with pytest.raises(Refusal) as wrong:
            authenticate(team, "Bruno", "000000", now=now)
        assert _code(wrong) == "wrong_secret", attempt
    with pytest.raises(Refusal) as fifth:
        authenticate(team, "Bruno", "000000", now=now)
    assert _code(fifth) == "sign_in_delay"
    assert fifth.value.params["seconds"] == 30
    # While the delay runs even the right PIN is refused, with the same answer.
    with pytest.raises(Refusal) as right_too_soon:
        authenticate(team, "Bruno", STAFF_PIN, now=now + timedelta(seconds=29))
    assert _code(right_too_soon) == "sign_in_delay"
    # A sixth failure after the delay doubles it.
    now += timedelta(seconds=30)
    with pytest.raises(Refusal) as sixth:
        authenticate(team, "Bruno", "000000", now=now)
    assert _code(sixth) == "sign_in_delay" and sixth.value.params["seconds"] == 60
    with pytest.raises(Refusal):
        authenticate(team, "Bruno", STAFF_PIN, now=now + timedelta(seconds=59))
    assert authenticate(team, "Bruno", STAFF_PIN, now=now + timedelta(seconds=60)).user == "Bruno"
    # Reset: the next wrong PIN is an ordinary one again.
    with pytest.raises(Refusal) as fresh:
        authenticate(team, "Bruno", "000000", now=now + timedelta(seconds=61))
    assert _code(fresh) == "wrong_secret"


def test_locked_after_twenty_failures_until_a_manager_unlocks(team: Database) -> None:
    now = MORNING
    for _ in range(19):
        with pytest.raises(Refusal) as failure:
            authenticate(team, "Bruno", "999999", now=now)
        assert _code(failure) in ("wrong_secret", "sign_in_delay")
    with pytest.raises(Refusal) as twentieth:
        authenticate(team, "Bruno", "999999", now=now)
    assert _code(twentieth) == "user_locked"
    with pytest.raises(Refusal) as still_locked:
        authenticate(team, "Bruno", STAFF_PIN, now=now + timedelta(days=30))
    assert _code(still_locked) == "user_locked"
    assert [u.locked for u in list_users(team)] == [False, True]
    anna = authenticate(team, "Anna", MANAGER_PASSWORD, now=now)
    unlock_user(team, anna, "bruno", now=now)
    assert authenticate(team, "Bruno", STAFF_PIN, now=now).user == "Bruno"


def test_a_user_changes_their_own_secret_a_manager_anyones(team: Database) -> None:
    bruno = authenticate(team, "Bruno", STAFF_PIN, now=MORNING)
    change_secret(team, bruno, "Bruno", "11223344", now=MORNING)
    assert authenticate(team, "Bruno", "11223344", now=MORNING).user == "Bruno"
    with pytest.raises(Refusal) as not_his:
        change_secret(team, bruno, "Anna", "a new long password", now=MORNING)
    assert _code(not_his) == "needs_manager"
    with pytest.raises(Refusal) as staff_unlock:
        unlock_user(team, bruno, "Anna", now=MORNING)
    assert _code(staff_unlock) == "needs_manager"
