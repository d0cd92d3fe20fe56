"""Several desks failing one user's sign-in at the same instant: every failure counts."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from serre_desk.domain.errors import Refusal
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.startup import Location, open_database
from serre_desk.services.users import add_user, authenticate, list_users
from tests.conftest import MORNING
from tests.roles_helpers import MANAGER_PASSWORD, STAFF_PIN

DESKS = 8
pytestmark = pytest.mark.slow


def _wrong_pin(location: Location, barrier, results) -> None:  # type: ignore[no-untyped-def]
    db = open_database(location)
    barrier.wait()
    try:
        authenticate(db, "bruno", "000000")
        results.put("signed in")
    except Refusal as refusal:
        results.put(refusal.code)
    except Exception as error:  # reported to the test, which names it
        results.put(repr(error))
    db.dispose()


def _race(location: Location) -> list[str]:
    db = open_database(location)
    add_user(db, LOCAL_ADMIN, "anna", "manager", MANAGER_PASSWORD, now=MORNING)
    anna = authenticate(db, "anna", MANAGER_PASSWORD)
    add_user(db, anna, "bruno", "staff", STAFF_PIN, now=MORNING)
    db.dispose()
    fork = multiprocessing.get_context("fork")
    barrier = fork.Barrier(DESKS)
    results = fork.Queue()
    desks = [
        fork.Process(target=_wrong_pin, args=(location, barrier, results)) for _ in range(DESKS)
    ]
    for process in desks:
        process.start()
    outcomes = [results.get(timeout=120) for _ in desks]
    for process in desks:
        process.join(timeout=60)
        assert process.exitcode == 0
    db = open_database(location)
    try:
        bruno = next(u for u in list_users(db) if u.name == "bruno")
        assert bruno.failed_attempts == DESKS, outcomes
    finally:
        db.dispose()
    assert set(outcomes) <= {"wrong_secret", "sign_in_delay"}, outcomes
    return outcomes


def test_eight_processes_failing_at_once_count_eight_on_sqlite(data_dir: Path) -> None:
    _race(Location(data_dir))


@pytest.mark.postgres
def test_eight_connections_failing_at_once_count_eight_on_postgresql(
    data_dir: Path, pg_url: str
) -> None:
    _race(Location(data_dir, pg_url))
