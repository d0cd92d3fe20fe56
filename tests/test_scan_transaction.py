"""A scan is one transaction: the badge lookup, the in/out decision and the write (or the audit
of a refused code) commit together, so no other desk can change the answer in between."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from sqlalchemy import event

from serre_desk.domain.outcomes import (
    CheckedIn,
    CheckedOut,
    ChildToDropoff,
    ChildToPickup,
    Refused,
    ScanOutcome,
)
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.audit import verify
from serre_desk.services.badges import issue_badge
from serre_desk.services.scanning import scan
from serre_desk.services.visits import toggle
from serre_desk.storage.database import Database
from tests.conftest import MORNING
from tests.helpers import person
from tests.kids_helpers import drop, educator, family


@contextmanager
def transactions(db: Database) -> Iterator[list[str]]:
    """The transactions begun on the database while the block runs."""
    begun: list[str] = []

    def began(_connection: object) -> None:
        begun.append("begin")

    event.listen(db.engine, "begin", began)
    try:
        yield begun
    finally:
        event.remove(db.engine, "begin", began)


def scanned(db: Database, code: str, minutes: int) -> tuple[ScanOutcome, int]:
    with transactions(db) as begun:
        outcome = scan(db, LOCAL_ADMIN, code, now=MORNING + timedelta(minutes=minutes))
    return outcome, len(begun)


def test_a_scan_in_and_a_scan_out_are_one_transaction_each(any_db: Database) -> None:
    code = issue_badge(any_db, LOCAL_ADMIN, person(any_db), now=MORNING).code
    came, came_transactions = scanned(any_db, code, 1)
    went, went_transactions = scanned(any_db, code, 90)
    assert isinstance(came, CheckedIn) and isinstance(went, CheckedOut)
    assert (came_transactions, went_transactions) == (1, 1)


def test_a_forged_code_is_refused_and_audited_in_the_same_one_transaction(
    any_db: Database,
) -> None:
    code = issue_badge(any_db, LOCAL_ADMIN, person(any_db), now=MORNING).code
    forged = code[:-1] + ("A" if code[-1] != "A" else "B")
    outcome, count = scanned(any_db, forged, 1)
    assert isinstance(outcome, Refused) and outcome.refusal.code == "badge_tampered"
    assert count == 1
    assert verify(any_db).whole


def test_enter_on_a_child_leads_to_the_drop_off_then_to_the_pickup(any_db: Database) -> None:
    """Children carry no badge: Enter on a child in the search is where the desk asks."""
    kid = family(any_db)
    educator(any_db)
    outside = toggle(any_db, LOCAL_ADMIN, kid.child, now=MORNING)
    assert isinstance(outside, ChildToDropoff) and outside.child.id == kid.child
    drop(any_db, kid)
    with transactions(any_db) as begun:
        inside = toggle(any_db, LOCAL_ADMIN, kid.child, now=MORNING + timedelta(minutes=30))
    assert isinstance(inside, ChildToPickup) and inside.child.id == kid.child
    assert len(begun) == 1
