"""Areas, opening hours and closed days: read by every rule, changed by managers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from serre_desk.domain.errors import NotFound
from serre_desk.domain.people import PersonKind
from serre_desk.domain.venue import (
    DEFAULT_AREAS,
    DEFAULT_HOURS,
    WEEKDAYS,
    OpeningHours,
    validate_hours,
)
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.permissions import require_manager
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, ClosedDay, OpeningDay


@dataclass(frozen=True)
class AreaInfo:
    id: int
    key: str
    name: str
    capacity: int
    for_children: bool


def _info(area: Area) -> AreaInfo:
    return AreaInfo(area.id, area.key, area.name, area.capacity, area.for_children)


def seed_defaults(session: Session) -> None:
    """Default areas and hours for a new database (does nothing once areas exist)."""
    if session.scalar(select(func.count()).select_from(Area)):
        return
    for position, spec in enumerate(DEFAULT_AREAS):
        session.add(
            Area(
                key=spec.key,
                name=spec.name,
                capacity=spec.capacity,
                for_children=spec.for_children,
                position=position,
            )
        )
    for weekday, hours in enumerate(DEFAULT_HOURS.weekly):
        opens, closes = (h.strftime("%H:%M") for h in hours) if hours else (None, None)
        session.add(OpeningDay(weekday=weekday, opens=opens, closes=closes))


def list_areas(db: Database) -> list[AreaInfo]:
    with db.read() as session:
        return [_info(a) for a in session.scalars(select(Area).order_by(Area.position, Area.id))]


def find_area(session: Session, key: str) -> Area:
    area = session.scalar(select(Area).where(Area.key == key))
    if area is None:
        raise NotFound(
            "unknown_area", QT_TRANSLATE_NOOP("Refusal", "There is no area {key!r}."), key=key
        )
    return area


def default_area_for(session: Session, kind: PersonKind) -> Area:
    """The first area meant for this kind of person (children's area for children)."""
    wants_children = kind is PersonKind.CHILD
    area = session.scalar(
        select(Area)
        .where(Area.for_children == wants_children)
        .order_by(Area.position, Area.id)
        .limit(1)
    )
    if area is None:
        raise NotFound("no_area", QT_TRANSLATE_NOOP("Refusal", "No area is configured."))
    return area


def _parse_hhmm(text: str | None) -> time | None:
    return time.fromisoformat(text) if text else None


def opening_hours(session: Session) -> OpeningHours:
    rows = {row.weekday: row for row in session.scalars(select(OpeningDay))}
    weekly: list[tuple[time, time] | None] = []
    for weekday in range(7):
        row = rows.get(weekday)
        opens, closes = (_parse_hhmm(row.opens), _parse_hhmm(row.closes)) if row else (None, None)
        weekly.append((opens, closes) if opens and closes else None)
    closed = frozenset(session.scalars(select(ClosedDay.day)))
    return OpeningHours(weekly=tuple(weekly), closed_days=closed)


def read_opening_hours(db: Database) -> OpeningHours:
    with db.read() as session:
        return opening_hours(session)


def set_hours(
    db: Database,
    actor: Actor,
    weekday: int,
    opens: time | None,
    closes: time | None,
    *,
    now: datetime,
) -> None:
    """Opening hours of one weekday; both None marks the weekday closed."""
    require_manager(actor)
    if opens and closes:
        validate_hours(opens, closes)
    with db.write() as session:
        write_day_hours(session, actor, weekday, opens, closes, now=now)


def write_day_hours(
    session: Session,
    actor: Actor,
    weekday: int,
    opens: time | None,
    closes: time | None,
    *,
    now: datetime,
) -> bool:
    """One weekday's hours inside the caller's transaction (the command line sets one, the
    settings page the week), audited from → to; False when they were already so."""
    row = session.get(OpeningDay, weekday)
    opens_text = opens.strftime("%H:%M") if opens else None
    closes_text = closes.strftime("%H:%M") if closes else None
    if row is not None and (row.opens, row.closes) == (opens_text, closes_text):
        return False
    row = row or OpeningDay(weekday=weekday)
    before = {"opens": row.opens, "closes": row.closes}
    row.opens, row.closes = opens_text, closes_text
    session.add(row)
    record(
        session,
        actor,
        now,
        "hours_set",
        None,
        weekday=WEEKDAYS[weekday],
        opens=opens_text,
        closes=closes_text,
        before=before,
    )
    return True


def set_closed_day(
    db: Database, actor: Actor, day: date, *, now: datetime, closed: bool = True
) -> None:
    require_manager(actor)
    with db.write() as session:
        existing = session.get(ClosedDay, day)
        if closed and existing is None:
            session.add(ClosedDay(day=day))
        elif not closed and existing is not None:
            session.delete(existing)
        record(session, actor, now, "closed_day", None, day=day.isoformat(), closed=closed)
