"""The search keys of everyone, in memory, for as-you-type search at the desk.

A scan of 100,000 names with SQL `LIKE '%…%'` costs tens of milliseconds per keystroke; here a
keystroke costs well under one. The keys are sorted; names that start with the typed text are a
bisect away, and word starts and other occurrences are found with `str.find` over all keys joined
in that same order, so the first matches found are also the first in alphabetical order.

The index stays true to the database through `people_revision`, a row kept by triggers: new people
(`inserts`) are read incrementally, edited, anonymised or deleted ones (`changes`) make it read
everything again, and another database file (`token`) too. Only ids and search keys are kept, so
an erased name leaves memory with the next search.
"""

from __future__ import annotations

import bisect
import threading
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from serre_desk.storage.database import Database
from serre_desk.storage.models import PeopleRevision, Person


@dataclass
class _Keys:
    token: str = ""
    inserts: int = -1
    changes: int = -1
    last_id: int = 0
    keys: list[str] = field(default_factory=list)  # sorted by (key, id)
    ids: list[int] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # where each key begins in `joined`
    joined: str = "\n"

    def rebuild_text(self) -> None:
        self.starts = []
        position = 1
        for key in self.keys:
            self.starts.append(position)
            position += len(key) + 1
        self.joined = "\n" + "\n".join(self.keys) + "\n"

    def fill(self, rows: list[tuple[str, int]]) -> None:
        """Add `rows` (sorted) to the sorted keys: two sorted runs merge in linear time."""
        pairs = [*zip(self.keys, self.ids, strict=True), *rows]
        pairs.sort()
        self.keys = [key for key, _ in pairs]
        self.ids = [person_id for _, person_id in pairs]
        self.rebuild_text()

    def row_at(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1


class PeopleIndex:
    def __init__(self) -> None:
        self._keys = _Keys()
        self._lock = threading.Lock()

    def search(self, session: Session, key: str, limit: int | None) -> list[int]:
        """Ids of the people whose search key contains `key`: those starting with it first, then
        those with a word starting with it, then the rest; alphabetical within each group.
        `session` is the caller's read session (the index checks its revision there)."""
        with self._lock:
            self._refresh(session)
            return list(self._ranked(key, limit))

    def _refresh(self, session: Session) -> None:
        current = self._keys
        revision = session.execute(
            select(PeopleRevision.token, PeopleRevision.inserts, PeopleRevision.changes)
        ).one()
        token, inserts, changes = revision
        same_base = (token, changes) == (current.token, current.changes)
        if same_base and inserts == current.inserts:
            return
        fresh = current if same_base else _Keys()
        fresh.fill(_rows(session, after=fresh.last_id))
        fresh.token, fresh.inserts, fresh.changes = token, inserts, changes
        fresh.last_id = max(fresh.ids, default=0)
        self._keys = fresh

    def _ranked(self, key: str, limit: int | None) -> Iterator[int]:
        index = self._keys
        wanted = len(index.keys) if limit is None else limit
        if wanted <= 0:
            return
        found: set[int] = set()
        row = bisect.bisect_left(index.keys, key)
        while row < len(index.keys) and index.keys[row].startswith(key) and len(found) < wanted:
            found.add(row)
            yield index.ids[row]
            row += 1
        if not key:
            return
        for pattern, word_start in ((" " + key, True), (key, False)):
            offset = index.joined.find(pattern)
            while offset != -1 and len(found) < wanted:
                if word_start or index.joined[offset - 1] not in " \n":
                    row = index.row_at(offset + 1 if word_start else offset)
                    if row not in found:
                        found.add(row)
                        yield index.ids[row]
                offset = index.joined.find(pattern, offset + 1)


def _rows(session: Session, after: int) -> list[tuple[str, int]]:
    query = (
        select(Person.search_key, Person.id)
        .where(Person.anonymised_at.is_(None), Person.id > after)
        .order_by(Person.search_key, Person.id)
    )
    return [(key, person_id) for key, person_id in session.execute(query)]


_indexes: weakref.WeakKeyDictionary[Database, PeopleIndex] = weakref.WeakKeyDictionary()
_indexes_lock = threading.Lock()


def people_index(db: Database) -> PeopleIndex:
    """The index of this database (one per `Database`, shared by the threads that search)."""
    with _indexes_lock:
        index = _indexes.get(db)
        if index is None:
            index = _indexes[db] = PeopleIndex()
        return index
