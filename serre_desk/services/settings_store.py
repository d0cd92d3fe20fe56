"""Venue-wide settings kept in the database (so every desk of a venue shares them)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
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


def locked_setting(session: Session, key: str, default: Any = None) -> Any:
    """The setting's value, its row locked until the transaction ends: a read-change-write by
    two desks at once is then done one after the other, never losing the first one's change
    (PostgreSQL's row lock; SQLite's writer is one at a time already). A missing row is made
    with `default` first, so there is a row to lock."""
    query = select(Setting).where(Setting.key == key).with_for_update()
    row = session.scalar(query)
    if row is None:
        try:
            with session.begin_nested():  # another desk may be making the row: theirs is kept
                add_setting(session, key, default)
        except IntegrityError:
            pass
        row = session.scalar(query.execution_options(populate_existing=True))
    return default if row is None else json.loads(row.value)
