"""Backups: online and checked, rotated 7 daily + 4 weekly, restored with the replaced database
kept; a damaged, read-only or full database gives a clear message and loses nothing."""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from serre_desk import paths
from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.backups import (
    AUTO_PREFIX,
    backup_if_due,
    is_healthy,
    list_backups,
    rotate,
    stamp,
)
from serre_desk.services.db_health import check_database
from serre_desk.services.people import search_people
from serre_desk.services.startup import Location, open_database
from serre_desk.services.users import add_user
from serre_desk.storage.database import Database
from tests.conftest import MORNING, CliRunner
from tests.helpers import person
from tests.privacy_helpers import visit_count, visitor
from tests.roles_helpers import MANAGER_PASSWORD, ok, refused


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SERRE_DESK_LANG", "en")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_then_restore_round_trip(
    db: Database, data_dir: Path, cli: CliRunner, tmp_path: Path
) -> None:
    visitor(db, "Anna Serra")
    ok(cli("backup", "folder", str(tmp_path / "safe")))
    taken = Path(ok(cli("backup", "--json"))["backup"])
    assert taken.parent == tmp_path / "safe" and is_healthy(taken)
    person(db, "Bruno Later")  # recorded after the backup
    db.dispose()

    restored = ok(cli("restore", str(taken), "--json", now=MORNING + timedelta(hours=1)))
    kept = Path(restored["previous_saved_as"])
    assert kept.parent == paths.backups_dir(data_dir) and is_healthy(kept)
    assert [p.name for p in search_people(db)] == ["Anna Serra"]
    assert visit_count(db) == 1
    assert ok(cli("audit", "verify", "--json"))["whole"]
    # The database it replaced is not lost: it still holds what came after the backup.
    replaced = open_database(Location(tmp_path / "replaced"))
    replaced.dispose()
    os.replace(kept, paths.database_file(tmp_path / "replaced"))
    old = open_database(Location(tmp_path / "replaced"))
    assert {p.name for p in search_people(old)} == {"Anna Serra", "Bruno Later"}
    old.dispose()


def test_rotation_keeps_seven_daily_and_four_weekly(tmp_path: Path) -> None:
    start = datetime(2026, 9, 1, 0, 0, tzinfo=UTC)
    for day in range(60):
        for hour in (8, 10):  # two backups a day: only the newest of each day is kept
            moment = start + timedelta(days=day, hours=hour)
            (tmp_path / f"{AUTO_PREFIX}{stamp(moment)}.db").write_bytes(b"")
    rotate(tmp_path)
    kept = [b.taken_at for b in list_backups(tmp_path)]
    newest = start + timedelta(days=59, hours=10)
    assert kept[:7] == [newest - timedelta(days=d) for d in range(7)]
    weekly = kept[7:]
    assert len(weekly) == 4
    assert len({w.isocalendar()[:2] for w in weekly}) == 4 and max(weekly) < kept[6]


def test_one_automatic_backup_a_day(db: Database, data_dir: Path) -> None:
    location = Location(data_dir)
    assert backup_if_due(db, location, now=MORNING) is not None
    assert backup_if_due(db, location, now=MORNING + timedelta(hours=5)) is None
    assert backup_if_due(db, location, now=MORNING + timedelta(days=1)) is not None
    assert len(list_backups(paths.backups_dir(data_dir))) == 2


