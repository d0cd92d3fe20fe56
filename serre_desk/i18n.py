"""Translations shared by the window and the command line.

The catalogues are Qt Linguist files (`resources/translations/serre_desk_<lang>.ts`, compiled to
`.qm` for the window). Code outside the window marks its strings with `QT_TRANSLATE_NOOP` so that
`pyside6-lupdate` extracts them, and the Qt-free command line reads the same `.ts` catalogue with
the standard library, so both speak the same words without the command line importing Qt.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from serre_desk.paths import resources_dir

LANGUAGES = ("it", "en")
DEFAULT_LANGUAGE = "it"

_current_language = DEFAULT_LANGUAGE


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for extraction under `context`; returns it unchanged."""
    return text


def QT_TRANSLATE_N_NOOP(context: str, text: str) -> str:
    """Mark a "%n" `text` with plural forms for extraction under `context` (see `translate_n`)."""
    return text


def set_language(lang: str) -> None:
    global _current_language
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    _current_language = lang


def current_language() -> str:
    return _current_language


@cache
def _catalogue(lang: str) -> dict[tuple[str, str], str | tuple[str, ...]]:
    """(context, source) → the translation, or the plural forms of a numerus message."""
    path = resources_dir() / "translations" / f"serre_desk_{lang}.ts"
    if not path.exists():
        return {}
    entries: dict[tuple[str, str], str | tuple[str, ...]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            if forms and all(forms):
                entries[(name, source)] = forms
            elif translation.text:
                entries[(name, source)] = translation.text
    return entries


def translate(context: str, text: str, lang: str | None = None) -> str:
    """`text` in `lang` (default: the current language), falling back to the English source."""
    found = _catalogue(lang or _current_language).get((context, text), text)
    return found if isinstance(found, str) else text


def translate_n(context: str, text: str, n: int, lang: str | None = None) -> str:
    """A "%n" message in `lang` with `n` put in, in the plural form `n` needs: as Qt's
    `tr(text, "", n)` does, for the two languages of the desk (one form for 1, one for the rest).
    """
    found = _catalogue(lang or _current_language).get((context, text), text)
    if isinstance(found, str):
        return found.replace("%n", str(n))
    return (found[0] if n == 1 else found[-1]).replace("%n", str(n))
