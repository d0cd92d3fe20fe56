"""Printing from the window: a PDF reaches the chosen printer page for page, the printer and
paper are remembered per kind of document, and a cancelled or failed print (or no printer at all)
offers the PDF instead of losing it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from serre_desk.domain.people import PersonKind
from serre_desk.render.badges import badge_pdf
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.badges import badge_for_print
from serre_desk.services.startup import Database
from serre_desk.ui.pdf_viewer import PdfViewer
from serre_desk.ui.printing import (
    DAILY_SHEET,
    EMERGENCY_LIST,
    PrintJob,
    SystemPrinters,
    badge_key,
    choose_save_path,
)
from tests.conftest import MORNING
from tests.helpers import person
from tests.ui.print_helpers import Rig, qr_codes

SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "reports"
REPORT = SAMPLES / "foglio-presenze-2026-11-13.pdf"  # two A4 pages
ONE_PAGE = SAMPLES / "lista-emergenza.pdf"


@pytest.fixture
def rig(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> Iterator[Rig]:
    made = Rig(qtbot, data_dir, tmp_path)
    yield made
    made.close()


def test_a_report_printed_through_the_dialog_reaches_the_printer_page_for_page(rig: Rig) -> None:
    job = PrintJob(REPORT, DAILY_SHEET, "Foglio presenze 13/11/2026")
    rig.service.print_with_dialog(job, None)
    rig.settle()

    assert rig.printed == [(job, "Office laser")]  # the default printer, nothing remembered yet
    out = PdfReader(rig.printers.printed[-1])
    assert len(out.pages) == len(PdfReader(REPORT).pages) > 1
    width_mm = float(out.pages[0].mediabox.width) / 72 * 25.4
    assert width_mm == pytest.approx(210, abs=1)  # the PDF's own A4 paper
    assert rig.messages.shown == []


def test_a_badge_printed_on_a_label_printer_carries_its_code(
    rig: Rig, db: Database, tmp_path: Path
) -> None:
    badge = badge_for_print(db, LOCAL_ADMIN, person(db, "Zoë Ferri"), now=MORNING)
    pdf = tmp_path / "badge.pdf"
    pdf.write_bytes(badge_pdf([badge], "label-62x100"))
    rig.service.print_with_dialog(PrintJob(pdf, badge_key(badge.kind), "Badge"), None)
    rig.settle()

    assert qr_codes(rig.printers.printed[-1]) == [badge.code]
    page = PdfReader(rig.printers.printed[-1]).pages[0]
    assert float(page.mediabox.height) / 72 * 25.4 == pytest.approx(100, abs=1)


def test_printer_and_paper_are_remembered_per_kind_of_document(rig: Rig, tmp_path: Path) -> None:
    def pick_label_printer(printer: QPrinter) -> None:
        rig.printers.select(printer, "Desk label printer")
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QSizeF(62, 29), QPageSize.Unit.Millimeter),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )

    member = PrintJob(ONE_PAGE, badge_key(PersonKind.MEMBER), "Badge")
    rig.printers.choose = pick_label_printer
    rig.service.print_with_dialog(member, None)
    rig.settle()
    assert rig.printed[-1][1] == "Desk label printer"

    # Another start of the desk: a new service reads the same settings file.
    rig.printers.choose = None
    again = rig.new_service()
    again.print_with_dialog(member, None)
    again.print_with_dialog(PrintJob(ONE_PAGE, badge_key(PersonKind.GUEST), "Badge"), None)
    rig.settle()
    member_printer, guest_printer = rig.printers.asked[-2:]
    assert rig.printers.name_of(member_printer) == "Desk label printer"
    size = member_printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    assert (round(size.width()), round(size.height())) == (62, 29)
    assert rig.printers.name_of(guest_printer) == "Office laser"  # guests: nothing remembered
    assert (rig.data_dir / "desk-window.ini").read_text().count("Desk label printer") == 1


def test_a_cancelled_print_says_so_and_offers_the_pdf(
    rig: Rig, tmp_path: Path, qtbot: QtBot
) -> None:
    rig.printers.accept = False
    job = PrintJob(REPORT, DAILY_SHEET, "Foglio presenze 13/11/2026")
    rig.service.print_with_dialog(job, None)
    rig.settle()

    assert rig.printed == []
    [(_job, why)] = rig.not_printed
    assert "cancelled" in why
    [question] = rig.messages.shown
    assert question.kind == "ask" and "The PDF is kept" in question.text
    # The recorded message box answered "Show the PDF": the viewer shows it.
    [viewer] = rig.service.viewers
    assert isinstance(viewer, PdfViewer)
    qtbot.waitUntil(viewer.isVisible)
    assert viewer.pane.page_count == len(PdfReader(REPORT).pages)
    assert "cancelled" in viewer.notice.text()

    rig.files.save_to = tmp_path / "kept" / "sheet"
    rig.files.save_to.parent.mkdir()
    viewer.save_button.click()
    assert (tmp_path / "kept" / "sheet.pdf").read_bytes() == REPORT.read_bytes()
    viewer.open_button.click()
    assert rig.files.opened == [REPORT]


@pytest.mark.qt_log_ignore("QPainter::begin")  # Qt's own word that the printer said no
def test_a_failed_print_says_so_and_offers_the_pdf(rig: Rig) -> None:
    rig.printers.broken = True
    rig.service.print_with_dialog(PrintJob(ONE_PAGE, DAILY_SHEET, "Foglio"), None)
    rig.settle()

    assert rig.printed == []
    [question] = rig.messages.shown
    assert question.title == "Printing failed"
    assert "could not be printed on Office laser" in question.text
    assert len(rig.service.viewers) == 1


def test_without_any_printer_the_dialog_is_skipped_and_the_pdf_offered(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    rig = Rig(qtbot, data_dir, tmp_path, printer_names=[])
    try:
        rig.service.print_with_dialog(PrintJob(REPORT, DAILY_SHEET, "Foglio"), None)
        assert rig.printers.asked == []
        [question] = rig.messages.shown
        assert question.title == "No printer"
        assert rig.service.viewers[0].pane.page_count > 0
    finally:
        rig.close()


def test_printing_directly_uses_the_remembered_printer_without_asking(rig: Rig) -> None:
    rig.service.memory.remember(
        EMERGENCY_LIST,
        "Desk label printer",
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF()
        ),
    )
    job = PrintJob(ONE_PAGE, EMERGENCY_LIST, "Lista di emergenza")
    rig.service.print_direct(job)
    rig.settle()
    assert rig.printers.asked == []
    assert rig.printed == [(job, "Desk label printer")]
    assert rig.service.viewers == []


def test_the_real_print_dialog_opens_without_blocking(qtbot: QtBot) -> None:
    answers: list[bool] = []
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    SystemPrinters().ask(printer, None, answers.append)
    [dialog] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintDialog) and w.isVisible()
    ]
    assert answers == []  # still open: nothing waited for it
    dialog.reject()
    assert answers == [False]


def test_the_real_save_dialog_answers_without_blocking(qtbot: QtBot, tmp_path: Path) -> None:
    chosen: list[Path] = []
    choose_save_path(None, "Save", tmp_path / "x.pdf", "PDF (*.pdf)", chosen.append)
    [dialog] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()
    ]
    assert chosen == []
    dialog.selectFile(str(tmp_path / "kept.pdf"))
    dialog.accept()
    assert chosen == [tmp_path / "kept.pdf"]
