"""The demo history (hundreds of made-up people) is offered on an empty database only to whoever
may decide it: the local administrator before any desk user, or a signed-in manager; never to
staff, nor at a desk still waiting for someone to sign in. What is loaded names its manager."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.demo import generate_demo
from serre_desk.services.people import search_people
from serre_desk.services.permissions import NeedsManager
from serre_desk.services.startup import Database
from serre_desk.services.users import add_user, authenticate
from serre_desk.storage.models import AuditEvent
from tests.conftest import MORNING
from tests.roles_helpers import MANAGER_PASSWORD, STAFF_PIN
from tests.ui.conftest import DeskFactory, settle


@pytest.fixture
def team(db: Database) -> Database:
    add_user(db, LOCAL_ADMIN, "Anna", "manager", MANAGER_PASSWORD, now=MORNING)
    anna = authenticate(db, "Anna", MANAGER_PASSWORD)
    add_user(db, anna, "Bruno", "staff", STAFF_PIN, now=MORNING)
    return db


@pytest.fixture(autouse=True)
def small_demo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("serre_desk.ui.controllers.menu_commands.DEMO_PEOPLE", 30)
    monkeypatch.setattr("serre_desk.ui.controllers.menu_commands.DEMO_DAYS", 2)


def _asked(desk: object) -> list[str]:
    return [m.text for m in desk.messages.shown if m.kind == "ask"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("who", [None, "Bruno"])
def test_no_demo_for_staff_nor_before_anyone_signs_in(
    team: Database, make_desk: DeskFactory, qtbot: QtBot, who: str | None
) -> None:
    actor = authenticate(team, who, STAFF_PIN) if who else None
    desk = make_desk(offers=True, actor=actor)
    settle(qtbot, desk)
    assert not any("demo" in text for text in _asked(desk))
    assert search_people(team, "") == []


def test_a_signed_in_manager_is_offered_the_demo_and_it_names_them(
    team: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = make_desk(offers=True, actor=authenticate(team, "Anna", MANAGER_PASSWORD))
    assert any("demo" in text for text in _asked(desk))
    settle(qtbot, desk)
    assert len(search_people(team, "")) == 30
    with team.read() as session:
        actors = set(
            session.scalars(select(AuditEvent.actor).where(AuditEvent.action == "demo_data"))
        )
    assert actors == {"Anna"}


def test_the_service_refuses_staff(team: Database) -> None:
    with pytest.raises(NeedsManager):
        generate_demo(team, authenticate(team, "Bruno", STAFF_PIN), now=MORNING, people=5, days=1)
    assert search_people(team, "") == []
