"""Several desks at once: nobody gets two open visits and no area is overfilled."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from serre_desk.domain.errors import Refusal
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.areas_admin import set_area
from serre_desk.services.audit import record, verify
from serre_desk.services.occupancy import occupancy
from serre_desk.services.people import PersonFields, add_person
from serre_desk.services.startup import Location, open_database
from serre_desk.services.visits import check_in
from serre_desk.storage.database import Database
from serre_desk.storage.models import Visit
from tests.conftest import MORNING

DESKS = 8
CAPACITY = 5
pytestmark = pytest.mark.slow


def _desk(location: Location, desk: int, barrier, results) -> None:  # type: ignore[no-untyped-def]
    db = open_database(location)
    barrier.wait()
    outcomes = []
    # Everyone tries the same person first, then its own people (more than the area holds).
    for person_id in [1, *range(2 + desk * 3, 5 + desk * 3)]:
        try:
            check_in(db, LOCAL_ADMIN, person_id, now=MORNING)
            outcomes.append("ok")
        except Refusal as refusal:
            outcomes.append(refusal.code)
    results.put(outcomes)
    db.dispose()


def _race(location: Location, db: Database) -> list[str]:
    set_area(db, LOCAL_ADMIN, "coworking", now=MORNING, capacity=CAPACITY)
    for index in range(1 + DESKS * 3 + 2):
        add_person(db, LOCAL_ADMIN, PersonFields(name=f"P{index}"), now=MORNING)
    fork = multiprocessing.get_context("fork")
    barrier = fork.Barrier(DESKS)
    results = fork.Queue()
    db.dispose()
    desks = [fork.Process(target=_desk, args=(location, n, barrier, results)) for n in range(DESKS)]
    for process in desks:
        process.start()
    outcomes = [code for _ in desks for code in results.get(timeout=120)]
    for process in desks:
        process.join(timeout=60)
        assert process.exitcode == 0
    try:
        return _check_rules(db, outcomes)
    finally:
        db.dispose()


def _check_rules(db: Database, outcomes: list[str]) -> list[str]:
    with db.read() as session:
        doubled = session.execute(
            select(Visit.person_id)
            .where(Visit.checked_out_at.is_(None))
            .group_by(Visit.person_id)
            .having(func.count() > 1)
        ).all()
    assert doubled == []
    coworking = next(a for a in occupancy(db) if a.key == "coworking")
    assert coworking.inside == CAPACITY
    assert outcomes.count("ok") == CAPACITY
    assert set(outcomes) <= {"ok", "area_full", "already_inside"}
    return outcomes


def test_eight_processes_on_one_sqlite_file(data_dir: Path) -> None:
    location = Location(data_dir)
    outcomes = _race(location, open_database(location))
    refused = outcomes.count("already_inside") + outcomes.count("area_full")
    assert refused == len(outcomes) - CAPACITY


@pytest.mark.postgres
def test_eight_connections_to_postgresql(data_dir: Path, pg_url: str) -> None:
    location = Location(data_dir, pg_url)
    _race(location, open_database(location))


def _first_write(location: Location, desk: int, barrier, results) -> None:  # type: ignore[no-untyped-def]
    db = open_database(location)
    barrier.wait()
    try:
        with db.write() as session:  # an audited write that locks nothing else first
            record(session, LOCAL_ADMIN, MORNING, "desk_opened", desk=desk)
        results.put("ok")
    except Exception as error:  # reported to the test, which names it
        results.put(repr(error))
    db.dispose()


@pytest.mark.postgres
def test_desks_writing_the_very_first_audit_event_at_once_all_succeed(
    data_dir: Path, pg_url: str
) -> None:
    """The chain's head row exists before any event (migration 0003): no first-write race."""
    location = Location(data_dir, pg_url)
    open_database(location).dispose()  # migrated, not one event yet
    fork = multiprocessing.get_context("fork")
    barrier = fork.Barrier(DESKS)
    results = fork.Queue()
    desks = [
        fork.Process(target=_first_write, args=(location, n, barrier, results))
        for n in range(DESKS)
    ]
    for process in desks:
        process.start()
    outcomes = [results.get(timeout=120) for _ in desks]
    for process in desks:
        process.join(timeout=60)
    assert outcomes == ["ok"] * DESKS
    db = open_database(location)
    try:
        report = verify(db)
        assert report.whole and report.checked == DESKS
    finally:
        db.dispose()
