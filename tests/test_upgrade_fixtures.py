"""Upgrades keep everything: every database an earlier release made (tests/fixtures/release-*)
opens with the current code, backed up before any migration, with its people, visits, badges,
guardians, desk users, settings and audit chain whole; a database from a newer release is refused
and left byte for byte as it was."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from serre_desk import __version__
from serre_desk.storage.schema import HEAD_REVISION

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("release-*"))


def _copy(fixture: Path, data_dir: Path) -> dict:
    shutil.copytree(fixture, data_dir, ignore=shutil.ignore_patterns("expected.json"))
    (data_dir / "audit.key").chmod(0o600)  # git keeps no file modes but the executable bit
    return json.loads((fixture / "expected.json").read_text(encoding="utf-8"))


def _query(data_dir: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(data_dir / "serre-desk.db")) as connection:
        return connection.execute(sql).fetchall()


def test_there_is_a_fixture_of_this_release() -> None:
    """Every release keeps the database it made: the current version has its folder."""
    assert any(f.name == f"release-{__version__}" for f in FIXTURES), (
        f"add tests/fixtures/release-{__version__}/ (see tests/fixtures/README.md)"
    )


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.name)
def test_a_database_of_an_earlier_release_opens_with_everything_kept(
    fixture: Path, data_dir: Path, cli
) -> None:
    expected = _copy(fixture, data_dir)
    assert _query(data_dir, "SELECT version_num FROM alembic_version") == [(expected["revision"],)]

    verified = cli("audit", "verify", "--json", now=None)  # opens it: backup, then migrate

    assert verified.returncode == 0, verified.stderr
    assert json.loads(verified.stdout)["whole"] is True
    assert json.loads(verified.stdout)["checked"] == expected["counts"]["audit_events"]
    assert _query(data_dir, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
    backups = list((data_dir / "backups").glob(f"before-migration-{expected['revision']}-*.db"))
    assert len(backups) == (expected["revision"] != HEAD_REVISION)
    for table, count in expected["counts"].items():
        assert _query(data_dir, f"SELECT count(*) FROM {table}") == [(count,)], table
    settings = {key for (key,) in _query(data_dir, "SELECT key FROM settings")}
    assert set(expected["settings"]) <= settings

    found = cli("person", "list", "--search", expected["person"]["name"], "--json", now=None)
    assert json.loads(found.stdout)["people"] == [expected["person"]]
    users = cli("user", "list", now=None).stdout.split("\n")
    assert {line.split()[0]: line.split()[1] for line in users if line} == expected["users"]


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.name)
def test_the_upgraded_desk_keeps_working_with_the_same_users_and_audit_key(
    fixture: Path, data_dir: Path, cli
) -> None:
    """The manager's password still signs in, and the next audit event joins the old chain."""
    expected = _copy(fixture, data_dir)
    user, password = expected["manager"]
    person = expected["person"]["id"]

    out = cli("checkout", str(person), "--as", user, "--secret-stdin", input=password, now=None)

    assert out.returncode == 0, out.stderr
    verified = json.loads(cli("audit", "verify", "--json", now=None).stdout)
    assert verified == {
        "whole": True,
        "checked": expected["counts"]["audit_events"] + 1,
        "anchors": [],
    }


def _newer(data_dir: Path, release: str | None) -> str:
    """Make the copy look migrated by a later release; the file's digest."""
    with closing(sqlite3.connect(data_dir / "serre-desk.db")) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
        if release:
            value = json.dumps({"release": release, "revision": "0099_from_the_future"})
            connection.execute("INSERT INTO settings VALUES ('schema_release', ?)", (value,))
        connection.commit()
    return hashlib.sha256((data_dir / "serre-desk.db").read_bytes()).hexdigest()


def test_a_database_of_a_newer_release_is_refused_and_left_untouched(data_dir: Path, cli) -> None:
    _copy(FIXTURES[-1], data_dir)
    digest = _newer(data_dir, "0.4.0")

    out = cli("--lang", "en", "occupancy", now=None)

    assert out.returncode == 1
    assert out.stdout == ""
    assert out.stderr == (
        "serre-desk: This database was made by Serre Desk 0.4.0: install that version or newer. "
        f"It was left as it is (Serre Desk {__version__} never downgrades a database).\n"
    )
    assert hashlib.sha256((data_dir / "serre-desk.db").read_bytes()).hexdigest() == digest
    assert not (data_dir / "backups").exists()
    italian = cli("occupancy", now=None)
    assert italian.returncode == 1
    assert "Serre Desk 0.4.0" in italian.stderr and "installa" in italian.stderr


def test_the_window_refuses_a_newer_database_too(data_dir: Path, cli_process) -> None:
    """`gui --smoke` (the desk's own start) says the same and exits 1, without a window."""
    _copy(FIXTURES[-1], data_dir)
    digest = _newer(data_dir, None)

    out = cli_process("--lang", "en", "gui", "--smoke", now=None)

    assert out.returncode == 1
    assert out.stderr.splitlines() == [
        f"serre-desk: This database was made by a newer Serre Desk than {__version__}: install "
        "the newer version. It was left as it is (a database is never downgraded)."
    ]
    assert hashlib.sha256((data_dir / "serre-desk.db").read_bytes()).hexdigest() == digest


def test_a_migration_records_the_release_that_made_the_schema(data_dir: Path, cli) -> None:
    assert cli("occupancy", now=None).returncode == 0  # a new database: migrated from nothing
    ((value,),) = _query(data_dir, "SELECT value FROM settings WHERE key = 'schema_release'")
    assert json.loads(value) == {"release": __version__, "revision": HEAD_REVISION}
