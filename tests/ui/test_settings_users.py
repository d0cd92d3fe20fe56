"""The settings window's desk users: staff cannot open the window; a manager adds a staff member
who signs in at the lock screen at once, without a restart; the last active manager cannot be
deactivated; a PIN typed twice differently, or too short, is refused next to its field and
nothing is saved."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from serre_desk.clock import utcnow
from serre_desk.services.actor import LOCAL_ADMIN, Role
from serre_desk.services.startup import Database
from serre_desk.services.users import (
    add_user,
    authenticate,
    deactivate_user,
    list_users,
    recover,
    user_overview,
)
from serre_desk.ui.dialogs.settings.users_page import UsersPage
from tests.roles_helpers import MANAGER_PASSWORD, STAFF_PIN
from tests.ui.conftest import DeskFactory, RecordingMessages, settle
from tests.ui.print_helpers import PdfPrinters
from tests.ui.settings_helpers import make_team, manager_desk, open_settings, show


def test_staff_cannot_open_the_settings(db: Database, make_desk: DeskFactory, qtbot: QtBot) -> None:
    make_team(db)
    desk = make_desk(actor=authenticate(db, "Bruno", STAFF_PIN))
    action = desk.settings_entry.action
    assert not action.isEnabled(), "the menu entry is off for staff"
    assert desk.settings_entry.open() is None
    messages = desk.messages
    assert isinstance(messages, RecordingMessages)
    assert "Only a manager" in messages.shown[-1].text
    assert desk.settings_entry.window is None


def test_the_local_administrator_opens_the_settings_before_any_manager_exists(
    make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = make_desk()
    assert desk.session.actor == LOCAL_ADMIN
    window = open_settings(qtbot, desk)
    assert window.page.title == "Desk users"


def test_a_new_staff_member_signs_in_at_the_lock_screen_without_a_restart(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = manager_desk(db, make_desk)
    window = open_settings(qtbot, desk)
    page = show(qtbot, desk, window, UsersPage)
    assert isinstance(page, UsersPage)
    assert [u.name for u in page.users] == ["Anna", "Bruno"]
    page.name.setText("Carla Neri")
    page.role.setCurrentIndex(page.role.findData(Role.STAFF.value))
    page.secret.setText("13579246")
    page.repeat.setText("13579246")
    QTest.keyClick(page.repeat, Qt.Key.Key_Return)
    settle(qtbot, desk)
    settle(qtbot, desk)
    assert "Carla Neri" in [u.name for u in list_users(db)]
    assert "Carla Neri" in [u.name for u in page.users]
    assert page.status.text() == "Carla Neri can sign in now."

    QTest.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: desk.settings_entry.window is None)
    desk.lock.lock()
    form = desk.lock.screen.sign_in
    names = [form.user.itemText(i) for i in range(form.user.count())]
    assert "Carla Neri" in names, "on the lock screen at once"
    form.user.setCurrentText("Carla Neri")
    form.secret.setFocus()
    QTest.keyClicks(form.secret, "13579246")
    QTest.keyClick(form.secret, Qt.Key.Key_Return)
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: not desk.lock.is_locked)
    assert desk.session.actor.user == "Carla Neri"
    assert desk.session.actor.role is Role.STAFF
    assert not desk.settings_entry.action.isEnabled(), "and Carla, staff, cannot open settings"
    overview = {u.name: u for u in user_overview(db)}
    assert overview["Carla Neri"].last_sign_in is not None


def test_a_pin_typed_twice_differently_or_too_short_is_refused_next_to_its_field(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = manager_desk(db, make_desk)
    page = show(qtbot, desk, open_settings(qtbot, desk), UsersPage)
    assert isinstance(page, UsersPage)
    page.name.setText("Dario")
    page.secret.setText("123456")
    page.repeat.setText("123465")
    page.add_button.click()
    settle(qtbot, desk)
    assert page.error_for("repeat").isVisible()
    assert page.error_for("repeat").text() == "The two entries differ: type them again."
    page.secret.setText("123")
    page.repeat.setText("123")
    page.add_button.click()
    settle(qtbot, desk)
    assert not page.error_for("repeat").isVisible()
    assert page.error_for("secret").text() == "A staff PIN is at least 6 digits (digits only)."
    assert page.secret.hasFocus()
    assert [u.name for u in list_users(db)] == ["Anna", "Bruno"], "nothing saved"


def test_the_last_active_manager_cannot_be_deactivated(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = manager_desk(db, make_desk)
    page = show(qtbot, desk, open_settings(qtbot, desk), UsersPage)
    assert isinstance(page, UsersPage)
    page.select("Anna")
    page.deactivate_button.click()  # the question is answered "Deactivate" by the test
    settle(qtbot, desk)
    label = page.error_for("user_action")
    assert label.isVisible()
    assert "Anna is the last active manager" in label.text()
    assert all(u.active for u in user_overview(db))

    page.select("Bruno")
    page.deactivate_button.click()
    settle(qtbot, desk)
    settle(qtbot, desk)
    bruno = {u.name: u for u in user_overview(db)}["Bruno"]
    assert not bruno.active and bruno.locked
    names = desk.session.names
    assert "Bruno" not in names, "gone from the lock screen's list"


def test_a_user_added_at_another_desk_shows_on_this_lock_screen_when_it_locks(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = manager_desk(db, make_desk)
    anna = authenticate(db, "Anna", MANAGER_PASSWORD)
    add_user(db, anna, "Elena", "staff", "97531864", now=utcnow())  # at the office PC
    deactivate_user(db, anna, "Bruno", now=utcnow())
    desk.lock.lock()
    settle(qtbot, desk)
    form = desk.lock.screen.sign_in
    names = [form.user.itemText(i) for i in range(form.user.count())]
    assert "Elena" in names and "Bruno" not in names


def test_a_new_managers_recovery_code_is_shown_once_and_printed(
    db: Database, make_desk: DeskFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    make_team(db)
    printers = PdfPrinters(tmp_path)
    desk = make_desk(now=None, actor=authenticate(db, "Anna", MANAGER_PASSWORD), printers=printers)
    page = show(qtbot, desk, open_settings(qtbot, desk), UsersPage)
    assert isinstance(page, UsersPage)
    page.name.setText("Franca")
    page.role.setCurrentIndex(page.role.findData(Role.MANAGER.value))
    page.secret.setText("una password lunga")
    page.repeat.setText("una password lunga")
    page.add_button.click()
    settle(qtbot, desk)
    assert page.note.isVisible() and page.print_code.isVisible()
    code = page.note.code.text()
    page.print_code.click()
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: bool(printers.printed) and printers.printed[-1].exists())
    settle(qtbot, desk)
    assert PdfReader(printers.printed[-1]).pages, "a page printed"
    page.note.done.click()
    assert not page.note.isVisible() and not page.note.code.text(), "gone once put away"
    assert recover(db, "Franca", code, "un'altra password lunga").name == "Franca"


def test_the_settings_window_closes_when_the_desk_locks(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = manager_desk(db, make_desk)
    window = open_settings(qtbot, desk)
    assert window.isVisible()
    desk.lock.lock()
    qtbot.waitUntil(lambda: desk.settings_entry.window is None)
    assert not desk.settings_entry.action.isEnabled(), "off while locked"
