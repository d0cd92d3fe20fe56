"""Fonts for everything printed, and names made safe to print in any script.

DejaVu Sans (bundled in resources/fonts) is embedded in every PDF. What it lacks — Chinese,
Japanese and Korean above all — is set in the bundled WenQuanYi Micro Hei (a Droid Sans Fallback
derivative that also covers Hangul), chosen per run of characters and registered only when a text
needs it. Right-to-left names (Arabic, Hebrew) are shaped and put in visual order before printing.

`name_markup()` is the one helper that turns any text into safe reportlab `Paragraph` markup;
`text_runs()` gives the same (font, text) runs for drawing directly on a canvas.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from serre_desk.paths import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FALLBACK_FONT = "WenQuanYiMicroHei"
FALLBACK_FILE = "wqy-microhei.ttc"

_RTL_CLASSES = frozenset({"R", "AL"})
_ATTACHING = frozenset({"Mn", "Me", "Cf"})  # combining marks, joiners, variation selectors


@cache
def register_fonts() -> None:
    """Register the bundled TrueType fonts with reportlab once per process."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)


@cache
def _fallback_chars() -> frozenset[int]:
    """Register the fallback font (5 MB, so only when a text needs it) and return its coverage."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont(FALLBACK_FONT, str(resources_dir() / "fonts" / FALLBACK_FILE), subfontIndex=0)
    pdfmetrics.registerFont(font)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FALLBACK_FONT, bold, italic, FALLBACK_FONT)  # it has no bold face
    return frozenset(font.face.charWidths)


@cache
def _chars(font: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    return frozenset(pdfmetrics.getFont(font).face.charWidths)


def is_right_to_left(text: str) -> bool:
    if text.isascii():
        return False
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


def visual_order(text: str) -> str:
    """Arabic letters joined into their contextual forms and the whole line in visual order;
    text without right-to-left characters comes back unchanged."""
    if not is_right_to_left(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(text)))


def _printable(text: str) -> str:
    """Line breaks and control characters become spaces: a name is one logical line."""
    return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)


def text_runs(text: str, font: str = FONT) -> list[tuple[str, str]]:
    """(font name, text) runs in visual order: `font` where it has the glyph, the fallback font
    where only it has it. Marks and joiners stay with the character before them; a character no
    font has stays in `font` (it prints as an empty box, and its text can still be copied)."""
    base = _chars(font)
    line = visual_order(_printable(text))
    runs: list[tuple[str, str]] = []
    for ch in line:
        code = ord(ch)
        if code in base:
            chosen = font
        elif unicodedata.category(ch) in _ATTACHING and runs:
            chosen = runs[-1][0]
        elif code in _fallback_chars():
            chosen = FALLBACK_FONT
        else:
            chosen = font
        if runs and runs[-1][0] == chosen:
            runs[-1] = (chosen, runs[-1][1] + ch)
        else:
            runs.append((chosen, ch))
    return runs


def is_plain(text: str, font: str = FONT) -> bool:
    """True when `text` prints as it is in `font` alone: no fallback run, no right-to-left."""
    if text.isascii():
        return text.isprintable()
    base = _chars(font)
    return all(ord(ch) in base and unicodedata.category(ch) != "Cc" for ch in text) and not (
        is_right_to_left(text)
    )


def name_markup(text: str, font: str = FONT) -> str:
    """Any text as safe `Paragraph` markup: `&`, `<`, `>` escaped, right-to-left shaped and in
    visual order, each run in a font that has its glyphs (`font` is the paragraph's own font)."""
    parts = []
    for run_font, run in text_runs(text, font):
        escaped = escape(run)
        parts.append(escaped if run_font == font else f'<font name="{run_font}">{escaped}</font>')
    return "".join(parts)


def runs_width(runs: list[tuple[str, str]], size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(run, run_font, size) for run_font, run in runs)
