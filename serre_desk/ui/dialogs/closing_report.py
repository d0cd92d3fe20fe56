"""After closing: who was checked out automatically, and any child still inside (an alarm)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from serre_desk.services.closing import ClosingResult
from serre_desk.ui.formatting import clock_time
from serre_desk.ui.style import RIGHT, Tone, colours


class ClosingReportDialog(QDialog):
    def __init__(
        self, result: ClosingResult, area_names: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Day closed"))
        self.setMinimumSize(480, 360)
        layout = QVBoxLayout(self)
        if result.children_inside:
            alarm = QLabel(
                self.tr(
                    "Children still inside: {names}. Children are never checked out automatically: "
                    "make sure each one is collected by an authorised adult."
                ).format(names=", ".join(child.name for child in result.children_inside))
            )
            alarm.setWordWrap(True)
            refused = colours(Tone.REFUSED)
            alarm.setStyleSheet(
                f"background: {refused.background}; color: {refused.text}; border: 2px solid "
                f"{refused.border}; border-radius: 6px; padding: 8px; font-weight: bold;"
            )
            layout.addWidget(alarm)
        if result.educators_kept:
            kept = ", ".join(person.name for person in result.educators_kept)
            text = self.tr("Educators kept inside with the children: {names}")
            layout.addWidget(QLabel(text.format(names=kept)))
        summary = QLabel(
            self.tr(
                "%n person(s) still inside checked out automatically "
                "(marked “automatic check-out” on the attendance sheet).",
                "",
                len(result.auto_closed),
            )
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.table = QTableWidget(len(result.auto_closed), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Area"), self.tr("Out at")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, closed in enumerate(result.auto_closed):
            at = QTableWidgetItem(clock_time(closed.at))
            at.setTextAlignment(RIGHT)
            name = QTableWidgetItem(closed.person.name)
            name.setToolTip(closed.person.name)
            self.table.setItem(row, 0, name)
            self.table.setItem(
                row, 1, QTableWidgetItem(area_names.get(closed.area_key, closed.area_key))
            )
            self.table.setItem(row, 2, at)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
