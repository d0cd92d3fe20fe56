"""The retention job: guests anonymised after 30 days (no trace left in the database files),
members kept while their membership lasts, children's health notes and guardian links removed,
old audit events pruned, a legal hold stopping all of it, counts kept."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.audit import verify
from serre_desk.services.people import person_details, search_people
from serre_desk.services.privacy import (
    purge,
    set_legal_hold,
    set_retention_policy,
)
from serre_desk.storage.database import Database
from serre_desk.storage.models import Guardian, Person
from tests.conftest import MORNING, CliRunner
from tests.privacy_helpers import child, traces, visit_count, visitor

GUEST = ("Ginevra Lombardìni", "ginevra.lombardini@example.org", "Orto Lab Srl", "+39 333 1234567")


@pytest.fixture
def guest(db: Database) -> int:
    name, email, org, phone = GUEST
    return visitor(db, name, email=email, organisation=org, phone=phone)


def test_a_guest_is_kept_on_day_30_and_leaves_no_trace_on_day_31(db: Database, guest: int) -> None:
    member = visitor(db, "Marco Colombo", PersonKind.MEMBER)
    visits_before = visit_count(db)
    day_30 = purge(db, LOCAL_ADMIN, now=MORNING + timedelta(days=30))
    assert day_30.anonymised == [] and person_details(db, guest).name == GUEST[0]

    day_31 = purge(db, LOCAL_ADMIN, now=MORNING + timedelta(days=31))
    assert day_31.anonymised == [guest]
    assert traces(db, *GUEST) == []  # the file, its WAL and indices hold none of it
    assert visit_count(db) == visits_before  # the visits stay, anonymous
    assert [p.name for p in search_people(db)] == ["Marco Colombo"]
    assert person_details(db, member).name == "Marco Colombo"
    assert verify(db).whole


def test_a_legal_hold_stops_retention_until_lifted(db: Database, guest: int) -> None:
    set_legal_hold(db, LOCAL_ADMIN, guest, True, now=MORNING, reason="police request 42/2026")
    held = purge(db, LOCAL_ADMIN, now=MORNING + timedelta(days=40))
    assert held.anonymised == [] and held.on_hold == [guest]
    assert traces(db, GUEST[0]) != []
    set_legal_hold(db, LOCAL_ADMIN, guest, False, now=MORNING, reason="case closed")
    assert purge(db, LOCAL_ADMIN, now=MORNING + timedelta(days=41)).anonymised == [guest]
    assert traces(db, *GUEST) == []


def test_members_are_kept_while_active_then_anonymised_after_the_period(db: Database) -> None:
    ended = visitor(db, "Paola Ferri", PersonKind.MEMBER, membership_ends=date(2026, 12, 31))
    lifelong = visitor(db, "Renato Galli", PersonKind.MEMBER)
    january = purge(db, LOCAL_ADMIN, now=MORNING + timedelta(days=60))
    assert january.anonymised == []
    february = purge(db, LOCAL_ADMIN, now=MORNING + timedelta(days=68))  # 31 Jan + 30 days
    assert february.anonymised == [ended]
    assert person_details(db, lifelong).name == "Renato Galli"
    assert traces(db, "Paola Ferri") == []


def test_children_lose_health_notes_and_guardian_links_after_the_period(db: Database) -> None:
    set_retention_policy(db, LOCAL_ADMIN, {"child_days": 60}, now=MORNING)
    parent = visitor(db, "Chiara Conti", PersonKind.MEMBER)
    kid = child(
        db,
        "Tobia Conti",
        parent,
        notes="allergia alle arachidi",
        birth=date(2022, 5, 1),
        visit_at=MORNING,
    )
    assert purge(db, LOCAL_ADMIN, now=MORNING + timedelta(days=45)).children_cleared == []
    report = purge(db, LOCAL_ADMIN, now=MORNING + timedelta(days=61))
    assert report.children_cleared == [kid] and report.guardian_links_removed == 1
    with db.read() as session:
        stored = session.get(Person, kid)
        assert stored is not None and stored.health_notes is None
        assert session.query(Guardian).count() == 0
    assert traces(db, "allergia alle arachidi") == []
    assert person_details(db, parent).name == "Chiara Conti"


def test_a_dry_run_changes_nothing_and_old_audit_events_are_pruned(
    db: Database, guest: int, cli: CliRunner
) -> None:
    a_year_on = MORNING + timedelta(days=370)
    dry = cli("privacy", "purge", "--dry-run", "--json", now=a_year_on)
    assert dry.returncode == 0, dry.stderr
    assert f'"anonymised": [{guest}]' in dry.stdout and '"dry_run": true' in dry.stdout
    assert person_details(db, guest).name == GUEST[0]
    report = purge(db, LOCAL_ADMIN, now=a_year_on)
    assert report.anonymised == [guest] and report.audit_pruned == 3  # add, in, out
    assert verify(db).whole
