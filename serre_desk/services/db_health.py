"""A damaged, unreadable, locked or full database: say what happened, that nothing recorded was
overwritten, and what can be done (retry, open the backup folder, restore the latest good backup).

Nothing here ever deletes or replaces the database: restoring is the user's choice
(`backups.restore_backup`, which keeps the damaged file aside).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from serre_desk import paths
from serre_desk.i18n import QT_TRANSLATE_NOOP, translate
from serre_desk.services.backups import backup_folder, latest_good_backup
from serre_desk.services.startup import Location, open_database
from serre_desk.storage.database import Database, SoundCheck, damaged
from serre_desk.storage.errors import StorageProblem, classify


class Remedy(StrEnum):
    RETRY = "retry"
    OPEN_BACKUPS = "open_backups"
    RESTORE_LATEST = "restore_latest"


@dataclass(frozen=True)
class DatabaseProblem:
    """What the damaged-database dialog and the command line tell the user."""

    code: str
    reason: str
    database: Path | None
    backup_folder: Path | None
    latest_backup: Path | None
    remedies: tuple[Remedy, ...]

    def advice(self, lang: str | None = None) -> str:
        def tr(source: str) -> str:
            return translate("DatabaseProblem", source, lang)

        if self.code == "db_corrupt":
            kept = tr("Nothing was overwritten: the damaged file stays as it is.")
            if self.latest_backup is not None:
                restore = tr('Restore the latest good backup with: serre-desk restore "{path}"')
                return f"{kept} {restore.format(path=self.latest_backup)}"
            return f"{kept} " + tr("No good backup was found in {folder}.").format(
                folder=self.backup_folder
            )
        if self.backup_folder is None:
            return tr("Nothing recorded was lost.")
        return tr("Nothing recorded was lost. Backups are in {folder}.").format(
            folder=self.backup_folder
        )


REMEDIES = {
    "db_corrupt": (Remedy.RESTORE_LATEST, Remedy.OPEN_BACKUPS, Remedy.RETRY),
    "db_unwritable": (Remedy.RETRY, Remedy.OPEN_BACKUPS),
    "disk_full": (Remedy.RETRY, Remedy.OPEN_BACKUPS),
}
IO_ERROR = QT_TRANSLATE_NOOP(
    "Refusal",
    "The database file could not be read or written (disk I/O error). Check the disk, then try "
    "again.",
)
LOW_SPACE = 256 * 1024  # below this, an I/O error on the database means the disk is full


def explain(
    location: Location, problem: StorageProblem, lang: str | None = None
) -> DatabaseProblem:
    """The problem with its remedies; looks for the latest good backup only when it helps."""
    sqlite = location.db_url is None
    folder = backup_folder(location) if sqlite else None
    latest = latest_good_backup(location) if sqlite and problem.code == "db_corrupt" else None
    remedies = REMEDIES.get(problem.code, (Remedy.RETRY,)) if sqlite else (Remedy.RETRY,)
    if problem.code == "db_corrupt" and latest is None:
        remedies = tuple(r for r in remedies if r is not Remedy.RESTORE_LATEST)
    return DatabaseProblem(
        code=problem.code,
        reason=problem.text(lang),
        database=paths.database_file(location.data_dir) if sqlite else None,
        backup_folder=folder,
        latest_backup=latest,
        remedies=remedies,
    )


def _io_problem(error: BaseException, location: Location | None) -> StorageProblem | None:
    """SQLite says "disk I/O error" when a full disk stops it creating its WAL files."""
    if "disk i/o error" not in str(getattr(error, "orig", error)).lower():
        return None
    folder = location.data_dir if location is not None and location.db_url is None else None
    if folder is not None and shutil.disk_usage(folder).free < LOW_SPACE:
        return classify(OSError("No space left on device"))
    return StorageProblem("db_io_error", IO_ERROR)


@contextmanager
def storage_problems(location: Location | None = None) -> Iterator[None]:
    """Turn the environment's database errors (a damaged, unreadable, locked or full database)
    into StorageProblem, wherever they surface; bugs pass through unchanged."""
    try:
        yield
    except (DBAPIError, sqlite3.Error) as error:
        known = classify(error) or _io_problem(error, location)
        if known is None:
            raise
        raise known from error
    except RuntimeError as error:  # the pre-migration backup failed its integrity check
        if "integrity check" not in str(error):
            raise
        raise damaged() from error


def open_checked(location: Location, *, check_first: bool = True) -> Database:
    """`open_database`, with a damaged, unreadable, locked or full database reported as a
    StorageProblem rather than a crash. An existing SQLite file passes SQLite's quick_check
    before anything (a migration, the defaults) is written into it: first of all, or, with
    `check_first` False, on its own connection once the caller starts it (`start_check`, after
    its first reads); its writes wait for the check (`Database.wait_for_check`)."""
    with storage_problems(location):
        live = paths.database_file(location.data_dir)
        check = None
        if location.db_url is None and live.is_file():
            check = SoundCheck(live, start=check_first)
            if check_first:
                check.wait()
        return open_database(location, None if check_first else check)


def check_database(location: Location, *, thorough: bool = False) -> StorageProblem | None:
    """None when the database opens (quick_check), reads and can take a write; else the problem.
    `thorough` also runs SQLite's full integrity_check (seconds on a big file: for "Retry")."""
    try:
        db = open_checked(location)
        try:
            if thorough:
                with storage_problems(location):
                    db.check_integrity()
            with storage_problems(location), db.write() as session:
                session.execute(text("UPDATE audit_head SET id = id WHERE id = 0"))
        finally:
            db.dispose()
    except StorageProblem as problem:
        return problem
    return None
