"""Rewriting the audit log with only the database file in hand is caught.

The three attacks of issue 12 each passed `audit verify` before the chain was keyed and
anchored: drop the newest events and move the head back; delete everything and reset the head;
edit an event and recompute the SHA-256 chain. Each is done here exactly as an attacker with the
file would, on both engines.
"""

from __future__ import annotations

import json
import stat
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from serre_desk.render.daily_sheet import render_daily_sheet
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.audit import GENESIS_HASH, event_hash, verify
from serre_desk.services.audit_key import KEY_FILE_NAME, KEY_SETTING
from serre_desk.services.backups import take_backup
from serre_desk.services.startup import Location
from serre_desk.services.visits import check_in, check_out
from serre_desk.storage.database import Database
from serre_desk.storage.models import AuditEvent
from tests.conftest import MORNING, CliRunner
from tests.helpers import person


def _day(db: Database, who: int, days: int = 0) -> None:
    at = MORNING + timedelta(days=days)
    check_in(db, LOCAL_ADMIN, who, now=at)
    check_out(db, LOCAL_ADMIN, who, now=at + timedelta(hours=3))


def _sql(db: Database, statement: str, **params: object) -> None:
    with db.write() as session:
        session.execute(text(statement), params)


def _rechain(db: Database) -> None:
    """What an attacker with the database file does after changing events: recompute every hash
    with the published SHA-256 recipe and point the head at the new tip."""
    with db.write() as session:
        previous = GENESIS_HASH
        for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
            digest = event_hash(
                previous,
                event.at,
                event.actor,
                event.desk,
                event.action,
                event.subject_id,
                event.detail,
                event.reason,
            )
            event.prev_hash, event.hash, previous = previous, digest, digest
        session.flush()
        session.execute(text("UPDATE audit_head SET last_hash = :h"), {"h": previous})


def _truncate_to(db: Database, last_kept: int) -> None:
    """Drop every event after `last_kept` and move the head back to it."""
    with db.write() as session:
        session.execute(text("DELETE FROM audit_events WHERE id > :id"), {"id": last_kept})
        tip = session.scalar(
            text("SELECT hash FROM audit_events WHERE id = :id"), {"id": last_kept}
        )
        session.execute(text("UPDATE audit_head SET last_hash = :h"), {"h": tip})


def _ids(db: Database) -> list[int]:
    with db.read() as session:
        return list(session.scalars(text("SELECT id FROM audit_events ORDER BY id")))


def _url(db: Database) -> str | None:
    return None if db.is_sqlite else db.url


def test_the_key_is_kept_outside_the_database_for_its_owner_only(
    any_db: Database, data_dir: Path
) -> None:
    _day(any_db, person(any_db))
    key_file = data_dir / KEY_FILE_NAME
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    secret = json.loads(key_file.read_text())["key"]
    with any_db.read() as session:
        stored = " ".join(str(v) for v in session.execute(text("SELECT * FROM settings")).all())
    assert secret not in stored and KEY_SETTING in stored
    assert verify(any_db).whole


def test_an_edited_event_with_the_chain_recomputed_is_caught(any_db: Database) -> None:
    _day(any_db, person(any_db))
    ids = _ids(any_db)
    _sql(any_db, "UPDATE audit_events SET reason = 'nothing happened' WHERE id = :id", id=ids[1])
    _rechain(any_db)
    report = verify(any_db)
    assert report.broken is not None
    assert (report.broken.event_id, report.broken.problem) == (ids[0], "altered")


def test_deleting_everything_and_resetting_the_head_is_caught(
    any_db: Database, cli: CliRunner
) -> None:
    _day(any_db, person(any_db))
    _sql(any_db, "DELETE FROM audit_events")
    _sql(any_db, "UPDATE audit_head SET last_hash = :h", h=GENESIS_HASH)
    report = verify(any_db)
    assert report.broken is not None and report.broken.problem == "sealed_missing"
    result = cli("audit", "verify", "--lang", "en", db_url=_url(any_db))
    assert result.returncode == 1 and "removed" in result.stderr


def test_dropping_the_newest_events_is_caught_by_the_signed_sheet(
    any_db: Database, tmp_path: Path, cli: CliRunner
) -> None:
    mario = person(any_db)
    _day(any_db, mario)
    sheet = render_daily_sheet(any_db, MORNING.date(), tmp_path / "sheet.pdf", now=MORNING)
    whole = cli("audit", "verify", "--against", str(sheet), "--json", db_url=_url(any_db))
    assert whole.returncode == 0, whole.stderr
    assert json.loads(whole.stdout)["anchors"][0]["holds"] is True
    _day(any_db, mario, days=1)
    _truncate_to(any_db, _ids(any_db)[1])  # the check-out the sheet already counted is gone
    assert verify(any_db).whole  # the chain alone cannot tell
    caught = cli("audit", "verify", "--against", str(sheet), "--lang", "en", db_url=_url(any_db))
    assert caught.returncode == 1
    assert "no longer holds the anchored head" in caught.stderr
    assert len(caught.stderr.strip().splitlines()) == 1


