"""The settings window's printers: the label printer and the label size chosen here are
remembered for this desk (a restarted desk shows them) and used by the pickup labels; "Print a
test page" prints a framed page of the chosen size on the chosen printer."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from serre_desk.domain.people import PersonKind
from serre_desk.services.startup import Database
from serre_desk.services.users import authenticate
from serre_desk.ui.dialogs.settings.printers_page import PrintersPage
from serre_desk.ui.kids_desk import PICKUP_LABELS
from tests.roles_helpers import MANAGER_PASSWORD
from tests.ui.conftest import DeskFactory, settle
from tests.ui.print_helpers import PdfPrinters
from tests.ui.settings_helpers import make_team, open_settings, show


def test_printers_are_chosen_per_desk_and_a_test_page_prints_on_the_chosen_paper(
    db: Database, make_desk: DeskFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    make_team(db)
    anna = authenticate(db, "Anna", MANAGER_PASSWORD)
    printers = PdfPrinters(tmp_path)
    desk = make_desk(now=None, actor=anna, printers=printers)
    page = show(qtbot, desk, open_settings(qtbot, desk), PrintersPage)
    assert isinstance(page, PrintersPage)
    labels = page.rows["labels"]
    assert labels.printer.currentText() == "This computer's default (Office laser)"
    labels.printer.setCurrentIndex(labels.printer.findData("Desk label printer"))
    assert labels.paper is not None
    labels.paper.setCurrentIndex(labels.paper.findData("62x100"))
    badges = page.rows["badges"]
    assert badges.paper is not None
    badges.paper.setCurrentIndex(badges.paper.findData("label-62x100"))
    page.save_button.click()
    memory = desk.printing.memory
    assert memory.printer(PICKUP_LABELS) == "Desk label printer"
    assert memory.label_size() == "62x100"
    assert memory.printer("badge-guest") is None, "badges: the computer's default"
    assert memory.badge_format(PersonKind.GUEST) == "label-62x100"

    labels.test.click()
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: bool(printers.printed) and printers.printed[-1].exists())
    settle(qtbot, desk)
    printed = printers.printed[-1]
    assert printed.name.startswith("Desk label printer")
    pdf = PdfReader(printed)
    box = pdf.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (62, 100)

    desk.window.close()
    again = make_desk(now=None, actor=anna, printers=printers)
    page = show(qtbot, again, open_settings(qtbot, again), PrintersPage)
    assert isinstance(page, PrintersPage)
    assert page.rows["labels"].printer.currentText() == "Desk label printer"
    assert page.rows["labels"].paper.currentData() == "62x100"  # type: ignore[union-attr]
