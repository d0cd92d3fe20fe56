"""After a desk moved its data to the server (`db copy`), its SQLite file and the backups taken of
it are still on the PC, each a full copy of everyone's data: an erasure or the retention rules on
the server must reach them too — at once when run at this desk, at this desk's next privacy run
when run at another — while a file of another lineage is never touched. Real SQLite files, the
real PostgreSQL server of the test run, every byte of the data folder grepped."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from serre_desk.domain.people import PersonKind
from serre_desk.services.startup import Location, open_database
from serre_desk.storage.database import Database
from tests.conftest import MORNING, CliRunner
from tests.privacy_helpers import child, visitor
from tests.roles_helpers import MANAGER_PASSWORD, ok
from tests.test_erasure_everywhere import EMAIL, NAME, PHONE, _history, _naming

pytestmark = pytest.mark.postgres

LATER = MORNING + timedelta(days=3, hours=1)


def _anna(
    cli: CliRunner, *args: str, now: datetime = LATER, db_url: str | None = None
) -> CompletedProcess[str]:
    return cli(
        "--as", "Anna", "--secret-stdin", *args, input=MANAGER_PASSWORD + "\n", now=now,
        db_url=db_url,
    )  # fmt: skip


def _move(db: Database, cli: CliRunner, pg_url: str) -> dict[str, object]:
    """This desk's data copied to the server by its manager; the desk then runs on the server."""
    ok(cli("user", "add", "Anna", "--role", "manager", input=MANAGER_PASSWORD + "\n", now=LATER))
    db.dispose()  # the desk window closed for the move
    return ok(_anna(cli, "--json", "db", "copy", "--to", pg_url))


def test_an_erasure_on_the_server_reaches_the_file_left_behind_and_its_backups(
    db: Database, data_dir: Path, pg_url: str, cli: CliRunner
) -> None:
    zoe = _history(db, cli)
    copied = _move(db, cli, pg_url)
    own = data_dir / "serre-desk.db"
    assert copied["left_behind"] == str(own) and copied["backups"] == str(data_dir / "backups")
    before = _naming(data_dir, NAME, EMAIL, PHONE)
    assert "serre-desk.db" in before and any(f.startswith("backups/") for f in before)

    erased = ok(
        _anna(cli, "--json", "privacy", "erase", str(zoe), "--reason", "asked", db_url=pg_url)
    )

    assert _naming(data_dir, NAME, EMAIL, PHONE) == {}  # no byte of any file names her
    files = erased["files"]
    assert str(own) in files["backups_rewritten"]
    assert set(map(str, (data_dir / "backups").glob("*.db"))) <= set(files["backups_rewritten"])
    assert files["backups_unreadable"] == []
    # The file left behind is still a sound desk database whose audit log verifies (the erasure
    # is recorded in it, sealed with the venue's key), and she is erased there as on the server.
    assert cli("audit", "verify").returncode == 0
    with closing(sqlite3.connect(own)) as connection:
        name, erased_at = connection.execute(
            "SELECT name, anonymised_at FROM people WHERE id = ?", (zoe,)
        ).fetchone()
    assert name == f"#{zoe}" and erased_at is not None


def test_an_erasure_at_another_desk_reaches_this_desk_at_its_next_privacy_run(
    db: Database, data_dir: Path, pg_url: str, tmp_path: Path, cli: CliRunner
) -> None:
    zoe = _history(db, cli)
    _move(db, cli, pg_url)
    office = tmp_path / "office"
    office.mkdir()
    shutil.copy(data_dir / "audit.key", office / "audit.key")
    ok(_anna(cli, "--data-dir", str(office), "privacy", "erase", str(zoe), db_url=pg_url))
    assert "serre-desk.db" in _naming(data_dir, NAME)  # the office cannot reach this PC

    purged = ok(_anna(cli, "--json", "privacy", "purge", db_url=pg_url))

    assert purged["anonymised"] == []  # nothing new on the server...
    assert str(data_dir / "serre-desk.db") in purged["files"]["backups_rewritten"]  # ...but here
    assert _naming(data_dir, NAME, EMAIL, PHONE) == {}


def test_retention_on_the_server_reaches_the_file_left_behind(
    db: Database, data_dir: Path, pg_url: str, cli: CliRunner
) -> None:
    guest = visitor(db, NAME, email=EMAIL, phone=PHONE)
    parent = visitor(db, "Ettore Lanzarini", PersonKind.MEMBER)
    kid = child(
        db,
        "Bianca Lanzarini",
        parent,
        notes="allergia alle arachidi",
        birth=MORNING.date().replace(year=2022),
        visit_at=MORNING,
    )
    ok(cli("backup", "--json", now=MORNING + timedelta(days=1)))
    _move(db, cli, pg_url)
    assert _naming(data_dir, NAME, "arachidi")

    purged = ok(
        _anna(cli, "--json", "privacy", "purge", now=MORNING + timedelta(days=40), db_url=pg_url)
    )
    assert guest in purged["anonymised"] and kid in purged["children_cleared"]
    assert _naming(data_dir, NAME, EMAIL, PHONE, "arachidi") == {}
    assert _naming(data_dir, "Ettore Lanzarini")  # a member kept by the rules stays, everywhere


def test_a_file_of_another_lineage_is_never_rewritten(
    db: Database, data_dir: Path, pg_url: str, tmp_path: Path, cli: CliRunner
) -> None:
    """A database that is not this venue's copy (another desk's trial file put in the backups
    folder) holds someone else under the same id: the erasure on the server leaves it alone."""
    zoe = _history(db, cli)
    _move(db, cli, pg_url)
    other = open_database(Location(tmp_path / "trial"))
    try:
        stranger = visitor(other, "Ugo Estraneo", at=MORNING - timedelta(days=90))
    finally:
        other.dispose()
    assert stranger == zoe  # the same id, another person
    foreign = data_dir / "backups" / "trial.db"
    shutil.copy(tmp_path / "trial" / "serre-desk.db", foreign)

    erased = ok(_anna(cli, "--json", "privacy", "erase", str(zoe), db_url=pg_url))

    assert str(foreign) not in erased["files"]["backups_rewritten"]
    assert _naming(data_dir, NAME, EMAIL, PHONE) == {}
    assert list(_naming(data_dir, "Ugo Estraneo")) == ["backups/trial.db"]


def test_the_copy_says_in_one_line_what_becomes_of_the_file(
    db: Database, data_dir: Path, pg_url: str, cli: CliRunner
) -> None:
    visitor(db, NAME)
    ok(cli("user", "add", "Anna", "--role", "manager", input=MANAGER_PASSWORD + "\n"))
    db.dispose()
    result = _anna(cli, "--lang", "en", "db", "copy", "--to", pg_url)
    assert result.returncode == 0, result.stderr
    line = next(s for s in result.stdout.splitlines() if s.startswith(str(data_dir)))
    assert line == (
        f"{data_dir / 'serre-desk.db'} stays as it was. Once this desk uses the server, every "
        "erasure and retention on the server also reaches this file and the backups in "
        f"{data_dir / 'backups'}, at the latest at this desk's next daily privacy run."
    )
