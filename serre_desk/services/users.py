"""Desk users: staff (PIN) and managers (password), Argon2id hashes, back-off and lockout.

While no desk user exists the desk runs as the local administrator; the first user must be a
manager. After `FREE_ATTEMPTS` wrong secrets in a row every further attempt waits a delay that
doubles with each failure (up to `MAX_DELAY`); after `LOCK_AFTER` failures the user is locked until
a manager unlocks, except the last active manager, who only keeps waiting. While a delay runs the
answer is the same whether the secret was right or wrong (no oracle), and a wrong secret still
counts. An unknown name gets the wrong secret's answer.

Delays are measured on the real clock, never on a replay clock (`--now`): a clock that goes back
only makes the wait longer. Every manager has a recovery code, shown once when it is made: with it
the manager sets a new password and is unlocked (see `recover`).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from serre_desk.clock import utcnow
from serre_desk.domain.errors import NotFound, Refusal
from serre_desk.domain.names import clean_name
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.actor import Actor, Role, this_desk
from serre_desk.services.audit import record
from serre_desk.services.permissions import NeedsManager, require_manager
from serre_desk.services.settings_store import get_setting, put_setting
from serre_desk.storage.database import Database
from serre_desk.storage.models import DeskUser

if TYPE_CHECKING:
    from argon2 import PasswordHasher

ARGON2_MEMORY_KIB = 19 * 1024  # OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane
ARGON2_PASSES = 2
FREE_ATTEMPTS = 5
FIRST_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(hours=1)
LOCK_AFTER = 20
PIN = re.compile(r"^[0-9]{6,32}$")
PASSWORD_MIN = 12
PASSWORD_MAX = 256
IDLE_LOCK_KEY = "desk.idle_lock_minutes"
IDLE_LOCK_DEFAULT = 5
IDLE_LOCK_RANGE = (2, 15)
RECOVERY_KEY = "users.recovery.{user_id}"  # the Argon2id hash of a manager's recovery code
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off paper
RECOVERY_GROUPS = 5  # 5 groups of 4 characters: 100 bits
LAST_SIGN_IN_KEY = "users.last_sign_in.{user_id}"  # an ISO instant (UTC), on the real clock
INACTIVE_KEY = "users.inactive.{user_id}"  # true: deactivated (kept locked, secret unusable)
# The audit log's names of the local administrator and of a command run without signing in: a
# desk user so named would pass their actions off as those.
RESERVED_NAMES = frozenset({"admin", "-"})


@dataclass(frozen=True)
class DeskUserInfo:
    name: str
    role: Role
    locked: bool
    failed_attempts: int
    created_at: datetime
    recovery_code: str | None = None  # a manager's new recovery code: shown once, never stored


@cache
def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher, Type

    return PasswordHasher(
        time_cost=ARGON2_PASSES, memory_cost=ARGON2_MEMORY_KIB, parallelism=1, type=Type.ID
    )


def hash_secret(secret: str) -> str:
    return _hasher().hash(secret)


def _matches(stored_hash: str, secret: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(stored_hash, secret)
    except (VerificationError, InvalidHashError):
        return False


def backoff_delay(failures: int) -> timedelta:
    """How long to wait after `failures` wrong secrets in a row (zero for the first few)."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    doubling: int = 2 ** min(failures - FREE_ATTEMPTS, 16)
    return min(MAX_DELAY, FIRST_DELAY * doubling)


def validate_secret(role: Role, secret: str) -> str:
    """A staff PIN is 6+ digits; a manager password 12+ characters."""
    if role is Role.STAFF:
        if not PIN.match(secret):
            raise Refusal(
                "weak_pin",
                QT_TRANSLATE_NOOP("Refusal", "A staff PIN is at least 6 digits (digits only)."),
            )
        return secret
    if len(secret) < PASSWORD_MIN or len(secret) > PASSWORD_MAX or not secret.strip():
        raise Refusal(
            "weak_password",
            QT_TRANSLATE_NOOP("Refusal", "A manager password is at least 12 characters long."),
        )
    return secret


def _role(text: str) -> Role:
    try:
        role = Role(text)
    except ValueError:
        role = Role.ADMIN
    if role is Role.ADMIN:
        raise Refusal(
            "bad_role",
            QT_TRANSLATE_NOOP("Refusal", "The role is staff or manager, not {value!r}."),
            value=text,
        )
    return role


