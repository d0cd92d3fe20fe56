"""Builders and raw-file checks for the privacy tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from serre_desk.domain.names import search_key
from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.people import PersonFields, add_person
from serre_desk.services.visits import check_in, check_out
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, Guardian, Person, Visit
from tests.conftest import MORNING


def visitor(
    db: Database,
    name: str,
    kind: PersonKind = PersonKind.GUEST,
    *,
    at: datetime = MORNING,
    stay: timedelta | None = timedelta(hours=3),
    **fields: object,
) -> int:
    """Register someone at `at` and, unless `stay` is None, record one visit of that length."""
    pid = add_person(db, LOCAL_ADMIN, PersonFields(name=name, kind=kind, **fields), now=at).id  # type: ignore[arg-type]
    if stay is not None:
        check_in(db, LOCAL_ADMIN, pid, now=at)
        check_out(db, LOCAL_ADMIN, pid, now=at + stay)
    return pid


def child(
    db: Database, name: str, guardian_id: int, *, notes: str, birth: date, visit_at: datetime
) -> int:
    """A child with health notes, one authorised guardian, and one visit to the kids' space."""
    with db.write() as session:
        kid = Person(
            name=name,
            search_key=search_key(name),
            kind=PersonKind.CHILD.value,
            birth_date=birth,
            health_notes=notes,
            created_at=visit_at,
            last_seen_at=visit_at,
        )
        session.add(kid)
        session.flush()
        session.add(Guardian(child_id=kid.id, adult_id=guardian_id, authorised=True))
        kids = session.scalar(select(Area).where(Area.for_children.is_(True)))
        assert kids is not None
        session.add(
            Visit(
                person_id=kid.id,
                area_id=kids.id,
                checked_in_at=visit_at,
                in_by="anna",
                checked_out_at=visit_at + timedelta(hours=2),
                out_by="anna",
                brought_by_id=guardian_id,
                collected_by_id=guardian_id,
            )
        )
        return kid.id


def raw_files(db: Database) -> bytes:
    """Every byte SQLite keeps for this database: the file, its WAL and shared memory."""
    path = db.sqlite_path
    assert path is not None
    parts = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    return b"".join(p.read_bytes() for p in parts if p.exists())


def traces(db: Database, *texts: str) -> list[str]:
    """Which of `texts` (or their search keys) still appear anywhere in the database files."""
    data = raw_files(db)
    found = []
    for text in texts:
        for form in {text, search_key(text)}:
            if form.encode() in data:
                found.append(form)
    return found


def visit_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Visit)) or 0
