"""Copies of a person's data outside the database tables an erasure overwrites: the log (a failed
statement's values), the once-only scan records, the emergency lists the command line saves.
Each is checked against a real erasure, by reading the files' bytes."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from sqlalchemy import text

from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.badges import issue_badge
from serre_desk.services.operations import new_operation_id
from serre_desk.services.scanning import scan
from serre_desk.storage.database import Database
from tests.conftest import MORNING, CliRunner
from tests.privacy_helpers import visitor
from tests.roles_helpers import ok
from tests.test_erasure_everywhere import EMAIL, NAME, PHONE, _naming


def test_a_failed_statement_leaves_no_value_of_it_in_the_log(
    db: Database, data_dir: Path, cli: CliRunner
) -> None:
    """A statement the database refuses (here a trigger, as a full disk or a server gone away
    mid-registration would) is logged with its SQL for support, never with the name, email or
    phone it carried: the log is a copy no erasure rewrites."""
    with db.write() as session:
        session.execute(
            text(
                "CREATE TRIGGER no_more_people BEFORE INSERT ON people "
                "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
            )
        )
    db.dispose()
    failed = cli("person", "add", "--name", NAME, "--email", EMAIL, "--phone", PHONE)
    assert failed.returncode != 0 and "Traceback" not in failed.stderr
    log = (data_dir / "logs" / "serre-desk.log").read_text(encoding="utf-8")
    assert "refused by the test" in log and "INSERT INTO people" in log  # what failed, said
    assert _naming(data_dir / "logs", NAME, EMAIL, PHONE) == {}


def test_the_once_only_scan_records_hold_no_name_nor_badge_code(
    db: Database, data_dir: Path, cli: CliRunner
) -> None:
    zoe = visitor(db, NAME, PersonKind.MEMBER, email=EMAIL, stay=None)
    badge = issue_badge(db, LOCAL_ADMIN, zoe, now=MORNING)
    for minutes in (0, 1):  # in, then out: two scans, each with its operation id
        scan(db, LOCAL_ADMIN, badge.code, now=MORNING + timedelta(minutes=minutes),
             op_id=new_operation_id())  # fmt: skip
    with db.read() as session:
        outcomes = [
            json.loads(o) for o in session.scalars(text("SELECT outcome FROM applied_operations"))
        ]
    assert [o["person"] for o in outcomes] == [zoe, zoe]  # ids only
    kept = json.dumps(outcomes, ensure_ascii=False)
    assert NAME not in kept and badge.code not in kept
    db.dispose()
    ok(cli("privacy", "erase", str(zoe), "--json", now=MORNING + timedelta(hours=1)))
    assert _naming(data_dir, NAME, EMAIL, badge.code) == {}


def test_the_emergency_lists_the_command_line_saved_go_with_an_erasure(
    db: Database, data_dir: Path, cli: CliRunner
) -> None:
    """`report emergency` without --out saves the roll call in the data folder, where nothing
    else would ever empty it: an erasure (as a retention run) deletes the lists saved there."""
    zoe = visitor(db, NAME, PersonKind.MEMBER, stay=None)
    ok(cli("checkin", str(zoe), "--json"))
    saved = Path(
        ok(cli("--json", "report", "emergency", now=MORNING + timedelta(minutes=5)))["path"]
    )
    assert saved.parent == data_dir / "reports" / "emergenza" and _naming(saved.parent, NAME)
    ok(cli("checkout", str(zoe), "--json", now=MORNING + timedelta(hours=2)))
    erased = cli("privacy", "erase", str(zoe), "--lang", "en", now=MORNING + timedelta(hours=3))
    assert erased.returncode == 0, erased.stderr
    assert f"Saved emergency lists deleted:\n  {saved}\n" in erased.stdout
    assert not saved.exists() and _naming(data_dir, NAME) == {}
