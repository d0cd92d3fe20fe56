"""The kids' space: guardians, drop-off with pickup codes, pickup, ratios, capacity, closing.
Real databases (SQLite file and PostgreSQL), the real services."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from serre_desk import clock
from serre_desk.clock import as_utc
from serre_desk.domain.errors import Refusal
from serre_desk.domain.guardians import PickupRefused
from serre_desk.domain.outcomes import ChildToPickup
from serre_desk.domain.people import PersonKind
from serre_desk.domain.pickup_codes import ALPHABET
from serre_desk.i18n import DEFAULT_LANGUAGE, set_language
from serre_desk.services.actor import LOCAL_ADMIN, Actor, Role
from serre_desk.services.areas_admin import set_area
from serre_desk.services.closing import close_day
from serre_desk.services.kids import (
    ChildFields,
    GuardianLink,
    add_guardian,
    child_details,
    child_for_code,
    children_of,
    drop_off,
    guardians_of,
    handle_alarm,
    pickup_pair,
    register_child,
    remove_guardian,
    set_ratios,
)
from serre_desk.services.kids_state import AlarmKind, kids_state
from serre_desk.services.occupancy import inside, occupancy
from serre_desk.services.permissions import NeedsManager
from serre_desk.services.settings_admin import set_kids_options
from serre_desk.services.visits import check_in, check_out, toggle
from serre_desk.storage.database import Database
from serre_desk.storage.models import AuditEvent, Visit
from tests.conftest import MORNING
from tests.helpers import person
from tests.kids_helpers import BABY, PRESCHOOLER, adult, child, drop, educator, family

DESK = Actor("giulia", Role.STAFF, "desk-1")
MANAGER = Actor("marta", Role.MANAGER, "desk-1")
LATER = MORNING + timedelta(hours=7)


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Warnings are written in the desk's language: English here."""
    set_language("en")
    yield
    set_language(DEFAULT_LANGUAGE)


def _events(db: Database, action: str) -> list[dict]:
    with db.read() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.action == action)).all()
        return [{"subject": e.subject_id, "reason": e.reason, **json.loads(e.detail)} for e in rows]


def _visit(db: Database, visit_id: int) -> Visit:
    with db.read() as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None
        session.expunge(visit)
        return visit


def _refused(call, *args, **kwargs) -> Refusal:  # type: ignore[no-untyped-def]
    with pytest.raises(Refusal) as refused:
        call(*args, **kwargs)
    return refused.value


# --- registration and guardians -------------------------------------------------------------


def test_a_child_needs_an_authorised_guardian_with_a_phone(db: Database) -> None:
    no_phone = adult(db, "Luca Rossi", phone=None)
    fields = ChildFields("Emma Rossi", BABY, [GuardianLink(no_phone, authorised=False)])
    assert _refused(register_child, db, DESK, fields, now=MORNING).code == (
        "child_no_guardian_given"
    )
    fields = ChildFields("Emma Rossi", BABY, [GuardianLink(no_phone)])
    refusal = _refused(register_child, db, DESK, fields, now=MORNING)
    assert refusal.code == "guardian_needs_phone" and "Luca Rossi" in refusal.text("en")
    mum = adult(db, "Anna Rossi")
    fields = ChildFields("Emma Rossi", BABY, [GuardianLink(mum), GuardianLink(no_phone, False)])
    emma = register_child(db, DESK, fields, now=MORNING)
    assert [(g.name, g.authorised, g.valid) for g in emma.guardians] == [
        ("Anna Rossi", True, True),
        ("Luca Rossi", False, False),
    ]
    assert emma.area_key == "kids"


def test_allergy_notes_keep_their_lines(any_db: Database) -> None:
    kid = family(any_db, health="Allergia: arachidi\n  EpiPen nello zaino  \n\n")
    details = child_details(any_db, kid.child, now=MORNING, with_health=True)
    assert details.health_notes == "Allergia: arachidi\nEpiPen nello zaino"


