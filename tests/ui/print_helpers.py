"""Printing under test: "printers" that write PDF files (the test machine has no printer), a
save dialog that answers at once, a system viewer that records what it was asked to open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pypdfium2
import zxingcpp
from PIL import Image
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from serre_desk.i18n import DEFAULT_LANGUAGE, set_language
from serre_desk.paths import Location
from serre_desk.services.actor import LOCAL_ADMIN, Actor
from serre_desk.services.startup import Database
from serre_desk.ui.context import DeskContext
from serre_desk.ui.deskclock import DeskClock
from serre_desk.ui.errors import ErrorReporter
from serre_desk.ui.hub import DeskSignals
from serre_desk.ui.printing import FileActions, PrintJob, PrintService
from serre_desk.ui.settings import desk_settings
from serre_desk.ui.tasks import TaskRunner
from serre_desk.ui.translations import install_translations, remove_translations
from tests.ui.conftest import RecordingMessages


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


class Rig:
    """A print service on the test's settings file, with PDF printers and recorded dialogs; the
    window's words in `lang` (Italian again once closed)."""

    def __init__(
        self,
        qtbot: QtBot,
        data_dir: Path,
        tmp_path: Path,
        printer_names: list[str] | None = None,
        lang: str = "en",
    ) -> None:
        install_translations(_app(), lang)
        self.lang = lang
        self.qtbot = qtbot
        self.data_dir = data_dir
        data_dir.mkdir(parents=True, exist_ok=True)
        self.errors: list[BaseException] = []
        self.runner = TaskRunner(self.errors.append)
        self.messages = RecordingMessages()
        self.hub = DeskSignals()
        self.reporter = ErrorReporter(self.hub, self.messages, None)
        self.files = RecordingFiles()
        out = tmp_path / "printed"
        out.mkdir(exist_ok=True)
        self.printers = (
            PdfPrinters(out) if printer_names is None else PdfPrinters(out, printer_names)
        )
        self.service = self.new_service()
        self.printed: list[tuple[PrintJob, str]] = []
        self.not_printed: list[tuple[PrintJob, str]] = []
        self.service.printed.connect(lambda job, name: self.printed.append((job, name)))
        self.service.not_printed.connect(lambda job, why: self.not_printed.append((job, why)))

    def new_service(self) -> PrintService:
        return PrintService(
            desk_settings(self.data_dir),
            self.runner,
            self.messages,
            printers=self.printers,
            files=self.files.actions(),
        )

    def context(
        self,
        db: Database,
        now: datetime,
        printing: PrintService | None = None,
        actor: Actor = LOCAL_ADMIN,
    ) -> DeskContext:
        """What the desk hands its pieces, made of this rig's runner, print service and errors."""
        return DeskContext(
            db=db,
            clock=DeskClock(now),
            runner=self.runner,
            printing=printing or self.service,
            errors=self.reporter,
            lang=self.lang,
            hub=self.hub,
            messages=self.messages,
            location=Location(self.data_dir),
            actor=lambda: actor,
        )

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: self.runner.idle, timeout=20_000)
        assert self.errors == []

    def close(self) -> None:
        self.runner.wait_idle()
        self.service.close()
        remove_translations(_app())  # as before the test: English sources, no catalogue
        set_language(DEFAULT_LANGUAGE)


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
