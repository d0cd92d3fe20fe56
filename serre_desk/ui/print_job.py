"""What the window hands to the printer or the PDF viewer: a PDF, what it is and its title."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, eq=False)
class PrintJob:
    """A PDF to print. `key` names what it is (printer and paper are remembered per key);
    `title` is the document name in the print queue and in messages."""

    pdf: Path
    key: str
    title: str
