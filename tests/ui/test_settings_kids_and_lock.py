"""The settings window's kids' space and locked-desk pages: a ratio of 0 and a lock threshold of
1 are refused next to their fields with nothing saved; good values are saved and audited; the
idle minutes reach this desk's idle watch at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.audit import AuditFilter, list_events
from serre_desk.services.kids import read_ratios
from serre_desk.services.self_service import self_service_enabled
from serre_desk.services.settings_admin import kids_options
from serre_desk.services.startup import Database
from serre_desk.services.users import idle_lock_minutes
from serre_desk.ui.dialogs.settings.kids_page import KidsPage
from serre_desk.ui.dialogs.settings.lock_page import LockPage
from tests.ui.conftest import DeskFactory, settle
from tests.ui.settings_helpers import manager_desk, open_settings, show


def test_kids_ratios_and_the_pickup_lock_are_checked_then_saved(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = manager_desk(db, make_desk)
    page = show(qtbot, desk, open_settings(qtbot, desk), KidsPage)
    assert isinstance(page, KidsPage)
    assert page.ratios["under_12_months"].value() == 5
    assert page.wrong_codes.value() == 5 and page.one_day_manager.isChecked()
    page.ratios["12_to_36_months"].setValue(0)
    page.wrong_codes.setValue(1)
    page.save_button.click()
    settle(qtbot, desk)
    assert page.error_for("ratio", "12_to_36_months").text() == (
        "A ratio is a number of children per educator, 1 to 50: not 0."
    )
    assert read_ratios(db)["12_to_36_months"] == 7, "nothing saved"
    page.ratios["12_to_36_months"].setValue(6)
    page.save_button.click()
    settle(qtbot, desk)
    assert page.error_for("wrong_codes").text() == (
        "The pickup locks after 2 to 20 wrong codes, not 1."
    )
    assert read_ratios(db)["12_to_36_months"] == 7 and kids_options(db) == (5, True)
    page.wrong_codes.setValue(3)
    page.one_day_manager.setChecked(False)
    QTest.keyClick(page.wrong_codes, Qt.Key.Key_Return)
    settle(qtbot, desk)
    assert read_ratios(db)["12_to_36_months"] == 6
    assert kids_options(db) == (3, False)
    setting = list_events(db, LOCAL_ADMIN, AuditFilter(action="setting"))
    limit = next(e for e in setting if e.detail["key"] == "kids.wrong_codes_limit")
    assert (limit.actor, limit.detail["before"], limit.detail["value"]) == ("Anna", 5, 3)


def test_the_locked_desk_options_apply_at_once(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = manager_desk(db, make_desk)
    page = show(qtbot, desk, open_settings(qtbot, desk), LockPage)
    assert isinstance(page, LockPage)
    assert page.self_service.isChecked() and page.idle_minutes.value() == 5
    page.idle_minutes.setValue(30)
    page.save_button.click()
    settle(qtbot, desk)
    assert page.error_for("idle_minutes").text() == "The desk locks after 2 to 15 idle minutes."
    assert idle_lock_minutes(db) == 5
    page.idle_minutes.setValue(10)
    page.self_service.setChecked(False)
    page.save_button.click()
    settle(qtbot, desk)
    settle(qtbot, desk)
    assert idle_lock_minutes(db) == 10 and not self_service_enabled(db)
    assert desk.session.idle_minutes == 10
    assert desk.lock.watcher._seconds == 600
