"""`db init`: prepare a database on an existing PostgreSQL server for the desks of a venue.

The schema is brought to the current revision (Alembic, as every desk does when it opens), the
default areas and hours are put in place on a new database, and the first manager is made when
the database has no desk user yet: a shared database is never left open to anyone who connects
as the local administrator. A failed first connection is said in words (no such database, a
wrong password, no TLS, no server).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.actor import LOCAL_ADMIN, Actor, Role
from serre_desk.services.audit_key import DATA_DIR_INFO, key_path
from serre_desk.services.users import DeskUserInfo, add_user, has_users, validate_secret
from serre_desk.services.venue import seed_defaults
from serre_desk.storage.database import Database
from serre_desk.storage.postgres import ServerInfo, driver_url, probe
from serre_desk.storage.schema import HEAD_REVISION, current_revision, ensure_schema


@dataclass(frozen=True)
class FirstManager:
    name: str
    secret: str


@dataclass(frozen=True)
class InitReport:
    server_version: str
    revision_before: str | None  # None: the database was empty
    revision: str
    manager: DeskUserInfo | None  # the first manager, made now (with its recovery code)
    users_before: bool  # desk users existed already: no manager was made
    audit_key: Path  # every desk on this database needs this file (see audit_key)


def open_postgres(url: str, data_dir: Path) -> tuple[Database, ServerInfo]:
    """A connection pool on `url` after a first connection said the server is there (the audit
    key is looked for in `data_dir`, as on any desk); also the server's version."""
    server = probe(url)
    db = Database(driver_url(url))
    db.info[DATA_DIR_INFO] = data_dir
    return db, server


def audit_key_file(db: Database) -> Path:
    """Where this desk keeps the audit key the database's chain is sealed with."""
    with db.read() as session:
        return key_path(session)


def init_database(
    url: str,
    data_dir: Path,
    manager: FirstManager | None,
    *,
    now: datetime,
    actor: Actor = LOCAL_ADMIN,
) -> InitReport:
    """Schema, defaults and the first manager on the database at `url`; running it again on a
    prepared database changes nothing (and needs no manager)."""
    if manager is not None:
        validate_secret(Role.MANAGER, manager.secret)
    db, server = open_postgres(url, data_dir)
    try:
        before = current_revision(db)
        users_before = before is not None and has_users(db)
        if manager is None and not users_before:  # refused before anything is written
            raise Refusal(
                "init_needs_manager",
                QT_TRANSLATE_NOOP(
                    "Refusal",
                    "The database has no desk user yet: name its first manager with --manager "
                    "NAME (the password on stdin).",
                ),
            )
        if ensure_schema(db):
            with db.write() as session:
                seed_defaults(session)
        made = None
        if manager is not None and not users_before:
            made = add_user(db, actor, manager.name, Role.MANAGER, manager.secret, now=now)
        return InitReport(
            server.version, before, HEAD_REVISION, made, users_before, audit_key_file(db)
        )
    finally:
        db.dispose()
