"""The locked desk takes scans: an adult's badge checks them in or out (self-service) with an
answer naming only them; anything needing staff says "ask at the desk"; no scan is ever typed into
the PIN field or counts as a failed sign-in; a password typed fast is never a scan."""

from __future__ import annotations

from datetime import datetime
from subprocess import CompletedProcess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.areas_admin import set_area
from serre_desk.services.audit import AuditFilter, list_events
from serre_desk.services.badges import issue_badge, revoke_badge
from serre_desk.services.occupancy import inside
from serre_desk.services.startup import Database
from serre_desk.services.users import add_user, authenticate, list_users
from serre_desk.services.visits import check_in
from serre_desk.ui.desk import Desk
from serre_desk.ui.dialogs.signin import FirstManagerForm
from serre_desk.ui.scanner import ScanDetector
from tests.conftest import MORNING, CliRunner
from tests.helpers import person
from tests.roles_helpers import MANAGER_PASSWORD, STAFF_PIN, ok
from tests.ui.conftest import DeskFactory, FakeMonotonic, focus, scanner_types, settle
from tests.ui.test_translations import visible_texts


@pytest.fixture
def team(db: Database) -> Database:
    add_user(db, LOCAL_ADMIN, "Anna", "manager", MANAGER_PASSWORD, now=MORNING)
    anna = authenticate(db, "Anna", MANAGER_PASSWORD)
    add_user(db, anna, "Bruno", "staff", STAFF_PIN, now=MORNING)
    return db


def _badge(db: Database, name: str, kind: PersonKind = PersonKind.MEMBER) -> tuple[int, str]:
    person_id = person(db, name, kind)
    return person_id, issue_badge(db, LOCAL_ADMIN, person_id, now=MORNING).code


def _locked_desk(
    team: Database,
    make_desk: DeskFactory,
    qtbot: QtBot,
    lang: str = "en",
    now: datetime | None = MORNING,
) -> Desk:
    desk = make_desk(lang=lang, now=now, actor=authenticate(team, "Bruno", STAFF_PIN))
    desk.lock.watcher.idle.emit()  # the idle minutes passed
    assert desk.lock.is_locked
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return desk


def _scan(qtbot: QtBot, desk: Desk, code: str) -> str:
    """A scanner burst into whatever has the focus; what the lock screen answers."""
    widget = QApplication.focusWidget()
    assert widget is not None
    scanner_types(widget, code)
    settle(qtbot, desk)
    desk.lock._monotonic.now += 5  # type: ignore[attr-defined]  # the next scan is no repeat
    screen = desk.lock.screen
    assert screen.answer.isVisible()
    return f"{screen.answer_title.text()} {screen.answer_details.text()}"


def _failed_attempts(db: Database) -> int:
    return sum(user.failed_attempts for user in list_users(db))


