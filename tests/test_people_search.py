"""As-you-type search over everyone: ranking, accents, and an in-memory index that follows every
change to the database (new people, edits, anonymisation, another database file)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import update

from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.people import PersonFields, edit_person, search_people
from serre_desk.services.startup import Database, Location, open_database
from serre_desk.services.visits import check_in
from serre_desk.storage.models import Person
from tests.conftest import MORNING
from tests.helpers import person


def _names(db: Database, text: str, limit: int | None = None) -> list[str]:
    return [row.name for row in search_people(db, text, limit)]


def test_names_starting_with_the_text_come_first_then_word_starts_then_the_rest(
    any_db: Database,
) -> None:
    for name in ("Marisa Rossi", "Anna Mariani", "Tommaso Amari", "Mario Bianchi", "Zoë Marino"):
        person(any_db, name)
    assert _names(any_db, "mari") == [
        "Mario Bianchi",
        "Marisa Rossi",
        "Anna Mariani",
        "Zoë Marino",
        "Tommaso Amari",
    ]
    assert _names(any_db, "mari", limit=3) == ["Mario Bianchi", "Marisa Rossi", "Anna Mariani"]
    assert _names(any_db, "ZOE MARINO") == ["Zoë Marino"]
    assert _names(any_db, "")[:2] == ["Anna Mariani", "Mario Bianchi"]
    assert _names(any_db, "xyz") == []


def test_accents_case_and_who_is_inside(any_db: Database) -> None:
    niccolo = person(any_db, "Niccolò Ñúñez")
    check_in(any_db, LOCAL_ADMIN, niccolo, now=MORNING)
    [row] = search_people(any_db, "NICCOLO nunez")
    assert (row.id, row.inside_area, row.kind) == (niccolo, "coworking", PersonKind.MEMBER)


def test_the_index_follows_new_people_edits_and_anonymisation(any_db: Database) -> None:
    anna = person(any_db, "Anna Serra")
    assert _names(any_db, "serra") == ["Anna Serra"]
    person(any_db, "Bruno Serra")  # an insert: read incrementally
    assert _names(any_db, "serra") == ["Anna Serra", "Bruno Serra"]
    edit_person(any_db, LOCAL_ADMIN, anna, PersonFields(name="Anna Ferri"), now=MORNING)
    assert _names(any_db, "serra") == ["Bruno Serra"]
    assert _names(any_db, "ferri") == ["Anna Ferri"]
    with any_db.write() as session:  # as the retention rules do
        session.execute(
            update(Person)
            .where(Person.id == anna)
            .values(anonymised_at=MORNING + timedelta(days=31))
        )
    assert _names(any_db, "ferri") == []


def test_a_different_database_is_never_answered_from_the_old_index(
    db: Database, tmp_path: Path
) -> None:
    person(db, "Anna Serra")
    assert _names(db, "anna") == ["Anna Serra"]
    other = open_database(Location(tmp_path / "other"))
    person(other, "Anna Bianchi")
    assert _names(other, "anna") == ["Anna Bianchi"]
    assert _names(db, "anna") == ["Anna Serra"]
    other.dispose()
