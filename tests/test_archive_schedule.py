"""When the archive writes a day's sheet: only once the day's closing has run, again at once
after a late closing or a change to that day, and always what `report daily` prints now. A
moving clock over a Thursday, the night after and the Friday, on both database engines."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from serre_desk.render.daily_sheet import render_daily_sheet
from serre_desk.render.sheet_archive import archive_due_sheets, archive_folder, archived_sheets
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.closing import close_day
from serre_desk.services.visits import check_in, check_out
from serre_desk.storage.database import Database
from tests.conftest import CliRunner
from tests.kids_helpers import drop, educator, family
from tests.report_helpers import at, someone, text

pytestmark = pytest.mark.parametrize("any_db", ["sqlite", "postgresql"], indirect=True)

THURSDAY, FRIDAY = date(2026, 11, 19), date(2026, 11, 20)
GENERATED = re.compile(r"Generato il .*? alle \d{2}:\d{2}")
# the audit log's head when the sheet was made: it moves on with every event, the sheet's own too
ANCHOR = re.compile(r"Registro di audit alla creazione.*?\n\d+:[0-9a-f]{64}", re.S)


def run(db: Database, folder: Path, now: datetime, *, closing: bool = False) -> list[str]:
    """The archive run of the desk at `now`: the names of the files it wrote."""
    done = archive_due_sheets(db, folder, now=now, actor=LOCAL_ADMIN, include_today=closing)
    return [sheet.path.name for sheet in done.written if sheet.written]


def stamped_out(sheet: str) -> str:
    """A sheet's text without what dates it (when it was generated, the audit head then)."""
    return ANCHOR.sub("", GENERATED.sub("", sheet))


def matches_report_daily(db: Database, folder: Path, day: date, now: datetime) -> str:
    """The newest archived sheet of `day`, checked against what `report daily` prints now."""
    newest = archived_sheets(folder)[day]
    archived = text(newest[max(newest)])
    fresh = render_daily_sheet(db, day, folder.parent / "fresh.pdf", now=now, lang="it")
    assert stamped_out(archived) == stamped_out(text(fresh))
    return archived


def test_a_day_is_archived_once_closed_and_again_after_each_change(
    any_db: Database, data_dir: Path
) -> None:
    db, folder = any_db, archive_folder(any_db, data_dir)
    anna = someone(db, "Anna Ricci")
    marco = someone(db, "Marco Tardi")
    check_in(db, LOCAL_ADMIN, anna, now=at(THURSDAY, 9))
    check_in(db, LOCAL_ADMIN, marco, now=at(THURSDAY, 10))
    check_out(db, LOCAL_ADMIN, marco, now=at(THURSDAY, 12))

    # during the day, after closing time with nobody closing, the night, the next start:
    # Anna would read "ancora presente" while the closing will check her out, so no sheet
    for now in (at(THURSDAY, 15), at(THURSDAY, 19, 45), at(THURSDAY, 23, 30), at(FRIDAY, 8)):
        assert run(db, folder, now) == []
    assert not folder.exists() or archived_sheets(folder) == {}

    late = at(THURSDAY, 21)  # the closing runs late: the sheet is written at once
    close_day(db, LOCAL_ADMIN, now=late)
    assert run(db, folder, late, closing=True) == ["presenze-2026-11-19.pdf"]
    sheet = matches_report_daily(db, folder, THURSDAY, late)
    assert "ancora presente" not in sheet and "Anna Ricci" in sheet
    assert run(db, folder, at(FRIDAY, 8)) == []  # nothing changed: nothing new

    friday = at(FRIDAY, 9)  # a manager corrects Thursday: Marco came back in the afternoon
    check_in(db, LOCAL_ADMIN, marco, now=friday, at=at(THURSDAY, 15), reason="badge dimenticato")
    check_out(db, LOCAL_ADMIN, marco, now=friday, at=at(THURSDAY, 18), reason="badge dimenticato")
    assert run(db, folder, friday) == ["presenze-2026-11-19-r2.pdf"]
    assert "15:00" in matches_report_daily(db, folder, THURSDAY, friday)


def test_a_child_left_overnight_is_on_the_sheet_and_its_release_the_morning_after(
    any_db: Database, data_dir: Path
) -> None:
    db, folder = any_db, archive_folder(any_db, data_dir)
    kid = family(db, "Leo Bianchi", "Giulia Bianchi")
    educator(db, "Sara Neri", now=at(THURSDAY, 8))
    drop(db, kid, now=at(THURSDAY, 8, 25))
    closing = at(THURSDAY, 19, 30)
    close_day(db, LOCAL_ADMIN, now=closing)  # Leo and Sara stay
    assert run(db, folder, closing, closing=True) == ["presenze-2026-11-19.pdf"]
    assert "Leo Bianchi" in matches_report_daily(db, folder, THURSDAY, closing)

    morning = at(FRIDAY, 8, 40)  # released the morning after: Thursday's sheet shows it at once
    check_out(
        db,
        LOCAL_ADMIN,
        kid.child,
        now=morning,
        collected_by=kid.parent,
        override=True,
        reason="codice smarrito",
    )
    assert run(db, folder, morning) == ["presenze-2026-11-19-r2.pdf"]
    thursday = " ".join(matches_report_daily(db, folder, THURSDAY, morning).split())
    assert "ancora presente alla chiusura — ritirato il 20/11/2026 alle 08:40" in thursday
    friday_closing = at(FRIDAY, 19, 30)  # Friday's own sheet says where Leo's day began
    close_day(db, LOCAL_ADMIN, now=friday_closing)  # (Sara's check-out changes Thursday too)
    assert "presenze-2026-11-20.pdf" in run(db, folder, friday_closing, closing=True)
    friday = " ".join(matches_report_daily(db, folder, FRIDAY, friday_closing).split())
    assert "rimasto dal 19/11/2026, presente dalle 08:25" in friday


def test_a_correction_on_the_command_line_writes_the_days_new_revision_at_once(
    any_db: Database, data_dir: Path, cli: CliRunner
) -> None:
    db, folder = any_db, archive_folder(any_db, data_dir)
    url = None if db.is_sqlite else db.url
    marco = someone(db, "Marco Tardi")
    check_in(db, LOCAL_ADMIN, marco, now=at(THURSDAY, 10))
    check_out(db, LOCAL_ADMIN, marco, now=at(THURSDAY, 12))
    late = at(THURSDAY, 21)
    close_day(db, LOCAL_ADMIN, now=late)
    assert run(db, folder, late, closing=True) == ["presenze-2026-11-19.pdf"]

    friday = at(FRIDAY, 9)  # Marco came back on Thursday afternoon without scanning
    for command, hour in (("checkin", 15), ("checkout", 18)):
        corrected = cli(
            command,
            str(marco),
            "--at",
            at(THURSDAY, hour).isoformat(),
            "--reason",
            "badge dimenticato",
            now=friday,
            db_url=url,
        )
        assert corrected.returncode == 0, corrected.stderr

    assert sorted(archived_sheets(folder)[THURSDAY]) == [1, 2, 3]
    assert "15:00" in matches_report_daily(db, folder, THURSDAY, friday)
