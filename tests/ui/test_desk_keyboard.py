"""The desk by keyboard: Enter submits the new visitor's form; after any check-in or out the
focus is back in the scan field, so Ctrl+Z undoes it, and the banner offers "Undo"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serre_desk.services.occupancy import inside
from serre_desk.services.people import search_people
from serre_desk.services.startup import Database
from serre_desk.ui.dialogs.registration import RegistrationDialog
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
