"""The window parts of roles and data safety, as self-contained widgets on real services: sign-in,
the idle lock (counts only, never names), the on-the-spot manager prompt, the audit browser and
the damaged-database panel."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from serre_desk import paths
from serre_desk.domain.errors import Refusal
from serre_desk.domain.people import PersonKind
from serre_desk.i18n import DEFAULT_LANGUAGE, set_language
from serre_desk.services.actor import LOCAL_ADMIN, Actor, Role
from serre_desk.services.audit import audit_actions, browse
from serre_desk.services.audit_verify import verify_all
from serre_desk.services.backups import take_backup
from serre_desk.services.db_health import explain
from serre_desk.services.occupancy import occupancy
from serre_desk.services.startup import Database, Location
from serre_desk.services.users import add_user, authenticate, list_users, recover
from serre_desk.services.visits import check_in
from serre_desk.storage.errors import StorageProblem
from serre_desk.ui.dialogs.database_problem import DatabaseProblemPanel
from serre_desk.ui.dialogs.manager_prompt import ManagerPrompt
from serre_desk.ui.dialogs.signin import FirstManagerForm, SignInForm
from serre_desk.ui.views.audit import AuditView
from serre_desk.ui.views.lock_screen import AreaCount, IdleWatcher, LockableArea, LockScreen
from tests.conftest import MORNING
from tests.helpers import person
from tests.roles_helpers import MANAGER_PASSWORD, STAFF_PIN

NAMES = ("Mario Rossi", "Tobia Conti", "allergia alle arachidi")


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language(DEFAULT_LANGUAGE)


@pytest.fixture
def team(db: Database) -> Database:
    add_user(db, LOCAL_ADMIN, "Anna", "manager", MANAGER_PASSWORD, now=MORNING)
    anna = authenticate(db, "Anna", MANAGER_PASSWORD)
    add_user(db, anna, "Bruno", "staff", STAFF_PIN, now=MORNING)
    return db


def _signer(db: Database):  # type: ignore[no-untyped-def]
    return lambda name, secret: authenticate(db, name, secret, desk="desk-1")


def _type(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def _visible_text(widget: QWidget) -> str:
    shown = [w for w in widget.findChildren(QWidget) if w.isVisible()]
    parts = [w.text() for w in shown if isinstance(w, (QLabel, QLineEdit))]
    return " | ".join(parts)


def test_sign_in_refuses_a_wrong_pin_and_signs_in_with_the_right_one(
    qtbot: QtBot, team: Database
) -> None:
    form = SignInForm([u.name for u in list_users(team)], _signer(team))
    qtbot.addWidget(form)
    form.show()
    form.user.setCurrentText("Bruno")
    _type(qtbot, form.secret, "000000")
    assert form.error.isVisible() and "Wrong PIN" in form.error.text()
    assert form.secret.text() == ""
    with qtbot.waitSignal(form.signed_in) as signed:
        _type(qtbot, form.secret, STAFF_PIN)
    actor = signed.args[0]
    assert (actor.user, actor.role, actor.desk) == ("Bruno", Role.STAFF, "desk-1")
    assert not form.error.isVisible()


def test_the_first_manager_can_be_created_from_the_desk(qtbot: QtBot, db: Database) -> None:
    form = FirstManagerForm(
        lambda name, pw: add_user(db, LOCAL_ADMIN, name, "manager", pw, now=MORNING)
    )
    qtbot.addWidget(form)
    form.show()
    form.name.setText("Anna")
    form.password.setText("short")
    form.repeat.setText("short")
    form.submit.click()
    assert "12 characters" in form.error.text()
    form.password.setText(MANAGER_PASSWORD)
    form.repeat.setText(MANAGER_PASSWORD)
    form.submit.click()
    assert [(u.name, u.role) for u in list_users(db)] == [("Anna", Role.MANAGER)]
    # The recovery code is shown once, until it is written down.
    code = form.note.code.text()
    assert form.note.isVisible() and len(code) == 24 and not form.fields.isVisible()
    with qtbot.waitSignal(form.created) as created:
        form.note.done.click()
    assert created.args == ["Anna"] and form.note.code.text() == ""
    assert recover(db, "Anna", code, "a brand new password").name == "Anna"


def test_idle_lock_shows_counts_and_hides_every_name(qtbot: QtBot, team: Database) -> None:
    mario = person(team, NAMES[0], PersonKind.MEMBER)
    check_in(team, LOCAL_ADMIN, mario, now=MORNING)
    content = QWidget()
    inside = QVBoxLayout(content)
    for name in NAMES:  # what the desk shows while someone is signed in
        inside.addWidget(QLabel(name))
    search = QLineEdit("Tobia")
    inside.addWidget(search)
    lock_screen = LockScreen([u.name for u in list_users(team)], _signer(team))
    area = LockableArea(content, lock_screen)
    qtbot.addWidget(area)
    area.show()
    clock = [0.0]
    watcher = IdleWatcher(5, clock=lambda: clock[0])
    watcher.idle.connect(
        lambda: area.lock([AreaCount(a.name, a.inside, a.capacity) for a in occupancy(team)])
    )
    watcher.start()
    try:
        clock[0] = 4 * 60
        watcher.check()
        QTest.keyClick(search, Qt.Key.Key_A)  # activity: the five minutes start again
        clock[0] = 8 * 60
        watcher.check()
        assert not area.is_locked
        clock[0] = 9 * 60 + 1
        watcher.check()
        assert area.is_locked and not content.isVisible()
        shown = _visible_text(area)
        assert "1 / 40" in shown and "Coworking" in shown
        for name in NAMES:
            assert name not in shown and "Tobia" not in shown
        with qtbot.waitSignal(lock_screen.unlocked) as unlocked:
            lock_screen.sign_in.user.setCurrentText("Bruno")
            _type(qtbot, lock_screen.sign_in.secret, STAFF_PIN)
        assert unlocked.args[0].user == "Bruno"
        assert not area.is_locked and content.isVisible()
    finally:
        watcher.stop()


def test_a_manager_approves_on_the_spot_staff_stays_signed_in(qtbot: QtBot, team: Database) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    staff = authenticate(team, "Bruno", STAFF_PIN)
    approved: list[Actor] = []
    prompt = ManagerPrompt.ask(
        host, "Override: Coworking is full (40).", ["Anna", "Bruno"], _signer(team), approved.append
    )
    prompt.form.user.setCurrentText("Bruno")
    _type(qtbot, prompt.form.secret, STAFF_PIN)
    assert "Only a manager" in prompt.form.error.text() and prompt.isVisible()
    prompt.form.user.setCurrentText("Anna")
    with qtbot.waitSignal(prompt.finished):
        _type(qtbot, prompt.form.secret, MANAGER_PASSWORD)
    assert [(a.user, a.role) for a in approved] == [("Anna", Role.MANAGER)]
    assert staff.user == "Bruno" and staff.role is Role.STAFF


def test_a_cancelled_prompt_approves_nothing(qtbot: QtBot, team: Database) -> None:
    approved: list[Actor] = []
    prompt = ManagerPrompt.ask(None, "Correct a time", ["Anna"], _signer(team), approved.append)
    qtbot.addWidget(prompt)
    with qtbot.waitSignal(prompt.finished):
        prompt.reject()
    assert prompt.result() == QDialog.DialogCode.Rejected and approved == []


def test_the_audit_browser_filters_and_verifies(
    qtbot: QtBot, qtmodeltester: ModelTester, team: Database, data_dir: Path
) -> None:
    mario = person(team, NAMES[0])
    check_in(team, LOCAL_ADMIN, mario, now=MORNING + timedelta(minutes=5))
    anna = authenticate(team, "Anna", MANAGER_PASSWORD)
    view = AuditView(
        lambda f: browse(team, anna, f),
        lambda: verify_all(team, Location(data_dir)),
        today=lambda: MORNING.date(),
        load_actions=lambda: audit_actions(team),
    )
    qtbot.addWidget(view)
    view.show()  # opening it loads today's events and checks the chain
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 4  # two users added, one person, one check-in
    assert "whole" in view.chain.text()
    view.action.setCurrentIndex(view.action.findData("check_in"))
    view.show_button.click()
    assert view.model.rowCount() == 1
    row = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
    assert row == [
        "25/11/2026 09:05:00",
        "Check-in",
        NAMES[0],  # managers read names, not ids
        "Coworking",
        "",
        "admin",
        LOCAL_ADMIN.at_desk,
    ]
    view.verify_button.click()
    assert "whole" in view.chain.text()
    with team.write() as session:
        session.execute(text("UPDATE audit_events SET reason = 'x' WHERE action = 'check_in'"))
    view.verify_button.click()
    assert "was altered" in view.chain.text()


def test_the_audit_browser_is_a_managers(qtbot: QtBot, team: Database, data_dir: Path) -> None:
    bruno = authenticate(team, "Bruno", STAFF_PIN)
    view = AuditView(
        lambda f: browse(team, bruno, f),
        lambda: verify_all(team, Location(data_dir)),
        today=lambda: MORNING.date(),
    )
    qtbot.addWidget(view)
    view.refresh()
    assert view.model.rowCount() == 0 and "Only a manager" in view.status.text()


def test_a_damaged_database_offers_retry_the_backup_folder_and_the_latest_backup(
    qtbot: QtBot, db: Database, data_dir: Path
) -> None:
    location = Location(data_dir)
    backup = take_backup(db, location, now=MORNING)
    db.dispose()
    live = paths.database_file(data_dir)
    live.write_bytes(os.urandom(live.stat().st_size))
    problem = explain(location, StorageProblem("db_corrupt", "The database file is damaged."))
    opened: list[Path] = []
    panel = DatabaseProblemPanel(problem, opener=opened.append)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.retry.isVisible() and panel.open_backups.isVisible()
    assert panel.restore.isVisible() and not panel.confirm.isVisible()
    assert "Nothing was overwritten" in panel.advice.text()
    assert "2026-11-25 09:00" in panel.advice.text()  # when the latest good backup was taken
    panel.open_backups.click()
    assert opened == [paths.backups_dir(data_dir)]
    panel.restore.click()
    assert panel.confirm.isVisible() and backup.name in panel.confirm_text.text()
    with qtbot.waitSignal(panel.restore_requested) as requested:
        panel.confirm.click()
    assert requested.args == [backup]
    with qtbot.waitSignal(panel.retry_requested):
        panel.retry.click()


def test_a_locked_out_manager_recovers_at_the_sign_in(qtbot: QtBot, db: Database) -> None:
    anna = add_user(db, LOCAL_ADMIN, "Anna", "manager", MANAGER_PASSWORD, now=MORNING)
    assert anna.recovery_code
    for _ in range(25):
        with pytest.raises(Refusal):
            authenticate(db, "Anna", "a wrong password!")
    form = SignInForm(
        ["Anna"],
        _signer(db),
        recover=lambda name, code, pw: recover(db, name, code, pw, desk="desk-1"),
    )
    qtbot.addWidget(form)
    form.show()
    _type(qtbot, form.secret, MANAGER_PASSWORD)
    assert "wait" in form.error.text()
    form.findChild(QPushButton, "UseRecoveryCode").click()
    recovery = form.recovery
    assert recovery is not None and recovery.isVisible() and not form.signing.isVisible()
    assert recovery.name.text() == "Anna"
    recovery.code.setText("ABCD-EFGH-JKLM-NPQR-STUV")
    recovery.password.setText("a brand new password")
    recovery.repeat.setText("a brand new password")
    recovery.submit.click()
    assert "Wrong user name or recovery code" in recovery.error.text()
    recovery.code.setText(anna.recovery_code)
    recovery.password.setText("a brand new password")
    recovery.repeat.setText("a brand new password")
    recovery.submit.click()
    next_code = recovery.note.code.text()
    assert recovery.note.isVisible() and next_code and next_code != anna.recovery_code
    recovery.note.done.click()
    assert form.signing.isVisible() and not recovery.isVisible()
    with qtbot.waitSignal(form.signed_in) as signed:
        _type(qtbot, form.secret, "a brand new password")
    assert signed.args[0].user == "Anna"
