"""Several desks deciding about the same person at the same instant, on both engines: real
processes (one connection each) released together by a barrier. Every decision is taken once:
the second desk waits for the first and sees its change."""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Callable, Iterator
from dataclasses import asdict
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from serre_desk import clock
from serre_desk.domain.errors import Refusal
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.areas_admin import set_area
from serre_desk.services.badges import issue_badge, revoke_badge
from serre_desk.services.closing import close_day
from serre_desk.services.kids import (
    add_guardian,
    guardians_of,
    read_ratios,
    remove_guardian,
    set_ratios,
)
from serre_desk.services.occupancy import occupancy
from serre_desk.services.privacy import retention_policy, set_retention_policy
from serre_desk.services.scanning import scan
from serre_desk.services.startup import Location, open_database
from serre_desk.services.undo import undo_movement
from serre_desk.services.visits import check_in, check_out
from serre_desk.storage.database import Database
from serre_desk.storage.models import AuditEvent, Badge, Visit
from tests.conftest import MORNING, _postgres_database
from tests.helpers import person, settled
from tests.kids_helpers import adult, drop, educator, family

pytestmark = pytest.mark.slow

DESKS = 8
LATER = MORNING + timedelta(hours=7)
Task = Callable[[Database, int], object]  # what one desk does (it gets its desk number)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def location(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Location]:
    """One venue's database, on an embedded SQLite file and on a real PostgreSQL server."""
    if request.param == "sqlite":
        yield Location(data_dir)
        return
    for url in _postgres_database():
        yield Location(data_dir, url)


@pytest.fixture
def db(location: Location) -> Iterator[Database]:
    database = open_database(location)
    yield database
    database.dispose()


def _desk(location: Location, task: Task, desk: int, barrier, results) -> None:  # type: ignore[no-untyped-def]
    db = open_database(location)
    barrier.wait()
    try:
        task(db, desk)
        results.put((desk, "ok"))
    except Refusal as refusal:
        results.put((desk, refusal.code))
    except Exception as error:  # reported to the test, which names it
        results.put((desk, repr(error)))
    finally:
        db.dispose()


def race(location: Location, db: Database, task: Task, desks: int = DESKS) -> list[str]:
    """Run `task` on `desks` processes at once; their outcomes ("ok" or the refusal's code), in
    desk order."""
    db.dispose()  # no pooled connection crosses the fork
    fork = multiprocessing.get_context("fork")
    barrier = fork.Barrier(desks)
    results = fork.Queue()
    processes = [
        fork.Process(target=_desk, args=(location, task, n, barrier, results)) for n in range(desks)
    ]
    for process in processes:
        process.start()
    outcomes = dict(results.get(timeout=120) for _ in processes)
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    return [outcomes[n] for n in range(desks)]


def events(db: Database, action: str) -> list[dict]:
    with db.read() as session:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
        ).all()
    return [{"subject": e.subject_id, **json.loads(e.detail)} for e in rows]


def test_desks_checking_out_one_person_at_once_check_them_out_once(
    location: Location, db: Database
) -> None:
    mario = person(db, "Mario Rossi")
    check_in(db, LOCAL_ADMIN, mario, now=MORNING)
    outcomes = race(location, db, lambda d, _: check_out(d, LOCAL_ADMIN, mario, now=LATER))
    assert sorted(outcomes) == ["not_inside"] * (DESKS - 1) + ["ok"]
    assert len(events(db, "check_out")) == 1


def test_wrong_pickup_codes_at_once_are_counted_up_to_the_lock(
    location: Location, db: Database
) -> None:
    kid = family(db)
    educator(db)
    drop(db, kid)
    outcomes = race(
        location,
        db,
        lambda d, _: check_out(
            d, LOCAL_ADMIN, kid.child, now=LATER, collected_by=kid.parent, code="XXXX"
        ),
        desks=16,
    )
    assert outcomes.count("pickup_wrong_code") == 5
    assert outcomes.count("pickup_locked") == 11
    wrong = [e for e in events(db, "pickup_refused") if e["problem"] == "wrong_code"]
    assert len(wrong) == 5


