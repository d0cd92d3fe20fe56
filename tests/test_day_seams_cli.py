"""The night on the command line with `--now`: the closing run only after midnight, then the
sheets of both days as `report daily` prints them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import CliRunner
from tests.report_helpers import text


def test_close_day_after_midnight_ends_yesterday_at_its_closing_time(
    cli: CliRunner, tmp_path: Path
) -> None:
    assert cli("person", "add", "--name", "Mario Rossi").returncode == 0
    assert cli("checkin", "1", now="2026-11-25T09:00:00+01:00").returncode == 0
    closed = cli("close-day", now="2026-11-26T00:40:00+01:00")
    assert closed.returncode == 0, closed.stderr
    assert "Mario Rossi" in closed.stdout
    wednesday, thursday = tmp_path / "wed.pdf", tmp_path / "thu.pdf"
    for day, out in (("2026-11-25", wednesday), ("2026-11-26", thursday)):
        made = cli(
            "report", "daily", "--date", day, "--out", str(out), now="2026-11-26T08:00+01:00"
        )
        assert made.returncode == 0, made.stderr
    sheet = text(wednesday)
    assert sheet[sheet.index("Mario Rossi") :].split("\n")[3:6] == ["09:00", "19:30", "10 h 30 min"]
    assert "Mario Rossi" not in text(thursday), "he did not stay the night"


def test_emergency_lists_of_the_two_half_past_twos_of_25_october_are_both_kept(
    cli: CliRunner,
) -> None:
    """The clocks go back: a roll call at 02:40 and another one hour later, at 02:40 again. The
    second must not overwrite the first (who was inside then is what a roll call is for)."""
    assert cli("person", "add", "--name", "Anna Prima").returncode == 0
    assert cli("person", "add", "--name", "Bruno Secondo").returncode == 0
    assert cli("checkin", "1", now="2026-10-25T02:20:00+02:00").returncode == 0
    first = json.loads(cli("report", "emergency", "--json", now="2026-10-25T02:40:00+02:00").stdout)
    assert cli("checkin", "2", now="2026-10-25T02:10:00+01:00").returncode == 0
    second = json.loads(
        cli("report", "emergency", "--json", now="2026-10-25T02:40:00+01:00").stdout
    )
    assert first["path"] != second["path"]
    assert "Bruno Secondo" not in text(Path(first["path"]))
    assert "Bruno Secondo" in text(Path(second["path"]))
