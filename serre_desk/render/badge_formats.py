"""The badge formats by name, in millimetres. Free of reportlab so the command line can list them
without loading the renderer."""

from __future__ import annotations

from dataclasses import dataclass

A4_MM = (210.0, 297.0)


@dataclass(frozen=True)
class BadgeFormat:
    """A page and where badges sit on it: lower-left corners from the page's lower-left, in mm."""

    name: str
    page: tuple[float, float]
    badge: tuple[float, float]
    slots: tuple[tuple[float, float], ...]
    cut_marks: bool = False


def _single(name: str, width: float, height: float) -> BadgeFormat:
    return BadgeFormat(name, (width, height), (width, height), ((0.0, 0.0),))


def _sheet(columns: int = 2, rows: int = 5, card: tuple[float, float] = (85, 54)) -> BadgeFormat:
    """An A4 sheet of cards edge to edge, centred, filled row by row from the top left."""
    left = (A4_MM[0] - columns * card[0]) / 2
    bottom = (A4_MM[1] - rows * card[1]) / 2
    slots = tuple(
        (left + column * card[0], bottom + (rows - 1 - row) * card[1])
        for row in range(rows)
        for column in range(columns)
    )
    return BadgeFormat("sheet", A4_MM, card, slots, cut_marks=True)


FORMATS: dict[str, BadgeFormat] = {
    f.name: f
    for f in (
        _single("card", 85.6, 54.0),  # CR80
        _single("label-62x100", 62.0, 100.0),  # Brother QL, DK-11202
        _single("label-62x29", 62.0, 29.0),  # Brother QL, DK-11209
        _single("label-89x36", 89.0, 36.0),  # Dymo LabelWriter 99012
        _sheet(),
    )
}
DEFAULT_FORMAT = "card"
