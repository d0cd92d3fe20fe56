"""One person's row, as every change of one person starts: loaded (refused when unknown or
anonymised) and locked, so that a second desk deciding about the same person waits and then sees
the first one's change. Below every use case that changes a person (visits, plans, badges,
guardians, closing, undo), so none of them imports another for it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from serre_desk.clock import as_utc
from serre_desk.domain.errors import NotFound
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.storage.models import Person

# The time of a movement: an instant, or a clock read once the transaction holds its locks (so
# two desks on one clock record their movements in the order the database decided them).
Now = datetime | Callable[[], datetime]


def unknown_person(person_id: int) -> NotFound:
    return NotFound(
        "unknown_person",
        QT_TRANSLATE_NOOP("Refusal", "Nobody is registered with id {id}."),
        id=person_id,
    )


def load_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.anonymised_at is not None:
        raise unknown_person(person_id)
    return person


def lock_person(session: Session, person_id: int, now: Now) -> datetime:
    """Start a change of one person's visits, plans, links or badges: take the writer lock
    (SQLite's BEGIN IMMEDIATE) or the person's row lock (PostgreSQL). Returns the time, read only
    now when `now` is a clock."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        connection.execute(select(Person.id).where(Person.id == person_id).with_for_update())
    return as_utc(now() if callable(now) else now)
