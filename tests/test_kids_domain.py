"""Pickup codes and age-band ratios: the pure rules."""

from __future__ import annotations

from datetime import date

import pytest

from serre_desk.domain import pickup_codes
from serre_desk.domain.errors import Refusal
from serre_desk.domain.pickup_codes import ALPHABET, codes_match, new_code, normalise
from serre_desk.domain.ratios import age_in_months, band_for, bands, educators_needed

LOOK_ALIKES = ("0OQD", "1IL", "2Z", "5S", "8B", "6G", "UV")
VOWELS = "AEIOUY"


def test_the_alphabet_has_no_vowels_and_no_look_alikes() -> None:
    assert not set(ALPHABET) & set(VOWELS)
    for group in LOOK_ALIKES:
        assert len(set(ALPHABET) & set(group)) <= 1, group
    assert not set(ALPHABET) & set("0O1IL")  # not even one of the worst pairs
    assert len(set(ALPHABET)) == len(ALPHABET) == 18


def test_new_codes_are_four_characters_of_the_alphabet_and_vary() -> None:
    codes = {new_code() for _ in range(300)}
    assert all(len(code) == 4 and set(code) <= set(ALPHABET) for code in codes)
    assert len(codes) > 250  # 18**4 = 104,976 possible: repeats are rare


def test_a_new_code_is_never_one_already_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    draws = iter("KKKK" + "KKKK" + "7XC3")  # the secure source first repeats a taken code
    monkeypatch.setattr(pickup_codes.secrets, "choice", lambda _alphabet: next(draws))
    assert new_code({"KKKK"}) == "7XC3"


def test_codes_are_read_case_insensitively_and_without_separators() -> None:
    assert normalise(" k7x-3 ") == "K7X3"
    assert codes_match("k7x3", "K7X3")
    assert not codes_match("K7X4", "K7X3")
    assert not codes_match("K7X3", None)
    for not_a_code in ("", "K7X", "K7X3K", "A7X3", "K0X3", "5GGAI6D75GLBLBD7NTT3TU7TNK2TGPVVCEIE"):
        assert normalise(not_a_code) is None


@pytest.mark.parametrize(
    ("birth", "months"),
    [
        (date(2026, 11, 25), 0),
        (date(2025, 11, 26), 11),  # one day short of a year
        (date(2025, 11, 25), 12),
        (date(2023, 11, 26), 35),
        (date(2023, 11, 25), 36),
        (date(2024, 2, 29), 32),
    ],
)
def test_age_in_whole_months(birth: date, months: int) -> None:
    assert age_in_months(birth, date(2026, 11, 25)) == months


def test_bands_and_their_default_ratios() -> None:
    day = date(2026, 11, 25)
    age_bands = bands()
    assert [
        band_for(b, day, age_bands).ratio
        for b in (
            date(2025, 11, 26),
            date(2025, 11, 25),
            date(2023, 11, 26),
            date(2023, 11, 25),
            None,
        )
    ] == [5, 7, 7, 10, 5]  # no birth date: the strictest band


def test_educators_needed_adds_exact_fractions_then_rounds_up() -> None:
    day = date(2026, 11, 25)
    baby, toddler, older = date(2026, 5, 1), date(2024, 6, 1), date(2021, 1, 1)
    age_bands = bands()
    assert educators_needed([], day, age_bands) == 0
    assert educators_needed([baby] * 5, day, age_bands) == 1
    assert educators_needed([baby] * 6, day, age_bands) == 2
    assert educators_needed([baby] * 4 + [toddler], day, age_bands) == 1  # 4/5 + 1/7 = 33/35
    assert educators_needed([baby] * 4 + [toddler] * 2, day, age_bands) == 2  # 38/35
    assert educators_needed([older] * 10, day, age_bands) == 1
    assert educators_needed([toddler] * 7 + [older] * 10, day, age_bands) == 2
    assert educators_needed([older] * 10, day, bands({"over_36_months": 8})) == 2


def test_a_ratio_must_be_sensible() -> None:
    with pytest.raises(Refusal) as refused:
        bands({"under_12_months": 0})
    assert refused.value.code == "bad_ratio"
