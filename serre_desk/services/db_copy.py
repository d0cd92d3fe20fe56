"""`db copy`: move a desk's SQLite data into a PostgreSQL database, as it is.

Every table of the schema is copied row by row with its ids (people, visits, badges, guardians,
desk users, settings, areas, hours, the audit log and its head), inside one transaction on the
target: a copy that fails half-way leaves the target as it was. The audit events keep their hashes
and links, so the chain verifies on the target with the same key.

Proof, for every table: the number of rows and a checksum (SHA-256 over the rows in id order, each
written out the same way on both engines) read back from the target before the commit, then
`audit verify` on the target after it, which must say what it says on the source.

The source is only read, in one read transaction (a snapshot of the file): the SQLite file is not
changed. Once the desk uses the server, that file and its backups are stale copies of everyone's
data: an erasure or the retention rules run at this desk bring them up to the server's state
(`render.erasure.reach_copies`; `backups.backup_files`).

A target holding data (people, visits, badges, desk users or audit events) is refused; one
prepared by a desk or by `db init` without users is fine (its default areas and hours give way to
the source's).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, String, Table, func, select, text

from serre_desk.clock import as_utc
from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP, translate
from serre_desk.paths import Location
from serre_desk.services.audit import ChainReport, verify
from serre_desk.services.backups import backup_folder
from serre_desk.services.db_init import audit_key_file, open_postgres
from serre_desk.storage.database import Database
from serre_desk.storage.models import (
    AuditEvent,
    Badge,
    Base,
    DeskUser,
    Guardian,
    PeopleRevision,
    Person,
    Visit,
)
from serre_desk.storage.postgres import shown_url
from serre_desk.storage.schema import current_revision, ensure_schema, is_current

# Tables whose rows are the venue's data: a target holding any is refused.
DATA_TABLES = tuple(
    cast(Table, model.__table__) for model in (Person, Visit, Badge, Guardian, DeskUser, AuditEvent)
)
BATCH = 5_000


@dataclass(frozen=True)
class TableCopy:
    name: str
    rows: int
    checksum: str  # the same on both sides, or the copy is refused before its commit


@dataclass(frozen=True)
class CopyReport:
    tables: list[TableCopy]
    audit: ChainReport  # on the target; the same verdict as on the source
    seconds: float
    audit_key: Path  # the target's desks need this file to append to the copied chain
    left_behind: Path  # the SQLite file, as it was: erasure on the server reaches it from here
    backups: Path  # where this desk's backups of it are, reached the same way

    def rows(self, table: str) -> int:
        return next(t.rows for t in self.tables if t.name == table)


Progress = Callable[[str, int], None]  # (table, rows copied so far)


def tables() -> list[Table]:
    """Every table of the schema, parents before children (foreign keys); the people revision
    counter last, after the copy of `people` moved it (its triggers count statements)."""
    counter = cast(Table, PeopleRevision.__table__)
    return [t for t in Base.metadata.sorted_tables if t is not counter] + [counter]


def _canonical(value: Any) -> Any:
    """One way to write a value whatever engine gave it (an instant in UTC)."""
    if isinstance(value, datetime):
        return as_utc(value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


class _Checksum:
    def __init__(self) -> None:
        self._hash = hashlib.sha256()
        self.rows = 0

    def add(self, row: Sequence[Any]) -> None:
        self._hash.update(
            json.dumps([_canonical(v) for v in row], ensure_ascii=False, default=str).encode()
        )
        self._hash.update(b"\n")
        self.rows += 1

    @property
    def hex(self) -> str:
        return self._hash.hexdigest()


def _rows(connection: Connection, table: Table) -> Iterator[Sequence[Any]]:
    """The rows of a SQLite table in id order, as SQLAlchemy's column types give them."""
    ordered = select(table).order_by(*table.primary_key.columns)
    result = connection.execution_options(yield_per=BATCH).execute(ordered)
    for partition in result.partitions():
        yield from (tuple(row) for row in partition)


def checksum(target: Any, table: Table) -> _Checksum:
    """The table's checksum as the target's psycopg connection reads it back (a server-side
    cursor inside the copy's transaction, before its commit)."""
    summed = _Checksum()
    names = ", ".join(column.name for column in table.columns)
    order = ", ".join(  # byte order for text, as SQLite sorts it whatever the server's locale
        column.name + (' COLLATE "C"' if isinstance(column.type, String) else "")
        for column in table.primary_key.columns
    )
    with target.cursor(name=f"check_{table.name}") as cursor:
        cursor.itersize = BATCH
        cursor.execute(f"SELECT {names} FROM {table.name} ORDER BY {order}")
        for row in cursor:
            summed.add(row)
    return summed


def _target_holds_data(connection: Connection) -> dict[str, int]:
    counts = {
        table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
        for table in DATA_TABLES
    }
    return {name: n for name, n in counts.items() if n}


