"""Colours and the style sheet: outcome colours always come with an icon and words, never alone.

Each outcome has a light and a dark variant (chosen from the system palette) with text contrast
of at least 4.5:1 on its background.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

# Numbers and times in tables and lists read right-aligned.
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class Tone(StrEnum):
    IDLE = "idle"
    IN = "in"
    OUT = "out"
    REFUSED = "refused"
    WARNING = "warning"
    CALM = "calm"  # good news that needs nothing (a sheet archived, someone registered)


@dataclass(frozen=True)
class Colours:
    background: str
    border: str
    text: str


_LIGHT = {
    Tone.IDLE: Colours("#f3f5f3", "#d5dbd6", "#4a544d"),
    Tone.IN: Colours("#e3f4e8", "#2e7d4f", "#14532d"),
    Tone.OUT: Colours("#e4eefb", "#2f6db5", "#0b3d7a"),
    Tone.REFUSED: Colours("#fde8e8", "#c62828", "#8e1414"),
    Tone.WARNING: Colours("#fff3d6", "#c98a00", "#6b4200"),
    Tone.CALM: Colours("#e6f2f2", "#3f8585", "#164545"),
}
_DARK = {
    Tone.IDLE: Colours("#2a2e2b", "#454b47", "#c9d1cb"),
    Tone.IN: Colours("#153822", "#4caf72", "#c9f2d6"),
    Tone.OUT: Colours("#142c4a", "#5b95d8", "#cfe2fb"),
    Tone.REFUSED: Colours("#451616", "#e05555", "#ffd6d6"),
    Tone.WARNING: Colours("#42330d", "#e0a526", "#ffe8b0"),
    Tone.CALM: Colours("#15302f", "#5fb0ae", "#c8ecea"),
}

# Occupancy bar: green, amber near capacity, red when full (the state is also written in words).
BAR_COLOURS = {"ok": "#2e8b57", "near": "#d08a00", "full": "#c62828"}
TOP_BAR_BACKGROUND = "#1f3d2b"
TOP_BAR_TEXT = "#ffffff"
TOP_BAR_MUTED = "#cfe3d5"


def is_dark() -> bool:
    palette = QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(tone: Tone) -> Colours:
    return (_DARK if is_dark() else _LIGHT)[tone]


def scaled(points: float) -> float:
    """A point size that grows with the system font (designed for a 10 pt base font)."""
    base = QApplication.font().pointSizeF()
    return points * (base / 10.0 if base > 0 else 1.0)


def style_sheet() -> str:
    """The desk's style sheet. It is set on the desk window (`DeskWindow`), whose dialogs
    inherit it, not on the application: with an application-wide sheet Qt polishes every
    widget through the sheet as it is made, and the window took about 30 ms longer to build
    (measured with `bench/desk_startup.py`'s window)."""
    return f"""
QFrame#TopBar {{ background: {TOP_BAR_BACKGROUND}; }}
QFrame#TopBar QLabel {{ color: {TOP_BAR_TEXT}; }}
QFrame#TopBar QLabel[muted="true"] {{ color: {TOP_BAR_MUTED}; }}
QLineEdit#ScanField {{
    background: #ffffff; color: #1b1f1c; border: 2px solid #7fb08f; border-radius: 6px;
    padding: 4px 10px; selection-background-color: #2e7d4f;
}}
QLineEdit#ScanField:focus {{ border-color: #b9e5c6; }}
QFrame#Tile {{ border: 1px solid palette(mid); border-radius: 8px; background: palette(base); }}
QFrame#Tile QLabel {{ background: transparent; }}
QFrame#Card {{ border: 1px solid palette(mid); border-radius: 8px; background: palette(base); }}
QFrame#Card QLabel {{ background: transparent; }}
QTableView {{ gridline-color: palette(midlight); }}
QTableView::item {{ padding: 2px 6px; }}
QHeaderView::section {{ padding: 4px 6px; font-weight: bold; }}
QTabBar::tab {{ padding: 6px 14px; }}
"""
