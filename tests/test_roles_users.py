"""Desk users: Argon2id secrets, the first manager, back-off after 5 failures, lock after 20."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import extract_parameters

from serre_desk.domain.errors import Refusal
from serre_desk.services import users
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
    anna = authenticate(db, "anna", MANAGER_PASSWORD)
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
    anna = authenticate(db, "Anna", MANAGER_PASSWORD)
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
    bruno = authenticate(team, "bruno", STAFF_PIN)
    assert bruno.role is Role.STAFF and not bruno.is_manager
    with pytest.raises(Refusal) as refused:
        add_user(team, bruno, "Carla", "staff", "135791", now=MORNING)
    assert _code(refused) == "needs_manager"
    assert [(u.name, u.role) for u in list_users(team)] == [
        ("Anna", Role.MANAGER),
        ("Bruno", Role.STAFF),
    ]


class RealClock:
    """The real clock as the users service reads it, moved by the test."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.at = MORNING
        monkeypatch.setattr(users, "utcnow", lambda: self.at)


@pytest.fixture
def real_clock(monkeypatch: pytest.MonkeyPatch) -> RealClock:
    return RealClock(monkeypatch)


def test_back_off_after_five_failures_doubles_and_a_success_resets_it(
    team: Database, real_clock: RealClock
) -> None:
    for attempt in range(1, 5):
        with pytest.raises(Refusal) as wrong:
            authenticate(team, "Bruno", "000000")
        assert _code(wrong) == "wrong_secret", attempt
    with pytest.raises(Refusal) as fifth:
        authenticate(team, "Bruno", "000000")
    assert _code(fifth) == "sign_in_delay"
    assert fifth.value.params["seconds"] == 30
    # While the delay runs even the right PIN is refused, with the same answer.
    real_clock.at = MORNING + timedelta(seconds=29)
    with pytest.raises(Refusal) as right_too_soon:
        authenticate(team, "Bruno", STAFF_PIN)
    assert _code(right_too_soon) == "sign_in_delay"
    # A sixth failure after the delay doubles it.
    start = real_clock.at = MORNING + timedelta(seconds=30)
    with pytest.raises(Refusal) as sixth:
        authenticate(team, "Bruno", "000000")
    assert _code(sixth) == "sign_in_delay" and sixth.value.params["seconds"] == 60
    real_clock.at = start + timedelta(seconds=59)
    with pytest.raises(Refusal):
        authenticate(team, "Bruno", STAFF_PIN)
    real_clock.at = start + timedelta(seconds=60)
    assert authenticate(team, "Bruno", STAFF_PIN).user == "Bruno"
    # Reset: the next wrong PIN is an ordinary one again.
    real_clock.at = start + timedelta(seconds=61)
    with pytest.raises(Refusal) as fresh:
        authenticate(team, "Bruno", "000000")
    assert _code(fresh) == "wrong_secret"


def test_a_clock_set_back_never_shortens_the_wait(team: Database, real_clock: RealClock) -> None:
    for _ in range(5):
        with pytest.raises(Refusal):
            authenticate(team, "Bruno", "000000")
    real_clock.at = MORNING - timedelta(hours=3)  # the desk's clock jumps back
    with pytest.raises(Refusal) as waiting:
        authenticate(team, "Bruno", STAFF_PIN)
    assert _code(waiting) == "sign_in_delay"
    with pytest.raises(Refusal):  # a failure meanwhile does not move the wait's start back
        authenticate(team, "Bruno", "000000")
    real_clock.at = MORNING + timedelta(seconds=59)
    with pytest.raises(Refusal) as still:
        authenticate(team, "Bruno", STAFF_PIN)
    assert _code(still) == "sign_in_delay"
    real_clock.at = MORNING + timedelta(seconds=60)
    assert authenticate(team, "Bruno", STAFF_PIN).user == "Bruno"


def test_an_unknown_name_gets_the_wrong_secrets_answer(team: Database) -> None:
    with pytest.raises(Refusal) as unknown:
        authenticate(team, "Nobody", "000000")
    with pytest.raises(Refusal) as wrong:
        authenticate(team, "Bruno", "000000")
    assert (unknown.value.code, unknown.value.text("en")) == (
        wrong.value.code,
        wrong.value.text("en"),
    )
    assert unknown.value.text("it") == wrong.value.text("it")


