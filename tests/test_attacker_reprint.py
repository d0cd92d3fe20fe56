"""A child's pickup slip releases the child: printing it again, away from the drop-off, is in the
audit log (who, when, which visit), on the service and on the command line. Real databases."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from serre_desk.services.actor import Actor, Role
from serre_desk.services.kids import pickup_pair, reprint_pair
from serre_desk.storage.database import Database
from serre_desk.storage.models import AuditEvent
from tests.conftest import MORNING, CliRunner
from tests.kids_helpers import drop, educator, family

DESK = Actor("giulia", Role.STAFF, "desk-1")


def reprints(db: Database) -> list[tuple[str, int | None, int]]:
    with db.read() as session:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "pickup_slip_reprinted")
        ).all()
        return [(e.actor, e.subject_id, json.loads(e.detail)["visit"]) for e in rows]


def test_a_reprinted_slip_is_in_the_audit_log(any_db: Database) -> None:
    kid = family(any_db)
    educator(any_db)
    dropped = drop(any_db, kid)
    first = pickup_pair(any_db, kid.child)  # the drop-off's own print: the guardian is there
    assert reprints(any_db) == []
    again = reprint_pair(any_db, DESK, kid.child, now=MORNING)
    assert again == first and again.code == dropped.pickup_code
    assert reprints(any_db) == [("giulia", kid.child, dropped.visit_id)]


def test_pickup_labels_on_the_command_line_are_audited(
    cli: CliRunner, db: Database, tmp_path: Path
) -> None:
    kid = family(db)
    educator(db)
    dropped = drop(db, kid)
    result = cli("pickup-labels", str(kid.child), "--out", str(tmp_path / "again.pdf"), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["pickup_code"] == dropped.pickup_code
    assert reprints(db) == [("admin", kid.child, dropped.visit_id)]