def test_the_last_authorised_guardian_cannot_be_removed(db: Database) -> None:
    kid = family(db)
    dad = adult(db, "Marco Rossi")
    assert _refused(remove_guardian, db, DESK, kid.child, kid.parent, now=MORNING).code == (
        "last_guardian"
    )
    add_guardian(db, MANAGER, kid.child, dad, now=MORNING)
    remove_guardian(db, DESK, kid.child, kid.parent, now=MORNING)
    assert [g.adult_id for g in guardians_of(db, kid.child, now=MORNING)] == [dad]


def test_only_a_manager_authorises_a_guardian_for_good_or_upgrades_one(any_db: Database) -> None:
    kid = family(any_db)
    uncle = adult(any_db, "Zio Carlo")
    with pytest.raises(NeedsManager):
        add_guardian(any_db, DESK, kid.child, uncle, now=MORNING)
    link = add_guardian(any_db, DESK, kid.child, uncle, now=MORNING, authorised=False)
    assert not link.authorised and link.authorised_by is None
    with pytest.raises(NeedsManager):  # the upgrade is a manager's too
        add_guardian(any_db, DESK, kid.child, uncle, now=MORNING)
    link = add_guardian(any_db, MANAGER, kid.child, uncle, now=MORNING)
    assert link.valid and (link.authorised_by, link.authorised_at) == (MANAGER.user, MORNING)


def test_only_a_manager_adds_a_one_day_authorisation(db: Database) -> None:
    kid = family(db)
    granny = adult(db, "Nonna Pina")
    with pytest.raises(NeedsManager):
        add_guardian(db, DESK, kid.child, granny, now=MORNING, today_only=True)
    link = add_guardian(db, MANAGER, kid.child, granny, now=MORNING, today_only=True)
    assert (link.only_on, link.valid) == (MORNING.date(), True)
    assert [c.id for c in children_of(db, granny, now=MORNING)] == [kid.child]
    assert children_of(db, granny, now=MORNING + timedelta(days=1)) == []


# --- drop-off -------------------------------------------------------------------------------


def test_a_child_without_an_authorised_guardian_cannot_be_checked_in(any_db: Database) -> None:
    orphan = person(any_db, "Emma Rossi", PersonKind.CHILD)  # registered without the kids' form
    somebody = adult(any_db, "Anna Rossi")
    educator(any_db)
    refusal = _refused(check_in, any_db, DESK, orphan, now=MORNING, brought_by=somebody)
    assert refusal.code == "child_no_guardian"
    assert [r.kind for r in inside(any_db, "kids")] == [PersonKind.STAFF]


def test_a_child_is_brought_by_an_authorised_guardian(any_db: Database) -> None:
    kid = family(any_db)
    uncle = adult(any_db, "Zio Gianni")
    add_guardian(any_db, DESK, kid.child, uncle, now=MORNING, authorised=False)
    educator(any_db)
    assert _refused(check_in, any_db, DESK, kid.child, now=MORNING).code == "child_needs_guardian"
    refusal = _refused(check_in, any_db, DESK, kid.child, now=MORNING, brought_by=uncle)
    assert refusal.code == "guardian_not_authorised"
    assert isinstance(refusal, PickupRefused)
    assert [g.name for g in refusal.authorised] == ["Anna Rossi"]
    assert "+39 333 1234567" in refusal.text("en")
    moved = drop(any_db, kid, actor=DESK)
    assert moved.pickup_code is not None and len(moved.pickup_code) == 4
    assert set(moved.pickup_code) <= set(ALPHABET)
    visit = _visit(any_db, moved.visit_id)
    assert (visit.brought_by_id, visit.pickup_code) == (kid.parent, moved.pickup_code)
    assert _events(any_db, "check_in")[-1]["brought_by"] == kid.parent


