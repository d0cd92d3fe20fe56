"""The venue's configuration: areas, opening hours, closed days. Plain values, validated here."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time

from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
AREA_KEY = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
NEAR_FULL_SHARE = 0.85


@dataclass(frozen=True)
class AreaSpec:
    key: str
    name: str
    capacity: int
    for_children: bool = False


DEFAULT_AREAS = (
    AreaSpec("coworking", "Coworking", 40),
    AreaSpec("kids", "Spazio bimbi", 15, for_children=True),
)


@dataclass(frozen=True)
class OpeningHours:
    """Per weekday (0 = Monday) an (open, close) pair or None when closed; plus closed dates."""

    weekly: tuple[tuple[time, time] | None, ...]
    closed_days: frozenset[date] = field(default_factory=frozenset)

    def hours(self, day: date) -> tuple[time, time] | None:
        """`day`'s (open, close) times, or None when the venue is closed that day."""
        return None if day in self.closed_days else self.weekly[day.weekday()]

    def closing_time(self, day: date) -> time | None:
        hours = self.hours(day)
        return hours[1] if hours else None

    def opening_time(self, day: date) -> time | None:
        hours = self.hours(day)
        return hours[0] if hours else None


DEFAULT_HOURS = OpeningHours(weekly=((time(8, 30), time(19, 30)),) * 5 + (None, None))


def validate_area_key(key: str) -> str:
    if not AREA_KEY.match(key):
        raise Refusal(
            "bad_area_key",
            QT_TRANSLATE_NOOP(
                "Refusal", "Area key {key!r} must be lowercase letters, digits, - or _."
            ),
            key=key,
        )
    return key


def validate_capacity(capacity: int) -> int:
    if not 0 < capacity <= 10_000:
        raise Refusal(
            "bad_capacity",
            QT_TRANSLATE_NOOP("Refusal", "Capacity must be between 1 and 10000, not {value}."),
            value=capacity,
        )
    return capacity


def parse_weekday(text: str) -> int:
    key = text.strip().lower()[:3]
    italian = ("lun", "mar", "mer", "gio", "ven", "sab", "dom")
    for names in (WEEKDAYS, italian):
        if key in names:
            return names.index(key)
    raise Refusal(
        "bad_weekday",
        QT_TRANSLATE_NOOP("Refusal", "Unknown weekday {day!r}: use mon, tue, … sun."),
        day=text,
    )


def parse_clock(text: str) -> time:
    match = re.fullmatch(r"([01]?\d|2[0-3])[:.]([0-5]\d)", text.strip())
    if not match:
        raise Refusal(
            "bad_time",
            QT_TRANSLATE_NOOP("Refusal", "Time {value!r} is not HH:MM."),
            value=text,
        )
    return time(int(match[1]), int(match[2]))


def validate_hours(opens: time | None, closes: time | None) -> None:
    """A weekday's hours: both times (closing after opening), or neither (closed that day)."""
    if (opens is None) != (closes is None):
        raise Refusal(
            "hours_half",
            QT_TRANSLATE_NOOP("Refusal", "Give both the opening and the closing time, or neither."),
        )
    if opens and closes and closes <= opens:
        raise Refusal(
            "bad_hours",
            QT_TRANSLATE_NOOP("Refusal", "Closing time must come after opening time."),
        )


def occupancy_state(inside: int, capacity: int, near_share: float = NEAR_FULL_SHARE) -> str:
    """ "ok", "near" (≥ 85 %, or the area's own amber threshold) or "full": drives the tile
    colour and its words."""
    if inside >= capacity:
        return "full"
    if inside >= near_share * capacity:
        return "near"
    return "ok"
