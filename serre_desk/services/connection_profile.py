"""The desk's PostgreSQL connection, kept the way libpq keeps it, so `psql`, `pg_dump` and the
desk share one set-up:

- the server, port, database, user and TLS mode in an entry of the per-user `pg_service.conf`
  (`$PGSERVICEFILE`, else `~/.pg_service.conf`; on Windows
  `%APPDATA%\\postgresql\\.pg_service.conf`);
- the password in the per-user `.pgpass` file (`$PGPASSFILE`, else `~/.pgpass`; on Windows
  `%APPDATA%\\postgresql\\pgpass.conf`), which is made owner-only (0600), as libpq demands.

The desk itself only keeps the entry's name: its database is `postgresql:///?service=NAME`. The
password is never in the desk's settings, its log or a message; `test_connection` reaches the
server exactly as a desk would (libpq finds the entry and the password by itself).
"""

from __future__ import annotations

import configparser
import os
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.paths import DATABASE_SECTION, DESK_INI, Location, database_file
from serre_desk.paths import chosen_service as chosen_service  # the page asks here
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.db_copy import CopyReport, Progress, copy_database
from serre_desk.services.permissions import require_manager
from serre_desk.storage.database import Database
from serre_desk.storage.postgres import ServerInfo, driver_url, probe, shown_url, url_for
from serre_desk.storage.schema import HEAD_REVISION, current_revision, is_known_revision

DEFAULT_SERVICE = "serre-desk"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
SERVICE_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,63}$")
_FIELDS = ("host", "port", "dbname", "user", "sslmode")


@dataclass(frozen=True)
class ConnectionProfile:
    """One `pg_service.conf` entry (no password: that is in `.pgpass`)."""

    service: str
    host: str
    port: int
    dbname: str
    user: str
    sslmode: str = "prefer"

    @property
    def url(self) -> str:
        """The desk's database URL for this entry."""
        return service_url(self.service)

    def lines(self) -> list[str]:
        return [
            f"[{self.service}]",
            *(f"{name}={getattr(self, name)}" for name in _FIELDS),
        ]


def service_url(service: str) -> str:
    return f"postgresql:///?service={service}"


def _appdata() -> Path:
    return Path(os.environ.get("APPDATA", Path.home())) / "postgresql"


def service_file() -> Path:
    """Where libpq reads the user's service entries."""
    chosen = os.environ.get("PGSERVICEFILE")
    if chosen:
        return Path(chosen)
    return _appdata() / ".pg_service.conf" if os.name == "nt" else Path.home() / ".pg_service.conf"


def password_file() -> Path:
    """Where libpq reads the user's passwords."""
    chosen = os.environ.get("PGPASSFILE")
    if chosen:
        return Path(chosen)
    return _appdata() / "pgpass.conf" if os.name == "nt" else Path.home() / ".pgpass"


def _refuse(code: str, message: str, **params: object) -> Refusal:
    return Refusal(code, message, **params)


def check_profile(profile: ConnectionProfile) -> ConnectionProfile:
    """Refuse an entry libpq would misread (one line each; nothing is written)."""
    if not SERVICE_NAME.match(profile.service):
        raise _refuse(
            "bad_service_name",
            QT_TRANSLATE_NOOP(
                "Refusal", "{name!r} is not a service name: letters, digits, '-', '_' and '.'."
            ),
            name=profile.service,
        )
    if profile.sslmode not in SSL_MODES:
        raise _refuse(
            "bad_sslmode",
            QT_TRANSLATE_NOOP("Refusal", "The TLS mode is one of {modes}, not {value!r}."),
            modes=", ".join(SSL_MODES),
            value=profile.sslmode,
        )
    if not 1 <= profile.port <= 65535:
        raise _refuse(
            "bad_port",
            QT_TRANSLATE_NOOP("Refusal", "A port is a number from 1 to 65535, not {value}."),
            value=profile.port,
        )
    for name in ("host", "dbname", "user"):
        value = str(getattr(profile, name))
        if not value.strip() or any(c in value for c in "\r\n[]=#"):
            raise _refuse(
                "bad_profile_field",
                QT_TRANSLATE_NOOP("Refusal", "The {field} {value!r} cannot be used here."),
                field=name,
                value=value,
            )
    return profile


