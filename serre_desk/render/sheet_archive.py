"""The archive of daily attendance sheets: `presenze-YYYY-MM-DD.pdf` in a folder (default
`reports/` in the data dir, or the `reports.archive_dir` setting).

- A sheet is never overwritten silently: a regenerated sheet whose content changed gets the next
  revision, `presenze-YYYY-MM-DD-r2.pdf`; regenerating an unchanged day writes nothing new.
- `archive_due_sheets()` is what the desk runs at closing, on start-up and after a change to a
  past day (a correction, a child released the day after): it brings the sheets of recent days
  up to date with what `report daily` prints now — a day only once its closing has run, so no
  adult shows "still inside" who the closing will check out — and applies the privacy rule:
  once a day is older than the guest retention period (privacy settings), its sheet is replaced
  by one with the guests anonymised and its earlier revisions (which name them) are deleted.
- `presenze-index.json` beside the sheets remembers each file's content fingerprint and whether
  it is anonymised. Every write is an audit event (by day and file name, never by person).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from serre_desk import paths
from serre_desk.clock import as_utc, day_bounds, iso_local, local_date, local_instant
from serre_desk.domain.outcomes import Movement
from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.audit_anchor import current_anchor
from serre_desk.services.closing import closing_plan
from serre_desk.services.occupancy import inside
from serre_desk.services.privacy import retention_policy
from serre_desk.services.reports import DaySheet, day_sheet, days_with_visits
from serre_desk.services.settings_store import get_setting
from serre_desk.services.venue import opening_hours
from serre_desk.storage.database import Database
from serre_desk.storage.models import AuditEvent

ARCHIVE_DIR_SETTING = "reports.archive_dir"
CATCH_UP_DAYS = 14
INDEX_FILE = "presenze-index.json"
SHEET_NAME = re.compile(r"^presenze-(\d{4}-\d{2}-\d{2})(?:-r(\d+))?\.pdf$")

Progress = Callable[[float], None]


@dataclass(frozen=True)
class ArchivedSheet:
    day: date
    path: Path
    revision: int
    written: bool  # False when an identical sheet was already there
    anonymised: bool = False


@dataclass(frozen=True)
class ArchiveRun:
    """What `archive_due_sheets` did."""

    written: list[ArchivedSheet] = field(default_factory=list)
    anonymised: list[ArchivedSheet] = field(default_factory=list)


def archive_folder(db: Database, data_dir: Path) -> Path:
    """The configured archive folder (relative paths are inside the data dir)."""
    with db.read() as session:
        configured = get_setting(session, ARCHIVE_DIR_SETTING)
    if not configured:
        return paths.reports_dir(data_dir)
    folder = Path(configured).expanduser()
    return folder if folder.is_absolute() else data_dir / folder


def sheet_name(day: date, revision: int = 1) -> str:
    suffix = "" if revision == 1 else f"-r{revision}"
    return f"presenze-{day.isoformat()}{suffix}.pdf"


def archived_sheets(folder: Path) -> dict[date, dict[int, Path]]:
    """The sheets on disk: day → revision → file."""
    found: dict[date, dict[int, Path]] = {}
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = SHEET_NAME.match(path.name)
        if match:
            day = date.fromisoformat(match[1])
            found.setdefault(day, {})[int(match[2] or 1)] = path
    return found


def sheets_written_at(folder: Path) -> dict[date, datetime | None]:
    """When the latest sheet of each archived day was written (as its index says; None when it
    does not say)."""
    index = _Index(folder)
    written: dict[date, datetime | None] = {}
    for day, revisions in archived_sheets(folder).items():
        stamp = index.files.get(revisions[max(revisions)].name, {}).get("generated_at")
        try:
            written[day] = datetime.fromisoformat(str(stamp)) if stamp else None
        except ValueError:
            written[day] = None
    return written


def sheet_fingerprint(sheet: DaySheet, lang: str) -> str:
    """A hash of everything the sheet prints except the moment it was generated."""
    visits = [
        (
            area.area.key,
            v.row.id,
            v.person.id,
            v.person.name,
            v.person.kind.value,
            v.person.organisation,
            v.person.alias,
            v.start.isoformat(),
            v.end.isoformat() if v.end else None,
            v.minutes,
            sorted(v.flags),
            v.row.brought_by.name if v.row.brought_by else None,
            v.row.collected_by.name if v.row.collected_by else None,
            v.row.code_matched,
        )
        for area in sheet.areas
        for v in area.visits
    ]
    notes = sorted((n.visit_id, n.action, n.reason) for ns in sheet.notes.values() for n in ns)
    areas = [(a.area.key, a.area.name, a.area.capacity) for a in sheet.areas]
    payload = json.dumps(
        [lang, sheet.anonymised, str(sheet.opens), str(sheet.closes), areas, visits, notes],
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


class _Index:
    """`presenze-index.json`: per file name, its day, fingerprint and anonymisation."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / INDEX_FILE
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            loaded = {}
        self.files: dict[str, dict[str, Any]] = (
            loaded.get("files", {}) if isinstance(loaded, dict) else {}
        )

    def save(self) -> None:
        partial = self.path.with_name(self.path.name + ".part")
        partial.write_text(
            json.dumps({"files": self.files}, ensure_ascii=False, indent=1, sort_keys=True),
            encoding="utf-8",
        )
        os.replace(partial, self.path)


