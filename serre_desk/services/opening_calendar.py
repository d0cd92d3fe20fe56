"""Opening hours as a week and closed days as a calendar, saved the way the settings page edits
them: the whole week, or a year's closed days, in one transaction; each change audited from → to.

Italy's national holidays and Bologna's patron saint (San Petronio, 4 October) are offered for a
year from the `holidays` package (Italy, province of Bologna), which keeps Easter Monday and any
change of the law right; the names are ours, in the desk's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from serre_desk.domain.venue import validate_hours
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.permissions import require_manager
from serre_desk.services.settings_admin import about
from serre_desk.services.venue import opening_hours, write_day_hours
from serre_desk.storage.database import Database
from serre_desk.storage.models import ClosedDay

Week = tuple[tuple[time, time] | None, ...]  # Monday first; None: closed that weekday

HOLIDAY_NAMES = {  # the names `holidays` gives (English), in the desk's words
    "New Year's Day": QT_TRANSLATE_NOOP("Holiday", "New Year's Day"),
    "Epiphany": QT_TRANSLATE_NOOP("Holiday", "Epiphany"),
    "Easter Sunday": QT_TRANSLATE_NOOP("Holiday", "Easter Sunday"),
    "Easter Monday": QT_TRANSLATE_NOOP("Holiday", "Easter Monday"),
    "Liberation Day": QT_TRANSLATE_NOOP("Holiday", "Liberation Day"),
    "Labor Day": QT_TRANSLATE_NOOP("Holiday", "Labour Day"),
    "Republic Day": QT_TRANSLATE_NOOP("Holiday", "Republic Day"),
    "Assumption Of Mary Day": QT_TRANSLATE_NOOP("Holiday", "Assumption (Ferragosto)"),
    "All Saints' Day": QT_TRANSLATE_NOOP("Holiday", "All Saints' Day"),
    "Immaculate Conception": QT_TRANSLATE_NOOP("Holiday", "Immaculate Conception"),
    "Christmas Day": QT_TRANSLATE_NOOP("Holiday", "Christmas Day"),
    "Saint Stephen's Day": QT_TRANSLATE_NOOP("Holiday", "Saint Stephen's Day"),
    "Saint Petronius's Day": QT_TRANSLATE_NOOP("Holiday", "San Petronio (Bologna)"),
    "Saint Francis of Assisi, Patron Saint of Italy": QT_TRANSLATE_NOOP(
        "Holiday", "Saint Francis of Assisi"
    ),
    "National Unity Day": QT_TRANSLATE_NOOP("Holiday", "National Unity Day"),
}


@dataclass(frozen=True)
class Holiday:
    day: date
    names: tuple[str, ...]  # English sources, translated under the "Holiday" context


def holidays_for(year: int) -> list[Holiday]:
    """Italy's public holidays in `year` and Bologna's patron saint, in date order."""
    import holidays

    found = holidays.country_holidays("IT", subdiv="BO", years=year)
    return [
        Holiday(day, tuple(HOLIDAY_NAMES.get(part, part) for part in str(name).split("; ")))
        for day, name in sorted(found.items())
    ]


def read_week(db: Database) -> Week:
    with db.read() as session:
        return opening_hours(session).weekly


def _text(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def save_calendar(
    db: Database,
    actor: Actor,
    week: Week,
    year: int,
    days: set[date],
    *,
    now: datetime,
) -> int:
    """The opening hours of all seven weekdays and the closed days of `year` (days of other
    years are left alone), in one transaction; returns how many weekdays and days changed."""
    require_manager(actor)
    for weekday, hours in enumerate(week):
        with about("hours", weekday):
            validate_hours(*(hours or (None, None)))
    with db.write() as session:
        return _save_week(session, actor, week, now) + _save_closed(session, actor, year, days, now)


def _save_week(session: Session, actor: Actor, week: Week, now: datetime) -> int:
    return sum(
        write_day_hours(session, actor, weekday, *(hours or (None, None)), now=now)
        for weekday, hours in enumerate(week)
    )


def closed_days(db: Database, year: int) -> list[date]:
    with db.read() as session:
        return sorted(session.scalars(_closed_in(year, ClosedDay.day)))


def _closed_in(year: int, what: Any) -> Any:
    return select(what).where(
        ClosedDay.day >= date(year, 1, 1), ClosedDay.day <= date(year, 12, 31)
    )


def _save_closed(session: Session, actor: Actor, year: int, days: set[date], now: datetime) -> int:
    wanted = {day for day in days if day.year == year}
    rows = {row.day: row for row in session.scalars(_closed_in(year, ClosedDay))}
    for day in sorted(wanted - set(rows)):
        session.add(ClosedDay(day=day))
        record(session, actor, now, "closed_day", None, day=day.isoformat(), closed=True)
    for day in sorted(set(rows) - wanted):
        session.delete(rows[day])
        record(session, actor, now, "closed_day", None, day=day.isoformat(), closed=False)
    return len(wanted ^ set(rows))
