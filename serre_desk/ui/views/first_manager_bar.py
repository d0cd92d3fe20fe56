"""The offer shown while no desk user exists: a bar across the window, never in the way. "Create
the first manager…" opens the form in the bar itself; "Not now" hides it until the next start."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from serre_desk.ui import icons
from serre_desk.ui.dialogs.signin import CreateManager, FirstManagerForm, Run
from serre_desk.ui.style import Tone, colours


class FirstManagerBar(QFrame):
    def __init__(self, create: CreateManager, *, run: Run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstManagerBar")
        tone = colours(Tone.WARNING)
        self.setStyleSheet(
            f"QFrame#FirstManagerBar {{ background: {tone.background}; border: 1px solid "
            f"{tone.border}; border-radius: 8px; }} "
            f"QFrame#FirstManagerBar > QLabel {{ color: {tone.text}; background: transparent; }}"
        )
        icon = QLabel()
        icon.setPixmap(icons.pixmap("warning", 20))
        self.text = QLabel(
            self.tr(
                "No desk user exists yet: anyone at this desk acts as administrator. Create the "
                "first manager to protect overrides and personal data."
            )
        )
        self.text.setWordWrap(True)
        self.open_form = QPushButton(self.tr("Create the first manager…"))
        self.dismiss = QPushButton(self.tr("Not now"))
        self.form = FirstManagerForm(create, run=run)
        self.form.hide()
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        row.addWidget(self.open_form)
        row.addWidget(self.dismiss)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(row)
        layout.addWidget(self.form)
        self.open_form.clicked.connect(self.show_form)
        self.dismiss.clicked.connect(self.hide)
        self.form.created.connect(lambda _name: self.hide())

    def show_form(self) -> None:
        self.open_form.hide()
        self.text.hide()  # the form says it again, at more length
        self.form.setMaximumWidth(520)
        self.form.show()
        self.form.name.setFocus()
