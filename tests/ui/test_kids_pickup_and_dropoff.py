"""The pickup and drop-off dialogs on the real services: a matching code releases, a mismatch
blocks with the authorised adults and their phones and a manager's override path; a drop-off of
siblings prints a pair per child; a failed print shows the codes large and prints the same codes
again later."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from serre_desk.domain.outcomes import Movement
from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import Actor, Role
from serre_desk.services.badges import issue_badge
from serre_desk.services.kids import add_guardian
from serre_desk.services.occupancy import inside
from serre_desk.services.startup import Database
from serre_desk.storage.models import Visit
from serre_desk.ui.dialogs.dropoff_dialog import DropOffDialog
from serre_desk.ui.dialogs.pickup_dialog import PickupDialog
from tests.conftest import MORNING
from tests.kids_helpers import PRESCHOOLER, adult, child, drop, educator, family
from tests.ui.kids_rig import KidsRig, make_kids_rig
from tests.ui.print_helpers import qr_codes

STAFF = Actor("giulia", Role.STAFF, "desk-1")
MANAGER = Actor("marta", Role.MANAGER, "desk-1")


@pytest.fixture
def kids_rig(qtbot: QtBot, db: Database, data_dir: Path, tmp_path: Path) -> Iterator[KidsRig]:
    yield from make_kids_rig(qtbot, db, data_dir, tmp_path)


def _children_inside(db: Database) -> list[int]:
    return [row.id for row in inside(db, "kids") if row.kind is PersonKind.CHILD]


def _finished(dialog: QDialog) -> list[int]:
    """The dialog's results as it closes (it deletes itself then)."""
    results: list[int] = []
    dialog.finished.connect(results.append)
    return results


def _pickup(rig: KidsRig, child_id: int | None = None, code: str = "") -> PickupDialog:
    dialog = PickupDialog.open_for(rig.kids, None, child_id=child_id, code=code)
    rig.settle()
    return dialog


def test_a_matching_code_and_an_authorised_adult_release_the_child(
    kids_rig: KidsRig, db: Database
) -> None:
    emma = family(db)
    educator(db)
    code = drop(db, emma).pickup_code
    assert code is not None
    moved: list[Movement] = []
    kids_rig.printing.hub.movement.connect(moved.append)
    dialog = _pickup(kids_rig, emma.child)
    assert dialog.child.currentData() == emma.child
    assert dialog.adult.currentData() == emma.parent  # the authorised guardian comes first
    assert "+39 333 1234567" in dialog.adult.currentText()
    QTest.keyClicks(dialog.code, code.lower())
    assert dialog.code.text() == code  # read in capitals
    QTest.keyClick(dialog.code, Qt.Key.Key_Return)
    kids_rig.settle()
    assert dialog.movement is not None and not dialog.movement.override
    assert "may go with Anna Rossi" in dialog.outcome_title.text()
    assert [m.person.id for m in moved] == [emma.child]
    assert _children_inside(db) == []


def test_a_wrong_code_blocks_with_the_authorised_adults_and_a_manager_can_override(
    kids_rig: KidsRig, db: Database
) -> None:
    emma = family(db)
    educator(db)
    drop(db, emma)
    kids_rig.actor = STAFF
    dialog = _pickup(kids_rig, emma.child)
    dialog.code.setText("XXXX")
    dialog.release()
    kids_rig.settle()
    assert dialog.refusal is not None and dialog.refusal.code == "pickup_wrong_code"
    assert dialog.outcome_title.text() == "Do not release the child"
    assert "does not match" in dialog.outcome_text.text()
    assert "Anna Rossi   +39 333 1234567" in dialog.authorised.text()
    assert not dialog.override.isHidden()
    assert _children_inside(db) == [emma.child]

    dialog.override.reason.setText("mum lost the slip; ID checked")
    dialog.override.button.click()  # no manager approves: nothing happens
    kids_rig.settle()
    assert kids_rig.approvals.asked and _children_inside(db) == [emma.child]
    kids_rig.approvals.manager = MANAGER
    dialog.override.button.click()
    kids_rig.settle()
    assert dialog.movement is not None and dialog.movement.override
    assert _children_inside(db) == []


def test_the_right_code_with_an_adult_marked_not_authorised_is_blocked(
    kids_rig: KidsRig, db: Database
) -> None:
    emma = family(db)
    dad = adult(db, "Luca Rossi", phone=None)
    add_guardian(db, MANAGER, emma.child, dad, now=MORNING, authorised=False)
    educator(db)
    code = drop(db, emma).pickup_code
    dialog = _pickup(kids_rig, emma.child)
    dialog.adult.setCurrentIndex(dialog.adult.findData(dad))
    assert "NOT authorised" in dialog.adult.currentText()
    dialog.code.setText(code or "")
    dialog.release()
    kids_rig.settle()
    assert dialog.refusal is not None and dialog.refusal.code == "pickup_marked_not_authorised"
    assert "Luca Rossi is marked as NOT authorised" in dialog.outcome_text.text()
    assert _children_inside(db) == [emma.child]