def test_locked_after_twenty_failures_until_a_manager_unlocks(
    team: Database, real_clock: RealClock
) -> None:
    for _ in range(19):
        with pytest.raises(Refusal) as failure:
            authenticate(team, "Bruno", "999999")
        assert _code(failure) in ("wrong_secret", "sign_in_delay")
    with pytest.raises(Refusal) as twentieth:
        authenticate(team, "Bruno", "999999")
    assert _code(twentieth) == "user_locked"
    real_clock.at = MORNING + timedelta(days=30)
    with pytest.raises(Refusal) as still_locked:
        authenticate(team, "Bruno", STAFF_PIN)
    assert _code(still_locked) == "user_locked"
    assert [u.locked for u in list_users(team)] == [False, True]
    anna = authenticate(team, "Anna", MANAGER_PASSWORD)
    unlock_user(team, anna, "bruno", now=MORNING)
    assert authenticate(team, "Bruno", STAFF_PIN).user == "Bruno"


def test_the_last_active_manager_is_never_locked_for_good(
    team: Database, real_clock: RealClock
) -> None:
    for _ in range(40):
        with pytest.raises(Refusal) as failure:
            authenticate(team, "Anna", "a wrong password!")
        assert _code(failure) in ("wrong_secret", "sign_in_delay")
    assert [u.locked for u in list_users(team)] == [False, False]
    real_clock.at = MORNING + users.MAX_DELAY
    assert authenticate(team, "Anna", MANAGER_PASSWORD).user == "Anna"


def test_a_second_manager_is_locked_and_the_other_unlocks(
    team: Database, real_clock: RealClock
) -> None:
    anna = authenticate(team, "Anna", MANAGER_PASSWORD)
    add_user(team, anna, "Carla", "manager", "another long password", now=MORNING)
    for _ in range(20):
        with pytest.raises(Refusal):
            authenticate(team, "Carla", "a wrong password!")
    with pytest.raises(Refusal) as locked:
        authenticate(team, "Carla", "another long password")
    assert _code(locked) == "user_locked"
    unlock_user(team, anna, "Carla", now=MORNING)
    assert authenticate(team, "Carla", "another long password").user == "Carla"


def test_a_recovery_code_unlocks_a_manager_once_and_a_new_one_replaces_it(
    db: Database, real_clock: RealClock
) -> None:
    first = add_user(db, LOCAL_ADMIN, "Anna", "manager", MANAGER_PASSWORD, now=MORNING)
    assert first.recovery_code and len(first.recovery_code) == 24
    for _ in range(30):
        with pytest.raises(Refusal):
            authenticate(db, "Anna", "a wrong password!")
    with pytest.raises(Refusal) as wrong_code:
        users.recover(db, "Anna", "AAAA-BBBB-CCCC-DDDD-EEEE", "a brand new password")
    with pytest.raises(Refusal) as unknown:
        users.recover(db, "Nobody", first.recovery_code, "a brand new password")
    assert wrong_code.value.text("en") == unknown.value.text("en")
    typed = first.recovery_code.lower().replace("-", " ")
    rescued = users.recover(db, "anna", typed, "a brand new password")
    assert rescued.recovery_code and rescued.recovery_code != first.recovery_code
    assert authenticate(db, "Anna", "a brand new password").user == "Anna"
    with pytest.raises(Refusal) as used_up:
        users.recover(db, "Anna", first.recovery_code, "yet another password")
    assert _code(used_up) == "wrong_recovery_code"
    anna = authenticate(db, "Anna", "a brand new password")
    reprinted = users.new_recovery_code(db, anna, "Anna", now=MORNING)
    with pytest.raises(Refusal):
        users.recover(db, "Anna", rescued.recovery_code, "yet another password")
    assert reprinted.recovery_code
    users.recover(db, "Anna", reprinted.recovery_code, "yet another password")
    assert authenticate(db, "Anna", "yet another password").user == "Anna"


def test_a_user_changes_their_own_secret_a_manager_anyones(team: Database) -> None:
    bruno = authenticate(team, "Bruno", STAFF_PIN)
    change_secret(team, bruno, "Bruno", "11223344", now=MORNING)
    assert authenticate(team, "Bruno", "11223344").user == "Bruno"
    with pytest.raises(Refusal) as not_his:
        change_secret(team, bruno, "Anna", "a new long password", now=MORNING)
    assert _code(not_his) == "needs_manager"
    with pytest.raises(Refusal) as staff_unlock:
        unlock_user(team, bruno, "Anna", now=MORNING)
    assert _code(staff_unlock) == "needs_manager"
