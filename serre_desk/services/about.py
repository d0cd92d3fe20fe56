"""What `serre-desk --version` and the window's About box say: the release, the schema revision
and where the data lives."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from serre_desk import __version__, paths
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.startup import Location
from serre_desk.storage.database import Database
from serre_desk.storage.schema import HEAD_REVISION, current_revision


@dataclass(frozen=True)
class About:
    version: str
    schema_revision: str  # the revision this program migrates every database to
    data_dir: Path
    database: str  # the SQLite file, or the server's URL without its password
    database_revision: str | None = None  # the revision found in the database, when read

    def lines(self) -> list[tuple[str, str]]:
        """(label, value) pairs; the labels are English sources of the "About" context."""
        rows = [
            (QT_TRANSLATE_NOOP("About", "Version"), self.version),
            (QT_TRANSLATE_NOOP("About", "Schema revision"), self.schema_revision),
            (QT_TRANSLATE_NOOP("About", "Data folder"), str(self.data_dir)),
            (QT_TRANSLATE_NOOP("About", "Database"), self.database),
        ]
        if self.database_revision not in (None, self.schema_revision):
            label = QT_TRANSLATE_NOOP("About", "Revision of this database")
            rows.append((label, self.database_revision or ""))
        return rows


def about(location: Location, *, read_database: bool = False) -> About:
    """The facts; `read_database` also reads the revision stored in an existing SQLite file
    (never creating or migrating it)."""
    file = paths.database_file(location.data_dir)
    if location.db_url is None:
        database = str(file)
    else:
        database = make_url(location.db_url).render_as_string(hide_password=True)
    stored = None
    if read_database and location.db_url is None and file.is_file():
        db = Database(location.url)
        try:
            stored = current_revision(db)
        except SQLAlchemyError:
            stored = "?"  # unreadable: the desk itself will say why
        finally:
            db.dispose()
    return About(__version__, HEAD_REVISION, location.data_dir, database, stored)
