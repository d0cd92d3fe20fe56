"""The emergency list (F9) prints at once, or opens on screen on a desk with no printer at all;
the archive duty writes the day's sheet after closing and catches up after a missed closing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot

from serre_desk.domain.people import PersonKind
from serre_desk.render.sheet_archive import ARCHIVE_DIR_SETTING, ArchiveRun
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.settings_store import put_setting
from serre_desk.services.startup import Database
from serre_desk.services.visits import check_in, check_out
from serre_desk.ui.controllers.archive_duty import ArchiveDuty
from serre_desk.ui.controllers.emergency import EmergencyList, emergency_action
from serre_desk.ui.pdf_viewer import PdfViewer
from serre_desk.ui.printing import PrintService
from serre_desk.ui.settings import desk_settings
from tests.conftest import MORNING
from tests.helpers import person
from tests.report_helpers import at, text, visit
from tests.ui.print_helpers import Rig

EVENING = MORNING.replace(hour=20)  # after the default closing time
YESTERDAY = date(2026, 11, 24)


@pytest.fixture
def rig(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> Iterator[Rig]:
    made = Rig(qtbot, data_dir, tmp_path)
    yield made
    made.close()


def emergency(rig: Rig, db: Database, printing: PrintService | None = None) -> EmergencyList:
    return EmergencyList(rig.context(db, MORNING, printing))


def test_with_no_printer_at_all_the_emergency_list_opens_on_screen(
    rig: Rig, db: Database, qtbot: QtBot
) -> None:
    if QPrinterInfo.availablePrinterNames():
        pytest.skip("this computer has printers: the test would print on them")
    check_in(db, LOCAL_ADMIN, person(db, "Giulia Bianchi"), now=MORNING)
    system = PrintService(
        desk_settings(rig.data_dir), rig.runner, rig.messages, files=rig.files.actions()
    )  # the real printers: none here
    emergency_list = emergency(rig, db, system)
    host = QDialog()
    qtbot.addWidget(host)
    action = emergency_action(host, emergency_list)
    host.addAction(action)
    assert action.shortcut().toString() == "F9"

    with qtbot.waitSignal(emergency_list.done, timeout=20_000) as reported:
        action.trigger()
    rig.settle()
    assert reported.args[0] == "Emergency list on screen"
    assert "No printer is set up" in reported.args[1]
    [viewer] = system.viewers
    assert isinstance(viewer, PdfViewer) and viewer.isVisible()
    assert viewer.pane.page_count > 0
    assert "Giulia Bianchi" in text(viewer.job.pdf)
    assert "No printer is set up" in viewer.notice.text()
    assert rig.messages.shown == []  # nothing to answer first: the list is simply there
    for open_viewer in list(system.viewers):
        open_viewer.close()


def test_the_emergency_list_prints_at_once_without_a_dialog(rig: Rig, db: Database) -> None:
    check_in(db, LOCAL_ADMIN, person(db, "Giulia Bianchi"), now=MORNING)
    check_in(db, LOCAL_ADMIN, person(db, "Zoë Ferri", PersonKind.GUEST), now=MORNING)
    emergency_list = emergency(rig, db)
    emergency_list.run()
    emergency_list.run()  # a second press while it is being made changes nothing
    rig.settle()
    assert rig.printers.asked == []
    [printed] = rig.printers.printed
    assert len(PdfReader(printed).pages) == 1
    assert rig.service.viewers == []
    assert rig.printed[0][0] is emergency_list.job
    assert "Zoë Ferri" in text(emergency_list.job.pdf)  # type: ignore[union-attr]


def test_f9_works_from_a_dialog(rig: Rig, db: Database, qtbot: QtBot) -> None:
    emergency_list = emergency(rig, db)
    window = QDialog()
    field = QLineEdit()
    QVBoxLayout(window).addWidget(field)
    qtbot.addWidget(window)
    window.addAction(emergency_action(window, emergency_list))
    window.show()
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    with qtbot.waitSignal(emergency_list.done, timeout=20_000):
        QTest.keyClick(field, Qt.Key.Key_F9)
    rig.settle()
    assert len(rig.printers.printed) == 1


def duty(rig: Rig, db: Database, now=EVENING) -> ArchiveDuty:  # type: ignore[no-untyped-def]
    return ArchiveDuty(rig.context(db, now))


def test_after_closing_the_days_sheet_is_archived_once(
    rig: Rig, db: Database, qtbot: QtBot
) -> None:
    giulia = person(db, "Giulia Bianchi")
    visit(db, giulia, at(MORNING.date(), 9, 5), at(MORNING.date(), 17, 40))
    archive = duty(rig, db)
    reports: list[tuple[str, str]] = []
    archive.done.connect(lambda title, words: reports.append((title, words)))
    with qtbot.waitSignal(archive.finished, timeout=20_000):
        archive.after_closing()
    sheet = rig.data_dir / "reports" / "presenze-2026-11-25.pdf"
    assert "Giulia Bianchi" in text(sheet)
    [(title, words)] = reports
    assert title == "Attendance sheets archived"
    assert "Sheets written for 25/11/2026" in words

    with qtbot.waitSignal(archive.finished, timeout=20_000) as again:
        archive.after_closing()
    assert again.args[0].written == [] and len(reports) == 1  # nothing new, nothing said


def test_after_start_the_desk_catches_up_on_a_missed_closing(
    rig: Rig, db: Database, qtbot: QtBot
) -> None:
    giulia = person(db, "Giulia Bianchi")
    visit(db, giulia, at(YESTERDAY, 9, 0), at(YESTERDAY, 18, 0))
    visit(db, giulia, at(MORNING.date(), 8, 30), None)
    archive = duty(rig, db, now=MORNING)  # this morning: today's closing is still to come
    runs: list[ArchiveRun] = []
    archive.finished.connect(runs.append)
    archive.after_start()
    archive.after_closing()  # asked while the first run goes: it runs after it
    qtbot.waitUntil(lambda: len(runs) == 2, timeout=20_000)
    rig.settle()
    assert [sheet.day for sheet in runs[0].written] == [YESTERDAY]
    assert [sheet.day for sheet in runs[1].written] == [MORNING.date()]
    names = sorted(p.name for p in (rig.data_dir / "reports").glob("*.pdf"))
    assert names == ["presenze-2026-11-24.pdf", "presenze-2026-11-25.pdf"]


def test_a_correction_of_an_archived_day_writes_its_next_revision_at_once(
    rig: Rig, db: Database, qtbot: QtBot
) -> None:
    giulia = person(db, "Giulia Bianchi")
    visit(db, giulia, at(YESTERDAY, 9, 0), at(YESTERDAY, 12, 0))
    archive = duty(rig, db, now=MORNING)
    with qtbot.waitSignal(archive.finished, timeout=20_000):
        archive.after_start()
    folder = rig.data_dir / "reports"
    assert [p.name for p in folder.glob("*.pdf")] == ["presenze-2026-11-24.pdf"]

    reason = "badge dimenticato"
    check_in(db, LOCAL_ADMIN, giulia, now=MORNING, at=at(YESTERDAY, 14, 10), reason=reason)
    corrected = check_out(db, LOCAL_ADMIN, giulia, now=MORNING, at=at(YESTERDAY, 17), reason=reason)
    with qtbot.waitSignal(archive.finished, timeout=20_000):
        archive.after_movement(corrected)
    rig.settle()
    assert "14:10" in text(folder / "presenze-2026-11-24-r2.pdf")


def test_an_unwritable_archive_folder_is_said_calmly(
    rig: Rig, db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    visit(db, person(db, "Giulia Bianchi"), at(YESTERDAY, 9, 0), at(YESTERDAY, 18, 0))
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the archive folder should be")
    with db.write() as session:
        put_setting(session, ARCHIVE_DIR_SETTING, str(blocked))
    archive = duty(rig, db)
    with qtbot.waitSignal(archive.reported, timeout=20_000) as reported:
        archive.after_start()
    rig.settle()
    assert reported.args[0] == "Attendance sheets not archived"
    assert "next closing or start" in reported.args[1]
    assert rig.messages.shown == []  # not treated as a bug
