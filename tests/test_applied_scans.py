"""A scan sent again with the same operation id (after a broken connection) is not applied twice:
the second call returns what the first one did, read back from the tables, on both engines."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from serre_desk.domain.outcomes import CheckedIn, CheckedOut, Refused
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.badges import issue_badge
from serre_desk.services.operations import applied, new_operation_id
from serre_desk.services.scanning import scan
from serre_desk.services.visits import toggle
from serre_desk.storage.database import Database
from serre_desk.storage.models import AuditEvent, Visit
from tests.conftest import MORNING
from tests.helpers import person


def _count(db: Database, model: type, *where: object) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_a_scan_sent_twice_with_one_id_checks_in_once(any_db: Database) -> None:
    giulia = person(any_db, "Giulia Bianchi")
    code = issue_badge(any_db, LOCAL_ADMIN, giulia, now=MORNING).code
    op_id = new_operation_id()

    first = scan(any_db, LOCAL_ADMIN, code, now=MORNING, op_id=op_id)
    again = scan(any_db, LOCAL_ADMIN, code, now=MORNING + timedelta(seconds=3), op_id=op_id)

    assert isinstance(first, CheckedIn) and isinstance(again, CheckedIn)
    assert again.movement == first.movement  # rebuilt, name and all
    assert again.movement.person.name == "Giulia Bianchi"
    assert _count(any_db, Visit) == 1
    assert _count(any_db, AuditEvent, AuditEvent.action == "check_in") == 1
    done = applied(any_db, op_id)
    assert done is not None and done.outcome["kind"] == "checked_in"
    assert "Giulia" not in str(done.outcome), "no personal data kept with the id"

    out = scan(any_db, LOCAL_ADMIN, code, now=MORNING + timedelta(hours=1))  # a new scan: out
    assert isinstance(out, CheckedOut)
    replay = scan(any_db, LOCAL_ADMIN, code, now=MORNING + timedelta(hours=2), op_id=op_id)
    assert isinstance(replay, CheckedIn), "the old scan's answer, not a new check-in"
    assert _count(any_db, Visit) == 1


def test_enter_on_a_person_sent_twice_with_one_id_moves_them_once(any_db: Database) -> None:
    marco = person(any_db, "Marco Verdi")
    op_id = new_operation_id()
    first = toggle(any_db, LOCAL_ADMIN, marco, now=MORNING, op_id=op_id)
    again = toggle(any_db, LOCAL_ADMIN, marco, now=MORNING + timedelta(seconds=2), op_id=op_id)
    assert isinstance(first, CheckedIn) and again == first
    assert _count(any_db, Visit, Visit.checked_out_at.is_(None)) == 1

    other = toggle(any_db, LOCAL_ADMIN, marco, now=MORNING + timedelta(minutes=5))
    assert isinstance(other, CheckedOut), "another id is another scan"


def test_a_refused_scan_sent_twice_is_refused_and_audited_once(any_db: Database) -> None:
    op_id = new_operation_id()
    forged = "Z" * 36
    first = scan(any_db, LOCAL_ADMIN, forged, now=MORNING, op_id=op_id)
    again = scan(any_db, LOCAL_ADMIN, forged, now=MORNING, op_id=op_id)
    assert isinstance(first, Refused) and isinstance(again, Refused)
    assert again.refusal.code == first.refusal.code
    assert again.refusal.text("en") == first.refusal.text("en")
    assert _count(any_db, AuditEvent, AuditEvent.action == "scan_refused") == 1
