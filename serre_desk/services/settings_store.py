"""Venue-wide settings kept in the database (so every desk of a venue shares them)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from serre_desk.storage.models import Setting


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return default if row is None else json.loads(row.value)


def put_setting(session: Session, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text


def add_setting(session: Session, key: str, value: Any) -> None:
    """Store a setting that must not exist yet: the INSERT fails (IntegrityError at flush) when
    another desk stored it first, instead of overwriting that desk's value."""
    session.add(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))
