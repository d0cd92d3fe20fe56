"""Plans against real visits, on SQLite and PostgreSQL: entries are derived from check-ins, so a
second visit the same day, midnight and DST, undo, a corrected time and a move between areas all
count as a receptionist would expect."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from serre_desk.clock import VENUE_TZ
from serre_desk.domain.errors import Refusal
from serre_desk.domain.outcomes import Refused
from serre_desk.domain.people import PersonKind
from serre_desk.domain.plans import DayUse, PlanKind, PlanRules, State
from serre_desk.services.actor import LOCAL_ADMIN, Actor, Role
from serre_desk.services.areas_admin import set_area
from serre_desk.services.occupancy import inside
from serre_desk.services.plans import (
    add_entries,
    add_plan,
    entitlement,
    plan_history,
    set_org_seats,
    set_person_plan,
    set_refuse_over_plan,
)
from serre_desk.services.undo import undo_movement
from serre_desk.services.visits import check_in, check_out, toggle
from serre_desk.storage.database import Database
from serre_desk.storage.models import AuditEvent
from tests.conftest import MORNING
from tests.helpers import person

STAFF = Actor(user="bruno", role=Role.STAFF)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=VENUE_TZ)


def visit(db: Database, who: int, start: datetime, end: datetime, area: str | None = None) -> None:
    check_in(db, LOCAL_ADMIN, who, area, now=start)
    check_out(db, LOCAL_ADMIN, who, now=end)


def carnet(db: Database, entries: int = 10, valid_days: int = 60) -> None:
    rules = PlanRules("Carnet", PlanKind.CARNET, entries=entries, valid_days=valid_days)
    add_plan(db, LOCAL_ADMIN, rules, now=MORNING)


def test_a_second_visit_the_same_day_uses_no_entry(any_db: Database) -> None:
    carnet(any_db)
    mario = person(any_db)
    set_person_plan(any_db, LOCAL_ADMIN, mario, "Carnet", now=MORNING)
    day = MORNING.date()
    visit(any_db, mario, local(day, 9), local(day, 12))
    visit(any_db, mario, local(day, 14), local(day, 18))
    found = entitlement(any_db, mario, local(day, 18, 30))
    assert (found.standing.used, found.standing.left) == (1, 9)
    assert found.line("it") == "Carnet: 9 ingressi su 10"
    assert found.line("en") == "Carnet: 9 entries left of 10"


def test_a_stay_past_midnight_uses_the_entry_of_the_day_it_began(any_db: Database) -> None:
    carnet(any_db)
    mario = person(any_db)
    set_person_plan(any_db, LOCAL_ADMIN, mario, "Carnet", now=MORNING)
    day = MORNING.date()
    next_day = day + timedelta(days=1)
    visit(any_db, mario, local(day, 20), local(next_day, 1))
    assert entitlement(any_db, mario, local(next_day, 2)).standing.used == 1
    visit(any_db, mario, local(next_day, 9), local(next_day, 10))  # a new check-in: a new day
    assert entitlement(any_db, mario, local(next_day, 11)).standing.used == 2


@pytest.mark.parametrize("day", [date(2026, 3, 29), date(2026, 10, 25)])
def test_dst_days_count_from_local_midnight_to_local_midnight(any_db: Database, day: date) -> None:
    """At 00:30 and 23:30 local time on the 23- and 25-hour days: the UTC date differs from the
    local one at one end, and both check-ins still fall on one local day."""
    add_plan(any_db, LOCAL_ADMIN, PlanRules("8", PlanKind.DAYS_PER_MONTH, days=8), now=MORNING)
    mario = person(any_db)
    set_person_plan(any_db, LOCAL_ADMIN, mario, "8", now=MORNING, starts_on=day.replace(day=1))
    visit(any_db, mario, local(day, 0, 30), local(day, 0, 45))
    visit(any_db, mario, local(day, 23, 30), local(day, 23, 45))
    visit(
        any_db,
        mario,
        local(day - timedelta(days=1), 23, 30),
        local(day - timedelta(days=1), 23, 50),
    )
    found = entitlement(any_db, mario, local(day, 23, 50))
    assert found.standing.used == 2
    assert found.line("it") == "Giorni questo mese: 2 di 8"


def test_undo_gives_the_entry_back(any_db: Database) -> None:
    carnet(any_db)
    mario = person(any_db)
    set_person_plan(any_db, LOCAL_ADMIN, mario, "Carnet", now=MORNING)
    movement = check_in(any_db, LOCAL_ADMIN, mario, now=MORNING)
    assert entitlement(any_db, mario, MORNING).standing.left == 9
    undo_movement(any_db, LOCAL_ADMIN, movement, now=MORNING + timedelta(seconds=20))
    assert entitlement(any_db, mario, MORNING + timedelta(seconds=30)).standing.left == 10


def test_a_corrected_time_counts_on_the_corrected_day(any_db: Database) -> None:
    """A check-in recorded late ("she came yesterday at 9") uses yesterday's entry; recorded on a
    day that already had a visit, it uses none."""
    carnet(any_db)
    mario = person(any_db)
    set_person_plan(any_db, LOCAL_ADMIN, mario, "Carnet", now=MORNING, starts_on=date(2026, 11, 20))
    yesterday = MORNING - timedelta(days=1)
    check_in(any_db, LOCAL_ADMIN, mario, now=MORNING, at=yesterday, reason="forgot to scan")
    check_out(
        any_db, LOCAL_ADMIN, mario, now=MORNING, at=yesterday + timedelta(hours=3), reason="x"
    )
    assert entitlement(any_db, mario, MORNING).standing.used == 1
    assert entitlement(any_db, mario, MORNING).standing.today is None  # today is still free
    check_in(any_db, LOCAL_ADMIN, mario, now=MORNING, at=yesterday + timedelta(hours=5), reason="x")
    assert entitlement(any_db, mario, MORNING).standing.used == 1


def test_a_visit_moved_from_the_kids_space_to_the_coworking_counts_once(any_db: Database) -> None:
    """An educator on a coworking plan: the morning in the kids' space uses nothing, the move to
    the coworking uses the day's entry, and going back uses no second one."""
    plan = PlanRules("Cowork 8", PlanKind.DAYS_PER_MONTH, days=8, area="coworking")
    add_plan(any_db, LOCAL_ADMIN, plan, now=MORNING)
    anna = person(any_db, "Anna Neri", PersonKind.STAFF, phone="+39 333 1234567")
    set_person_plan(any_db, LOCAL_ADMIN, anna, "Cowork 8", now=MORNING)
    check_in(any_db, LOCAL_ADMIN, anna, "kids", now=MORNING)
    assert entitlement(any_db, anna, MORNING).standing.used == 0
    check_in(any_db, LOCAL_ADMIN, anna, "coworking", now=MORNING + timedelta(hours=1))
    assert entitlement(any_db, anna, MORNING + timedelta(hours=1)).standing.used == 1
    check_in(any_db, LOCAL_ADMIN, anna, "kids", now=MORNING + timedelta(hours=2))
    assert entitlement(any_db, anna, MORNING + timedelta(hours=2)).standing.used == 1


