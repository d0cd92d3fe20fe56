"""Every total on the daily sheet and the period report adds up from the parts printed beside
it, read back from the PDFs' text: staff visits are listed where the sum needs them."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from serre_desk.domain.people import PersonKind
from serre_desk.render.daily_sheet import render_daily_sheet
from serre_desk.render.period_report import render_period_report
from serre_desk.storage.database import Database
from tests.report_helpers import at, someone, text, visit

FRIDAY = date(2026, 11, 20)
SATURDAY = date(2026, 11, 21)
LATER = at(date(2026, 11, 23), 9)


def a_busy_day(db: Database, day: date) -> None:
    """Members (one comes twice), a guest, staff in coworking, a child twice and an educator."""
    anna, luca = someone(db, "Anna Ricci"), someone(db, "Luca Neri")
    guest = someone(db, "Ospite Uno", PersonKind.GUEST)
    clerk = someone(db, "Paolo Staff", PersonKind.STAFF)
    educator = someone(db, "Elena Educatrice", PersonKind.STAFF)
    child = someone(db, "Emma Bimba", PersonKind.CHILD, birth=date(2023, 1, 1))
    visit(db, anna, at(day, 9), at(day, 12))
    visit(db, anna, at(day, 14), at(day, 18))
    visit(db, luca, at(day, 10), at(day, 11))
    visit(db, guest, at(day, 10), at(day, 12))
    visit(db, clerk, at(day, 8), at(day, 17))
    visit(db, educator, at(day, 8), at(day, 17), "kids")
    visit(db, child, at(day, 9), at(day, 11), "kids", brought_by_id=anna, collected_by_id=anna)
    visit(db, child, at(day, 14), at(day, 16), "kids", brought_by_id=anna, collected_by_id=anna)


def counted(content: str, pattern: str) -> list[int]:
    return [int(n) for n in re.findall(pattern, " ".join(content.split()))]


def test_the_daily_sheets_boxes_add_up_to_the_total(db: Database, tmp_path: Path) -> None:
    a_busy_day(db, FRIDAY)
    content = text(render_daily_sheet(db, FRIDAY, tmp_path / "day.pdf", now=LATER))
    flat = " ".join(content.split())
    coworking, kids, total = counted(content, r"(\d+) visite · \d+ persone")
    assert (coworking, kids, total) == (5, 3, 8)
    assert coworking + kids == total, "the kids' space says its visits, educators included"
    assert "2 bambini" not in flat and "1 bambino · 1 educatore" in flat
    people = counted(content, r"\d+ visite · (\d+) persone")[-1]
    assert people == 6
    kinds = re.search(r"(\d+) membri · (\d+) ospite · (\d+) bambino · (\d+) staff", flat)
    assert kinds is not None, "every kind in the total, staff too"
    assert sum(int(n) for n in kinds.groups()) == people
    assert "■ Coworking — 5 visite" in content and "Spazio bimbi — 1 bambino, 1 educatore" in flat


def test_the_period_reports_visits_by_kind_add_up_to_the_total(
    db: Database, tmp_path: Path
) -> None:
    a_busy_day(db, FRIDAY)
    visit(db, someone(db, "Sara Sabato"), at(SATURDAY, 10), at(SATURDAY, 12))
    pdf = render_period_report(db, FRIDAY, SATURDAY, tmp_path / "period.pdf", now=LATER)
    flat = " ".join(text(pdf).split())

    def value(label: str) -> int:
        found = re.search(re.escape(label) + r": (\d+)", flat)
        assert found is not None, label
        return int(found.group(1))

    members, guests = value("Visite di membri"), value("Visite di ospiti")
    staff, children = value("Visite dello staff"), value("Visite di bambini")
    assert (members, guests, staff, children) == (4, 1, 2, 2)
    assert members + guests + staff + children == value("Visite")
    assert "Membri, ospiti e staff" in flat
    people = value("Membri diversi"), value("Ospiti diversi"), value("Persone dello staff")
    assert (*people, value("Bambini diversi")) == (3, 1, 2, 1)
    assert sum(people) + value("Bambini diversi") == value("Persone")