def _write_private(path: Path, text: str) -> None:
    """Write `text` to `path` readable by its owner only (0600), whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    path.chmod(0o600)


def _read(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []


def _without_section(lines: list[str], service: str) -> list[str]:
    """The service file's lines without the `[service]` section (other entries, comments kept)."""
    kept: list[str] = []
    inside = False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            inside = stripped[1:-1].strip() == service
        if not inside:
            kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    return kept


def _pgpass_field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def _pgpass_key(profile: ConnectionProfile) -> str:
    return ":".join(
        _pgpass_field(str(v)) for v in (profile.host, profile.port, profile.dbname, profile.user)
    )


def save_profile(profile: ConnectionProfile, password: str | None) -> ConnectionProfile:
    """Write the entry into the service file and, when given, the password into the password
    file (replacing the line for the same server, port, database and user)."""
    check_profile(profile)
    if password is not None and ("\n" in password or "\r" in password):
        raise _refuse(
            "bad_password_text",
            QT_TRANSLATE_NOOP("Refusal", "A password cannot contain a line break."),
        )
    services = _without_section(_read(service_file()), profile.service)
    _write_private(service_file(), "\n".join([*services, "", *profile.lines()]).lstrip() + "\n")
    if password is not None:
        key = _pgpass_key(profile) + ":"
        kept = [line for line in _read(password_file()) if not line.startswith(key)]
        _write_private(password_file(), "\n".join([*kept, key + _pgpass_field(password)]) + "\n")
    return profile


def load_profile(service: str = DEFAULT_SERVICE) -> ConnectionProfile | None:
    """The entry named `service` in the service file, or None."""
    values: dict[str, str] = {}
    inside = False
    for line in _read(service_file()):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            inside = stripped[1:-1].strip() == service
        elif inside and "=" in stripped and not stripped.startswith("#"):
            name, _, value = stripped.partition("=")
            values[name.strip()] = value.strip()
    if not values:
        return None
    return ConnectionProfile(
        service=service,
        host=values.get("host", "localhost"),
        port=int(values.get("port", "5432") or 5432),
        dbname=values.get("dbname", ""),
        user=values.get("user", ""),
        sslmode=values.get("sslmode", "prefer"),
    )


def has_password(profile: ConnectionProfile) -> bool:
    """True when the password file holds a password for this entry."""
    key = _pgpass_key(profile) + ":"
    return any(line.startswith(key) for line in _read(password_file()))


def remove_profile(service: str) -> bool:
    """Remove the entry and its password; False when there was none."""
    profile = load_profile(service)
    if profile is None:
        return False
    _write_private(
        service_file(), "\n".join(_without_section(_read(service_file()), service)) + "\n"
    )
    key = _pgpass_key(profile) + ":"
    lines = _read(password_file())
    kept = [line for line in lines if not line.startswith(key)]
    if kept != lines:
        _write_private(password_file(), "\n".join(kept) + ("\n" if kept else ""))
    return True


def check_connection(url: str) -> ServerInfo:
    """ "Test the connection": connect once as a desk would (libpq finds the service entry and the
    password by itself); a failure is a Refusal naming the reason in words."""
    return probe(url)


def check_profile_with(profile: ConnectionProfile, password: str | None) -> ServerInfo:
    """Test an entry before it is saved, with the password typed."""
    return probe(_typed_url(profile, password))


# --- the settings page: testing an entry, and which database this desk uses -------------------


class DatabaseState(StrEnum):
    EMPTY = "empty"  # no desk schema yet: to be prepared (db init) or filled (db copy)
    READY = "ready"  # a desk's database at this program's revision
    OLDER = "older"  # a desk's database of an older release: a desk brings it up when it opens
    NEWER = "newer"  # made by a newer release: this desk would refuse it


@dataclass(frozen=True)
class Reached:
    """A test that connected: the server, and what the database holds."""

    version: str
    tls: bool
    state: DatabaseState


