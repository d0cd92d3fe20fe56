"""The reports' wording, dates and name handling, without making a PDF."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from serre_desk.render import emergency_list, report_layout, visits_csv
from serre_desk.render.fonts import FALLBACK_FONT, FONT, is_plain, name_markup, text_runs
from serre_desk.render.words import (
    FLAG_WORDS,
    ITALIAN,
    KIND_WORDS,
    PLURALS,
    age,
    duration,
    how_many,
    long_date,
)

RENDER = Path(report_layout.__file__).parent
REPORT_MODULES = ("daily_sheet", "period_report", "emergency_list", "report_layout", "charts",
                  "visits_csv")


def _literal_tr_arguments() -> set[str]:
    found: set[str] = set()
    for module in REPORT_MODULES:
        tree = ast.parse((RENDER / f"{module}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            wanted = {"tr": (0,), "counted": (1, 2)}.get(node.func.id, ())
            for index in wanted:
                arg = node.args[index] if index < len(node.args) else None
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
    return found


def test_every_report_string_has_its_italian() -> None:
    strings = _literal_tr_arguments()
    assert len(strings) > 60
    strings |= set(KIND_WORDS.values()) | set(FLAG_WORDS.values()) | set(visits_csv.COLUMNS)
    strings |= {text for pair in PLURALS.values() for text in pair}
    strings |= {report_layout.PRIVACY_NOTE, emergency_list.FOOTER, "Anonymous guest {n}",
                "Anonymous {n}", "Educator"}
    missing = sorted(s for s in strings if s not in ITALIAN)
    assert missing == []


def test_dates_are_written_out_in_the_reports_language() -> None:
    assert long_date(date(2026, 11, 25), "it") == "mercoledì 25 novembre 2026"
    assert long_date(date(2026, 11, 25), "en") == "Wednesday 25 November 2026"
    assert long_date(date(2026, 3, 29), "it") == "domenica 29 marzo 2026"


@pytest.mark.parametrize(
    ("minutes", "shown"), [(155, "2 h 35 min"), (120, "2 h"), (45, "45 min"), (0, "0 min")]
)
def test_durations(minutes: int, shown: str) -> None:
    assert duration(minutes) == shown


def test_counts_agree_with_their_number() -> None:
    assert how_many(1, "guest", "it") == "1 ospite"
    assert how_many(3, "guest", "it") == "3 ospiti"
    assert how_many(1, "person", "en") == "1 person"
    assert how_many(2, "person", "en") == "2 people"


def test_ages_in_months_then_years() -> None:
    assert age(date(2025, 5, 10), date(2026, 11, 20), "it") == "18 m"
    assert age(date(2022, 11, 21), date(2026, 11, 20), "it") == "3 a"
    assert age(date(2022, 11, 20), date(2026, 11, 20), "en") == "4 y"


def test_markup_is_escaped_and_each_run_gets_a_font_that_has_it() -> None:
    assert name_markup("Anna <b>&</b>") == "Anna &lt;b&gt;&amp;&lt;/b&gt;"
    assert text_runs("Zoë 李小龙 김민준") == [
        (FONT, "Zoë "), (FALLBACK_FONT, "李小龙"), (FONT, " "), (FALLBACK_FONT, "김민준")
    ]
    assert name_markup("李 & Co") == f'<font name="{FALLBACK_FONT}">李</font> &amp; Co'
    assert is_plain("Łukasz Đorđe") and not is_plain("李") and not is_plain("שרה")
    assert text_runs("a\nb") == [(FONT, "a b")]
