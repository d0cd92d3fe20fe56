"""The person card on a 1366×768 screen needs no scrolling in the common cases — an adult with a
plan, a child with three guardians — and still shows a few of their recent visits, while the
recent events above it keep a useful height; at 1920×1080 the recent events get more room. The
kids' table's allergy mark is not cut short either."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from serre_desk.domain.plans import PlanKind, PlanRules
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.kids import add_guardian
from serre_desk.services.plans import add_plan, set_person_plan
from serre_desk.services.startup import Database
from serre_desk.services.visits import check_in, toggle
from serre_desk.ui.desk import Desk
from serre_desk.ui.views.kids import ALLERGY
from tests.conftest import MORNING
from tests.helpers import person, settled
from tests.kids_helpers import adult, child, educator
from tests.report_helpers import at, visit
from tests.ui.conftest import DeskFactory, settle
from tests.ui.fit import misfits

NOW = MORNING.replace(hour=10, minute=30)


def rows_shown(view: QAbstractItemView, rows: int) -> int:
    """How many of the first `rows` rows are shown whole, without scrolling."""
    room = view.viewport().height()
    return sum(
        1 for row in range(rows) if 0 <= view.visualRect(view.model().index(row, 0)).bottom() < room
    )


def past_visits(db: Database, person_id: int, area: str = "coworking") -> None:
    for days in range(1, 7):
        day = NOW.date() - timedelta(days=days * 2)
        visit(db, person_id, at(day, 9, 10), at(day, 13, 20), area)


@pytest.fixture
def morning(db: Database) -> Database:
    """Twelve people checked in this morning: the recent events have lines to show."""
    for number in range(12):
        moment = NOW - timedelta(minutes=5 * (12 - number))
        settled(toggle(db, LOCAL_ADMIN, person(db, f"Persona Numero {number}"), now=moment))
    return db


def adult_with_a_carnet(db: Database) -> int:
    add_plan(db, LOCAL_ADMIN, PlanRules("Carnet", PlanKind.CARNET, entries=10), now=NOW)
    mario = person(
        db,
        "Mario Rossi",
        organisation="Città Metropolitana",
        email="mario.rossi@example.it",
        phone="+39 333 1234567",
    )
    set_person_plan(db, LOCAL_ADMIN, mario, "Carnet", now=NOW, starts_on=date(2026, 11, 1))
    past_visits(db, mario)
    return mario


def child_with_guardians(db: Database) -> int:
    mother, uncle, grandma = (
        adult(db, n) for n in ("Ingrid Santoro", "Fabrizio Conti", "Mei Tanaka")
    )
    kid = child(db, "Camilla De Luca", mother, not_authorised=(uncle,), health="Allergia: arachidi")
    add_guardian(db, LOCAL_ADMIN, kid, grandma, now=NOW, today_only=True)
    past_visits(db, kid, "kids")
    return kid


def card_at(desk: Desk, qtbot: QtBot, person_id: int, width: int, height: int) -> None:
    desk.window.setGeometry(0, 0, width, height)
    desk.hub.person_selected.emit(person_id)
    qtbot.waitUntil(lambda: desk.window.card.person_id == person_id)
    settle(qtbot, desk)


@pytest.mark.parametrize("lang", ["it", "en"])
@pytest.mark.parametrize("who", ["adult", "child"])
def test_the_card_fits_at_1366_without_scrolling_and_shows_recent_visits(
    make_desk: DeskFactory, morning: Database, qtbot: QtBot, lang: str, who: str
) -> None:
    someone = adult_with_a_carnet(morning) if who == "adult" else child_with_guardians(morning)
    desk = make_desk(lang, now=NOW)
    card = desk.window.card
    card_at(desk, qtbot, someone, 1366, 768)
    if who == "adult":
        assert card.plan.isVisible() and card.top_up.isVisible()
        assert not card.edit_child.isVisible()
    else:
        assert card.guardians.isVisible() and "Mei Tanaka" in card.guardians.text()
        assert card.edit_child.isVisible() and not card.top_up.isVisible()
    assert not card.details_area.verticalScrollBar().isVisible(), "the card scrolls"
    assert rows_shown(card.visits, 6) >= 3, "too few recent visits shown"
    assert rows_shown(desk.window.recent, 12) >= 5, "the recent events squeezed"


def test_at_1920_the_recent_events_get_the_room(
    make_desk: DeskFactory, morning: Database, qtbot: QtBot
) -> None:
    desk = make_desk("it", now=NOW)
    card_at(desk, qtbot, adult_with_a_carnet(morning), 1920, 1080)
    assert not desk.window.card.details_area.verticalScrollBar().isVisible()
    assert rows_shown(desk.window.recent, 12) >= 9
    assert rows_shown(desk.window.card.visits, 6) >= 4


@pytest.mark.parametrize("lang", ["it", "en"])
def test_the_allergy_mark_in_the_kids_table_is_not_cut_at_1366(
    make_desk: DeskFactory, db: Database, qtbot: QtBot, lang: str
) -> None:
    mother = adult(db, "Ingrid Santoro")
    kid = child(db, "Vittoria Rossi", mother, health="Allergia: arachidi")
    educator(db, now=NOW - timedelta(minutes=30))
    check_in(db, LOCAL_ADMIN, kid, now=NOW, brought_by=mother)
    desk = make_desk(lang, now=NOW)
    desk.window.setGeometry(0, 0, 1366, 768)
    desk.window.show_tab(desk.kids_view)
    settle(qtbot, desk)
    table = desk.kids_view.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    allergy = table.model().index(0, ALLERGY)
    assert allergy.data() in ("Allergia", "Allergy")
    room = table.visualRect(allergy).width()
    assert table.sizeHintForIndex(allergy).width() + 8 <= room, "the mark is cut short"
    assert [m for m in misfits(table) if m.text == allergy.data()] == []
