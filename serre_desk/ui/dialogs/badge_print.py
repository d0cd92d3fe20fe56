"""Printing a person's badge: a preview of exactly what prints, the format (card, labels, A4
sheet), print, save as PDF, and reissue for a lost badge (the old code stops working).

Printing again keeps the same code (`badge_for_print`); reissuing revokes the old badge with the
reason given and issues a new one. The format is remembered per badge kind, the printer and
paper per badge kind by the print service. All work runs on the desk's background threads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMargins, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.render.badge_formats import DEFAULT_FORMAT, FORMATS
from serre_desk.services.actor import Actor
from serre_desk.services.badges import BadgeInfo, badge_for_print, issue_badge, revoke_badge
from serre_desk.services.server_watch import ServerWatch
from serre_desk.services.startup import Database
from serre_desk.ui.context import DeskContext
from serre_desk.ui.deskclock import DeskClock
from serre_desk.ui.formatting import day_text, kind_label
from serre_desk.ui.printing import PrintJob, badge_key
from serre_desk.ui.style import Tone, colours, scaled

FORMAT_NAMES = {
    "card": QT_TRANSLATE_NOOP("BadgePrintDialog", "Card 85.6 × 54 mm"),
    "label-62x100": QT_TRANSLATE_NOOP("BadgePrintDialog", "Label 62 × 100 mm (Brother QL)"),
    "label-62x29": QT_TRANSLATE_NOOP("BadgePrintDialog", "Label 62 × 29 mm (Brother QL)"),
    "label-89x36": QT_TRANSLATE_NOOP("BadgePrintDialog", "Label 89 × 36 mm (Dymo)"),
    "sheet": QT_TRANSLATE_NOOP("BadgePrintDialog", "A4 sheet of cards, with cut marks"),
}
PREVIEW_BOX = QSize(440, 300)  # the preview area, in logical pixels
PREVIEW_MARGIN = 12  # around the badge inside it
_PDFIUM = threading.Lock()  # pdfium (behind badge_png) is not safe on two threads at once


def _preview_png(badge: BadgeInfo, format_name: str, dpi: float, lang: str) -> bytes:
    from serre_desk.render.badges import badge_png

    with _PDFIUM:
        return badge_png([badge], format_name, dpi=dpi, lang=lang)


def _write_pdf(path: Path, badge: BadgeInfo, format_name: str, lang: str) -> Path:
    from serre_desk.render.badges import badge_pdf

    path.write_bytes(badge_pdf([badge], format_name, lang=lang))
    return path


def _reissue(
    db: Database, actor: Actor, person_id: int, reason: str | None, clock: DeskClock
) -> BadgeInfo:
    """Revoke the old badge (with the reason), then issue a new one."""
    now = clock.now()
    try:
        revoke_badge(db, actor, person_id, now=now, reason=reason)
    except Refusal as refusal:
        if refusal.code != "no_badge":
            raise
    return issue_badge(db, actor, person_id, now=now)


class BadgePrintDialog(QDialog):
    """Open with `open()`; `badge_changed` tells the window that a new badge was issued."""

    badge_changed = Signal(object)  # BadgeInfo

    def __init__(
        self,
        person_id: int,
        context: DeskContext,
        *,
        actor: Actor,
        server: ServerWatch | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`server`: the desk's view of its server (a new badge is refused while it is away)."""
        super().__init__(parent)
        self.person_id = person_id
        self._context = context
        self._actor = actor
        self._server = server or ServerWatch()
        self.badge: BadgeInfo | None = None
        self.job: PrintJob | None = None  # the last PDF handed to the printer
        self._preview_wanted = 0
        self.setWindowTitle(self.tr("Print badge"))
        self.setMinimumWidth(520)

        self.name = QLabel(self.tr("Loading the badge…"))
        name_font = QFont(self.font())
        name_font.setPointSizeF(scaled(15))
        name_font.setBold(True)
        self.name.setFont(name_font)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setWordWrap(True)
        self.validity = QLabel()
        self.validity.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setObjectName("BadgePreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_BOX)
        self.preview.setStyleSheet(
            "QLabel#BadgePreview { background: palette(mid); border-radius: 6px; }"
        )
        self.format = QComboBox()
        for name in FORMATS:
            self.format.addItem(self.tr(FORMAT_NAMES[name]), name)
        self.format.setToolTip(
            self.tr(
                "The printed size: cards, label-printer labels or an "
                "A4 sheet; remembered for each kind of badge"
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("&Format"), self.format)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()
        self.reissue_box = self._make_reissue_box()

        self.buttons = QDialogButtonBox()
        self.reissue_button = QPushButton(self.tr("Reissue (lost badge)…"))
        self.reissue_button.setToolTip(
            self.tr("Make a new badge with a new code: the old badge stops working at once")
        )
        self.buttons.addButton(self.reissue_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button = self.buttons.addButton(
            self.tr("Save PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button = self.buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setToolTip(
            self.tr("Print this badge; printing again keeps the same code")
        )
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_badge)
        self.save_button.clicked.connect(self.save_pdf)
        self.reissue_button.clicked.connect(self.ask_reissue)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.validity)
        layout.addWidget(self.preview, 1)
        layout.addLayout(form)
        layout.addWidget(self.reissue_box)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._set_ready(False)
        self.format.currentIndexChanged.connect(self._format_changed)
        context.printing.printed.connect(self._printed)
        context.printing.not_printed.connect(self._not_printed)
        self._load()

    def _make_reissue_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("ReissueBox")
        warning = colours(Tone.WARNING)
        box.setStyleSheet(
            f"QFrame#ReissueBox {{ background: {warning.background}; border: 1px solid "
            f"{warning.border}; border-radius: 6px; }} QFrame#ReissueBox QLabel {{ color: "
            f"{warning.text}; background: transparent; }}"
        )
        text = QLabel(
            self.tr(
                "A new badge gets a new code and the old badge is refused from now on. Do this "
                "only for a lost or stolen badge; to print the same badge again, use Print."
            )
        )
        text.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason (optional), e.g. “lost on the bus”"))
        self.confirm_reissue = QPushButton(self.tr("Reissue the badge"))
        self.keep_badge = QPushButton(self.tr("Keep the current badge"))
        self.confirm_reissue.clicked.connect(self.reissue)
        self.keep_badge.clicked.connect(self._cancel_reissue)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.keep_badge)
        row.addWidget(self.confirm_reissue)
        layout = QVBoxLayout(box)
        layout.addWidget(text)
        layout.addWidget(self.reason)
        layout.addLayout(row)
        box.hide()
        return box

    # --- loading and preview --------------------------------------------------------------

    def _load(self) -> None:
        context = self._context
        db, actor, person_id, now = context.db, self._actor, self.person_id, context.clock.now()
        context.runner.write(
            lambda: badge_for_print(db, actor, person_id, now=now),
            self._show_badge,
            self._failed,
            owner=self,
        )

    def _show_badge(self, badge: BadgeInfo) -> None:
        self.badge = badge
        self.name.setText(badge.name)
        self.validity.setText(self._validity_text(badge))
        remembered = self._context.printing.memory.badge_format(badge.kind)
        index = self.format.findData(remembered or DEFAULT_FORMAT)
        self.format.blockSignals(True)
        self.format.setCurrentIndex(max(index, 0))
        self.format.blockSignals(False)
        self._set_ready(True)
        self.print_button.setFocus()
        self._render_preview()

    def _validity_text(self, badge: BadgeInfo) -> str:
        issued = day_text(badge.issued_at, self._context.lang)
        if badge.valid_on is not None:
            text = self.tr("{kind} · day pass valid on {day} only").format(
                kind=kind_label(badge.kind), day=day_text(badge.valid_on, self._context.lang)
            )
        else:
            text = self.tr("{kind} · badge issued on {day}, valid until revoked").format(
                kind=kind_label(badge.kind), day=issued
            )
        return text

    @property
    def format_name(self) -> str:
        return str(self.format.currentData())

    def _format_changed(self) -> None:
        if self.badge is not None:
            self._context.printing.memory.remember_badge_format(self.badge.kind, self.format_name)
            self._render_preview()

    def _render_preview(self) -> None:
        badge, name, lang = self.badge, self.format_name, self._context.lang
        assert badge is not None
        self._preview_wanted += 1
        wanted = self._preview_wanted
        ratio = self.devicePixelRatioF()
        width_mm, height_mm = FORMATS[name].page
        room = PREVIEW_BOX.shrunkBy(QMargins(*[PREVIEW_MARGIN] * 4))
        dpi = 25.4 * ratio * min(room.width() / width_mm, room.height() / height_mm)
        self._context.runner.read(
            lambda: _preview_png(badge, name, dpi, lang),
            lambda png: self._show_preview(wanted, png, ratio),
            self._failed,
            owner=self,
        )

    def _show_preview(self, wanted: int, png: bytes, ratio: float) -> None:
        if wanted != self._preview_wanted:
            return  # the format changed meanwhile: a newer preview is coming
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        pixmap.setDevicePixelRatio(ratio)
        self.preview.setPixmap(pixmap)
        self.preview.setToolTip(
            self.tr("Exactly what prints ({format})").format(format=self.format.currentText())
        )

    @property
    def preview_ready(self) -> bool:
        return not self.preview.pixmap().isNull()

    # --- printing and saving --------------------------------------------------------------

    def print_badge(self) -> None:
        """Make the PDF in the background, then the print dialog (printer remembered per kind)."""
        self._with_pdf(lambda job: self._context.printing.print_with_dialog(job, self))

    def save_pdf(self) -> None:
        self._with_pdf(lambda job: self._context.printing.save_copy(job.pdf, self, self._saved))

    def _with_pdf(self, then: Callable[[PrintJob], None]) -> None:
        badge, name, lang = self.badge, self.format_name, self._context.lang
        if badge is None:
            return
        path = self._context.printing.scratch_file(f"badge-{badge.person_id}-{name}.pdf")
        title = self.tr("Badge of {name}").format(name=badge.name)
        self._set_ready(False)

        def made(pdf: Path) -> None:
            self._set_ready(True)
            self.job = PrintJob(pdf, badge_key(badge.kind), title)
            then(self.job)

        self._context.runner.read(
            lambda: _write_pdf(path, badge, name, lang), made, self._failed, owner=self
        )

    def _printed(self, job: PrintJob, printer: str) -> None:
        if job is self.job:
            self._say(Tone.IN, self.tr("Sent to the printer {printer}.").format(printer=printer))

    def _not_printed(self, job: PrintJob, why: str) -> None:
        if job is self.job:
            self._say(Tone.WARNING, why)

    def _saved(self, path: Path) -> None:
        self._say(Tone.IN, self.tr("Saved as {path}").format(path=path))

    # --- reissuing ------------------------------------------------------------------------

    def ask_reissue(self) -> None:
        """Ask first, in this dialog (the safe choice is the default)."""
        self.reissue_box.show()
        self.keep_badge.setDefault(True)
        self.print_button.setDefault(False)
        self.reason.setFocus()

    def _cancel_reissue(self) -> None:
        self.reissue_box.hide()
        self.reason.clear()
        self.print_button.setDefault(True)

    def reissue(self) -> None:
        if self._server.away(self._failed):  # said here; the reason typed stays
            return
        context = self._context
        db, actor, person_id, clock = context.db, self._actor, self.person_id, context.clock
        reason = self.reason.text().strip() or None
        self._set_ready(False)
        context.runner.write(
            lambda: _reissue(db, actor, person_id, reason, clock),
            self._reissued,
            self._failed,
            owner=self,
        )

    def _reissued(self, badge: BadgeInfo) -> None:
        self._cancel_reissue()
        self._show_badge(badge)
        self._say(
            Tone.WARNING,
            self.tr("New badge made: the old badge no longer works. Print the new one now."),
        )
        self.badge_changed.emit(badge)

    # --- state ----------------------------------------------------------------------------

    def _set_ready(self, ready: bool) -> None:
        for widget in (
            self.print_button,
            self.save_button,
            self.reissue_button,
            self.confirm_reissue,
            self.format,
        ):
            widget.setEnabled(ready)

    def _say(self, tone: Tone, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colours(tone).text}; font-weight: bold;")
        self.status.show()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Refusal):
            self._say(Tone.REFUSED, error.text())
            self._set_ready(self.badge is not None)
            if self.badge is None:
                self.name.setText(self.tr("No badge"))
            return
        self._set_ready(self.badge is not None)
        self._context.errors.bug(error)
