"""Permission boundaries on the command line: sign-in once desk users exist, managers only where
the rules say so, reads open to all. The first test also runs real subprocesses (stdin with two
secrets)."""

from __future__ import annotations

import json
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from serre_desk.clock import parse_instant
from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.areas_admin import set_area
from serre_desk.services.users import add_user, authenticate
from serre_desk.storage.database import Database
from serre_desk.storage.models import AuditEvent
from tests.conftest import MORNING, CliRunner
from tests.helpers import person
from tests.roles_helpers import MANAGER_PASSWORD as PASSWORD
from tests.roles_helpers import STAFF_PIN as PIN
from tests.roles_helpers import ok as _ok
from tests.roles_helpers import refused as _refused

LATER = MORNING + timedelta(hours=1)
Result = subprocess.CompletedProcess[str]


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SERRE_DESK_LANG", "en")


@pytest.fixture
def desk(db: Database, cli: CliRunner) -> CliRunner:
    """Manager anna, staff bruno, a one-seat studio, Mario (id 1) and Lucia (id 2)."""
    set_area(db, LOCAL_ADMIN, "studio", now=MORNING, name="Studio", capacity=1)
    person(db, "Mario Rossi", PersonKind.GUEST, default_area="studio")
    person(db, "Lucia Neri", PersonKind.GUEST, default_area="studio")
    add_user(db, LOCAL_ADMIN, "anna", "manager", PASSWORD, now=MORNING)
    anna = authenticate(db, "anna", PASSWORD)
    add_user(db, anna, "bruno", "staff", PIN, now=MORNING)
    return cli


def as_staff(cli: CliRunner, *args: str, **options: object) -> Result:
    """Staff work on the real clock: at another one (`--now`) a change is a manager's."""
    options.setdefault("now", None)
    return cli(*args, "--as", "bruno", "--secret-stdin", input=PIN + "\n", **options)


def as_manager(cli: CliRunner, *args: str, **options: object) -> Result:
    return cli(*args, "--as", "anna", "--secret-stdin", input=PASSWORD + "\n", **options)


def test_fresh_install_runs_as_local_administrator_first_user_a_manager(
    cli_process: CliRunner, cli: CliRunner
) -> None:
    assert _ok(cli("person", "add", "--name", "Ada", "--json"))["id"] == 1
    assert "manager" in _refused(
        cli_process("user", "add", "bruno", "--role", "staff", "--secret-stdin", input=PIN + "\n")
    )
    first = ("user", "add", "anna", "--role", "manager", "--secret-stdin")
    _ok(cli_process(*first, input=PASSWORD + "\n"))
    # Once a user exists the next one needs a manager: her password first, then the new PIN.
    assert "--as" in _refused(
        cli("user", "add", "bruno", "--role", "staff", "--secret-stdin", input=PIN + "\n")
    )
    _ok(
        cli_process(
            "user",
            "add",
            "bruno",
            "--role",
            "staff",
            "--as",
            "anna",
            "--secret-stdin",
            input=f"{PASSWORD}\n{PIN}\n",
        )
    )
    users = _ok(cli("user", "list", "--json"))["users"]
    assert [(u["name"], u["role"]) for u in users] == [("anna", "manager"), ("bruno", "staff")]


def test_changes_need_a_signed_in_user_reads_do_not(desk: CliRunner) -> None:
    assert "--as USER" in _refused(desk("checkin", "1", now=None))
    wrong = desk("checkin", "1", "--as", "bruno", "--secret-stdin", input="000000\n")
    assert "Wrong PIN" in _refused(wrong)
    assert _ok(as_staff(desk, "checkin", "1", "--json"))["action"] == "check_in"
    assert _ok(desk("inside", "--json"))["people"][0]["name"] == "Mario Rossi"
    assert desk("audit", "verify").returncode == 0
    events = _ok(as_manager(desk, "audit", "--json"))["events"]
    check_in = next(e for e in events if e["action"] == "check_in")
    assert check_in["user"] == "bruno" and check_in["subject_id"] == 1


def test_staff_cannot_override_correct_or_erase_a_manager_can(desk: CliRunner) -> None:
    _ok(as_manager(desk, "checkin", "1"))
    assert "full" in _refused(as_staff(desk, "checkin", "2"))
    override = ("checkin", "2", "--override", "--reason", "event night")
    correction = ("checkout", "1", "--at", "2026-11-25T09:30+01:00", "--reason", "forgot")
    assert "manager" in _refused(as_staff(desk, *override))
    assert "manager" in _refused(as_staff(desk, *correction, now=LATER))
    assert "manager" in _refused(as_staff(desk, "privacy", "erase", "2"))
    assert "manager" in _refused(desk("privacy", "erase", "2"))  # nobody signed in

    _ok(as_manager(desk, *correction, now=LATER))
    moved = _ok(as_manager(desk, *override, "--json", now=LATER))
    assert moved["person"]["id"] == 2


