"""Erasure and retention reach every copy, not only the live database.

After a person's identity is overwritten in the database (`privacy.erase_person`, or the
retention rules of `privacy.purge`), the same person is still named in

- the archived daily sheets of the days they came, brought or collected a child: each is written
  again as a new revision and every earlier revision is deleted (`archive.rerender_sheets`), at
  once, not at the next `report archive`;
- the backups (SQLite): each backup that still holds them is rewritten in place with the same
  anonymisation, its free text scrubbed and its WAL emptied (`backups.rewrite_backups`); a
  damaged or unreadable backup is listed, since it could not be rewritten.

The report lists every file touched.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select

from serre_desk.clock import local_date
from serre_desk.render.sheet_archive import archive_folder, rerender_sheets
from serre_desk.services.actor import Actor
from serre_desk.services.backups import rewrite_backups
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
from serre_desk.storage.models import Guardian, Person, Visit


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
    return reach_copies(
        db, location, actor, [person_id], [], now=now, action=ERASE_ACTION, reason=reason
    )


def purge_everywhere(
    db: Database, location: Location, actor: Actor, *, now: datetime, dry_run: bool = False
) -> PurgeReport:
    """The retention rules, then the copies of whoever they anonymised or cleared."""
    report = purge(db, actor, now=now, dry_run=dry_run)
    if dry_run or not (report.anonymised or report.children_cleared):
        return report
    return replace(report, files=reach_purged_copies(db, location, actor, report, now=now))


def reach_purged_copies(
    db: Database, location: Location, actor: Actor, report: PurgeReport, *, now: datetime
) -> FilesTouched:
    """The sheets and backups naming whoever a purge anonymised or cleared, rewritten."""
    return reach_copies(
        db,
        location,
        actor,
        report.anonymised,
        report.children_cleared,
        now=now,
        action="person_anonymised",
    )


def reach_copies(
    db: Database,
    location: Location,
    actor: Actor,
    anonymised: list[int],
    children_cleared: list[int],
    *,
    now: datetime,
    action: str,
    reason: str | None = None,
) -> FilesTouched:
    """Re-render the sheets that name the `anonymised` people and rewrite the backups that hold
    them (or the cleared children's notes and guardians)."""
    days = days_naming(db, anonymised, now)
    sheets = rerender_sheets(db, archive_folder(db, location.data_dir), days, now=now, actor=actor)

    def apply(backup: Database) -> bool:
        return _apply_to_backup(backup, actor, anonymised, children_cleared, now, action, reason)

    rewritten, unreadable = rewrite_backups(location, apply)
    scrub_files(db)  # the sheets' audit events came after the erasure's own scrub
    return FilesTouched(
        database=[db.sqlite_path] if db.sqlite_path is not None else [],
        sheets_written=[s.path for s in sheets],
        sheets_removed=[p for s in sheets for p in s.removed],
        backups_rewritten=rewritten,
        backups_unreadable=unreadable,
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
    days: set[date] = set()
    for start, end in spans:
        day, last = local_date(start), local_date(end or now)
        while day <= last:
            days.add(day)
            day += timedelta(days=1)
    return days


def _apply_to_backup(
    backup: Database,
    actor: Actor,
    anonymised: list[int],
    children_cleared: list[int],
    now: datetime,
    action: str,
    reason: str | None,
) -> bool:
    """Do in one backup what was done in the database; False when it held nothing of them."""
    changed = False
    with backup.write() as session:
        for person_id in anonymised:
            person = session.get(Person, person_id)
            if person is not None and person.anonymised_at is None:
                thorough = action == ERASE_ACTION
                anonymise(session, actor, person_id, now, action, reason, scrub_details=thorough)
                changed = True
        for child_id in children_cleared:
            child = session.get(Person, child_id)
            links = session.scalar(
                select(func.count()).select_from(Guardian).where(Guardian.child_id == child_id)
            )
            if child is not None and (child.health_notes or links):
                clear_child(session, actor, child_id, now, dry_run=False)
                changed = True
    if changed:
        scrub_files(backup)
    return changed
