"""Backups of the embedded SQLite database: online (SQLite backup API), checked, rotated.

The desk takes one backup a day (`backup_if_due`) and the schema code one before every migration.
Each backup gets a sidecar `<backup>.anchor.json` with the audit chain's head and count in it
(`audit_anchor`), so `audit verify` can tell a truncated audit log.
Automatic backups are kept 7 daily and 4 weekly (`rotate`); `take_backup(out=...)` writes a file
that rotation never touches. The folder is a per-machine choice kept in `backup.json` in the data
dir, so that it can still be found when the database itself is damaged.
On PostgreSQL the server's own tools do this job: `pg_dump` / `pg_restore` (see docs/backups.md).
"""

from __future__ import annotations

import json
import logging
import re
import shutil
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from serre_desk import paths
from serre_desk.clock import local_date
from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.audit_anchor import (
    SIDECAR_SUFFIX,
    backup_anchor,
    sidecar_path,
    write_sidecar,
)
from serre_desk.services.audit_key import DATA_DIR_INFO
from serre_desk.services.permissions import require_manager
from serre_desk.services.startup import Location
from serre_desk.storage.database import Database, raw_sqlite, sqlite_url
from serre_desk.storage.schema import backup_sqlite

log = logging.getLogger(__name__)

AUTO_PREFIX = "serre-desk-"
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
AUTO_NAME = re.compile(rf"^{AUTO_PREFIX}(\d{{8}}T\d{{6}}Z)\.db$")
SETTINGS_FILE = "backup.json"
KEEP_DAILY = 7
KEEP_WEEKLY = 4


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime

    @property
    def day(self) -> date:
        return local_date(self.taken_at)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_saved_as: Path | None


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(STAMP_FORMAT)


def postgres_refusal() -> Refusal:
    return Refusal(
        "backup_postgres",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "This desk uses PostgreSQL: back it up with pg_dump (pg_dump --format=custom "
            "--file=serre-desk.dump DATABASE) and restore with pg_restore.",
        ),
    )


