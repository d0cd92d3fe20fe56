"""Venue settings changed from the window's settings pages: each change read, compared, stored
and audited (who, what, from → to) in the caller's one transaction.

The pages' own values with no older home live here too: the pickup-code lock threshold, whether a
one-day pickup authorisation needs a manager, and the areas' amber thresholds.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.kids_rules import (
    ONE_DAY_NEEDS_MANAGER_KEY,
    WRONG_CODES_DEFAULT,
    WRONG_CODES_KEY,
    WRONG_CODES_RANGE,
    age_bands,
    one_day_needs_manager,
    wrong_codes_limit,
)
from serre_desk.services.permissions import require_manager
from serre_desk.services.settings_store import get_setting, locked_setting, put_setting
from serre_desk.storage.database import Database

AMBER_KEY = "areas.amber_percent"  # {area key: percent of capacity from which a tile is amber}
AMBER_DEFAULT = 85
AMBER_RANGE = (50, 99)


class FieldRefusal(Refusal):
    """A refused value, with the field it came from (and its row in a table of several), so
    the settings page says so next to that field."""

    def __init__(self, field: str, row: object, refusal: Refusal) -> None:
        super().__init__(refusal.code, refusal.message, **refusal.params)
        self.field = field
        self.row = row


@contextmanager
def about(field: str, row: object = None) -> Iterator[None]:
    """A refusal raised inside names `field` (and `row`)."""
    try:
        yield
    except FieldRefusal:
        raise
    except Refusal as refusal:
        raise FieldRefusal(field, row, refusal) from refusal


def change_setting(
    session: Session, actor: Actor, now: datetime, key: str, value: Any, default: Any = None
) -> Any:
    """Store `value` under `key` and audit the change from the value it replaces (returned);
    nothing is written when the value is the same."""
    before = locked_setting(session, key, default)
    if before != value:
        put_setting(session, key, value)
        record(session, actor, now, "setting", None, key=key, before=before, value=value)
    return before


def _in_range(value: int, bounds: tuple[int, int], refusal: Refusal) -> int:
    low, high = bounds
    if not isinstance(value, int) or not low <= value <= high:
        raise refusal
    return value


# --- the kids' space ------------------------------------------------------------------------


def validate_wrong_codes_limit(value: int) -> int:
    low, high = WRONG_CODES_RANGE
    return _in_range(
        value,
        WRONG_CODES_RANGE,
        Refusal(
            "bad_wrong_codes_limit",
            QT_TRANSLATE_NOOP(
                "Refusal", "The pickup locks after {low} to {high} wrong codes, not {value}."
            ),
            low=low,
            high=high,
            value=value,
        ),
    )


def kids_options(db: Database) -> tuple[int, bool]:
    """(the wrong-codes lock threshold, whether a one-day authorisation needs a manager)."""
    with db.read() as session:
        return wrong_codes_limit(session), one_day_needs_manager(session)


def set_kids_options(
    db: Database, actor: Actor, *, wrong_codes: int, one_day_manager: bool, now: datetime
) -> None:
    """The wrong-codes lock threshold and who gives a one-day authorisation (the command line's
    `kids options`)."""
    require_manager(actor)
    validate_wrong_codes_limit(wrong_codes)
    with db.write() as session:
        write_kids_options(session, actor, wrong_codes, one_day_manager, now)


def write_kids_options(
    session: Session, actor: Actor, wrong_codes: int, one_day_manager: bool, now: datetime
) -> None:
    change_setting(session, actor, now, WRONG_CODES_KEY, wrong_codes, WRONG_CODES_DEFAULT)
    change_setting(session, actor, now, ONE_DAY_NEEDS_MANAGER_KEY, one_day_manager, True)


# --- areas ----------------------------------------------------------------------------------


def amber_percents(session: Session) -> dict[str, int]:
    """Per area key, the share of capacity (in %) from which its tile turns amber."""
    stored = get_setting(session, AMBER_KEY, {})
    low, high = AMBER_RANGE
    if not isinstance(stored, dict):
        return {}
    return {k: v for k, v in stored.items() if isinstance(v, int) and low <= v <= high}


def validate_amber(value: int) -> int:
    low, high = AMBER_RANGE
    return _in_range(
        value,
        AMBER_RANGE,
        Refusal(
            "bad_amber",
            QT_TRANSLATE_NOOP(
                "Refusal", "The amber threshold is {low} to {high} % of the capacity, not {value}."
            ),
            low=low,
            high=high,
            value=value,
        ),
    )


# --- the locked desk --------------------------------------------------------------------------


def save_lock_options(
    db: Database, actor: Actor, *, self_service: bool, idle_minutes: int, now: datetime
) -> None:
    """Self-service at the locked desk and the idle minutes before it locks, in one transaction
    (the same keys and checks as `serre-desk self-service` and `serre-desk user idle-lock`)."""
    from serre_desk.services.self_service import SELF_SERVICE_KEY
    from serre_desk.services.users import IDLE_LOCK_DEFAULT, IDLE_LOCK_KEY, validate_idle_minutes

    require_manager(actor)
    with about("idle_minutes"):
        validate_idle_minutes(idle_minutes)
    with db.write() as session:
        change_setting(session, actor, now, SELF_SERVICE_KEY, self_service, True)
        change_setting(session, actor, now, IDLE_LOCK_KEY, idle_minutes, IDLE_LOCK_DEFAULT)


def save_kids_settings(
    db: Database,
    actor: Actor,
    ratios: dict[str, int],
    *,
    wrong_codes: int,
    one_day_manager: bool,
    now: datetime,
) -> None:
    """The kids' space page: ratios per age band (through `kids.set_ratios`, as
    `serre-desk kids ratios` does), the wrong-codes lock threshold and who gives a one-day
    authorisation. Every value is checked first, then all are saved in one transaction."""
    from serre_desk.domain.ratios import validate_ratio
    from serre_desk.services.kids import check_ratios, write_ratios

    require_manager(actor)
    for key, value in ratios.items():
        with about("ratio", key):
            validate_ratio(value)
    check_ratios(ratios)
    with about("wrong_codes"):
        validate_wrong_codes_limit(wrong_codes)
    with db.write() as session:
        if ratios != {band.key: band.ratio for band in age_bands(session) if band.key in ratios}:
            write_ratios(session, actor, ratios, now=now)
        write_kids_options(session, actor, wrong_codes, one_day_manager, now)
