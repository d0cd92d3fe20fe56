"""Check-in rules, on an embedded SQLite file and on a real PostgreSQL server."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from serre_desk.domain.errors import Refusal
from serre_desk.domain.outcomes import CheckedIn, CheckedOut
from serre_desk.services.actor import LOCAL_ADMIN, Actor, Role
from serre_desk.services.areas_admin import set_area
from serre_desk.services.audit import to_entry
from serre_desk.services.closing import close_day
from serre_desk.services.occupancy import inside, occupancy
from serre_desk.services.visits import check_in, check_out, toggle
from serre_desk.storage.database import Database
from serre_desk.storage.models import AuditEvent, Visit
from tests.conftest import MORNING
from tests.helpers import person
from tests.kids_helpers import educator, family

STAFF = Actor("giulia", Role.STAFF, "desk-1")


def _inside_count(db: Database, key: str) -> int:
    return next(a.inside for a in occupancy(db) if a.key == key)


def test_check_in_then_out(any_db: Database) -> None:
    mario = person(any_db, "Mario Rossi")
    moved_in = check_in(any_db, STAFF, mario, now=MORNING)
    assert (moved_in.action, moved_in.area_key, moved_in.at) == ("check_in", "coworking", MORNING)
    assert _inside_count(any_db, "coworking") == 1
    moved_out = check_out(any_db, STAFF, mario, now=MORNING + timedelta(hours=3))
    assert moved_out.action == "check_out"
    assert _inside_count(any_db, "coworking") == 0


def test_already_inside_the_same_area_is_refused(any_db: Database) -> None:
    mario = person(any_db)
    check_in(any_db, STAFF, mario, now=MORNING)
    with pytest.raises(Refusal) as refused:
        check_in(any_db, STAFF, mario, now=MORNING + timedelta(minutes=5))
    assert refused.value.code == "already_inside"
    assert "already inside" in refused.value.text("en")


def test_check_in_to_another_area_moves_the_person(any_db: Database) -> None:
    set_area(any_db, LOCAL_ADMIN, "eventi", now=MORNING, name="Sala eventi", capacity=30)
    mario = person(any_db)
    check_in(any_db, STAFF, mario, now=MORNING)
    moved = check_in(any_db, STAFF, mario, "eventi", now=MORNING + timedelta(hours=1))
    assert moved.moved_from == "coworking"
    assert [(r.id, r.area_key) for r in inside(any_db)] == [(mario, "eventi")]
    assert _inside_count(any_db, "coworking") == 0


def test_a_full_area_refuses_and_a_manager_can_override(any_db: Database) -> None:
    set_area(any_db, LOCAL_ADMIN, "coworking", now=MORNING, capacity=2)
    people = [person(any_db, f"Persona {i}") for i in range(3)]
    check_in(any_db, STAFF, people[0], now=MORNING)
    check_in(any_db, STAFF, people[1], now=MORNING)
    with pytest.raises(Refusal) as refused:
        check_in(any_db, STAFF, people[2], now=MORNING)
    assert refused.value.code == "area_full"
    assert "manager" in refused.value.text("en")
    with pytest.raises(Refusal) as not_allowed:
        check_in(any_db, STAFF, people[2], now=MORNING, override=True, reason="evento")
    assert not_allowed.value.code == "needs_manager"
    manager = Actor("anna", Role.MANAGER, "desk-1")
    with pytest.raises(Refusal) as no_reason:
        check_in(any_db, manager, people[2], now=MORNING, override=True)
    assert no_reason.value.code == "reason_required"
    moved = check_in(any_db, manager, people[2], now=MORNING, override=True, reason="riunione soci")
    assert moved.override
    assert _inside_count(any_db, "coworking") == 3
    with any_db.read() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert event is not None
        entry = to_entry(event)
    assert (entry.action, entry.actor, entry.reason, entry.detail["override"]) == (
        "check_in",
        "anna",
        "riunione soci",
        True,
    )


def test_check_out_of_someone_not_inside_is_refused(any_db: Database) -> None:
    mario = person(any_db)
    with pytest.raises(Refusal) as refused:
        check_out(any_db, STAFF, mario, now=MORNING)
    assert refused.value.code == "not_inside"


def test_unknown_person_is_refused(any_db: Database) -> None:
    with pytest.raises(Refusal) as refused:
        check_in(any_db, STAFF, 999, now=MORNING)
    assert refused.value.code == "unknown_person"


def test_a_scan_toggles_in_and_out(any_db: Database) -> None:
    mario = person(any_db)
    assert isinstance(toggle(any_db, STAFF, mario, now=MORNING), CheckedIn)
    assert isinstance(toggle(any_db, STAFF, mario, now=MORNING + timedelta(minutes=1)), CheckedOut)


def test_a_correction_is_flagged_and_audited_with_its_reason(any_db: Database) -> None:
    mario = person(any_db)
    manager = Actor("anna", Role.MANAGER)
    nine = MORNING
    check_in(
        any_db, manager, mario, now=nine + timedelta(hours=2), at=nine, reason="forgot to scan"
    )
    with any_db.read() as session:
        visit = session.scalars(select(Visit)).one()
        assert visit.checked_in_at == nine and visit.corrected
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "check_in")).one()
        assert event.at == nine + timedelta(hours=2) and event.reason == "forgot to scan"


def test_corrections_need_a_manager_a_reason_and_a_past_time(any_db: Database) -> None:
    mario = person(any_db)
    with pytest.raises(Refusal) as staff:
        check_in(any_db, STAFF, mario, now=MORNING, at=MORNING - timedelta(hours=1), reason="x")
    assert staff.value.code == "needs_manager"
    with pytest.raises(Refusal) as future:
        check_in(
            any_db, LOCAL_ADMIN, mario, now=MORNING, at=MORNING + timedelta(hours=1), reason="x"
        )
    assert future.value.code == "time_in_future"
    with pytest.raises(Refusal) as no_reason:
        check_in(any_db, LOCAL_ADMIN, mario, now=MORNING, at=MORNING - timedelta(hours=1))
    assert no_reason.value.code == "reason_required"


def test_a_check_out_cannot_precede_the_check_in(any_db: Database) -> None:
    mario = person(any_db)
    check_in(any_db, STAFF, mario, now=MORNING)
    with pytest.raises(Refusal) as refused:
        check_out(
            any_db,
            LOCAL_ADMIN,
            mario,
            now=MORNING + timedelta(hours=1),
            at=MORNING - timedelta(hours=1),
            reason="x",
        )
    assert refused.value.code == "out_before_in"


def test_the_database_itself_refuses_a_second_open_visit(any_db: Database) -> None:
    mario = person(any_db)
    check_in(any_db, STAFF, mario, now=MORNING)
    with pytest.raises(IntegrityError), any_db.write() as session:
        session.add(Visit(person_id=mario, area_id=1, checked_in_at=MORNING, in_by="x"))


def test_children_go_to_the_kids_space_and_adults_do_not(any_db: Database) -> None:
    emma = family(any_db, "Emma Rossi")
    adult = person(any_db, "Mario Rossi")
    educator(any_db, "Sara Educatrice")
    assert check_in(any_db, STAFF, emma.child, now=MORNING, brought_by=emma.parent).area_key == (
        "kids"
    )
    with pytest.raises(Refusal) as refused:
        check_in(any_db, STAFF, adult, "kids", now=MORNING)
    assert refused.value.code == "area_children_only"
    assert refused.value.text("en").startswith("Kids' space is for children and educators")
    assert refused.value.text("it").startswith("Spazio bimbi è")
    kids = next(a for a in occupancy(any_db) if a.key == "kids")
    assert (kids.inside, kids.educators) == (1, 1)


def test_closing_checks_out_adults_but_never_children(any_db: Database) -> None:
    adult = person(any_db, "Mario Rossi")
    emma = family(any_db, "Emma Rossi")
    child = emma.child
    check_in(any_db, STAFF, adult, now=MORNING)
    educator_id = educator(any_db, "Sara Bianchi")
    check_in(any_db, STAFF, child, now=MORNING, brought_by=emma.parent)
    evening = MORNING.replace(hour=21)
    result = close_day(any_db, STAFF, now=evening)
    assert [c.person.id for c in result.auto_closed] == [adult]
    assert result.auto_closed[0].at == MORNING.replace(hour=19, minute=30)
    assert [c.id for c in result.children_inside] == [child]
    assert [e.id for e in result.educators_kept] == [educator_id]
    assert {r.id for r in inside(any_db)} == {child, educator_id}
    with any_db.read() as session:
        closed = session.scalars(select(Visit).where(Visit.person_id == adult)).one()
        assert closed.auto_closed
        assert (
            session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action == "auto_close")
            )
            == 1
        )


def test_audit_rows_never_copy_names(any_db: Database) -> None:
    mario = person(any_db, "Ginevra Pellegrini")
    check_in(any_db, STAFF, mario, now=MORNING)
    check_out(any_db, STAFF, mario, now=MORNING + timedelta(hours=1))
    with any_db.read() as session:
        events = session.scalars(select(AuditEvent)).all()
    assert {e.action for e in events} >= {"person_add", "check_in", "check_out"}
    for event in events:
        assert "Ginevra" not in (event.detail + (event.reason or ""))