def test_desks_releasing_one_child_at_once_release_them_once(
    location: Location, db: Database
) -> None:
    kid = family(db)
    educator(db)
    code = drop(db, kid).pickup_code
    outcomes = race(
        location,
        db,
        lambda d, _: check_out(
            d, LOCAL_ADMIN, kid.child, now=LATER, collected_by=kid.parent, code=code
        ),
    )
    assert sorted(outcomes) == ["not_inside"] * (DESKS - 1) + ["ok"]
    assert [e["subject"] for e in events(db, "check_out")] == [kid.child]


def test_badges_reissued_at_once_leave_one_valid_badge(location: Location, db: Database) -> None:
    mario = person(db, "Mario Rossi")
    outcomes = race(location, db, lambda d, _: issue_badge(d, LOCAL_ADMIN, mario, now=MORNING))
    assert outcomes == ["ok"] * DESKS
    with db.read() as session:
        valid = session.scalars(select(Badge.id).where(Badge.revoked_at.is_(None))).all()
    assert len(valid) == 1
    assert len(events(db, "badge_revoke")) == DESKS - 1


def test_badges_revoked_at_once_are_revoked_once(location: Location, db: Database) -> None:
    mario = person(db, "Mario Rossi")
    issue_badge(db, LOCAL_ADMIN, mario, now=MORNING)
    outcomes = race(location, db, lambda d, _: revoke_badge(d, LOCAL_ADMIN, mario, now=LATER))
    assert sorted(outcomes) == ["no_badge"] * (DESKS - 1) + ["ok"]
    assert len(events(db, "badge_revoke")) == 1


def test_closing_run_twice_at_once_closes_each_visit_once(location: Location, db: Database) -> None:
    people = [person(db, f"Persona {n}") for n in range(6)]
    for someone in people:
        check_in(db, LOCAL_ADMIN, someone, now=MORNING)
    closing = MORNING.replace(hour=20)
    outcomes = race(location, db, lambda d, _: close_day(d, LOCAL_ADMIN, now=closing), desks=2)
    assert outcomes == ["ok", "ok"]
    assert sorted(e["subject"] for e in events(db, "auto_close")) == sorted(people)
    assert sum(e["auto_closed"] for e in events(db, "close_day")) == len(people)


def test_one_check_in_undone_at_once_is_undone_once(location: Location, db: Database) -> None:
    mario = person(db, "Mario Rossi")
    movement = check_in(db, LOCAL_ADMIN, mario, now=MORNING)
    soon = MORNING + timedelta(seconds=10)
    outcomes = race(location, db, lambda d, _: undo_movement(d, LOCAL_ADMIN, movement, now=soon))
    assert sorted(outcomes) == ["ok"] + ["undo_changed"] * (DESKS - 1)
    assert len(events(db, "undo")) == 1


def test_one_check_out_undone_at_once_reopens_one_visit(location: Location, db: Database) -> None:
    mario = person(db, "Mario Rossi")
    check_in(db, LOCAL_ADMIN, mario, now=MORNING)
    movement = check_out(db, LOCAL_ADMIN, mario, now=LATER)
    soon = LATER + timedelta(seconds=10)
    outcomes = race(location, db, lambda d, _: undo_movement(d, LOCAL_ADMIN, movement, now=soon))
    assert outcomes.count("ok") == 1
    assert len(events(db, "undo")) == 1
    with db.read() as session:
        open_visits = session.scalars(select(Visit.id).where(Visit.checked_out_at.is_(None)))
        assert list(open_visits) == [movement.visit_id]


