"""Pickup codes: the short code printed on a child's label and on the guardian's pickup slip.

Four characters from consonants and digits that cannot be taken for one another:
- no vowels (nor Y), so a code never spells a word;
- no character that can be read as another: none of 0/O/Q/D, 1/I/L, 2/Z, 5/S, 8/B, and of
  6/G only the 6.
What remains is `ALPHABET`: 18 symbols, 104,976 codes. Codes come from `secrets` (the operating
system's CSPRNG), are unique among the children inside, and are read case-insensitively, with
spaces and hyphens ignored, so "k7x-3" is "K7X3".
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Collection

ALPHABET = "CFHJKMNPRTVWX34679"
CODE_LENGTH = 4
_SEPARATORS = str.maketrans("", "", " -\t\r\n")
_ALLOWED = frozenset(ALPHABET)


def normalise(text: str) -> str | None:
    """The code as stored (upper case, no separators), or None when `text` is not a pickup code."""
    code = text.translate(_SEPARATORS).upper()
    if len(code) != CODE_LENGTH or not set(code) <= _ALLOWED:
        return None
    return code


def looks_like_pickup_code(text: str) -> bool:
    """True for what a desk should treat as a pickup slip (a badge code is 36 characters)."""
    return normalise(text) is not None


def new_code(taken: Collection[str] = ()) -> str:
    """A fresh random code that is none of `taken` (the codes of the children inside)."""
    if len(taken) >= len(ALPHABET) ** CODE_LENGTH:
        raise RuntimeError("every pickup code is taken")
    while True:
        code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
        if code not in taken:
            return code


def codes_match(given: str, stored: str | None) -> bool:
    """Whether the code the adult presents is the stored one (case-insensitive, constant time)."""
    code = normalise(given)
    if code is None or stored is None:
        return False
    return hmac.compare_digest(code.encode(), stored.encode())