def _refuse_data(found: dict[str, int], shown: str) -> Refusal:
    return Refusal(
        "copy_target_not_empty",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "The database {url} already holds data ({found}): db copy only fills an empty "
            "database. Nothing was copied.",
        ),
        url=shown,
        found=", ".join(f"{name} {n}" for name, n in sorted(found.items())),
    )


def _copy_table(
    source: Connection, target: Any, table: Table, progress: Progress | None
) -> _Checksum:
    """COPY the table's rows into the target's psycopg connection; their checksum as read."""
    names = [column.name for column in table.columns]
    summed = _Checksum()
    statement = f"COPY {table.name} ({', '.join(names)}) FROM STDIN"
    with target.cursor() as cursor, cursor.copy(statement) as copy:
        for row in _rows(source, table):
            copy.write_row(row)
            summed.add(row)
            if progress is not None and summed.rows % 100_000 == 0:
                progress(table.name, summed.rows)
    return summed


def _advance_sequences(connection: Connection, copied: Iterable[Table]) -> None:
    """Ids given by the server continue after the copied ones."""
    for table in copied:
        if "id" not in table.columns:
            continue
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name}
        ).scalar()
        if sequence is not None:
            connection.execute(
                text(
                    f"SELECT setval(:s, COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                ),
                {"s": sequence},
            )


def _mismatch(table: str, what: str) -> Refusal:
    return Refusal(
        "copy_mismatch",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "The copy of {table} does not match its source ({what}): nothing was copied.",
        ),
        table=table,
        what=what,
    )


def _copy_all(
    reading: Connection, writing: Connection, target_url: str, progress: Progress | None
) -> list[TableCopy]:
    """Every table, inside the callers' transactions: a refusal rolls the target back."""
    found = _target_holds_data(writing)
    if found:
        raise _refuse_data(found, shown_url(target_url))
    every = tables()
    for table in reversed(every):  # the defaults a new database was given
        writing.execute(table.delete())
    raw = writing.connection.driver_connection
    copied = []
    for table in every:
        summed = _copy_table(reading, raw, table, progress)
        back = checksum(raw, table)
        if back.rows != summed.rows:
            raise _mismatch(table.name, f"{back.rows} ≠ {summed.rows} rows")
        if back.hex != summed.hex:
            raise _mismatch(table.name, "checksum")
        copied.append(TableCopy(table.name, summed.rows, summed.hex))
    _advance_sequences(writing, every)
    return copied


def copy_database(
    source: Database,
    target_url: str,
    data_dir: Path,
    progress: Progress | None = None,
) -> CopyReport:
    """Copy everything of `source` (a SQLite desk) into the empty PostgreSQL database at
    `target_url`, prove it, and report the tables, their counts and checksums."""
    started = time.perf_counter()
    if not source.is_sqlite:
        raise Refusal(
            "copy_from_sqlite",
            QT_TRANSLATE_NOOP(
                "Refusal", "db copy moves a desk's own SQLite file: run it without --db."
            ),
        )
    if not is_current(source):
        raise Refusal(
            "copy_source_behind",
            QT_TRANSLATE_NOOP(
                "Refusal", "Open the desk once first: its database is older than this program."
            ),
        )
    source_audit = verify(source)
    target, _version = open_postgres(target_url, data_dir)
    try:
        ensure_schema(target)
        with (
            source.engine.connect() as reading,
            target.engine.connect() as writing,
            reading.begin(),
            writing.begin(),
        ):
            copied = _copy_all(reading, writing, target_url, progress)
        audit = verify(target)
        if audit != source_audit:
            raise Refusal(
                "copy_audit_differs",
                QT_TRANSLATE_NOOP(
                    "Refusal",
                    "The copied audit log does not verify as its source does ({target} events "
                    "checked, {source} on the source).",
                ),
                target=audit.checked,
                source=source_audit.checked,
            )
        assert current_revision(target) == current_revision(source)
        key = audit_key_file(target)
    finally:
        target.dispose()
    assert source.sqlite_path is not None
    folder = backup_folder(Location(data_dir))
    return CopyReport(copied, audit, time.perf_counter() - started, key, source.sqlite_path, folder)


LEFT_BEHIND = QT_TRANSLATE_NOOP(
    "DbCopy",
    "{file} stays as it was. Once this desk uses the server, every erasure and retention on the "
    "server also reaches this file and the backups in {folder}, at the latest at this desk's "
    "next daily privacy run.",
)


def left_behind_words(report: CopyReport, lang: str | None = None) -> str:
    """What became of the SQLite file after the copy, in one line (the CLI's and the page's)."""
    return translate("DbCopy", LEFT_BEHIND, lang).format(
        file=report.left_behind, folder=report.backups
    )
