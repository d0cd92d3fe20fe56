"""Killing the desk mid-write never loses a check-in that was reported done, nor the file."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import time
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.areas_admin import set_area
from serre_desk.services.people import PersonFields, add_person
from serre_desk.services.startup import Location, open_database
from serre_desk.services.visits import check_in, check_out
from tests.conftest import MORNING

KILLS = 50
PEOPLE = 2_000
pytestmark = pytest.mark.slow


def _desk_worker(data_dir: Path, start: int, report: Connection) -> None:
    """Check people in (and some out) as fast as possible, reporting each one that returned."""
    db = open_database(Location(data_dir))
    report.send(("ready", 0))
    for person_id in range(start, PEOPLE + 1):
        check_in(db, LOCAL_ADMIN, person_id, now=MORNING)
        report.send(("in", person_id))
        if person_id % 3 == 0:
            check_out(db, LOCAL_ADMIN, person_id, now=MORNING)
            report.send(("out", person_id))


def _collect(receive: Connection, confirmed: dict[int, str], wait: float) -> bool:
    """Record one report if there is one; False when none (or the worker died mid-message)."""
    try:
        if not receive.poll(wait):
            return False
        action, person_id = receive.recv()
    except (EOFError, OSError):
        return False
    confirmed[person_id] = action
    return True


def test_sigkill_at_random_moments_loses_nothing_that_was_reported(data_dir: Path) -> None:
    db = open_database(Location(data_dir))
    set_area(db, LOCAL_ADMIN, "coworking", now=MORNING, capacity=PEOPLE)
    for index in range(PEOPLE):
        add_person(db, LOCAL_ADMIN, PersonFields(name=f"Persona {index}"), now=MORNING)
    db.dispose()
    rng = random.Random(2026)
    fork = multiprocessing.get_context("fork")
    confirmed: dict[int, str] = {}
    next_person = 1
    kills = 0
    while kills < KILLS:
        receive, send = fork.Pipe(duplex=False)
        worker = fork.Process(target=_desk_worker, args=(data_dir, next_person, send))
        worker.start()
        send.close()
        assert receive.recv() == ("ready", 0)
        deadline = time.monotonic() + rng.uniform(0.005, 0.05)
        while time.monotonic() < deadline:
            _collect(receive, confirmed, wait=0.001)
        if worker.is_alive():  # not yet reaped: SIGKILL cannot miss it
            os.kill(worker.pid, signal.SIGKILL)  # type: ignore[arg-type]
            kills += 1
        worker.join()
        while _collect(receive, confirmed, wait=0):
            pass
        receive.close()
        with sqlite3.connect(data_dir / "serre-desk.db") as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            stored = dict(
                raw.execute(
                    "SELECT person_id, CASE WHEN checked_out_at IS NULL THEN 'in' ELSE 'out' END"
                    " FROM visits"
                ).fetchall()
            )
        raw.close()
        for person_id, action in confirmed.items():
            assert person_id in stored, f"check-in of {person_id} was reported but is gone"
            if action == "out":
                assert stored[person_id] == "out"
        # Resume after the last person whose check-in reached the file (it may be half-done).
        next_person = max(stored, default=0) + 1
        assert next_person <= PEOPLE, "ran out of people before enough kills"
    assert kills == KILLS and len(confirmed) >= KILLS
