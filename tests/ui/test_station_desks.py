"""A desk's station kind in the window: the kids' room opens on the kids' view with its menu first
and the ratio always in sight; the office opens on the reports and scans nothing unless asked; the
station's name is in the top bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.badges import issue_badge
from serre_desk.services.occupancy import inside
from serre_desk.services.startup import Database
from tests.conftest import MORNING
from tests.helpers import person
from tests.ui.conftest import DeskFactory, focus, scanner_types, settle


def test_a_kids_room_desk_opens_on_the_kids_view_with_the_ratio_in_sight(
    make_desk: DeskFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SERRE_DESK_STATION", "Spazio bimbi")
    monkeypatch.setenv("SERRE_DESK_STATION_KIND", "kids")
    desk = make_desk()
    window = desk.window
    qtbot.waitUntil(lambda: window.area_tabs.currentWidget() is desk.kids_view, timeout=5_000)
    assert window.menuBar().actions()[0] is desk.kids_menu.menuAction()
    assert [a.shortcut().toString() for a in desk.kids_menu.actions()[:2]] == ["F6", "F7"]
    assert desk.station.label.text() == "Spazio bimbi" and desk.station.label.isVisible()
    assert desk.station.ratio.isVisible()
    assert "educators 0 (0 needed)" in desk.station.ratio.text()
    window.show_tab(window.panels["coworking"])  # on another tab the ratio stays in sight
    assert desk.station.ratio.isVisible()


def test_an_office_desk_opens_on_the_reports_and_scans_only_when_asked(
    db: Database, make_desk: DeskFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SERRE_DESK_STATION", "Ufficio")
    monkeypatch.setenv("SERRE_DESK_STATION_KIND", "office")
    code = issue_badge(db, LOCAL_ADMIN, person(db, "Giulia Bianchi"), now=MORNING).code
    desk = make_desk()
    window = desk.window
    qtbot.waitUntil(lambda: window.area_tabs.currentWidget() is desk.reports_tab, timeout=5_000)
    assert desk.station.label.text() == "Ufficio"
    assert not desk.station.ratio.isVisible()

    scanner_types(window.top_bar.scan_field, code)
    settle(qtbot, desk)
    assert inside(db) == []
    assert window.banner.title == "Scanning is off at this desk"

    desk.station.act_scanning.trigger()  # Desk ▸ Scanning at this desk
    scanner_types(window.top_bar.scan_field, code)
    settle(qtbot, desk)
    assert [row.name for row in inside(db)] == ["Giulia Bianchi"]


def test_a_reception_desk_scans_and_opens_as_always(
    make_desk: DeskFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SERRE_DESK_STATION", "Ingresso")
    desk = make_desk()
    assert desk.station.scanning
    assert desk.window.area_tabs.currentWidget() is not desk.reports_tab
    assert desk.station.label.text() == "Ingresso"


def _type_by_hand(qtbot: QtBot, field: QLineEdit, code: str) -> None:
    """A badge's code typed from its printed groups, then Enter (no scanner burst)."""
    focus(qtbot, field)
    field.setText(" ".join(code[i : i + 4] for i in range(0, len(code), 4)).lower())
    QTest.keyClick(field, Qt.Key.Key_Return)


def test_an_office_desk_checks_nobody_in_from_a_code_typed_by_hand_while_scanning_is_off(
    db: Database, make_desk: DeskFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SERRE_DESK_STATION", "Ufficio")
    monkeypatch.setenv("SERRE_DESK_STATION_KIND", "office")
    code = issue_badge(db, LOCAL_ADMIN, person(db, "Giulia Bianchi"), now=MORNING).code
    desk = make_desk()
    field = desk.window.top_bar.scan_field
    _type_by_hand(qtbot, field, code)
    settle(qtbot, desk)
    assert inside(db) == []
    assert desk.window.banner.title == "Scanning is off at this desk"
    assert "Nobody was checked in or out" in desk.window.banner.details
    assert field.text() == ""

    focus(qtbot, field)
    QTest.keyClicks(field, "giulia")  # a name still searches
    qtbot.waitUntil(lambda: desk.window.searching, timeout=5_000)
    assert desk.window.search_panel.selected_person() is not None
    assert inside(db) == []


def test_the_office_scanning_switch_is_remembered_across_restarts_of_that_desk(
    db: Database, make_desk: DeskFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SERRE_DESK_STATION", "Ufficio")
    monkeypatch.setenv("SERRE_DESK_STATION_KIND", "office")
    giulia = person(db, "Giulia Bianchi")
    code = issue_badge(db, LOCAL_ADMIN, giulia, now=MORNING).code
    first = make_desk()
    assert not first.station.scanning
    first.station.act_scanning.trigger()  # Desk ▸ Scanning at this desk: on
    first.window.close()

    again = make_desk()  # the office desk started again
    assert again.station.scanning and again.station.act_scanning.isChecked()
    _type_by_hand(qtbot, again.window.top_bar.scan_field, code)
    settle(qtbot, again)
    assert [row.id for row in inside(db)] == [giulia]
    again.station.act_scanning.trigger()  # off again
    again.window.close()

    third = make_desk()
    assert not third.station.scanning
    scanner_types(third.window.top_bar.scan_field, code)
    settle(qtbot, third)
    assert [row.id for row in inside(db)] == [giulia], "scanned with scanning off: no check-out"
    assert third.window.banner.title == "Scanning is off at this desk"
