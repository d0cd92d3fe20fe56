"""The dates the desk works with: wide enough for any birth date or plan, narrow enough that a
day's bounds, the next day and a span of a century around it stay representable in Python,
SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import date, datetime

from serre_desk.clock import NaiveDatetimeError, parse_instant
from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP

FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2999, 12, 31)


def out_of_range(text: str) -> Refusal:
    """The refusal of a date or time (typed as `text`) outside the desk's dates."""
    return Refusal(
        "date_out_of_range",
        QT_TRANSLATE_NOOP(
            "Refusal", "{value!r} is outside the dates the desk keeps ({first} to {last})."
        ),
        value=text,
        first=FIRST_DAY.isoformat(),
        last=LAST_DAY.isoformat(),
    )


def check_day(value: date, text: str) -> date:
    """`value` (typed as `text`) when the desk can work with it, else refused."""
    if not FIRST_DAY <= value <= LAST_DAY:
        raise out_of_range(text)
    return value


def checked_instant(text: str) -> datetime:
    """The instant written as `text` (ISO 8601 with an offset or Z) within the desk's dates, else
    refused with the reason."""
    try:
        moment = parse_instant(text)
    except NaiveDatetimeError as error:
        raise Refusal(
            "time_without_offset",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "The time {value!r} needs an offset (+01:00) or Z: it is ambiguous without.",
            ),
            value=text,
        ) from error
    except ValueError as error:
        raise Refusal(
            "bad_instant",
            QT_TRANSLATE_NOOP(
                "Refusal", "{value!r} is not an ISO 8601 time (2026-11-20T09:05+01:00)."
            ),
            value=text,
        ) from error
    except OverflowError as error:  # the offset moves it before year 1 or after 9999
        raise out_of_range(text) from error
    check_day(moment.date(), text)
    return moment