def _reserve(folder: Path, day: date, start: int) -> tuple[int, Path]:
    """Claim the first free revision from `start` by creating its file exclusively, so two
    desks writing into one folder can never overwrite each other."""
    revision = start
    while True:
        path = folder / sheet_name(day, revision)
        try:
            path.open("xb").close()
            return revision, path
        except FileExistsError:
            revision += 1


def _render_new(
    db: Database, sheet: DaySheet, path: Path, lang: str, progress: Progress | None
) -> None:
    """`_render` into a revision's reserved file, which is removed again when that fails."""
    try:
        _render(db, sheet, path, lang, progress)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _render(
    db: Database, sheet: DaySheet, path: Path, lang: str, progress: Progress | None
) -> None:
    from serre_desk.render.daily_sheet import write_daily_sheet

    anchor = current_anchor(db)
    write_daily_sheet(sheet, path, lang=lang, progress=progress, anchor=anchor)


def archive_daily_sheet(
    db: Database,
    folder: Path,
    day: date,
    *,
    now: datetime,
    actor: Actor,
    lang: str = "it",
    progress: Progress | None = None,
) -> ArchivedSheet:
    """Write `day`'s sheet into the archive as a new revision — unless the newest revision
    already prints exactly the same; guests are anonymised once the day is past retention."""
    folder.mkdir(parents=True, exist_ok=True)
    anonymise = day < local_date(now) - timedelta(days=retention_policy(db).guest_days)
    sheet = day_sheet(db, day, now=now, anonymise_guests=anonymise)
    fingerprint = sheet_fingerprint(sheet, lang)
    index = _Index(folder)
    revisions = archived_sheets(folder).get(day, {})
    if revisions:
        newest = max(revisions)
        known = index.files.get(revisions[newest].name, {})
        if known.get("fingerprint") == fingerprint:
            return ArchivedSheet(day, revisions[newest], newest, False, anonymise)
    revision, path = _reserve(folder, day, max(revisions, default=0) + 1)
    _render_new(db, sheet, path, lang, progress)
    index.files[path.name] = _entry(day, revision, fingerprint, lang, anonymise, now)
    index.save()
    with db.write() as session:
        record(
            session,
            actor,
            now,
            "sheet_archived",
            None,
            day=day.isoformat(),
            file=path.name,
            revision=revision,
            anonymised=anonymise,
        )
    return ArchivedSheet(day, path, revision, True, anonymise)


def _entry(
    day: date, revision: int, fingerprint: str, lang: str, anonymised: bool, now: datetime
) -> dict[str, Any]:
    return {
        "day": day.isoformat(),
        "revision": revision,
        "fingerprint": fingerprint,
        "lang": lang,
        "anonymised": anonymised,
        "generated_at": iso_local(now),
    }


def anonymise_old_sheets(
    db: Database, folder: Path, *, now: datetime, actor: Actor, lang: str = "it"
) -> list[ArchivedSheet]:
    """Replace every sheet of a day past the guest retention period by one with its guests
    anonymised (under the newest revision's name) and delete the older revisions."""
    cutoff = local_date(now) - timedelta(days=retention_policy(db).guest_days)
    index = _Index(folder)
    done: list[ArchivedSheet] = []
    for day, revisions in sorted(archived_sheets(folder).items()):
        if day >= cutoff:
            continue
        newest = max(revisions)
        target = revisions[newest]
        if index.files.get(target.name, {}).get("anonymised") and len(revisions) == 1:
            continue
        sheet = day_sheet(db, day, now=now, anonymise_guests=True)
        entry_lang = index.files.get(target.name, {}).get("lang", lang)
        _render(db, sheet, target, entry_lang, None)
        older = [path for revision, path in revisions.items() if revision != newest]
        _replaced(db, index, sheet, target, newest, entry_lang, True, older, now=now, actor=actor)
        done.append(ArchivedSheet(day, target, newest, True, True))
    return done


