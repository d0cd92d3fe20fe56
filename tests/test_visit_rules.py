"""The rules core decides from plain facts: no database, no clock. Properties over every input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from serre_desk.domain.errors import Refusal
from serre_desk.domain.guardians import GuardianInfo, PickupRefused
from serre_desk.domain.outcomes import ChildToDropoff, ChildToPickup, PersonRef
from serre_desk.domain.people import PersonKind
from serre_desk.domain.ratios import RatioStatus
from serre_desk.domain.visit_rules import (
    WRONG_CODES_LIMIT,
    AreaFacts,
    Collector,
    DropOffFacts,
    PickupFacts,
    Stay,
    decide_check_in,
    decide_drop_off,
    decide_pickup,
    decide_scan,
    movement_time,
)

COWORKING = AreaFacts(1, "coworking", "Coworking", 10, False)
KIDS = AreaFacts(2, "kids", "Spazio bimbi", 6, True)
AREAS = (COWORKING, KIDS)
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
kinds = st.sampled_from(list(PersonKind))


def stay(kind: PersonKind, area: AreaFacts | None = None) -> Stay:
    return Stay(
        PersonRef(7, "Mario Rossi", kind),
        None,
        1 if area else None,
        area.id if area else None,
        NOW - timedelta(hours=1) if area else None,
    )


@given(kind=kinds, inside=st.booleans())
def test_a_scan_never_moves_a_child_and_toggles_everyone_else(
    kind: PersonKind, inside: bool
) -> None:
    step = decide_scan(stay(kind, KIDS if inside else None))
    if kind is PersonKind.CHILD:
        assert step == (ChildToPickup if inside else ChildToDropoff)(stay(kind).person)
    else:
        assert step == ("check_out" if inside else "check_in")


@given(inside=st.integers(0, 30), override=st.booleans())
def test_an_adult_area_never_fills_past_capacity_without_an_override(
    inside: int, override: bool
) -> None:
    try:
        arrival = decide_check_in(
            stay(PersonKind.MEMBER), COWORKING, AREAS, inside=inside, override=override
        )
    except Refusal as refusal:
        assert refusal.code == "area_full" and inside >= COWORKING.capacity and not override
    else:
        assert arrival.over_capacity == (inside >= COWORKING.capacity)
        assert override or not arrival.over_capacity


def test_an_adult_inside_another_area_moves() -> None:
    educator = Stay(PersonRef(3, "Sara", PersonKind.STAFF), None, 5, KIDS.id, NOW)
    arrival = decide_check_in(educator, COWORKING, AREAS, inside=0, override=False)
    assert arrival.moved_from == KIDS


def _guardian(adult_id: int, *, valid: bool = True, authorised: bool = True) -> GuardianInfo:
    return GuardianInfo(adult_id, f"Adult {adult_id}", "+39 333", authorised, None, valid)


@given(
    children=st.integers(0, 12),
    educators=st.integers(0, 3),
    needed=st.integers(0, 3),
    brought_by=st.sampled_from([None, 11, 12]),
    override=st.booleans(),
)
def test_a_child_comes_in_only_with_an_authorised_adult_within_limits_or_an_override(
    children: int, educators: int, needed: int, brought_by: int | None, override: bool
) -> None:
    facts = DropOffFacts(
        inside=children,
        ratio=RatioStatus(children + 1, educators, needed),
        links=(_guardian(11), _guardian(12, valid=False, authorised=False)),
        brought_by=brought_by,
        brought_by_name="Adult",
        expected_pickup=None,
    )
    try:
        arrival = decide_drop_off(
            stay(PersonKind.CHILD), KIDS, AREAS, facts, when=NOW, override=override
        )
    except PickupRefused as refusal:  # who brings them is never overridable
        assert brought_by != 11 and not refusal.overridable
    except Refusal as refusal:
        assert not override and refusal.code in {"area_full", "ratio_short"}
    else:
        assert brought_by == 11
        assert arrival.over_capacity == (children >= KIDS.capacity)
        assert arrival.over_ratio == (needed > educators)
        assert override or not arrival.override


@given(wrong_before=st.integers(0, 8), right_code=st.booleans())
def test_a_pickup_needs_the_right_code_and_locks_after_the_days_wrong_codes(
    wrong_before: int, right_code: bool
) -> None:
    child = PersonRef(7, "Emma", PersonKind.CHILD)
    adult = Collector(11, "Anna", PersonKind.MEMBER)
    facts = PickupFacts(
        links=(_guardian(11),),
        presented="K7MX" if right_code else "CFHJ",
        stored="K7MX",
        wrong_before=wrong_before,
    )
    refusal = decide_pickup(child, adult, facts)
    if wrong_before >= WRONG_CODES_LIMIT:
        assert refusal is not None and refusal.code == "pickup_locked"
    elif not right_code:
        assert refusal is not None and refusal.code == "pickup_wrong_code"
        assert refusal.params["count"] == wrong_before + 1
    else:
        assert refusal is None


def test_a_correction_is_a_past_time_and_never_a_future_one() -> None:
    assert movement_time(None, NOW) == (NOW, False)
    assert movement_time(NOW - timedelta(hours=2), NOW) == (NOW - timedelta(hours=2), True)
    with pytest.raises(Refusal, match="future"):
        movement_time(NOW + timedelta(minutes=1), NOW)
