"""Operations applied once: a scan retried after a broken connection is never applied twice.

A desk gives each scan an id of its own (`new_operation_id`) before sending it. Inside the scan's
write transaction the caller first `claim`s the id — when the id is already recorded, the scan was
committed before (the answer was lost with the connection) and `claim` returns what it did
instead of doing it again — and at the end `settle`s it with what it did (the visit and the
movement). Both rows commit or roll back with the scan itself, so after a break the id tells
exactly whether the scan happened.

`retry_unreachable` runs an operation again with the same id while the server cannot be reached,
for a few seconds, then gives up with the server-gone refusal: no local queue, no guess.

Two desks cannot both apply one id: the id is the table's primary key, so the second insert waits
for the first transaction and then fails (PostgreSQL), or runs after it (SQLite's single writer).
The rows carry no personal data; the daily duties forget those older than `KEEP` (`forget_old`).
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from serre_desk.services.live_hints import server_gone
from serre_desk.storage.database import Database
from serre_desk.storage.errors import StorageProblem
from serre_desk.storage.models import AppliedOperation

KEEP = timedelta(days=7)  # a retry comes within seconds; a week is ample
RETRY_WAITS_S = (0.2, 0.5, 1.0, 2.0, 3.0)  # about 7 s in all
T = TypeVar("T")


def new_operation_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Applied:
    """An operation found already done: when, at which desk, and what it did."""

    op_id: str
    at: datetime
    desk: str
    outcome: dict[str, Any]


def _applied(row: AppliedOperation) -> Applied:
    return Applied(row.op_id, row.at, row.desk, json.loads(row.outcome or "{}"))


def claim(session: Session, op_id: str, desk: str, at: datetime) -> Applied | None:
    """Inside the operation's transaction: None when `op_id` is new (it is now claimed by this
    transaction), else what the operation did when it was applied before."""
    found = session.get(AppliedOperation, op_id)
    if found is not None:
        return _applied(found)
    try:
        with session.begin_nested():
            session.add(AppliedOperation(op_id=op_id, at=at, desk=desk, outcome=None))
    except IntegrityError:  # another connection applied it meanwhile: its commit wins
        found = session.get(AppliedOperation, op_id, populate_existing=True)
        assert found is not None
        return _applied(found)
    return None


def settle(session: Session, op_id: str, outcome: dict[str, Any]) -> None:
    """Record what the claimed operation did (ids and words, no personal data)."""
    row = session.get(AppliedOperation, op_id)
    assert row is not None, "settle() without claim()"
    row.outcome = json.dumps(outcome, sort_keys=True, separators=(",", ":"))


def applied(db: Database, op_id: str) -> Applied | None:
    """Whether the operation `op_id` was applied (after a break: ask once the server is back)."""
    with db.read() as session:
        found = session.get(AppliedOperation, op_id)
        return None if found is None else _applied(found)


def once(
    db: Database,
    op_id: str,
    desk: str,
    at: datetime,
    work: Callable[[Session], tuple[T, dict[str, Any]]],
    replay: Callable[[Applied], T],
) -> T:
    """Apply `work` (its result and the outcome to keep) in one write transaction, unless `op_id`
    was applied before: then `replay` of what was kept."""
    with db.write() as session:
        done = claim(session, op_id, desk, at)
        if done is not None:
            return replay(done)
        result, outcome = work(session)
        settle(session, op_id, outcome)
        return result


def retry_unreachable(attempt: Callable[[], T], waits: tuple[float, ...] = RETRY_WAITS_S) -> T:
    """`attempt()` (an operation with its id fixed), again after each wait while the server
    cannot be reached; then the server-gone refusal. Other refusals pass at once."""
    for wait in (*waits, None):
        try:
            return attempt()
        except StorageProblem as problem:
            if problem.code != "db_unreachable":
                raise
            if wait is None:
                raise server_gone() from problem
            time.sleep(wait)
    raise AssertionError("unreachable")


def prune(session: Session, now: datetime) -> int:
    """Forget operations older than `KEEP` (a retry never comes that late)."""
    result = session.execute(delete(AppliedOperation).where(AppliedOperation.at < now - KEEP))
    return int(getattr(result, "rowcount", 0) or 0)


def forget_old(db: Database, now: datetime) -> int:
    """The daily duty: forget the operations older than `KEEP`; how many were forgotten."""
    with db.write() as session:
        return prune(session, now)
