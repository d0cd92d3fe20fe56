"""CSV files the desk writes for spreadsheets (Italian Excel: `;` between fields, CRLF), with every
cell safe from formula injection as OWASP advises.

A text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return would run as a formula
when the file is opened: it gets a leading apostrophe, which the spreadsheet shows and never runs.
Numbers the desk writes are written as numbers (a negative duration stays `-5`, readable and
summable); only text is neutralised, so `-5` typed into a name becomes `'-5`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """The cell as written: text a spreadsheet would evaluate gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SpreadsheetWriter:
    """`csv.writer` for Italian Excel whose rows go through `safe_cell`."""

    def __init__(self, handle: TextIO) -> None:
        self._writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")

    def writerow(self, cells: Iterable[object]) -> None:
        self._writer.writerow([safe_cell(cell) for cell in cells])
