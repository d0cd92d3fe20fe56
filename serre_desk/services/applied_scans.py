"""A scan's outcome kept with its operation id (services.operations), and rebuilt when the same
scan comes again after a broken connection: the window then shows what the first attempt did,
and nothing is applied twice.

What is kept is ids and words only — the outcome's kind, the person's and the visit's ids, the
area's key, a refusal's code — never a name: the rows are read back from the tables they came from.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from serre_desk.domain.errors import Refusal
from serre_desk.domain.outcomes import (
    CheckedIn,
    CheckedOut,
    ChildToDropoff,
    ChildToPickup,
    Moved,
    Movement,
    PersonRef,
    Refused,
    ScanOutcome,
)
from serre_desk.domain.people import PersonKind
from serre_desk.services import operations
from serre_desk.services.operations import Applied
from serre_desk.storage.models import Area, Person, Visit

_MOVES: dict[str, type[CheckedIn | Moved | CheckedOut]] = {
    "checked_in": CheckedIn,
    "moved": Moved,
    "checked_out": CheckedOut,
}
_CHILD: dict[str, type[ChildToPickup | ChildToDropoff]] = {
    "to_pickup": ChildToPickup,
    "to_dropoff": ChildToDropoff,
}


def kept(outcome: ScanOutcome) -> dict[str, Any]:
    """What is kept of `outcome` (ids and words, no personal data)."""
    match outcome:
        case CheckedIn(movement) | Moved(movement) | CheckedOut(movement):
            kind = next(name for name, cls in _MOVES.items() if isinstance(outcome, cls))
            return {
                "kind": kind,
                "person": movement.person.id,
                "visit": movement.visit_id,
                "action": movement.action,
                "area": movement.area_key,
                "moved_from": movement.moved_from,
                "corrected": movement.corrected,
                "override": movement.override,
                "warnings": list(movement.warnings),
                "plan": movement.plan,
            }
        case ChildToPickup(child) | ChildToDropoff(child):
            kind = "to_pickup" if isinstance(outcome, ChildToPickup) else "to_dropoff"
            return {"kind": kind, "person": child.id}
        case Refused(refusal):
            subject = refusal.subject[0] if refusal.subject else None
            said: dict[str, Any] = {"kind": "refused", "code": refusal.code, "person": subject}
            plain = all(isinstance(value, str | int | float) for value in refusal.params.values())
            if plain and not any("name" in key for key in refusal.params):  # no one's name kept
                said |= {"message": refusal.message, "params": refusal.params}
            return said
    raise AssertionError(f"not a scan outcome: {outcome!r}")


def rebuilt(session: Session, done: Applied) -> ScanOutcome:
    """The outcome `done` recorded, read back from the tables (in the caller's transaction)."""
    outcome = done.outcome
    kind = outcome.get("kind")
    person = session.get(Person, outcome["person"]) if outcome.get("person") else None
    ref = PersonRef(person.id, person.name, PersonKind(person.kind)) if person is not None else None
    if kind in _CHILD and ref is not None:
        return _CHILD[kind](ref)
    if kind in _MOVES and ref is not None:
        visit = session.get(Visit, outcome["visit"])
        area = session.get(Area, visit.area_id) if visit is not None else None
        if visit is not None and area is not None:
            at: datetime | None = (
                visit.checked_out_at if outcome["action"] == "check_out" else visit.checked_in_at
            )
            movement = Movement(
                action=outcome["action"],
                person=ref,
                area_key=area.key,
                area_name=area.name,
                at=at or done.at,
                visit_id=visit.id,
                moved_from=outcome.get("moved_from"),
                corrected=bool(outcome.get("corrected")),
                override=bool(outcome.get("override")),
                warnings=tuple(outcome.get("warnings") or ()),
                plan=outcome.get("plan") or "",
            )
            return _MOVES[kind](movement)
    refusal = already_applied()
    if kind == "refused" and "message" in outcome:
        refusal = Refusal(str(outcome["code"]), outcome["message"], **outcome.get("params", {}))
    if ref is not None:
        refusal.subject = (ref.id, ref.name)
    return Refused(refusal)


def already_applied() -> Refusal:
    from serre_desk.i18n import QT_TRANSLATE_NOOP

    return Refusal(
        "operation_applied",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "This scan was already recorded (the connection broke while it was being saved): "
            "nothing was done twice.",
        ),
    )


def claimed(session: Session, op_id: str | None, desk: str, at: datetime) -> ScanOutcome | None:
    """Inside the scan's transaction, first: None when the scan is new (or has no id), else the
    outcome of its first application."""
    if op_id is None:
        return None
    done = operations.claim(session, op_id, desk, at)
    return None if done is None else rebuilt(session, done)


def settled(session: Session, op_id: str | None, outcome: ScanOutcome) -> ScanOutcome:
    """Before the commit: keep what the scan did with its id; returns `outcome`."""
    if op_id is not None:
        operations.settle(session, op_id, kept(outcome))
    return outcome
