"""The drop-off (F6) and pickup (F7) by keyboard alone: ↑/↓ move through the adults found, Enter
picks the highlighted one, Enter confirms once everything is filled — and never acts behind a
half-made choice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.kids import add_guardian
from serre_desk.services.occupancy import inside
from serre_desk.services.startup import Database
from serre_desk.ui.dialogs.dropoff_dialog import DropOffDialog
from serre_desk.ui.dialogs.pickup_dialog import PickupDialog
from tests.conftest import MORNING
from tests.kids_helpers import adult, child, drop, educator, family
from tests.ui.kids_rig import KidsRig, make_kids_rig


@pytest.fixture
def kids_rig(qtbot: QtBot, db: Database, data_dir: Path, tmp_path: Path) -> Iterator[KidsRig]:
    yield from make_kids_rig(qtbot, db, data_dir, tmp_path)


def _children_inside(db: Database) -> list[int]:
    return [row.id for row in inside(db, "kids") if row.kind is PersonKind.CHILD]


def _key(widget: object, key: Qt.Key) -> None:
    QTest.keyClick(widget, key)  # type: ignore[arg-type]


def test_the_drop_off_by_keyboard_picks_the_highlighted_adult_and_enter_checks_in(
    kids_rig: KidsRig, db: Database, qtbot: QtBot
) -> None:
    anna = adult(db, "Anna Rossi")
    adult(db, "Anna Rota")
    emma = child(db, "Emma Rossi", anna)
    educator(db)
    dialog = DropOffDialog.open_for(kids_rig.kids, None)
    field = dialog.guardian_field
    QTest.keyClicks(field, "anna r", Qt.KeyboardModifier.NoModifier, 30)
    _key(field, Qt.Key.Key_Return)  # the search now, nobody chosen, nothing checked in
    kids_rig.settle()
    assert dialog.found.count() == 2 and dialog.guardian_id is None
    assert dialog.found.currentItem().text() == "Anna Rossi"
    _key(field, Qt.Key.Key_Down)
    assert dialog.found.currentItem().text() == "Anna Rota"
    _key(field, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is field

    _key(field, Qt.Key.Key_Return)  # picks Anna Rossi; her only child is ticked
    kids_rig.settle()
    assert dialog.guardian_id == anna and dialog.chosen_children() == [emma]
    assert _children_inside(db) == [], "picking is not yet checking in"

    _key(field, Qt.Key.Key_Return)
    kids_rig.settle()
    assert _children_inside(db) == [emma]


def test_the_pickup_by_keyboard_moves_through_the_adults_and_enter_releases(
    kids_rig: KidsRig, db: Database
) -> None:
    emma = family(db)
    dad = adult(db, "Marco Rossi")
    add_guardian(db, LOCAL_ADMIN, emma.child, dad, now=MORNING)
    educator(db)
    code = drop(db, emma).pickup_code
    assert code is not None
    dialog = PickupDialog.open_for(kids_rig.kids, None, child_id=emma.child, code=code)
    kids_rig.settle()
    assert dialog.adult.currentData() == emma.parent
    dialog.other.setFocus()
    _key(dialog.other, Qt.Key.Key_Down)
    assert dialog.adult.currentData() == dad
    _key(dialog.other, Qt.Key.Key_Return)  # picks him: on to "Release"
    kids_rig.settle()
    assert dialog.movement is None and _children_inside(db) == [emma.child]
    assert QApplication.focusWidget() is dialog.release_button

    _key(dialog.release_button, Qt.Key.Key_Return)
    kids_rig.settle()
    assert dialog.movement is not None and "Marco Rossi" in dialog.outcome_title.text()
    assert _children_inside(db) == []