def has_users(db: Database) -> bool:
    """False on a fresh install: the desk then runs as the local administrator."""
    with db.read() as session:
        return session.scalar(select(DeskUser.id).limit(1)) is not None


def _find_or_none(session: Session, name: str) -> DeskUser | None:
    wanted = name.strip().casefold()
    return next((u for u in session.scalars(select(DeskUser)) if u.name.casefold() == wanted), None)


def _find(session: Session, name: str) -> DeskUser:
    user = _find_or_none(session, name)
    if user is not None:
        return user
    raise NotFound(
        "unknown_user", QT_TRANSLATE_NOOP("Refusal", "There is no desk user {name!r}."), name=name
    )


def _info(user: DeskUser) -> DeskUserInfo:
    return DeskUserInfo(
        user.name, Role(user.role), user.locked, user.failed_attempts, user.created_at
    )


def list_users(db: Database) -> list[DeskUserInfo]:
    with db.read() as session:
        return [_info(u) for u in session.scalars(select(DeskUser).order_by(DeskUser.name))]


def add_user(
    db: Database, actor: Actor, name: str, role: str | Role, secret: str, *, now: datetime
) -> DeskUserInfo:
    """Create a desk user. The first one must be a manager; later ones need a manager."""
    role = _role(str(role))
    name = clean_name(name)[:80]
    if name.casefold() in RESERVED_NAMES:
        raise Refusal(
            "user_name_reserved",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{name!r} is how the audit log names the desk before its first user, or a "
                "reader who did not sign in: choose another name.",
            ),
            name=name,
        )
    validate_secret(role, secret)
    digest = hash_secret(secret)  # slow: outside the write transaction
    code = _recovery_code() if role is Role.MANAGER else None
    code_hash = hash_secret(code) if code else None
    with db.write() as session:
        first = session.scalar(select(func.count()).select_from(DeskUser)) == 0
        if first and role is not Role.MANAGER:
            raise Refusal(
                "first_user_manager",
                QT_TRANSLATE_NOOP("Refusal", "The first desk user must be a manager."),
            )
        if not first and actor.role is Role.ADMIN:
            # the local administrator exists only while no desk user does: a desk (or a
            # first-manager form) opened before another desk made the first manager keeps no
            # power to add one
            raise NeedsManager(
                "users_exist",
                QT_TRANSLATE_NOOP(
                    "Refusal",
                    "Desk users exist already (made at another desk): a manager signs in to "
                    "add one.",
                ),
            )
        if not first:
            require_manager(actor)
        taken = {u.casefold() for u in session.scalars(select(DeskUser.name))}
        if name.casefold() in taken:
            raise Refusal(
                "user_exists",
                QT_TRANSLATE_NOOP("Refusal", "A desk user named {name!r} already exists."),
                name=name,
            )
        user = DeskUser(
            name=name,
            role=role.value,
            secret_hash=digest,
            created_at=now,
            failed_attempts=0,
            locked=False,
        )
        session.add(user)
        record(session, actor, now, "user_add", None, user=name, role=role.value)
        session.flush()
        if code_hash:
            put_setting(session, RECOVERY_KEY.format(user_id=user.id), code_hash)
        return replace(_info(user), recovery_code=code)


@cache
def _decoy_hash() -> str:
    """A hash to check unknown names against, so they take as long as a wrong secret."""
    return hash_secret(secrets.token_hex(16))


def _wrong_secret() -> Refusal:
    """The answer to a wrong secret and to an unknown name alike."""
    return Refusal(
        "wrong_secret",
        QT_TRANSLATE_NOOP("Refusal", "Wrong PIN or password, or no such desk user."),
    )