def test_an_expired_carnet_warns_and_a_manager_extends_it_on_the_spot(any_db: Database) -> None:
    carnet(any_db, entries=10, valid_days=30)
    mario = person(any_db)
    start = MORNING.date() - timedelta(days=40)
    set_person_plan(any_db, LOCAL_ADMIN, mario, "Carnet", now=MORNING, starts_on=start)
    found = entitlement(any_db, mario, MORNING)
    assert found.standing.state is State.EXPIRED
    warning = found.warning("it")
    assert warning is not None and "scaduto il 14/11/2026" in warning
    with pytest.raises(Refusal) as refused:
        set_person_plan(any_db, STAFF, mario, "Carnet", now=MORNING, ends_on=date(2026, 12, 31))
    assert refused.value.code == "needs_manager"
    set_person_plan(any_db, LOCAL_ADMIN, mario, "Carnet", now=MORNING, ends_on=date(2026, 12, 31))
    found = entitlement(any_db, mario, MORNING)
    assert found.standing.state is State.OK and found.warning() is None
    assert len(plan_history(any_db, mario)) == 1  # extended, not replaced


def test_a_used_up_carnet_warns_until_a_manager_adds_entries(any_db: Database) -> None:
    carnet(any_db, entries=2)
    mario = person(any_db)
    set_person_plan(any_db, LOCAL_ADMIN, mario, "Carnet", now=MORNING, starts_on=date(2026, 11, 1))
    for back in (2, 1):
        day = MORNING.date() - timedelta(days=back)
        visit(any_db, mario, local(day, 9), local(day, 10))
    found = entitlement(any_db, mario, MORNING)
    assert found.standing.state is State.EXHAUSTED and found.line("it") == "Carnet: 0 ingressi su 2"
    with pytest.raises(Refusal):
        add_entries(any_db, LOCAL_ADMIN, mario, 5, "", now=MORNING)  # the reason is required
    after = add_entries(any_db, LOCAL_ADMIN, mario, 5, "paid at the desk", now=MORNING)
    assert after.standing.left == 5 and after.warning() is None
    with any_db.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "plan").order_by(AuditEvent.id.desc())
        ).first()
    assert event is not None and event.reason == "paid at the desk"
    assert json.loads(event.detail)["entries"] == 5


