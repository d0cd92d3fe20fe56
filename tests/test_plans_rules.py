"""The plan rules in plain Python: which day used an entry, which went over, what is left."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from serre_desk.domain.errors import Refusal
from serre_desk.domain.plans import (
    Adjustment,
    Assignment,
    DayUse,
    PlanKind,
    PlanRules,
    State,
    checked_rules,
    classify,
    month_use,
    peak_concurrent,
    standing,
)

CARNET_10 = PlanRules("Carnet 10", PlanKind.CARNET, entries=10, valid_days=90)
EIGHT_DAYS = PlanRules("8 giorni", PlanKind.DAYS_PER_MONTH, days=8)
UNLIMITED = PlanRules("Illimitato", PlanKind.UNLIMITED)
DAY_PASS = PlanRules("Giornaliero", PlanKind.DAY_PASS)
NOV = date(2026, 11, 1)


def days_from(first: date, count: int, step: int = 1) -> list[date]:
    return [first + timedelta(days=i * step) for i in range(count)]


def test_a_carnet_counts_each_day_once_and_goes_over_after_its_entries() -> None:
    carnet = [Assignment(1, CARNET_10, NOV)]
    visits = [*days_from(NOV, 12), NOV, NOV + timedelta(days=3)]  # two visits on two days
    uses = classify(carnet, visits)
    assert [uses[d] for d in sorted(uses)] == [DayUse.ENTRY] * 10 + [DayUse.OVER] * 2
    assert standing(carnet, visits[:7], NOV + timedelta(days=6)).left == 3
    assert standing(carnet, visits[:10], NOV + timedelta(days=10)).state is State.EXHAUSTED
    # the day that used the last entry is still fine; the next new day would not be
    assert standing(carnet, visits[:10], NOV + timedelta(days=9)).state is State.OK


def test_a_carnet_expires_after_its_validity_and_entries_added_extend_it() -> None:
    carnet = Assignment(1, CARNET_10, NOV)
    assert carnet.expires_on == NOV + timedelta(days=89)
    late = NOV + timedelta(days=90)
    assert classify([carnet], [late]) == {late: DayUse.OVER}
    assert standing([carnet], [], late).state is State.EXPIRED
    extended = Assignment(1, CARNET_10, NOV, ends_on=late)  # a manager extended it
    assert classify([extended], [late]) == {late: DayUse.ENTRY}
    topped = Assignment(1, CARNET_10, NOV, adjustments=(Adjustment(NOV, 2),))
    assert standing([topped], days_from(NOV, 10), NOV + timedelta(days=9)).left == 2


def test_days_per_month_start_again_each_month() -> None:
    plan = [Assignment(1, EIGHT_DAYS, date(2026, 10, 1))]
    october = days_from(date(2026, 10, 1), 10)
    november = days_from(NOV, 3)
    uses = classify(plan, october + november)
    assert sum(u is DayUse.OVER for u in uses.values()) == 2
    found = standing(plan, october + november, date(2026, 11, 3))
    assert (found.used, found.allowance, found.left, found.state) == (3, 8, 5, State.OK)
    usage = month_use(plan, october + november, date(2026, 10, 1), date(2026, 10, 31))
    assert (usage.entries, usage.over, usage.left) == (8, 2, 0)


def test_entries_added_to_a_monthly_plan_count_in_their_month_only() -> None:
    plan = [Assignment(1, EIGHT_DAYS, NOV, adjustments=(Adjustment(NOV, 2),))]
    assert standing(plan, [], NOV).allowance == 10
    assert standing(plan, [], date(2026, 12, 1)).allowance == 8


def test_an_unlimited_plan_never_goes_over_until_it_ends() -> None:
    plan = [Assignment(1, UNLIMITED, NOV, ends_on=date(2026, 11, 30))]
    assert set(classify(plan, days_from(NOV, 30)).values()) == {DayUse.ENTRY}
    assert standing(plan, [], date(2026, 12, 1)).state is State.EXPIRED
    assert standing(plan, days_from(NOV, 30), date(2026, 11, 30)).left is None


def test_a_day_pass_holds_one_day() -> None:
    plan = [Assignment(1, DAY_PASS, NOV)]
    assert classify(plan, [NOV, NOV + timedelta(days=1)]) == {
        NOV: DayUse.ENTRY,
        NOV + timedelta(days=1): DayUse.OVER,
    }


def test_a_new_plan_takes_over_from_its_first_day_and_days_before_any_plan_use_none() -> None:
    history = [
        Assignment(1, DAY_PASS, NOV, ends_on=NOV),
        Assignment(2, CARNET_10, NOV.replace(day=2)),
    ]
    uses = classify(history, [date(2026, 10, 31), NOV, NOV.replace(day=2)])
    assert uses == {
        date(2026, 10, 31): DayUse.NO_PLAN,
        NOV: DayUse.ENTRY,
        NOV.replace(day=2): DayUse.ENTRY,
    }
    assert standing(history, uses, NOV.replace(day=2)).plan == CARNET_10


def test_plan_numbers_must_fit_the_kind() -> None:
    with pytest.raises(Refusal) as missing:
        checked_rules(PlanRules("x", PlanKind.CARNET))
    assert missing.value.code == "plan_needs_entries"
    with pytest.raises(Refusal):
        checked_rules(PlanRules("x", PlanKind.DAYS_PER_MONTH, days=40))


def test_peak_counts_overlaps_and_not_touching_stays() -> None:
    assert peak_concurrent([(0, 10), (5, 15), (10, 20)]) == 2
    assert peak_concurrent([(0, 10), (10, 20)]) == 1


@settings(max_examples=150, deadline=None)
@given(
    kind=st.sampled_from([CARNET_10, EIGHT_DAYS, UNLIMITED, DAY_PASS]),
    offsets=st.lists(st.integers(0, 120), max_size=60),
    extra=st.integers(-3, 5),
)
def test_entries_and_days_over_account_for_every_day_and_never_exceed_the_allowance(
    kind: PlanRules, offsets: list[int], extra: int
) -> None:
    start = date(2026, 10, 1)
    plan = [Assignment(1, kind, start, adjustments=(Adjustment(start, extra),))]
    days = [start + timedelta(days=o) for o in offsets]
    uses = classify(plan, days)
    assert set(uses) == set(days)  # each distinct day once, however many visits
    for day in set(days):
        found = standing(plan, days, day)
        if found.allowance is not None:
            assert 0 <= found.used <= found.allowance
            assert found.left == found.allowance - found.used
        assert (uses[day] is DayUse.OVER) == found.over
    # removing a day never takes an entry away from another day (undo gives entries back)
    if days:
        fewer = classify(plan, [d for d in days if d != days[0]])
        assert all(
            fewer[d] is DayUse.ENTRY for d, u in uses.items() if u is DayUse.ENTRY and d in fewer
        )


@settings(max_examples=150, deadline=None)
@given(
    kind=st.sampled_from([CARNET_10, EIGHT_DAYS, UNLIMITED, DAY_PASS]),
    offsets=st.lists(st.integers(0, 100), max_size=40),
    extra=st.integers(-3, 5),
)
def test_a_check_in_changes_the_standing_as_counting_the_day_again_would(
    kind: PlanRules, offsets: list[int], extra: int
) -> None:
    """What the desk shows right after a check-in (`admitted`) is what a fresh count says."""
    start = date(2026, 10, 1)
    plan = [Assignment(1, kind, start, adjustments=(Adjustment(start, extra),))]
    days = [start + timedelta(days=o) for o in offsets]
    today = max(days, default=start) + timedelta(days=1)
    assert standing(plan, days, today).admitted() == standing(plan, [*days, today], today)
    if days:  # a second check-in the same day changes nothing
        last = max(days)
        assert standing(plan, days, last).admitted() == standing(plan, days, last)
