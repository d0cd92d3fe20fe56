"""Text on badges: any name in any script, shrunk and wrapped to its box, never overflowing.

Wrapping works on the text as typed (logical order); each line is then drawn in runs from
`fonts.text_runs` (fallback font for what DejaVu Sans lacks, right-to-left put in visual order).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from serre_desk.render.fonts import runs_width, text_runs

LEADING = 1.18
ELLIPSIS = "…"
HYPHENATED = re.compile(r"[^-]+-*|-+")


def text_width(line: str, font: str, size: float) -> float:
    return runs_width(text_runs(line, font), size)


def draw_line(
    canvas: Canvas, x: float, y: float, line: str, font: str, size: float, align: str = "left"
) -> None:
    """Draw one line with its baseline at `y`; `x` is the left edge, centre or right edge."""
    runs = text_runs(line, font)
    x -= {"left": 0.0, "centre": 0.5, "right": 1.0}[align] * runs_width(runs, size)
    for run_font, run in runs:
        canvas.setFont(run_font, size)
        canvas.drawString(x, y, run)
        x += runs_width([(run_font, run)], size)


@dataclass(frozen=True)
class Fitted:
    """Lines of text at one size, fitting a box."""

    lines: tuple[str, ...]
    font: str
    size: float

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * LEADING

    @property
    def width(self) -> float:
        return max((text_width(line, self.font, self.size) for line in self.lines), default=0.0)

    def draw(self, canvas: Canvas, x: float, top: float, align: str = "left") -> None:
        """Draw the lines downwards from `top` (the box's upper edge)."""
        for number, line in enumerate(self.lines):
            baseline = top - self.size * (0.93 + number * LEADING)
            draw_line(canvas, x, baseline, line, self.font, self.size, align)


def fit_text(
    text: str,
    font: str,
    width: float,
    height: float,
    max_size: float,
    min_size: float,
    max_lines: int = 3,
) -> Fitted:
    """The largest size from `max_size` down to `min_size` at which `text` wraps into the box (at
    most `max_lines`). Breaking only between words is preferred down to half of `max_size`; then
    words may break too. At `min_size`, what still does not fit ends with an ellipsis. A newline
    in `text` forces a break."""
    for break_words, floor in ((False, max(min_size, max_size / 2)), (True, min_size)):
        size = max_size
        while size >= floor:
            lines = _wrap(text, font, size, width, break_words)
            if lines is not None and len(lines) <= max_lines and _tall(lines, size) <= height:
                return Fitted(tuple(lines), font, size)
            size = round(size - 0.5, 2)
    lines = _wrap(text, font, min_size, width, True) or []
    room = max(1, min(max_lines, int(height // (min_size * LEADING))))
    if len(lines) > room:
        rest = " ".join(lines[room - 1 :])
        lines = [*lines[: room - 1], _ellipsised(rest, font, min_size, width)]
    return Fitted(tuple(lines), font, min_size)


def _tall(lines: list[str], size: float) -> float:
    return len(lines) * size * LEADING


def _pieces(paragraph: str) -> Iterator[tuple[str, str]]:
    """(joiner, piece): words, and hyphenated words cut after each hyphen ("Rossi-" "Bianchi"),
    with the joiner that goes before the piece when it stays on the same line."""
    for word in paragraph.split():
        for number, piece in enumerate(HYPHENATED.findall(word)):
            yield ("" if number else " "), piece


def _wrap(text: str, font: str, size: float, width: float, break_words: bool) -> list[str] | None:
    """Greedy wrap between words and after hyphens. A piece longer than the line is broken
    between characters when `break_words`, else the text does not wrap at this size (None)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for joiner, piece in _pieces(paragraph):
            candidate = f"{current}{joiner}{piece}" if current else piece
            if text_width(candidate, font, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = piece
            if text_width(piece, font, size) <= width:
                continue
            if not break_words:
                return None
            current = ""
            for char in piece:
                if current and text_width(current + char, font, size) > width:
                    lines.append(current)
                    current = ""
                current += char
        if current:
            lines.append(current)
    return lines


def _ellipsised(line: str, font: str, size: float, width: float) -> str:
    while line and text_width(line + ELLIPSIS, font, size) > width:
        line = line[:-1]
    return line.rstrip() + ELLIPSIS
