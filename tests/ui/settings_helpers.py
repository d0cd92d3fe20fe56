"""Shared by the settings window's tests: a team (one manager, one staff member) and the window
opened the way a manager opens it (Ctrl+, in the desk window)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.startup import Database
from serre_desk.services.users import add_user, authenticate
from serre_desk.ui.desk import Desk
from serre_desk.ui.dialogs.settings.base import SettingsPage
from serre_desk.ui.dialogs.settings.window import SettingsWindow
from tests.conftest import MORNING
from tests.roles_helpers import MANAGER_PASSWORD, STAFF_PIN
from tests.ui.conftest import DeskFactory, settle


def make_team(db: Database) -> None:
    add_user(db, LOCAL_ADMIN, "Anna", "manager", MANAGER_PASSWORD, now=MORNING)
    anna = authenticate(db, "Anna", MANAGER_PASSWORD)
    add_user(db, anna, "Bruno", "staff", STAFF_PIN, now=MORNING)


def manager_desk(db: Database, make_desk: DeskFactory, lang: str = "en") -> Desk:
    """Anna's desk, on the real clock (at a replay clock only managers sign in)."""
    make_team(db)
    return make_desk(lang=lang, now=None, actor=authenticate(db, "Anna", MANAGER_PASSWORD))


def open_settings(qtbot: QtBot, desk: Desk) -> SettingsWindow:
    """Ctrl+, in the desk window, as a manager presses it."""
    desk.window.activateWindow()
    QTest.keyClick(desk.window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.settings_entry.window is not None)
    window = desk.settings_entry.window
    assert window is not None
    qtbot.waitUntil(window.isVisible)
    settle(qtbot, desk)
    return window


def show(qtbot: QtBot, desk: Desk, window: SettingsWindow, page_type: type) -> SettingsPage:
    page = window.show_page(page_type)
    settle(qtbot, desk)
    return page
