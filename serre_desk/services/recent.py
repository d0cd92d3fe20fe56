"""*Ultimi movimenti*: today's last movements at every desk, read from the audit log, so the list
survives a restart and shows the other desks' check-ins and outs, refused pickups and scans."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, select

from serre_desk.clock import as_utc, day_bounds, local_date
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, AuditEvent, Person

RECENT_ACTIONS = ("check_in", "check_out", "auto_close", "pickup_refused", "scan_refused")
LIMIT = 20


@dataclass(frozen=True)
class RecentLine:
    at: datetime  # when it was recorded (UTC)
    action: str  # one of RECENT_ACTIONS
    person_id: int | None
    name: str | None  # None when nobody is known (a foreign badge) or they were anonymised
    area_name: str | None
    visit_id: int | None
    override: bool = False
    detail: dict[str, Any] = field(default_factory=dict)  # the event's own fields


def recent_movements(db: Database, *, now: datetime, limit: int = LIMIT) -> list[RecentLine]:
    """The last `limit` movements of `now`'s venue day, newest first."""
    start, _ = day_bounds(local_date(now))
    query = (
        select(AuditEvent, Person.name)
        .outerjoin(Person, and_(Person.id == AuditEvent.subject_id, Person.anonymised_at.is_(None)))
        .where(AuditEvent.at >= start, AuditEvent.action.in_(RECENT_ACTIONS))
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        .limit(limit)
    )
    with db.read() as session:
        areas = {key: name for key, name in session.execute(select(Area.key, Area.name))}
        rows = session.execute(query).all()
    lines = []
    for event, name in rows:
        detail = json.loads(event.detail or "{}")
        lines.append(
            RecentLine(
                as_utc(event.at),
                event.action,
                event.subject_id,
                name,
                areas.get(detail.get("area", "")),
                detail.get("visit"),
                bool(detail.get("override")),
                detail,
            )
        )
    return lines
