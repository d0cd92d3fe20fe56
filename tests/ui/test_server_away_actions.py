"""While the database server is away, every action that writes is refused at once, in words —
registering, editing a person, undo, the closing, plan entries, a badge — and nothing typed is
lost: a form already filled stays open with its content, and once the server is back its line
saying the server is away goes and the same press saves it. A real PostgreSQL server of the
test's own is stopped (`pg_ctl stop -m fast`) and started again."""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from serre_desk.clock import VENUE_TZ, utcnow
from serre_desk.domain.plans import PlanKind, PlanRules
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.occupancy import inside
from serre_desk.services.people import person_details, search_people
from serre_desk.services.plans import add_plan, entitlement, set_person_plan
from serre_desk.services.visits import check_in
from serre_desk.storage.models import AuditEvent, Badge
from serre_desk.ui.desk import Desk
from serre_desk.ui.dialogs.registration import RegistrationDialog
from serre_desk.ui.style import Tone
from tests.conftest import MORNING
from tests.helpers import person
from tests.ui.conftest import DeskFactory, settle
from tests.ui.server_rig import OwnServer, database, own_server_fixture, wait_listening  # noqa: F401

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
AWAY = "cannot be reached: this cannot be saved until it is back"


def _refused_in_banner(desk: Desk) -> bool:
    banner = desk.window.banner
    return banner.tone is Tone.REFUSED and AWAY in banner.details


@pytest.mark.timeout(120)
def test_while_the_server_is_away_every_action_is_refused_at_once_and_nothing_typed_is_lost(
    qtbot: QtBot, own_server: OwnServer, tmp_path: Path
) -> None:
    db = database(own_server.url, tmp_path / "desk")
    desks = DeskFactory(db, qtbot, tmp_path / "desk")
    try:
        add_plan(db, LOCAL_ADMIN, PlanRules("Carnet", PlanKind.CARNET, entries=10), now=utcnow())
        giulia = person(db, "Giulia Bianchi", organisation="Orto Lab")
        set_person_plan(db, LOCAL_ADMIN, giulia, "Carnet", now=utcnow(), starts_on=date(2026, 1, 1))
        desk = desks(now=utcnow())
        wait_listening(qtbot, desk)
        with qtbot.waitSignal(desk.hub.movement, timeout=10_000):
            desk.actions.toggle(giulia)  # Giulia in: the card shows her; Ctrl+Z could undo it
        qtbot.waitUntil(lambda: desk.card.details is not None, timeout=10_000)
        entries_before = entitlement(db, giulia, utcnow()).line("en")

        # A walk-in's form, being filled when the cable is pulled.
        form = desk.registration.open(desk.window, "Anna Neri")
        assert isinstance(form, RegistrationDialog)
        form.form.organisation.setText("Studio Verde")
        form.privacy.acknowledged.setChecked(True)
        badge = desk.commands.print_badge()  # Ctrl+P while the server is there: her badge
        assert badge is not None
        qtbot.waitUntil(lambda: badge.badge is not None, timeout=10_000)

        own_server.stop()
        qtbot.waitUntil(desk.server.label.isVisible, timeout=15_000)

        form.register_button.click()  # refused at once, in the form, which keeps its content
        assert form.isVisible() and AWAY in form.error.text()
        assert form.form.name.text() == "Anna Neri"
        assert form.form.organisation.text() == "Studio Verde"
        assert form.register_button.isEnabled()

        edit = desk.card.edit()  # opens, and says at once that saving waits for the server
        assert edit is not None and AWAY in edit.error.text()
        edit.form.phone.setText("+39 051 123 4567")
        edit.save_button.click()
        assert edit.isVisible() and edit.form.phone.text() == "+39 051 123 4567"

        desk.window.card.top_up.click()  # plan entries: no manager asked for nothing
        plan = desk.card.plan_dialog
        assert plan is not None and AWAY in plan.error.text()
        plan.confirm.click()
        assert plan.isVisible() and AWAY in plan.error.text()

        badge.reissue_button.click()  # a lost badge: a new one is refused, the reason kept
        badge.reason.setText("lost on the bus")
        badge.confirm_reissue.click()
        assert AWAY in badge.status.text() and badge.reason.text() == "lost on the bus"
        badge.close()
        qtbot.waitUntil(lambda: desk.commands.badge_dialog is None)

        child = desk.kids_view.open_child_registration("Emma Neri")  # says so at once
        assert AWAY in child.error.text()
        child.register_button.click()
        assert child.isVisible() and child.form.name.text() == "Emma Neri"

        started = time.monotonic()
        desk.window.act_undo.trigger()  # Ctrl+Z
        assert _refused_in_banner(desk)
        desk.window.banner.show_ready()
        desk.window.act_print_badge.trigger()  # Ctrl+P: the dialog would issue a badge
        assert _refused_in_banner(desk) and desk.commands.badge_dialog is None
        desk.window.banner.show_ready()
        desk.window.act_close_day.trigger()
        assert _refused_in_banner(desk)
        assert not [shown for shown in desk.messages.shown if shown.kind == "ask"]  # type: ignore[attr-defined]
        assert time.monotonic() - started < 1.0, "said at once, not after a timeout"

        with qtbot.waitSignal(
            desk.hub.news, timeout=30_000, check_params_cb=lambda title, _text: "back" in title
        ):
            own_server.start()

        # Back: no open form still says it cannot save.
        for line in (form.error, edit.error, plan.error, child.error):
            assert line.isHidden(), line.text()
        assert child.form.name.text() == "Emma Neri"
        child.close()
        # The same presses save what was typed, once.
        form.register_button.click()
        qtbot.waitUntil(lambda: desk.registration.dialog is None, timeout=10_000)  # closed
        [anna] = search_people(db, "anna neri")
        assert person_details(db, anna.id).organisation == "Studio Verde"
        edit.save_button.click()
        qtbot.waitUntil(
            lambda: person_details(db, giulia).phone == "+39 051 123 4567", timeout=10_000
        )
        assert sorted(row.id for row in inside(db)) == sorted([giulia, anna.id])
        assert entitlement(db, giulia, utcnow()).line("en") == entries_before
        with db.read() as session:  # her one badge, never reissued nor revoked
            badges = session.scalars(select(Badge).where(Badge.person_id == giulia)).all()
            assert [b.revoked_at for b in badges] == [None]
        assert search_people(db, "emma neri") == []
    finally:
        for built in desks.built:
            for dialog in built.open_dialogs():
                dialog.close()
            built.window.close()
        db.dispose()


