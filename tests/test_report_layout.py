"""How the printed reports lay out what does not fit: long names wrap between words and after
hyphens, a word wider than its column is shrunk, the signatures stay with the last rows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlalchemy import select

from serre_desk.domain.people import PersonKind
from serre_desk.render.daily_sheet import ADULT_WIDTHS, render_daily_sheet
from serre_desk.render.emergency_list import render_emergency_list
from serre_desk.render.fonts import FONT, register_fonts
from serre_desk.render.report_layout import MARGIN
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, Person, Visit
from tests.report_helpers import at, pages, someone, text, visit

FRIDAY = date(2026, 11, 20)
NEXT_MORNING = at(date(2026, 11, 21), 9)
LONG_NAME = "Maria Antonietta Giuseppina Bevilacqua-Scarabelli di Sant'Agata"
LONG_COMPANY = "Cooperativa Sociale Ortofrutticola Intercomunale dell'Appennino-Tosco-Emiliano"
LONG_WORD = "Ähnlichkeitsbewertungsverfahrensgesellschaft"


@dataclass(frozen=True)
class Run:
    """A run of text as drawn on a page: where it starts and its size."""

    text: str
    x: float
    size: float


def runs(path: Path, page: int = 0) -> list[Run]:
    found: list[Run] = []

    def seen(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            scale = cm[0] * tm[0]
            found.append(Run(text, cm[0] * tm[4] + cm[4], size * scale))

    PdfReader(path).pages[page].extract_text(visitor_text=seen)
    return found


def wrapped(name: str) -> re.Pattern[str]:
    """The name as a wrapped cell may print it: any space a line break, and a line break
    possible after any hyphen, nowhere else."""
    return re.compile(r"\s+".join(re.escape(w).replace(r"\-", r"-\s?") for w in name.split()))


def column_edges(widths: tuple[float, ...], column: int) -> tuple[float, float]:
    left = MARGIN + sum(widths[:column])
    return left, left + widths[column]


def test_long_names_wrap_between_words_or_after_hyphens_never_inside_a_word(
    db: Database, tmp_path: Path
) -> None:
    member = someone(db, LONG_NAME, organisation=LONG_COMPANY)
    visit(db, member, at(FRIDAY, 9), at(FRIDAY, 17))
    mum = someone(db, "Anna Maria Bevilacqua-Scarabelli Ferri")
    child = someone(
        db, "Giovanni Battista Bevilacqua-Scarabelli", PersonKind.CHILD, birth=date(2022, 9, 1)
    )
    visit(db, child, at(FRIDAY, 9), at(FRIDAY, 16), "kids", brought_by_id=mum, collected_by_id=mum)

    content = text(render_daily_sheet(db, FRIDAY, tmp_path / "long.pdf", now=NEXT_MORNING))
    for name in (LONG_NAME, LONG_COMPANY, "Giovanni Battista Bevilacqua-Scarabelli"):
        assert wrapped(name).search(content), name
    assert "Bevilacqua-\nScarabelli Ferri" in content, "a line ends after the hyphen"
    assert "\n4 anni e 2 mesi\n" in content


def test_a_word_wider_than_its_column_is_shrunk_not_split(db: Database, tmp_path: Path) -> None:
    register_fonts()
    visit(db, someone(db, f"Anna {LONG_WORD}"), at(FRIDAY, 9), at(FRIDAY, 10))
    pdf = render_daily_sheet(db, FRIDAY, tmp_path / "word.pdf", now=NEXT_MORNING)
    assert LONG_WORD in text(pdf).split()
    drawn = next(run for run in runs(pdf) if LONG_WORD in run.text)
    left, right = column_edges(ADULT_WIDTHS, 0)
    assert drawn.size < 7.5, "smaller than the table's text"
    assert left <= drawn.x and drawn.x + stringWidth(LONG_WORD, FONT, drawn.size) <= right


def test_the_emergency_list_wraps_names_the_same_way(db: Database, tmp_path: Path) -> None:
    register_fonts()
    mum = someone(db, "Anna Maria Bevilacqua-Scarabelli Ferri")
    child = someone(db, LONG_NAME, PersonKind.CHILD, birth=date(2025, 5, 1))
    visit(db, child, at(FRIDAY, 9), None, "kids", brought_by_id=mum)
    visit(db, someone(db, LONG_WORD, organisation=LONG_COMPANY), at(FRIDAY, 9), None)
    pdf = render_emergency_list(db, tmp_path / "list.pdf", now=at(FRIDAY, 10))
    content = text(pdf)
    for name in (LONG_NAME, LONG_COMPANY, "Anna Maria Bevilacqua-Scarabelli Ferri"):
        assert wrapped(name).search(content), name
    assert "\n1 anno e 6 mesi\n" in content
    assert LONG_WORD in content.split()


def test_the_signatures_never_stand_alone_on_the_last_page(db: Database, tmp_path: Path) -> None:
    """45 children filled page 2 to its last line: the signatures fell alone onto page 3."""
    with db.write() as session:
        kids = session.scalar(select(Area.id).where(Area.key == "kids"))
        for i in range(45):
            child = Person(
                name=f"Bimbo Numero {i:03d}",
                search_key=f"bimbo numero {i:03d}",
                kind="child",
                created_at=at(FRIDAY, 8),
            )
            session.add(child)
            session.flush()
            start = at(FRIDAY, 8) + timedelta(minutes=5 * i)
            session.add(
                Visit(
                    person_id=child.id,
                    area_id=kids,
                    checked_in_at=start,
                    checked_out_at=start + timedelta(hours=2),
                    in_by="anna",
                )
            )

    texts = pages(render_daily_sheet(db, FRIDAY, tmp_path / "signed.pdf", now=NEXT_MORNING))
    last = texts[-1]
    assert "Firme" in last and "Responsabile" in last
    assert "Bimbo Numero 044" in last, "the last rows are on the signatures' page"
    assert "Bambino" in last.split("Bimbo Numero")[0], "with the column headers again"
    content = "\n".join(texts)
    assert all(content.count(f"Bimbo Numero {i:03d}") == 1 for i in range(45))