def _replaced(
    db: Database,
    index: _Index,
    sheet: DaySheet,
    path: Path,
    revision: int,
    lang: str,
    anonymised: bool,
    older: list[Path],
    *,
    now: datetime,
    actor: Actor,
) -> None:
    """A day's sheet just written at `path` replaces the `older` revisions: they are deleted,
    the index knows the new one, and the audit log says so (`sheet_anonymised`)."""
    for old in older:
        old.unlink(missing_ok=True)
        index.files.pop(old.name, None)
    index.files[path.name] = _entry(
        sheet.day, revision, sheet_fingerprint(sheet, lang), lang, anonymised, now
    )
    index.save()
    with db.write() as session:
        record(
            session,
            actor,
            now,
            "sheet_anonymised",
            None,
            day=sheet.day.isoformat(),
            file=path.name,
            removed_revisions=len(older),
        )


@dataclass(frozen=True)
class RerenderedSheet:
    """A day's sheet written again as a new revision; `removed` are the revisions deleted."""

    day: date
    path: Path
    removed: list[Path]


def rerender_sheets(
    db: Database, folder: Path, days: set[date], *, now: datetime, actor: Actor
) -> list[RerenderedSheet]:
    """Write the archived sheet of each of `days` again from the database as it is now (someone
    on it erased or anonymised) as a new revision, in its language and keeping its guests
    anonymised if they were, and delete every earlier revision: they name the person."""
    index = _Index(folder)
    done: list[RerenderedSheet] = []
    for day, revisions in sorted(archived_sheets(folder).items()):
        if day in days:
            done.append(_rerender(db, folder, index, day, revisions, now=now, actor=actor))
    return done


def _rerender(
    db: Database,
    folder: Path,
    index: _Index,
    day: date,
    revisions: dict[int, Path],
    *,
    now: datetime,
    actor: Actor,
) -> RerenderedSheet:
    known = index.files.get(revisions[max(revisions)].name, {})
    lang = str(known.get("lang", "it"))
    past_retention = day < local_date(now) - timedelta(days=retention_policy(db).guest_days)
    anonymise = bool(known.get("anonymised")) or past_retention
    sheet = day_sheet(db, day, now=now, anonymise_guests=anonymise)
    revision, path = _reserve(folder, day, max(revisions) + 1)
    _render_new(db, sheet, path, lang, None)
    older = sorted(revisions.values())
    _replaced(db, index, sheet, path, revision, lang, anonymise, older, now=now, actor=actor)
    return RerenderedSheet(day, path, older)


def closed_days(db: Database, days: list[date], *, now: datetime) -> list[date]:
    """The days of `days` whose closing has run: their closing time (their end, on a day the
    venue is closed) has passed, and the closing routine ran since the day opened (a closing
    owed since the day before, run after midnight, is not this day's) or nobody it would check
    out is still inside since that day."""
    pending = closing_plan(inside(db)).to_close
    earliest = min((row.since for row in pending), default=None)
    with db.read() as session:
        last_closing = session.scalar(
            select(func.max(AuditEvent.at)).where(AuditEvent.action == "close_day")
        )
        hours = opening_hours(session)
    done = []
    for day in days:
        start, end = day_bounds(day)
        opening, closing = hours.hours(day) or (None, None)
        opens = local_instant(day, opening) if opening else start
        closes = local_instant(day, closing) if closing else end
        closed = (last_closing is not None and as_utc(last_closing) >= opens) or (
            earliest is None or earliest >= end
        )
        if now >= closes and closed:
            done.append(day)
    return done


def changes_archived_day(movement: Movement) -> bool:
    """A correction, or a child released after their day's closing, changes a day whose sheet
    may be archived already: its sheet needs a new revision at once."""
    return movement.corrected or (
        movement.person.kind is PersonKind.CHILD and movement.action == "check_out"
    )


def archive_due_sheets(
    db: Database,
    folder: Path,
    *,
    now: datetime,
    actor: Actor,
    lang: str = "it",
    include_today: bool = False,
) -> ArchiveRun:
    """What the desk runs after closing (`include_today=True`: today's closing has just run),
    once after it starts and after a change to a past day: a new revision of each sheet of the
    last CATCH_UP_DAYS days whose content changed or that has none yet, for every day whose
    closing has run; then the privacy re-render of old sheets."""
    today = local_date(now)
    first = today - timedelta(days=CATCH_UP_DAYS)
    days = days_with_visits(db, first, today)
    due = set(closed_days(db, days, now=now))
    if include_today and today in days:
        due.add(today)
    sheets = [
        archive_daily_sheet(db, folder, day, now=now, actor=actor, lang=lang) for day in sorted(due)
    ]
    written = [sheet for sheet in sheets if sheet.written]
    anonymised = anonymise_old_sheets(db, folder, now=now, actor=actor, lang=lang)
    return ArchiveRun(written, anonymised)