def test_badges_scanned_at_the_locked_desk_check_in_and_out_naming_only_the_holder(
    team: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    giulia, code = _badge(team, "Giulia Bianchi")
    tobia = person(team, "Tobia Conti")
    check_in(team, LOCAL_ADMIN, tobia, now=MORNING)
    desk = _locked_desk(team, make_desk, qtbot)

    answer = _scan(qtbot, desk, code)
    assert {row.id for row in inside(team)} == {giulia, tobia}
    assert "Giulia" in answer and "Checked in" in answer and "Coworking" in answer
    shown = " ".join(visible_texts(desk.window))
    assert "Bianchi" not in shown and "Tobia" not in shown, "only the holder's first name"
    assert desk.lock.is_locked and desk.lock.screen.sign_in.secret.text() == ""

    answer = _scan(qtbot, desk, code)
    assert "Giulia" in answer and "Checked out" in answer
    assert {row.id for row in inside(team)} == {tobia}
    for _ in range(4):  # four more scans: once locked a manager
        _scan(qtbot, desk, code)
    assert _failed_attempts(team) == 0 and not any(u.locked for u in list_users(team))

    events = list_events(team, LOCAL_ADMIN, AuditFilter(subject_id=giulia))
    locked = [e for e in events if e.action == "self_service"]
    assert len(locked) == 6 and all(e.detail["locked"] for e in locked)


def test_a_scan_into_the_pin_field_is_still_a_scan_and_never_a_wrong_pin(
    team: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    giulia, code = _badge(team, "Giulia Bianchi")
    desk = _locked_desk(team, make_desk, qtbot)
    focus(qtbot, desk.lock.screen.sign_in.secret)  # staff began to sign in, then walked away

    answer = _scan(qtbot, desk, code)

    assert "Giulia" in answer and {row.id for row in inside(team)} == {giulia}
    assert desk.lock.screen.sign_in.secret.text() == "" and _failed_attempts(team) == 0
    focus(qtbot, desk.lock.screen.sign_in.secret)
    assert _scan(qtbot, desk, "K7X3").startswith("Please ask at the desk"), "a pickup slip"
    assert desk.lock.screen.sign_in.secret.text() == "" and _failed_attempts(team) == 0


def test_what_needs_staff_says_ask_at_the_desk_without_details(
    team: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    set_area(team, LOCAL_ADMIN, "coworking", capacity=1, now=MORNING)
    check_in(team, LOCAL_ADMIN, person(team, "Tobia Conti"), now=MORNING)
    giulia, code = _badge(team, "Giulia Bianchi")
    rita, revoked = _badge(team, "Rita Esposito")
    revoke_badge(team, LOCAL_ADMIN, rita, now=MORNING)
    desk = _locked_desk(team, make_desk, qtbot)

    for scanned in (code, revoked, "K7X3"):  # a full area, a revoked badge, a pickup slip
        answer = _scan(qtbot, desk, scanned)
        assert answer.startswith("Please ask at the desk"), answer
        assert "Giulia" not in answer and "full" not in answer and "Rita" not in answer
    assert giulia not in {row.id for row in inside(team)}
    assert desk.open_dialogs() == [] and desk.lock.is_locked
    left = list_events(team, LOCAL_ADMIN, AuditFilter(action="scan_refused"))  # none is lost
    assert [(e.subject_id, e.detail["refusal"]) for e in left] == [
        (giulia, "area_full"),
        (rita, "badge_revoked"),
        (None, "left_for_staff"),
    ]
    assert all(e.detail["locked"] for e in left)


def test_with_self_service_off_a_scan_says_the_desk_is_unattended(
    team: Database, make_desk: DeskFactory, qtbot: QtBot, cli: CliRunner
) -> None:
    giulia, code = _badge(team, "Giulia Bianchi")
    result = cli(
        "user",
        "self-service",
        "off",
        "--as",
        "Anna",
        "--secret-stdin",
        "--json",
        input=MANAGER_PASSWORD,
    )
    assert ok(result) == {"self_service": False}
    desk = _locked_desk(team, make_desk, qtbot, lang="it")

    answer = _scan(qtbot, desk, code)

    assert "non è presidiato" in answer and inside(team) == []
    left = list_events(team, LOCAL_ADMIN, AuditFilter(action="scan_refused"))  # still recorded
    assert [(e.subject_id, e.detail["refusal"], e.detail["locked"]) for e in left] == [
        (giulia, "desk_unattended", True)
    ]


def test_a_pin_typed_on_the_lock_screen_goes_to_the_pin_field_and_signs_in(
    team: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    # the real clock: at a replay clock (`--now`) only a manager may sign in
    desk = _locked_desk(team, make_desk, qtbot, now=None)
    screen = desk.lock.screen
    screen.sign_in.user.setCurrentText("Bruno")
    for char in STAFF_PIN:  # a person types: no burst
        QTest.keyClick(QApplication.focusWidget(), char, Qt.KeyboardModifier.NoModifier)
        QTest.qWait(120)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle(qtbot, desk)
    assert not desk.lock.is_locked


def test_a_password_typed_fast_into_the_first_manager_form_is_typing(
    qtbot: QtBot, db: Database
) -> None:
    form = FirstManagerForm(
        lambda name, password: add_user(db, LOCAL_ADMIN, name, "manager", password, now=MORNING)
    )
    qtbot.addWidget(form)
    form.show()
    scanned: list[str] = []
    detector = ScanDetector(clock=FakeMonotonic())
    detector.scanned.connect(scanned.append)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    detector.install(app)
    try:
        form.name.setText("Anna Verdi")
        focus(qtbot, form.password)
        scanner_types(form.password, "Correct-Horse-77")  # a password manager's burst
        focus(qtbot, form.repeat)
        scanner_types(form.repeat, "Correct-Horse-77")
    finally:
        detector.uninstall(app)
    assert scanned == []
    assert authenticate(db, "Anna Verdi", "Correct-Horse-77").user == "Anna Verdi"


def test_the_locked_answer_fades_after_a_few_seconds(
    team: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    _giulia, code = _badge(team, "Giulia Bianchi")
    desk = _locked_desk(team, make_desk, qtbot)
    _scan(qtbot, desk, code)
    qtbot.waitUntil(lambda: not desk.lock.screen.answer.isVisible(), timeout=8_000)
    assert desk.lock.screen.sign_in.isVisible()


def test_the_self_service_command_shows_and_sets_the_setting_and_staff_may_not(
    team: Database, cli: CliRunner
) -> None:
    def as_user(user: str, secret: str, *args: str) -> CompletedProcess[str]:
        return cli("user", "self-service", *args, "--as", user, "--secret-stdin", input=secret)

    assert ok(as_user("Anna", MANAGER_PASSWORD, "--json")) == {"self_service": True}
    refused = as_user("Bruno", STAFF_PIN, "off")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    turned_on = as_user("Anna", MANAGER_PASSWORD, "on")
    assert turned_on.returncode == 0 and "banco bloccato" in turned_on.stdout


def test_at_a_replay_clock_the_unsigned_desk_takes_no_self_service_scan(
    team: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    """`--now` with desk users: nobody has signed in, so a badge cannot backdate a check-in."""
    _giulia, code = _badge(team, "Giulia Bianchi")
    desk = make_desk(lang="it", now=MORNING, actor=None)
    assert desk.lock.is_locked
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    answer = _scan(qtbot, desk, code)

    assert "non è presidiato" in answer and inside(team) == []
