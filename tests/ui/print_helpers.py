"""Printing under test: "printers" that write PDF files (the test machine has no printer), a
save dialog that answers at once, a system viewer that records what it was asked to open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2
import zxingcpp
from PIL import Image
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from serre_desk.ui.printing import FileActions


@dataclass
class PdfPrinters:
    """Named printers that print into PDF files in `folder`; the print dialog is answered with
    `accept` (False: the user pressed Cancel) after `choose` (what the user picked) ran."""

    folder: Path
    printer_names: list[str] = field(default_factory=lambda: ["Desk label printer", "Office laser"])
    accept: bool = True
    choose: Callable[[QPrinter], None] | None = None
    broken: bool = False  # the printer cannot be written to (a failing print)
    asked: list[QPrinter] = field(default_factory=list)
    printed: list[Path] = field(default_factory=list)
    _selected: dict[int, str] = field(default_factory=dict)

    def names(self) -> list[str]:
        return list(self.printer_names)

    def default(self) -> str | None:
        return self.printer_names[-1] if self.printer_names else None

    def select(self, printer: QPrinter, name: str) -> None:
        self._selected[id(printer)] = name
        target = (self.folder / "missing" if self.broken else self.folder) / (
            f"{name}-{len(self.printed) + 1}.pdf"
        )
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        self.printed.append(target)

    def name_of(self, printer: QPrinter) -> str:
        return self._selected.get(id(printer), "")

    def ask(
        self, printer: QPrinter, parent: QWidget | None, answer: Callable[[bool], None]
    ) -> None:
        self.asked.append(printer)
        if self.choose is not None:
            self.choose(printer)
        answer(self.accept)


@dataclass
class RecordingFiles:
    """The save dialog answers `save_to` (None: cancelled); opened files are recorded."""

    save_to: Path | None = None
    opened: list[Path] = field(default_factory=list)
    asked: list[Path] = field(default_factory=list)

    def save_path(
        self,
        parent: QWidget | None,
        caption: str,
        suggested: Path,
        filters: str,
        chosen: Callable[[Path], None],
    ) -> None:
        self.asked.append(suggested)
        if self.save_to is not None:
            chosen(self.save_to)

    def open_file(self, path: Path) -> bool:
        self.opened.append(path)
        return True

    def actions(self) -> FileActions:
        return FileActions(self.save_path, self.open_file)


def page_images(pdf: Path, dpi: int = 150) -> list[Image.Image]:
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return [page.render(scale=dpi / 72).to_pil() for page in document]
    finally:
        document.close()


def qr_codes(pdf: Path) -> list[str]:
    """Every QR code found on the rasterised pages of `pdf`."""
    found: list[str] = []
    for image in page_images(pdf, dpi=200):
        found += [result.text for result in zxingcpp.read_barcodes(image.convert("RGB"))]
    return found
