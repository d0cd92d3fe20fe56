"""Bad values on the real command line: one line on stderr, a non-zero exit, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CliRunner

# Values refused while parsing the command line: a usage error (exit 2).
USAGE_ERRORS = [
    (("report", "daily", "--date", "2026-02-30"), "2026-02-30"),
    (("report", "daily", "--date", "9999-12-31"), "9999-12-31"),
    (("report", "daily", "--date", "0001-01-01"), "0001-01-01"),
    (("report", "period", "--from", "2026-01-01", "--to", "2026-13-01"), "2026-13-01"),
    (("export", "visits", "--from", "0001-01-01", "--to", "2026-01-01", "--out", "v.csv"), "0001"),
    (("checkin", "99999999999999999999999"), "99999999999999999999999"),
    (("checkout", "0"), "'0'"),
    (("badge", "9" * 5000), "999"),
    (("person", "list", "--limit", "99999999999999999999"), "99999999999999999999"),
    (("audit", "--limit", "-1"), "'-1'"),
    (("demo", "--days", "99999999"), "99999999"),
]


@pytest.mark.parametrize(
    ("argv", "named"), USAGE_ERRORS, ids=[" ".join(a)[:48] for a, _ in USAGE_ERRORS]
)
def test_bad_values_are_usage_errors(
    cli_process: CliRunner, argv: tuple[str, ...], named: str
) -> None:
    result = cli_process("--lang", "en", *argv)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and named in lines[0], result.stderr
    assert "unexpected" not in lines[0]


def test_usage_errors_speak_italian_by_default(cli_process: CliRunner) -> None:
    result = cli_process("report", "daily", "--date", "9999-12-31")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "fuori dalle date" in result.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ("--now", "0001-01-01T00:30:00+01:00", "inside"),
        ("--now", "9999-12-31T23:30:00-01:00", "inside"),
        ("hours", "closed", "9999-12-31"),
        ("checkin", "1", "--at", "0001-01-01T00:30:00+01:00"),
    ],
    ids=lambda v: " ".join(v),
)
def test_instants_and_dates_out_of_range_are_refused(
    cli_process: CliRunner, argv: tuple[str, ...]
) -> None:
    result = cli_process("--lang", "en", *argv)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "outside the dates the desk keeps" in lines[0], result.stderr


def test_an_output_file_that_cannot_be_written_is_named(
    cli_process: CliRunner, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    for argv, named in [
        (("export", "visits", "--from", "2026-11-01", "--to", "2026-11-02"), blocker / "v.csv"),
        (("report", "daily"), tmp_path),
        (("report", "period", "--from", "2026-11-01", "--to", "2026-11-02"), blocker / "r.pdf"),
        (("report", "emergency"), blocker / "e.pdf"),
    ]:
        result = cli_process("--lang", "en", *argv, "--out", str(named))
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        assert result.stderr.startswith(f"serre-desk: Cannot write {named}: ")
        assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    "engine", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_the_largest_accepted_numbers_fit_both_engines(
    engine: str, request: pytest.FixtureRequest, cli: CliRunner
) -> None:
    url = request.getfixturevalue("pg_url") if engine == "postgresql" else None
    largest = "2147483647"
    unknown = cli("--lang", "en", "checkin", largest, db_url=url)
    assert unknown.returncode == 1 and "unexpected" not in unknown.stderr, unknown.stderr
    assert len(unknown.stderr.splitlines()) == 1
    for argv in (
        ("person", "list", "--limit", largest),
        ("audit", "--limit", largest),
    ):
        done = cli(*argv, db_url=url)
        assert done.returncode == 0, done.stderr
