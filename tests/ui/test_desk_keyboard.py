"""The desk by keyboard: Enter submits the new visitor's form; after any check-in or out the
focus is back in the scan field, so Ctrl+Z undoes it, and the banner offers "Undo"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.occupancy import inside
from serre_desk.services.people import search_people
from serre_desk.services.startup import Database
from serre_desk.services.visits import check_in
from serre_desk.ui.dialogs.registration import RegistrationDialog
from tests.conftest import MORNING
from tests.helpers import person
from tests.ui.conftest import DeskFactory, focus, settle


def _type(widget: object, text: str) -> None:
    QTest.keyClicks(widget, text, Qt.KeyboardModifier.NoModifier, 60)  # type: ignore[arg-type]


def _f2(qtbot: QtBot, desk: object) -> RegistrationDialog:
    window = desk.window  # type: ignore[attr-defined]
    QTest.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: desk.registration.dialog is not None)  # type: ignore[attr-defined]
    dialog = desk.registration.dialog  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.form.name)
    return dialog


def test_enter_submits_the_new_visitor_form_and_an_untick_says_so_by_the_tick_box(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = make_desk()
    dialog = _f2(qtbot, desk)
    _type(dialog.form.name, "Ingrid Oberg")
    focus(qtbot, dialog.form.email)
    _type(dialog.form.email, "ingrid@example.org")
    buttons_at = dialog.register_button.mapTo(dialog, dialog.register_button.rect().topLeft())

    QTest.keyClick(dialog.form.email, Qt.Key.Key_Return)
    settle(qtbot, desk)
    assert dialog.isVisible() and search_people(db, "ingrid") == []
    assert dialog.privacy.hint.isVisible() and "Tick the box" in dialog.privacy.hint.text()
    after = dialog.register_button.mapTo(dialog, dialog.register_button.rect().topLeft())
    assert after == buttons_at, "the layout did not move"

    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # the tick box has the focus
    assert dialog.privacy.acknowledged.isChecked()
    focus(qtbot, dialog.form.email)
    QTest.keyClick(dialog.form.email, Qt.Key.Key_Return)
    settle(qtbot, desk)
    [found] = search_people(db, "ingrid")
    assert [row.id for row in inside(db)] == [found.id]


def test_after_a_check_out_from_the_table_ctrl_z_undoes_it_and_the_banner_offers_undo(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    mario = person(db, "Mario Rossi")
    check_in(db, LOCAL_ADMIN, mario, now=MORNING)
    desk = make_desk()
    table = desk.window.panels["coworking"].table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    focus(qtbot, table)
    table.selectRow(0)

    QTest.keyClick(table, Qt.Key.Key_Return)  # Enter on the row: check out
    settle(qtbot, desk)
    assert inside(db) == []
    assert QApplication.focusWidget() is desk.window.top_bar.scan_field
    banner = desk.window.banner
    assert banner.undo_button.isVisible() and "Ctrl+Z" in banner.undo_button.text()

    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, desk)
    assert [row.id for row in inside(db)] == [mario]
    assert not banner.undo_button.isVisible()


def test_the_banners_undo_button_undoes_and_goes_after_the_minute(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    mario = person(db, "Mario Rossi")
    desk = make_desk()
    desk.actions.toggle(mario)
    settle(qtbot, desk)
    banner = desk.window.banner
    assert banner.undo_button.isVisible()
    banner.undo_button.click()
    settle(qtbot, desk)
    assert inside(db) == []

    desk.actions.toggle(mario)
    settle(qtbot, desk)
    banner._undo_timer.setInterval(10)  # the minute passes
    banner._undo_timer.start()
    qtbot.waitUntil(lambda: not banner.undo_button.isVisible())
