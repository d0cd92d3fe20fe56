"""A badge scan: read the code, find the badge and its holder, and check them in or out, all in
one transaction, with one outcome the window shows and the command prints.

The desk window calls `scan` for every scanner burst and for a code typed into the search field;
`serre-desk scan` calls it too, so both behave the same.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from serre_desk.clock import as_utc
from serre_desk.domain.badge_codes import read_code
from serre_desk.domain.errors import Refusal
from serre_desk.domain.outcomes import Refused, ScanOutcome
from serre_desk.services.actor import Actor
from serre_desk.services.applied_scans import claimed, settled
from serre_desk.services.audit import record
from serre_desk.services.badges import refusal_for, revoked_refusal, stored_key
from serre_desk.services.missed_closing import close_stale_visit
from serre_desk.services.person_row import Now, lock_person
from serre_desk.services.visits import already_inside_elsewhere, step
from serre_desk.storage.database import Database
from serre_desk.storage.models import Badge, Person

log = logging.getLogger(__name__)


def badge_holder(db: Database, code: str, *, now: datetime) -> int:
    """The id of the person whose badge `code` is and holds at `now` (see `holder_of`)."""
    with db.read() as session:
        return holder_of(session, code, now=now)


def holder_of(session: Session, code: str, *, now: datetime) -> int:
    """The id of the person whose badge `code` is and holds at `now`, or a `Refusal` saying why
    not: `badge_unreadable`, `badge_tampered`, `badge_foreign`, `badge_revoked`, `badge_expired`."""
    try:
        parsed = read_code(code, stored_key(session))
        found = session.execute(
            select(Badge, Person)
            .join(Person, Person.id == Badge.person_id)
            .where(Badge.code_id == parsed.code_id)
        ).one_or_none()
        if found is None:  # made with our key, but deleted with its holder
            raise revoked_refusal()
        badge, person = found
        refusal = refusal_for(badge, person, now)
        if refusal is not None:
            if person.anonymised_at is None:
                refusal.subject = (person.id, person.name)
            raise refusal
    except Refusal as refusal:
        log.info("badge scan refused: %s", refusal.code)
        raise
    return person.id


def scan(
    db: Database, actor: Actor, code: str, *, now: Now, op_id: str | None = None
) -> ScanOutcome:
    """What a badge scan does, in one transaction: finds the holder, then checks them in (to
    their default area) or, if inside, out; a child's badge leads to the pickup or the drop-off.
    A code that is not a valid badge now is refused and the refusal audited (`scan_refused`).
    Given a clock as `now`, the movement's time is read once the person's lock is held, so
    simultaneous scans of one badge are recorded in the order they were decided.
    `op_id`: the scan's operation id (services.operations): the same scan sent again after a
    broken connection is not applied twice; its first outcome is returned."""
    at = as_utc(now() if callable(now) else now)
    try:
        with db.write() as session:
            done = claimed(session, op_id, actor.at_desk, at)
            if done is not None:
                return done
            try:
                holder = holder_of(session, code, now=at)
            except Refusal as refusal:
                record_refused_scan(session, actor, at, refusal)
                return settled(session, op_id, Refused(refusal))
            moment = lock_person(session, holder, now)
            close_stale_visit(session, actor, holder, moment)  # yesterday's closing was missed
            return settled(session, op_id, step(session, actor, holder, moment))
    except IntegrityError:  # a desk without the lock (an older version) got there first
        return Refused(already_inside_elsewhere())


def record_refused_scan(
    session: Session, actor: Actor, at: datetime, refusal: Refusal, **detail: Any
) -> None:
    """A scan that moved nobody, in the audit log: whose it was (when known) and why."""
    subject = refusal.subject[0] if refusal.subject else None
    record(
        session,
        actor,
        at,
        "scan_refused",
        subject,
        refusal=refusal.code,
        message=refusal.message,
        params=refusal.params,
        **detail,
    )
