"""What a kids' dialog says under its form: a coloured box (a bold title, the text, one more line
the dialog fills: the codes, the adults authorised for pickup) and, under it, the manager's
override panel when the refusal can be overridden. The dialog grows taller when the box needs it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from serre_desk.ui.dialogs.manager_override import OverridePanel
from serre_desk.ui.style import Tone, colours, scaled


class OutcomePanel(QWidget):
    """Hidden until `show_outcome`; `clear` hides it and the override again. `box_name` names
    the coloured box (its style sheet is written for that name); `override` is the panel under
    it, made with the dialog's `explanation` and `button` words."""

    def __init__(self, box_name: str, explanation: str, button: str) -> None:
        super().__init__()
        self.box = QFrame()
        self.box.setObjectName(box_name)
        self.title = QLabel()
        self.title.setWordWrap(True)
        bold = QFont(self.title.font())
        bold.setBold(True)
        bold.setPointSizeF(scaled(13))
        self.title.setFont(bold)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.extra = QLabel()
        self.extra.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(self.box)
        box.addWidget(self.title)
        box.addWidget(self.text)
        box.addWidget(self.extra)
        self.override = OverridePanel(explanation, button)
        self.override.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.override)
        self.hide()

    def show_outcome(self, tone: Tone, title: str, text: str, *, extra: bool = False) -> None:
        """The box in `tone`'s colours with `title` and `text` (its line hidden when empty);
        the extra line shown only when `extra`."""
        palette = colours(tone)
        name = self.box.objectName()
        self.box.setStyleSheet(
            f"QFrame#{name} {{ background: {palette.background}; border: 2px solid "
            f"{palette.border}; border-radius: 8px; }} QFrame#{name} QLabel {{ color: "
            f"{palette.text}; background: transparent; }}"
        )
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.extra.setVisible(extra)
        self.show()
        QTimer.singleShot(0, self._grow)

    def clear(self) -> None:
        self.hide()
        self.override.hide()

    def _grow(self) -> None:
        """The dialog taller when the outcome needs it (wrapped lines), never narrower."""
        window = self.window()
        layout = window.layout()
        needed = layout.totalHeightForWidth(window.width()) if layout is not None else -1
        if needed > window.height():
            window.resize(window.width(), needed)
