"""The kids' space rules read inside a check-in or check-out transaction: who may bring and collect
a child, the educator ratio of an area, fresh pickup codes, wrong codes counted today.

Functions here take the caller's session (one transaction decides and writes); the use cases are
in `services.visits` (check-in, check-out) and `services.kids` (registration, drop-off, pickup).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from serre_desk import clock
from serre_desk.clock import as_utc, day_bounds, local_date, local_instant
from serre_desk.domain.errors import Refusal
from serre_desk.domain.guardians import GuardianInfo
from serre_desk.domain.people import PersonKind
from serre_desk.domain.pickup_codes import new_code
from serre_desk.domain.ratios import AgeBand, RatioStatus, bands, educators_needed
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.settings_store import get_setting
from serre_desk.services.venue import opening_hours
from serre_desk.storage.models import Area, AuditEvent, Guardian, Person, Visit

RATIOS_KEY = "kids.ratios"
PICKUP_REFUSED = "pickup_refused"  # the audit action of every refused pickup attempt


def closing_of(session: Session, day: date) -> datetime | None:
    closes = opening_hours(session).closing_time(day)
    return local_instant(day, closes) if closes else None


def refuse_without_phone(adult: Person) -> None:
    """An adult authorised for pickup must be reachable."""
    if not (adult.phone or "").strip():
        raise Refusal(
            "guardian_needs_phone",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{name} has no phone number: an adult authorised for pickup needs one (add it "
                "to their details first).",
            ),
            name=adult.name,
        )


def authorises_pickup(session: Session, adult_id: int, now: datetime) -> bool:
    """Whether the adult may collect some child now or later (a one-day link of a past day
    no longer counts)."""
    links = session.scalars(
        select(Guardian.only_on).where(Guardian.adult_id == adult_id, Guardian.authorised)
    )
    return any(only_on is None or only_on >= local_date(now) for only_on in links)


def one_day_link_holds(session: Session, only_on: date, now: datetime) -> bool:
    """A one-day authorisation holds on its day until that day's closing time."""
    if local_date(now) != only_on:
        return False
    closes_at = closing_of(session, only_on)
    return closes_at is None or as_utc(now) < closes_at


def guardians(session: Session, child_id: int, now: datetime) -> list[GuardianInfo]:
    """Everyone linked to the child, authorised first, by name."""
    rows = session.execute(
        select(Guardian.adult_id, Person.name, Person.phone, Guardian.authorised, Guardian.only_on)
        .join(Person, Person.id == Guardian.adult_id)
        .where(Guardian.child_id == child_id, Person.anonymised_at.is_(None))
        .order_by(Guardian.authorised.desc(), Person.search_key, Person.id)
    ).all()
    approvals = _authorisations(session, child_id)
    result = []
    for adult_id, name, phone, authorised, only_on in rows:
        valid = authorised and (only_on is None or one_day_link_holds(session, only_on, now))
        by, at = approvals.get(adult_id, (None, None)) if authorised else (None, None)
        result.append(GuardianInfo(adult_id, name, phone, authorised, only_on, valid, by, at))
    return result


def _authorisations(session: Session, child_id: int) -> dict[int, tuple[str, datetime]]:
    """Who last authorised each adult to collect the child, and when (from the audit log)."""
    events = session.execute(
        select(AuditEvent.actor, AuditEvent.at, AuditEvent.detail)
        .where(AuditEvent.action == "guardian_add", AuditEvent.subject_id == child_id)
        .order_by(AuditEvent.id)
    )
    latest: dict[int, tuple[str, datetime]] = {}
    for actor, at, detail in events:
        fields = json.loads(detail)
        if fields.get("authorised"):
            latest[fields["adult"]] = (actor, as_utc(at))
        else:
            latest.pop(fields.get("adult"), None)
    return latest


# --- ratios ---------------------------------------------------------------------------------


def age_bands(session: Session) -> tuple[AgeBand, ...]:
    stored: Mapping[str, int] = get_setting(session, RATIOS_KEY, {}) or {}
    return bands(stored)


def ratio_status(
    session: Session,
    area_id: int,
    now: datetime,
    *,
    more_children: Sequence[date | None] = (),
    educators_leaving: int = 0,
) -> RatioStatus:
    """The area's ratio now, or as it would be with `more_children` (their birth dates) in and
    `educators_leaving` educators out."""
    open_here = and_(Visit.area_id == area_id, Visit.checked_out_at.is_(None))
    rows = session.execute(
        select(Person.kind, Person.birth_date)
        .join(Visit, Visit.person_id == Person.id)
        .where(open_here)
    ).all()
    births = [birth for kind, birth in rows if kind == PersonKind.CHILD.value]
    births += list(more_children)
    educators = sum(1 for kind, _ in rows if kind == PersonKind.STAFF.value) - educators_leaving
    needed = educators_needed(births, local_date(now), age_bands(session))
    return RatioStatus(len(births), max(0, educators), needed)


# --- codes and attempts -----------------------------------------------------------------------


def taken_codes(session: Session) -> set[str]:
    """The pickup codes of everyone inside (only children have one)."""
    children_areas = select(Area.id).where(Area.for_children.is_(True))
    return set(
        session.scalars(
            select(Visit.pickup_code).where(
                Visit.area_id.in_(children_areas),
                Visit.checked_out_at.is_(None),
                Visit.pickup_code.is_not(None),
            )
        )
    )


def fresh_code(session: Session) -> str:
    return new_code(taken_codes(session))


def wrong_codes_today(session: Session, child_id: int, adult_id: int) -> int:
    """Wrong pickup codes `adult_id` presented for the child today. The day is the real one
    (`clock.utcnow`, the time the attempt recorded as `real`), never the desk's clock: a desk
    replaying another time neither escapes the lock nor resets it. Another adult's wrong codes
    do not lock this one out."""
    start, end = day_bounds(local_date(clock.utcnow()))
    details = session.scalars(
        select(AuditEvent.detail).where(
            AuditEvent.action == PICKUP_REFUSED, AuditEvent.subject_id == child_id
        )
    )
    count = 0
    for text in details:
        detail = json.loads(text)
        if detail.get("problem") != "wrong_code" or detail.get("adult") != adult_id:
            continue
        real = detail.get("real")
        if real is not None and start <= datetime.fromisoformat(real) < end:
            count += 1
    return count
