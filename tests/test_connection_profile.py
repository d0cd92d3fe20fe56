"""The desk's PostgreSQL connection kept as libpq keeps it (pg_service.conf + .pgpass), against a
real server that asks for passwords."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from serre_desk.services.connection_profile import (
    ConnectionProfile,
    load_profile,
    remove_profile,
    save_profile,
)
from tests.conftest import CliRunner
from tests.pg_password_server import PasswordServer, password_server  # noqa: F401
from tests.roles_helpers import MANAGER_PASSWORD, ok, refused

pytestmark = pytest.mark.postgres


def _connect(cli: CliRunner, server: PasswordServer, password: str, *more: str) -> object:
    return cli(
        "--lang", "en", "db", "connect", "--host", "127.0.0.1", "--port", str(server.port),
        "--dbname", server.database, "--user", server.role, *more, input=password + "\n",
    )  # fmt: skip


def test_wrong_or_missing_password_is_said_in_words(
    password_server: PasswordServer,  # noqa: F811
    libpq_files: tuple[Path, Path],
    cli: CliRunner,
) -> None:
    wrong = refused(cli("--lang", "en", "db", "init", "--db", password_server.url("wrong")))
    server = f"127.0.0.1:{password_server.port}"
    said = f"The server {server} refused the password of serre_desk: check the password."
    assert wrong == f"serre-desk: {said}"
    missing = refused(cli("--lang", "en", "db", "init", "--db", password_server.url()))
    assert "wants a password for serre_desk and none was given" in missing
    bad = refused(_connect(cli, password_server, "not-the-password"))  # type: ignore[arg-type]
    assert "refused the password of serre_desk" in bad
    services, passwords = libpq_files
    assert not services.exists() and not passwords.exists()  # nothing kept unless it connects


def test_connect_keeps_the_entry_and_the_password_as_libpq_does(
    password_server: PasswordServer,  # noqa: F811
    libpq_files: tuple[Path, Path],
    data_dir: Path,
    cli: CliRunner,
) -> None:
    services, passwords = libpq_files
    services.parent.mkdir(parents=True)
    services.write_text("# the venue's other server\n[archive]\nhost=10.0.0.9\ndbname=old\n")
    passwords.write_text("10.0.0.9:5432:old:someone:other-secret\n")
    passwords.chmod(0o644)

    result = _connect(cli, password_server, password_server.password, "--sslmode", "prefer")
    assert result.returncode == 0, result.stderr  # type: ignore[attr-defined]
    out = result.stdout  # type: ignore[attr-defined]
    assert "Connected to PostgreSQL" in out and "--db postgresql:///?service=serre-desk" in out

    # The service file: the other entry kept, ours written, and no password in it.
    text = services.read_text()
    assert "[archive]\nhost=10.0.0.9" in text
    assert f"[serre-desk]\nhost=127.0.0.1\nport={password_server.port}\ndbname=serre\n" in text
    assert "password" not in text
    # The password file: owner-only, the other line kept, ours escaped as libpq reads it.
    assert stat.S_IMODE(passwords.stat().st_mode) == 0o600
    lines = passwords.read_text().splitlines()
    assert lines[0] == "10.0.0.9:5432:old:someone:other-secret"
    assert (
        lines[1] == f"127.0.0.1:{password_server.port}:serre:serre_desk:la\\:password\\\\della-sede"
    )

    # The desk reaches the server by the entry's name alone; so does PostgreSQL's own psql.
    service = "postgresql:///?service=serre-desk"
    tested = ok(cli("--json", "db", "test", "--service", "serre-desk"))
    assert tested["password_saved"] is True
    made = cli(
        "--lang", "en", "db", "init", "--db", service, "--manager", "Anna",
        input=MANAGER_PASSWORD + "\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert ok(cli("--json", "user", "list", db_url=service))["users"][0]["name"] == "Anna"
    psql = subprocess.run(
        ["psql", "service=serre-desk", "-tAc", "SELECT name FROM desk_users"],
        capture_output=True, text=True, env=dict(os.environ), timeout=30,
    )  # fmt: skip
    assert psql.stdout.strip() == "Anna", psql.stderr

    # The password is nowhere in the desk's own files (settings, logs, audit key) nor its output.
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert password_server.password.encode() not in path.read_bytes(), path
    assert password_server.password not in out + made.stdout + made.stderr


def test_profiles_are_checked_replaced_and_removed(libpq_files: tuple[Path, Path]) -> None:
    services, passwords = libpq_files
    first = ConnectionProfile("serre-desk", "office-pc", 5432, "serre", "desk", "require")
    save_profile(first, "one")
    save_profile(ConnectionProfile("serre-desk", "office-pc", 5432, "serre", "desk"), "two")
    assert load_profile("serre-desk") == ConnectionProfile(
        "serre-desk", "office-pc", 5432, "serre", "desk", "prefer"
    )
    assert services.read_text().count("[serre-desk]") == 1
    assert passwords.read_text() == "office-pc:5432:serre:desk:two\n"
    with pytest.raises(Exception, match="TLS mode is one of"):
        save_profile(ConnectionProfile("x", "h", 5432, "d", "u", "sometimes"), None)
    with pytest.raises(Exception, match="not a service name"):
        save_profile(ConnectionProfile("a b]", "h", 5432, "d", "u"), None)
    assert remove_profile("serre-desk") and load_profile("serre-desk") is None
    assert passwords.read_text() == ""
