"""Visits as CSV that Italian Excel opens as it is: UTF-8 with BOM, `;` between fields, one row per
visit, times in ISO 8601 venue time with offset (2026-11-20T09:05:00+01:00), text that a
spreadsheet would run as a formula neutralised (`spreadsheet_csv`)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from serre_desk.clock import iso_local
from serre_desk.render.spreadsheet_csv import SpreadsheetWriter
from serre_desk.render.words import FLAG_WORDS, KIND_WORDS, tr
from serre_desk.services.reports import PersonLabel, elapsed_minutes, export_rows, row_flags
from serre_desk.storage.database import Database

COLUMNS = (
    "Person id",
    "Name",
    "Kind",
    "Organisation",
    "Area",
    "Check-in",
    "Check-out",
    "Duration (minutes)",
    "Flags",
)


def _name(person: PersonLabel, lang: str) -> str:
    if person.anonymous:
        return tr("Anonymous {n}", lang).format(n=person.alias)
    return person.name


def export_visits_csv(
    db: Database, first: date, last: date, out_path: Path, *, lang: str = "it"
) -> tuple[Path, int]:
    """Write every visit overlapping [first, last]; returns the path and the number of rows."""
    rows = export_rows(db, first, last)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    partial = out_path.with_name(out_path.name + ".part")
    with partial.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = SpreadsheetWriter(handle)
        writer.writerow([tr(column, lang) for column in COLUMNS])
        for row, area_key in rows:
            out = row.checked_out_at
            writer.writerow(
                [
                    row.person.id,
                    _name(row.person, lang),
                    tr(KIND_WORDS[row.person.kind], lang),
                    row.person.organisation or "",
                    area_key,
                    iso_local(row.checked_in_at),
                    iso_local(out) if out else "",
                    elapsed_minutes(row.checked_in_at, out) if out else "",
                    ", ".join(tr(FLAG_WORDS[flag], lang) for flag in row_flags(row)),
                ]
            )
    os.replace(partial, out_path)
    return out_path, len(rows)
