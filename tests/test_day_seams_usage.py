"""The month's usage at a month's turn, on both engines: one stay across midnight, from 30
November to 1 December, uses one day — for a company's seats as for a plan of one's own (the
desk counts the day of the check-in), so a company is not invoiced twice for one evening."""

from __future__ import annotations

from datetime import date, datetime

from serre_desk.clock import VENUE_TZ
from serre_desk.domain.plans import PlanKind, PlanRules
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.plans import add_plan, set_org_seats, set_person_plan
from serre_desk.services.usage import month_usage
from serre_desk.services.visits import check_in, check_out
from serre_desk.storage.database import Database
from tests.conftest import MORNING
from tests.helpers import person

NOVEMBER, DECEMBER = date(2026, 11, 1), date(2026, 12, 1)


def test_a_stay_across_the_month_s_turn_uses_one_day_of_a_company_s_seats(
    any_db: Database,
) -> None:
    add_plan(any_db, LOCAL_ADMIN, PlanRules("8", PlanKind.DAYS_PER_MONTH, days=8), now=MORNING)
    set_org_seats(any_db, LOCAL_ADMIN, "Acme", 2, now=MORNING)
    ada = person(any_db, "Ada Acme", organisation="Acme")  # on the company's seats
    bea = person(any_db, "Bea Piano")  # on a plan of her own
    set_person_plan(any_db, LOCAL_ADMIN, bea, "8", now=MORNING, starts_on=NOVEMBER)
    for who in (ada, bea):
        check_in(any_db, LOCAL_ADMIN, who, now=datetime(2026, 11, 30, 23, tzinfo=VENUE_TZ))
        check_out(any_db, LOCAL_ADMIN, who, now=datetime(2026, 12, 1, 0, 30, tzinfo=VENUE_TZ))
    later = datetime(2026, 12, 5, 9, tzinfo=VENUE_TZ)
    used: dict[date, tuple[int, int, int]] = {}
    for month in (NOVEMBER, DECEMBER):
        usage = month_usage(any_db, month, now=later)
        people = {p.person_id: p for p in usage.people}
        # present on both days' sheets, and for the minutes of each month
        assert (people[ada].days_present, people[bea].days_present) == (1, 1)
        (acme,) = usage.organisations
        used[month] = (people[ada].entries_used, people[bea].entries_used, acme.days_used)
    assert used == {NOVEMBER: (1, 1, 1), DECEMBER: (0, 0, 0)}
