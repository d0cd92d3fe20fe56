"""Several desks at the day's edge, on both engines with real processes: the closing runs at one
desk while the others check people in and out at the same instant. Nobody is lost, closed twice
or left with two open visits, and the plans count each day once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from serre_desk.domain.plans import PlanKind, PlanRules
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.closing import close_day
from serre_desk.services.plans import add_plan, entitlement, set_person_plan
from serre_desk.services.startup import Location
from serre_desk.services.visits import check_in, toggle
from serre_desk.storage.database import Database
from serre_desk.storage.models import Visit
from tests.conftest import MORNING
from tests.helpers import person
from tests.test_races import db, events, location, race

__all__ = ["db", "location"]  # the fixtures, shared with tests.test_races

pytestmark = pytest.mark.slow

CLOSING = MORNING.replace(hour=19, minute=30)


def test_a_closing_at_one_desk_while_others_scan_people_in_and_out(
    location: Location, db: Database
) -> None:
    add_plan(db, LOCAL_ADMIN, PlanRules("C", PlanKind.CARNET, entries=10), now=MORNING)
    staying = [person(db, f"Dentro {n}") for n in range(4)]  # inside since the morning
    arriving = [person(db, f"Arrivo {n}") for n in range(4)]  # scanned in at closing time
    for someone in staying + arriving:
        set_person_plan(db, LOCAL_ADMIN, someone, "C", now=MORNING, starts_on=MORNING.date())
    for someone in staying:
        check_in(db, LOCAL_ADMIN, someone, now=MORNING)

    def desk(d: Database, n: int) -> object:
        if n == 0:
            return close_day(d, LOCAL_ADMIN, now=CLOSING)
        if n <= 4:  # four desks scan the people inside: out, or already closed then back in
            return toggle(d, LOCAL_ADMIN, staying[n - 1], now=CLOSING)
        return [toggle(d, LOCAL_ADMIN, someone, now=CLOSING) for someone in arriving[n - 5 :: 3]]

    assert race(location, db, desk, desks=8) == ["ok"] * 8
    with db.read() as session:
        visits = session.scalars(select(Visit).order_by(Visit.id)).all()
    for someone in staying + arriving:
        theirs = [v for v in visits if v.person_id == someone]
        assert sum(v.checked_out_at is None for v in theirs) <= 1, "at most one open visit"
        # every one of them came today once: one entry of the carnet, whatever the order
        assert entitlement(db, someone, CLOSING + timedelta(minutes=1)).standing.used == 1
    auto = [e["visit"] for e in events(db, "auto_close")]
    assert len(auto) == len(set(auto)), "no visit closed twice"
    assert {v.id for v in visits if v.auto_closed} == set(auto)
    assert sum(e["auto_closed"] for e in events(db, "close_day")) == len(auto)
    for someone in arriving:  # scanned in at the closing instant: inside, or closed, never lost
        assert [v for v in visits if v.person_id == someone]
