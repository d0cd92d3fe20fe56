"""F1: every keyboard shortcut of the window in two columns, the key and what it does; a long
description wraps in its own column."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget

WIDTH = 560


class ShortcutsDialog(QDialog):
    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        """`rows`: (key, what it does), in the order shown."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        for row, (key, what) in enumerate(rows):
            key_label = QLabel(key)
            bold = QFont(key_label.font())
            bold.setBold(True)
            key_label.setFont(bold)
            text = QLabel(what)
            text.setWordWrap(True)
            for label in (key_label, text):
                label.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.setMinimumWidth(WIDTH)
        self.resize(WIDTH, layout.totalHeightForWidth(WIDTH))  # no room left over below
