"""The reports tab: a real attendance sheet made in the background (progress shown, the desk
responsive) and previewed with QtPdf; period report quick picks; CSV export; print and open."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from serre_desk.domain.people import PersonKind
from serre_desk.services.startup import Database
from serre_desk.ui.views.reports import ReportsView, last_month, this_month, this_week
from tests.conftest import MORNING
from tests.report_helpers import at, someone, text, visit
from tests.ui.print_helpers import Rig

YESTERDAY = date(2026, 11, 24)


@pytest.fixture
def rig(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> Iterator[Rig]:
    made = Rig(qtbot, data_dir, tmp_path)
    yield made
    made.close()


@pytest.fixture
def view(rig: Rig, db: Database) -> ReportsView:
    giulia = someone(db, "Giulia Bianchi", organisation="Studio Verde")
    zoe = someone(db, "Zoë Ferri", PersonKind.GUEST)
    visit(db, giulia, at(YESTERDAY, 9, 5), at(YESTERDAY, 17, 40))
    visit(db, zoe, at(YESTERDAY, 10, 0), at(YESTERDAY, 12, 35))
    visit(db, giulia, at(date(2026, 10, 14), 9, 0), at(date(2026, 10, 14), 13, 0))
    made = ReportsView(rig.context(db, MORNING))
    rig.qtbot.addWidget(made)
    made.resize(1200, 800)
    made.show()
    return made


def test_a_daily_sheet_is_made_in_the_background_and_previewed(
    rig: Rig, view: ReportsView, qtbot: QtBot
) -> None:
    progress: list[int] = []
    view.progress.valueChanged.connect(progress.append)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    view.day.setDate(YESTERDAY)

    with qtbot.waitSignal(view.generated, timeout=20_000) as made:
        view.generate_button.click()
        assert view.running and not view.generate_button.isEnabled()  # returned at once
    timer.stop()
    rig.settle()

    pdf = made.args[0]
    assert view.pane.page_count == len(PdfReader(pdf).pages) > 0
    assert view.pane.currentWidget() is view.pane.view
    sheet = text(pdf)
    assert "Giulia Bianchi" in sheet and "09:05" in sheet and "17:40" in sheet
    assert "Foglio presenze" not in sheet and "Attendance sheet" in sheet  # the chosen language
    assert max(progress) == 100 and sorted(set(progress)) != [0, 100]  # steps, not a jump
    assert ticks  # the event loop kept running while the sheet was made
    assert not view.progress.isVisible() and view.generate_button.isEnabled()
    assert "Attendance sheet of 24/11/2026" in view.status.text()


def test_the_sheet_speaks_the_chosen_language(rig: Rig, view: ReportsView, qtbot: QtBot) -> None:
    view.day.setDate(YESTERDAY)
    view.language.setCurrentIndex(view.language.findData("it"))
    with qtbot.waitSignal(view.generated, timeout=20_000) as made:
        view.generate()
    assert made.args[0].name == "foglio-presenze-2026-11-24.pdf"
    assert "Foglio presenze" in text(made.args[0])


def test_quick_picks_choose_a_period_report(rig: Rig, view: ReportsView, qtbot: QtBot) -> None:
    today = MORNING.date()
    assert this_week(today) == (date(2026, 11, 23), today)
    assert this_month(today) == (date(2026, 11, 1), today)
    assert last_month(today) == (date(2026, 10, 1), date(2026, 10, 31))

    view.quick["last-month"].click()
    assert view.period.isChecked() and not view.day.isEnabled()
    assert view.range() == (date(2026, 10, 1), date(2026, 10, 31))
    with qtbot.waitSignal(view.generated, timeout=20_000) as made:
        view.generate()
    rig.settle()
    assert made.args[0].name == "report-2026-10-01-2026-10-31.pdf"
    assert "Attendance report" in text(made.args[0])
    assert view.pane.page_count > 0


def test_print_open_and_save_the_report_on_show(
    rig: Rig, view: ReportsView, qtbot: QtBot, tmp_path: Path
) -> None:
    assert not view.print_button.isEnabled()  # nothing to print yet
    with qtbot.waitSignal(view.generated, timeout=20_000) as made:
        view.generate()
    pdf = made.args[0]
    view.print_button.click()
    rig.settle()
    assert len(PdfReader(rig.printers.printed[-1]).pages) == view.pane.page_count
    assert "Sent to the printer Office laser" in view.status.text()
    view.open_button.click()
    assert rig.files.opened == [pdf]
    rig.files.save_to = tmp_path / "copy.pdf"
    view.save_button.click()
    assert (tmp_path / "copy.pdf").read_bytes() == pdf.read_bytes()


def test_visits_of_the_chosen_period_export_as_csv_for_excel(
    rig: Rig, view: ReportsView, tmp_path: Path
) -> None:
    view.choose_range(this_month)
    rig.files.save_to = tmp_path / "visite"
    view.csv_button.click()
    rig.settle()
    raw = (tmp_path / "visite.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Person id;Name;Kind")
    assert len(lines) == 3  # November's two visits, not October's
    assert "2026-11-24T09:05:00+01:00" in lines[1]
    assert "Visits exported: 2" in view.status.text()
    assert rig.files.asked[-1].name == "visits-2026-11-01-2026-11-25.csv"
