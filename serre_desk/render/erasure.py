"""Erasure and retention reach every copy, not only the live database.

After a person's identity is overwritten in the database (`privacy.erase_person`, or the
retention rules of `privacy.purge`), the same person is still named in

- the archived daily sheets of the days they came, brought or collected a child: each is written
  again as a new revision and every earlier revision is deleted (`archive.rerender_sheets`), at
  once, not at the next `report archive`;
- the backups (SQLite): each backup that still holds them is rewritten in place with the same
  anonymisation, its free text scrubbed and its WAL emptied (`backups.rewrite_backups`); a
  damaged or unreadable backup is listed, since it could not be rewritten;
- on a desk moved to a server (`db copy`), its own SQLite file left behind and the backups taken
  of it before the move: stale full copies that no query on the server sees. They are brought up
  to the server's state: whoever the server has anonymised (here or at another desk, on request
  or by retention) is anonymised in them too, whenever this desk erases or runs the retention
  rules (daily). A person is only touched in a copy that is of the same lineage: same id and
  same registration instant as on the server, so an unrelated file is never rewritten;
- the emergency lists `report emergency` saved by itself (`saved_lists`): a roll
  call of one moment, to destroy after use: deleted.

The report lists every file touched.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import or_, select

from serre_desk.clock import as_utc, local_date
from serre_desk.render.saved_lists import saved_lists
from serre_desk.render.sheet_archive import archive_folder, rerender_sheets, sheets_written_at
from serre_desk.services.actor import Actor
from serre_desk.services.backups import backup_files, rewrite_backups
from serre_desk.services.privacy import (
    ERASE_ACTION,
    FilesTouched,
    PurgeReport,
    anonymise,
    clear_child,
    erase_person,
    purge,
    scrub_files,
)
from serre_desk.services.startup import Location
from serre_desk.storage.database import Database
from serre_desk.storage.models import AuditEvent, Guardian, Person, Visit

CHILD_CLEARED_ACTION = "child_data_removed"  # the audit action of `privacy.clear_child`


def erase_everywhere(
    db: Database,
    location: Location,
    actor: Actor,
    person_id: int,
    *,
    now: datetime,
    reason: str | None = None,
) -> FilesTouched:
    """`privacy erase`: the person's identity out of the database, the sheets and the backups."""
    erase_person(db, actor, person_id, now=now, reason=reason)
    return reach_copies(db, location, actor, [person_id], now=now)


def purge_everywhere(
    db: Database, location: Location, actor: Actor, *, now: datetime, dry_run: bool = False
) -> PurgeReport:
    """The retention rules, then the copies of whoever they anonymised or cleared."""
    report = purge(db, actor, now=now, dry_run=dry_run)
    if dry_run or not (report.anonymised or report.children_cleared or catches_up(db)):
        return report
    return replace(report, files=reach_purged_copies(db, location, actor, report, now=now))


def reach_purged_copies(
    db: Database, location: Location, actor: Actor, report: PurgeReport, *, now: datetime
) -> FilesTouched:
    """The sheets and backups naming whoever a purge anonymised or cleared, rewritten."""
    return reach_copies(db, location, actor, report.anonymised, now=now)


def catches_up(db: Database) -> bool:
    """True on a desk whose database is a server: what it keeps on this PC (the sheets it
    archived, the SQLite file and backups of before a move) is brought up to the server's state
    at each run of the retention rules, since an erasure at another desk cannot reach them."""
    return not db.is_sqlite


def reach_copies(
    db: Database,
    location: Location,
    actor: Actor,
    anonymised: list[int],
    *,
    now: datetime,
) -> FilesTouched:
    """Re-render the sheets that name the `anonymised` people and bring every SQLite copy kept
    here (backups, the file left behind by a move to a server) up to the database's state: the
    people it anonymised and the children's data it cleared, the ones of this run included."""
    folder = archive_folder(db, location.data_dir)
    days = days_naming(db, anonymised, now)
    if catches_up(db):
        days |= stale_days(db, folder, now)
    sheets = rerender_sheets(db, folder, days, now=now, actor=actor)
    live = db.sqlite_path
    copies = backup_files(location, live)
    forgotten = _Forgotten.read(db) if copies else _Forgotten({}, set(), {})

    def apply(backup: Database) -> bool:
        return _apply_to_backup(backup, actor, forgotten, now)

    rewritten, unreadable = rewrite_backups(location, live, apply)
    scrub_files(db)  # the sheets' audit events came after the erasure's own scrub
    lists = saved_lists(location.data_dir)
    for path in lists:  # a roll call of one moment, "destroy after use": a new one any time
        path.unlink(missing_ok=True)
    return FilesTouched(
        database=[db.sqlite_path] if db.sqlite_path is not None else [],
        sheets_written=[s.path for s in sheets],
        sheets_removed=[p for s in sheets for p in s.removed],
        backups_rewritten=rewritten,
        backups_unreadable=unreadable,
        lists_removed=lists,
    )


