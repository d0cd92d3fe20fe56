"""The daily sheet shows at which desk each visit was recorded, on a day kept at several desks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from serre_desk.render.daily_sheet import render_daily_sheet
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.visits import check_in, check_out
from serre_desk.storage.database import Database
from tests.report_helpers import at, someone, text

FRIDAY = date(2026, 11, 20)
ENTRANCE = replace(LOCAL_ADMIN, desk="Ingresso")
OFFICE = replace(LOCAL_ADMIN, desk="Ufficio")


def _flat(content: str) -> str:
    return " ".join(content.split())


def test_a_day_at_two_desks_has_a_desk_column(any_db: Database, tmp_path: Path) -> None:
    anna = someone(any_db, "Anna Ricci")
    marco = someone(any_db, "Marco Bellini")
    check_in(any_db, ENTRANCE, anna, now=at(FRIDAY, 9))
    check_out(any_db, OFFICE, anna, now=at(FRIDAY, 12))
    check_in(any_db, ENTRANCE, marco, now=at(FRIDAY, 10))
    check_out(any_db, ENTRANCE, marco, now=at(FRIDAY, 11))

    content = _flat(
        text(render_daily_sheet(any_db, FRIDAY, tmp_path / "s.pdf", now=at(FRIDAY, 20), lang="en"))
    )
    assert "Duration Desk Notes" in content  # the column's header
    assert "Ingresso → Ufficio" in content
    assert "Ingresso" in content.replace("Ingresso → Ufficio", "")


def test_a_day_at_one_desk_is_as_it_always_was(any_db: Database, tmp_path: Path) -> None:
    anna = someone(any_db, "Anna Ricci")
    check_in(any_db, ENTRANCE, anna, now=at(FRIDAY, 9))
    check_out(any_db, ENTRANCE, anna, now=at(FRIDAY, 12))
    content = text(
        render_daily_sheet(any_db, FRIDAY, tmp_path / "s.pdf", now=at(FRIDAY, 20), lang="en")
    )
    assert "Duration Notes" in _flat(content) and "Ingresso" not in content