def test_the_check_in_says_what_is_left_and_warns_over_the_plan(any_db: Database) -> None:
    carnet(any_db, entries=2)
    mario = person(any_db)
    set_person_plan(any_db, LOCAL_ADMIN, mario, "Carnet", now=MORNING)
    first = check_in(any_db, LOCAL_ADMIN, mario, now=MORNING)
    assert (first.plan, first.warnings) == ("Carnet: 1 ingressi su 2", ())
    check_out(any_db, LOCAL_ADMIN, mario, now=MORNING + timedelta(hours=1))
    again = check_in(any_db, LOCAL_ADMIN, mario, now=MORNING + timedelta(hours=2))
    assert (again.plan, again.warnings) == ("Carnet: 1 ingressi su 2", ())  # the same day
    check_out(any_db, LOCAL_ADMIN, mario, now=MORNING + timedelta(hours=3))
    for day in (1, 2):
        movement = check_in(any_db, LOCAL_ADMIN, mario, now=MORNING + timedelta(days=day))
        check_out(any_db, LOCAL_ADMIN, mario, now=MORNING + timedelta(days=day, hours=1))
    assert movement.plan == "Carnet: 0 ingressi su 2"
    assert movement.warnings == ("Carnet esaurito: un responsabile può aggiungere ingressi.",)


def test_the_venue_can_refuse_check_ins_over_the_plan(any_db: Database) -> None:
    """Refused before anything is written, by a command and by a scan alike; a manager's
    override lets the person in with the warning; entries added let them in again."""
    carnet(any_db, entries=1)
    mario = person(any_db)
    set_person_plan(any_db, LOCAL_ADMIN, mario, "Carnet", now=MORNING)
    visit(any_db, mario, MORNING, MORNING + timedelta(hours=1))
    set_refuse_over_plan(any_db, LOCAL_ADMIN, True, now=MORNING)
    tomorrow = MORNING + timedelta(days=1)
    with pytest.raises(Refusal) as refused:
        check_in(any_db, LOCAL_ADMIN, mario, now=tomorrow)
    assert refused.value.code == "over_plan"
    assert refused.value.text("en") == "Carnet used up: a manager can add entries."
    outcome = toggle(any_db, LOCAL_ADMIN, mario, now=tomorrow)
    assert isinstance(outcome, Refused) and outcome.refusal.code == "over_plan"
    assert inside(any_db) == []
    with pytest.raises(Refusal):
        check_in(any_db, STAFF, mario, now=tomorrow, override=True, reason="ok")
    let_in = check_in(any_db, LOCAL_ADMIN, mario, now=tomorrow, override=True, reason="paga dopo")
    assert let_in.warnings  # in, with the warning; the reason is on the audit event
    check_out(any_db, LOCAL_ADMIN, mario, now=tomorrow + timedelta(hours=1))
    # entries added pay for the day let in over the plan first, then for the next
    add_entries(any_db, LOCAL_ADMIN, mario, 2, "pagato", now=tomorrow)
    assert entitlement(any_db, mario, tomorrow).standing.today is DayUse.ENTRY
    day_after = check_in(any_db, LOCAL_ADMIN, mario, now=tomorrow + timedelta(days=1))
    assert not day_after.warnings


def test_a_plan_for_the_coworking_takes_nothing_in_another_adult_area(any_db: Database) -> None:
    set_area(any_db, LOCAL_ADMIN, "eventi", name="Sala eventi", capacity=50, now=MORNING)
    plan = PlanRules("Cowork", PlanKind.CARNET, entries=1, area="coworking")
    add_plan(any_db, LOCAL_ADMIN, plan, now=MORNING)
    mario = person(any_db)
    set_person_plan(any_db, LOCAL_ADMIN, mario, "Cowork", now=MORNING, starts_on=date(2026, 11, 20))
    visit(any_db, mario, MORNING - timedelta(days=1), MORNING - timedelta(days=1, hours=-1))
    evening = check_in(any_db, LOCAL_ADMIN, mario, "eventi", now=MORNING)
    assert evening.warnings == () and evening.plan == "Carnet: 0 ingressi su 1"
    moved = check_in(any_db, LOCAL_ADMIN, mario, "coworking", now=MORNING + timedelta(hours=1))
    assert moved.warnings  # the coworking is the plan's: the day goes over