def test_siblings_are_dropped_off_together_each_with_a_fresh_code(any_db: Database) -> None:
    mum = adult(any_db, "Anna Rossi")
    emma = child(any_db, "Emma Rossi", mum)
    leo = child(any_db, "Leo Rossi", mum, birth=PRESCHOOLER)
    educator(any_db)
    assert [c.id for c in children_of(any_db, mum, now=MORNING)] == [emma, leo]
    moved = drop_off(any_db, DESK, mum, [emma, leo], now=MORNING)
    codes = [m.pickup_code for m in moved]
    assert len(set(codes)) == 2 and all(c and len(c) == 4 for c in codes)
    assert [child_for_code(any_db, c.lower()).child_id for c in codes if c] == [emma, leo]
    assert all(c.inside for c in children_of(any_db, mum, now=MORNING))


def test_siblings_are_all_or_none_when_the_ratio_allows_only_one(any_db: Database) -> None:
    mum = adult(any_db, "Anna Rossi")
    twins = [child(any_db, f"Gemello {n}", mum, birth=BABY) for n in (1, 2)]
    educator(any_db)
    for n in range(4):
        drop(any_db, family(any_db, f"Bimbo {n}", f"Genitore {n}", birth=BABY))
    refusal = _refused(drop_off, any_db, DESK, mum, twins, now=MORNING)
    assert refusal.code == "ratio_short"
    assert {r.id for r in inside(any_db, "kids")}.isdisjoint(twins)


# --- pickup ---------------------------------------------------------------------------------


def test_pickup_with_the_right_code_and_an_authorised_adult(any_db: Database) -> None:
    kid = family(any_db)
    educator(any_db)
    code = drop(any_db, kid).pickup_code
    assert code is not None
    moved = check_out(
        any_db, DESK, kid.child, now=LATER, collected_by=kid.parent, code=f" {code.lower()} "
    )
    assert moved.action == "check_out" and not moved.override
    visit = _visit(any_db, moved.visit_id)
    assert (visit.collected_by_id, visit.pickup_override) == (kid.parent, False)
    assert _events(any_db, "check_out")[-1]["pickup"] == "code"


def test_a_wrong_code_is_refused_and_the_attempt_is_kept(any_db: Database) -> None:
    kid = family(any_db)
    educator(any_db)
    code = drop(any_db, kid).pickup_code
    wrong = "".join(ALPHABET[(ALPHABET.index(c) + 1) % len(ALPHABET)] for c in code or "")
    refusal = _refused(
        check_out, any_db, DESK, kid.child, now=LATER, collected_by=kid.parent, code=wrong
    )
    assert refusal.code == "pickup_wrong_code"
    text = refusal.text("en")
    assert "does not match" in text and "Anna Rossi (+39 333 1234567)" in text
    assert [r.id for r in inside(any_db, "kids") if r.kind is PersonKind.CHILD] == [kid.child]
    attempts = _events(any_db, "pickup_refused")
    assert [(a["subject"], a["problem"], a["adult"]) for a in attempts] == [
        (kid.child, "wrong_code", kid.parent)
    ]


def test_the_right_code_with_an_adult_who_is_not_a_guardian(any_db: Database) -> None:
    kid = family(any_db)
    stranger = adult(any_db, "Mario Bianchi")
    educator(any_db)
    code = drop(any_db, kid).pickup_code
    refusal = _refused(
        check_out, any_db, DESK, kid.child, now=LATER, collected_by=stranger, code=code
    )
    assert refusal.code == "pickup_not_authorised"
    assert "Mario Bianchi" in refusal.text("en") and "+39 333 1234567" in refusal.text("en")
    assert _events(any_db, "pickup_refused")[-1]["problem"] == "not_authorised"


def test_the_right_code_with_an_adult_marked_not_authorised(any_db: Database) -> None:
    kid = family(any_db)
    dad = adult(any_db, "Luca Rossi")
    add_guardian(any_db, DESK, kid.child, dad, now=MORNING, authorised=False)
    educator(any_db)
    code = drop(any_db, kid).pickup_code
    refusal = _refused(check_out, any_db, DESK, kid.child, now=LATER, collected_by=dad, code=code)
    assert refusal.code == "pickup_marked_not_authorised"
    assert "NOT authorised" in refusal.text("en")


