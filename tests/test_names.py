"""Names are cleaned for storage and folded for search."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from serre_desk.domain.errors import Refusal
from serre_desk.domain.names import MAX_NAME_LENGTH, clean_name, clean_notes, search_key


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("  Mario   Rossi ", "Mario Rossi"),
        ("Nicco\u0301lo\u0300", "Niccólò"),  # decomposed accents become NFC
        ("Zo\u00eb\u202e evil", "Zoë evil"),  # a right-to-left override is stripped
        ("Ali\x00ce\x07", "Alice"),  # control characters are stripped
        ("李小龙", "李小龙"),
        ("محمد علي", "محمد علي"),
    ],
)
def test_names_are_cleaned(typed: str, stored: str) -> None:
    assert clean_name(typed) == unicodedata.normalize("NFC", stored)


@pytest.mark.parametrize("typed", ["", "   ", "\u202e\u200f", "\x00\x01"])
def test_empty_names_are_refused(typed: str) -> None:
    with pytest.raises(Refusal) as refused:
        clean_name(typed)
    assert refused.value.code == "name_empty"


def test_names_longer_than_120_characters_are_refused() -> None:
    assert clean_name("a" * MAX_NAME_LENGTH) == "a" * MAX_NAME_LENGTH
    with pytest.raises(Refusal) as refused:
        clean_name("a" * (MAX_NAME_LENGTH + 1))
    assert refused.value.code == "name_too_long"


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("niccolo", "Niccolò"),
        ("elena", "ÈLENA"),
        ("lukasz", "Łukasz"),
        ("dorde", "Đorđe"),
        ("zoe", "Zoë"),
        ("soren", "Søren"),
        ("strasse", "Straße"),
    ],
)
def test_search_key_folds_case_and_accents(query: str, name: str) -> None:
    assert search_key(query) == search_key(name)


@given(st.text(max_size=300))
def test_any_text_is_cleaned_or_refused_never_crashes(raw: str) -> None:
    try:
        name = clean_name(raw)
    except Refusal as refusal:
        assert refusal.code in {"name_empty", "name_too_long"}
        return
    assert 1 <= len(name) <= MAX_NAME_LENGTH
    assert name == unicodedata.normalize("NFC", name)
    assert name == name.strip()
    assert not any(unicodedata.category(ch) == "Cc" for ch in name)
    assert not any(ch in name for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert clean_name(name) == name  # cleaning is idempotent
    assert search_key(name) == search_key(search_key(name))


def test_notes_keep_their_line_breaks() -> None:
    typed = "  Allergia: arachidi \r\n\n\n EpiPen nello zaino\t\n\n"
    assert clean_notes(typed, 2000) == "Allergia: arachidi\n\nEpiPen nello zaino"
    assert clean_notes(" \n \n", 2000) is None


@given(st.text(max_size=400), st.integers(min_value=1, max_value=300))
def test_any_notes_are_cleaned_within_the_limit(raw: str, limit: int) -> None:
    notes = clean_notes(raw, limit)
    if notes is None:
        return
    assert 1 <= len(notes) <= limit
    assert notes == notes.strip()
    assert "\n\n\n" not in notes
    assert all(line == line.strip() for line in notes.split("\n"))
    assert not any(unicodedata.category(ch) == "Cc" for ch in notes.replace("\n", ""))
    assert clean_notes(notes, limit) == notes  # cleaning is idempotent
