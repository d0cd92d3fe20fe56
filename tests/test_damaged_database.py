"""A database with a damaged page in the middle (the header intact, so it still opens and reads)
is noticed before anything is written into it: the command line refuses, as for a damaged header,
with the latest good backup to restore; a backup refuses to copy it."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from serre_desk import paths
from serre_desk.services.backups import AUTO_PREFIX, take_backup
from serre_desk.services.startup import Location
from serre_desk.storage.database import Database, is_sound
from serre_desk.storage.errors import StorageProblem
from tests.conftest import MORNING, CliRunner
from tests.helpers import person
from tests.roles_helpers import ok, refused


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SERRE_DESK_LANG", "en")


def damage_a_middle_page(db: Database) -> Path:
    """Random bytes over one page in the middle of a database of a few hundred people."""
    for number in range(300):
        person(db, f"Persona Numero {number:04d}")
    db.dispose()  # the WAL goes into the file
    live = paths.database_file(Path(str(db.sqlite_path)).parent)
    pages = live.stat().st_size // 4096
    assert pages > 40
    with live.open("r+b") as file:
        file.seek(pages // 2 * 4096)
        file.write(os.urandom(4096))
    assert not is_sound(live, quick=False), "SQLite's integrity_check finds the damage"
    return live


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_command_line_refuses_to_write_into_a_damaged_page(
    db: Database, data_dir: Path, cli: CliRunner
) -> None:
    good = Path(ok(cli("backup", "--json"))["backup"])
    live = damage_a_middle_page(db)
    damaged = digest(live)

    message = refused(cli("person", "add", "--name", "Bruno Nuovo"))
    assert "damaged" in message and f'serre-desk restore "{good}"' in message
    assert refused(cli("person", "list")) == message
    assert digest(live) == damaged, "nothing written into the damaged file"


def test_a_backup_refuses_a_damaged_database_and_then_every_write(
    db: Database, data_dir: Path
) -> None:
    damage_a_middle_page(db)
    with pytest.raises(StorageProblem) as refusal:
        take_backup(db, Location(data_dir), now=MORNING)
    assert refusal.value.code == "db_corrupt"
    assert not list(paths.backups_dir(data_dir).glob(f"{AUTO_PREFIX}*.db")), "no damaged copy kept"
    with pytest.raises(StorageProblem, match="damaged"):
        person(db, "Bruno Nuovo")
