"""The settings window's areas: a manager changes a capacity and the tile shows it at once; a
capacity below the people inside is saved with a warning in words; a bad value is refused next
to its field and nothing is saved; a new area (an event hall) gets its tile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from serre_desk.clock import utcnow
from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.audit import AuditFilter, list_events
from serre_desk.services.startup import Database
from serre_desk.services.venue import list_areas
from serre_desk.services.visits import check_in
from serre_desk.ui.dialogs.settings.areas_page import AreasPage
from tests.helpers import person
from tests.ui.conftest import DeskFactory, settle
from tests.ui.settings_helpers import manager_desk, open_settings, show


def areas_page(qtbot: QtBot, desk: object) -> AreasPage:
    page = show(qtbot, desk, open_settings(qtbot, desk), AreasPage)  # type: ignore[arg-type]
    assert isinstance(page, AreasPage)
    return page


def test_a_manager_changes_a_capacity_and_the_tile_shows_it(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = manager_desk(db, make_desk)
    page = areas_page(qtbot, desk)
    tile = desk.window.tiles.tiles["coworking"]
    assert tile.count.text() == "0 / 40"
    coworking = page.rows[0]
    assert coworking.name.text() == "Coworking"
    coworking.capacity.setFocus()
    coworking.capacity.selectAll()
    QTest.keyClicks(coworking.capacity, "25")
    QTest.keyClick(coworking.capacity, Qt.Key.Key_Return)  # Enter saves the page
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: tile.count.text() == "0 / 25", timeout=5_000)
    assert {a.key: a.capacity for a in list_areas(db)}["coworking"] == 25
    assert {a.key: a.name for a in list_areas(db)}["kids"] == "Spazio bimbi", "names kept"
    event = list_events(db, LOCAL_ADMIN, AuditFilter(action="area_set"))[-1]
    assert event.actor == "Anna"
    assert event.detail["capacity"] == 25 and event.detail["before"]["capacity"] == 40


def test_a_bad_value_is_refused_next_to_its_field_and_nothing_is_saved(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = manager_desk(db, make_desk)
    page = areas_page(qtbot, desk)
    page.rows[0].capacity.setValue(30)
    page.rows[1].capacity.setValue(0)
    page.save_button.click()
    settle(qtbot, desk)
    label = page.error_for("capacity", 1)
    assert label.isVisible()
    assert label.text() == "Capacity must be between 1 and 10000, not 0."
    assert page.rows[1].capacity.hasFocus()
    assert not page.error_for("capacity", 0).isVisible()
    assert {a.key: a.capacity for a in list_areas(db)} == {"coworking": 40, "kids": 15}
    page.rows[1].capacity.setValue(12)
    page.rows[1].amber.setValue(20)
    page.save_button.click()
    settle(qtbot, desk)
    assert "amber threshold is 50 to 99" in page.error_for("amber_percent", 1).text()
    assert {a.key: a.capacity for a in list_areas(db)} == {"coworking": 40, "kids": 15}


def test_a_capacity_below_the_people_inside_is_saved_with_a_warning(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    for number in range(3):
        someone = person(db, f"Membro {number}", PersonKind.MEMBER)
        check_in(db, LOCAL_ADMIN, someone, "coworking", now=utcnow())
    desk = manager_desk(db, make_desk)
    page = areas_page(qtbot, desk)
    page.rows[0].capacity.setValue(2)
    assert page.rows[0].warning.text() == (
        "3 inside now, more than 2: nobody else can enter until 2 have left."
    )
    page.save_button.click()
    settle(qtbot, desk)
    assert "Coworking: more people inside than the new capacity" in page.status.text()
    tile = desk.window.tiles.tiles["coworking"]
    qtbot.waitUntil(lambda: tile.count.text() == "3 / 2")
    assert tile.state.text() == "Full: nobody else can enter"


def test_a_new_area_and_its_amber_threshold_reach_the_tiles(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    someone = person(db, "Membro", PersonKind.MEMBER)
    check_in(db, LOCAL_ADMIN, someone, "coworking", now=utcnow())
    desk = manager_desk(db, make_desk)
    page = areas_page(qtbot, desk)
    page.add_button.click()
    assert page.rows[2].name.hasFocus()
    QTest.keyClicks(page.rows[2].name, "Sala eventi")
    page.rows[2].capacity.setValue(60)
    page.rows[0].capacity.setValue(2)
    page.rows[0].amber.setValue(50)
    page.save_button.click()
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: "sala-eventi" in desk.window.tiles.tiles)
    assert desk.window.tiles.tiles["sala-eventi"].count.text() == "0 / 60"
    tile = desk.window.tiles.tiles["coworking"]
    qtbot.waitUntil(lambda: tile.count.text() == "1 / 2")
    assert tile.state.text() == "Nearly full: 1 places left", "amber from 50 %"
