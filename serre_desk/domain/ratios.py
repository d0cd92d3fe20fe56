"""Educator-to-child ratios in the kids' space, by age band.

A child's band comes from their age in whole months on the venue day; each band has a ratio
(children per educator). Educators needed = the sum over bands of children in the band ÷ the
band's ratio, rounded up, computed with exact fractions (4 babies at 1:5 and 1 toddler at 1:7 need
one educator: 4/5 + 1/7 = 33/35). A child without a birth date counts in the youngest band, the
strictest one.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP

MAX_RATIO = 50


@dataclass(frozen=True)
class AgeBand:
    key: str
    label: str  # English source, translated under the "AgeBand" context
    below_months: int | None  # the band holds ages under this many months; None: no upper end
    ratio: int  # children per educator


BAND_KEYS = ("under_12_months", "12_to_36_months", "over_36_months")
_LABELS = {
    "under_12_months": QT_TRANSLATE_NOOP("AgeBand", "under 12 months"),
    "12_to_36_months": QT_TRANSLATE_NOOP("AgeBand", "12 to 36 months"),
    "over_36_months": QT_TRANSLATE_NOOP("AgeBand", "over 36 months"),
}
_UPPER = {"under_12_months": 12, "12_to_36_months": 36, "over_36_months": None}
DEFAULT_RATIOS: Mapping[str, int] = {
    "under_12_months": 5,
    "12_to_36_months": 7,
    "over_36_months": 10,
}


def validate_ratio(value: int) -> int:
    if not 1 <= value <= MAX_RATIO:
        raise Refusal(
            "bad_ratio",
            QT_TRANSLATE_NOOP(
                "Refusal", "A ratio is a number of children per educator, 1 to {most}: not {value}."
            ),
            most=MAX_RATIO,
            value=value,
        )
    return value


def bands(ratios: Mapping[str, int] | None = None) -> tuple[AgeBand, ...]:
    """The age bands, youngest first, with `ratios` (band key → children per educator) where
    given and the defaults elsewhere."""
    chosen = {**DEFAULT_RATIOS, **(ratios or {})}
    return tuple(
        AgeBand(key, _LABELS[key], _UPPER[key], validate_ratio(int(chosen[key])))
        for key in BAND_KEYS
    )


@dataclass(frozen=True)
class RatioStatus:
    """An area's children, educators present and educators the children need."""

    children: int
    educators: int
    needed: int

    @property
    def broken(self) -> bool:
        return self.needed > self.educators


def age_in_months(birth: date, on: date) -> int:
    """Whole months from `birth` to `on` (0 before the first month is complete)."""
    months = (on.year - birth.year) * 12 + on.month - birth.month
    if on.day < birth.day:
        months -= 1
    return max(0, months)


def band_for(birth: date | None, on: date, age_bands: tuple[AgeBand, ...]) -> AgeBand:
    if birth is None:
        return age_bands[0]
    months = age_in_months(birth, on)
    for band in age_bands:
        if band.below_months is None or months < band.below_months:
            return band
    return age_bands[-1]


def educators_needed(
    births: Iterable[date | None], on: date, age_bands: tuple[AgeBand, ...]
) -> int:
    """How many educators the children born on `births` need on the day `on`."""
    counts: dict[str, int] = {}
    for birth in births:
        band = band_for(birth, on, age_bands)
        counts[band.key] = counts.get(band.key, 0) + 1
    share = sum((Fraction(counts.get(band.key, 0), band.ratio) for band in age_bands), Fraction(0))
    return math.ceil(share)
