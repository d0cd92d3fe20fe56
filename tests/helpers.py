"""Small builders used across tests."""

from __future__ import annotations

from serre_desk.domain.outcomes import CheckedIn, CheckedOut, Moved, Movement, Refused, ScanOutcome
from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.people import PersonFields, add_person
from serre_desk.storage.database import Database
from tests.conftest import MORNING


def person(
    db: Database, name: str = "Mario Rossi", kind: PersonKind = PersonKind.MEMBER, **fields: object
) -> int:
    """Register someone and return their id."""
    return add_person(db, LOCAL_ADMIN, PersonFields(name=name, kind=kind, **fields), now=MORNING).id  # type: ignore[arg-type]


def settled(outcome: ScanOutcome) -> Movement:
    """The movement a scan or a toggle made; a refusal is raised as the services used to."""
    match outcome:
        case CheckedIn(movement) | Moved(movement) | CheckedOut(movement):
            return movement
        case Refused(refusal):
            raise refusal
    raise AssertionError(f"no movement: {outcome}")
