"""Opening the venue's database: refuse a network share, migrate if behind, seed a new one."""

from __future__ import annotations

from pathlib import Path

from serre_desk import paths
from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.paths import Location as Location  # named here too, as before
from serre_desk.services.audit_key import DATA_DIR_INFO
from serre_desk.services.station import apply_station
from serre_desk.services.venue import seed_defaults
from serre_desk.storage.database import Database as Database  # the window's way to name it
from serre_desk.storage.database import SoundCheck, is_network_location
from serre_desk.storage.schema import ensure_schema, is_current


def open_database(location: Location, check: SoundCheck | None = None) -> Database:
    """A ready database: schema current, defaults in place. Refuses SQLite on a network share.
    `check`: SQLite's quick_check, not passed yet; the database reads at once, its writes wait
    for the check, and a migration waits for it before anything is backed up or changed."""
    if location.db_url is None:
        _prepare_data_dir(location.data_dir)
    apply_station(location.data_dir)  # this desk's name, on every event and visit it records
    db = Database(location.url)
    db.info[DATA_DIR_INFO] = location.data_dir  # where the audit key is kept
    try:  # a database from a newer release is refused (NewerDatabase), never touched
        if check is not None:
            db.hold_writes_until(check)
            if not is_current(db):
                db.start_check()
                db.wait_for_check()  # a migration writes: the file is checked first
        migrated = ensure_schema(db, backups=paths.backups_dir(location.data_dir))
    except Refusal:
        db.dispose()
        raise
    if migrated:
        with db.write() as session:
            seed_defaults(session)
    return db


def _prepare_data_dir(data_dir: Path) -> None:
    if is_network_location(data_dir):
        raise Refusal(
            "network_share",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "The data folder {path} is on a network share: a SQLite file there can be "
                "corrupted. Keep it on this PC, or use PostgreSQL (--db) to share one database "
                "between several desks.",
            ),
            path=str(data_dir),
        )
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise Refusal(
            "data_dir_unwritable",
            QT_TRANSLATE_NOOP("Refusal", "Cannot create the data folder {path}: {error}."),
            path=str(data_dir),
            error=error.strerror or str(error),
        ) from error
