"""`serre-desk db init` and `db copy` against the real PostgreSQL server of the test run."""

from __future__ import annotations

import hashlib
import json
import socket
from pathlib import Path
from subprocess import CompletedProcess

import psycopg
import pytest
from sqlalchemy import select

from serre_desk.services.db_copy import tables
from serre_desk.services.startup import Location, open_database
from serre_desk.storage.database import Database
from serre_desk.storage.postgres import driver_url
from tests.conftest import CliRunner
from tests.roles_helpers import MANAGER_PASSWORD, ok, refused

pytestmark = pytest.mark.postgres


def _server(pg_url: str) -> str:
    return pg_url.rsplit("/", 1)[0]


def _table_names(pg_url: str) -> set[str]:
    with psycopg.connect(pg_url.replace("postgresql+psycopg", "postgresql")) as connection:
        rows = connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
    return {name for (name,) in rows}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_init_names_the_missing_database_the_closed_port_and_the_missing_tls(
    pg_url: str, cli: CliRunner
) -> None:
    missing = refused(cli("--lang", "en", "db", "init", "--db", _server(pg_url) + "/no_such_db"))
    assert "The database no_such_db does not exist on 127.0.0.1" in missing
    closed = f"postgresql://postgres@127.0.0.1:{_free_port()}/serre"
    assert "cannot be reached" in refused(cli("--lang", "en", "db", "init", "--db", closed))
    no_tls = refused(cli("--lang", "en", "db", "init", "--db", pg_url + "?sslmode=require"))
    assert "does not offer TLS but this desk requires it" in no_tls
    no_role = pg_url.replace("postgres@", "nobody@")
    assert "has no user nobody" in refused(cli("--lang", "en", "db", "init", "--db", no_role))
    sqlite = refused(cli("--lang", "en", "db", "init", "--db", "sqlite:///x.db"))
    assert "Give the PostgreSQL database" in sqlite
    assert _table_names(pg_url) == set()  # nothing was written anywhere


def test_init_makes_the_schema_and_the_first_manager_once(pg_url: str, cli: CliRunner) -> None:
    no_manager = refused(cli("--lang", "en", "db", "init", "--db", pg_url))
    assert "name its first manager with --manager" in no_manager
    assert _table_names(pg_url) == set()  # refused before anything was written

    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")  # as libpq writes it
    made = ok(
        cli(
            "--json",
            "db",
            "init",
            "--db",
            plain,
            "--manager",
            "Anna",
            input=MANAGER_PASSWORD + "\n",
        )
    )
    assert made["revision_before"] is None and made["manager"]["role"] == "manager"
    assert made["manager"]["recovery_code"]
    assert {"people", "visits", "audit_events", "desk_users"} <= _table_names(pg_url)

    again = cli("--lang", "en", "db", "init", "--db", plain)
    assert again.returncode == 0, again.stderr
    assert "schema already at revision" in again.stdout
    assert "no manager was added" in again.stdout

    # The database is a desk's like any other: Anna signs in, areas are there.
    users = ok(cli("--json", "user", "list", db_url=pg_url))
    assert [u["name"] for u in users["users"]] == ["Anna"]
    areas = ok(cli("--json", "area", "list", db_url=pg_url))
    assert areas


def _as_anna(cli: CliRunner, *args: str, db_url: str | None = None) -> CompletedProcess[str]:
    return cli(
        "--as", "Anna", "--secret-stdin", *args, input=MANAGER_PASSWORD + "\n", db_url=db_url
    )


def _sqlite_desk_with_history(cli: CliRunner) -> None:
    ok(cli("demo", "--days", "4", "--people", "40"))
    ok(cli("user", "add", "Anna", "--role", "manager", input=MANAGER_PASSWORD + "\n"))
    listing = ok(cli("--json", "person", "list", "--search", "", "--limit", "3"))
    for person in listing["people"][:2]:
        result = _as_anna(cli, "checkin", str(person["id"]))
        assert result.returncode in (0, 1), result.stderr  # someone already inside: refused


def _all_rows(db: Database) -> dict[str, list[tuple[object, ...]]]:
    with db.read() as session:
        return {
            table.name: [
                tuple(row)
                for row in session.execute(select(table).order_by(*table.primary_key.columns)).all()
            ]
            for table in tables()
        }


def test_copy_moves_everything_and_the_chain_verifies_on_the_target(
    pg_url: str, data_dir: Path, cli: CliRunner
) -> None:
    _sqlite_desk_with_history(cli)
    sqlite_file = data_dir / "serre-desk.db"
    before = hashlib.sha256(sqlite_file.read_bytes()).hexdigest()

    report = ok(_as_anna(cli, "--json", "db", "copy", "--to", pg_url))
    assert report["audit_whole"] and report["audit_checked"] >= 2
    assert report["tables"]["visits"]["rows"] > 20 and report["tables"]["desk_users"]["rows"] == 1

    # The SQLite file is as it was.
    assert hashlib.sha256(sqlite_file.read_bytes()).hexdigest() == before

    # Every row of every table arrived, as it was (read on each engine by the test itself).
    source = open_database(Location(data_dir))
    target = Database(driver_url(pg_url))
    try:
        source_rows, target_rows = _all_rows(source), _all_rows(target)
    finally:
        source.dispose()
        target.dispose()
    assert source_rows == target_rows
    for name, rows in source_rows.items():
        assert report["tables"][name]["rows"] == len(rows)

    # The target is a working desk: the chain verifies, Anna signs in, new ids follow the old.
    assert "whole" in cli("--lang", "en", "audit", "verify", db_url=pg_url).stdout
    added = ok(_as_anna(cli, "--json", "person", "add", "--name", "Nuova Ospite", db_url=pg_url))
    assert added["id"] > max(row[0] for row in source_rows["people"])


def test_copy_refuses_a_target_holding_data_and_copies_nothing(
    pg_url: str, data_dir: Path, cli: CliRunner
) -> None:
    _sqlite_desk_with_history(cli)
    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")
    ok(cli("db", "init", "--db", plain, "--manager", "Bea", input=MANAGER_PASSWORD + "\n"))
    reason = refused(_as_anna(cli, "--lang", "en", "db", "copy", "--to", plain))
    assert "already holds data (audit_events 1, desk_users 1)" in reason
    users = ok(cli("--json", "user", "list", db_url=pg_url))
    assert [u["name"] for u in users["users"]] == ["Bea"]


def test_copy_needs_a_manager_and_the_target_needs_the_audit_key(
    pg_url: str, data_dir: Path, tmp_path: Path, cli: CliRunner
) -> None:
    _sqlite_desk_with_history(cli)
    staffless = cli("--lang", "en", "db", "copy", "--to", pg_url)
    assert "only a manager" in refused(staffless)
    ok(_as_anna(cli, "db", "copy", "--to", pg_url))
    # A desk without the venue's audit key cannot read the copied chain as whole: it says so.
    other = tmp_path / "other-desk"
    verdict = cli("--lang", "en", "--data-dir", str(other), "audit", "verify", db_url=pg_url)
    assert "sealed with a key this desk does not have" in verdict.stderr + verdict.stdout
    key = json.loads((data_dir / "audit.key").read_text())
    assert key["key"]  # the file the copy's output tells the manager to carry to every desk
