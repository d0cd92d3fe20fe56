"""The audit tab as a manager reads it, on a real SQLite file: opening it shows today's events
at once, newest first, with names instead of ids (an erased person as such), what happened in
words and times in venue time; the filters keep working; a refused scan is there, from the open
desk or the locked one."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from serre_desk.domain.errors import Refusal
from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN, Actor
from serre_desk.services.areas_admin import set_area
from serre_desk.services.backups import take_backup
from serre_desk.services.badges import issue_badge, revoke_badge
from serre_desk.services.privacy import erase_person
from serre_desk.services.scanning import scan
from serre_desk.services.self_service import Answer, unattended_scan
from serre_desk.services.startup import Database, Location
from serre_desk.services.users import add_user, authenticate
from serre_desk.services.visits import PickupRefused, check_in, check_out
from serre_desk.ui.desk import Desk
from tests.conftest import MORNING
from tests.helpers import person, settled
from tests.kids_helpers import drop, educator, family
from tests.roles_helpers import MANAGER_PASSWORD, STAFF_PIN
from tests.test_audit_tamper import _ids, _truncate_to
from tests.ui.conftest import DeskFactory, settle
from tests.ui.test_desk_roles import sign_in

LEAKS = re.compile(r"[{}]|\b[a-z]+_[a-z_]+\b|\+00:00|\d{4}-\d\d-\d\dT")


@pytest.fixture
def day(db: Database) -> Database:
    """A morning at the desk: a full coworking overridden, a wrong pickup code, a revoked badge
    scanned, and a guest who came and then asked to be erased."""
    add_user(db, LOCAL_ADMIN, "Anna", "manager", MANAGER_PASSWORD, now=MORNING)
    anna = authenticate(db, "Anna", MANAGER_PASSWORD)
    add_user(db, anna, "Bruno", "staff", STAFF_PIN, now=MORNING)
    set_area(db, anna, "coworking", capacity=1, now=MORNING)
    check_in(db, anna, person(db, "Ágnes Nguyễn"), now=MORNING + timedelta(minutes=1))
    check_in(
        db,
        anna,
        person(db, "Luca Verdi"),
        now=MORNING + timedelta(minutes=2),
        override=True,
        reason="riunione",
    )
    set_area(db, anna, "coworking", capacity=40, now=MORNING + timedelta(minutes=2))
    educator(db, now=MORNING + timedelta(minutes=3))
    kid = family(db, "Emma Rossi", "Paolo Rossi")
    drop(db, kid, now=MORNING + timedelta(minutes=4))
    with pytest.raises(PickupRefused):
        check_out(
            db,
            anna,
            kid.child,
            now=MORNING + timedelta(minutes=5),
            collected_by=kid.parent,
            code="000000",
        )
    giulia = person(db, "Giulia Bianchi")
    old = issue_badge(db, anna, giulia, now=MORNING)
    revoke_badge(db, anna, giulia, now=MORNING + timedelta(minutes=6))
    with pytest.raises(Refusal):
        settled(scan(db, anna, old.code, now=MORNING + timedelta(minutes=7)))
    guest = person(db, "Zeno Guest", PersonKind.GUEST)
    check_in(db, anna, guest, now=MORNING + timedelta(minutes=8))
    check_out(db, anna, guest, now=MORNING + timedelta(minutes=9))
    erase_person(db, anna, guest, now=MORNING + timedelta(minutes=10), reason="richiesta")
    return db


def manager(db: Database) -> Actor:
    return authenticate(db, "Anna", MANAGER_PASSWORD)


def open_audit(desk: Desk, qtbot: QtBot) -> list[list[str]]:
    """Click the audit tab (nothing else) and read the table as shown."""
    tabs = desk.window.area_tabs
    tabs.tabBar().setCurrentIndex(tabs.indexOf(desk.audit_tab))
    settle(qtbot, desk)
    return rows(desk)


def rows(desk: Desk) -> list[list[str]]:
    model = desk.audit.model
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_opening_the_tab_shows_todays_events_in_words_with_names(
    day: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = make_desk("it", MORNING + timedelta(hours=1), actor=manager(day))
    shown = open_audit(desk, qtbot)
    assert len(shown) > 10, "loaded on opening, no button pressed"
    when = [r[0] for r in shown]
    assert when == sorted(when, reverse=True), "newest first"
    assert shown[0][:3] == [
        "25/11/2026 09:10:00",
        "Dati cancellati su richiesta",
        "persona cancellata",
    ]
    text = "\n".join(" | ".join(r) for r in shown)
    assert "Zeno" not in text, "an erased person is never named again"
    assert not LEAKS.search(text), LEAKS.search(text)
    by_action = {(r[1], r[2]): r for r in shown}
    override = by_action[("Entrata", "Luca Verdi")]
    assert override[0] == "25/11/2026 09:02:00", "venue time, not UTC"
    assert override[3] == "Coworking · Capienza superata: Coworking, 1 posto"
    assert override[4] == "riunione" and override[5] == "Anna"
    pickup = by_action[("Ritiro rifiutato", "Emma Rossi")]
    assert pickup[3] == "Codice di ritiro errato (1 di 5) · Adulto: Paolo Rossi"
    refused = by_action[("Scansione del badge rifiutata", "Giulia Bianchi")]
    assert refused[3] == "Badge revocato"
    dropped = by_action[("Entrata", "Emma Rossi")]
    assert "Accompagnato da Paolo Rossi" in dropped[3]
    assert "integro" in desk.audit.chain.text(), "the chain's verdict, checked on opening"


def test_the_filters_keep_working(day: Database, make_desk: DeskFactory, qtbot: QtBot) -> None:
    desk = make_desk("en", MORNING + timedelta(hours=1), actor=manager(day))
    open_audit(desk, qtbot)
    view = desk.audit
    view.person.setText("agnes nguyen")  # accents and case do not matter
    view.show_button.click()
    settle(qtbot, desk)
    assert [(r[1], r[2], r[3]) for r in rows(desk)] == [
        ("Check-in", "Ágnes Nguyễn", "Coworking"),
        ("Person registered", "Ágnes Nguyễn", "Member"),
    ]
    view.person.clear()
    view.action.setCurrentIndex(view.action.findData("scan_refused"))
    view.show_button.click()
    settle(qtbot, desk)
    assert [(r[1], r[2], r[3]) for r in rows(desk)] == [
        ("Badge scan refused", "Giulia Bianchi", "Revoked badge")
    ]
    view.action.setCurrentIndex(0)
    view.user.setText("Bruno")
    view.show_button.click()
    settle(qtbot, desk)
    assert rows(desk) == []
    view.user.clear()
    tomorrow = QDate(2026, 11, 26)
    view.start.setDate(tomorrow)
    view.end.setDate(tomorrow)
    view.show_button.click()
    settle(qtbot, desk)
    assert rows(desk) == []


def test_a_refused_scan_at_the_locked_desk_is_audited_as_such(
    day: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    anna = manager(day)
    answer = unattended_scan(day, anna, "SERRE-NOT-A-BADGE", now=MORNING + timedelta(minutes=30))
    assert answer.answer is Answer.ASK_STAFF
    desk = make_desk("en", MORNING + timedelta(hours=1), actor=anna)
    newest = open_audit(desk, qtbot)[0]
    assert newest[:4] == [
        "25/11/2026 09:30:00",
        "Badge scan refused",
        "",
        "Not a Serre badge · at the locked desk",
    ]


def test_staff_never_see_the_tab(day: Database, make_desk: DeskFactory) -> None:
    desk = make_desk(lang="en", actor=authenticate(day, "Bruno", STAFF_PIN))
    assert desk.window.area_tabs.indexOf(desk.audit_tab) < 0
    assert not desk.window.act_audit.isEnabled()


def test_the_tab_says_whether_the_chain_still_holds_the_backups_anchors(
    day: Database, make_desk: DeskFactory, qtbot: QtBot, data_dir: Path
) -> None:
    desk = make_desk("en", MORNING + timedelta(hours=1), actor=manager(day))
    open_audit(desk, qtbot)
    assert "whole" in desk.audit.chain.text() and "anchor" in desk.audit.chain.text()
    backup = take_backup(day, Location(data_dir), now=MORNING + timedelta(hours=2))
    check_in(day, LOCAL_ADMIN, person(day, "Nuovo Socio"), now=MORNING + timedelta(hours=2))
    _truncate_to(day, _ids(day)[-5])  # the newest events cut off, the head moved back
    desk.audit.verify_button.click()
    settle(qtbot, desk)
    verdict = desk.audit.chain.text()
    assert backup.name in verdict and "no longer holds the anchored head" in verdict


def test_the_tab_forgets_its_events_when_the_desk_locks_and_loads_them_again_after(
    day: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = make_desk("en", MORNING + timedelta(hours=1), actor=manager(day))
    shown = len(open_audit(desk, qtbot))
    desk.lock.watcher.idle.emit()
    assert desk.lock.is_locked and rows(desk) == [], "no name stays behind the lock screen"
    check_in(day, LOCAL_ADMIN, person(day, "Nuovo Socio"), now=MORNING + timedelta(minutes=50))
    sign_in(qtbot, desk.lock.screen, "Anna", MANAGER_PASSWORD)
    settle(qtbot, desk)
    assert not desk.lock.is_locked
    after = rows(desk)
    assert len(after) == shown + 2  # registered and checked in while the desk was locked
    assert after[0][1:4] == ["Check-in", "Nuovo Socio", "Coworking"]
