"""Who is inside: a live, sortable, filterable table per area; check-out by key and by button."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.occupancy import InsideRow, inside
from serre_desk.services.startup import Database
from serre_desk.services.visits import check_in
from serre_desk.ui.views.inside import DURATION, NAME, SINCE, InsideModel, InsidePanel
from serre_desk.ui.views.tables import RIGHT, NameFilterProxy
from tests.conftest import MORNING
from tests.helpers import person
from tests.ui.conftest import DeskFactory, focus, settle


def _row(person_id: int, name: str, minutes: int, org: str | None = None) -> InsideRow:
    return InsideRow(
        person_id, name, PersonKind.MEMBER, org, "coworking", MORNING + timedelta(minutes=minutes)
    )


def test_the_inside_model_passes_the_model_tester_through_updates(
    qtmodeltester: ModelTester,
) -> None:
    model = InsideModel()
    proxy = NameFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    now = MORNING + timedelta(hours=2)
    model.set_rows([_row(1, "Zoë Ricci", 0), _row(2, "Élodie Martin", 5)], now)
    model.set_rows([_row(2, "Élodie Martin", 5), _row(3, "Ümit Kaya", 30, "Aster")], now)
    model.set_rows([], now)
    model.set_rows([_row(4, "Ana", 1)], now)
    qtmodeltester.check(model)
    proxy.set_text("ANA")
    qtmodeltester.check(proxy)


def test_rows_show_time_right_aligned_durations_and_tooltips() -> None:
    model = InsideModel()
    long_name = "Maria Francesca Alessandra Giovanna Benedetta della Rovere di Montefeltro"
    model.set_rows([_row(1, long_name, 0, "Studio Verde")], MORNING + timedelta(hours=2, minutes=5))
    name = model.index(0, NAME)
    assert name.data(Qt.ItemDataRole.ToolTipRole) == long_name
    assert model.index(0, SINCE).data() == "09:00"
    assert model.index(0, DURATION).data() == "2 h 05 min"
    assert model.index(0, SINCE).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert (
        model.headerData(DURATION, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole)
        == RIGHT
    )


def test_the_filter_finds_people_ignoring_accents_and_sorting_by_time_works() -> None:
    model = InsideModel()
    proxy = NameFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(
        [_row(1, "Niccolò Rossi", 0), _row(2, "Nicola Bianchi", 10), _row(3, "Anna Greco", 20)],
        MORNING + timedelta(hours=1),
    )
    proxy.set_text("nicco")
    assert proxy.rowCount() == 1
    assert proxy.index(0, NAME).data() == "Niccolò Rossi"
    proxy.set_text("")
    proxy.sort(SINCE, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, NAME).data() for r in range(3)] == [
        "Anna Greco",
        "Nicola Bianchi",
        "Niccolò Rossi",
    ]
    proxy.sort(DURATION, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, NAME).data() == "Niccolò Rossi"


def test_check_out_from_the_table_with_enter_and_with_the_button(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    first, second = person(db, "Pietro Greco"), person(db, "Anaïs Dubois")
    for person_id in (first, second):
        check_in(db, LOCAL_ADMIN, person_id, now=MORNING)
    desk = make_desk()
    panel = desk.window.panels["coworking"]
    assert isinstance(panel, InsidePanel)
    assert desk.window.area_tabs.tabText(0) == "Coworking (2)"

    QTest.keyClicks(panel.filter, "anais", Qt.KeyboardModifier.NoModifier, 60)
    assert panel.proxy.rowCount() == 1
    QTest.keyClick(panel.filter, Qt.Key.Key_Return)  # to the first match
    assert panel.table.hasFocus()
    QTest.keyClick(panel.table, Qt.Key.Key_Return)  # checks the chosen person out
    settle(qtbot, desk)
    assert [row.id for row in inside(db)] == [first]

    panel.filter.clear()
    focus(qtbot, panel.table)
    panel.table.select_person(first)
    panel.check_out_button.click()
    settle(qtbot, desk)
    assert inside(db) == []
    assert panel.empty.isVisible()
    assert desk.window.area_tabs.tabText(0) == "Coworking (0)"


def test_escape_always_returns_to_ready_to_scan(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    person(db, "Marco Bellini")
    desk = make_desk()
    field = desk.window.top_bar.scan_field
    QTest.keyClicks(field, "marco", Qt.KeyboardModifier.NoModifier, 60)
    qtbot.waitUntil(lambda: desk.window.searching)
    focus(qtbot, desk.window.search_panel.table)
    QTest.keyClick(desk.window.search_panel.table, Qt.Key.Key_Escape)
    assert field.text() == ""
    assert not desk.window.searching
    assert field.hasFocus()


def test_the_window_remembers_its_size_layout_and_tab(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = make_desk()
    desk.window.resize(1100, 640)
    desk.window.side_splitter.setSizes([150, 400])
    sizes = desk.window.side_splitter.sizes()
    desk.window.area_tabs.setCurrentIndex(1)
    desk.window.close()
    again = make_desk()
    assert again.window.height() == 640
    assert again.window.side_splitter.sizes() == sizes
    assert again.window.current_panel() is again.window.panels["kids"]


def test_the_kids_tile_shows_educators_and_the_ratio(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    educator = person(db, "Ilaria Serra", PersonKind.STAFF)
    check_in(db, LOCAL_ADMIN, educator, "kids", now=MORNING)
    desk = make_desk()
    tile = desk.window.tiles.tiles["kids"]
    assert tile.extra.text().startswith("1 educator present · 0 needed")
    assert tile.count.text() == "0 / 15"
    # the kids' tab lists children and educators: it counts them apart
    kids_tab = desk.window.area_tabs.indexOf(desk.window.panels["kids"])
    assert desk.window.area_tabs.tabText(kids_tab) == "Kids' space (0 children, 1 educator)"


def test_italian_counts_take_their_plural_forms(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    for name in ("Ilaria Serra", "Marta Gallo"):
        check_in(db, LOCAL_ADMIN, person(db, name, PersonKind.STAFF), "kids", now=MORNING)
    desk = make_desk(lang="it")
    tile = desk.window.tiles.tiles["kids"]
    assert tile.extra.text().startswith("2 educatori presenti · ne servono 0")
    kids_tab = desk.window.area_tabs.indexOf(desk.window.panels["kids"])
    assert desk.window.area_tabs.tabText(kids_tab) == "Spazio bimbi (0 bambini, 2 educatori)"


def test_no_menu_has_two_items_of_the_same_name(make_desk: DeskFactory) -> None:
    for lang in ("it", "en"):
        window = make_desk(lang=lang).window
        for menu in window.menuBar().findChildren(QMenu):
            names = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
            assert len(names) == len(set(names)), (lang, menu.title(), names)
        window.close()
