"""Badge codes on their own: shape, round trip, and every way a scan can be refused."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from serre_desk.domain.badge_codes import (
    ALPHABET,
    CODE_LENGTH,
    BadgeCode,
    BadgeKey,
    encode_code,
    grouped,
    looks_like_code,
    new_code_id,
    parse_code,
    read_code,
)
from serre_desk.domain.errors import Refusal

KEY = BadgeKey(key_id=517, secret=bytes(range(32)))
OTHER_VENUE = BadgeKey(key_id=517, secret=bytes(range(1, 33)))
REASONS = {"badge_unreadable", "badge_tampered", "badge_foreign"}


def _code() -> str:
    return encode_code(KEY, new_code_id())


def _refusal(text: str, key: BadgeKey | None = KEY) -> str:
    with pytest.raises(Refusal) as refused:
        read_code(text, key)
    assert refused.value.text("en")
    return refused.value.code


def test_a_code_is_uppercase_base32_that_fits_a_small_qr_code() -> None:
    code = _code()
    assert 24 <= len(code) <= 64 and len(code) == CODE_LENGTH
    assert set(code) <= set(ALPHABET)
    assert grouped(code).replace(" ", "") == code
    assert all(len(group) == 4 for group in grouped(code).split())


def test_codes_differ_and_carry_80_random_bits_and_an_80_bit_tag() -> None:
    ids = {new_code_id() for _ in range(1000)}
    assert len(ids) == 1000
    parsed = parse_code(_code())
    assert len(parsed.code_id) * 5 >= 80 and len(parsed.tag) * 8 >= 80
    assert parsed.key_id == KEY.key_id


def test_the_same_badge_always_gets_the_same_code_so_a_reprint_matches() -> None:
    code_id = new_code_id()
    assert encode_code(KEY, code_id) == encode_code(KEY, code_id)


def test_scanner_and_typing_variants_are_accepted() -> None:
    code = _code()
    for text in (f"  {code}\r\n", code.lower(), grouped(code), grouped(code).replace(" ", "-")):
        assert read_code(text, KEY).code_id == parse_code(code).code_id


def test_every_one_character_change_is_refused_as_tampered() -> None:
    code = _code()
    for position in range(len(code)):
        for char in ALPHABET:
            if char != code[position]:
                changed = code[:position] + char + code[position + 1 :]
                assert _refusal(changed) == "badge_tampered", (position, char)


def test_swapping_two_neighbouring_characters_is_refused_as_tampered() -> None:
    code = _code()
    for position in range(len(code) - 1):
        a, b = code[position], code[position + 1]
        if a != b:
            swapped = code[:position] + b + a + code[position + 2 :]
            assert _refusal(swapped) == "badge_tampered"


def test_a_badge_of_another_venue_is_foreign() -> None:
    foreign = encode_code(OTHER_VENUE, new_code_id())
    assert _refusal(foreign) == "badge_foreign"
    assert _refusal(encode_code(BadgeKey.generate(), new_code_id())) == "badge_foreign"
    assert _refusal(_code(), key=None) == "badge_foreign"  # this venue has issued no badge yet


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "12",
        "Mario Rossi",
        "0" * CODE_LENGTH,
        "A" * (CODE_LENGTH - 1),
        "A" * 65,
        "Ä" * CODE_LENGTH,
        "ß" * (CODE_LENGTH // 2),
        "x" * 10_000,
    ],
)
def test_names_ids_and_junk_are_not_badge_codes(text: str) -> None:
    assert not looks_like_code(text)
    assert _refusal(text) == "badge_unreadable"


def test_a_secret_never_shows_in_a_repr() -> None:
    assert KEY.secret.hex() not in repr(KEY) and str(list(KEY.secret)) not in repr(KEY)
    assert "tag" not in repr(parse_code(_code()))


@settings(max_examples=150)
@given(st.text(max_size=10_000))
def test_any_text_parses_or_is_refused_with_a_reason(text: str) -> None:
    try:
        parsed = read_code(text, KEY)
    except Refusal as refusal:
        assert refusal.code in REASONS and refusal.text("en")
    else:
        assert isinstance(parsed, BadgeCode)


@settings(max_examples=150)
@given(st.text(alphabet=ALPHABET + ALPHABET.lower() + " -", min_size=30, max_size=64))
def test_code_shaped_text_parses_or_is_refused_with_a_reason(text: str) -> None:
    try:
        read_code(text, KEY)
    except Refusal as refusal:
        assert refusal.code in REASONS


@settings(max_examples=100)
@given(
    st.binary(min_size=10, max_size=10).map(lambda raw: int.from_bytes(raw)),
    st.integers(min_value=0, max_value=1023),
    st.binary(min_size=16, max_size=64),
)
def test_encode_then_parse_round_trips(random_id: int, key_id: int, secret: bytes) -> None:
    key = BadgeKey(key_id, secret)
    code_id = "".join(ALPHABET[(random_id >> (5 * i)) & 31] for i in reversed(range(16)))
    code = encode_code(key, code_id)
    parsed = read_code(code, key)
    assert (parsed.key_id, parsed.code_id) == (key_id, code_id)
    assert read_code(grouped(code).lower(), key) == parsed
