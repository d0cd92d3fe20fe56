"""The reports' wording, dates and name handling, without making a PDF."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from serre_desk.clock import VENUE_TZ
from serre_desk.domain.ratios import age_in_months
from serre_desk.paths import resources_dir
from serre_desk.render import emergency_list, report_layout, visits_csv
from serre_desk.render.fonts import FALLBACK_FONT, FONT, is_plain, name_markup, text_runs
from serre_desk.render.words import (
    FLAG_WORDS,
    KIND_WORDS,
    MONTHS,
    WEEKDAYS,
    WEEKDAYS_SHORT,
    WORDS,
    age,
    age_words,
    catalogue,
    duration,
    duration_between,
    how_many,
    long_date,
    number,
    weekday_short,
)

RENDER = Path(report_layout.__file__).parent
REPORT_MODULES = (
    "daily_sheet",
    "period_report",
    "emergency_list",
    "report_layout",
    "charts",
    "visits_csv",
)


def _literal_tr_arguments() -> set[str]:
    found: set[str] = set()
    for module in REPORT_MODULES:
        tree = ast.parse((RENDER / f"{module}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            wanted = {"tr": (0,)}.get(node.func.id, ())
            for index in wanted:
                arg = node.args[index] if index < len(node.args) else None
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
    return found


def _italian_report_words() -> dict[str, str]:
    """The finished Italian of the catalogue's "Report" context."""
    root = ET.parse(resources_dir() / "translations" / "serre_desk_it.ts").getroot()
    return {
        message.findtext("source") or "": message.findtext("translation") or ""
        for context in root.iter("context")
        if context.findtext("name") == "Report"
        for message in context.iter("message")
        if message.find("translation").get("type") is None  # type: ignore[union-attr]
    }


def test_every_report_string_is_in_the_catalogue_with_its_italian() -> None:
    strings = _literal_tr_arguments()
    assert len(strings) > 50
    strings |= set(KIND_WORDS.values()) | set(FLAG_WORDS.values()) | set(visits_csv.COLUMNS)
    strings |= {
        report_layout.PRIVACY_NOTE,
        emergency_list.FOOTER,
        "Anonymous guest {n}",
        "Anonymous {n}",
        "Educator",
    }
    marked = {*WORDS, *WEEKDAYS, *WEEKDAYS_SHORT, *MONTHS}
    assert sorted(strings - marked) == [], "marked with QT_TRANSLATE_NOOP in render/words.py"
    italian = _italian_report_words()
    assert sorted(text for text in marked if not italian.get(text)) == []


@pytest.mark.parametrize(
    ("noun", "one", "two"),
    [
        ("educator", "1 educatore", "2 educatori"),
        ("child", "1 bambino", "2 bambini"),
        ("visit", "1 visita", "2 visite"),
        ("auto_closed", "1 uscita automatica", "2 uscite automatiche"),
    ],
)
def test_counts_take_the_plural_form_the_number_needs(noun: str, one: str, two: str) -> None:
    assert (how_many(1, noun, "it"), how_many(2, noun, "it")) == (one, two)
    english = how_many(1, noun, "en"), how_many(2, noun, "en")
    assert "(" not in "".join(english) and english[0].startswith("1 ")


def test_dates_are_written_out_in_the_reports_language() -> None:
    assert long_date(date(2026, 11, 25), "it") == "mercoledì 25 novembre 2026"
    assert long_date(date(2026, 11, 25), "en") == "Wednesday 25 November 2026"
    assert long_date(date(2026, 3, 29), "it") == "domenica 29 marzo 2026"
    assert long_date(date(2026, 5, 1), "en") == "Friday 1 May 2026"
    assert [weekday_short(n, "it") for n in (0, 6)] == ["lun", "dom"]


@pytest.mark.parametrize(
    ("minutes", "shown"),
    [(155, "2 h 35 min"), (61, "1 h 01 min"), (120, "2 h 00 min"), (45, "45 min"), (0, "0 min")],
)
def test_durations_read_alike_on_paper_and_in_the_window(minutes: int, shown: str) -> None:
    assert duration(minutes) == shown
    start = datetime(2026, 11, 20, 9, 0, 50, tzinfo=VENUE_TZ)  # the window's seconds do not count
    assert duration_between(start, start + timedelta(minutes=minutes, seconds=-40)) == shown


