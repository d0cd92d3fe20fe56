"""Every settings page works from the keyboard: Down in the list of pages chooses the page, Tab
reaches each of its fields and buttons in turn, Enter saves the page, Esc closes the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from serre_desk.services.startup import Database
from serre_desk.ui.dialogs.settings.pages import PAGES
from tests.ui.conftest import DeskFactory, settle
from tests.ui.settings_helpers import manager_desk, open_settings

INPUTS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QListWidget, QPlainTextEdit)


def reachable(page: QWidget) -> list[QWidget]:
    """The page's fields and buttons a manager can use now."""
    return [
        widget
        for widget in page.findChildren(QWidget)
        if isinstance(widget, INPUTS)
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.window() is page.window()
        and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))  # their editor
    ]


@pytest.mark.parametrize("number", range(len(PAGES)))
def test_every_page_by_keyboard(
    db: Database, make_desk: DeskFactory, qtbot: QtBot, number: int
) -> None:
    desk = manager_desk(db, make_desk)
    window = open_settings(qtbot, desk)
    assert window.list.hasFocus()
    for _ in range(number):
        QTest.keyClick(window.list, Qt.Key.Key_Down)
    settle(qtbot, desk)
    page = window.pages[number]
    assert window.page is page
    wanted = reachable(page)
    assert wanted, page.title
    seen: set[int] = set()
    for _ in range(4 * len(wanted) + 20):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None and focused.window() is window, "Tab stays in the window"
        seen.add(id(focused))
    missed = [
        w.accessibleName() or w.objectName() or type(w).__name__
        for w in wanted
        if id(w) not in seen and not any(id(c) in seen for c in w.findChildren(QWidget))
    ]
    assert not missed, f"{page.title}: not reached by Tab: {missed}"

    if page.save_button.isVisible():
        first = next(w for w in wanted if isinstance(w, (QAbstractSpinBox, QLineEdit, QComboBox)))
        first.setFocus()
        page.status.clear()
        QTest.keyClick(first, Qt.Key.Key_Return)
        settle(qtbot, desk)
        assert (
            page.status.text()
            or page.general_error.text()
            or any(label.isVisible() for label in page._errors.values())
        ), f"{page.title}: Enter saves (or says what is wrong)"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: desk.settings_entry.window is None)
