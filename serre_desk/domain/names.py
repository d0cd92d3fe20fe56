"""People's names: cleaned for storage, folded for search."""

from __future__ import annotations

import unicodedata

from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP

MAX_NAME_LENGTH = 120

# Bidi embeddings, overrides and isolates: invisible, and able to reorder what staff read.
_BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def _is_stripped(char: str) -> bool:
    if char in _BIDI_CONTROLS:
        return True
    category = unicodedata.category(char)
    # Cc controls, Cs lone surrogates, Co private use, Cn unassigned; keep ZWJ/ZWNJ (Cf) for
    # scripts and emoji sequences that need them.
    return category in ("Cc", "Cs", "Co", "Cn") or (category == "Cf" and char not in "\u200c\u200d")


def clean_name(raw: str) -> str:
    """NFC-normalised, controls and bidi marks removed, whitespace collapsed; 1–120 characters."""
    text = unicodedata.normalize("NFC", raw)
    text = "".join(
        " " if ch.isspace() else ch for ch in text if ch.isspace() or not _is_stripped(ch)
    )
    text = " ".join(text.split())
    if not text:
        raise Refusal("name_empty", QT_TRANSLATE_NOOP("Refusal", "The name is empty."))
    if len(text) > MAX_NAME_LENGTH:
        raise Refusal(
            "name_too_long",
            QT_TRANSLATE_NOOP("Refusal", "The name is longer than {limit} characters."),
            limit=MAX_NAME_LENGTH,
        )
    return text


def clean_optional(raw: str | None, limit: int = 200) -> str | None:
    """Optional free text (organisation, email, phone): cleaned like a name, empty becomes None."""
    if raw is None:
        return None
    text = unicodedata.normalize("NFC", raw)
    text = " ".join("".join(ch for ch in text if ch.isspace() or not _is_stripped(ch)).split())
    return text[:limit] or None


def clean_notes(raw: str | None, limit: int) -> str | None:
    """Free notes of several lines (a child's allergies): each line cleaned like `clean_optional`,
    the line breaks kept, blank lines at the ends dropped and runs of them made one; empty
    becomes None."""
    if raw is None:
        return None
    lines = [clean_optional(line, limit) or "" for line in raw.splitlines()]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip()[:limit].strip() or None


def search_key(text: str) -> str:
    """Casefolded, accents removed, whitespace collapsed: "ÈLENA" and "elena" give the same key."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = unicodedata.normalize("NFC", stripped).casefold()
    # Letters that do not decompose but that people type without their mark.
    folded = folded.translate(_EXTRA_FOLDS)
    return " ".join(folded.split())


_EXTRA_FOLDS = str.maketrans(
    {"ø": "o", "đ": "d", "ł": "l", "ħ": "h", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"}
)
