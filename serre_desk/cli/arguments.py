"""Parsing command-line values into domain values, refusing bad ones with a clear reason.

Each parser raises `BadValue`: as argparse's `type=` it is a malformed command line (one line,
exit 2); called by a command's handler it is a refusal like any other (one line, exit 1).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime

from serre_desk.domain.dates import check_day, checked_instant
from serre_desk.domain.errors import Refusal
from serre_desk.domain.people import PersonKind
from serre_desk.i18n import QT_TRANSLATE_NOOP

# Ids and counts fit PostgreSQL's `integer` (the narrowest column they go into).
LARGEST_NUMBER = 2**31 - 1


class BadValue(Refusal, argparse.ArgumentTypeError):
    """An input value refused: argparse reports it as a usage error, handlers as a refusal."""

    def __str__(self) -> str:  # argparse prints str(): the current language, set before parsing
        return self.text()

    @classmethod
    def of(cls, refusal: Refusal) -> BadValue:
        return cls(refusal.code, refusal.message, **refusal.params)


def _in_range(moment: date, text: str) -> None:
    try:
        check_day(moment, text)
    except Refusal as refusal:
        raise BadValue.of(refusal) from None


def instant(text: str) -> datetime:
    try:
        return checked_instant(text)
    except Refusal as refusal:
        raise BadValue.of(refusal) from None


def day(text: str) -> date:
    try:
        value = date.fromisoformat(text.strip())
    except ValueError as error:
        raise BadValue(
            "bad_date",
            QT_TRANSLATE_NOOP("Refusal", "{value!r} is not a date (YYYY-MM-DD)."),
            value=text,
        ) from error
    _in_range(value, text)
    return value


def whole_number(least: int, most: int) -> Callable[[str], int]:
    """A parser of whole numbers from `least` to `most`."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:  # not digits, or more digits than Python converts
            value = least - 1
        if not least <= value <= most:
            raise BadValue(
                "bad_number",
                QT_TRANSLATE_NOOP(
                    "Refusal", "{value!r} is not a whole number from {least} to {most}."
                ),
                value=text,
                least=least,
                most=most,
            )
        return value

    return parse


person_id = whole_number(1, LARGEST_NUMBER)
count = whole_number(0, LARGEST_NUMBER)
days = whole_number(0, 36_525)  # a century: a span back from today stays a date
months = whole_number(0, 1_200)


ADULT_KINDS = [k.value for k in PersonKind if k is not PersonKind.CHILD]
