"""Builders for the report tests: people and visits in a real database, text out of real PDFs."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from serre_desk.clock import VENUE_TZ
from serre_desk.domain.people import PersonKind
from serre_desk.render.fonts import visual_order
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, Person, Visit
from tests.helpers import person


def at(day: date, hour: int, minute: int = 0, *, fold: int = 0) -> datetime:
    """A wall-clock time in Bologna (fold=1: the second 02:30 of the autumn DST night)."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=VENUE_TZ, fold=fold)


def someone(
    db: Database,
    name: str,
    kind: PersonKind = PersonKind.MEMBER,
    *,
    organisation: str | None = None,
    birth: date | None = None,
    health: str | None = None,
) -> int:
    pid = person(db, name, kind, organisation=organisation)
    if birth or health:
        with db.write() as session:
            row = session.get(Person, pid)
            assert row is not None
            row.birth_date, row.health_notes = birth, health
    return pid


def visit(
    db: Database,
    person_id: int,
    start: datetime,
    end: datetime | None,
    area: str = "coworking",
    **fields: object,
) -> int:
    """A visit row as the desk stores it (the kids' fields included), straight into the file."""
    with db.write() as session:
        area_id = session.scalar(select(Area.id).where(Area.key == area))
        row = Visit(
            person_id=person_id,
            area_id=area_id,
            checked_in_at=start,
            checked_out_at=end,
            in_by="anna",
            out_by="anna" if end else None,
            **fields,
        )
        session.add(row)
        session.flush()
        return row.id


def pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def text(path: Path) -> str:
    return "\n".join(pages(path))


def layout_text(path: Path) -> str:
    """The text as laid out on the page, left to right: right-to-left runs in visual order."""
    return "\n".join(
        page.extract_text(extraction_mode="layout") or "" for page in PdfReader(path).pages
    )


def squeeze(value: str) -> str:
    """Without whitespace and compatibility forms folded: what wrapping cannot change."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", value))


def printed(name: str) -> str:
    """How a name appears, left to right, on the page: Arabic shaped, right-to-left reversed."""
    return squeeze(visual_order(name))


def embedded_fonts(path: Path) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names
