"""A desk that opened before any desk user existed acts as the local administrator. When the first
manager is made elsewhere (at another desk on the same server, or by `serre-desk user add` beside
this window), its powers end at the next refresh: the desk asks for a sign-in."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.startup import Database
from serre_desk.services.users import add_user
from tests.conftest import MORNING
from tests.roles_helpers import MANAGER_PASSWORD
from tests.ui.conftest import DeskFactory, settle
from tests.ui.test_child_alarm_returns import sign_in


def test_the_first_manager_made_elsewhere_ends_the_local_administrators_desk(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = make_desk()
    assert desk.session.actor == LOCAL_ADMIN and not desk.lock.is_locked
    assert desk.settings_entry.action.isEnabled(), "the local administrator may open settings"
    add_user(db, LOCAL_ADMIN, "Anna", "manager", MANAGER_PASSWORD, now=MORNING)  # elsewhere
    desk.refresher.request()  # the next refresh (a live hint, or the poll)
    qtbot.waitUntil(lambda: desk.lock.is_locked, timeout=10_000)
    assert desk.lock.screen.heading.text() == "Sign in to start the desk"
    assert not desk.settings_entry.action.isEnabled()
    assert not desk.window.act_audit.isEnabled()
    sign_in(qtbot, desk, "Anna", MANAGER_PASSWORD)
    settle(qtbot, desk)
    assert desk.session.actor.user == "Anna"
    assert desk.window.top_bar.user.text == "Desk: Anna"