def _state(url: str) -> DatabaseState:
    db = Database(driver_url(url))
    try:
        revision = current_revision(db)
    finally:
        db.dispose()
    if revision is None:
        return DatabaseState.EMPTY
    if revision == HEAD_REVISION:
        return DatabaseState.READY
    return DatabaseState.OLDER if is_known_revision(revision) else DatabaseState.NEWER


def _typed_url(profile: ConnectionProfile, password: str | None) -> str:
    """The entry's address with the password typed (none: libpq looks in the password file).
    It holds the password: never shown, never logged."""
    check_profile(profile)
    return url_for(
        host=profile.host,
        port=profile.port,
        dbname=profile.dbname,
        user=profile.user,
        password=password or None,
        sslmode=profile.sslmode,
    )


def reach(profile: ConnectionProfile, password: str | None) -> Reached:
    """ "Test the connection" before saving: the server's version, TLS, and whether the database
    is empty or a desk's; a failure is a Refusal in words (wrong password, no database, …)."""
    url = _typed_url(profile, password)
    server = probe(url)
    return Reached(server.version, server.tls, _state(url))


def _desk_ini(data_dir: Path) -> configparser.ConfigParser:
    """desk.ini as it is (its station section too), to change one section of it."""
    stored = configparser.ConfigParser(interpolation=None)
    try:
        stored.read(data_dir / DESK_INI, encoding="utf-8")
    except configparser.Error:
        return configparser.ConfigParser(interpolation=None)
    return stored


def _choose(data_dir: Path, service: str | None) -> None:
    """Keep (or, None, drop) this desk's choice in desk.ini; its other sections are kept."""
    stored = _desk_ini(data_dir)
    if service is None:
        stored.remove_section(DATABASE_SECTION)
    else:
        if not stored.has_section(DATABASE_SECTION):
            stored.add_section(DATABASE_SECTION)
        stored.set(DATABASE_SECTION, "service", service)
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / DESK_INI
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}")
    with partial.open("w", encoding="utf-8") as file:
        stored.write(file)
    os.replace(partial, target)


def described(url: str | None, data_dir: Path) -> str:
    """A database as the audit and the page name it (never a password)."""
    if url is None:
        return str(database_file(data_dir))
    profile = load_profile(url.partition("?service=")[2]) if "?service=" in url else None
    if profile is not None:
        where = f"{profile.user}@{profile.host}:{profile.port}/{profile.dbname}"
        return f"{shown_url(url)} ({where})"
    return shown_url(url)


def _audit_choice(
    db: Database, actor: Actor, location: Location, to: str | None, now: datetime
) -> None:
    chosen = chosen_service(location.data_dir)
    before = service_url(chosen) if chosen else location.db_url
    with db.write() as session:
        record(
            session,
            actor,
            now,
            "setting",
            None,
            key="desk.database",
            value=described(to, location.data_dir),
            before=described(before, location.data_dir),
        )


def use_server(
    db: Database,
    actor: Actor,
    location: Location,
    profile: ConnectionProfile,
    password: str | None,
    reached: Reached,
    *,
    now: datetime,
) -> ConnectionProfile:
    """Keep the entry `reach` connected with (pg_service.conf, the password in .pgpass) and make
    it this desk's database from its next start, audited from → to on the database in use now
    (the password nowhere but in .pgpass). The test runs first, off the writer thread: a desk's
    check-ins never wait for a server that does not answer."""
    require_manager(actor)
    del reached  # the proof that it connected
    save_profile(profile, password or None)
    _audit_choice(db, actor, location, profile.url, now)
    _choose(location.data_dir, profile.service)
    return profile


def use_own_file(db: Database, actor: Actor, location: Location, *, now: datetime) -> None:
    """Back to this PC's own database file from the next start (the server entry stays in
    pg_service.conf for PostgreSQL's tools), audited."""
    require_manager(actor)
    _audit_choice(db, actor, location, None, now)
    _choose(location.data_dir, None)


def copy_here(
    source: Database,
    profile: ConnectionProfile,
    password: str | None,
    data_dir: Path,
    progress: Progress | None = None,
) -> CopyReport:
    """`db copy` from the settings page: this desk's SQLite data into the entry's empty
    database (prepared on the way), proved by counts, checksums and the audit chain."""
    return copy_database(source, _typed_url(profile, password), data_dir, progress)
