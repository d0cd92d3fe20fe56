"""The settings window's opening hours and closed days: a closing before the opening is refused
next to that weekday and nothing is saved; the public holidays of a year (Easter Monday, San
Petronio) are offered, marked and saved with the week in one go; Enter in the calendar closes a
day, Delete in the list opens it again."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from serre_desk.services.opening_calendar import closed_days, read_week
from serre_desk.services.startup import Database
from serre_desk.ui.dialogs.settings.hours_page import HoursPage
from tests.ui.conftest import DeskFactory, settle
from tests.ui.settings_helpers import manager_desk, open_settings, show


def hours_page(qtbot: QtBot, desk: object) -> HoursPage:
    page = show(qtbot, desk, open_settings(qtbot, desk), HoursPage)  # type: ignore[arg-type]
    assert isinstance(page, HoursPage)
    return page


def test_a_closing_before_the_opening_is_refused_next_to_its_weekday(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = manager_desk(db, make_desk)
    page = hours_page(qtbot, desk)
    assert page.open_boxes[0].isChecked() and not page.open_boxes[6].isChecked()
    before = read_week(db)
    page.open_boxes[5].setChecked(True)  # Saturday mornings
    page.opens[5].setTime(QTime(9, 0))
    page.closes[5].setTime(QTime(13, 0))
    page.closes[2].setTime(QTime(7, 0))  # Wednesday closes before it opens
    page.save_button.click()
    settle(qtbot, desk)
    label = page.error_for("hours", 2)
    assert label.isVisible() and label.text() == "Closing time must come after opening time."
    assert page.closes[2].hasFocus()
    assert read_week(db) == before, "nothing saved"

    page.closes[2].setTime(QTime(18, 0))
    QTest.keyClick(page.closes[2], Qt.Key.Key_Return)
    settle(qtbot, desk)
    week = read_week(db)
    assert week[2] == (time(8, 30), time(18, 0))
    assert week[5] == (time(9, 0), time(13, 0))
    assert week[6] is None


def test_the_public_holidays_are_offered_for_the_year_and_days_closed_by_keyboard(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = manager_desk(db, make_desk)
    page = hours_page(qtbot, desk)
    page.year_box.setValue(2027)
    settle(qtbot, desk)
    assert page.holidays_button.text() == "Add the public holidays of 2027"
    page.holidays_button.click()
    texts = [page.list.item(i).text() for i in range(page.list.count())]
    assert any("Easter Monday" in t for t in texts)
    assert any("San Petronio (Bologna)" in t and "4" in t for t in texts)
    assert date(2027, 3, 29) in page.days and date(2027, 10, 4) in page.days

    page.calendar.setSelectedDate(QDate(2027, 8, 16))
    page.calendar.setFocus()
    view = page.calendar.findChild(object, "qt_calendar_calendarview")
    QTest.keyClick(view, Qt.Key.Key_Return)  # Enter: closed on 16 August too
    assert date(2027, 8, 16) in page.days
    page.list.setFocus()
    page.list.setCurrentRow(0)  # 1 January
    QTest.keyClick(page.list, Qt.Key.Key_Delete)
    assert date(2027, 1, 1) not in page.days
    page.save_button.click()
    settle(qtbot, desk)
    saved = closed_days(db, 2027)
    assert date(2027, 3, 29) in saved and date(2027, 10, 4) in saved
    assert date(2027, 8, 16) in saved and date(2027, 1, 1) not in saved
    assert closed_days(db, 2026) == []
