"""Shared fixtures: a fresh data dir and database per test, both engines, the real command line."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
if os.environ["QT_QPA_PLATFORM"] == "offscreen":  # a desk's smallest screen, not Qt's 800×800
    SCREEN = os.path.join(os.path.dirname(__file__), "offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"

import contextlib
import io
import logging
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from serre_desk.clock import VENUE_TZ
from serre_desk.i18n import DEFAULT_LANGUAGE, set_language
from serre_desk.services.startup import Location, open_database
from serre_desk.storage.database import Database

PG_URL_ENV = "SERRE_DESK_TEST_PG_URL"  # set by scripts/run-tests: a server to create databases on
REPO = Path(__file__).resolve().parent.parent

# A Wednesday morning in Bologna, the default clock of tests.
MORNING = datetime(2026, 11, 25, 9, 0, tzinfo=VENUE_TZ)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep a developer's real data, settings and environment out of every test."""
    for name in ("SERRE_DESK_DB_URL", "SERRE_DESK_NOW", "SERRE_DESK_LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SERRE_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    set_language(DEFAULT_LANGUAGE)  # whatever an earlier test (or window) chose: words in Italian


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    """A fresh embedded SQLite database in the test's data dir."""
    database = open_database(Location(data_dir))
    yield database
    database.dispose()


def _postgres_database() -> Iterator[str]:
    server = os.environ.get(PG_URL_ENV)
    if not server:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_URL_ENV} is not set: the CI run must start PostgreSQL")
        pytest.skip(f"no PostgreSQL server ({PG_URL_ENV} not set)")
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    admin_url = server.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin_url + "/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"{server}/{name}"
    with psycopg.connect(admin_url + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The URL of a fresh, empty PostgreSQL database on the test run's server."""
    yield from _postgres_database()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Database]:
    """The same test on an embedded SQLite file and on a real PostgreSQL server."""
    if request.param == "sqlite":
        database = open_database(Location(data_dir))
        yield database
        database.dispose()
        return
    for url in _postgres_database():
        database = open_database(Location(data_dir, url))
        yield database
        database.dispose()


CliRunner = Callable[..., subprocess.CompletedProcess[str]]


def _cli_environment(
    data_dir: Path, now: datetime | str | None, db_url: str | None
) -> dict[str, str]:
    env = {"SERRE_DESK_DATA_DIR": str(data_dir)}
    if now is not None:
        env["SERRE_DESK_NOW"] = now if isinstance(now, str) else now.isoformat()
    if db_url:
        env["SERRE_DESK_DB_URL"] = db_url
    return env


@pytest.fixture
def cli_process(data_dir: Path) -> CliRunner:
    """Run the real `serre-desk` in a subprocess against the test's data dir."""

    def run(
        *args: str,
        input: str | None = None,
        now: datetime | str | None = MORNING,
        db_url: str | None = None,
        timeout: float = 60,
    ) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, PYTHONPATH=str(REPO), **_cli_environment(data_dir, now, db_url))
        return subprocess.run(
            [sys.executable, "-m", "serre_desk", *args],
            input=input,
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
        )

    return run


@pytest.fixture
def cli(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """Run `serre-desk` in this process (the same `main()` a subprocess runs, minus ~0.5 s of
    interpreter start-up per call): exit code, stdout and stderr as a subprocess would give."""
    from serre_desk.cli.main import main

    def run(
        *args: str,
        input: str | None = None,
        now: datetime | str | None = MORNING,
        db_url: str | None = None,
        timeout: float = 60,
    ) -> subprocess.CompletedProcess[str]:
        stdout, stderr = io.StringIO(), io.StringIO()
        with monkeypatch.context() as patch:
            patch.delenv("SERRE_DESK_NOW", raising=False)
            for name, value in _cli_environment(data_dir, now, db_url).items():
                patch.setenv(name, value)
            patch.setattr(sys, "stdin", io.StringIO(input or ""))
            with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
                try:
                    code = main(list(args))
                except SystemExit as exit_:  # argparse: --help, or a malformed command line
                    code = exit_.code if isinstance(exit_.code, int) else 2
                finally:
                    _drop_file_logging()
        return subprocess.CompletedProcess(
            ["serre-desk", *args], code, stdout.getvalue(), stderr.getvalue()
        )

    return run


def _drop_file_logging() -> None:
    """main() logs into the data dir of the call; don't let that handler outlive the call."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "serre_desk", False)]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture
def libpq_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """This test's own pg_service.conf and .pgpass, as libpq's variables name them: the user's
    home is never touched."""
    services, passwords = tmp_path / "home" / ".pg_service.conf", tmp_path / "home" / ".pgpass"
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    monkeypatch.setenv("PGPASSFILE", str(passwords))
    return services, passwords
