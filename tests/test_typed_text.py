"""One cleaner for every free text a person types (names, area names, organisations, notes,
reasons): invisible controls and bidi marks never reach the database, whatever the field."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from serre_desk.domain.errors import Refusal
from serre_desk.domain.names import clean_line, clean_name, clean_notes, clean_optional
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.permissions import require_reason
from serre_desk.services.visits import check_in, check_out
from serre_desk.storage.database import Database
from serre_desk.storage.models import AuditEvent
from tests.conftest import MORNING, CliRunner
from tests.helpers import person

BIDI = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
TRICKY = BIDI + "\x00\x07\x1b\x7f\x85\u200b\ufeff\ue000\u2028\t\r\n \u0301\u0308"
# Text with the characters that hide or reorder what staff read, mixed into anything else.
typed_text = st.text(
    alphabet=st.one_of(st.characters(exclude_categories=["Cs"]), st.sampled_from(TRICKY)),
    max_size=200,
)

CLEANERS: dict[str, Callable[[str], str | None]] = {
    "name": clean_name,
    "optional": clean_optional,
    "notes": lambda text: clean_notes(text, 500),
    "reason": require_reason,
}


def _visible(text: str) -> bool:
    """No control, format, private-use or unassigned character, no bidi mark."""
    return not any(
        ch in BIDI
        or unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn")
        or (unicodedata.category(ch) == "Cf" and ch not in "\u200c\u200d")
        for ch in text.replace("\n", "")
    )


@given(typed_text)
def test_clean_line_is_visible_single_spaced_normalised_and_idempotent(raw: str) -> None:
    line = clean_line(raw)
    assert _visible(line) and "\n" not in line
    assert line == line.strip() and "  " not in line
    assert all(ch == " " or not ch.isspace() for ch in line)
    assert line == unicodedata.normalize("NFC", line)
    assert clean_line(line) == line


@pytest.mark.parametrize("field", sorted(CLEANERS))
@given(raw=typed_text)
def test_every_typed_field_is_cleaned_the_same_way(field: str, raw: str) -> None:
    try:
        cleaned = CLEANERS[field](raw)
    except Refusal:  # an empty name or reason, a name too long: refused, never stored
        return
    if cleaned is None:
        return
    assert _visible(cleaned)
    assert all(clean_line(line) == line for line in cleaned.split("\n"))


def test_a_letter_and_its_accent_split_by_an_invisible_mark_join_again() -> None:
    assert clean_line("Nicolo\u200b\u0300") == "Nicolò"


def test_area_names_are_cleaned_like_peoples(cli: CliRunner) -> None:
    typed = "\u202eSala\x07  eventi\u2066 "
    assert cli("area", "set", "hall", "--name", typed, "--capacity", "30").returncode == 0
    areas = json.loads(cli("area", "list", "--json").stdout)["areas"]
    assert [a["name"] for a in areas if a["key"] == "hall"] == ["Sala eventi"]
    renamed = cli("area", "set", "hall", "--name", "\u202e\u200f", "--lang", "en")
    assert renamed.returncode == 1 and "The name is empty" in renamed.stderr


def test_reasons_are_cleaned_and_kept_on_several_lines() -> None:
    assert (
        require_reason(" Forgot\u202e to scan\x1b \n\n\n at 9:00 ") == "Forgot to scan\n\nat 9:00"
    )
    with pytest.raises(Refusal):
        require_reason("\u200f \x00")


def test_an_optional_reason_is_cleaned_in_the_audit_log(db: Database) -> None:
    mario = person(db, "Mario Rossi")
    check_in(db, LOCAL_ADMIN, mario, now=MORNING)
    check_out(db, LOCAL_ADMIN, mario, now=MORNING, reason="  uscito\u202e prima\x07  ")
    with db.read() as session:
        reasons = session.scalars(
            select(AuditEvent.reason).where(AuditEvent.action == "check_out")
        ).all()
    assert reasons == ["uscito prima"]