def test_staff_cannot_export_a_manager_can(desk: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "mario.json"
    assert "manager" in _refused(as_staff(desk, "privacy", "export", "1", "--out", str(out)))
    assert not out.exists()
    _ok(as_manager(desk, "privacy", "export", "1", "--out", str(out)))
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["name"] == "Mario Rossi"


def test_lockout_back_off_over_the_command_line_until_unlocked(desk: CliRunner) -> None:
    reasons = [
        _refused(desk("checkin", "1", "--as", "bruno", "--secret-stdin", input="000000\n"))
        for _ in range(5)
    ]
    assert all("Wrong PIN" in r for r in reasons[:4]) and "wait 30 seconds" in reasons[4]
    assert "wait" in _refused(as_staff(desk, "checkin", "1"))  # even with the right PIN
    _ok(as_manager(desk, "user", "unlock", "bruno"))
    assert _ok(as_staff(desk, "checkin", "1", "--json"))["action"] == "check_in"


def test_passwd_takes_the_signed_in_secret_then_the_new_one(desk: CliRunner) -> None:
    _ok(
        desk(
            "user",
            "passwd",
            "bruno",
            "--as",
            "bruno",
            "--secret-stdin",
            input=f"{PIN}\n13572468\n",
            now=None,
        )
    )
    assert "Wrong PIN" in _refused(as_staff(desk, "checkin", "1"))
    # Without --as, the user named proves it is them with their current PIN.
    _ok(desk("user", "passwd", "bruno", "--secret-stdin", input="13572468\n97531864\n", now=None))
    assert "Wrong" in _refused(
        desk(
            "user", "passwd", "anna", "--secret-stdin", input=f"{PIN}\n a new password\n", now=None
        )
    )
    _ok(desk("checkin", "1", "--as", "bruno", "--secret-stdin", input="97531864\n", now=None))


def test_a_replay_clock_needs_a_manager_and_is_audited_as_a_correction(
    desk: CliRunner, db: Database
) -> None:
    assert "manager" in _refused(as_staff(desk, "checkin", "1", now=MORNING))
    assert "manager" in _refused(desk("checkin", "1", now=MORNING))  # nobody signed in
    assert _ok(as_staff(desk, "occupancy", "--json", now=MORNING))  # reading stays open
    _ok(as_manager(desk, "checkin", "1", now=MORNING))
    with db.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "check_in")).one()
    detail = json.loads(event.detail)
    assert event.at == MORNING and detail["correction"] is True
    assert parse_instant(detail["real_at"]) > MORNING + timedelta(days=1)


def test_the_sign_in_back_off_is_on_the_real_clock_not_on_now(desk: CliRunner) -> None:
    for _ in range(5):
        desk("checkin", "1", "--as", "bruno", "--secret-stdin", input="000000\n", now=None)
    tomorrow = MORNING + timedelta(days=400)
    assert "wait" in _refused(as_staff(desk, "checkin", "1", now=tomorrow))
    assert "wait" in _refused(as_staff(desk, "inside", now=tomorrow))


def test_unknown_user_and_wrong_secret_read_the_same(desk: CliRunner) -> None:
    unknown = desk("checkin", "1", "--as", "nobody", "--secret-stdin", input="000000\n")
    wrong = desk("checkin", "1", "--as", "bruno", "--secret-stdin", input="000000\n")
    assert _refused(unknown) == _refused(wrong)


def test_a_locked_out_manager_recovers_with_the_printed_code(cli_process: CliRunner) -> None:
    first = ("user", "add", "anna", "--role", "manager", "--secret-stdin", "--json")
    code = _ok(cli_process(*first, input=PASSWORD + "\n", now=None))["recovery_code"]
    text = cli_process("user", "list", now=None).stdout
    assert code not in text
    for _ in range(25):
        cli_process("user", "list", "--as", "anna", "--secret-stdin", input="wrong password!\n")
    assert "wait" in _refused(
        cli_process("audit", "--as", "anna", "--secret-stdin", input=PASSWORD + "\n", now=None)
    )
    stranger = cli_process(
        "user",
        "recover",
        "anna",
        "--secret-stdin",
        input="ABCD-EFGH-JKLM-NPQR-STUV\nmine now, thanks\n",
    )
    assert "Wrong" in _refused(stranger)
    rescue = cli_process(
        "user",
        "recover",
        "anna",
        "--secret-stdin",
        "--json",
        input=f"{code}\na new long password\n",
    )
    new_code = _ok(rescue)["recovery_code"]
    assert new_code != code
    assert _ok(
        cli_process(
            "audit",
            "--json",
            "--as",
            "anna",
            "--secret-stdin",
            input="a new long password\n",
            now=None,
        )
    )
    reprint = cli_process(
        "user",
        "recovery-code",
        "anna",
        "--as",
        "anna",
        "--secret-stdin",
        input="a new long password\n",
        now=None,
    )
    assert "Recovery code for anna:" in _ok(reprint) or reprint.stdout
    assert "Wrong" in _refused(
        cli_process(
            "user", "recover", "anna", "--secret-stdin", input=f"{new_code}\nanother password!\n"
        )
    )


def test_only_a_manager_authorises_a_guardian(desk: CliRunner) -> None:
    paola = ("person", "add", "--name", "Paola Bianchi", "--phone", "+39 333 1234567", "--json")
    paola_id = _ok(as_manager(desk, *paola))["id"]
    child = ("person", "add", "--kind", "child", "--name", "Leo", "--birth", "2022-03-01")
    leo_id = _ok(as_manager(desk, *child, "--guardian", str(paola_id), "--json"))["id"]
    refused = as_staff(desk, "guardian", "add", str(leo_id), "1")
    assert "manager" in _refused(refused)
    _ok(as_staff(desk, "guardian", "add", str(leo_id), "2", "--not-authorized"))
    assert "manager" in _refused(as_staff(desk, "guardian", "add", str(leo_id), "2"))
    _ok(
        desk(
            "person",
            "edit",
            "2",
            "--phone",
            "+39 333 7654321",
            "--as",
            "anna",
            "--secret-stdin",
            input=PASSWORD + "\n",
        )
    )
    added = _ok(as_manager(desk, "guardian", "add", str(leo_id), "2", "--json", now=None))
    assert added["guardian"]["authorised"] is True
