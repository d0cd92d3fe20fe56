"""A child left inside after closing is an incident that stays on screen: the alarm comes back at
the next start of the desk and at every sign-in (unlocking included) until an educator or a
manager records what happened; once recorded, it stops, on this desk and on any other."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.kids import handle_alarm
from serre_desk.services.startup import Database
from serre_desk.services.users import add_user
from serre_desk.ui.desk import Desk
from serre_desk.ui.dialogs.child_alarm_dialog import ChildAlarmDialog
from tests.conftest import MORNING
from tests.kids_helpers import drop, educator, family
from tests.roles_helpers import MANAGER_PASSWORD
from tests.ui.conftest import DeskFactory, settle

EVENING = MORNING.replace(hour=21)
NEXT_MORNING = MORNING + timedelta(days=1, minutes=-30)  # Thursday 08:30


def shown_alarms() -> list[ChildAlarmDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ChildAlarmDialog) and w.isVisible()
    ]


def alarm_up(qtbot: QtBot, desk: Desk) -> ChildAlarmDialog:
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: bool(shown_alarms()), timeout=10_000)
    [alarm] = shown_alarms()
    return alarm


def sign_in(qtbot: QtBot, desk: Desk, name: str, secret: str) -> None:
    form = desk.lock.screen.sign_in
    form.user.setCurrentText(name)
    QTest.keyClicks(form.secret, secret)
    QTest.keyClick(form.secret, Qt.Key.Key_Return)
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: not desk.lock.is_locked, timeout=10_000)


def restart(make_desk: DeskFactory, desk: Desk, **options: object) -> Desk:
    """The desk closed and started again on the same database (its dialogs go with it)."""
    for dialog in desk.open_dialogs():
        assert isinstance(dialog, QDialog)
        dialog.done(QDialog.DialogCode.Rejected)
    desk.window.close()
    return make_desk(**options)  # type: ignore[arg-type]


def left_inside(db: Database) -> None:
    """Emma brought on Wednesday morning, nobody collected her."""
    emma = family(db)
    educator(db)
    drop(db, emma)


def test_the_alarm_comes_back_when_the_desk_starts_again(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    left_inside(db)
    desk = make_desk(now=EVENING)
    first = alarm_up(qtbot, desk)
    assert "Emma Rossi" in first.list.text()

    desk = restart(make_desk, desk, now=NEXT_MORNING)
    again = alarm_up(qtbot, desk)
    assert "Emma Rossi" in again.list.text()
    assert "yesterday" in again.list.text()


def test_the_alarm_comes_back_at_each_sign_in_and_the_lock_screen_says_so(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    add_user(db, LOCAL_ADMIN, "Anna", "manager", MANAGER_PASSWORD, now=MORNING)
    left_inside(db)
    desk = make_desk(now=NEXT_MORNING)  # the sign-in screen: no names, but the alarm in words
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: desk.lock.screen.alarm.isVisible(), timeout=10_000)
    assert "1 child still inside after closing" in desk.lock.screen.alarm.text()
    assert "Emma" not in desk.lock.screen.alarm.text()
    assert shown_alarms() == []

    sign_in(qtbot, desk, "Anna", MANAGER_PASSWORD)
    alarm_up(qtbot, desk)
    desk.lock.lock()
    assert shown_alarms() == []
    sign_in(qtbot, desk, "Anna", MANAGER_PASSWORD)
    alarm_up(qtbot, desk)


def test_once_recorded_the_alarm_stops_for_good(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    add_user(db, LOCAL_ADMIN, "Anna", "manager", MANAGER_PASSWORD, now=MORNING)
    left_inside(db)
    desk = make_desk(now=EVENING)
    sign_in(qtbot, desk, "Anna", MANAGER_PASSWORD)
    alarm = alarm_up(qtbot, desk)
    alarm.note.setText("Emma stays with Sara; her father collects her at 21:30")
    alarm.confirm.click()
    settle(qtbot, desk)
    assert shown_alarms() == []

    desk = restart(make_desk, desk, now=NEXT_MORNING)
    settle(qtbot, desk)
    assert not desk.lock.screen.alarm.isVisible()
    sign_in(qtbot, desk, "Anna", MANAGER_PASSWORD)
    settle(qtbot, desk)
    assert desk.kids_view.state is not None and desk.kids_view.state.blocking_alarm is None
    assert shown_alarms() == []


def test_recorded_at_another_desk_the_alarm_closes_here_too(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    left_inside(db)
    desk = make_desk(now=EVENING)
    alarm_up(qtbot, desk)
    [emma] = [c.id for c in desk.kids_view.state.children]  # type: ignore[union-attr]
    handle_alarm(db, LOCAL_ADMIN, emma, "the grandmother is on her way", now=EVENING)
    desk.refresher.request()
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: shown_alarms() == [], timeout=10_000)
    assert desk.kids_view.alarm_dialog is None