@pytest.mark.timeout(120)
def test_the_closing_time_passing_while_the_server_is_away_closes_the_day_once_it_is_back(
    qtbot: QtBot, own_server: OwnServer, tmp_path: Path
) -> None:
    db = database(own_server.url, tmp_path / "desk")
    desks = DeskFactory(db, qtbot, tmp_path / "desk")
    try:
        evening = MORNING.replace(hour=19, minute=29, tzinfo=VENUE_TZ)
        check_in(db, LOCAL_ADMIN, person(db, "Chiara Fontana"), now=MORNING)
        desk = desks(now=evening)
        wait_listening(qtbot, desk)
        desk.closing.check()
        own_server.stop()
        qtbot.waitUntil(desk.server.label.isVisible, timeout=15_000)
        desk.clock.set(evening + timedelta(minutes=2))  # 19:31: closing time passed
        desk.closing.check()
        settle(qtbot, desk)
        assert desk.closing_report is None, "the closing waits for the server"

        with qtbot.waitSignal(
            desk.hub.news, timeout=30_000, check_params_cb=lambda title, _text: "back" in title
        ):
            own_server.start()
        with qtbot.waitSignal(desk.hub.day_closed, timeout=10_000):
            desk.closing.check()  # the next check (every 15 s) closes the day
        assert inside(db) == []
        desk.closing.check()
        settle(qtbot, desk)
        with db.read() as session:
            closings = session.scalars(
                select(AuditEvent.id).where(AuditEvent.action == "close_day")
            ).all()
        assert len(closings) == 1, "closed once"
    finally:
        for built in desks.built:
            built.window.close()
        db.dispose()