@given(st.integers(min_value=0, max_value=60 * 24 * 40))
def test_any_duration_reads_hours_and_two_digit_minutes(minutes: int) -> None:
    shown = duration(minutes)
    hours, rest = divmod(minutes, 60)
    if hours:
        assert re.fullmatch(r"[1-9]\d* h [0-5]\d min", shown), shown
        assert shown == f"{hours} h {rest:02d} min"
    else:
        assert re.fullmatch(r"([1-5]?\d) min", shown) and int(shown.split()[0]) == minutes


def test_counts_agree_with_their_number() -> None:
    assert how_many(1, "guest", "it") == "1 ospite"
    assert how_many(3, "guest", "it") == "3 ospiti"
    assert how_many(1, "person", "en") == "1 person"
    assert how_many(2, "person", "en") == "2 people"


@pytest.mark.parametrize(
    ("birth", "on", "italian", "english"),
    [
        (date(2022, 9, 20), date(2026, 11, 20), "4 anni e 2 mesi", "4 years 2 months"),
        (date(2025, 10, 19), date(2026, 11, 20), "1 anno e 1 mese", "1 year 1 month"),
        (date(2026, 5, 10), date(2026, 11, 20), "6 mesi", "6 months"),
        (date(2026, 10, 20), date(2026, 11, 20), "1 mese", "1 month"),
        (date(2026, 11, 1), date(2026, 11, 20), "0 mesi", "0 months"),
        (date(2022, 11, 21), date(2026, 11, 20), "3 anni e 11 mesi", "3 years 11 months"),
        (date(2022, 11, 20), date(2026, 11, 20), "4 anni", "4 years"),
        (date(2025, 11, 20), date(2026, 11, 20), "1 anno", "1 year"),
    ],
)
def test_ages_in_years_and_months(birth: date, on: date, italian: str, english: str) -> None:
    assert (age(birth, on, "it"), age(birth, on, "en")) == (italian, english)


@given(
    st.dates(min_value=date(2010, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(min_value=0, max_value=365 * 12),
)
def test_any_age_says_its_years_and_months_with_the_right_plural(birth: date, days: int) -> None:
    on = birth + timedelta(days=days)
    months = age_in_months(birth, on)
    years, rest = divmod(months, 12)
    wanted = {
        "it": ([f"{years} {'anno' if years == 1 else 'anni'}"] if years else [])
        + ([f"{rest} {'mese' if rest == 1 else 'mesi'}"] if rest or not years else []),
        "en": ([f"{years} {'year' if years == 1 else 'years'}"] if years else [])
        + ([f"{rest} {'month' if rest == 1 else 'months'}"] if rest or not years else []),
    }
    assert age(birth, on, "it") == " e ".join(wanted["it"])
    assert age(birth, on, "en") == " ".join(wanted["en"])
    assert age_words(months, catalogue("en")) == age(birth, on, "en")


def test_markup_is_escaped_and_each_run_gets_a_font_that_has_it() -> None:
    assert name_markup("Anna <b>&</b>") == "Anna &lt;b&gt;&amp;&lt;/b&gt;"
    assert text_runs("Zoë 李小龙 김민준") == [
        (FONT, "Zoë "),
        (FALLBACK_FONT, "李小龙"),
        (FONT, " "),
        (FALLBACK_FONT, "김민준"),
    ]
    assert name_markup("李 & Co") == f'<font name="{FALLBACK_FONT}">李</font> &amp; Co'
    assert is_plain("Łukasz Đorđe") and not is_plain("李") and not is_plain("שרה")
    assert text_runs("a\nb") == [(FONT, "a b")]


def test_numbers_are_written_the_languages_way() -> None:
    italian = [number(39, "it", 1), number(1.25, "it", 1), number(1250, "it")]
    assert italian == ["39,0", "1,3", "1.250"]
    assert [number(39, "en", 1), number(1250, "en")] == ["39.0", "1,250"]