def test_a_one_day_authorisation_expires_at_closing(any_db: Database) -> None:
    kid = family(any_db)
    granny = adult(any_db, "Nonna Pina")
    add_guardian(any_db, MANAGER, kid.child, granny, now=MORNING, today_only=True)
    educator(any_db)
    code = drop(any_db, kid).pickup_code
    after_closing = MORNING.replace(hour=19, minute=45)  # closes at 19:30
    refusal = _refused(
        check_out, any_db, DESK, kid.child, now=after_closing, collected_by=granny, code=code
    )
    assert refusal.code == "pickup_authorisation_expired"
    assert "Nonna Pina" not in refusal.text("en").split("Authorised for pickup:")[1]
    check_out(any_db, DESK, kid.child, now=after_closing, collected_by=kid.parent, code=code)


def test_a_one_day_authorisation_works_on_its_day(any_db: Database) -> None:
    kid = family(any_db)
    granny = adult(any_db, "Nonna Pina")
    add_guardian(any_db, MANAGER, kid.child, granny, now=MORNING, today_only=True)
    educator(any_db)
    code = drop(any_db, kid).pickup_code
    moved = check_out(any_db, DESK, kid.child, now=LATER, collected_by=granny, code=code)
    assert _visit(any_db, moved.visit_id).collected_by_id == granny


def test_after_five_wrong_codes_only_a_manager_releases(any_db: Database) -> None:
    kid = family(any_db)
    educator(any_db)
    code = drop(any_db, kid).pickup_code
    for _ in range(5):
        refusal = _refused(
            check_out, any_db, DESK, kid.child, now=LATER, collected_by=kid.parent, code="XXXX"
        )
        assert refusal.code == "pickup_wrong_code"
    assert "only a manager" in refusal.text("en")
    refusal = _refused(
        check_out, any_db, DESK, kid.child, now=LATER, collected_by=kid.parent, code=code
    )
    assert refusal.code == "pickup_locked"
    with pytest.raises(NeedsManager):
        check_out(
            any_db,
            DESK,
            kid.child,
            now=LATER,
            collected_by=kid.parent,
            override=True,
            reason="mum lost the slip",
        )
    assert (
        _refused(
            check_out, any_db, MANAGER, kid.child, now=LATER, collected_by=kid.parent, override=True
        ).code
        == "reason_required"
    )
    moved = check_out(
        any_db,
        MANAGER,
        kid.child,
        now=LATER,
        collected_by=kid.parent,
        override=True,
        reason="mum lost the slip; ID checked",
    )
    assert moved.override
    assert _visit(any_db, moved.visit_id).pickup_override
    released = _events(any_db, "check_out")[-1]
    assert (released["pickup"], released["reason"]) == ("override", "mum lost the slip; ID checked")
    assert len(_events(any_db, "pickup_refused")) == 6


def test_the_venues_own_wrong_code_limit_locks_the_pickup(any_db: Database) -> None:
    """A manager set the lock at 3 wrong codes in Impostazioni: the third locks it."""
    set_kids_options(any_db, MANAGER, wrong_codes=3, one_day_manager=True, now=MORNING)
    kid = family(any_db)
    educator(any_db)
    code = drop(any_db, kid).pickup_code
    wrong = [
        _refused(
            check_out, any_db, DESK, kid.child, now=LATER, collected_by=kid.parent, code="XXXX"
        )
        for _ in range(3)
    ]
    assert [r.params["count"] for r in wrong] == [1, 2, 3]
    assert "only a manager" in wrong[-1].text("en")
    refusal = _refused(
        check_out, any_db, DESK, kid.child, now=LATER, collected_by=kid.parent, code=code
    )
    assert refusal.code == "pickup_locked"
    assert [e.get("limit") for e in _events(any_db, "pickup_refused")] == [3, 3, 3, None]


