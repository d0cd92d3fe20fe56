"""The audit chain's secret key, kept outside the database.

Every audit event appended once a key exists is sealed with HMAC-SHA256 under this key instead of
a bare SHA-256, so someone holding only the database file cannot edit an event and recompute the
chain. The key lives in `audit.key` in the data dir (owner-only permissions, 0600), made at the
first append that needs it; `SERRE_DESK_AUDIT_KEY_FILE` names another file (several desks sharing
one PostgreSQL database must all be given the same file).

The file also records the switch-over point: events with an id up to `keyed_after` were written
before the chain was keyed and keep verifying with their SHA-256 hashes. The database keeps a
marker (`audit.key` setting: switch-over and key id) so that a desk without the key, or with
another key, refuses to append rather than fork the chain.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from serre_desk import paths
from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.settings_store import get_setting, put_setting
from serre_desk.storage.models import AuditEvent

KEY_FILE_NAME = "audit.key"
KEY_FILE_ENV = "SERRE_DESK_AUDIT_KEY_FILE"
KEY_SETTING = "audit.key"
DATA_DIR_INFO = "data_dir"  # Database.info entry set by open_database
KEY_FORMAT = "serre-desk-audit-key/1"


@dataclass(frozen=True)
class AuditKey:
    secret: bytes
    keyed_after: int  # events with a greater id are sealed with the key

    @property
    def key_id(self) -> str:
        """A public name for the key (stored in the database; tells keys apart, reveals nothing)."""
        return self.seal(b"serre-desk audit key id")[:16]

    def seal(self, payload: bytes) -> str:
        return hmac.new(self.secret, payload, hashlib.sha256).hexdigest()


def key_path(session: Session) -> Path:
    """Where this desk keeps the key: $SERRE_DESK_AUDIT_KEY_FILE, else the data dir's file."""
    chosen = os.environ.get(KEY_FILE_ENV)
    if chosen:
        return Path(chosen).expanduser()
    data_dir = session.info.get(DATA_DIR_INFO)
    if data_dir is None:
        database = session.get_bind().engine.url.database
        data_dir = Path(database).parent if database else paths.data_dir()
    return Path(data_dir) / KEY_FILE_NAME


_cache: dict[Path, tuple[int, AuditKey]] = {}


def load_key(path: Path) -> AuditKey | None:
    """The key in `path`, or None when there is none (read once per change of the file)."""
    try:
        stamp = path.stat().st_mtime_ns
    except FileNotFoundError:
        _cache.pop(path, None)
        return None
    cached = _cache.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        if path.stat().st_mode & 0o077:  # copied in by hand: keep it the owner's only
            path.chmod(0o600)
        data = json.loads(path.read_text(encoding="utf-8"))
        key = AuditKey(bytes.fromhex(data["key"]), int(data["keyed_after"]))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise _unreadable(path) from error
    _cache[path] = (stamp, key)
    return key


def _unreadable(path: Path) -> Refusal:
    return Refusal(
        "audit_key_unreadable",
        QT_TRANSLATE_NOOP(
            "Refusal", "The audit key {path} cannot be read: restore it from where it is kept."
        ),
        path=str(path),
    )


def _create_key(path: Path, keyed_after: int) -> AuditKey:
    """Write a new key file readable by its owner only, whole or not at all (written aside, then
    linked into place: a crash never leaves an empty key); another process's file wins a race."""
    key = AuditKey(secrets.token_bytes(32), keyed_after)
    text = json.dumps({"format": KEY_FORMAT, "key": key.secret.hex(), "keyed_after": keyed_after})
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.link(partial, path)
    except FileExistsError:
        found = load_key(path)
        assert found is not None
        return found
    finally:
        partial.unlink(missing_ok=True)
    return key


def _marker(session: Session) -> dict[str, object] | None:
    value = get_setting(session, KEY_SETTING)
    return value if isinstance(value, dict) else None


def _missing_key(path: Path) -> Refusal:
    return Refusal(
        "audit_key_missing",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "This database's audit log is sealed with a key this desk does not have: copy "
            "audit.key from the first desk to {path} (or set SERRE_DESK_AUDIT_KEY_FILE).",
        ),
        path=str(path),
    )


def _foreign_key(path: Path) -> Refusal:
    return Refusal(
        "audit_key_foreign",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "The audit key {path} is not the key this database's audit log is sealed with.",
        ),
        path=str(path),
    )


_confirmed: set[tuple[str, str]] = set()


def key_for_append(session: Session) -> AuditKey:
    """The key to seal the next event with, made at first need. Called with the chain's head row
    locked, so two desks cannot both start a key."""
    path = key_path(session)
    key = load_key(path)
    database = str(session.get_bind().engine.url)
    if key is not None and (database, key.key_id) in _confirmed:
        return key
    marker = _marker(session)
    if key is None:
        if marker is not None:
            raise _missing_key(path)
        last = session.scalar(select(func.max(AuditEvent.id))) or 0
        key = _create_key(path, last)
    if marker is None:
        put_setting(session, KEY_SETTING, {"keyed_after": key.keyed_after, "key_id": key.key_id})
    elif marker.get("key_id") != key.key_id:
        raise _foreign_key(path)
    _confirmed.add((database, key.key_id))
    return key


def key_for_verify(session: Session) -> AuditKey | None:
    """The key to check the chain with; None for a chain that was never keyed."""
    path = key_path(session)
    key = load_key(path)
    marker = _marker(session)
    if key is None and marker is not None:
        raise _missing_key(path)
    if key is not None and marker is not None and marker.get("key_id") != key.key_id:
        raise _foreign_key(path)
    return key
