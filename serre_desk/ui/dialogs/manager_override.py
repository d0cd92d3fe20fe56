"""The "a manager can override" path under a refusal: a written reason and one button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from serre_desk.ui.style import Tone, colours


class OverridePanel(QFrame):
    """Emits `requested(reason)` once a reason is written; the dialog then asks a manager."""

    requested = Signal(str)

    def __init__(self, explanation: str, button: str) -> None:
        super().__init__()
        self.setObjectName("OverridePanel")
        warning = colours(Tone.WARNING)
        self.setStyleSheet(
            f"QFrame#OverridePanel {{ border: 1px dashed {warning.border}; border-radius: 6px; }}"
        )
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason (kept in the audit log)"))
        self.button = QPushButton(button)
        self.button.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self.button.setEnabled(bool(text.strip())))
        self.reason.returnPressed.connect(self._request)
        self.button.clicked.connect(self._request)
        row = QHBoxLayout()
        row.addWidget(self.reason, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(row)

    def _request(self) -> None:
        reason = self.reason.text().strip()
        if reason:
            self.requested.emit(reason)
