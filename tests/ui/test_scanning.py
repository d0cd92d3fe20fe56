"""Scan anywhere: scanner bursts (real key events, Shift around capitals) become scans wherever the
focus is; slow typing stays typing; a double read within two seconds changes nothing."""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from serre_desk.domain.errors import Refusal
from serre_desk.domain.outcomes import Movement
from serre_desk.services.actor import LOCAL_ADMIN, Actor
from serre_desk.services.badges import issue_badge
from serre_desk.services.occupancy import inside
from serre_desk.services.startup import Database
from serre_desk.services.visits import check_out, toggle
from serre_desk.storage.models import AuditEvent
from serre_desk.ui.style import Tone
from tests.conftest import MORNING
from tests.helpers import person, settled
from tests.kids_helpers import drop, educator, family
from tests.ui.conftest import DeskFactory, FakeMonotonic, focus, scanner_types, settle


def _badge(db: Database, name: str = "Giulia Bianchi") -> tuple[int, str]:
    person_id = person(db, name)
    return person_id, issue_badge(db, LOCAL_ADMIN, person_id, now=MORNING).code


def _inside_ids(db: Database) -> set[int]:
    return {row.id for row in inside(db)}


def test_a_scanner_burst_checks_in_while_focus_is_in_another_field(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    person_id, code = _badge(db)
    desk = make_desk()
    panel = desk.window.panels["coworking"]
    panel.filter.setText("ros")
    focus(qtbot, panel.filter)
    assert any(char.isupper() for char in code)

    scanner_types(panel.filter, code)
    settle(qtbot, desk)

    assert _inside_ids(db) == {person_id}
    assert desk.window.banner.tone is Tone.IN
    assert desk.window.banner.title == "Giulia Bianchi"
    assert panel.filter.text() == "ros", "the burst's characters must not stay in the field"


def test_a_scan_works_with_focus_on_a_table_and_checks_out_on_the_second_scan(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    person_id, code = _badge(db)
    clock_ticks = FakeMonotonic()
    desk = make_desk()
    desk.actions._monotonic = clock_ticks
    table = desk.window.panels["coworking"].table
    focus(qtbot, table)
    scanner_types(table, code)
    settle(qtbot, desk)
    assert _inside_ids(db) == {person_id}

    assert QApplication.focusWidget() is desk.window.top_bar.scan_field, "back to scanning"
    clock_ticks.now += 5
    focus(qtbot, table)
    scanner_types(table, code)
    settle(qtbot, desk)
    assert _inside_ids(db) == set()
    assert desk.window.banner.tone is Tone.OUT


def test_a_repeat_scan_within_two_seconds_changes_nothing(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    person_id, code = _badge(db)
    ticks = FakeMonotonic()
    desk = make_desk()
    desk.actions._monotonic = ticks
    field = desk.window.top_bar.scan_field
    focus(qtbot, field)
    scanner_types(field, code)
    settle(qtbot, desk)
    ticks.now += 1.5
    scanner_types(field, code)
    settle(qtbot, desk)
    assert _inside_ids(db) == {person_id}, "the double read must not check the person out"
    assert field.text() == ""

    ticks.now += 2.5
    scanner_types(field, code)
    settle(qtbot, desk)
    assert _inside_ids(db) == set()


def test_slow_typing_is_ordinary_typing(make_desk: DeskFactory, qtbot: QtBot) -> None:
    scanned: list[str] = []

    def scan_service(db: Database, actor: Actor, code: str, now: datetime, op_id: str) -> Movement:
        scanned.append(code)
        raise AssertionError("slow typing must not scan")

    desk = make_desk(scan_service=scan_service)
    field = desk.window.top_bar.scan_field
    focus(qtbot, field)
    for char in "Francesca":
        QTest.keyClick(field, char, Qt.KeyboardModifier.NoModifier, 70)
    settle(qtbot, desk)
    assert field.text() == "Francesca"
    assert scanned == []


def _stamped_keys(widget: QWidget, text: str, gap_ms: int, pause_s: float) -> None:
    """Key events stamped by the "window system" `gap_ms` apart, handed to the window
    `pause_s` apart (a busy GUI thread reads queued keys late), then Enter."""
    stamp = 1_000_000
    for char in [*text, "\r"]:
        key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(stamp)
            QApplication.sendEvent(widget, event)
        stamp += gap_ms
        time.sleep(pause_s)


def test_a_burst_read_late_by_a_busy_window_is_still_a_scan(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    person_id, code = _badge(db)
    desk = make_desk()
    table = desk.window.panels["coworking"].table  # not the scan field: no second chance there
    focus(qtbot, table)
    _stamped_keys(table, code, gap_ms=4, pause_s=0.06)  # pressed 4 ms apart, read 60 ms apart
    settle(qtbot, desk)
    assert _inside_ids(db) == {person_id}


def test_keys_pressed_slowly_but_read_at_once_are_typing(
    make_desk: DeskFactory, qtbot: QtBot
) -> None:
    scanned: list[str] = []
    desk = make_desk(scan_service=lambda db, actor, code, now, op_id: scanned.append(code))
    field = desk.window.top_bar.scan_field
    focus(qtbot, field)
    _stamped_keys(field, "francesca", gap_ms=150, pause_s=0)
    settle(qtbot, desk)
    assert scanned == []


def test_a_fast_burst_shorter_than_eight_characters_is_typing(
    make_desk: DeskFactory, qtbot: QtBot
) -> None:
    scanned: list[str] = []
    desk = make_desk(scan_service=lambda db, actor, code, now, op_id: scanned.append(code))
    field = desk.window.top_bar.scan_field
    focus(qtbot, field)
    scanner_types(field, "ABC1234")  # seven characters: a short code is not a scan
    settle(qtbot, desk)
    assert scanned == []


def test_a_scanner_burst_into_a_dialog_text_field_stays_typing(
    make_desk: DeskFactory, qtbot: QtBot
) -> None:
    scanned: list[str] = []
    desk = make_desk(scan_service=lambda db, actor, code, now, op_id: scanned.append(code))
    dialog = desk.registration.open(desk.window, "")
    focus(qtbot, dialog.form.name)
    QTest.keyClicks(dialog.form.name, "Anna Serra Longname")
    QTest.keyClick(dialog.form.name, Qt.Key.Key_Return)
    assert scanned == []
    assert dialog.form.name.text() == "Anna Serra Longname"


def test_a_badge_code_typed_by_hand_in_groups_checks_in(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    person_id, code = _badge(db)
    desk = make_desk()
    field = desk.window.top_bar.scan_field
    focus(qtbot, field)
    grouped = " ".join(code[i : i + 4] for i in range(0, len(code), 4)).lower()
    field.setText(grouped)
    QTest.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot, desk)
    assert _inside_ids(db) == {person_id}


def test_a_revoked_badge_shows_a_red_banner_with_the_reason(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    person_id, old_code = _badge(db)
    issue_badge(db, LOCAL_ADMIN, person_id, now=MORNING)  # reissued: the old code is revoked
    desk = make_desk()
    field = desk.window.top_bar.scan_field
    focus(qtbot, field)
    scanner_types(field, old_code)
    settle(qtbot, desk)
    assert _inside_ids(db) == set()
    assert desk.window.banner.tone is Tone.REFUSED
    assert "revoked" in desk.window.banner.details.lower()
    assert desk.window.banner._title.text() == "REFUSED: Giulia Bianchi"
    assert desk.window.card.person_id == person_id
    assert "revoked" in desk.window.recent.lines()[0].lower()
    with db.read() as session:
        refused = session.scalars(select(AuditEvent).where(AuditEvent.action == "scan_refused"))
        assert [(e.subject_id, json.loads(e.detail)["refusal"]) for e in refused] == [
            (person_id, "badge_revoked")
        ]


def test_other_desks_changes_show_up_within_seconds(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = make_desk()
    person_id = person(db, "Zoë Łukasiewicz")
    settled(toggle(db, LOCAL_ADMIN, person_id, now=MORNING))  # as another desk would
    qtbot.waitUntil(
        lambda: desk.window.tiles.tiles["coworking"].count.text() == "1 / 40", timeout=8_000
    )
    assert desk.window.panels["coworking"].model.person_ids() == [person_id]


def test_recent_events_come_from_the_database_after_a_restart_with_other_desks_movements(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    yesterday = MORNING - timedelta(days=1)
    early = person(db, "Ieri Soltanto")
    settled(toggle(db, LOCAL_ADMIN, early, now=yesterday))
    settled(toggle(db, LOCAL_ADMIN, early, now=yesterday + timedelta(hours=2)))
    kid = family(db, "Leo Bianchi", "Giulia Bianchi")
    educator(db, "Sara Neri", now=MORNING - timedelta(minutes=40))
    drop(db, kid, now=MORNING - timedelta(minutes=30))
    with pytest.raises(Refusal):  # at the kids' desk: a wrong slip code
        check_out(
            db,
            LOCAL_ADMIN,
            kid.child,
            now=MORNING - timedelta(minutes=5),
            collected_by=kid.parent,
            code="ZZZZZZ",
        )
    desk = make_desk()
    settle(qtbot, desk)
    lines = desk.window.recent.lines()
    movements = [line for line in lines if "Leo" in line or "Sara" in line]  # newest first
    assert movements == [
        "08:55  Leo Bianchi — pickup refused",
        "08:30  Leo Bianchi — checked in · Kids' space",
        "08:20  Sara Neri — checked in · Kids' space",
    ]
    assert not any("Ieri Soltanto" in line for line in lines), "only today's"
