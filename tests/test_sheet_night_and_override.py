"""What the daily sheet says of a child left over the night (on the day they were left, with the
release once there is one, and on the day of the release) and of a manager's capacity override,
read back from the PDF, on both database engines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from serre_desk.render.daily_sheet import render_daily_sheet
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.areas_admin import set_area
from serre_desk.services.closing import close_day
from serre_desk.services.visits import check_in, check_out
from serre_desk.storage.database import Database
from tests.kids_helpers import drop, educator, family
from tests.report_helpers import at, someone, text

pytestmark = pytest.mark.parametrize("any_db", ["sqlite", "postgresql"], indirect=True)

THURSDAY, FRIDAY = date(2026, 11, 19), date(2026, 11, 20)


def flat(content: str) -> str:
    """The text with line wrapping undone, for phrases that may wrap in a cell."""
    return " ".join(content.split())


def sheet(db: Database, day: date, path: Path, now_day: date, hour: int, lang: str = "it") -> str:
    return flat(text(render_daily_sheet(db, day, path, now=at(now_day, hour), lang=lang)))


def test_a_child_left_over_the_night_is_flagged_on_both_days_sheets(
    any_db: Database, tmp_path: Path
) -> None:
    db = any_db
    leo = family(db, "Leo Bianchi", "Giulia Bianchi")
    educator(db, "Sara Neri", now=at(THURSDAY, 8))
    code = drop(db, leo, now=at(THURSDAY, 8, 25)).pickup_code
    close_day(db, LOCAL_ADMIN, now=at(THURSDAY, 19, 30))  # Leo (and Sara) stay

    evening = sheet(db, THURSDAY, tmp_path / "evening.pdf", THURSDAY, 20)
    assert "Leo Bianchi" in evening and "ancora presente alla chiusura" in evening

    check_out(db, LOCAL_ADMIN, leo.child, now=at(FRIDAY, 8, 40), collected_by=leo.parent, code=code)
    thursday = sheet(db, THURSDAY, tmp_path / "thursday.pdf", FRIDAY, 12)
    assert (
        "ancora presente alla chiusura — ritirato il 20/11/2026 alle 08:40 da Giulia Bianchi"
        in thursday
    )
    assert "prosegue fino al" not in thursday.split("Educatori")[0]  # said once, in those words
    friday = sheet(db, FRIDAY, tmp_path / "friday.pdf", FRIDAY, 12)
    assert "rimasto dal 19/11/2026, presente dalle 08:25" in friday
    assert "ancora presente alla chiusura" not in friday  # released before Friday's closing
    assert "1 ritiro in ritardo" in friday and "nulla da segnalare" not in friday

    english = sheet(db, THURSDAY, tmp_path / "thursday-en.pdf", FRIDAY, 12, lang="en")
    assert "still inside at closing — released on 20/11/2026 08:40 by Giulia Bianchi" in english
    assert "left from 19/11/2026, in since 08:25" in sheet(
        db, FRIDAY, tmp_path / "friday-en.pdf", FRIDAY, 12, lang="en"
    )


def test_an_adult_across_midnight_is_not_taken_for_a_child_left_over_the_night(
    any_db: Database, tmp_path: Path
) -> None:
    db = any_db
    late = someone(db, "Serata Evento")
    check_in(db, LOCAL_ADMIN, late, now=at(THURSDAY, 22))
    check_out(db, LOCAL_ADMIN, late, now=at(FRIDAY, 1))
    thursday = sheet(db, THURSDAY, tmp_path / "thursday.pdf", FRIDAY, 12)
    assert "prosegue fino al 20/11/2026 alle 01:00" in thursday
    assert "alla chiusura" not in thursday and "rimasto dal" not in thursday


def test_a_capacity_override_is_marked_on_the_sheet_with_the_managers_reason(
    any_db: Database, tmp_path: Path
) -> None:
    db = any_db
    set_area(db, LOCAL_ADMIN, "coworking", now=at(THURSDAY, 8), capacity=1)
    first, extra = someone(db, "Anna Ricci"), someone(db, "Ágnes Nguyễn")
    check_in(db, LOCAL_ADMIN, first, now=at(THURSDAY, 9))
    check_in(db, LOCAL_ADMIN, extra, now=at(THURSDAY, 10), override=True, reason="riunione soci")
    content = sheet(db, THURSDAY, tmp_path / "override.pdf", THURSDAY, 12)
    row = content.split("Ágnes Nguyễn", 1)[1]
    assert row.split("Anna Ricci")[0].count("deroga capienza") == 1
    assert "«riunione soci»" in row
    assert "1 deroga" in content
    english = sheet(db, THURSDAY, tmp_path / "override-en.pdf", THURSDAY, 12, lang="en")
    assert "capacity override" in english.split("Ágnes Nguyễn", 1)[1]
