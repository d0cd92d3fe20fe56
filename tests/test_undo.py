"""Undo of a check-in or check-out: within a minute, recorded in the audit, nothing erased."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from serre_desk.domain.errors import Refusal
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.areas_admin import set_area
from serre_desk.services.occupancy import inside, occupancy
from serre_desk.services.startup import Database
from serre_desk.services.undo import undo_movement
from serre_desk.services.visits import check_in, check_out
from serre_desk.storage.models import AuditEvent, Visit
from tests.conftest import MORNING
from tests.helpers import person
from tests.kids_helpers import drop, educator, family

SOON = MORNING + timedelta(seconds=30)


def test_undoing_a_check_in_keeps_the_visit_marked_undone(any_db: Database) -> None:
    pid = person(any_db)
    movement = check_in(any_db, LOCAL_ADMIN, pid, now=MORNING)
    undone = undo_movement(any_db, LOCAL_ADMIN, movement, now=SOON)
    assert (undone.action, undone.person.id, undone.area_key) == ("check_in", pid, "coworking")
    assert inside(any_db) == []
    with any_db.read() as session:
        visit = session.get(Visit, movement.visit_id)
        assert visit is not None and visit.undone and visit.checked_out_at == visit.checked_in_at
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert last is not None and last.action == "undo" and last.subject_id == pid
    assert json.loads(last.detail)["visit"] == movement.visit_id
    check_in(any_db, LOCAL_ADMIN, pid, now=SOON)  # and they can check in again
    assert [row.id for row in inside(any_db)] == [pid]


def test_undoing_a_check_out_reopens_the_visit(any_db: Database) -> None:
    pid = person(any_db)
    check_in(any_db, LOCAL_ADMIN, pid, now=MORNING - timedelta(hours=2))
    movement = check_out(any_db, LOCAL_ADMIN, pid, now=MORNING)
    undo_movement(any_db, LOCAL_ADMIN, movement, now=SOON)
    [row] = inside(any_db)
    assert row.id == pid and row.since == MORNING - timedelta(hours=2)


def test_undoing_a_move_puts_the_person_back_where_they_were(any_db: Database) -> None:
    set_area(any_db, LOCAL_ADMIN, "events", name="Sala eventi", capacity=60, now=MORNING)
    pid = person(any_db)
    check_in(any_db, LOCAL_ADMIN, pid, now=MORNING - timedelta(hours=1))
    move = check_in(any_db, LOCAL_ADMIN, pid, "events", now=MORNING)
    assert move.moved_from == "coworking"
    undo_movement(any_db, LOCAL_ADMIN, move, now=SOON)
    [row] = inside(any_db)
    assert (row.area_key, row.since) == ("coworking", MORNING - timedelta(hours=1))


def test_too_late_or_changed_since_is_refused(any_db: Database) -> None:
    pid = person(any_db)
    movement = check_in(any_db, LOCAL_ADMIN, pid, now=MORNING)
    with pytest.raises(Refusal) as late:
        undo_movement(any_db, LOCAL_ADMIN, movement, now=MORNING + timedelta(seconds=61))
    assert late.value.code == "undo_too_late"
    check_out(any_db, LOCAL_ADMIN, pid, now=SOON)
    with pytest.raises(Refusal) as changed:
        undo_movement(any_db, LOCAL_ADMIN, movement, now=SOON)
    assert changed.value.code == "undo_changed"
    assert inside(any_db) == []


def test_undoing_a_check_out_into_a_full_area_is_refused(any_db: Database) -> None:
    set_area(any_db, LOCAL_ADMIN, "coworking", capacity=1, now=MORNING)
    first, second = person(any_db, "Anna Bianchi"), person(any_db, "Luca Neri")
    check_in(any_db, LOCAL_ADMIN, first, now=MORNING)
    out = check_out(any_db, LOCAL_ADMIN, first, now=MORNING)
    check_in(any_db, LOCAL_ADMIN, second, now=MORNING)
    with pytest.raises(Refusal) as full:
        undo_movement(any_db, LOCAL_ADMIN, out, now=SOON)
    assert full.value.code == "area_full"
    assert [a.inside for a in occupancy(any_db) if a.key == "coworking"] == [1]


def test_undoing_a_childs_release_puts_the_child_back_with_the_same_code(
    any_db: Database,
) -> None:
    kid = family(any_db)
    educator(any_db)
    dropped = drop(any_db, kid, now=MORNING - timedelta(hours=1))
    assert dropped.pickup_code is not None
    released = check_out(
        any_db,
        LOCAL_ADMIN,
        kid.child,
        now=MORNING,
        collected_by=kid.parent,
        code=dropped.pickup_code,
    )
    undo_movement(any_db, LOCAL_ADMIN, released, now=SOON)
    with any_db.read() as session:
        visit = session.get(Visit, dropped.visit_id)
        assert visit is not None
        assert (visit.checked_out_at, visit.collected_by_id) == (None, None)
        assert visit.pickup_code == dropped.pickup_code
    assert kid.child in {row.id for row in inside(any_db)}
    # The same code releases the child again, later.
    check_out(
        any_db,
        LOCAL_ADMIN,
        kid.child,
        now=SOON + timedelta(minutes=5),
        collected_by=kid.parent,
        code=dropped.pickup_code.lower(),
    )
    assert kid.child not in {row.id for row in inside(any_db)}
