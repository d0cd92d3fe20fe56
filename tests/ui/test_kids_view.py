"""The educators' view on the real services: who is inside with age, time in, who brought them,
who may collect them and their phones, allergy marks (notes only while signed in), educators and
the ratio; the alarms, and the blocking one after closing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from serre_desk.services.kids_state import AlarmKind
from serre_desk.services.startup import Database
from serre_desk.services.visits import check_in, check_out
from serre_desk.storage.models import AuditEvent
from serre_desk.ui.dialogs.child_alarm_dialog import ChildAlarmDialog
from serre_desk.ui.dialogs.pickup_dialog import PickupDialog
from serre_desk.ui.views.kids import (
    AGE,
    ALLERGY,
    BROUGHT_BY,
    CHILD,
    EXPECTED,
    MAY_COLLECT,
    SINCE,
    KidsView,
)
from tests.conftest import MORNING
from tests.kids_helpers import BABY, drop, educator, family
from tests.ui.kids_rig import KidsRig, make_kids_rig


@pytest.fixture
def kids_rig(qtbot: QtBot, db: Database, data_dir: Path, tmp_path: Path) -> Iterator[KidsRig]:
    yield from make_kids_rig(qtbot, db, data_dir, tmp_path)


def _view(rig: KidsRig, show_health: bool = True) -> KidsView:
    view = KidsView(rig.kids, show_health=show_health)
    rig.qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    view.refresh()
    rig.settle()
    return view


def _cell(view: KidsView, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return view.proxy.index(row, column).data(role)


def test_the_children_inside_with_who_may_collect_them(
    kids_rig: KidsRig,
    db: Database,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    emma = family(db, health="Allergia: arachidi")
    leo = family(db, "Leo Bianchi", "Carla Bianchi", birth=BABY)
    educator(db)
    drop(db, emma)
    drop(db, leo, now=MORNING + timedelta(minutes=10))
    view = _view(kids_rig)
    qtmodeltester.check(view.model)
    assert view.proxy.rowCount() == 2
    assert [_cell(view, 0, c) for c in (CHILD, AGE, SINCE, BROUGHT_BY, MAY_COLLECT, EXPECTED)] == [
        "Emma Rossi",
        "2 years 5 months",
        "09:00",
        "Anna Rossi",
        "Anna Rossi +39 333 1234567",
        "—",
    ]
    assert _cell(view, 1, AGE) == "6 months"
    assert _cell(view, 0, ALLERGY) == "Allergy" and _cell(view, 1, ALLERGY) == ""
    assert _cell(view, 0, ALLERGY, Qt.ItemDataRole.ToolTipRole) == "Allergia: arachidi"
    assert "Ratio kept — educators present: 1, needed: 1" in view.ratio.text()
    assert "Sara Bianchi, since 09:00" in view.educators.text()
    assert view.title.text() == "Kids' space: 2 children of 15"
    view.table.selectRow(0)
    assert "Allergia: arachidi" in view.details.text() and "+39 333 1234567" in view.details.text()

    view.set_health_visible(False)  # the desk locked: marks stay, notes go
    kids_rig.settle()
    assert _cell(view, 0, ALLERGY) == "Allergy"
    assert "arachidi" not in str(_cell(view, 0, ALLERGY, Qt.ItemDataRole.ToolTipRole))
    assert "arachidi" not in view.details.text()


def test_a_broken_ratio_and_a_late_pickup_show_as_alarms(kids_rig: KidsRig, db: Database) -> None:
    sara = educator(db)
    marco = educator(db, "Marco Verdi")
    kids = [family(db, f"Bimbo {n}", f"Genitore {n}") for n in range(8)]
    for kid in kids[:7]:
        drop(db, kid)
    check_in(
        db,
        kids_rig.actor,
        kids[7].child,
        now=MORNING,
        brought_by=kids[7].parent,
        expected_pickup_at=MORNING + timedelta(hours=2),
    )
    check_out(db, kids_rig.actor, marco, now=MORNING + timedelta(hours=3))
    kids_rig.clock.set(MORNING + timedelta(hours=3))
    view = _view(kids_rig)
    assert view.state is not None
    assert [a.kind for a in view.state.alarms] == [AlarmKind.RATIO, AlarmKind.LATE_PICKUP]
    strips = [view.alarms.itemAt(n).widget().label.text() for n in range(view.alarms.count())]
    assert strips == [
        "Ratio broken: the children inside need 2 educators, 1 present",
        "Late pickup: Bimbo 7",
    ]
    assert _cell(view, 7, EXPECTED) == "11:00 — late"
    assert sara  # still inside


def test_after_closing_a_child_inside_raises_an_alarm_that_stays_until_handled(
    kids_rig: KidsRig, db: Database
) -> None:
    emma = family(db)
    educator(db)
    drop(db, emma)
    kids_rig.clock.set(MORNING.replace(hour=19, minute=35))
    view = _view(kids_rig)
    dialog = view.alarm_dialog
    assert isinstance(dialog, ChildAlarmDialog) and dialog.isVisible()
    assert "Emma Rossi" in dialog.list.text() and "+39 333 1234567" in dialog.list.text()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Escape does not dismiss it
    assert not dialog.confirm.isEnabled()
    dialog.note.setText("called Anna: she is on her way, 19:50")
    dialog.confirm.click()
    kids_rig.settle()
    QApplication.processEvents()
    assert view.alarm_dialog is None
    assert view.state is not None and view.state.blocking_alarm is None
    with db.read() as session:
        reasons = list(
            session.scalars(
                select(AuditEvent.reason).where(AuditEvent.action == "kids_alarm_handled")
            )
        )
    assert reasons == ["called Anna: she is on her way, 19:50"]
    view.refresh()
    kids_rig.settle()
    assert view.alarm_dialog is None  # handled: it does not come back


def test_enter_on_a_child_opens_the_pickup_for_that_child(kids_rig: KidsRig, db: Database) -> None:
    emma = family(db)
    educator(db)
    drop(db, emma)
    view = _view(kids_rig)
    view.table.setFocus()
    view.table.selectRow(0)
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    kids_rig.settle()
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, PickupDialog) and w.isVisible()
    ]
    assert [d.child.currentData() for d in dialogs] == [emma.child]
    for dialog in dialogs:
        dialog.done(QDialog.DialogCode.Rejected)


def test_a_child_from_yesterday_is_shown_with_the_day_not_as_today(
    kids_rig: KidsRig, db: Database
) -> None:
    yesterday = MORNING.replace(hour=8, minute=25) - timedelta(days=1)
    leo = family(db, "Leo Bianchi", "Giulia Bianchi")
    educator(db, "Sara Neri", now=yesterday - timedelta(minutes=25))
    drop(db, leo, now=yesterday)
    view = _view(kids_rig)
    assert _cell(view, 0, SINCE) == "since yesterday, 08:25"
    assert "Sara Neri, since yesterday, 08:00" in view.educators.text()
    view.table.selectRow(0)
    kids_rig.settle()
    assert "Brought by Giulia Bianchi, since yesterday, 08:25" in view.details.text()
    pickup = view.open_pickup(leo.child)
    kids_rig.settle()
    assert pickup.child.itemText(0).endswith("· since yesterday, 08:25")
    pickup.done(QDialog.DialogCode.Rejected)

    kids_rig.clock.set(MORNING + timedelta(days=1))  # two days later: the date
    view.refresh()
    kids_rig.settle()
    assert _cell(view, 0, SINCE) == "since 24/11/2026, 08:25"
