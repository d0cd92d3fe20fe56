"""Bringing the schema to the current revision.

Checking is cheap: one query for the stored revision, compared with `HEAD_REVISION`. Alembic is
imported only when a migration must run; before it runs, a SQLite file is backed up online.

A migration records the release that made the schema (setting `schema_release`), so that an
older program meeting a revision it does not know can name the release to install: a database is
never downgraded.
"""

from __future__ import annotations

import json
import logging
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from serre_desk import __version__
from serre_desk.clock import utcnow
from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.storage.database import Database, raw_sqlite
from serre_desk.storage.models import Setting

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

HEAD_REVISION = "0007_visit_days_index"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
RELEASE_SETTING = "schema_release"  # {"release": "0.1.0", "revision": HEAD_REVISION}


class NewerDatabase(Refusal):
    """The database was migrated by a newer release than this program: it is left untouched."""


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_current(db: Database) -> bool:
    return current_revision(db) == HEAD_REVISION


def backup_sqlite(source: Path, target: Path) -> Path:
    """Online backup of a live SQLite file (never a file copy), checked with integrity_check."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".partial")
    with closing(raw_sqlite(source)) as src, closing(raw_sqlite(partial)) as dst:
        src.backup(dst)
        status = dst.execute("PRAGMA integrity_check").fetchone()
    if not status or status[0] != "ok":
        partial.unlink(missing_ok=True)
        raise RuntimeError(f"backup of {source} failed its integrity check")
    partial.replace(target)
    return target


def ensure_schema(db: Database, backups: Path | None = None, now: datetime | None = None) -> bool:
    """Migrate to HEAD_REVISION if behind; returns True when a migration ran."""
    revision = current_revision(db)
    if revision == HEAD_REVISION:
        return False
    if revision is not None and not is_known_revision(revision):
        raise newer_database(db)
    path = db.sqlite_path
    if revision is not None and path is not None and backups is not None:
        stamp = (now or utcnow()).strftime("%Y%m%dT%H%M%SZ")
        backup_sqlite(path, backups / f"before-migration-{revision}-{stamp}.db")
    upgrade(db)
    with db.write() as session:
        value = json.dumps({"release": __version__, "revision": HEAD_REVISION})
        session.merge(Setting(key=RELEASE_SETTING, value=value))
    return True


def is_known_revision(revision: str) -> bool:
    """True when this program's migrations include `revision` (it is this release's or older)."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except (CommandError, KeyError):
        return False


def newer_database(db: Database) -> NewerDatabase:
    """The refusal for a database a newer release migrated, naming that release when recorded."""
    with db.engine.connect() as connection:
        stored = connection.execute(
            text("SELECT value FROM settings WHERE key = :key"), {"key": RELEASE_SETTING}
        ).scalar()
    release = json.loads(stored).get("release") if stored else None
    if release:
        return NewerDatabase(
            "newer_database",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "This database was made by Serre Desk {release}: install that version or newer. "
                "It was left as it is (Serre Desk {version} never downgrades a database).",
            ),
            release=release,
            version=__version__,
        )
    return NewerDatabase(
        "newer_database",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "This database was made by a newer Serre Desk than {version}: install the newer "
            "version. It was left as it is (a database is never downgraded).",
        ),
        version=__version__,
    )


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command

    log.info("migrating database schema to %s", revision)
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
