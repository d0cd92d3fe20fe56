"""Roles in the desk window itself: the local administrator and the first manager's offer, the
sign-in screen, the idle lock that hides every name and window, a manager's override of a full
area on the spot (the staff member stays signed in), the audit log for managers, the daily duties,
and the recovery window for a damaged database."""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serre_desk import paths
from serre_desk.clock import parse_instant, utcnow
from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN, Role
from serre_desk.services.areas_admin import set_area
from serre_desk.services.audit import AuditFilter, list_events
from serre_desk.services.backups import list_backups, take_backup
from serre_desk.services.occupancy import inside
from serre_desk.services.startup import Database, Location
from serre_desk.services.users import add_user, authenticate, list_users
from serre_desk.services.visits import check_in
from serre_desk.storage.errors import StorageProblem
from serre_desk.storage.models import AuditEvent
from serre_desk.ui.deskclock import DeskClock
from serre_desk.ui.dialogs.manager_prompt import ManagerPrompt
from serre_desk.ui.dialogs.recovery import DatabaseRecovery
from serre_desk.ui.style import Tone
from tests.conftest import MORNING, CliRunner
from tests.helpers import person
from tests.roles_helpers import MANAGER_PASSWORD, STAFF_PIN
from tests.ui.conftest import DeskFactory, scanner_types, settle
from tests.ui.test_translations import visible_texts

NAMES = ("Mario Rossi", "Tobia Conti")


@pytest.fixture
def team(db: Database) -> Database:
    add_user(db, LOCAL_ADMIN, "Anna", "manager", MANAGER_PASSWORD, now=MORNING)
    anna = authenticate(db, "Anna", MANAGER_PASSWORD)
    add_user(db, anna, "Bruno", "staff", STAFF_PIN, now=MORNING)
    return db


def sign_in(qtbot: QtBot, form_owner: object, user: str, secret: str) -> None:
    form = form_owner.sign_in  # type: ignore[attr-defined]
    form.user.setCurrentText(user)
    form.secret.setFocus()
    QTest.keyClicks(form.secret, secret)
    QTest.keyClick(form.secret, Qt.Key.Key_Return)


