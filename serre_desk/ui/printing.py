"""Printing PDFs from the window: on a chosen printer, remembered per kind of document, and never
silently lost.

    printing = PrintService(settings, runner, messages)
    printing.print_with_dialog(PrintJob(path, "badge-member", title), parent)   # Qt's print dialog
    printing.print_direct(PrintJob(path, EMERGENCY_LIST, title))               # no dialog
    printing.show_pdf(job)                                                     # the PDF on screen

Pages are rasterised with QtPdf (`QPdfDocument.render`) and painted onto the `QPrinter` on a
background thread, so a long report never freezes the desk. The printer and the paper chosen in
the print dialog are remembered per key (badge kind, document type) in the window's own settings
file. A cancelled or failed print, or a computer without a printer, says so calmly and offers the
PDF: a viewer window to print again, save a copy or open it in the system's PDF viewer.

Everything that would block or reach outside the process (the print dialog, the save dialog,
the system viewer) goes through `Printers` and `FileActions`, which tests replace.
"""

from __future__ import annotations

import itertools
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import (
    QMarginsF,
    QObject,
    QPointF,
    QRectF,
    QSettings,
    QSize,
    QSizeF,
    Qt,
    QTemporaryDir,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from serre_desk.domain.people import PersonKind
from serre_desk.ui.messages import Messages
from serre_desk.ui.print_job import PrintJob
from serre_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

DAILY_SHEET = "daily-sheet"
PERIOD_REPORT = "period-report"
EMERGENCY_LIST = "emergency-list"
MAX_DPI = 300  # pages are rasterised at the printer's resolution, at most this


def badge_key(kind: PersonKind) -> str:
    """The memory key of a badge kind: each kind may have its own printer and paper."""
    return f"badge-{kind.value}"


class PrintFailed(Exception):
    """The printer refused the job (unreachable, out of paper, no permission to write)."""


# --- what the service needs from the outside world ----------------------------------------------

Answer = Callable[[bool], None]
Chosen = Callable[[Path], None]


class Printers(Protocol):
    """The printers of this computer and the print dialog (tests use PDF files instead)."""

    def names(self) -> list[str]: ...

    def default(self) -> str | None: ...

    def select(self, printer: QPrinter, name: str) -> None: ...

    def name_of(self, printer: QPrinter) -> str: ...

    def ask(self, printer: QPrinter, parent: QWidget | None, answer: Answer) -> None: ...


_open_dialogs: set[QDialog] = set()  # a parentless dialog needs a reference until it closes


def _keep_until_closed(dialog: QDialog) -> None:
    _open_dialogs.add(dialog)
    dialog.finished.connect(lambda _result: _open_dialogs.discard(dialog))
    dialog.finished.connect(dialog.deleteLater)


class SystemPrinters:
    """The real printers (CUPS, Windows) and Qt's print dialog, shown without blocking."""

    def names(self) -> list[str]:
        return QPrinterInfo.availablePrinterNames()

    def default(self) -> str | None:
        return QPrinterInfo.defaultPrinterName() or None

    def select(self, printer: QPrinter, name: str) -> None:
        printer.setPrinterName(name)

    def name_of(self, printer: QPrinter) -> str:
        return printer.printerName()

    def ask(self, printer: QPrinter, parent: QWidget | None, answer: Answer) -> None:
        dialog = QPrintDialog(printer, parent)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.finished.connect(lambda result: answer(result == QPrintDialog.DialogCode.Accepted))
        _keep_until_closed(dialog)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # what QDialog.open() does (QPrintDialog overloads open())


@dataclass(frozen=True)
class FileActions:
    """Asking where to save a file, and opening one in the system's viewer."""

    save_path: Callable[[QWidget | None, str, Path, str, Chosen], None]
    open_file: Callable[[Path], bool]


def choose_save_path(
    parent: QWidget | None, caption: str, suggested: Path, filters: str, chosen: Chosen
) -> None:
    """Qt's save dialog, shown without blocking; `chosen` gets the path (nothing on cancel)."""
    dialog = QFileDialog(parent, caption, str(suggested), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(str(suggested))
    dialog.fileSelected.connect(lambda name: chosen(Path(name)))
    _keep_until_closed(dialog)
    dialog.open()


def open_in_system_viewer(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


SYSTEM_FILES = FileActions(choose_save_path, open_in_system_viewer)


# --- remembering printer and paper ------------------------------------------------------------


class PrintMemory:
    """The printer and paper last used per key, and the badge format per badge kind, in the
    window's settings (`printing/<key>/...`)."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def printer(self, key: str) -> str | None:
        value = self._settings.value(f"printing/{key}/printer")
        return value if isinstance(value, str) and value else None

    def page_layout(self, key: str) -> QPageLayout | None:
        width = _number(self._settings.value(f"printing/{key}/paper-width-mm"))
        height = _number(self._settings.value(f"printing/{key}/paper-height-mm"))
        if not width or not height:
            return None
        size = QPageSize(
            QSizeF(width, height),
            QPageSize.Unit.Millimeter,
            "",
            QPageSize.SizeMatchPolicy.FuzzyMatch,
        )
        landscape = self._settings.value(f"printing/{key}/landscape") in (True, "true")
        orientation = (
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))

    def remember(self, key: str, printer_name: str, layout: QPageLayout) -> None:
        size = layout.pageSize().size(QPageSize.Unit.Millimeter)
        self._settings.setValue(f"printing/{key}/printer", printer_name)
        self._settings.setValue(f"printing/{key}/paper-width-mm", round(size.width(), 2))
        self._settings.setValue(f"printing/{key}/paper-height-mm", round(size.height(), 2))
        self._settings.setValue(
            f"printing/{key}/landscape", layout.orientation() == QPageLayout.Orientation.Landscape
        )
        self._settings.sync()

    def choose_printer(self, key: str, printer_name: str | None, *, paper_changed: bool) -> None:
        """The printer chosen in the settings for `key` (None: the computer's default); a new
        paper size forgets the paper remembered from the print dialog."""
        self._settings.setValue(f"printing/{key}/printer", printer_name or "")
        if paper_changed:
            for part in ("paper-width-mm", "paper-height-mm", "landscape"):
                self._settings.remove(f"printing/{key}/{part}")
        self._settings.sync()

    def label_size(self) -> str | None:
        """The pickup labels' size chosen in the settings ("62x29", "62x100")."""
        value = self._settings.value("printing/pickup-labels/size")
        return value if isinstance(value, str) and value else None

    def remember_label_size(self, size: str) -> None:
        self._settings.setValue("printing/pickup-labels/size", size)
        self._settings.sync()

    def badge_format(self, kind: PersonKind) -> str | None:
        value = self._settings.value(f"printing/{badge_key(kind)}/format")
        return value if isinstance(value, str) and value else None

    def remember_badge_format(self, kind: PersonKind, format_name: str) -> None:
        self._settings.setValue(f"printing/{badge_key(kind)}/format", format_name)
        self._settings.sync()


def _number(value: object) -> float | None:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


# --- painting a PDF onto a printer ---------------------------------------------------------------


def pdf_page_layout(pdf: Path) -> QPageLayout | None:
    """The PDF's own first page as a page layout without margins (the PDF has its own)."""
    document = QPdfDocument()
    try:
        if document.load(str(pdf)) != QPdfDocument.Error.None_ or document.pageCount() == 0:
            return None
        points = document.pagePointSize(0)
    finally:
        document.close()
    size = QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (
        QPageLayout.Orientation.Landscape
        if points.width() > points.height()
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def paint_pdf(pdf: Path, printer: QPrinter) -> int:
    """Rasterise every page of `pdf` and paint it, centred and scaled to fit, onto the printable
    area of `printer`; returns the number of pages. Runs on a worker thread (Qt allows painting
    on a QPrinter there); raises PrintFailed when the printer refuses the job."""
    document = QPdfDocument()
    try:
        if document.load(str(pdf)) != QPdfDocument.Error.None_ or document.pageCount() == 0:
            raise PrintFailed(f"cannot read {pdf.name}")
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed("the printer did not accept the job")
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            for page in range(document.pageCount()):
                if page and not printer.newPage():
                    raise PrintFailed(f"the printer stopped after page {page}")
                points = document.pagePointSize(page)
                image = document.render(
                    page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                )
                scale = min(area.width() / points.width(), area.height() / points.height())
                size = QSizeF(points.width() * scale, points.height() * scale)
                corner = QPointF(
                    (area.width() - size.width()) / 2, (area.height() - size.height()) / 2
                )
                painter.drawImage(QRectF(corner, size), image)
        finally:
            painter.end()
        if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
            raise PrintFailed("the printer reported an error")
        return document.pageCount()
    finally:
        document.close()


# --- the service ---------------------------------------------------------------------------------


class PrintService(QObject):
    """Prints PDFs on the GUI's behalf; `printed` and `not_printed` say how each job ended."""

    printed = Signal(object, str)  # (PrintJob, printer name)
    not_printed = Signal(object, str)  # (PrintJob, why, in words)

    def __init__(
        self,
        settings: QSettings,
        runner: TaskRunner,
        messages: Messages,
        *,
        printers: Printers | None = None,
        files: FileActions = SYSTEM_FILES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.memory = PrintMemory(settings)
        self.printers = printers or SystemPrinters()
        self.files = files
        self._runner = runner
        self._messages = messages
        self._scratch = QTemporaryDir()
        self._numbers = itertools.count(1)
        self._busy: set[int] = set()  # ids of the QPrinters painting right now
        self.viewers: list[QWidget] = []

    def close(self) -> None:
        """The desk closes: its PDF windows too, and the session's folder of PDFs (a process
        that ends without destroying this object would leave it behind)."""
        for viewer in list(self.viewers):
            viewer.close()
        self._scratch.remove()

    # --- files ----------------------------------------------------------------------------------

    def scratch_file(self, name: str) -> Path:
        """A fresh path named `name` in this session's temporary folder (removed at exit): a new
        subfolder each time, so an earlier file still open in a viewer is never overwritten."""
        folder = Path(self._scratch.path()) / str(next(self._numbers))
        folder.mkdir(parents=True, exist_ok=True)
        return folder / name

    def save_copy(
        self, pdf: Path, parent: QWidget | None, saved: Callable[[Path], None] | None = None
    ) -> None:
        """Ask where, then copy the PDF there."""

        def copy(target: Path) -> None:
            if target.suffix.lower() != ".pdf":
                target = target.with_name(target.name + ".pdf")
            try:
                shutil.copyfile(pdf, target)
            except OSError as error:
                self._messages.warn(
                    self.tr("Not saved"),
                    self.tr(
                        "The PDF could not be saved in {path}: {reason}. Choose another folder."
                    ).format(path=target, reason=error.strerror or error),
                )
                return
            if saved is not None:
                saved(target)

        self.files.save_path(
            parent,
            self.tr("Save a copy of the PDF"),
            Path.home() / pdf.name,
            self.tr("PDF documents (*.pdf)"),
            copy,
        )

    def open_externally(self, pdf: Path) -> bool:
        """Open the PDF in the system's PDF viewer; says so when there is none."""
        if self.files.open_file(pdf):
            return True
        self._messages.warn(
            self.tr("No PDF viewer"),
            self.tr(
                "No program to open PDF files was found on this computer. The PDF is here:\n{path}"
            ).format(path=pdf),
        )
        return False

    # --- printing -------------------------------------------------------------------------------

    def print_with_dialog(self, job: PrintJob, parent: QWidget | None) -> None:
        """Qt's print dialog set to the printer and paper remembered for `job.key` (else the
        default printer and the PDF's own page size); then print in the background."""
        if not self.printers.names():
            self._offer(
                job,
                self.tr("No printer"),
                self.tr(
                    "No printer is set up on this computer, so “{title}” was not printed."
                ).format(title=job.title),
            )
            return
        printer = self._printer_for(job, self.printers.default())
        self.printers.ask(printer, parent, lambda accepted: self._chosen(job, printer, accepted))

    def print_direct(self, job: PrintJob) -> None:
        """Print without asking, on the printer remembered for `job.key` or else the default one
        (the emergency list). Without a printer, or when printing fails, the PDF opens on screen."""
        names = self.printers.names()
        remembered = self.memory.printer(job.key)
        name = remembered if remembered in names else self.printers.default()
        if name is None and names:
            name = names[0]
        if name is None:
            reason = self.tr(
                "No printer is set up on this computer: print it from here or from the PDF viewer."
            )
            self.not_printed.emit(job, reason)
            self.show_pdf(job, reason)
            return
        self._start(job, self._printer_for(job, name), on_failure=self._show_failure)

    def _printer_for(self, job: PrintJob, fallback_name: str | None) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        remembered = self.memory.printer(job.key)
        name = remembered if remembered in self.printers.names() else fallback_name
        if name:
            self.printers.select(printer, name)
        layout = self.memory.page_layout(job.key) or pdf_page_layout(job.pdf)
        if layout is not None:
            printer.setPageLayout(layout)
        printer.setDocName(job.title)
        printer.setFullPage(False)
        return printer

    def _chosen(self, job: PrintJob, printer: QPrinter, accepted: bool) -> None:
        if not accepted:
            self._offer(
                job,
                self.tr("Not printed"),
                self.tr("Printing “{title}” was cancelled.").format(title=job.title),
            )
            return
        self.memory.remember(job.key, self.printers.name_of(printer), printer.pageLayout())
        self._start(job, printer, on_failure=self._offer_failure)

    def _start(
        self, job: PrintJob, printer: QPrinter, on_failure: Callable[[PrintJob, str], None]
    ) -> None:
        self._busy.add(id(printer))
        pdf = job.pdf
        name = self.printers.name_of(printer)

        def done(_pages: int) -> None:
            self._busy.discard(id(printer))
            log.info("printed %s on %s", job.key, name)
            self.printed.emit(job, name)

        def failed(error: BaseException) -> None:
            self._busy.discard(id(printer))
            log.warning("printing %s on %s failed: %s", job.key, name, error)
            on_failure(job, name)

        # the lambda keeps `printer` alive until the worker is done with it
        self._runner.read(lambda: paint_pdf(pdf, printer), done, failed)

    @property
    def busy(self) -> bool:
        return bool(self._busy)

    # --- when it did not print ------------------------------------------------------------------

    def _offer_failure(self, job: PrintJob, printer_name: str) -> None:
        self._offer(
            job,
            self.tr("Printing failed"),
            self.tr(
                "“{title}” could not be printed on {printer}. Check that the printer is on, "
                "connected and has paper."
            ).format(title=job.title, printer=printer_name or self.tr("the printer")),
        )

    def _show_failure(self, job: PrintJob, printer_name: str) -> None:
        reason = self.tr(
            "It could not be printed on {printer}: print it from here or from the PDF viewer."
        ).format(printer=printer_name or self.tr("the printer"))
        self.not_printed.emit(job, reason)
        self.show_pdf(job, reason)

    def _offer(self, job: PrintJob, title: str, text: str) -> None:
        """Say what happened, and offer the PDF (kept in the session's folder)."""
        self.not_printed.emit(job, text)
        kept = self.tr(
            "The PDF is kept: show it to print it again, save a copy or open it in the PDF viewer?"
        )
        question = f"{text}\n\n{kept}"
        self._messages.ask(
            title,
            question,
            self.tr("Show the PDF"),
            self.tr("Not now"),
            lambda yes: self._answered(yes, job, text),
        )

    def _answered(self, show: bool, job: PrintJob, notice: str) -> None:
        if show:
            self.show_pdf(job, notice)

    def show_pdf(self, job: PrintJob, notice: str | None = None) -> QWidget:
        """The PDF in a viewer window of its own (QtPdf), with Print, Save and Open buttons."""
        from serre_desk.ui.pdf_viewer import PdfViewer

        viewer = PdfViewer(job, self, notice)
        self.viewers.append(viewer)
        viewer.destroyed.connect(lambda _obj=None: self._forget(viewer))
        viewer.show()
        return viewer

    def _forget(self, viewer: QWidget) -> None:
        if viewer in self.viewers:
            self.viewers.remove(viewer)