def test_check_outs_undone_at_once_do_not_overfill_the_area(
    location: Location, db: Database
) -> None:
    set_area(db, LOCAL_ADMIN, "coworking", now=MORNING, capacity=1)
    people = [person(db, f"Persona {n}") for n in range(DESKS)]
    movements = []
    for someone in people:
        check_in(db, LOCAL_ADMIN, someone, now=MORNING)
        movements.append(check_out(db, LOCAL_ADMIN, someone, now=LATER))
    soon = LATER + timedelta(seconds=10)
    outcomes = race(
        location, db, lambda d, desk: undo_movement(d, LOCAL_ADMIN, movements[desk], now=soon)
    )
    assert sorted(outcomes) == ["area_full"] * (DESKS - 1) + ["ok"]
    coworking = next(a for a in occupancy(db) if a.key == "coworking")
    assert coworking.inside == 1


def test_both_guardians_removed_at_once_leave_one(location: Location, db: Database) -> None:
    kid = family(db)
    dad = adult(db, "Luca Rossi")
    add_guardian(db, LOCAL_ADMIN, kid.child, dad, now=MORNING)
    both = [kid.parent, dad]
    outcomes = race(
        location,
        db,
        lambda d, desk: remove_guardian(d, LOCAL_ADMIN, kid.child, both[desk % 2], now=MORNING),
    )
    assert outcomes.count("ok") == 1
    assert set(outcomes) <= {"ok", "last_guardian", "not_a_guardian"}
    left = [g for g in guardians_of(db, kid.child, now=MORNING) if g.authorised]
    assert len(left) == 1


def test_one_guardian_added_at_once_is_linked_once(location: Location, db: Database) -> None:
    kid = family(db)
    dad = adult(db, "Luca Rossi")
    outcomes = race(
        location, db, lambda d, _: add_guardian(d, LOCAL_ADMIN, kid.child, dad, now=MORNING)
    )
    assert outcomes == ["ok"] * DESKS
    assert [g.adult_id for g in guardians_of(db, kid.child, now=MORNING)].count(dad) == 1


def test_simultaneous_scans_of_one_badge_are_taken_in_turn(
    location: Location, db: Database
) -> None:
    """The time of each scan is read once the desk holds the person's lock: never a check-out
    recorded before the check-in another desk made a moment earlier."""
    mario = person(db, "Mario Rossi")
    code = issue_badge(db, LOCAL_ADMIN, mario, now=clock.utcnow() - timedelta(hours=1)).code
    outcomes = race(
        location, db, lambda d, _: settled(scan(d, LOCAL_ADMIN, code, now=clock.utcnow))
    )
    assert outcomes == ["ok"] * DESKS
    with db.read() as session:
        visits = session.scalars(select(Visit).where(Visit.person_id == mario)).all()
    assert len(visits) == DESKS // 2
    for visit in visits:
        assert visit.checked_out_at is not None and visit.checked_out_at >= visit.checked_in_at
    moves = [e["time"] for e in events(db, "check_in") + events(db, "check_out")]
    assert len(moves) == DESKS
    assert all(datetime.fromisoformat(t) <= clock.utcnow() for t in moves)


def test_managers_changing_different_ratios_at_once_keep_every_change(
    location: Location, db: Database
) -> None:
    wanted = {"under_12_months": 3, "12_to_36_months": 6, "over_36_months": 9}
    bands = sorted(wanted)
    outcomes = race(
        location,
        db,
        lambda d, n: set_ratios(d, LOCAL_ADMIN, {bands[n]: wanted[bands[n]]}, now=MORNING),
        desks=len(bands),
    )
    assert outcomes == ["ok"] * len(bands)
    assert read_ratios(db) == wanted


def test_managers_changing_different_retention_periods_at_once_keep_every_change(
    location: Location, db: Database
) -> None:
    wanted = {"guest_days": 60, "member_days": 90, "child_days": 45, "audit_months": 36}
    names = sorted(wanted)
    outcomes = race(
        location,
        db,
        lambda d, n: set_retention_policy(
            d, LOCAL_ADMIN, {names[n]: wanted[names[n]]}, now=MORNING
        ),
        desks=len(names),
    )
    assert outcomes == ["ok"] * len(names)
    assert asdict(retention_policy(db)) == wanted
