"""The audit log's hash chain: `verify` catches an edited and a removed event on both engines,
and pruning old events leaves a chain that still verifies."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import text

from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.audit import (
    CHECKPOINT_ACTION,
    AuditFilter,
    list_events,
    prune,
    verify,
)
from serre_desk.services.visits import check_in, check_out
from serre_desk.storage.database import Database
from tests.conftest import MORNING, CliRunner
from tests.helpers import person


def _history(db: Database, days: int = 1) -> list[int]:
    """Some events on consecutive days; returns the event ids, oldest first."""
    mario = person(db, "Mario Rossi")
    for day in range(days):
        at = MORNING + timedelta(days=day)
        check_in(db, LOCAL_ADMIN, mario, now=at)
        check_out(db, LOCAL_ADMIN, mario, now=at + timedelta(hours=3))
    with db.read() as session:
        return list(session.scalars(text("SELECT id FROM audit_events ORDER BY id")))


def _sql(db: Database, statement: str, **params: object) -> None:
    with db.write() as session:
        session.execute(text(statement), params)


def test_a_whole_chain_verifies(any_db: Database) -> None:
    ids = _history(any_db)
    report = verify(any_db)
    assert report.whole and report.checked == len(ids) == 3


def test_an_edited_event_is_named(any_db: Database) -> None:
    ids = _history(any_db)
    _sql(any_db, "UPDATE audit_events SET reason = 'nothing happened' WHERE id = :id", id=ids[1])
    report = verify(any_db)
    assert report.broken is not None
    assert (report.broken.event_id, report.broken.problem) == (ids[1], "altered")
    assert f"#{ids[1]}" in report.broken.text("en")


def test_an_edit_that_recomputes_its_own_hash_still_breaks_the_next_link(any_db: Database) -> None:
    ids = _history(any_db)
    _sql(any_db, "UPDATE audit_events SET hash = :h WHERE id = :id", h="f" * 64, id=ids[0])
    report = verify(any_db)
    assert report.broken is not None and report.broken.event_id == ids[0]


def test_a_removed_event_breaks_the_chain_at_the_next_one(any_db: Database) -> None:
    ids = _history(any_db)
    _sql(any_db, "DELETE FROM audit_events WHERE id = :id", id=ids[1])
    report = verify(any_db)
    assert report.broken is not None
    assert (report.broken.event_id, report.broken.problem) == (ids[2], "missing_before")
    assert report.broken.previous_id == ids[0]


def test_removing_the_newest_event_is_caught_too(any_db: Database) -> None:
    ids = _history(any_db)
    _sql(any_db, "DELETE FROM audit_events WHERE id = :id", id=ids[-1])
    report = verify(any_db)
    assert report.broken is not None and report.broken.problem == "missing_at_end"
    assert report.broken.previous_id == ids[-2]


def test_pruning_keeps_the_chain_verifiable_and_tampering_still_shows(any_db: Database) -> None:
    ids = _history(any_db, days=3)  # 1 + 2 events per day: days 0, 1, 2
    a_year_on = MORNING + timedelta(days=365, hours=12)  # day 0 is older than 12 months
    with any_db.write() as session:
        removed = prune(session, LOCAL_ADMIN, a_year_on, months=12)
    assert removed == 3
    report = verify(any_db)
    assert report.whole and report.checked == len(ids) - 3 + 1
    with any_db.read() as session:
        actions = list(session.scalars(text("SELECT action FROM audit_events ORDER BY id")))
    assert actions[-1] == CHECKPOINT_ACTION and "person_add" not in actions
    _sql(any_db, "DELETE FROM audit_events WHERE id = :id", id=ids[3])
    assert verify(any_db).broken is not None


def test_browsing_filters_by_day_action_and_person(db: Database) -> None:
    _history(db, days=3)
    second = date(2026, 11, 26)
    day_two = list_events(db, LOCAL_ADMIN, AuditFilter(start=second, end=second))
    assert [e.action for e in day_two] == ["check_in", "check_out"]
    outs = list_events(db, LOCAL_ADMIN, AuditFilter(action="check_out", limit=2))
    assert [e.at.date() for e in outs] == [date(2026, 11, 26), date(2026, 11, 27)]
    assert all(e.subject_id == 1 for e in list_events(db, LOCAL_ADMIN, AuditFilter(subject_id=1)))


def test_audit_verify_command_exit_codes(db: Database, cli: CliRunner) -> None:
    ids = _history(db)
    whole = cli("audit", "verify", "--json", "--lang", "en")
    assert whole.returncode == 0 and '"whole": true' in whole.stdout
    _sql(db, "UPDATE audit_events SET detail = '{}' WHERE id = :id", id=ids[1])
    broken = cli("audit", "verify", "--lang", "en")
    assert broken.returncode == 1
    assert f"event #{ids[1]} was altered" in broken.stderr
    listing = cli("audit", "--from", "2026-11-25", "--to", "2026-11-25", "--json")
    assert listing.returncode == 0 and '"action": "check_in"' in listing.stdout


def test_nothing_to_prune_adds_no_checkpoint(db: Database) -> None:
    _history(db)
    with db.write() as session:
        assert prune(session, LOCAL_ADMIN, MORNING + timedelta(days=30), months=12) == 0
    assert verify(db).checked == 3
