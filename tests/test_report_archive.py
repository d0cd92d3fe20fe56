"""The archive of daily sheets: file names, revisions, catching up a missed closing, privacy."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from serre_desk.domain.people import PersonKind
from serre_desk.render.sheet_archive import (
    INDEX_FILE,
    archive_daily_sheet,
    archive_due_sheets,
    archive_folder,
)
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.settings_store import put_setting
from serre_desk.storage.database import Database
from serre_desk.storage.models import AuditEvent
from tests.report_helpers import at, someone, text, visit

THURSDAY, FRIDAY, MONDAY = date(2026, 11, 19), date(2026, 11, 20), date(2026, 11, 23)


def archive(db: Database, folder: Path, day: date, now_day: date, hour: int = 20):
    return archive_daily_sheet(db, folder, day, now=at(now_day, hour), actor=LOCAL_ADMIN)


def test_the_archive_is_reports_in_the_data_dir_unless_configured(
    db: Database, data_dir: Path, tmp_path: Path
) -> None:
    assert archive_folder(db, data_dir) == data_dir / "reports"
    with db.write() as session:
        put_setting(session, "reports.archive_dir", "fogli")
    assert archive_folder(db, data_dir) == data_dir / "fogli"
    with db.write() as session:
        put_setting(session, "reports.archive_dir", str(tmp_path / "shared"))
    assert archive_folder(db, data_dir) == tmp_path / "shared"


def test_a_regenerated_sheet_never_overwrites_the_earlier_one(db: Database, data_dir: Path) -> None:
    folder = archive_folder(db, data_dir)
    visit(db, someone(db, "Anna Ricci"), at(FRIDAY, 9), at(FRIDAY, 12))
    first = archive(db, folder, FRIDAY, FRIDAY)
    assert first.path == folder / "presenze-2026-11-20.pdf" and first.written
    signed = first.path.read_bytes()

    again = archive(db, folder, FRIDAY, FRIDAY, hour=21)  # nothing changed: nothing new
    assert again.path == first.path and not again.written

    visit(db, someone(db, "Marco Tardi"), at(FRIDAY, 15), at(FRIDAY, 18))  # a late correction
    second = archive(db, folder, FRIDAY, FRIDAY + timedelta(days=1), hour=9)
    assert second.path == folder / "presenze-2026-11-20-r2.pdf" and second.revision == 2
    assert first.path.read_bytes() == signed
    assert "Marco Tardi" in text(second.path) and "Marco Tardi" not in text(first.path)
    third = archive(db, folder, FRIDAY, FRIDAY + timedelta(days=1), hour=10)
    assert third.path == second.path and not third.written
    with db.read() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "sheet_archived")
        ).all()
    assert [json.loads(e.detail)["file"] for e in events] == [
        "presenze-2026-11-20.pdf",
        "presenze-2026-11-20-r2.pdf",
    ]


def test_the_first_start_after_a_missed_closing_writes_the_missing_sheets(
    db: Database, data_dir: Path
) -> None:
    folder = archive_folder(db, data_dir)
    anna = someone(db, "Anna Ricci")
    for day in (THURSDAY, FRIDAY, MONDAY):
        visit(db, anna, at(day, 9), at(day, 12))
    archive(db, folder, THURSDAY, THURSDAY)  # Thursday closed normally, Friday's closing missed

    monday_morning = at(MONDAY, 9)
    run = archive_due_sheets(db, folder, now=monday_morning, actor=LOCAL_ADMIN)
    assert [s.path.name for s in run.written] == ["presenze-2026-11-20.pdf"]
    assert archive_due_sheets(db, folder, now=monday_morning, actor=LOCAL_ADMIN).written == []

    closing = archive_due_sheets(
        db, folder, now=at(MONDAY, 19, 30), actor=LOCAL_ADMIN, include_today=True
    )
    assert [s.path.name for s in closing.written] == ["presenze-2026-11-23.pdf"]
    assert "lunedì 23 novembre 2026" in text(closing.written[0].path)


def test_sheets_past_the_guest_retention_period_are_replaced_with_guests_anonymised(
    db: Database, data_dir: Path
) -> None:
    folder = archive_folder(db, data_dir)
    guest = someone(db, "Ospite Curioso", PersonKind.GUEST, organisation="Curiosi srl")
    visit(db, guest, at(FRIDAY, 9), at(FRIDAY, 11))
    visit(db, someone(db, "Socia Fedele"), at(FRIDAY, 9), at(FRIDAY, 17))
    archive(db, folder, FRIDAY, FRIDAY)
    visit(db, guest, at(FRIDAY, 14), at(FRIDAY, 15))
    archive(db, folder, FRIDAY, FRIDAY, hour=21)
    assert sorted(p.name for p in folder.glob("*.pdf")) == [
        "presenze-2026-11-20-r2.pdf",
        "presenze-2026-11-20.pdf",
    ]

    still_recent = archive_due_sheets(
        db, folder, now=at(FRIDAY + timedelta(days=30), 9), actor=LOCAL_ADMIN
    )
    assert still_recent.anonymised == []

    later = at(FRIDAY + timedelta(days=31), 9)
    run = archive_due_sheets(db, folder, now=later, actor=LOCAL_ADMIN)
    assert [s.path.name for s in run.anonymised] == ["presenze-2026-11-20-r2.pdf"]
    assert [p.name for p in folder.glob("*.pdf")] == ["presenze-2026-11-20-r2.pdf"]
    content = text(folder / "presenze-2026-11-20-r2.pdf")
    assert "Ospite Curioso" not in content and "Curiosi" not in content
    assert "Ospite anonimo 1" in content and "Socia Fedele" in content
    index = json.loads((folder / INDEX_FILE).read_text(encoding="utf-8"))
    assert index["files"]["presenze-2026-11-20-r2.pdf"]["anonymised"] is True
    assert archive_due_sheets(db, folder, now=later, actor=LOCAL_ADMIN).anonymised == []


def test_the_retention_period_comes_from_the_privacy_settings(db: Database, data_dir: Path) -> None:
    folder = archive_folder(db, data_dir)
    with db.write() as session:
        put_setting(session, "privacy.retention", {"guest_days": 10})
    visit(db, someone(db, "Ospite Breve", PersonKind.GUEST), at(FRIDAY, 9), at(FRIDAY, 10))
    sheet = archive(db, folder, FRIDAY, FRIDAY + timedelta(days=11), hour=9)
    assert sheet.anonymised
    assert "Ospite Breve" not in text(sheet.path)
