"""Plans with several desks at once, on both engines (real processes released together): a plan
given twice at the same instant is given once, entries added at once all count, and an
organisation's seats hold like a capacity when its people arrive at eight desks at once."""

from __future__ import annotations

from datetime import date

import pytest

from serre_desk.domain.plans import PlanKind, PlanRules
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.plans import (
    add_entries,
    add_plan,
    entitlement,
    plan_history,
    set_org_seats,
    set_person_plan,
    set_refuse_over_plan,
)
from serre_desk.services.startup import Location
from serre_desk.services.visits import check_in
from serre_desk.storage.database import Database
from tests.conftest import MORNING
from tests.helpers import person
from tests.test_races import DESKS, db, location, race  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow


def test_desks_giving_one_person_a_plan_at_once_give_it_once(
    location: Location,  # noqa: F811
    db: Database,  # noqa: F811
) -> None:
    add_plan(db, LOCAL_ADMIN, PlanRules("Carnet", PlanKind.CARNET, entries=10), now=MORNING)
    mario = person(db)
    outcomes = race(
        location,
        db,
        lambda d, _: set_person_plan(
            d, LOCAL_ADMIN, mario, "Carnet", now=MORNING, starts_on=date(2026, 11, 25)
        ),
    )
    assert outcomes == ["ok"] * DESKS
    assert len(plan_history(db, mario)) == 1


def test_entries_added_by_desks_at_once_all_count(
    location: Location,  # noqa: F811
    db: Database,  # noqa: F811
) -> None:
    add_plan(db, LOCAL_ADMIN, PlanRules("Carnet", PlanKind.CARNET, entries=10), now=MORNING)
    mario = person(db)
    set_person_plan(db, LOCAL_ADMIN, mario, "Carnet", now=MORNING)
    outcomes = race(
        location, db, lambda d, n: add_entries(d, LOCAL_ADMIN, mario, 1, f"desk {n}", now=MORNING)
    )
    assert outcomes == ["ok"] * DESKS
    assert entitlement(db, mario, MORNING).standing.allowance == 10 + DESKS


def test_eight_people_of_a_five_seat_company_at_eight_desks_three_get_the_warning(
    location: Location,  # noqa: F811
    db: Database,  # noqa: F811
) -> None:
    set_org_seats(db, LOCAL_ADMIN, "Pixel & Co.", 5, now=MORNING)
    people = [person(db, f"Pixel {n}", organisation="Pixel & Co.") for n in range(DESKS)]

    def arrive(d: Database, desk: int) -> None:
        movement = check_in(d, LOCAL_ADMIN, people[desk], now=MORNING)
        if movement.warnings:
            raise RuntimeError(movement.warnings[0])

    outcomes = race(location, db, arrive)
    warned = [o for o in outcomes if o != "ok"]
    assert len(warned) == DESKS - 5, outcomes
    assert all("tutti i 5 posti sono occupati" in o for o in warned)


def test_with_refusal_on_eight_desks_at_once_seat_exactly_five(
    location: Location,  # noqa: F811
    db: Database,  # noqa: F811
) -> None:
    set_org_seats(db, LOCAL_ADMIN, "Pixel & Co.", 5, now=MORNING)
    set_refuse_over_plan(db, LOCAL_ADMIN, True, now=MORNING)
    people = [person(db, f"Pixel {n}", organisation="Pixel & Co.") for n in range(DESKS)]
    outcomes = race(location, db, lambda d, n: check_in(d, LOCAL_ADMIN, people[n], now=MORNING))
    assert sorted(outcomes) == ["ok"] * 5 + ["over_plan"] * (DESKS - 5)
    seats = entitlement(db, people[0], MORNING).seats
    assert seats is not None and seats.taken == 5
