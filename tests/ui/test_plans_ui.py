"""Plans in the window: the person card says what is left (amber when nothing is), and the
reports tab makes the month's plan usage as a PDF and as CSV."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from serre_desk.domain.plans import PlanKind, PlanRules
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.plans import add_plan, set_person_plan
from serre_desk.services.startup import Database
from serre_desk.services.visits import toggle
from serre_desk.storage.models import AuditEvent
from serre_desk.ui import icons
from serre_desk.ui.style import Tone, colours
from serre_desk.ui.views.reports import ReportsView
from tests.conftest import MORNING
from tests.helpers import person, settled
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


def same_icon(shown: QIcon, name: str) -> bool:
    return shown.pixmap(16, 16).toImage() == icons.pixmap(name, 16).toImage()


def test_a_check_in_over_the_plan_keeps_its_warning_sign_in_recent_events_after_a_restart(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    mario = carnet_holder(db, entries=1)
    yesterday = MORNING.date() - timedelta(days=1)
    visit(db, mario, at(yesterday, 9), at(yesterday, 12))
    settled(toggle(db, LOCAL_ADMIN, mario, now=MORNING))  # the carnet is used up: a warning
    luca = person(db, "Luca Verdi")
    settled(toggle(db, LOCAL_ADMIN, luca, now=MORNING + timedelta(minutes=1)))
    desk = make_desk()  # the list as the database has it
    settle(qtbot, desk)
    recent = desk.window.recent
    lines = recent.lines()
    luca_row = lines.index("09:01  Luca Verdi — checked in · Coworking")
    mario_row = lines.index("09:00  Mario Rossi — checked in · Coworking")
    assert same_icon(recent.item(luca_row).icon(), "checked-in")
    assert same_icon(recent.item(mario_row).icon(), "warning")
    with db.read() as session:  # what the audit keeps: the warning's code, never a name
        details = session.scalars(
            select(AuditEvent.detail).where(
                AuditEvent.action == "check_in", AuditEvent.subject_id == mario
            )
        ).all()
    assert [json.loads(d).get("warnings") for d in details] == [["plan"]]
    assert not any("Mario" in d for d in details)


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


def test_a_manager_adds_entries_on_the_card_when_staff_is_signed_in(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from serre_desk.services.audit import AuditFilter, list_events
    from serre_desk.services.plans import entitlement
    from serre_desk.services.users import add_user, authenticate
    from serre_desk.ui.dialogs.manager_prompt import ManagerPrompt
    from tests.roles_helpers import MANAGER_PASSWORD, STAFF_PIN

    add_user(db, LOCAL_ADMIN, "Anna", "manager", MANAGER_PASSWORD, now=MORNING)
    add_user(
        db, authenticate(db, "Anna", MANAGER_PASSWORD), "Bruno", "staff", STAFF_PIN, now=MORNING
    )
    mario = carnet_holder(db, entries=1)
    day = MORNING.date() - timedelta(days=1)
    visit(db, mario, at(day, 9), at(day, 12))
    desk = make_desk(actor=authenticate(db, "Bruno", STAFF_PIN))
    desk.card.show(mario)
    settle(qtbot, desk)
    card = desk.window.card
    qtbot.waitUntil(lambda: card.plan.text().startswith("Carnet: 0 entries left of 1"))
    assert card.top_up.isVisible()
    card.top_up.click()
    dialog = desk.card.plan_dialog
    assert dialog is not None and dialog.add.isChecked()
    dialog.entries.setValue(5)
    dialog.confirm.click()
    [prompt] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ManagerPrompt) and w.isVisible()
    ]
    assert "Mario Rossi: Add 5 entries to the plan" in prompt.action.text()
    prompt.reason.setText("paid at the desk")
    prompt.form.user.setCurrentText("Anna")
    QTest.keyClicks(prompt.form.secret, MANAGER_PASSWORD)
    QTest.keyClick(prompt.form.secret, Qt.Key.Key_Return)
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: card.plan.text() == "Carnet: 5 entries left of 6")
    assert desk.card.plan_dialog is None  # closed once done
    assert entitlement(db, mario, MORNING).standing.left == 5
    [event] = list_events(db, LOCAL_ADMIN, AuditFilter(action="plan", subject_id=mario))[-1:]
    assert (event.actor, event.reason) == ("Anna", "paid at the desk")
    assert desk.session.actor.user == "Bruno", "the staff member stays signed in"


def test_a_signed_in_manager_extends_an_expired_plan_with_a_reason_only(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication

    from serre_desk.domain.plans import State
    from serre_desk.services.plans import entitlement
    from serre_desk.ui.dialogs.manager_prompt import ManagerPrompt

    add_plan(db, LOCAL_ADMIN, PlanRules("Pass", PlanKind.DAY_PASS), now=MORNING)  # valid one day
    mario = person(db, "Mario Rossi")
    start = MORNING.date() - timedelta(days=3)
    set_person_plan(db, LOCAL_ADMIN, mario, "Pass", now=MORNING, starts_on=start)
    assert entitlement(db, mario, MORNING).standing.state is State.EXPIRED
    desk = make_desk()
    desk.card.show(mario)
    settle(qtbot, desk)
    card = desk.window.card
    qtbot.waitUntil(lambda: "expired on" in card.plan.text())
    card.top_up.click()
    dialog = desk.card.plan_dialog
    assert dialog is not None and dialog.extend.isChecked()  # expired: extending comes first
    until = MORNING.date() + timedelta(days=6)
    dialog.until.setDate(QDate(until.year, until.month, until.day))
    dialog.confirm.click()
    [prompt] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ManagerPrompt) and w.isVisible()
    ]
    assert not prompt.form.isVisible()  # a manager is signed in: only the reason
    prompt.approve.click()
    assert "Write the reason" in prompt.error.text()
    prompt.reason.setText("sick week")
    prompt.approve.click()
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: "expired" not in card.plan.text())
    found = entitlement(db, mario, MORNING)
    assert found.standing.state is State.OK and found.standing.expires_on == until