def test_without_desk_users_the_desk_runs_as_administrator_and_offers_the_first_manager(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = make_desk(offers=True)
    assert desk.session.actor == LOCAL_ADMIN and not desk.lock.is_locked
    assert desk.window.top_bar.user.text == "Desk: admin"
    bar = desk.offers.first_manager
    assert bar is not None and bar.isVisible(), "offered, not forced"
    assert desk.window.top_bar.scan_field.hasFocus(), "the desk works meanwhile"

    bar.open_form.click()
    bar.form.name.setText("Anna")
    bar.form.password.setText(MANAGER_PASSWORD)
    bar.form.repeat.setText(MANAGER_PASSWORD)
    bar.form.submit.click()
    settle(qtbot, desk)
    assert [(u.name, u.role) for u in list_users(db)] == [("Anna", Role.MANAGER)]
    assert bar.form.note.isVisible() and bar.form.note.code.text()
    bar.form.note.done.click()
    settle(qtbot, desk)
    assert not bar.isVisible()
    assert (desk.session.actor.user, desk.session.actor.role) == ("Anna", Role.MANAGER)
    assert desk.window.top_bar.user.text == "Desk: Anna"
    assert desk.window.act_lock.isEnabled() and desk.lock.watcher.parent() is desk.lock


def test_with_desk_users_the_desk_opens_at_the_sign_in_and_staff_sign_in(
    team: Database, make_desk: DeskFactory, qtbot: QtBot, data_dir: Path
) -> None:
    mario = person(team, NAMES[0])
    check_in(team, LOCAL_ADMIN, mario, now=utcnow())
    desk = make_desk(now=None)  # staff sign in on the real clock (see the replay test below)
    window = desk.window
    assert desk.lock.is_locked
    shown = " ".join(visible_texts(window))
    assert NAMES[0] not in shown and "1 / 40" in shown
    assert desk.lock.screen.heading.text() == "Sign in to start the desk"

    backups = paths.backups_dir(data_dir)
    assert list_backups(backups) == [], "no duty in anybody's name before someone signs in"
    sign_in(qtbot, desk.lock.screen, "Bruno", "000000")
    settle(qtbot, desk)
    assert desk.lock.is_locked and "Wrong PIN" in desk.lock.screen.sign_in.error.text()
    sign_in(qtbot, desk.lock.screen, "Bruno", STAFF_PIN)
    settle(qtbot, desk)
    assert not desk.lock.is_locked
    assert (desk.session.actor.user, desk.session.actor.role) == ("Bruno", Role.STAFF)
    assert window.top_bar.user.text == "Desk: Bruno"
    assert len(list_backups(backups)) == 1, "the daily duties start with the first sign-in"
    assert window.area_tabs.indexOf(desk.audit_tab) < 0, "the audit log is a manager's"
    assert not window.act_audit.isEnabled()

    desk.actions.toggle(person(team, NAMES[1]))
    settle(qtbot, desk)
    [event] = list_events(team, LOCAL_ADMIN, AuditFilter(action="check_in", user="Bruno"))
    assert event.actor == "Bruno"


def test_at_a_replay_clock_only_a_manager_signs_in_and_changes_are_corrections(
    team: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = make_desk()  # the clock stays at MORNING, as with --now
    sign_in(qtbot, desk.lock.screen, "Bruno", STAFF_PIN)
    settle(qtbot, desk)
    assert desk.lock.is_locked
    assert "only a manager" in desk.lock.screen.sign_in.error.text()
    sign_in(qtbot, desk.lock.screen, "Anna", MANAGER_PASSWORD)
    settle(qtbot, desk)
    assert not desk.lock.is_locked and desk.session.actor.user == "Anna"
    desk.actions.toggle(person(team, NAMES[1]))
    settle(qtbot, desk)
    [event] = list_events(team, LOCAL_ADMIN, AuditFilter(action="check_in", user="Anna"))
    assert event.at == MORNING
    with team.read() as session:
        detail = json.loads(session.get(AuditEvent, event.id).detail)
    assert detail["correction"] is True
    assert abs(parse_instant(detail["real_at"]) - utcnow()) < timedelta(minutes=5)


def test_the_idle_lock_closes_every_window_and_hides_every_name(
    team: Database, make_desk: DeskFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tobia = person(team, NAMES[1], PersonKind.MEMBER)
    check_in(team, LOCAL_ADMIN, tobia, now=MORNING)
    bruno = authenticate(team, "Bruno", STAFF_PIN)
    desk = make_desk(actor=bruno)
    window = desk.window
    assert not desk.lock.is_locked, "opened signed in (gui --as)"
    desk.hub.person_selected.emit(tobia)
    settle(qtbot, desk)
    registration = desk.registration.open(window, "Mario")
    pickup = desk.routing.pickup_code("K7X3")
    assert registration.isVisible() and pickup.isVisible()

    desk.lock.watcher.idle.emit()  # the idle minutes passed
    assert desk.lock.is_locked
    assert desk.open_dialogs() == []
    shown = " ".join(visible_texts(window))
    assert "Tobia" not in shown and "Mario" not in shown
    assert "1 / 40" in shown
    assert not window.act_new_visitor.isEnabled() and not window.menuBar().isEnabled()
    assert window.card.person_id is None

    scanned: list[str] = []
    monkeypatch.setattr(desk.actions, "scan", scanned.append)
    scanner_types(desk.lock.screen.sign_in.secret, "ABCDEFGH23456")
    settle(qtbot, desk)  # typed into the PIN field: a wrong PIN, nothing more
    assert scanned == [], "no scan while locked: it would show a name"

    sign_in(qtbot, desk.lock.screen, "Anna", MANAGER_PASSWORD)
    settle(qtbot, desk)
    assert not desk.lock.is_locked and desk.session.actor.user == "Anna"
    assert window.act_new_visitor.isEnabled() and window.menuBar().isEnabled()
    assert window.area_tabs.indexOf(desk.audit_tab) >= 0 and window.act_audit.isEnabled()


def test_a_full_area_is_overridden_by_a_manager_on_the_spot(
    team: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    set_area(team, LOCAL_ADMIN, "coworking", capacity=1, now=MORNING)
    check_in(team, LOCAL_ADMIN, person(team, NAMES[0]), now=MORNING)
    tobia = person(team, NAMES[1])
    desk = make_desk(actor=authenticate(team, "Bruno", STAFF_PIN))
    banner = desk.window.banner
    desk.actions.toggle(tobia)
    settle(qtbot, desk)
    assert banner.tone is Tone.REFUSED and "a manager can authorise" in banner.details
    assert banner._title.text() == f"REFUSED: {NAMES[1]}"
    assert desk.window.card.person_id == tobia
    assert banner.offered is desk.window.act_override
    assert desk.window.act_override.isEnabled()

    banner._offer.click()
    [prompt] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ManagerPrompt) and w.isVisible()
    ]
    assert f"{NAMES[1]}: Coworking is full (1)" in prompt.action.text()
    prompt.form.user.setCurrentText("Anna")
    QTest.keyClicks(prompt.form.secret, MANAGER_PASSWORD)
    QTest.keyClick(prompt.form.secret, Qt.Key.Key_Return)
    settle(qtbot, desk)
    assert "Write the reason" in prompt.form.error.text() and prompt.isVisible()
    prompt.reason.setText("event speaker")
    QTest.keyClick(prompt.form.secret, Qt.Key.Key_Return)  # the password is still there
    settle(qtbot, desk)
    assert tobia in {row.id for row in inside(team)}
    assert banner.tone is Tone.IN and "OVERRIDE" in banner.details
    assert any(line.endswith("in · Coworking · override") for line in desk.window.recent.lines())
    [event] = list_events(team, LOCAL_ADMIN, AuditFilter(action="check_in", subject_id=tobia))
    assert (event.actor, event.reason) == ("Anna", "event speaker")
    assert desk.session.actor.user == "Bruno", "the staff member stays signed in"


def test_a_manager_browses_and_verifies_the_audit_log(
    team: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    check_in(team, LOCAL_ADMIN, person(team, NAMES[0]), now=MORNING)
    desk = make_desk(actor=authenticate(team, "Anna", MANAGER_PASSWORD))
    desk.window.act_audit.trigger()
    settle(qtbot, desk)
    assert desk.window.area_tabs.currentWidget() is desk.audit_tab
    assert not desk.window.tiles.isVisible(), "the log has the room"
    actions = {desk.audit.model.entry(row).action for row in range(desk.audit.model.rowCount())}
    assert {"user_add", "person_add", "check_in"} <= actions
    assert desk.audit.action.findData("check_in") > 0
    desk.audit.verify_button.click()
    settle(qtbot, desk)
    assert "whole" in desk.audit.chain.text()


def test_the_daily_duties_back_up_and_apply_the_privacy_rules_once_a_day(
    db: Database, make_desk: DeskFactory, qtbot: QtBot, data_dir: Path
) -> None:
    desk = make_desk()
    folder = paths.backups_dir(data_dir)
    assert len(list_backups(folder)) == 1, "today's backup, taken after the window showed"
    purges = list_events(db, LOCAL_ADMIN, AuditFilter(action="audit_prune"))
    desk.daily.check()
    settle(qtbot, desk)
    assert len(list_backups(folder)) == 1, "once a day"
    desk.clock.set(MORNING + timedelta(days=1))
    desk.daily.check()
    settle(qtbot, desk)
    assert len(list_backups(folder)) == 2
    assert desk.daily.done_for == (MORNING + timedelta(days=1)).date()
    assert list_events(db, LOCAL_ADMIN, AuditFilter(action="audit_prune")) == purges


def test_a_damaged_database_opens_the_recovery_window_and_a_restore_brings_the_desk_back(
    db: Database, qtbot: QtBot, data_dir: Path
) -> None:
    location = Location(data_dir)
    mario = person(db, NAMES[0])
    backup = take_backup(db, location, now=MORNING)
    db.dispose()
    live = paths.database_file(data_dir)
    live.write_bytes(os.urandom(live.stat().st_size))
    problem = StorageProblem("db_corrupt", "The database file is damaged.")
    recovery = DatabaseRecovery(
        location, problem, actor=LOCAL_ADMIN, clock=DeskClock(MORNING), lang="en"
    )
    qtbot.addWidget(recovery.window)
    recovery.show()
    panel = recovery.panel
    assert panel.restore.isVisible() and "latest good backup" in panel.advice.text()

    with qtbot.waitSignal(recovery.recovered, timeout=10_000) as recovered:
        panel.retry.click()  # still damaged: the panel says so again
        qtbot.waitUntil(lambda: recovery.runner.idle, timeout=10_000)
        assert panel.isVisible() and "damaged" in panel.reason.text()
        panel.restore.click()
        panel.confirm.click()
    restored: Database = recovered.args[0]
    try:
        assert [p.id for p in _people(restored)] == [mario]
        [event] = list_events(restored, LOCAL_ADMIN, AuditFilter(action="restore"))
        assert event.detail["file"] == backup.name
        assert any(p.name.startswith("damaged-") for p in paths.backups_dir(data_dir).iterdir())
    finally:
        restored.dispose()


def _people(db: Database) -> list[object]:
    from serre_desk.services.people import search_people

    return search_people(db, "")


def test_gui_smoke_never_prompts_even_with_desk_users(
    cli: CliRunner, cli_process: CliRunner
) -> None:
    assert cli("demo", "--people", "20", "--days", "1").returncode == 0
    made = cli(
        "user", "add", "Anna", "--role", "manager", "--secret-stdin", input=f"{MANAGER_PASSWORD}\n"
    )
    assert made.returncode == 0, made.stderr
    result = cli_process("gui", "--smoke")  # the sign-in screen waits for nobody
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("ready in ")
