"""The embedded database: safe settings, honest times, migrations with a backup first."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import StatementError

from serre_desk.clock import NaiveDatetimeError
from serre_desk.domain.errors import Refusal
from serre_desk.services.startup import Location, open_database
from serre_desk.storage import database as database_module
from serre_desk.storage.database import Database
from serre_desk.storage.models import Person
from serre_desk.storage.schema import HEAD_REVISION, alembic_config, current_revision
from tests.conftest import MORNING, REPO


def test_sqlite_runs_with_the_safe_pragmas(db: Database) -> None:
    with db.read() as session:
        connection = session.connection()
        values = {
            pragma: connection.exec_driver_sql(f"PRAGMA {pragma}").scalar()
            for pragma in (
                "journal_mode",
                "synchronous",
                "foreign_keys",
                "secure_delete",
                "busy_timeout",
            )
        }
    assert values == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "secure_delete": 1,
        "busy_timeout": 10000,
    }


def test_the_database_file_lives_in_the_data_dir(data_dir: Path, db: Database) -> None:
    assert db.sqlite_path == data_dir / "serre-desk.db"
    assert (data_dir / "serre-desk.db").exists()


def test_naive_datetimes_are_refused_not_guessed(db: Database) -> None:
    with pytest.raises(StatementError) as refused, db.write() as session:
        session.add(Person(name="X", search_key="x", kind="guest", created_at=datetime(2026, 1, 1)))
        session.flush()
    assert isinstance(refused.value.orig, NaiveDatetimeError)


def test_times_come_back_in_utc_whatever_offset_they_were_given_in(db: Database) -> None:
    with db.write() as session:
        session.add(Person(name="X", search_key="x", kind="guest", created_at=MORNING))
    with db.read() as session:
        stored = session.query(Person).one().created_at
    assert stored == MORNING and stored.utcoffset().total_seconds() == 0  # type: ignore[union-attr]


def test_head_revision_constant_matches_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


def test_a_migration_backs_up_the_file_first(data_dir: Path) -> None:
    db = open_database(Location(data_dir))
    db.dispose()
    with sqlite3.connect(data_dir / "serre-desk.db") as raw:  # pretend an older schema revision
        raw.execute("UPDATE alembic_version SET version_num = '0002_desk_search'")
    raw.close()
    db = Database(f"sqlite:///{data_dir / 'serre-desk.db'}")
    assert current_revision(db) == "0002_desk_search"
    db.dispose()
    from serre_desk.storage import schema

    calls: list[str] = []
    original_upgrade = schema.upgrade
    schema.upgrade = lambda database, revision="head": calls.append(revision)  # type: ignore[assignment]
    try:
        open_database(Location(data_dir)).dispose()
    finally:
        schema.upgrade = original_upgrade
    backups = list((data_dir / "backups").glob("before-migration-0002_desk_search-*.db"))
    assert len(backups) == 1 and calls == ["head"]
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0002_desk_search",
        )


def test_checking_a_current_schema_does_not_import_alembic(data_dir: Path) -> None:
    open_database(Location(data_dir)).dispose()
    code = (
        "import sys; from pathlib import Path;"
        "from serre_desk.services.startup import Location, open_database;"
        f"open_database(Location(Path({str(data_dir)!r}))).dispose();"
        "print(*(name in sys.modules for name in ('alembic', 'PySide6', 'reportlab',"
        " 'sqlalchemy.dialects.postgresql')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.split() == ["False", "False", "False", "False"]


def test_open_visits_have_their_partial_indexes(any_db: Database) -> None:
    """Made by the first migration, not declared in the models (see `models.Visit`)."""
    with any_db.read() as session:
        indexes = {
            index["name"]: index for index in inspect(session.connection()).get_indexes("visits")
        }
    assert indexes["uq_visits_one_open_per_person"]["column_names"] == ["person_id"]
    assert indexes["uq_visits_one_open_per_person"]["unique"]
    assert indexes["ix_visits_open_by_area"]["column_names"] == ["area_id"]
    for name in ("uq_visits_one_open_per_person", "ix_visits_open_by_area"):
        where = next(
            value
            for key, value in indexes[name]["dialect_options"].items()
            if key.endswith("_where")
        )
        assert "checked_out_at IS NULL" in str(where)


def test_sqlite_on_a_network_share_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "mount_filesystem", lambda path: "cifs")
    with pytest.raises(Refusal) as refused:
        open_database(Location(tmp_path / "share"))
    assert refused.value.code == "network_share"
    assert "PostgreSQL" in refused.value.text("en")
    assert not (tmp_path / "share").exists()


def test_unc_paths_are_network_locations() -> None:
    assert database_module.is_network_location(Path("//server/share/serre"))


def test_the_real_mount_table_is_read(tmp_path: Path) -> None:
    assert database_module.mount_filesystem(tmp_path) not in (None, "cifs", "nfs")