@pytest.mark.parametrize("where", ["header", "pages"])
def test_a_corrupt_file_gives_a_clear_message_and_loses_nothing(
    db: Database, data_dir: Path, cli: CliRunner, where: str
) -> None:
    anna = visitor(db, "Anna Serra")
    good = Path(ok(cli("backup", "--json"))["backup"])
    db.dispose()
    live = paths.database_file(data_dir)
    size = live.stat().st_size
    assert size > 16 * 4096  # everything is in the file itself (the WAL was checkpointed)
    with live.open("r+b") as file:  # random bytes over the header, or over every page but one
        offset, length = (0, 100) if where == "header" else (4096, size - 4096)
        file.seek(offset)
        file.write(os.urandom(length))
    damaged = _digest(live)

    message = refused(cli("checkin", str(anna)))
    assert "damaged" in message and f'serre-desk restore "{good}"' in message
    assert refused(cli("person", "list")) == message
    assert _digest(live) == damaged  # nothing overwritten, nothing deleted
    problem = check_database(Location(data_dir))
    assert problem is not None and problem.code == "db_corrupt"

    ok(cli("restore", str(good)))
    assert [p.name for p in search_people(db)] == ["Anna Serra"]
    aside = list(paths.backups_dir(data_dir).glob("damaged-*.db"))
    assert len(aside) == 1 and _digest(aside[0]) == damaged


def test_a_manager_restores_over_a_damaged_database_signing_in_against_the_backup(
    db: Database, data_dir: Path, cli: CliRunner
) -> None:
    add_user(db, LOCAL_ADMIN, "anna", "manager", MANAGER_PASSWORD, now=MORNING)
    good = Path(
        ok(
            cli("backup", "--json", "--as", "anna", "--secret-stdin", input=MANAGER_PASSWORD + "\n")
        )["backup"]
    )
    db.dispose()
    live = paths.database_file(data_dir)
    live.write_bytes(os.urandom(live.stat().st_size))
    assert "manager" in refused(cli("restore", str(good)))
    wrong = cli("restore", str(good), "--as", "anna", "--secret-stdin", input="not her password\n")
    assert "Wrong" in refused(wrong)
    ok(cli("restore", str(good), "--as", "anna", "--secret-stdin", input=MANAGER_PASSWORD + "\n"))
    assert check_database(Location(data_dir), thorough=True) is None


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


@contextmanager
def mounted(*args: str, target: Path) -> Iterator[None]:
    """A real mount (root with CAP_SYS_ADMIN, as in CI); skip the test where that is impossible."""
    try:
        _mount(*args, str(target))
    except (OSError, subprocess.CalledProcessError) as error:
        pytest.skip(f"cannot mount here: {error}")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False, capture_output=True)


def test_a_read_only_data_dir_gives_a_clear_message_and_loses_nothing(
    db: Database, data_dir: Path, cli: CliRunner
) -> None:
    anna = visitor(db, "Anna Serra")
    visits = visit_count(db)
    db.dispose()
    with mounted("--bind", str(data_dir), target=data_dir):
        subprocess.run(["mount", "-o", "remount,ro,bind", str(data_dir)], check=True)
        message = refused(cli("checkin", str(anna)))
        assert "cannot be opened for writing" in message and "Nothing recorded was lost" in message
    assert visit_count(db) == visits and is_healthy(paths.database_file(data_dir))
    ok(cli("checkin", str(anna)))  # once the folder is writable again, the desk carries on


def test_a_full_disk_gives_a_clear_message_and_loses_nothing(
    tmp_path: Path, cli: CliRunner
) -> None:
    small = tmp_path / "small"
    small.mkdir()
    with mounted("-t", "tmpfs", "-o", "size=1m", "tmpfs", target=small):
        location = Location(small / "data")
        db = open_database(location)
        anna = person(db, "Anna Serra", PersonKind.MEMBER)
        db.dispose()
        with (small / "filler").open("wb", buffering=0) as filler:
            try:
                while True:
                    filler.write(b"\0" * 4096)
                    filler.flush()
            except OSError:
                pass
        full = cli("person", "add", "--name", "Bruno Neri", "--data-dir", str(location.data_dir))
        message = refused(full)
        assert "disk is full" in message
        (small / "filler").unlink()
        db = open_database(location)
        assert [p.id for p in search_people(db)] == [anna]
        assert is_healthy(paths.database_file(location.data_dir))
        db.dispose()


def test_postgresql_is_backed_up_with_pg_dump(pg_url: str, cli: CliRunner) -> None:
    assert "pg_dump" in refused(cli("backup", db_url=pg_url))
