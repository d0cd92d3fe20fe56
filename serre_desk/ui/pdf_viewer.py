"""PDFs on screen with QtPdf: a pane for the reports view and a viewer window of its own (for a
document that was not printed, or the emergency list on a desk without a printer)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from serre_desk.ui.print_job import PrintJob
from serre_desk.ui.style import Tone, colours


class PdfActions(Protocol):
    """What the viewer's buttons do (the window's `PrintService`)."""

    def print_with_dialog(self, job: PrintJob, parent: QWidget | None) -> None: ...

    def save_copy(self, pdf: Path, parent: QWidget | None) -> None: ...

    def open_externally(self, pdf: Path) -> bool: ...


class PdfPane(QStackedWidget):
    """A PDF shown page after page, fitted to the width; a hint while there is none."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.placeholder = QLabel(placeholder)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        self.addWidget(self.placeholder)
        self.addWidget(self.view)
        self.path: Path | None = None

    def show_pdf(self, path: Path) -> bool:
        """Show `path`; False (and the hint again) when it cannot be read."""
        self.document.close()
        if self.document.load(str(path)) != QPdfDocument.Error.None_:
            self.path = None
            self.setCurrentWidget(self.placeholder)
            return False
        self.path = path
        self.setCurrentWidget(self.view)
        return True

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.path is not None else 0


class PdfViewer(QDialog):
    """A PDF in a window of its own, with what can be done with it: print, save, open."""

    def __init__(
        self,
        job: PrintJob,
        printing: PdfActions,
        notice: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.job = job
        self._printing = printing
        self.setWindowTitle(job.title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(820, 960)
        layout = QVBoxLayout(self)
        self.notice = QLabel(notice or "")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        warning = colours(Tone.WARNING)
        self.notice.setStyleSheet(
            f"background: {warning.background}; color: {warning.text}; border: 1px solid "
            f"{warning.border}; border-radius: 6px; padding: 8px; font-weight: bold;"
        )
        self.notice.setVisible(bool(notice))
        layout.addWidget(self.notice)
        self.pane = PdfPane(self.tr("This PDF cannot be read."))
        self.pane.show_pdf(job.pdf)
        layout.addWidget(self.pane, 1)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button = buttons.addButton(
            self.tr("Save a copy…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button = buttons.addButton(
            self.tr("Open in the PDF viewer"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.clicked.connect(lambda: printing.print_with_dialog(job, self))
        self.save_button.clicked.connect(lambda: printing.save_copy(job.pdf, self))
        self.open_button.clicked.connect(lambda: printing.open_externally(job.pdf))
        close.clicked.connect(self.close)
        self.print_button.setDefault(True)
        layout.addWidget(buttons)