def test_a_new_plan_keeps_the_history(any_db: Database) -> None:
    carnet(any_db)
    add_plan(any_db, LOCAL_ADMIN, PlanRules("Illimitato", PlanKind.UNLIMITED), now=MORNING)
    mario = person(any_db)
    set_person_plan(any_db, LOCAL_ADMIN, mario, "Carnet", now=MORNING, starts_on=date(2026, 10, 1))
    set_person_plan(any_db, LOCAL_ADMIN, mario, "illimitato", now=MORNING)
    history = plan_history(any_db, mario)
    assert [(h.plan.name, h.starts_on, h.ends_on) for h in history] == [
        ("Carnet", date(2026, 10, 1), date(2026, 11, 24)),
        ("Illimitato", date(2026, 11, 25), None),
    ]
    visit(any_db, mario, MORNING, MORNING + timedelta(hours=1))
    assert entitlement(any_db, mario, MORNING).line("it") == "Illimitato: 1 giorno questo mese"


def test_a_seat_is_taken_by_a_check_in_and_given_back_by_leaving_or_an_undo(
    any_db: Database,
) -> None:
    set_org_seats(any_db, LOCAL_ADMIN, "Pixel & Co.", 2, now=MORNING)
    add_plan(any_db, LOCAL_ADMIN, PlanRules("Illimitato", PlanKind.UNLIMITED), now=MORNING)
    set_area(any_db, LOCAL_ADMIN, "sala", name="Sala eventi", capacity=30, now=MORNING)
    anna, bea, own = (person(any_db, n, organisation="Pixel & Co.") for n in ("Anna", "Bea", "Eva"))
    set_person_plan(any_db, LOCAL_ADMIN, own, "Illimitato", now=MORNING)  # not on the seats

    def taken(minutes: int) -> str:
        return entitlement(any_db, bea, MORNING + timedelta(minutes=minutes)).line("en")

    assert taken(0) == "Pixel & Co.: 0 of 2 seats taken"
    check_in(any_db, LOCAL_ADMIN, own, now=MORNING)
    moved = check_in(any_db, LOCAL_ADMIN, anna, now=MORNING)
    assert taken(1) == "Pixel & Co.: 1 of 2 seats taken"
    check_in(any_db, LOCAL_ADMIN, anna, "sala", now=MORNING + timedelta(minutes=2))  # moves
    assert taken(3) == "Pixel & Co.: 1 of 2 seats taken"
    check_out(any_db, LOCAL_ADMIN, anna, now=MORNING + timedelta(minutes=4))
    assert taken(5) == "Pixel & Co.: 0 of 2 seats taken"
    again = check_in(any_db, LOCAL_ADMIN, bea, now=MORNING + timedelta(minutes=6))
    assert again.plan == "Pixel & Co.: 1 posti su 2 occupati"
    undo_movement(any_db, LOCAL_ADMIN, again, now=MORNING + timedelta(minutes=7))
    assert taken(8) == "Pixel & Co.: 0 of 2 seats taken"
    assert moved.area_key == "coworking"


def test_the_sixth_person_of_a_five_seat_company_gets_the_warning(any_db: Database) -> None:
    set_org_seats(any_db, LOCAL_ADMIN, "Pixel & Co.", 5, now=MORNING)
    staff = [person(any_db, f"Pixel {n}", organisation="pixel & co.") for n in range(6)]
    for n, who in enumerate(staff[:5]):
        check_in(any_db, LOCAL_ADMIN, who, now=MORNING + timedelta(minutes=n))
    fourth = entitlement(any_db, staff[3], MORNING + timedelta(minutes=10))
    assert fourth.line("it") == "Pixel & Co.: 5 posti su 5 occupati" and not fourth.over
    sixth = entitlement(any_db, staff[5], MORNING + timedelta(minutes=10))
    assert sixth.over
    assert sixth.warning("it") == (
        "Pixel & Co.: tutti i 5 posti sono occupati: un responsabile può aggiungere posti."
    )
