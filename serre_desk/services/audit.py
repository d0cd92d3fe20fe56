"""The audit log: append-only, each event chained to the previous one by its hash.

Once the venue has an audit key (`audit_key`: a secret outside the database) every new event is
sealed with HMAC-SHA256 under it, so the chain cannot be recomputed by someone holding only the
database file; events written before the key keep their SHA-256 hashes. `verify` walks the chain
and names the first broken link; `prune` removes events older than the retention and leaves a
checkpoint event carrying the last removed hash and how many events were ever removed, so the
chain that remains still verifies from its first event and counts from the first event ever.
"""

from __future__ import annotations

import calendar
import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from serre_desk.clock import as_utc, day_bounds, to_local, utcnow
from serre_desk.domain.audit_details import Names, people_in
from serre_desk.domain.names import clean_notes, search_key
from serre_desk.i18n import QT_TRANSLATE_NOOP, translate
from serre_desk.services.actor import Actor
from serre_desk.services.audit_key import AuditKey, key_for_append, key_for_verify
from serre_desk.services.live_hints import notify
from serre_desk.services.permissions import REASON_LIMIT, require_manager
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, AuditEvent, AuditHead, Person

GENESIS_HASH = "0" * 64
_HEAD = cast(Table, AuditHead.__table__)
_EVENTS = cast(Table, AuditEvent.__table__)
# Built once: appending is on every check-in's path, and a prebuilt statement skips SQLAlchemy's
# per-call construction and cache-key work.
_READ_HEAD = select(_HEAD.c.last_hash).where(_HEAD.c.id == 1).with_for_update()
_APPEND = insert(_EVENTS)
_MOVE_HEAD = update(_HEAD).where(_HEAD.c.id == 1).values(last_hash=bindparam("new_hash"))


