"""Time: stored in UTC, shown in Europe/Rome; a venue day runs from local midnight to midnight."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

VENUE_TZ = ZoneInfo("Europe/Rome")
UTC = UTC


class NaiveDatetimeError(ValueError):
    """A datetime without an offset reached a place that needs an instant."""


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """The same instant in UTC; naive datetimes are refused, never guessed."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise NaiveDatetimeError(f"datetime without offset: {moment.isoformat()}")
    return moment.astimezone(UTC)


def to_local(moment: datetime) -> datetime:
    return as_utc(moment).astimezone(VENUE_TZ)


def local_date(moment: datetime) -> date:
    return to_local(moment).date()


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """UTC start (inclusive) and end (exclusive) of a venue day: 23 or 25 hours on DST days."""
    start = datetime.combine(day, time(0), VENUE_TZ)
    end = datetime.combine(day + timedelta(days=1), time(0), VENUE_TZ)
    return start.astimezone(UTC), end.astimezone(UTC)


def local_instant(day: date, at: time) -> datetime:
    """The UTC instant of a wall-clock time on a venue day (first occurrence when it repeats)."""
    return datetime.combine(day, at, VENUE_TZ).astimezone(UTC)


def parse_instant(text: str) -> datetime:
    """Parse ISO 8601 with an offset or `Z`; a time without offset is ambiguous and refused."""
    cleaned = text.strip()
    if cleaned.endswith(("Z", "z")):
        cleaned = cleaned[:-1] + "+00:00"
    moment = datetime.fromisoformat(cleaned)
    return as_utc(moment)


def iso_local(moment: datetime) -> str:
    """ISO 8601 in venue time with its offset, e.g. 2026-11-20T09:05:00+01:00."""
    return to_local(moment).replace(microsecond=0).isoformat()