def test_a_scanned_slip_finds_its_child(kids_rig: KidsRig, db: Database) -> None:
    educator(db)
    first, second = family(db), family(db, "Leo Bianchi", "Carla Bianchi")
    drop(db, first)
    code = drop(db, second).pickup_code or ""
    dialog = _pickup(kids_rig, code=code.lower())
    assert dialog.child.currentData() == second.child
    assert dialog.adult.currentData() == second.parent


def test_siblings_are_dropped_off_and_each_pair_printed(kids_rig: KidsRig, db: Database) -> None:
    mum = adult(db, "Anna Rossi")
    emma = child(db, "Emma Rossi", mum)
    leo = child(db, "Leo Rossi", mum, birth=PRESCHOOLER)
    educator(db)
    dialog = DropOffDialog.open_for(kids_rig.kids, None)
    closed = _finished(dialog)
    QTest.keyClicks(dialog.guardian_field, "anna")
    QTest.keyClick(dialog.guardian_field, Qt.Key.Key_Return)
    kids_rig.settle()
    assert dialog.found.count() == 1
    dialog.choose_guardian(dialog.found.item(0).data(Qt.ItemDataRole.UserRole))
    kids_rig.settle()
    assert dialog.guardian.text() == "Brought by Anna Rossi"
    assert dialog.child_list.count() == 2 and dialog.chosen_children() == []
    dialog.set_chosen([emma, leo])
    dialog.expected_on.setChecked(True)
    moved: list[Movement] = []
    dialog.checked_in.connect(moved.extend)
    dialog.check_in_button.click()
    kids_rig.settle()
    assert closed == [QDialog.DialogCode.Accepted]  # both pairs printed: the dialog closed
    codes = {m.person.id: m.pickup_code for m in moved}
    assert sorted(_children_inside(db)) == sorted([emma, leo])
    printed = sorted(code for pdf in kids_rig.printing.printers.printed for code in qr_codes(pdf))
    assert printed == sorted(codes.values())
    with db.read() as session:
        expected = set(
            session.scalars(
                select(Visit.expected_pickup_at).where(Visit.person_id.in_([emma, leo]))
            )
        )
    assert expected == {MORNING.replace(hour=16, minute=30)}


def test_a_guardians_badge_scanned_in_the_drop_off(kids_rig: KidsRig, db: Database) -> None:
    kid = family(db)
    badge = issue_badge(db, MANAGER, kid.parent, now=MORNING)
    dialog = DropOffDialog.open_for(kids_rig.kids, None)
    dialog.guardian_field.setText(badge.code)
    QTest.keyClick(dialog.guardian_field, Qt.Key.Key_Return)
    kids_rig.settle()
    assert dialog.guardian_id == kid.parent
    assert dialog.chosen_children() == [kid.child]  # the only child is ticked


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_failed_print_shows_the_code_large_and_prints_the_same_code_later(
    kids_rig: KidsRig, db: Database
) -> None:
    kid = family(db)
    educator(db)
    kids_rig.printing.printers.printer_names = []  # the label printer is off
    dialog = DropOffDialog.open_for(kids_rig.kids, None, guardian_id=kid.parent)
    closed = _finished(dialog)
    kids_rig.settle()
    assert dialog.print_again.isHidden(), "nothing was printed yet: nothing to print again"
    dialog.check_in_button.click()
    kids_rig.settle()
    [movement] = dialog.movements
    assert dialog.isVisible() and closed == []
    assert "did not print" in dialog.outcome_title.text()
    assert movement.pickup_code in dialog.codes.text()
    assert dialog.codes.font().pointSizeF() >= 24
    assert not dialog.print_again.isHidden()

    kids_rig.printing.printers.printer_names = ["Desk label printer"]
    kids_rig.clock.set(MORNING + timedelta(minutes=20))
    dialog.print_again.click()
    kids_rig.settle()
    assert closed == [QDialog.DialogCode.Accepted]
    assert qr_codes(kids_rig.printing.printers.printed[-1]) == [movement.pickup_code]


def test_a_drop_off_past_the_ratio_needs_a_manager(kids_rig: KidsRig, db: Database) -> None:
    kid = family(db)  # no educator inside
    kids_rig.actor = STAFF
    kids_rig.approvals.manager = MANAGER
    dialog = DropOffDialog.open_for(kids_rig.kids, None, guardian_id=kid.parent)
    kids_rig.settle()
    dialog.check_in_button.click()
    kids_rig.settle()
    assert "educators needed: 1, present: 0" in dialog.outcome_text.text()
    assert not dialog.override.isHidden() and _children_inside(db) == []
    dialog.override.reason.setText("Sara is parking the car")
    dialog.override.button.click()
    kids_rig.settle()
    assert _children_inside(db) == [kid.child]
    assert dialog.movements[0].override
