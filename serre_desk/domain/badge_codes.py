"""Badge codes: what a badge's QR code and printed letters carry, and how a scan is read back.

A code carries no personal data. It is 36 characters of uppercase base32 (A–Z, 2–7: the only
characters every keyboard layout and scanner setting delivers unchanged, and QR alphanumeric mode
encodes compactly), 180 bits in this order:

    key id (10 bits) | random id (80 bits) | tag (80 bits) | check (10 bits)

- the *key id* names the venue key that made the tag (a venue may change its key one day);
- the *random id* is the badge's identity in the database (`Badge.code_id`), from `secrets`;
- the *tag* is HMAC-SHA256 over the key id and random id with the venue's secret key, truncated to
  80 bits: without the key nobody can make a code that verifies;
- the *check* is a CRC-10 over everything before it. It is not a secret: it tells a code that was
  altered or mistyped (any change of one character, or of two neighbours, always breaks it) from a
  well-formed code made with another key (a badge of another venue).

Reading a scan (`read_code`) refuses, each with its own `Refusal` code:
`badge_unreadable` (not a badge code at all: wrong length or characters, a name, a person's id),
`badge_tampered` (the check fails), `badge_foreign` (the check holds but the key id or tag is not
this venue's). Revoked and expired badges are told apart later, with the database.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
CODE_LENGTH = 36
MAX_INPUT_LENGTH = 64
GROUP_SIZE = 4

KEY_ID_BITS = 10
RANDOM_BITS = 80
TAG_BITS = 80
CHECK_BITS = 10
_CHECKED_BITS = KEY_ID_BITS + RANDOM_BITS + TAG_BITS
_CRC10_POLY = 0x633  # x^10 + x^9 + x^5 + x^4 + x + 1: detects every burst of up to 10 bits
_TAG_CONTEXT = b"serre-desk badge v1"
_VALUES = {char: value for value, char in enumerate(ALPHABET)}
_ACCEPTED = frozenset(ALPHABET + ALPHABET.lower())
_SEPARATORS = str.maketrans("", "", " -")

assert (KEY_ID_BITS + RANDOM_BITS + TAG_BITS + CHECK_BITS) == 5 * CODE_LENGTH


@dataclass(frozen=True)
class BadgeKey:
    """The venue's secret badge key. Its repr never shows the secret."""

    key_id: int
    secret: bytes = field(repr=False)

    @classmethod
    def generate(cls) -> BadgeKey:
        return cls(secrets.randbelow(1 << KEY_ID_BITS), secrets.token_bytes(32))


@dataclass(frozen=True)
class BadgeCode:
    """A code that is well formed and passed its check; `verify_code` says whether it is ours."""

    key_id: int
    code_id: str  # the random id, as 16 base32 characters: `Badge.code_id`
    tag: bytes = field(repr=False)


def new_code_id() -> str:
    """A fresh random id for a badge (80 bits from the operating system's CSPRNG)."""
    return _to_base32(secrets.randbits(RANDOM_BITS), RANDOM_BITS // 5)


def encode_code(key: BadgeKey, code_id: str) -> str:
    """The full code of the badge `code_id` under `key`: the same inputs always give the same code,
    so a reprint carries the same code."""
    random_id = _from_base32(code_id)
    if random_id is None or len(code_id) * 5 != RANDOM_BITS:
        raise ValueError("a code id is 16 base32 characters")
    tag = _tag(key, random_id)
    body = (key.key_id << (RANDOM_BITS + TAG_BITS)) | (random_id << TAG_BITS) | int.from_bytes(tag)
    value = (body << CHECK_BITS) | _crc10(body)
    return _to_base32(value, CODE_LENGTH)


def normalise_code(text: str) -> str | None:
    """The code in canonical form (trimmed, group separators dropped, upper case), or None when
    `text` cannot be a badge code. Anything over 64 characters is rejected before any other work."""
    if len(text) > MAX_INPUT_LENGTH:
        return None
    cleaned = text.strip().translate(_SEPARATORS)
    if len(cleaned) != CODE_LENGTH or not _ACCEPTED.issuperset(cleaned):
        return None
    return cleaned.upper()


def looks_like_code(text: str) -> bool:
    """Whether typed or scanned text has the shape of a badge code (the desk's search field uses it
    to decide between a scan and a name search)."""
    return normalise_code(text) is not None


def parse_code(text: str) -> BadgeCode:
    """A well-formed code with an intact check, or a `Refusal` (`badge_unreadable`,
    `badge_tampered`). Says nothing yet about whose key made it."""
    cleaned = normalise_code(text)
    if cleaned is None:
        raise Refusal(
            "badge_unreadable",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "This is not a Serre badge: scan it again, or type the person's name.",
            ),
        )
    value = _from_base32(cleaned)
    assert value is not None
    body, check = value >> CHECK_BITS, value & ((1 << CHECK_BITS) - 1)
    if _crc10(body) != check:
        raise Refusal(
            "badge_tampered",
            QT_TRANSLATE_NOOP(
                "Refusal", "This badge code has been tampered with or mistyped: it is not valid."
            ),
        )
    tag = (body & ((1 << TAG_BITS) - 1)).to_bytes(TAG_BITS // 8)
    random_id = (body >> TAG_BITS) & ((1 << RANDOM_BITS) - 1)
    key_id = body >> (RANDOM_BITS + TAG_BITS)
    return BadgeCode(key_id, _to_base32(random_id, RANDOM_BITS // 5), tag)


def verify_code(code: BadgeCode, key: BadgeKey | None) -> None:
    """Refuse (`badge_foreign`) a code not made with this venue's key; tags compared in constant
    time. `key` is None while the venue has issued no badge yet."""
    random_id = _from_base32(code.code_id)
    if (
        key is None
        or random_id is None
        or code.key_id != key.key_id
        or not hmac.compare_digest(_tag(key, random_id), code.tag)
    ):
        raise Refusal(
            "badge_foreign",
            QT_TRANSLATE_NOOP("Refusal", "This is not a badge of this venue."),
        )


def read_code(text: str, key: BadgeKey | None) -> BadgeCode:
    """Parse and verify scanned or typed text: the badge code, or a `Refusal` with the reason."""
    code = parse_code(text)
    verify_code(code, key)
    return code


def grouped(code: str) -> str:
    """The code in groups of four for reading aloud and typing: `ABCD EFGH …`."""
    return " ".join(code[i : i + GROUP_SIZE] for i in range(0, len(code), GROUP_SIZE))


def _tag(key: BadgeKey, random_id: int) -> bytes:
    message = _TAG_CONTEXT + key.key_id.to_bytes(2) + random_id.to_bytes(RANDOM_BITS // 8)
    return hmac.new(key.secret, message, hashlib.sha256).digest()[: TAG_BITS // 8]


def _crc10(value: int) -> int:
    """CRC-10 of the `_CHECKED_BITS`-bit number `value` (polynomial division over GF(2))."""
    register = value << CHECK_BITS
    for shift in range(_CHECKED_BITS - 1, -1, -1):
        if (register >> (shift + CHECK_BITS)) & 1:
            register ^= _CRC10_POLY << shift
    return register


def _to_base32(value: int, length: int) -> str:
    chars = []
    for _ in range(length):
        chars.append(ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def _from_base32(text: str) -> int | None:
    value = 0
    for char in text:
        digit = _VALUES.get(char)
        if digit is None:
            return None
        value = (value << 5) | digit
    return value