def days_naming(db: Database, people: Iterable[int], now: datetime) -> set[date]:
    """The venue days whose sheets name any of `people`: their visits, and the children's visits
    they brought or collected (a visit spanning midnight is on both days)."""
    ids = list(people)
    if not ids:
        return set()
    with db.read() as session:
        spans = session.execute(
            select(Visit.checked_in_at, Visit.checked_out_at).where(
                or_(
                    Visit.person_id.in_(ids),
                    Visit.brought_by_id.in_(ids),
                    Visit.collected_by_id.in_(ids),
                )
            )
        ).all()
    return {day for start, end in spans for day in _span(start, end, now)}


def _span(start: datetime, end: datetime | None, now: datetime) -> Iterator[date]:
    """The venue days a visit is on (a visit spanning midnight is on both days)."""
    day, last = local_date(start), local_date(end or now)
    while day <= last:
        yield day
        day += timedelta(days=1)


def stale_days(db: Database, folder: Path, now: datetime) -> set[date]:
    """The archived days whose latest sheet was written before someone on it was anonymised (at
    another desk, or by its retention run): this desk's copy of the sheet still names them."""
    written = sheets_written_at(folder)
    if not written:
        return set()
    on_visit = or_(
        Person.id == Visit.person_id,
        Person.id == Visit.brought_by_id,
        Person.id == Visit.collected_by_id,
    )
    query = select(Visit.checked_in_at, Visit.checked_out_at, Person.anonymised_at).join(
        Person, on_visit
    )
    known = [w for w in written.values() if w is not None]
    if len(known) == len(written):  # nobody anonymised before the oldest sheet matters
        query = query.where(Person.anonymised_at >= min(known))
    else:
        query = query.where(Person.anonymised_at.is_not(None))
    with db.read() as session:
        rows = session.execute(query).all()
    stale: set[date] = set()
    for start, end, anonymised_at in rows:
        for day in _span(start, end, now):
            if day not in written or anonymised_at is None:
                continue
            sheet = written[day]
            if sheet is None or sheet < as_utc(anonymised_at):
                stale.add(day)
    return stale


@dataclass(frozen=True)
class _Forgotten:
    """What the database has forgotten, each person by id and registration instant (a copy's
    person is the same person only when both match)."""

    anonymised: dict[int, datetime]
    erased: set[int]  # on request: their audit details are scrubbed too
    children_cleared: dict[int, datetime]

    @classmethod
    def read(cls, db: Database) -> _Forgotten:
        with db.read() as session:
            anonymised = session.execute(
                select(Person.id, Person.created_at).where(Person.anonymised_at.is_not(None))
            ).all()
            erased = session.scalars(
                select(AuditEvent.subject_id).where(AuditEvent.action == ERASE_ACTION)
            ).all()
            cleared = session.execute(
                select(Person.id, Person.created_at).where(
                    Person.health_notes.is_(None),
                    Person.id.in_(
                        select(AuditEvent.subject_id).where(
                            AuditEvent.action == CHILD_CLEARED_ACTION
                        )
                    ),
                )
            ).all()
        return cls(
            {i: as_utc(c) for i, c in anonymised},
            {i for i in erased if i is not None},
            {i: as_utc(c) for i, c in cleared},
        )


def _same(found: dict[int, datetime], person_id: int, created: datetime) -> bool:
    return found.get(person_id) == as_utc(created)


def _apply_to_backup(backup: Database, actor: Actor, forgotten: _Forgotten, now: datetime) -> bool:
    """Do in one copy what was done in the database; False when it held nothing of them."""
    changed = False
    with backup.write() as session:
        named = session.execute(
            select(Person.id, Person.created_at).where(Person.anonymised_at.is_(None))
        ).all()
        for person_id, created in named:
            if _same(forgotten.anonymised, person_id, created):
                erased = person_id in forgotten.erased
                action = ERASE_ACTION if erased else "person_anonymised"
                anonymise(session, actor, person_id, now, action, None, scrub_details=erased)
                changed = True
        linked = select(Guardian.child_id)
        children = session.execute(
            select(Person.id, Person.created_at).where(
                Person.anonymised_at.is_(None),
                or_(Person.health_notes.is_not(None), Person.id.in_(linked)),
            )
        ).all()
        for child_id, created in children:
            if _same(forgotten.children_cleared, child_id, created):
                clear_child(session, actor, child_id, now, dry_run=False)
                changed = True
    if changed:
        scrub_files(backup)
    return changed
