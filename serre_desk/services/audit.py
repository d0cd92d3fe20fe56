"""The audit log: append-only, each event chained to the previous one by its hash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from serre_desk.clock import as_utc
from serre_desk.services.actor import Actor
from serre_desk.storage.models import AuditEvent, AuditHead

GENESIS_HASH = "0" * 64


def event_hash(
    prev_hash: str,
    at: datetime,
    actor: str,
    desk: str,
    action: str,
    subject_id: int | None,
    detail: str,
    reason: str | None,
) -> str:
    payload = json.dumps(
        [prev_hash, at.isoformat(), actor, desk, action, subject_id, detail, reason],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def record(
    session: Session,
    actor: Actor,
    at: datetime,
    action: str,
    subject_id: int | None = None,
    reason: str | None = None,
    **detail: Any,
) -> AuditEvent:
    """Append one event inside the caller's transaction. People appear by id only, never by name."""
    head = session.execute(
        select(AuditHead).where(AuditHead.id == 1).with_for_update()
    ).scalar_one_or_none()
    if head is None:
        head = AuditHead(id=1, last_hash=GENESIS_HASH)
        session.add(head)
    detail_text = json.dumps(detail, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    at = as_utc(at)
    digest = event_hash(
        head.last_hash, at, actor.user, actor.desk, action, subject_id, detail_text, reason
    )
    event = AuditEvent(
        at=at,
        actor=actor.user,
        desk=actor.desk,
        action=action,
        subject_id=subject_id,
        detail=detail_text,
        reason=reason,
        prev_hash=head.last_hash,
        hash=digest,
    )
    session.add(event)
    head.last_hash = digest
    return event


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
