"""The educators' view prints a child's label and slip again (the same code): the reprint is in
the audit log with the desk user who asked for it; the drop-off's own print is not a reprint."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from serre_desk.services.actor import Actor, Role
from serre_desk.services.startup import Database
from serre_desk.storage.models import AuditEvent
from serre_desk.ui.views.kids import KidsView
from tests.kids_helpers import drop, educator, family
from tests.ui.kids_rig import KidsRig, make_kids_rig
from tests.ui.print_helpers import qr_codes

STAFF = Actor("Bruno", Role.STAFF, "desk-1")


@pytest.fixture
def kids_rig(qtbot: QtBot, db: Database, data_dir: Path, tmp_path: Path) -> Iterator[KidsRig]:
    yield from make_kids_rig(qtbot, db, data_dir, tmp_path)


def _reprints(db: Database) -> list[tuple[str, int | None, int]]:
    with db.read() as session:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "pickup_slip_reprinted")
        ).all()
        return [(e.actor, e.subject_id, json.loads(e.detail)["visit"]) for e in rows]


def test_a_reprint_from_the_view_is_audited(kids_rig: KidsRig, db: Database) -> None:
    emma = family(db)
    educator(db)
    dropped = drop(db, emma)
    kids_rig.actor = STAFF
    kids_rig.kids.printer.print_pair(emma.child)  # as the drop-off prints: not a reprint
    kids_rig.settle()
    assert _reprints(db) == []
    view = KidsView(kids_rig.kids, show_health=False)
    kids_rig.qtbot.addWidget(view)
    view.show()
    view.refresh()
    kids_rig.settle()
    assert view.table.select_person(emma.child)
    view.act_reprint.trigger()
    kids_rig.settle()
    kids_rig.qtbot.waitUntil(lambda: len(kids_rig.printing.printers.printed) == 2, timeout=5000)
    assert qr_codes(kids_rig.printing.printers.printed[-1]) == [dropped.pickup_code]
    assert _reprints(db) == [("Bruno", emma.child, dropped.visit_id)]
