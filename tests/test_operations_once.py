"""A scan applied once: its id is claimed in its own transaction, so a retry after a broken
connection finds it done (the answer was lost) or applies it (the commit was lost) — never twice.
Real PostgreSQL: a connection cut mid-commit, two desks racing with one id."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from serre_desk.domain.errors import Refusal
from serre_desk.services.actor import Actor, Role
from serre_desk.services.audit import record
from serre_desk.services.operations import (
    Applied,
    applied,
    new_operation_id,
    once,
    prune,
    retry_unreachable,
)
from serre_desk.storage.database import Database
from serre_desk.storage.errors import StorageProblem
from serre_desk.storage.models import AppliedOperation, AuditEvent
from tests.conftest import MORNING
from tests.desks_helpers import cut, pg_desk_database  # noqa: F401

AT_DOOR = Actor("Bea", Role.STAFF, desk="Ingresso")


def _check_in(session: Session) -> tuple[int, dict[str, Any]]:
    """What a scan's transaction does, in small: an audited movement."""
    event = record(session, AT_DOOR, MORNING, "check_in", 7, area="coworking")
    return event, {"action": "check_in", "event": event}


def _replayed(done: Applied) -> int:
    return int(done.outcome["event"])


def _events(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def test_the_same_scan_sent_twice_is_applied_once(any_db: Database) -> None:
    op_id = new_operation_id()
    first = once(any_db, op_id, "Ingresso", MORNING, _check_in, _replayed)
    again = once(any_db, op_id, "Ingresso", MORNING, _check_in, _replayed)
    assert first == again and _events(any_db) == 1
    found = applied(any_db, op_id)
    assert found is not None and found.desk == "Ingresso" and found.outcome["action"] == "check_in"
    assert applied(any_db, new_operation_id()) is None
    once(any_db, new_operation_id(), "Ingresso", MORNING, _check_in, _replayed)
    assert _events(any_db) == 2
    with any_db.write() as session:  # a week later, the ids are forgotten
        assert prune(session, MORNING + timedelta(days=6)) == 0
        assert prune(session, MORNING + timedelta(days=8)) == 2


@pytest.mark.postgres
def test_a_connection_cut_mid_commit_is_retried_and_applied_once(pg: Database) -> None:
    any_db = pg
    cuts = []

    def cut_before_commit(session: Session) -> tuple[int, dict[str, Any]]:
        result = _check_in(session)
        if not cuts:  # the first attempt: the link breaks before COMMIT reaches the server
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            assert cut(any_db.url, pid=pid) == 1
            cuts.append(pid)
        return result

    op_id = new_operation_id()
    event = retry_unreachable(
        lambda: once(any_db, op_id, "Ingresso", MORNING, cut_before_commit, _replayed)
    )
    assert cuts and _events(any_db) == 1
    assert applied(any_db, op_id) is not None
    # The desk asks again once the server is back: the same scan, known done, not redone.
    assert (
        retry_unreachable(lambda: once(any_db, op_id, "Ingresso", MORNING, _check_in, _replayed))
        == event
    )
    assert _events(any_db) == 1


@pytest.mark.postgres
def test_two_desks_racing_with_one_operation_apply_it_once(pg: Database) -> None:
    any_db = pg
    op_id = new_operation_id()
    started = threading.Barrier(2)
    results: list[int] = []

    def slow_check_in(session: Session) -> tuple[int, dict[str, Any]]:
        result = _check_in(session)
        started.wait(5)  # both inside their transaction
        return result

    def desk() -> None:
        results.append(once(any_db, op_id, "Ingresso", MORNING, slow_check_in, _replayed))

    def second_desk() -> None:
        started.wait(5)  # the first desk holds its claim: this one waits on it, then finds it
        results.append(once(any_db, op_id, "Spazio bimbi", MORNING, _check_in, _replayed))

    threads = [threading.Thread(target=desk), threading.Thread(target=second_desk)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(results) == 2 and results[0] == results[1]
    assert _events(any_db) == 1
    with any_db.read() as session:
        assert session.scalar(select(func.count()).select_from(AppliedOperation)) == 1


def test_a_server_that_stays_away_is_said_plainly(any_db: Database) -> None:
    calls = []

    def unreachable() -> int:
        calls.append(1)
        raise StorageProblem("db_unreachable", "The database server cannot be reached")

    with pytest.raises(Refusal) as refused:
        retry_unreachable(unreachable, waits=(0.01, 0.01))
    assert refused.value.code == "server_gone" and len(calls) == 3