def authenticate(
    db: Database, name: str, secret: str, *, desk: str | None = None, at_the_desk: bool = True
) -> Actor:
    """The desk user `name` if `secret` is theirs; refuses while locked or while a delay runs.
    Delays are measured on the real clock, whatever clock the desk runs at. A sign-in at the
    desk is remembered as the user's last (`at_the_desk`); a command's is not, so a command that
    only reads (`db copy`) leaves the database file as it was."""
    now = utcnow()
    with db.read() as session:
        user = _find_or_none(session, name)
        if user is None:
            _matches(_decoy_hash(), secret)
            raise _wrong_secret()
        if _inactive(session, user):  # whatever its lock and secret say now
            _matches(_decoy_hash(), secret)
            raise _wrong_secret()
        if user.locked and not _last_active_manager(session, user):
            raise _locked_refusal(user.name)
        actor = Actor(user=user.name, role=Role(user.role), desk=desk or this_desk())
        user_id, stored_hash, failures = user.id, user.secret_hash, user.failed_attempts
        waiting = _remaining_delay(user, now)
    correct = _matches(stored_hash, secret)
    if correct and waiting <= timedelta(0):
        _signed_in(db, user_id, secret, stored_hash, needs_reset=failures > 0, remember=at_the_desk)
        return actor
    if not correct:
        failures, locked = _failed(db, actor, user_id, now)
        if locked:
            raise _locked_refusal(actor.user)
    if waiting > timedelta(0):  # the same answer whether the secret was right or wrong
        raise _wait_refusal(waiting)
    if failures >= FREE_ATTEMPTS:
        raise _wait_refusal(backoff_delay(failures))
    raise _wrong_secret()


def _remaining_delay(user: DeskUser, now: datetime) -> timedelta:
    """What is left of the delay; a clock set back makes it longer, never shorter."""
    if user.last_failure_at is None:
        return timedelta(0)
    return user.last_failure_at + backoff_delay(user.failed_attempts) - now


def _last_active_manager(session: Session, user: DeskUser) -> bool:
    """True when `user` is a manager and no other manager is unlocked: locking them would leave
    the venue without a manager, so they only wait (growing delays) instead."""
    if user.role != Role.MANAGER.value:
        return False
    others = select(DeskUser.id).where(
        DeskUser.role == Role.MANAGER.value, DeskUser.id != user.id, DeskUser.locked.is_(False)
    )
    return session.scalar(others.limit(1)) is None


def _locked_refusal(name: str) -> Refusal:
    return Refusal(
        "user_locked",
        QT_TRANSLATE_NOOP(
            "Refusal", "{name} is locked after too many wrong attempts: a manager can unlock."
        ),
        name=name,
    )


