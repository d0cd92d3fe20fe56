"""A desk's station kind in the window: the kids' room opens on the kids' view with its menu first
and the ratio always in sight; the office opens on the reports and scans nothing unless asked; the
station's name is in the top bar."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.badges import issue_badge
from serre_desk.services.occupancy import inside
from serre_desk.services.startup import Database
from tests.conftest import MORNING
from tests.helpers import person
from tests.ui.conftest import DeskFactory, scanner_types, settle


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
