"""A length of time reads the same in the window as on the printed sheet: the same words and the
same minutes (the sheet counts the minutes of the clock, so the window must too)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from serre_desk.domain.people import PersonKind
from serre_desk.render.daily_sheet import render_daily_sheet
from serre_desk.services.occupancy import InsideRow
from serre_desk.storage.database import Database
from serre_desk.ui.views.inside import DURATION, InsideModel
from tests.conftest import MORNING
from tests.report_helpers import someone, text, visit

ARRIVED = MORNING + timedelta(seconds=50)  # 09:00:50
LATER = MORNING + timedelta(hours=1, minutes=1, seconds=10)  # 10:01:10


def test_the_window_and_the_sheet_give_a_stay_the_same_minutes(
    db: Database, tmp_path: Path
) -> None:
    model = InsideModel()
    row = InsideRow(1, "Anna Ricci", PersonKind.MEMBER, None, "coworking", ARRIVED)
    model.set_rows([row], LATER)
    assert model.index(0, DURATION).data() == "1 h 01 min"

    visit(db, someone(db, "Anna Ricci"), ARRIVED, LATER)
    day = MORNING.date()
    content = text(render_daily_sheet(db, day, tmp_path / "sheet.pdf", now=LATER))
    assert "09:00\n10:01\n1 h 01 min" in content