def test_deleting_everything_is_caught_by_the_sheet_too(
    any_db: Database, tmp_path: Path, cli: CliRunner
) -> None:
    _day(any_db, person(any_db))
    sheet = render_daily_sheet(any_db, MORNING.date(), tmp_path / "sheet.pdf", now=MORNING)
    _sql(any_db, "DELETE FROM audit_events")
    _sql(any_db, "DELETE FROM settings WHERE key = :k", k=KEY_SETTING)
    _sql(any_db, "UPDATE audit_head SET last_hash = :h", h=GENESIS_HASH)
    caught = cli("audit", "verify", "--against", str(sheet), "--lang", "en", db_url=_url(any_db))
    assert caught.returncode == 1


def test_truncation_is_caught_by_the_anchor_kept_with_a_backup(
    db: Database, data_dir: Path, cli: CliRunner
) -> None:
    mario = person(db)
    _day(db, mario)
    backup = take_backup(db, Location(data_dir), now=MORNING + timedelta(hours=5))
    anchor = json.loads(Path(f"{backup}.anchor.json").read_text())
    assert anchor["count"] == len(_ids(db)) and anchor["seal"]
    _day(db, mario, days=1)
    assert cli("audit", "verify").returncode == 0
    _truncate_to(db, _ids(db)[0])
    caught = cli("audit", "verify", "--lang", "en")  # the backup's anchor is found by itself
    assert caught.returncode == 1 and "anchor" not in caught.stdout
    assert backup.name in caught.stderr
    against = cli("audit", "verify", "--against", str(backup), "--lang", "en")
    assert against.returncode == 1


def test_an_altered_backup_anchor_is_refused(db: Database, data_dir: Path, cli: CliRunner) -> None:
    _day(db, person(db))
    backup = take_backup(db, Location(data_dir), now=MORNING + timedelta(hours=5))
    sidecar = Path(f"{backup}.anchor.json")
    data = json.loads(sidecar.read_text())
    sidecar.write_text(json.dumps(dict(data, count=1, head=_first_hash(db))))
    result = cli("audit", "verify", "--lang", "en")
    assert result.returncode == 1 and "was altered" in result.stderr


def _first_hash(db: Database) -> str:
    with db.read() as session:
        return str(session.scalar(text("SELECT hash FROM audit_events ORDER BY id LIMIT 1")))


def test_a_database_from_before_the_key_keeps_verifying(any_db: Database, data_dir: Path) -> None:
    """An existing log (SHA-256 only) is keyed from its next event on; rewriting the old part
    still breaks the link into the keyed part."""
    mario = person(any_db)
    _day(any_db, mario)
    (data_dir / KEY_FILE_NAME).unlink()  # make it the log of a desk from before the key
    _sql(any_db, "DELETE FROM settings WHERE key = :k", k=KEY_SETTING)
    _rechain(any_db)
    old = _ids(any_db)
    assert verify(any_db).whole
    _day(any_db, mario, days=1)
    assert json.loads((data_dir / KEY_FILE_NAME).read_text())["keyed_after"] == old[-1]
    assert verify(any_db).whole
    _sql(any_db, "UPDATE audit_events SET reason = 'x' WHERE id = :id", id=old[0])
    _rechain(any_db)
    assert verify(any_db).broken is not None


@pytest.mark.postgres
def test_a_desk_without_the_key_refuses_to_fork_the_chain(
    pg_url: str, tmp_path: Path, cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = cli("person", "add", "--name", "Anna Bianchi", db_url=pg_url)
    assert first.returncode == 0
    key = tmp_path / "data" / KEY_FILE_NAME
    monkeypatch.setenv("SERRE_DESK_AUDIT_KEY_FILE", str(tmp_path / "elsewhere.key"))
    refused = cli("person", "add", "--name", "Bruno Verdi", "--lang", "en", db_url=pg_url)
    assert refused.returncode == 1 and "audit.key" in refused.stderr
    monkeypatch.setenv("SERRE_DESK_AUDIT_KEY_FILE", str(key))
    assert cli("person", "add", "--name", "Bruno Verdi", db_url=pg_url).returncode == 0
    assert cli("audit", "verify", db_url=pg_url).returncode == 0


def test_after_a_restore_the_anchors_of_later_backups_step_aside(
    db: Database, data_dir: Path, cli: CliRunner
) -> None:
    """A restore rewinds the log on purpose: the anchors of the backups taken after the restored
    one are kept but no longer checked, and the restored log verifies."""
    mario = person(db)
    _day(db, mario)
    older = take_backup(db, Location(data_dir), now=MORNING + timedelta(hours=5))
    _day(db, mario, days=1)
    newer = take_backup(db, Location(data_dir), now=MORNING + timedelta(days=1, hours=5))
    db.dispose()
    restored = cli("restore", str(older), "--yes", now=MORNING + timedelta(days=1, hours=6))
    assert restored.returncode == 0, restored.stderr
    assert Path(f"{newer}.anchor.json.superseded").exists()
    assert Path(f"{older}.anchor.json").exists()
    verified = cli("audit", "verify", "--json", now=MORNING + timedelta(days=1, hours=7))
    assert verified.returncode == 0, verified.stderr
    assert len(json.loads(verified.stdout)["anchors"]) == 1
