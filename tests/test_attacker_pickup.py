"""A stranger at the kids' desk, and staff working round a family's instruction: the pickup code
is no oracle for someone who may not collect the child, and an adult marked NOT authorised stays
so until a manager decides. Real databases (SQLite file and PostgreSQL), the real services."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from serre_desk.domain.errors import Refusal
from serre_desk.domain.pickup_codes import ALPHABET
from serre_desk.services.actor import Actor, Role
from serre_desk.services.kids import add_guardian, guardians_of, remove_guardian
from serre_desk.services.permissions import NeedsManager
from serre_desk.services.settings_admin import set_kids_options
from serre_desk.services.visits import check_out
from serre_desk.storage.database import Database
from serre_desk.storage.models import AuditEvent
from tests.conftest import MORNING
from tests.kids_helpers import adult, drop, educator, family

DESK = Actor("giulia", Role.STAFF, "desk-1")
MANAGER = Actor("marta", Role.MANAGER, "desk-1")
LATER = MORNING + timedelta(hours=7)


def _refusal(db: Database, child: int, adult_id: int, code: str) -> Refusal:
    with pytest.raises(Refusal) as refused:
        check_out(db, DESK, child, now=LATER, collected_by=adult_id, code=code)
    return refused.value


def _wrong_codes(db: Database) -> list[dict]:
    with db.read() as session:
        details = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "pickup_refused")
        ).all()
    return [d for d in map(json.loads, details) if d["problem"] == "wrong_code"]


def _another_code(code: str) -> str:
    return "".join(ALPHABET[(ALPHABET.index(c) + 1) % len(ALPHABET)] for c in code)


def test_a_stranger_learns_nothing_from_the_code_and_counts_no_wrong_code(
    any_db: Database,
) -> None:
    kid = family(any_db)
    educator(any_db)
    code = drop(any_db, kid).pickup_code
    assert code is not None
    strangers = [adult(any_db, f"Estraneo {n}") for n in range(3)]
    for stranger in strangers:  # a new adult each time: no lock was ever escaped this way
        for guess in (_another_code(code), code):
            refusal = _refusal(any_db, kid.child, stranger, guess)
            assert refusal.code == "pickup_not_authorised"  # the same answer, right or wrong
    assert _wrong_codes(any_db) == []
    # the parent still has all the day's tries, and the right code still releases the child
    assert _refusal(any_db, kid.child, kid.parent, _another_code(code)).code == "pickup_wrong_code"
    check_out(any_db, DESK, kid.child, now=LATER, collected_by=kid.parent, code=code)


def test_an_adult_marked_not_authorised_is_told_so_whatever_the_code(any_db: Database) -> None:
    kid = family(any_db)
    dad = adult(any_db, "Luca Rossi")
    add_guardian(any_db, MANAGER, kid.child, dad, now=MORNING, authorised=False)
    educator(any_db)
    code = drop(any_db, kid).pickup_code
    assert code is not None
    for guess in (_another_code(code), code):
        assert _refusal(any_db, kid.child, dad, guess).code == "pickup_marked_not_authorised"
    assert _wrong_codes(any_db) == []


def test_staff_cannot_lift_a_not_authorised_mark_with_a_one_day_authorisation(
    any_db: Database,
) -> None:
    kid = family(any_db)
    dad = adult(any_db, "Luca Rossi")
    add_guardian(any_db, MANAGER, kid.child, dad, now=MORNING, authorised=False)
    set_kids_options(any_db, MANAGER, wrong_codes=5, one_day_manager=False, now=MORNING)
    # the venue lets staff give one-day authorisations: still not to an adult marked NOT
    with pytest.raises(NeedsManager) as refused:
        add_guardian(any_db, DESK, kid.child, dad, now=MORNING, today_only=True)
    assert refused.value.code == "lift_not_authorised"
    assert "Luca Rossi" in refused.value.text("en") and "only a manager" in refused.value.text("en")
    # nor by removing the mark first, then authorising for the day
    with pytest.raises(NeedsManager):
        remove_guardian(any_db, DESK, kid.child, dad, now=MORNING)
    links = {g.adult_id: g for g in guardians_of(any_db, kid.child, now=MORNING)}
    assert not links[dad].authorised and not links[dad].valid
    educator(any_db)
    code = drop(any_db, kid).pickup_code
    assert code is not None
    assert _refusal(any_db, kid.child, dad, code).code == "pickup_marked_not_authorised"
    # a stranger may still be authorised for the day by staff, as the venue allows
    granny = adult(any_db, "Nonna Pina")
    assert add_guardian(any_db, DESK, kid.child, granny, now=MORNING, today_only=True).valid


def test_a_manager_may_lift_the_mark(any_db: Database) -> None:
    kid = family(any_db)
    dad = adult(any_db, "Luca Rossi")
    add_guardian(any_db, DESK, kid.child, dad, now=MORNING, authorised=False)  # staff may mark
    remove_guardian(any_db, MANAGER, kid.child, dad, now=MORNING)
    add_guardian(any_db, MANAGER, kid.child, dad, now=MORNING, authorised=False)
    assert add_guardian(any_db, MANAGER, kid.child, dad, now=MORNING, today_only=True).valid
