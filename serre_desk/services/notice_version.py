"""Whether someone must be shown the privacy notice again: the venue published a version after
they acknowledged (or they never did and a version was published). Read at check-in, so it is one
settings read and no more; the notice itself is `services.privacy_notice`."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from serre_desk.clock import as_utc, parse_instant
from serre_desk.services.settings_store import get_setting

NOTICE_KEY = "privacy.notice"


def published_at(session: Session) -> datetime | None:
    """When the venue published the notice in force (None: the one shipped with the desk)."""
    stored = get_setting(session, NOTICE_KEY)
    if isinstance(stored, dict) and isinstance(stored.get("published_at"), str):
        return parse_instant(stored["published_at"])
    return None


def notice_due(acknowledged_at: datetime | None, published: datetime | None) -> bool:
    """Whether a person who acknowledged at `acknowledged_at` must acknowledge again."""
    if published is None:
        return False
    return acknowledged_at is None or as_utc(acknowledged_at) < as_utc(published)


def needs_acknowledgement(session: Session, acknowledged_at: datetime | None) -> bool:
    return notice_due(acknowledged_at, published_at(session))
