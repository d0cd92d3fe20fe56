"""Plans in the window: the person card says what is left (amber when nothing is), and the
reports tab makes the month's plan usage as a PDF and as CSV."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from serre_desk.domain.plans import PlanKind, PlanRules
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.plans import add_plan, set_person_plan
from serre_desk.services.startup import Database
from serre_desk.ui.style import Tone, colours
from serre_desk.ui.views.reports import ReportsView
from tests.conftest import MORNING
from tests.helpers import person
from tests.report_helpers import at, text, visit
from tests.ui.conftest import DeskFactory, settle
from tests.ui.print_helpers import Rig


def carnet_holder(db: Database, entries: int) -> int:
    add_plan(db, LOCAL_ADMIN, PlanRules("Carnet", PlanKind.CARNET, entries=entries), now=MORNING)
    mario = person(db, "Mario Rossi")
    set_person_plan(db, LOCAL_ADMIN, mario, "Carnet", now=MORNING, starts_on=date(2026, 11, 1))
    return mario


def test_the_banner_says_what_the_carnet_leaves_and_turns_amber_when_used_up(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    mario = carnet_holder(db, entries=2)
    yesterday = MORNING.date() - timedelta(days=1)
    visit(db, mario, at(yesterday, 9), at(yesterday, 12))
    desk = make_desk()
    desk.actions.toggle(mario)
    settle(qtbot, desk)
    banner = desk.window.banner
    assert banner.tone is Tone.IN
    assert banner.details.endswith("Carnet: 0 entries left of 2")
    desk.actions.toggle(mario)  # out
    settle(qtbot, desk)
    desk.clock.set(MORNING + timedelta(days=1))
    desk.actions.toggle(mario)  # a new day: nothing left
    settle(qtbot, desk)
    assert banner.tone is Tone.WARNING
    assert "Carnet used up: a manager can add entries." in banner.details


def test_the_card_says_what_the_carnet_leaves(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    mario = carnet_holder(db, entries=10)
    desk = make_desk()
    desk.actions.toggle(mario)  # checked in: today uses one entry
    settle(qtbot, desk)
    card = desk.window.card
    qtbot.waitUntil(lambda: card.plan.text() == "Carnet: 9 entries left of 10")
    assert card.form.isRowVisible(card.plan)
    other = person(db, "Anna Serra")
    desk.card.show(other)
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: card.person_id == other)
    assert not card.form.isRowVisible(card.plan)  # no plan: no row


def test_an_exhausted_carnet_shows_in_amber_with_what_a_manager_can_do(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    mario = carnet_holder(db, entries=1)
    day = MORNING.date() - timedelta(days=1)
    visit(db, mario, at(day, 9), at(day, 12))
    desk = make_desk()
    desk.card.show(mario)
    settle(qtbot, desk)
    card = desk.window.card
    qtbot.waitUntil(lambda: card.plan.text().startswith("Carnet: 0 entries left of 1"))
    assert "Carnet used up: a manager can add entries." in card.plan.text()
    assert colours(Tone.WARNING).text in card.plan.styleSheet()


@pytest.fixture
def rig(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> Iterator[Rig]:
    made = Rig(qtbot, data_dir, tmp_path)
    yield made
    made.close()


def test_the_reports_tab_makes_the_plan_usage_of_a_month(
    rig: Rig, db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    mario = carnet_holder(db, entries=1)
    for back in (2, 1):
        day = MORNING.date() - timedelta(days=back)
        visit(db, mario, at(day, 9), at(day, 12))
    view = ReportsView(rig.context(db, MORNING))
    qtbot.addWidget(view)
    view.show()
    view.usage.setChecked(True)
    assert view.first.isEnabled() and not view.last.isEnabled() and not view.day.isEnabled()
    view.language.setCurrentIndex(view.language.findData("it"))
    with qtbot.waitSignal(view.generated, timeout=20_000) as made:
        view.generate()
    assert made.args[0].name == "utilizzo-piani-2026-11.pdf"
    pdf = text(made.args[0])
    assert "Utilizzo dei piani" in pdf and "Mario Rossi" in pdf.split("Giorni non usati")[0]
    rig.files.save_to = tmp_path / "uso"
    view.csv_button.click()
    rig.settle()
    lines = (tmp_path / "uso.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("ID persona;Nome;Organizzazione;Piano")
    assert lines[1] == f"{mario};Mario Rossi;;Carnet;2;6,0;1;0;1"
    assert "Plan usage exported: 1 people" in view.status.text()