def backup_folder(location: Location) -> Path:
    """Where automatic backups go: the configured folder, else `backups/` in the data dir."""
    try:
        settings = json.loads((location.data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
        return Path(settings["folder"]).expanduser()
    except (OSError, ValueError, KeyError, TypeError):
        return paths.backups_dir(location.data_dir)


def set_backup_folder(
    location: Location, db: Database, actor: Actor, folder: Path, *, now: datetime
) -> Path:
    require_manager(actor)
    folder = folder.expanduser().resolve()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write_settings(location, folder=str(folder))
    except OSError as error:
        raise _unwritable(folder, error) from error
    with db.write() as session:
        record(session, actor, now, "setting", None, key="backup.folder", value=str(folder))
    return folder


def _unwritable(path: Path, error: OSError) -> Refusal:
    return Refusal(
        "backup_unwritable",
        QT_TRANSLATE_NOOP("Refusal", "Cannot write the backup {path}: {error}."),
        path=str(path),
        error=error.strerror or str(error),
    )


def take_backup(
    db: Database, location: Location, *, now: datetime, out: Path | None = None
) -> Path:
    """An online, integrity-checked copy of the live database; automatic ones are rotated."""
    source = db.sqlite_path
    if source is None:
        raise postgres_refusal()
    db.check_integrity()  # a damaged database: refuse (db_corrupt), keep the good backups
    folder = backup_folder(location)
    target = out or folder / f"{AUTO_PREFIX}{stamp(now)}.db"
    try:
        backup_sqlite(source, target)
        write_sidecar(db, target, now)
    except OSError as error:
        raise _unwritable(target, error) from error
    except RuntimeError as error:
        raise Refusal(
            "backup_failed_check",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "The backup failed its integrity check: the database may be damaged. "
                "Keep the last good backups.",
            ),
        ) from error
    if out is None:
        rotate(folder, backups_kept(location))
    return target


def list_backups(folder: Path) -> list[BackupFile]:
    """Automatic backups in `folder`, newest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            if AUTO_NAME.match(path.name):
                found.append(BackupFile(path, backup_taken_at(path)))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def backup_taken_at(path: Path) -> datetime:
    """When a backup was taken: from an automatic backup's name, else the file's time."""
    match = AUTO_NAME.match(path.name)
    if match:
        return datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def backup_if_due(db: Database, location: Location, *, now: datetime) -> Path | None:
    """The daily backup, unless one was already taken on `now`'s venue day (SQLite only)."""
    if db.sqlite_path is None:
        return None
    if any(b.day == local_date(now) for b in list_backups(backup_folder(location))):
        return None
    return take_backup(db, location, now=now)


def rotate(
    folder: Path, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY
) -> list[Path]:
    """Keep the newest backup of each of the last `keep_daily` days that have one, and, before
    those, the newest of each of the last `keep_weekly` weeks; delete the rest."""
    backups = list_backups(folder)
    kept_days: set[date] = set()
    keep: set[Path] = set()
    for backup in backups:
        if backup.day not in kept_days and len(kept_days) < keep_daily:
            kept_days.add(backup.day)
            keep.add(backup.path)
    oldest_daily = min(kept_days, default=None)
    kept_weeks: set[tuple[int, int]] = set()
    for backup in backups:
        if oldest_daily is None or backup.day >= oldest_daily:
            continue
        week = backup.day.isocalendar()[:2]
        if week not in kept_weeks and len(kept_weeks) < keep_weekly:
            kept_weeks.add(week)
            keep.add(backup.path)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
        sidecar_path(path).unlink(missing_ok=True)
    return removed


def is_healthy(path: Path) -> bool:
    """True when `path` is a readable SQLite file that passes `PRAGMA quick_check`."""
    import sqlite3

    try:
        with closing(raw_sqlite(path)) as connection:
            row = connection.execute("PRAGMA quick_check").fetchone()
    except sqlite3.Error:
        return False
    return bool(row) and row[0] == "ok"


def check_backup_file(path: Path) -> None:
    """Refuse anything that is not a sound Serre Desk database."""
    import sqlite3

    def refusal() -> Refusal:
        return Refusal(
            "not_a_backup",
            QT_TRANSLATE_NOOP(
                "Refusal", "{path} is not a usable Serre Desk backup (missing, damaged or foreign)."
            ),
            path=str(path),
        )

    if not path.is_file() or not is_healthy(path):
        raise refusal()
    try:
        with closing(raw_sqlite(path)) as connection:
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    except sqlite3.Error as error:
        raise refusal() from error
    if not {"alembic_version", "people", "visits", "audit_events"} <= tables:
        raise refusal()


def latest_good_backup(location: Location) -> Path | None:
    """The newest backup (automatic or before a migration) that passes its integrity check."""
    folders = {backup_folder(location), paths.backups_dir(location.data_dir)}
    candidates = [p for f in folders if f.is_dir() for p in f.glob("*.db")]
    for path in sorted(candidates, key=lambda p: p.stat().st_mtime, reverse=True):
        if is_healthy(path):
            return path
    return None


def restore_backup(location: Location, source: Path, *, now: datetime) -> RestoreResult:
    """Replace the live database with `source`. The database being replaced is kept, never
    lost: a healthy one as `before-restore-…db`, a damaged one moved aside as `damaged-…db`.
    The desk window must be closed (no other connection may hold the file)."""
    if location.db_url is not None:
        raise postgres_refusal()
    source = source.expanduser().resolve()
    check_backup_file(source)
    live = paths.database_file(location.data_dir)
    staged = live.with_name(live.name + ".restoring")
    try:
        backup_sqlite(source, staged)
        saved = _set_aside(live, paths.backups_dir(location.data_dir), stamp(now))
        staged.replace(live)
        _supersede_anchors(location, live)
    except OSError as error:
        staged.unlink(missing_ok=True)
        raise _unwritable(live, error) from error
    return RestoreResult(source, saved)


def backup_files(location: Location, live: Path | None) -> list[Path]:
    """Every SQLite copy of the venue's data this desk keeps besides `live` (the database file in
    use; None on a server): its backups (automatic, written into the folder, set aside by a
    restore or taken before a migration) and, once the desk uses a server, its own file left
    behind by `db copy` (with the backups taken of it before the move): stale full copies that
    erasure and retention must still reach."""
    folders = {backup_folder(location), paths.backups_dir(location.data_dir)}
    found = {p for f in folders if f.is_dir() for p in f.glob("*.db")}
    own = paths.database_file(location.data_dir)
    if own.is_file() and (live is None or live.resolve() != own.resolve()):
        found.add(own)  # no longer the live data, still a copy of it
    return sorted(found)


def rewrite_backups(
    location: Location, live: Path | None, change: Callable[[Database], bool]
) -> tuple[list[Path], list[Path]]:
    """Apply `change` to every backup, each opened as a database of its own (with the venue's
    audit key, so what it records is sealed). Returns the backups it changed, and those it
    could not open (damaged, or from a schema this desk cannot write)."""
    rewritten: list[Path] = []
    unreadable: list[Path] = []
    for path in backup_files(location, live):
        if not is_healthy(path):
            unreadable.append(path)
            continue
        backup = Database(sqlite_url(path))
        backup.info[DATA_DIR_INFO] = location.data_dir
        try:
            if change(backup):
                rewritten.append(path)
        except (SQLAlchemyError, Refusal):
            log.warning("could not rewrite the backup %s", path, exc_info=True)
            unreadable.append(path)
        finally:
            backup.dispose()
    return rewritten, unreadable


def anchor_files(location: Location) -> list[Path]:
    """The anchors kept with this desk's backups (none on PostgreSQL)."""
    if location.db_url is not None:
        return []
    folders = {backup_folder(location), paths.backups_dir(location.data_dir)}
    found = {p for f in folders if f.is_dir() for p in f.glob(f"*{SIDECAR_SUFFIX}")}
    return sorted(found)


def _supersede_anchors(location: Location, restored: Path) -> None:
    """After a restore the chain is the restored backup's again: the anchors of later backups
    name events it never had. They are kept, renamed `….superseded`, out of `audit verify`'s way."""
    try:
        restored_count = backup_anchor(restored).count
    except Exception:  # a backup from before the chain had a head row: anchors stay
        log.warning("no audit anchor in %s", restored, exc_info=True)
        return
    for path in anchor_files(location):
        try:
            count = int(json.loads(path.read_text(encoding="utf-8"))["count"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if count > restored_count:
            path.replace(path.with_name(path.name + ".superseded"))


def record_restore(db: Database, actor: Actor, result: RestoreResult, *, now: datetime) -> None:
    """The restore's audit event, in the restored database."""
    saved = str(result.previous_saved_as) if result.previous_saved_as else None
    with db.write() as session:
        record(session, actor, now, "restore", None, file=result.restored_from.name, previous=saved)


def _set_aside(live: Path, folder: Path, when: str) -> Path | None:
    if not live.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    if is_healthy(live):
        saved = backup_sqlite(live, folder / f"before-restore-{when}.db")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{live}{suffix}").unlink(missing_ok=True)
        return saved
    saved = folder / f"damaged-{when}.db"
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{live}{suffix}")
        if part.exists():
            shutil.move(part, f"{saved}{suffix}")
    log.warning("damaged database moved to %s", saved)
    return saved


# --- the settings page: how many are kept, and what a backup holds ------------------------------

KEEP_RANGE = (1, 60)


def _read_settings(location: Location) -> dict[str, object]:
    try:
        stored = json.loads((location.data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stored if isinstance(stored, dict) else {}


def _write_settings(location: Location, **changes: object) -> None:
    """Change some of this machine's backup settings, keeping the others."""
    settings = {**_read_settings(location), **changes}
    (location.data_dir / SETTINGS_FILE).write_text(
        json.dumps(settings, ensure_ascii=False), encoding="utf-8"
    )


def backups_kept(location: Location) -> int:
    """How many daily backups are kept (the weekly ones come on top)."""
    value = _read_settings(location).get("keep_daily")
    low, high = KEEP_RANGE
    return value if isinstance(value, int) and low <= value <= high else KEEP_DAILY


def validate_kept(count: int) -> int:
    low, high = KEEP_RANGE
    if not low <= count <= high:
        raise Refusal(
            "bad_backups_kept",
            QT_TRANSLATE_NOOP("Refusal", "Keep {low} to {high} daily backups, not {value}."),
            low=low,
            high=high,
            value=count,
        )
    return count


def set_backups_kept(
    location: Location, db: Database, actor: Actor, count: int, *, now: datetime
) -> None:
    require_manager(actor)
    validate_kept(count)
    before = backups_kept(location)
    if before == count:
        return
    try:
        _write_settings(location, keep_daily=count)
    except OSError as error:
        raise _unwritable(location.data_dir / SETTINGS_FILE, error) from error
    with db.write() as session:
        record(session, actor, now, "setting", None, key="backup.keep", before=before, value=count)


@dataclass(frozen=True)
class BackupSummary:
    """What a restore would bring back: when the backup was taken and what it holds."""

    path: Path
    taken_at: datetime
    people: int
    visits: int
    events: int


def summarise_backup(path: Path) -> BackupSummary:
    """A healthy backup's date and counts (refused when it is damaged or not a backup)."""
    check_backup_file(path)
    counts = []
    with closing(raw_sqlite(path)) as connection:
        for table in ("people", "visits", "audit_events"):
            counts.append(int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]))
    return BackupSummary(path, backup_taken_at(path), *counts)


def restore_from_window(
    db: Database, location: Location, actor: Actor, source: Path, *, now: datetime
) -> RestoreResult:
    """`serre-desk restore` from the desk window: let go of the database file, replace it with
    `source` (the replaced one is kept) and record the restore in the restored database. The
    window closes afterwards: nothing it shows is true any more."""
    require_manager(actor)
    if location.db_url is not None:
        raise postgres_refusal()
    check_backup_file(source)
    db.dispose()
    result = restore_backup(location, source, now=now)
    record_restore(db, actor, result, now=now)
    return result
