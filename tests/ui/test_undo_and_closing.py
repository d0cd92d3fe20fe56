"""Undo within a minute (recorded as an undo, not erased) and closing the day, by hand and at
closing time."""

from __future__ import annotations

import json
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from serre_desk.clock import VENUE_TZ
from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.occupancy import inside
from serre_desk.services.people import person_details
from serre_desk.services.startup import Database
from serre_desk.services.visits import check_in
from serre_desk.storage.models import Area, AuditEvent, Visit
from serre_desk.ui.style import Tone
from tests.conftest import MORNING
from tests.helpers import person
from tests.ui.conftest import DeskFactory, focus, settle


def _audit(db: Database) -> list[AuditEvent]:
    with db.read() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))


def _child_inside(db: Database, child: int) -> None:
    """A child already in the kids' space (the drop-off rules are the kids' tests' business)."""
    with db.write() as session:
        kids = session.scalar(select(Area).where(Area.key == "kids"))
        assert kids is not None
        session.add(Visit(person_id=child, area_id=kids.id, checked_in_at=MORNING, in_by="admin"))


def test_ctrl_z_undoes_a_check_in_and_the_audit_says_so(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    luca = person(db, "Luca Fontana")
    desk = make_desk()
    desk.actions.toggle(luca)
    settle(qtbot, desk)
    assert [row.id for row in inside(db)] == [luca]

    desk.clock.set(MORNING + timedelta(seconds=40))
    field = desk.window.top_bar.scan_field
    focus(qtbot, field)
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, desk)
    assert inside(db) == []
    assert desk.window.banner.tone is Tone.WARNING
    assert "CHECK-IN UNDONE" in desk.window.banner.details
    events = _audit(db)
    assert events[-1].action == "undo"
    assert json.loads(events[-1].detail)["undone"] == "check_in"
    assert [e.action for e in events].count("check_in") == 1, "the check-in is kept, not erased"
    assert person_details(db, luca).recent_visits == [], "an undone visit counts for nothing"


def test_undo_of_a_check_out_puts_the_person_back_inside(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    luca = person(db, "Luca Fontana")
    check_in(db, LOCAL_ADMIN, luca, now=MORNING - timedelta(hours=1))
    desk = make_desk()
    desk.actions.check_out(luca)
    settle(qtbot, desk)
    assert inside(db) == []
    desk.window.act_undo.trigger()
    settle(qtbot, desk)
    assert [row.id for row in inside(db)] == [luca]
    assert inside(db)[0].since == MORNING - timedelta(hours=1)


def test_after_a_minute_there_is_nothing_to_undo(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    luca = person(db, "Luca Fontana")
    desk = make_desk()
    desk.actions.toggle(luca)
    settle(qtbot, desk)
    desk.clock.set(MORNING + timedelta(seconds=61))
    desk.window.act_undo.trigger()
    settle(qtbot, desk)
    assert [row.id for row in inside(db)] == [luca]
    assert desk.window.banner.title == "Nothing to undo"


def test_close_the_day_asks_then_shows_who_was_checked_out_automatically(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    names = ["Chiara Fontana", "Đorđe Petrović"]
    for name in names:
        check_in(db, LOCAL_ADMIN, person(db, name), now=MORNING)
    child = person(db, "Emma Rossi", PersonKind.CHILD)
    _child_inside(db, child)
    educator = person(db, "Sara Neri", PersonKind.STAFF)
    check_in(db, LOCAL_ADMIN, educator, "kids", now=MORNING)
    desk = make_desk()
    desk.window.act_close_day.trigger()
    settle(qtbot, desk)
    question = desk.messages.shown[-1]
    assert question.kind == "ask"
    assert "2 adults still inside will be checked out" in question.text  # not the educator
    assert "1 child stays inside (Emma Rossi)" in question.text
    assert "Educators staying with them: Sara Neri." in question.text
    report = desk.closing_report
    assert report is not None and report.isVisible()
    assert sorted(report.table.item(r, 0).text() for r in range(report.table.rowCount())) == names
    assert sorted(row.id for row in inside(db)) == [child, educator], "children are never closed"
    assert desk.window.banner.tone is Tone.REFUSED
    assert "Emma Rossi" in desk.window.banner.details


def test_declining_the_question_keeps_the_day_open(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    check_in(db, LOCAL_ADMIN, person(db, "Chiara Fontana"), now=MORNING)
    desk = make_desk()
    desk.messages.answer_with = False
    desk.window.act_close_day.trigger()
    settle(qtbot, desk)
    assert len(inside(db)) == 1
    assert desk.closing_report is None


def test_the_day_closes_by_itself_when_closing_time_passes(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    evening = MORNING.replace(hour=19, minute=29, tzinfo=VENUE_TZ)
    check_in(db, LOCAL_ADMIN, person(db, "Chiara Fontana"), now=MORNING)
    desk = make_desk(now=evening)
    desk.closing.check()
    settle(qtbot, desk)
    assert len(inside(db)) == 1, "not yet closing time"
    desk.clock.set(evening + timedelta(minutes=2))
    desk.closing.check()
    settle(qtbot, desk)
    assert inside(db) == []
    assert desk.closing_report is not None
    assert desk.closing_report.table.item(0, 2).text() == "19:30"
    desk.closing.check()
    settle(qtbot, desk)
    assert len([e for e in _audit(db) if e.action == "close_day"]) == 1, "closes once"


def test_the_kids_tile_says_a_child_is_there_since_yesterday(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    child = person(db, "Emma Rossi", PersonKind.CHILD)
    _child_inside(db, child)  # dropped off this morning at 9:00...
    desk = make_desk(now=MORNING + timedelta(days=1))  # ...and still inside the day after
    settle(qtbot, desk)
    tile = desk.window.tiles.tiles["kids"]
    assert "1 from an earlier day, still inside (since yesterday, 09:00)" in tile.state.text()
    assert "earlier day" not in desk.window.tiles.tiles["coworking"].state.text()
