"""Badges: the venue's secret key, issuing, reissuing, revoking, and whether a badge holds now.

Rules:
- members' badges hold until revoked or until the end of the last day of their membership;
  guests get a day pass that holds until the end of the local day on which it was issued;
  staff badges hold until revoked; children get no badge;
- a person has at most one valid badge: issuing a new one revokes every older one at once;
  printing again (`badge_for_print`) keeps the valid badge and its code;
- validity is judged at the caller's clock (`now`).

The code is never stored: the database keeps the badge's random id and the key id, and the code is
computed again from them with the venue key, which lives in the settings table (so every desk of
a venue shares it) and is never printed or logged.
"""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from serre_desk.clock import as_utc, day_bounds, local_date, to_local
from serre_desk.domain.badge_codes import BadgeKey, encode_code, new_code_id
from serre_desk.domain.errors import Refusal
from serre_desk.domain.people import PersonKind
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.person_row import load_person, lock_person
from serre_desk.services.settings_store import add_setting, get_setting
from serre_desk.storage.database import Database
from serre_desk.storage.models import Badge, Person

log = logging.getLogger(__name__)

KEY_SETTING = "badge_key"


@dataclass(frozen=True)
class BadgeInfo:
    """A badge as printed and shown: everything the layout and the person card need."""

    id: int
    code: str
    person_id: int
    name: str
    kind: PersonKind
    issued_at: datetime
    valid_until: datetime | None  # the end of a day pass; None while the badge is permanent

    @property
    def valid_on(self) -> date | None:
        """The day a day pass is valid on; None for a permanent badge."""
        return local_date(self.issued_at) if self.kind is PersonKind.GUEST else None


# --- the venue key ----------------------------------------------------------------------------


def stored_key(session: Session) -> BadgeKey | None:
    """The venue's badge key, or None while no badge was ever issued."""
    value = get_setting(session, KEY_SETTING)
    if value is None:
        return None
    return BadgeKey(int(value["id"]), base64.b64decode(value["secret"]))


def venue_key(session: Session) -> BadgeKey:
    """The venue's badge key, made at first use. Two desks making it at once: the second one's
    insert fails on the primary key and it reads the first one's key."""
    key = stored_key(session)
    if key is not None:
        return key
    key = BadgeKey.generate()
    value = {"id": key.key_id, "secret": base64.b64encode(key.secret).decode()}
    try:
        # Always an INSERT, never an update: a key another desk stored in the meantime must win,
        # not be overwritten (badges already made with it would turn "foreign").
        with session.begin_nested():
            add_setting(session, KEY_SETTING, value)
    except IntegrityError:
        key = stored_key(session)
        assert key is not None
    else:
        log.info("badge key created (key id %d)", key.key_id)
    return key


# --- validity -------------------------------------------------------------------------------


def day_pass_end(issued_at: datetime) -> datetime:
    """A day pass holds until the end of the local day on which it was issued."""
    return day_bounds(local_date(issued_at))[1]


def revoked_refusal() -> Refusal:
    return Refusal(
        "badge_revoked",
        QT_TRANSLATE_NOOP(
            "Refusal", "This badge has been revoked: a new badge replaces it or it was withdrawn."
        ),
    )


def refusal_for(badge: Badge, person: Person, now: datetime) -> Refusal | None:
    """Why `badge` does not hold at `now` (revoked, expired), or None when it does."""
    if badge.revoked_at is not None or person.anonymised_at is not None:
        return revoked_refusal()
    kind = PersonKind(badge.kind)
    if kind.value != person.kind:
        return Refusal(
            "badge_expired",
            QT_TRANSLATE_NOOP(
                "Refusal", "This badge has expired: it was made for another kind of visitor."
            ),
        )
    if badge.valid_until is not None and now < badge.issued_at:  # e.g. a clock set back
        return Refusal(
            "badge_not_yet_valid",
            QT_TRANSLATE_NOOP(
                "Refusal", "This day pass is not valid yet: it was issued on {day} at {time}."
            ),
            day=local_date(badge.issued_at).strftime("%d/%m/%Y"),
            time=to_local(badge.issued_at).strftime("%H:%M"),
        )
    if badge.valid_until is not None and now >= badge.valid_until:
        return Refusal(
            "badge_expired",
            QT_TRANSLATE_NOOP("Refusal", "This day pass has expired: it was valid on {day} only."),
            day=local_date(badge.issued_at).strftime("%d/%m/%Y"),
        )
    ends = person.membership_ends
    if kind is PersonKind.MEMBER and ends is not None and now >= day_bounds(ends)[1]:
        return Refusal(
            "badge_expired",
            QT_TRANSLATE_NOOP("Refusal", "This badge has expired: the membership ended on {day}."),
            day=ends.strftime("%d/%m/%Y"),
        )
    return None