def event_hash(
    prev_hash: str,
    at: datetime,
    actor: str,
    desk: str,
    action: str,
    subject_id: int | None,
    detail: str,
    reason: str | None,
    key: AuditKey | None = None,
) -> str:
    """The event's hash: HMAC-SHA256 under the audit key, or SHA-256 (events before the key)."""
    payload = json.dumps(
        [prev_hash, at.isoformat(), actor, desk, action, subject_id, detail, reason],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()
    return key.seal(payload) if key is not None else hashlib.sha256(payload).hexdigest()


def record(
    session: Session,
    actor: Actor,
    at: datetime,
    action: str,
    subject_id: int | None = None,
    reason: str | None = None,
    **detail: Any,
) -> int:
    """Append one event inside the caller's transaction and return its id. People appear by id
    only, never by name. Locking the chain's head row serialises appends across connections.
    A reason is kept cleaned like every typed text (an optional one too)."""
    reason = clean_notes(reason, REASON_LIMIT) or None
    if actor.replaying:  # a change at a replay clock (--now): a correction, real time beside
        detail = {**detail, "correction": True, "real_at": utcnow().isoformat()}
    connection = session.connection()
    prev_hash = connection.execute(_READ_HEAD).scalar_one()  # made by migration 0003
    key = key_for_append(session)
    detail_text = json.dumps(detail, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    at = as_utc(at)
    desk = actor.at_desk
    digest = event_hash(
        prev_hash, at, actor.user, desk, action, subject_id, detail_text, reason, key
    )
    inserted = connection.execute(
        _APPEND,
        {
            "at": at,
            "actor": actor.user,
            "desk": desk,
            "action": action,
            "subject_id": subject_id,
            "detail": detail_text,
            "reason": reason,
            "prev_hash": prev_hash,
            "hash": digest,
        },
    )
    connection.execute(_MOVE_HEAD, {"new_hash": digest})
    notify(connection, action, subject_id, desk)  # the other desks' hint, sent at commit
    primary_key = inserted.inserted_primary_key
    assert primary_key is not None
    return int(primary_key[0])


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    desk: str
    action: str
    subject_id: int | None
    detail: dict[str, Any]
    reason: str | None


def to_entry(event: AuditEvent) -> AuditEntry:
    return AuditEntry(
        id=event.id,
        at=event.at,
        actor=event.actor,
        desk=event.desk,
        action=event.action,
        subject_id=event.subject_id,
        detail=json.loads(event.detail),
        reason=event.reason,
    )


CHECKPOINT_ACTION = "audit_pruned"
DEFAULT_AUDIT_MONTHS = 12


@dataclass(frozen=True)
class BrokenLink:
    """Where the chain first breaks: the event whose content or link does not hold."""

    event_id: int | None
    problem: str  # "altered" | "missing_before" | "missing_at_end" | "sealed_missing"
    previous_id: int | None = None

    def text(self, lang: str | None = None) -> str:
        messages = {
            "altered": QT_TRANSLATE_NOOP(
                "Audit", "Audit event #{event} was altered: its content does not match its hash."
            ),
            "missing_before": QT_TRANSLATE_NOOP(
                "Audit",
                "The audit chain breaks at event #{event}: the event before it (after #{previous}) "
                "was removed or altered.",
            ),
            "missing_at_end": QT_TRANSLATE_NOOP(
                "Audit", "The newest audit events after #{previous} were removed."
            ),
            "sealed_missing": QT_TRANSLATE_NOOP(
                "Audit",
                "The audit log holds no event sealed with its key: its events were removed.",
            ),
        }
        return translate("Audit", messages[self.problem], lang).format(
            event=self.event_id, previous=self.previous_id if self.previous_id is not None else "—"
        )


@dataclass(frozen=True)
class ChainReport:
    checked: int
    broken: BrokenLink | None

    @property
    def whole(self) -> bool:
        return self.broken is None


def newest_checkpoint(session: Session) -> dict[str, Any] | None:
    """The detail of the newest pruning checkpoint, if events were ever pruned."""
    detail = session.scalar(
        select(AuditEvent.detail)
        .where(AuditEvent.action == CHECKPOINT_ACTION)
        .order_by(AuditEvent.id.desc())
        .limit(1)
    )
    return None if detail is None else cast(dict[str, Any], json.loads(detail))


def removed_before(checkpoint: dict[str, Any] | None) -> int:
    """How many events pruning ever removed (older checkpoints only know their own removal)."""
    if checkpoint is None:
        return 0
    return int(checkpoint.get("removed_total", checkpoint.get("count", 0)))


def _digest(event: AuditEvent, key: AuditKey | None = None) -> str:
    """The hash of the event's content as it is stored now."""
    return event_hash(
        event.prev_hash,
        event.at,
        event.actor,
        event.desk,
        event.action,
        event.subject_id,
        event.detail,
        event.reason,
        key,
    )


def _how_it_holds(event: AuditEvent, key: AuditKey | None, redacted: dict[int, str]) -> str | None:
    """How the event's hash holds: "sealed" with the key; "plain" SHA-256 (only for events
    written before the key); "redacted" (a later redaction event vouches for what its free text
    says now); None when it does not hold."""
    if key is not None and hmac.compare_digest(_digest(event, key), event.hash):
        return "sealed"
    plain = _digest(event)
    if redacted.get(event.id) == plain:
        return "redacted"
    legacy = key is None or event.id <= key.keyed_after
    return "plain" if legacy and plain == event.hash else None


REDACTION_ACTION = "audit_redacted"


def redact(
    session: Session,
    actor: Actor,
    now: datetime,
    subject_id: int | None,
    changes: dict[int, tuple[str, str | None]],
) -> None:
    """Replace the detail and reason of events (free text that named an erased person) and append
    a redaction event vouching for their new content: their links stay, the chain verifies, and
    the redaction itself is sealed like any event."""
    vouched = []
    for event_id, (detail, reason) in sorted(changes.items()):
        event = session.get(AuditEvent, event_id)
        assert event is not None
        event.detail, event.reason = detail, reason
        vouched.append([event_id, _digest(event)])
    session.flush()
    record(session, actor, now, REDACTION_ACTION, subject_id, events=vouched)


def _redactions(session: Session) -> dict[int, str]:
    """Event id → the content digest the newest redaction vouches for."""
    vouched: dict[int, str] = {}
    details = select(AuditEvent.detail).where(AuditEvent.action == REDACTION_ACTION)
    for detail in session.scalars(details.order_by(AuditEvent.id)):
        vouched.update({int(i): str(d) for i, d in json.loads(detail).get("events", [])})
    return vouched


def verify(db: Database) -> ChainReport:
    """Walk the chain from its start (or the last pruning checkpoint) to the stored tip. With an
    audit key, every event after the switch-over must be sealed with it, and at least one is."""
    checked = 0
    with db.read() as session:
        key = key_for_verify(session)
        redacted = _redactions(session)
        checkpoint = newest_checkpoint(session)
        expected = str((checkpoint or {}).get("last_hash", GENESIS_HASH))
        previous_id: int | None = None
        sealed = False
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).yield_per(2000)
        for event in events:
            if event.prev_hash != expected:
                return ChainReport(checked, BrokenLink(event.id, "missing_before", previous_id))
            holds = _how_it_holds(event, key, redacted)
            if holds is None:
                return ChainReport(checked, BrokenLink(event.id, "altered", previous_id))
            expected, previous_id = event.hash, event.id
            sealed = sealed or holds == "sealed"
            checked += 1
        tip = session.scalar(select(AuditHead.last_hash).where(AuditHead.id == 1))
    if (tip or GENESIS_HASH) != expected:
        return ChainReport(checked, BrokenLink(None, "missing_at_end", previous_id))
    if key is not None and not sealed:
        return ChainReport(checked, BrokenLink(None, "sealed_missing", previous_id))
    return ChainReport(checked, None)


@dataclass(frozen=True)
class AuditFilter:
    """What the audit browser asks for; None means any. Days are venue days, both inclusive."""

    start: date | None = None
    end: date | None = None
    action: str | None = None
    user: str | None = None
    subject_id: int | None = None
    limit: int | None = None
    person: str | None = None  # part of a person's name (accents and case ignored)


def _matching(query: AuditFilter) -> Select[AuditEvent]:
    statement = select(AuditEvent)
    if query.start is not None:
        statement = statement.where(AuditEvent.at >= day_bounds(query.start)[0])
    if query.end is not None:
        statement = statement.where(AuditEvent.at < day_bounds(query.end)[1])
    if query.action:
        statement = statement.where(AuditEvent.action == query.action)
    if query.user:
        statement = statement.where(AuditEvent.actor == query.user)
    if query.subject_id is not None:
        statement = statement.where(AuditEvent.subject_id == query.subject_id)
    if query.person and search_key(query.person):
        named = select(Person.id).where(
            Person.anonymised_at.is_(None), Person.search_key.contains(search_key(query.person))
        )
        statement = statement.where(AuditEvent.subject_id.in_(named))
    return statement


def list_events(db: Database, actor: Actor, query: AuditFilter | None = None) -> list[AuditEntry]:
    """Audit events, oldest first (managers only)."""
    require_manager(actor)
    query = query or AuditFilter()
    statement = _matching(query)
    if query.limit is not None:  # the newest `limit`, still shown oldest first
        statement = statement.order_by(AuditEvent.id.desc()).limit(query.limit)
        with db.read() as session:
            return [to_entry(e) for e in reversed(session.scalars(statement).all())]
    with db.read() as session:
        return [to_entry(e) for e in session.scalars(statement.order_by(AuditEvent.id))]


@dataclass(frozen=True)
class AuditPage:
    """What the audit browser shows: the events, newest first, and the names they need."""

    entries: list[AuditEntry]
    names: Names


def browse(db: Database, actor: Actor, query: AuditFilter | None = None) -> AuditPage:
    """The events matching `query`, the latest first (managers only), with the name of every person
    they mention (None for someone erased or anonymised) and of every area."""
    require_manager(actor)
    query = query or AuditFilter()
    statement = _matching(query).order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    if query.limit is not None:
        statement = statement.limit(query.limit)
    with db.read() as session:
        entries = [to_entry(e) for e in session.scalars(statement)]
        ids = set().union(*(people_in(e.subject_id, e.detail) for e in entries))
        people: dict[int, str | None] = {}
        wanted = sorted(ids)
        for start in range(0, len(wanted), 500):  # a bound list of ids, in parts
            chunk = wanted[start : start + 500]
            rows = session.execute(
                select(Person.id, Person.name, Person.anonymised_at).where(Person.id.in_(chunk))
            )
            people.update({pid: None if gone else name for pid, name, gone in rows})
        areas = {key: name for key, name in session.execute(select(Area.key, Area.name))}
    return AuditPage(entries, Names(people, areas))


def audit_actions(db: Database) -> list[str]:
    """The actions present in the log (for the browser's filter)."""
    with db.read() as session:
        actions = select(AuditEvent.action).distinct().order_by(AuditEvent.action)
        return list(session.scalars(actions))


def months_before(moment: datetime, months: int) -> datetime:
    """The same local wall-clock time `months` calendar months earlier (clamped to month end)."""
    local = to_local(moment)
    index = local.year * 12 + local.month - 1 - months
    year, month = divmod(index, 12)
    day = min(local.day, calendar.monthrange(year, month + 1)[1])
    return as_utc(local.replace(year=year, month=month + 1, day=day))


def prune(
    session: Session,
    actor: Actor,
    now: datetime,
    months: int = DEFAULT_AUDIT_MONTHS,
    *,
    dry_run: bool = False,
) -> int:
    """Remove the oldest events (the longest run, by order, older than `months`) and append a
    checkpoint carrying the last removed hash, so `verify` still walks an unbroken chain, and
    the number of events ever removed, so the chain's length still counts from its start."""
    cutoff = months_before(now, months)
    first_kept = session.scalar(select(func.min(AuditEvent.id)).where(AuditEvent.at >= cutoff))
    old = select(AuditEvent.id)
    if first_kept is not None:
        old = old.where(AuditEvent.id < first_kept)
    last = session.scalar(old.order_by(AuditEvent.id.desc()).limit(1))
    if last is None:
        return 0
    count = session.scalar(select(func.count()).where(AuditEvent.id <= last)) or 0
    if dry_run:
        return count
    last_hash = session.scalar(select(AuditEvent.hash).where(AuditEvent.id == last))
    removed_total = removed_before(newest_checkpoint(session)) + count
    session.execute(delete(AuditEvent).where(AuditEvent.id <= last))
    record(
        session,
        actor,
        now,
        CHECKPOINT_ACTION,
        None,
        through_id=last,
        last_hash=last_hash,
        count=count,
        removed_total=removed_total,
        cutoff=cutoff.isoformat(),
    )
    return count
