"""The command line through real subprocesses: JSON shapes, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta

from tests.conftest import MORNING, REPO, CliRunner


def _json(result) -> dict:  # type: ignore[no-untyped-def]
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _refused(result, exit_code: int = 1) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode == exit_code, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_register_check_in_and_out(cli: CliRunner) -> None:
    added = _json(cli("person", "add", "--name", "Niccolò Bianchi", "--kind", "member", "--json"))
    assert {k: added[k] for k in ("id", "name", "kind", "area")} == {
        "id": 1,
        "name": "Niccolò Bianchi",
        "kind": "member",
        "area": "coworking",
    }
    moved_in = _json(cli("checkin", "1", "--json"))
    assert moved_in == {
        "action": "check_in",
        "person": {"id": 1, "name": "Niccolò Bianchi"},
        "area": "coworking",
        "at": "2026-11-25T09:00:00+01:00",
    }
    occupancy = _json(cli("occupancy", "--json"))
    assert occupancy["areas"][0] == {
        "key": "coworking",
        "name": "Coworking",
        "inside": 1,
        "capacity": 40,
    }
    assert occupancy["areas"][1]["key"] == "kids" and occupancy["areas"][1]["educators"] == 0
    inside = _json(cli("inside", "--json"))
    assert inside == {
        "people": [
            {
                "id": 1,
                "name": "Niccolò Bianchi",
                "area": "coworking",
                "since": "2026-11-25T09:00:00+01:00",
            }
        ]
    }
    later = MORNING + timedelta(hours=8, minutes=5)
    moved_out = _json(cli("checkout", "1", "--json", now=later))
    assert (moved_out["action"], moved_out["at"]) == ("check_out", "2026-11-25T17:05:00+01:00")


def test_person_list_finds_names_without_accents_or_case(cli: CliRunner) -> None:
    for name in ("Niccolò Rossi", "ÈLENA Verdi", "Marco Neri"):
        assert cli("person", "add", "--name", name).returncode == 0
    assert [
        p["name"] for p in _json(cli("person", "list", "--search", "niccolo", "--json"))["people"]
    ] == ["Niccolò Rossi"]
    assert [
        p["name"] for p in _json(cli("person", "list", "--search", "elena", "--json"))["people"]
    ] == ["ÈLENA Verdi"]
    everyone = _json(cli("person", "list", "--json"))["people"]
    assert len(everyone) == 3 and all(set(p) == {"id", "name", "kind", "inside"} for p in everyone)
    assert len(_json(cli("person", "list", "--limit", "2", "--json"))["people"]) == 2


def test_refusals_are_one_line_and_exit_1(cli_process: CliRunner) -> None:
    """Through a real subprocess: exit code 1, one line on stderr, never a traceback."""
    cli_process("person", "add", "--name", "Mario Rossi")
    cli_process("checkin", "1")
    assert "already inside" in _refused(cli_process("checkin", "1", "--lang", "en"))
    assert "99" in _refused(cli_process("checkout", "99", "--lang", "en"))
    assert _refused(cli_process("person", "add", "--name", "   "))


def test_corrections_carry_an_offset_a_reason_and_a_past_time(cli: CliRunner) -> None:
    cli("person", "add", "--name", "Mario Rossi")
    assert "offset" in _refused(
        cli("checkin", "1", "--at", "2026-11-25T08:00", "--reason", "x", "--lang", "en")
    )
    assert "future" in _refused(
        cli("checkin", "1", "--at", "2026-11-25T10:00+01:00", "--reason", "x", "--lang", "en")
    )
    assert "reason" in _refused(
        cli("checkin", "1", "--at", "2026-11-25T08:00+01:00", "--lang", "en")
    )
    moved = _json(
        cli("checkin", "1", "--at", "2026-11-25T07:00:00Z", "--reason", "dimenticato", "--json")
    )
    assert moved["at"] == "2026-11-25T08:00:00+01:00"


def test_a_malformed_command_line_exits_2_in_one_line(cli_process: CliRunner) -> None:
    for malformed in (
        ["frobnicate"],
        ["checkin"],
        ["checkin", "abc"],
        ["person", "add"],
        ["occupancy", "--bogus"],
    ):
        _refused(cli_process(*malformed), exit_code=2)


def test_a_bad_now_is_a_refused_value(cli: CliRunner) -> None:
    _refused(cli("occupancy", now="yesterday"))


def test_global_options_work_before_and_after_the_command(cli: CliRunner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "elsewhere"
    assert cli("--data-dir", str(other), "person", "add", "--name", "A").returncode == 0
    assert cli("person", "add", "--name", "B", "--data-dir", str(other)).returncode == 0
    listed = _json(cli("person", "list", "--json", "--data-dir", str(other)))
    assert [p["name"] for p in listed["people"]] == ["A", "B"]


def test_close_day_reports_auto_closed_adults_and_children_inside(cli: CliRunner) -> None:
    cli("person", "add", "--name", "Mario Rossi")
    cli("checkin", "1")
    result = _json(cli("close-day", "--json", now="2026-11-25T19:45:00+01:00"))
    assert result == {
        "auto_closed": [{"id": 1, "name": "Mario Rossi", "area": "coworking"}],
        "children_inside": [],
    }
    assert _json(cli("inside", "--json"))["people"] == []


def test_areas_and_hours_are_configured_from_the_command_line(cli: CliRunner) -> None:
    assert cli("area", "set", "coworking", "--capacity", "1").returncode == 0
    assert cli("area", "set", "eventi", "--name", "Sala eventi", "--capacity", "80").returncode == 0
    areas = _json(cli("area", "list", "--json"))["areas"]
    assert [(a["key"], a["capacity"]) for a in areas] == [
        ("coworking", 1),
        ("kids", 15),
        ("eventi", 80),
    ]
    cli("person", "add", "--name", "A")
    cli("person", "add", "--name", "B")
    cli("checkin", "1")
    assert "full" in _refused(cli("checkin", "2", "--lang", "en"))
    assert cli("hours", "set", "sat", "10:00", "14:00").returncode == 0
    assert cli("hours", "closed", "2026-12-08").returncode == 0
    hours = _json(cli("hours", "show", "--json"))
    assert hours["weekly"]["sat"] == ["10:00", "14:00"] and hours["closed_days"] == ["2026-12-08"]
    assert _refused(cli("hours", "set", "fun", "10:00", "14:00"))


def test_the_command_line_speaks_italian_by_default(cli: CliRunner) -> None:
    cli("person", "add", "--name", "Mario Rossi")
    cli("checkin", "1")
    italian = _refused(cli("checkin", "1"))
    english = _refused(cli("checkin", "1", "--lang", "en"))
    assert italian != english


def test_occupancy_imports_neither_qt_nor_reportlab(data_dir) -> None:  # type: ignore[no-untyped-def]
    code = (
        "import sys; from serre_desk.cli.main import main;"
        f"main(['--data-dir', {str(data_dir)!r}, 'occupancy']);"
        "heavy = ('PySide6', 'reportlab', 'qrcode', 'alembic');"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert first.returncode == 0, first.stderr
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert second.stdout.strip().splitlines()[-1] == "[]"
