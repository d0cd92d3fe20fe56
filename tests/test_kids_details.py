"""A child's details as the person card shows them, and their corrections: the health notes only
when asked for, and never in the audit log."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from serre_desk.domain.errors import Refusal
from serre_desk.i18n import DEFAULT_LANGUAGE, set_language
from serre_desk.services.actor import Actor, Role
from serre_desk.services.kids import (
    ChildChanges,
    add_guardian,
    child_details,
    edit_child,
)
from serre_desk.services.people import search_people
from serre_desk.storage.database import Database
from serre_desk.storage.models import AuditEvent
from tests.conftest import MORNING
from tests.kids_helpers import TODDLER, adult, family

DESK = Actor("giulia", Role.STAFF, "desk-1")
MANAGER = Actor("marta", Role.MANAGER, "desk-1")


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language(DEFAULT_LANGUAGE)


def _audit(db: Database, action: str) -> list[str]:
    with db.read() as session:
        return [
            f"{e.detail} {e.reason or ''}"
            for e in session.scalars(select(AuditEvent).where(AuditEvent.action == action))
        ]


def test_a_childs_details_with_guardians_and_the_notes_only_when_asked(any_db: Database) -> None:
    kid = family(any_db, health="Allergia: arachidi")
    granny = adult(any_db, "Pina Rossi", phone="+39 051 998877")
    uncle = adult(any_db, "Carlo Rossi", phone=None)
    add_guardian(any_db, MANAGER, kid.child, granny, now=MORNING, today_only=True)
    add_guardian(any_db, DESK, kid.child, uncle, now=MORNING, authorised=False)

    hidden = child_details(any_db, kid.child, now=MORNING)
    assert (hidden.name, hidden.birth_date, hidden.age_months) == ("Emma Rossi", TODDLER, 29)
    assert (hidden.has_health_notes, hidden.health_notes) == (True, None)
    assert hidden.photo_consent is False
    assert [(g.name, g.phone, g.authorised, g.only_on, g.valid) for g in hidden.guardians] == [
        ("Anna Rossi", "+39 333 1234567", True, None, True),
        ("Pina Rossi", "+39 051 998877", True, MORNING.date(), True),
        ("Carlo Rossi", None, False, None, False),
    ]
    shown = child_details(any_db, kid.child, now=MORNING, with_health=True)
    assert shown.health_notes == "Allergia: arachidi"
    tomorrow = child_details(any_db, kid.child, now=MORNING + timedelta(days=1))
    assert [g.valid for g in tomorrow.guardians] == [True, False, False]


def test_an_adult_has_no_child_details(db: Database) -> None:
    anna = adult(db, "Anna Rossi")
    with pytest.raises(Refusal) as refused:
        child_details(db, anna, now=MORNING)
    assert refused.value.code == "not_a_child"


def test_notes_and_photo_consent_are_corrected_and_audited_without_the_notes(
    any_db: Database,
) -> None:
    kid = family(any_db, health="Allergia: arachidi")
    changed = edit_child(
        any_db,
        DESK,
        kid.child,
        ChildChanges(health_notes="Celiachia: niente glutine", photo_consent=True),
        now=MORNING,
    )
    assert (changed.health_notes, changed.photo_consent) == ("Celiachia: niente glutine", True)
    [event] = _audit(any_db, "person_edit")
    assert "Celiachia" not in event and "arachidi" not in event
    assert json.loads(event.split(" ")[0])["fields"] == ["health_notes", "photo_consent"]

    edit_child(any_db, DESK, kid.child, ChildChanges(health_notes="   "), now=MORNING)
    cleared = child_details(any_db, kid.child, now=MORNING, with_health=True)
    assert (cleared.has_health_notes, cleared.health_notes) == (False, None)

    unchanged = edit_child(any_db, DESK, kid.child, ChildChanges(photo_consent=True), now=MORNING)
    assert unchanged.photo_consent is True
    assert len(_audit(any_db, "person_edit")) == 2, "nothing changed: nothing audited"


def test_name_and_birth_date_are_corrected_and_found_by_the_new_name(db: Database) -> None:
    kid = family(db)
    edit_child(
        db,
        DESK,
        kid.child,
        ChildChanges(name="Emma  Rossi Neri", birth_date=date(2025, 1, 20)),
        now=MORNING,
    )
    details = child_details(db, kid.child, now=MORNING)
    assert (details.name, details.age_months) == ("Emma Rossi Neri", 22)
    assert [row.id for row in search_people(db, "neri")] == [kid.child]
    with pytest.raises(Refusal) as refused:
        edit_child(db, DESK, kid.child, ChildChanges(birth_date=date(2027, 1, 1)), now=MORNING)
    assert refused.value.code == "birth_in_future"
    with pytest.raises(Refusal) as refused:
        edit_child(db, DESK, kid.parent, ChildChanges(photo_consent=True), now=MORNING)
    assert refused.value.code == "not_a_child"
