"""Parsing command-line values into domain values, refusing bad ones with a clear reason."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from serre_desk.clock import NaiveDatetimeError, parse_instant
from serre_desk.domain.errors import Refusal
from serre_desk.domain.people import PersonKind
from serre_desk.i18n import QT_TRANSLATE_NOOP


def instant(text: str) -> datetime:
    try:
        return parse_instant(text)
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


def day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as error:
        raise Refusal(
            "bad_date",
            QT_TRANSLATE_NOOP("Refusal", "{value!r} is not a date (YYYY-MM-DD)."),
            value=text,
        ) from error


def person_id(text: str) -> int:
    """Ids are positive integers; argparse reports anything else as a malformed command line."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a person id (an integer)") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a person id (a positive integer)")
    return value


ADULT_KINDS = [k.value for k in PersonKind if k is not PersonKind.CHILD]
