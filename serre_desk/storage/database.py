"""Opening the database: an embedded SQLite file by default, PostgreSQL when given a URL.

One `Database` per process. Each operation takes its own session: `read()` for queries, `write()`
for changes (on SQLite it starts with BEGIN IMMEDIATE, so a read-then-write transaction never meets
SQLITE_BUSY half-way through).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from serre_desk.storage.errors import StorageProblem, classify

log = logging.getLogger(__name__)

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",
    "PRAGMA busy_timeout=10000",
)
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smbfs",
        "smb3",
        "fuse.sshfs",
        "9p",
        "afs",
        "ncpfs",
        "davfs",
        "fuse.davfs2",
    }
)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _apply_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy, not pysqlite, decides when to BEGIN
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def _begin_sqlite(connection: Any) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def mount_filesystem(path: Path) -> str | None:
    """The filesystem type holding `path` on Linux (from /proc/mounts), or None if unknown."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best, best_fs = "", None
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, best_fs = mount_point, fields[2]
    return best_fs


def is_network_location(path: Path) -> bool:
    """True for a UNC path, a mapped network drive (Windows) or a network filesystem (Linux)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if os.name == "nt":
        import ctypes

        drive = os.path.splitdrive(str(path.resolve()))[0]
        if drive:
            DRIVE_REMOTE = 4
            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            return bool(kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE)
        return False
    fs = mount_filesystem(path.parent if not path.exists() else path)
    return fs in NETWORK_FILESYSTEMS


class Database:
    """The engine plus session factories for reads and for writes."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        self.engine: Engine = create_engine(url, **self._engine_options())
        if self.is_sqlite:
            event.listen(self.engine, "connect", _apply_pragmas)
            event.listen(self.engine, "begin", _begin_sqlite)
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self.info: dict[str, Any] = {}  # copied into every session's `info`
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False, info=self.info)
        self._write_sessions = sessionmaker(writer, expire_on_commit=False, info=self.info)
        self.damaged = False  # an integrity check failed: every write is refused from then on
        self._check: SoundCheck | None = None  # writes wait for it (`hold_writes_until`)

    def _engine_options(self) -> dict[str, Any]:
        # An error's text never carries the statement's values (a name, an email, a note): it
        # goes to the log, which erasure does not rewrite.
        if self.is_sqlite:
            return {
                "connect_args": {"timeout": 10, "check_same_thread": False},
                "hide_parameters": True,
            }
        return {"pool_pre_ping": True, "hide_parameters": True}

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        database = self.engine.url.database
        return Path(database) if database and database != ":memory:" else None

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._translate_errors(), self._read_sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits when the block ends and rolls back on any exception.
        Refused (db_corrupt) once an integrity check found the file damaged."""
        if self._check is not None:
            self.wait_for_check()
        if self.damaged:
            raise damaged()
        with self._translate_errors(), self._write_sessions() as session, session.begin():
            yield session

    def hold_writes_until(self, check: SoundCheck) -> None:
        """Reads go on at once; every write waits until `check` (SQLite's quick_check, running on
        its own connection) has passed, and is refused if it found the file damaged."""
        self._check = check

    def start_check(self) -> None:
        """Start the check the writes are held for, if it is not running yet."""
        if self._check is not None:
            self._check.start()

    def wait_for_check(self) -> None:
        """Block until the check the writes are held for (once started: `start_check`) ends; raise
        what it found (a damaged file: db_corrupt, and every write refused from then on)."""
        check = self._check
        if check is None:
            return
        try:
            check.wait()
        except StorageProblem as problem:
            if problem.code == "db_corrupt":
                self.damaged = True
            raise
        self._check = None

    @contextmanager
    def _translate_errors(self) -> Iterator[None]:
        try:
            yield
        except (OperationalError, DBAPIError) as error:
            known = classify(error)
            if known is None:
                raise
            raise known from error

    def check_integrity(self) -> None:
        """SQLite's full `integrity_check` (daily duties, before a backup): a damaged file raises
        db_corrupt and the database refuses writes from then on. PostgreSQL checks itself."""
        path = self.sqlite_path
        if path is not None and not is_sound(path, quick=False):
            self.damaged = True
            raise damaged()

    def dispose(self) -> None:
        self.engine.dispose()


def raw_sqlite(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection (backups, integrity checks), with the same busy timeout."""
    return sqlite3.connect(path, timeout=10)


def is_sound(path: Path, *, quick: bool) -> bool:
    """True when SQLite's `quick_check` (`quick`: every page and its structure; 0.65 s on the
    benchmarks' 189 MB file) or `integrity_check` (also every index against its table; 2.8 s)
    finds nothing wrong. A locked or unreadable file raises: that is not damage."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with closing(raw_sqlite(path)) as connection:
            row = connection.execute(f"PRAGMA {pragma}(1)").fetchone()
    except sqlite3.DatabaseError as error:
        known = classify(error)
        if known is None or known.code != "db_corrupt":
            raise
        return False
    if not row or row[0] != "ok":
        log.error("%s of %s: %s", pragma, path, row[0] if row else "no answer")
        return False
    return True


class SoundCheck:
    """SQLite's `quick_check` of a file on a thread and a connection of its own, started at once,
    so that the first screen is read meanwhile; `wait` blocks until it ends and raises what it
    found: db_corrupt for a damaged file, the StorageProblem of a locked or unreadable one."""

    def __init__(self, path: Path, *, start: bool = True) -> None:
        self.path = path
        self._problem: BaseException | None = None
        self._done = threading.Event()
        self._thread = threading.Thread(
            target=self._run, name="serre-desk-quick-check", daemon=True
        )
        self._started = threading.Lock()
        if start:
            self.start()

    def start(self) -> None:
        """Start the check (once: a second call does nothing)."""
        if self._started.acquire(blocking=False):
            self._thread.start()

    def _run(self) -> None:
        try:
            if not is_sound(self.path, quick=True):
                self._problem = damaged()
        except sqlite3.Error as error:
            self._problem = classify(error) or error
        except BaseException as error:  # handed to whoever waits
            self._problem = error
        finally:
            self._done.set()

    def wait(self) -> None:
        self._done.wait()
        if self._problem is not None:
            raise self._problem


def damaged() -> StorageProblem:
    """The problem a damaged file is reported as (restore the latest good backup)."""
    problem = classify(sqlite3.DatabaseError("database disk image is malformed"))
    assert problem is not None
    return problem
