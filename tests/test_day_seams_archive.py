"""The archive the morning after a closing that ran only after midnight: yesterday's sheet ends
yesterday's stays at yesterday's closing time, and that late closing does not pass for the
closing of the day it ran on. On both database engines, with a moving clock."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from serre_desk.render.sheet_archive import archive_due_sheets, archive_folder, archived_sheets
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.closing import close_day
from serre_desk.services.visits import check_in
from serre_desk.storage.database import Database
from tests.report_helpers import at, someone, text

pytestmark = pytest.mark.parametrize("any_db", ["sqlite", "postgresql"], indirect=True)

THURSDAY, FRIDAY, SATURDAY = date(2026, 11, 19), date(2026, 11, 20), date(2026, 11, 21)


def test_a_closing_owed_since_yesterday_closes_yesterday_only(
    any_db: Database, data_dir: Path
) -> None:
    db, folder = any_db, archive_folder(any_db, data_dir)
    anna = someone(db, "Anna Ricci")
    marco = someone(db, "Marco Tardi")
    check_in(db, LOCAL_ADMIN, anna, now=at(THURSDAY, 9))
    owed = at(FRIDAY, 0, 40)  # the desk was off at 19:30: the closing runs when it starts again
    close_day(db, LOCAL_ADMIN, now=owed)
    done = archive_due_sheets(db, folder, now=owed, actor=LOCAL_ADMIN)
    assert [sheet.path.name for sheet in done.written] == ["presenze-2026-11-19.pdf"]
    thursday = text(archived_sheets(folder)[THURSDAY][1])
    row = thursday[thursday.index("Anna Ricci") :].split("\n")[:6]
    assert row[3:] == ["09:00", "19:30", "10 h 30 min"], "out at Thursday's closing time"

    check_in(db, LOCAL_ADMIN, marco, now=at(FRIDAY, 9))
    # Friday: nobody closes (the desk off again); Saturday morning Marco is still inside
    done = archive_due_sheets(db, folder, now=at(SATURDAY, 8), actor=LOCAL_ADMIN)
    assert FRIDAY not in archived_sheets(folder), "Friday's closing has not run"