def _latest(session: Session, person_id: int) -> Badge | None:
    return session.scalar(
        select(Badge)
        .where(Badge.person_id == person_id, Badge.revoked_at.is_(None))
        .order_by(Badge.issued_at.desc(), Badge.id.desc())
        .limit(1)
    )


def _valid_badge(session: Session, person: Person, now: datetime) -> Badge | None:
    badge = _latest(session, person.id)
    if badge is None or refusal_for(badge, person, now) is not None:
        return None
    return badge


def _info(badge: Badge, person: Person, key: BadgeKey) -> BadgeInfo:
    return BadgeInfo(
        id=badge.id,
        code=encode_code(key, badge.code_id),
        person_id=person.id,
        name=person.name,
        kind=PersonKind(badge.kind),
        issued_at=as_utc(badge.issued_at),
        valid_until=badge.valid_until and as_utc(badge.valid_until),
    )


# --- use cases ------------------------------------------------------------------------------


def current_badge(db: Database, person_id: int, *, now: datetime) -> BadgeInfo | None:
    """The person's badge that holds at `now`, or None."""
    with db.read() as session:
        person = load_person(session, person_id)
        badge = _valid_badge(session, person, now)
        key = stored_key(session)
        if badge is None or key is None:
            return None
        return _info(badge, person, key)


def issue_badge(db: Database, actor: Actor, person_id: int, *, now: datetime) -> BadgeInfo:
    """A new badge for the person (at registration, or for a lost badge): every older badge of
    theirs is revoked in the same transaction, so the old code is refused from now on."""
    with db.write() as session:
        person = _lock_adult(session, person_id, now)
        return _issue(session, actor, person, now)


def badge_for_print(db: Database, actor: Actor, person_id: int, *, now: datetime) -> BadgeInfo:
    """The badge to print: the valid one (a reprint keeps its code), else a new one (e.g. a
    guest's day pass for today)."""
    with db.write() as session:
        person = _lock_adult(session, person_id, now)
        badge = _valid_badge(session, person, now)
        if badge is not None:
            return _info(badge, person, venue_key(session))
        return _issue(session, actor, person, now)


def revoke_badge(
    db: Database, actor: Actor, person_id: int, *, now: datetime, reason: str | None = None
) -> int:
    """Revoke every badge of the person that is not revoked yet; returns how many."""
    with db.write() as session:
        lock_person(session, person_id, now)
        person = load_person(session, person_id)
        revoked = _revoke_all(session, actor, person, now, reason)
        if not revoked:
            raise Refusal(
                "no_badge",
                QT_TRANSLATE_NOOP("Refusal", "{name} has no badge to revoke."),
                name=person.name,
            )
        return revoked


def _lock_adult(session: Session, person_id: int, now: datetime) -> Person:
    """The person, locked for this transaction (so two desks cannot give them two valid badges);
    children are refused: they never have a self-service badge."""
    lock_person(session, person_id, now)
    person = load_person(session, person_id)
    if person.kind == PersonKind.CHILD.value:
        raise Refusal(
            "child_no_badge",
            QT_TRANSLATE_NOOP(
                "Refusal", "Children get no badge: their guardian checks them in and out."
            ),
        )
    return person


def _issue(session: Session, actor: Actor, person: Person, now: datetime) -> BadgeInfo:
    key = venue_key(session)
    kind = PersonKind(person.kind)
    badge = Badge(
        code_id=new_code_id(),
        key_id=key.key_id,
        person_id=person.id,
        kind=kind.value,
        issued_at=now,
        valid_until=day_pass_end(now) if kind is PersonKind.GUEST else None,
    )
    session.add(badge)
    session.flush()
    record(
        session,
        actor,
        now,
        "badge_issue",
        person.id,
        badge=badge.id,
        kind=kind.value,
        valid_until=badge.valid_until.isoformat() if badge.valid_until else None,
    )
    _revoke_all(session, actor, person, now, None, replaced_by=badge.id)
    return _info(badge, person, key)


def _revoke_all(
    session: Session,
    actor: Actor,
    person: Person,
    now: datetime,
    reason: str | None,
    replaced_by: int | None = None,
) -> int:
    """Revoke the person's badges not revoked yet (except the one replacing them)."""
    query = select(Badge).where(Badge.person_id == person.id, Badge.revoked_at.is_(None))
    if replaced_by is not None:
        query = query.where(Badge.id != replaced_by)
    badges = session.scalars(query).all()
    for badge in badges:
        badge.revoked_at = now
        record(
            session,
            actor,
            now,
            "badge_revoke",
            person.id,
            reason,
            badge=badge.id,
            replaced_by=replaced_by,
        )
    return len(badges)