def test_staff_give_a_one_day_authorisation_when_the_venue_allows_it(db: Database) -> None:
    kid = family(db)
    granny = adult(db, "Nonna Pina")
    set_kids_options(db, MANAGER, wrong_codes=5, one_day_manager=False, now=MORNING)
    link = add_guardian(db, DESK, kid.child, granny, now=MORNING, today_only=True)
    assert (link.only_on, link.valid) == (MORNING.date(), True)
    with pytest.raises(NeedsManager):  # a permanent authorisation stays a manager's
        add_guardian(db, DESK, kid.child, adult(db, "Zio Beppe"), now=MORNING)


def _real_clock(monkeypatch: pytest.MonkeyPatch, moment: datetime) -> None:
    monkeypatch.setattr(clock, "utcnow", lambda: as_utc(moment))


def test_the_next_real_day_the_wrong_codes_start_again(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _real_clock(monkeypatch, LATER)
    kid = family(db)
    educator(db)
    drop(db, kid)
    for _ in range(5):
        _refused(check_out, db, DESK, kid.child, now=LATER, collected_by=kid.parent, code="XXXX")
    tomorrow = MORNING + timedelta(days=1)
    _real_clock(monkeypatch, tomorrow)
    assert (
        _refused(
            check_out, db, DESK, kid.child, now=tomorrow, collected_by=kid.parent, code="XXXX"
        ).code
        == "pickup_wrong_code"
    )


def test_moving_the_desk_clock_to_tomorrow_does_not_lift_the_pickup_lock(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _real_clock(monkeypatch, LATER)
    kid = family(db)
    educator(db)
    code = drop(db, kid).pickup_code
    for _ in range(5):
        _refused(check_out, db, DESK, kid.child, now=LATER, collected_by=kid.parent, code="XXXX")
    tomorrow = MORNING + timedelta(days=1)  # --now says tomorrow; the real clock says today
    refusal = _refused(
        check_out, db, DESK, kid.child, now=tomorrow, collected_by=kid.parent, code=code
    )
    assert refusal.code == "pickup_locked"


def test_a_stranger_presenting_no_code_does_not_lock_the_pickup(any_db: Database) -> None:
    kid = family(any_db)
    stranger = adult(any_db, "Mario Bianchi")
    educator(any_db)
    code = drop(any_db, kid).pickup_code
    for empty in [None, "", "   "] * 3:
        refusal = _refused(
            check_out, any_db, DESK, kid.child, now=LATER, collected_by=stranger, code=empty
        )
        assert refusal.code == "pickup_no_code"
    moved = check_out(any_db, DESK, kid.child, now=LATER, collected_by=kid.parent, code=code)
    assert moved.action == "check_out"
    assert {e["problem"] for e in _events(any_db, "pickup_refused")} == {"no_code"}


def test_a_strangers_wrong_codes_do_not_lock_out_the_guardian(any_db: Database) -> None:
    kid = family(any_db)
    stranger = adult(any_db, "Mario Bianchi")
    educator(any_db)
    code = drop(any_db, kid).pickup_code
    for _ in range(5):
        _refused(check_out, any_db, DESK, kid.child, now=LATER, collected_by=stranger, code="XXXX")
    refusal = _refused(
        check_out, any_db, DESK, kid.child, now=LATER, collected_by=stranger, code=code
    )
    assert refusal.code == "pickup_not_authorised"  # never told whether a code was right
    moved = check_out(any_db, DESK, kid.child, now=LATER, collected_by=kid.parent, code=code)
    assert moved.action == "check_out" and not moved.override


def test_a_child_never_leaves_by_a_plain_check_out_or_a_scan(any_db: Database) -> None:
    kid = family(any_db)
    educator(any_db)
    drop(any_db, kid)
    assert _refused(check_out, any_db, LOCAL_ADMIN, kid.child, now=LATER).code == (
        "pickup_needs_adult"
    )
    scanned = toggle(any_db, LOCAL_ADMIN, kid.child, now=LATER)
    assert isinstance(scanned, ChildToPickup) and scanned.child.id == kid.child
    assert kid.child in {r.id for r in inside(any_db)}


# --- ratios and capacity -------------------------------------------------------------------


def test_the_ratio_is_reached_with_one_educator_and_a_second_one_arriving(
    any_db: Database,
) -> None:
    first = family(any_db, "Bimbo 0", "Genitore 0")  # toddlers: one educator for seven
    refusal = _refused(drop, any_db, first, actor=DESK)  # no educator inside yet
    assert refusal.code == "ratio_short"
    assert "educators needed: 1, present: 0" in refusal.text("en")
    educator(any_db, "Sara Bianchi")
    drop(any_db, first, actor=DESK)
    for n in range(1, 7):
        drop(any_db, family(any_db, f"Bimbo {n}", f"Genitore {n}"), actor=DESK)
    eighth = family(any_db, "Ottavo", "Genitore Otto")
    refusal = _refused(drop, any_db, eighth, actor=DESK)
    assert refusal.code == "ratio_short"
    assert "educators needed: 2, present: 1" in refusal.text("en")
    educator(any_db, "Marco Verdi")
    drop(any_db, eighth, actor=DESK)
    kids = next(a for a in occupancy(any_db) if a.key == "kids")
    assert (kids.inside, kids.educators) == (8, 2)


def test_a_manager_may_override_the_ratio_with_a_reason(any_db: Database) -> None:
    kid = family(any_db)
    with pytest.raises(NeedsManager):
        check_in(
            any_db,
            DESK,
            kid.child,
            now=MORNING,
            brought_by=kid.parent,
            override=True,
            reason="educator on the way",
        )
    moved = check_in(
        any_db,
        MANAGER,
        kid.child,
        now=MORNING,
        brought_by=kid.parent,
        override=True,
        reason="educator on the way",
    )
    assert moved.override and _visit(any_db, moved.visit_id).override
    event = _events(any_db, "check_in")[-1]
    assert (event["over_ratio"], event["reason"]) == (True, "educator on the way")


def test_ratios_are_configurable(db: Database) -> None:
    educator(db)
    older = [family(db, f"Grande {n}", f"Genitore {n}", birth=PRESCHOOLER) for n in range(6)]
    with pytest.raises(NeedsManager):
        set_ratios(db, DESK, {"over_36_months": 5}, now=MORNING)
    assert set_ratios(db, MANAGER, {"over_36_months": 5}, now=MORNING)["over_36_months"] == 5
    for kid in older[:5]:
        drop(db, kid)
    assert _refused(drop, db, older[5]).code == "ratio_short"


def test_capacity_counts_children_only(any_db: Database) -> None:
    set_area(any_db, LOCAL_ADMIN, "kids", now=MORNING, capacity=2)
    educator(any_db, "Sara Bianchi")
    educator(any_db, "Marco Verdi")
    educator(any_db, "Giulia Neri")  # educators do not count against the capacity
    drop(any_db, family(any_db, "Uno", "Genitore Uno"))
    drop(any_db, family(any_db, "Due", "Genitore Due"))
    refusal = _refused(drop, any_db, family(any_db, "Tre", "Genitore Tre"))
    assert refusal.code == "area_full"


def test_an_educator_may_leave_but_a_broken_ratio_is_a_warning(any_db: Database) -> None:
    sara = educator(any_db, "Sara Bianchi")
    marco = educator(any_db, "Marco Verdi")
    for n in range(8):
        drop(any_db, family(any_db, f"Bimbo {n}", f"Genitore {n}"))
    moved = check_out(any_db, DESK, marco, now=LATER)
    assert moved.action == "check_out"
    assert moved.warnings and "Ratio broken" in moved.warnings[0]
    assert "8 children; educators needed: 2, present: 1" in moved.warnings[0]
    state = kids_state(any_db, now=LATER)
    assert [a.kind for a in state.alarms] == [AlarmKind.RATIO]
    moved = check_in(any_db, DESK, sara, "coworking", now=LATER)  # moving away warns too
    assert moved.moved_from == "kids" and "present: 0" in moved.warnings[0]


def test_a_guardian_leaving_with_a_child_inside_gets_a_warning(any_db: Database) -> None:
    kid = family(any_db)
    check_in(any_db, DESK, kid.parent, now=MORNING)  # mum works in the coworking
    educator(any_db)
    drop(any_db, kid)
    moved = check_out(any_db, DESK, kid.parent, now=LATER)
    assert moved.action == "check_out"
    assert moved.warnings == ("Still in the kids' space, brought by Anna Rossi: Emma Rossi.",)


# --- closing, alarms, labels ------------------------------------------------------------------


def test_closing_with_a_child_inside_raises_an_alarm_and_closes_nobody_there(
    any_db: Database,
) -> None:
    kid = family(any_db)
    check_in(any_db, DESK, kid.parent, now=MORNING)
    sara = educator(any_db)
    drop(any_db, kid)
    assert kids_state(any_db, now=MORNING.replace(hour=19)).alarms == []
    evening = MORNING.replace(hour=19, minute=40)
    result = close_day(any_db, DESK, now=evening)
    assert [c.id for c in result.children_inside] == [kid.child]
    assert [e.id for e in result.educators_kept] == [sara]
    assert [a.person.id for a in result.auto_closed] == [kid.parent]
    state = kids_state(any_db, now=evening)
    alarm = state.blocking_alarm
    assert alarm is not None and alarm.kind is AlarmKind.AFTER_CLOSING
    assert [c.id for c in alarm.children] == [kid.child]
    handle_alarm(any_db, DESK, kid.child, "called Anna: arriving at 20:00", now=evening)
    assert kids_state(any_db, now=evening).blocking_alarm is None
    assert _events(any_db, "kids_alarm_handled")[0]["reason"] == "called Anna: arriving at 20:00"


def test_a_child_still_inside_the_next_morning_is_an_alarm(db: Database) -> None:
    kid = family(db)
    educator(db)
    drop(db, kid)
    next_morning = MORNING + timedelta(days=1)
    alarm = kids_state(db, now=next_morning).blocking_alarm
    assert alarm is not None and [c.id for c in alarm.children] == [kid.child]


def test_a_late_pickup_stands_out(db: Database) -> None:
    kid = family(db)
    educator(db)
    expected = MORNING + timedelta(hours=3)
    check_in(db, DESK, kid.child, now=MORNING, brought_by=kid.parent, expected_pickup_at=expected)
    assert kids_state(db, now=expected).alarms == []
    state = kids_state(db, now=expected + timedelta(minutes=1))
    assert [a.kind for a in state.alarms] == [AlarmKind.LATE_PICKUP]
    assert state.children[0].late


def test_the_educators_view_shows_health_notes_only_when_asked(db: Database) -> None:
    kid = family(db, health="Allergia: arachidi")
    educator(db)
    drop(db, kid)
    hidden = kids_state(db, now=LATER).children[0]
    assert (hidden.allergy, hidden.health_notes) == (True, None)
    shown = kids_state(db, now=LATER, with_health=True).children[0]
    assert shown.health_notes == "Allergia: arachidi"
    assert shown.brought_by == "Anna Rossi"
    assert [(g.name, g.phone) for g in shown.authorised] == [("Anna Rossi", "+39 333 1234567")]
    assert not any("arachidi" in json.dumps(e) for e in _events(db, "person_add"))


def test_a_reprint_carries_the_same_code(db: Database) -> None:
    kid = family(db, health="celiachia")
    educator(db)
    code = drop(db, kid).pickup_code
    pair = pickup_pair(db, kid.child)
    assert (pair.code, pair.first_name, pair.allergy) == (code, "Emma", True)
    assert pickup_pair(db, kid.child) == pair