def _wait_refusal(delay: timedelta) -> Refusal:
    seconds = max(1, int(-(-delay.total_seconds() // 1)))
    return Refusal(
        "sign_in_delay",
        QT_TRANSLATE_NOOP(
            "Refusal", "Too many wrong attempts: wait {seconds} seconds and try again."
        ),
        seconds=seconds,
    )


def _failed(db: Database, actor: Actor, user_id: int, now: datetime) -> tuple[int, bool]:
    """Count one more failure (locking at LOCK_AFTER, except the last active manager); returns
    the failures in a row and whether the user is locked. The user's row and the managers' rows
    are locked first, always in id order: desks failing at once each count, and two managers
    failing at once cannot lock each other out."""
    with db.write() as session:
        rows = (
            select(DeskUser)
            .where((DeskUser.id == user_id) | (DeskUser.role == Role.MANAGER.value))
            .order_by(DeskUser.id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        user = next(u for u in session.scalars(rows) if u.id == user_id)
        user.failed_attempts += 1
        user.last_failure_at = max(now, user.last_failure_at or now)
        record(
            session,
            actor,
            now,
            "sign_in_failed",
            None,
            user=user.name,
            attempts=user.failed_attempts,
        )
        if (
            user.failed_attempts >= LOCK_AFTER
            and not user.locked
            and not _last_active_manager(session, user)
        ):
            user.locked = True
            record(session, actor, now, "user_locked", None, user=user.name)
        return user.failed_attempts, user.locked and not _last_active_manager(session, user)


def _signed_in(
    db: Database,
    user_id: int,
    secret: str,
    stored_hash: str,
    *,
    needs_reset: bool,
    remember: bool,
) -> None:
    """Remember the sign-in, clear the failure count, and re-hash a secret stored with weaker
    parameters; nothing is written when none of these is needed."""
    digest = hash_secret(secret) if _hasher().check_needs_rehash(stored_hash) else None
    if not (remember or needs_reset or digest):
        return
    with db.write() as session:
        if remember:
            put_setting(session, LAST_SIGN_IN_KEY.format(user_id=user_id), utcnow().isoformat())
        if not needs_reset and digest is None:
            return
        user = session.get(DeskUser, user_id, with_for_update=True)
        assert user is not None
        user.failed_attempts = 0
        user.last_failure_at = None
        if digest:
            user.secret_hash = digest


def change_secret(
    db: Database, actor: Actor, name: str, new_secret: str, *, now: datetime
) -> DeskUserInfo:
    """A user changes their own secret; a manager may set anyone's (which also clears failures)."""
    with db.read() as session:
        role = Role(_find(session, name).role)
    validate_secret(role, new_secret)
    digest = hash_secret(new_secret)
    with db.write() as session:
        user = _find(session, name)
        if actor.user.casefold() != user.name.casefold():
            require_manager(actor)
        user.secret_hash = digest
        user.failed_attempts = 0
        user.last_failure_at = None
        record(session, actor, now, "user_passwd", None, user=user.name)
        return _info(user)


def unlock_user(db: Database, actor: Actor, name: str, *, now: datetime) -> DeskUserInfo:
    """A locked desk user may try again. Not a deactivated one: they come back only through
    `reactivate_user`, with a new PIN or password."""
    require_manager(actor)
    with db.write() as session:
        user = _find(session, name)
        if _inactive(session, user):
            raise Refusal(
                "user_deactivated",
                QT_TRANSLATE_NOOP(
                    "Refusal",
                    "{name} was deactivated: reactivate them with a new PIN or password instead.",
                ),
                name=user.name,
            )
        user.locked = False
        user.failed_attempts = 0
        user.last_failure_at = None
        record(session, actor, now, "user_unlock", None, user=user.name)
        return _info(user)


def _recovery_code() -> str:
    """A fresh recovery code: 5 groups of 4 characters (100 bits), e.g. `K7QX-...`."""
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(4 * RECOVERY_GROUPS))
    return "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))


def _normal_code(text: str) -> str:
    """A typed recovery code as it was printed: capitals, groups of 4 (spaces and dashes free)."""
    chars = "".join(c for c in text.upper() if c.isalnum())
    return "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))


def new_recovery_code(db: Database, actor: Actor, name: str, *, now: datetime) -> DeskUserInfo:
    """A manager's new recovery code (returned once, to print); the old one stops working."""
    require_manager(actor)
    code = _recovery_code()
    code_hash = hash_secret(code)
    with db.write() as session:
        user = _find(session, name)
        if user.role != Role.MANAGER.value:
            raise Refusal(
                "recovery_for_managers",
                QT_TRANSLATE_NOOP(
                    "Refusal", "Only managers have a recovery code: a manager unlocks staff."
                ),
            )
        put_setting(session, RECOVERY_KEY.format(user_id=user.id), code_hash)
        record(session, actor, now, "user_recovery_code", None, user=user.name)
        return replace(_info(user), recovery_code=code)


def recover(
    db: Database, name: str, code: str, new_password: str, *, desk: str | None = None
) -> DeskUserInfo:
    """A manager who cannot sign in (forgotten password, locked, waiting) proves who they are
    with their recovery code: they get `new_password`, are unlocked, and get a new recovery code
    (each code works once). A wrong code and an unknown name get the same answer."""
    now = utcnow()
    validate_secret(Role.MANAGER, new_password)
    with db.read() as session:
        user = _find_or_none(session, name)
        if user is None:
            _matches(_decoy_hash(), code)
            raise _wrong_code()
        user_id, user_name = user.id, user.name
        stored = get_setting(session, RECOVERY_KEY.format(user_id=user_id))
        if _inactive(session, user):  # a manager who left keeps no way back in
            stored = None
    if not isinstance(stored, str) or not _matches(stored, _normal_code(code)):
        with db.write() as session:
            record(session, _self(user_name, desk), now, "user_recovery_failed", None)
        raise _wrong_code()
    digest = hash_secret(new_password)
    next_code = _recovery_code()
    next_hash = hash_secret(next_code)
    with db.write() as session:
        user = session.get(DeskUser, user_id, with_for_update=True)
        key = RECOVERY_KEY.format(user_id=user_id)
        if user is None or get_setting(session, key) != stored:  # used at another desk meanwhile
            raise _wrong_code()
        user.secret_hash = digest
        user.locked = False
        user.failed_attempts = 0
        user.last_failure_at = None
        put_setting(session, key, next_hash)
        record(session, _self(user.name, desk), now, "user_recovered", None, user=user.name)
        return replace(_info(user), recovery_code=next_code)


def _inactive(session: Session, user: DeskUser) -> bool:
    return get_setting(session, INACTIVE_KEY.format(user_id=user.id), False) is True


def _wrong_code() -> Refusal:
    return Refusal(
        "wrong_recovery_code", QT_TRANSLATE_NOOP("Refusal", "Wrong user name or recovery code.")
    )


def _self(name: str, desk: str | None) -> Actor:
    return Actor(user=name, role=Role.MANAGER, desk=desk or this_desk())


def idle_lock_minutes(db: Database) -> int:
    """After how many idle minutes the desk locks (2–15, default 5)."""
    with db.read() as session:
        value = get_setting(session, IDLE_LOCK_KEY, IDLE_LOCK_DEFAULT)
    low, high = IDLE_LOCK_RANGE
    return value if isinstance(value, int) and low <= value <= high else IDLE_LOCK_DEFAULT


def validate_idle_minutes(minutes: int) -> int:
    low, high = IDLE_LOCK_RANGE
    if not low <= minutes <= high:
        raise Refusal(
            "bad_idle_lock",
            QT_TRANSLATE_NOOP("Refusal", "The desk locks after {low} to {high} idle minutes."),
            low=low,
            high=high,
        )
    return minutes


def set_idle_lock_minutes(db: Database, actor: Actor, minutes: int, *, now: datetime) -> None:
    require_manager(actor)
    validate_idle_minutes(minutes)
    with db.write() as session:
        put_setting(session, IDLE_LOCK_KEY, minutes)
        record(session, actor, now, "setting", None, key=IDLE_LOCK_KEY, value=minutes)


# --- the settings page's view of desk users ----------------------------------------------------


@dataclass(frozen=True)
class UserOverview:
    """A desk user as the settings page lists them."""

    name: str
    role: Role
    locked: bool
    active: bool
    failed_attempts: int
    last_sign_in: datetime | None
    created_at: datetime


def user_overview(db: Database) -> list[UserOverview]:
    """Every desk user with their last sign-in and failed attempts in a row (managers first)."""
    from serre_desk.clock import parse_instant

    with db.read() as session:
        users = session.scalars(select(DeskUser).order_by(DeskUser.name)).all()
        result = []
        for user in users:
            last = get_setting(session, LAST_SIGN_IN_KEY.format(user_id=user.id))
            inactive = _inactive(session, user)
            result.append(
                UserOverview(
                    user.name,
                    Role(user.role),
                    user.locked,
                    inactive is not True,
                    user.failed_attempts,
                    parse_instant(last) if isinstance(last, str) else None,
                    user.created_at,
                )
            )
    return sorted(result, key=lambda u: (u.role is not Role.MANAGER, u.name.casefold()))


def deactivate_user(db: Database, actor: Actor, name: str, *, now: datetime) -> DeskUserInfo:
    """A desk user who left: locked for good, their secret made unusable (history and audit
    keep their name). Never the last active manager: the venue would have no manager."""
    require_manager(actor)
    unusable = hash_secret(secrets.token_urlsafe(32))
    with db.write() as session:
        user = _find(session, name)
        others = select(DeskUser).order_by(DeskUser.id).with_for_update()
        session.scalars(others).all()  # every user's row locked: two desks cannot race here
        if user.role == Role.MANAGER.value and _last_active_manager(session, user):
            raise Refusal(
                "last_manager",
                QT_TRANSLATE_NOOP(
                    "Refusal",
                    "{name} is the last active manager: add or unlock another manager first.",
                ),
                name=user.name,
            )
        if user.name.casefold() == actor.user.casefold():
            raise Refusal(
                "deactivate_self",
                QT_TRANSLATE_NOOP(
                    "Refusal", "You cannot deactivate yourself: ask another manager to do it."
                ),
            )
        user.locked = True
        user.secret_hash = unusable
        put_setting(session, INACTIVE_KEY.format(user_id=user.id), True)
        put_setting(session, RECOVERY_KEY.format(user_id=user.id), None)  # the printed code dies
        record(session, actor, now, "user_deactivated", None, user=user.name)
        return _info(user)


def reactivate_user(
    db: Database, actor: Actor, name: str, new_secret: str, *, now: datetime
) -> DeskUserInfo:
    """A deactivated desk user back, with a new PIN or password (a manager's)."""
    require_manager(actor)
    with db.read() as session:
        role = Role(_find(session, name).role)
    validate_secret(role, new_secret)
    digest = hash_secret(new_secret)
    with db.write() as session:
        user = _find(session, name)
        user.secret_hash = digest
        user.locked = False
        user.failed_attempts = 0
        user.last_failure_at = None
        put_setting(session, INACTIVE_KEY.format(user_id=user.id), False)
        record(session, actor, now, "user_reactivated", None, user=user.name)
        return _info(user)
