"""Small one-page PDFs the settings print: a manager's recovery code, a printer's test page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen


def page_size(width_mm: float, height_mm: float) -> QPageSize:
    return QPageSize(
        QSizeF(width_mm, height_mm),
        QPageSize.Unit.Millimeter,
        "",
        QPageSize.SizeMatchPolicy.FuzzyMatch,
    )


def write_note(
    path: Path, title: str, lines: list[str], size: QPageSize, *, big: str = "", frame: bool = False
) -> Path:
    """`title`, an optional `big` line (a code) and `lines`, on one page of `size`; `frame`
    draws the printable edge (a test page shows where the printer cuts)."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setResolution(300)
    writer.setTitle(title)
    painter = QPainter(writer)
    try:
        area = QRectF(0, 0, writer.width(), writer.height())
        margin = min(area.width(), area.height()) * 0.06
        inner = area.adjusted(margin, margin, -margin, -margin)
        if frame:
            painter.setPen(QPen(Qt.GlobalColor.black, 6))
            painter.drawRect(inner)
        scale = min(1.0, inner.width() / 2000)  # a label is small: smaller type
        font = QFont("DejaVu Sans")
        font.setPointSizeF(max(6.0, 16 * scale))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.black)
        flags = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
        used = painter.boundingRect(inner, flags, title)
        painter.drawText(inner, flags, title)
        top = inner.top() + used.height() * 1.3
        if big:
            font.setFamily("DejaVu Sans Mono")
            font.setPointSizeF(max(8.0, 22 * scale))
            painter.setFont(font)
            box = QRectF(inner.left(), top, inner.width(), inner.height() - (top - inner.top()))
            used = painter.boundingRect(box, flags, big)
            painter.drawText(box, flags, big)
            top += used.height() * 1.4
        font.setFamily("DejaVu Sans")
        font.setBold(False)
        font.setPointSizeF(max(5.0, 10 * scale))
        painter.setFont(font)
        box = QRectF(inner.left(), top, inner.width(), inner.bottom() - top)
        painter.drawText(box, flags, "\n".join(lines))
    finally:
        painter.end()
    return path
