"""Signing in at the desk: who (a list of desk users) and their PIN or password.

`SignInForm` checks the secret through a callable (in the window: `services.users.authenticate`
with the desk's database and clock) and emits `signed_in(Actor)`; a refusal (wrong PIN, wait N
seconds, locked) is written under the field. `FirstManagerForm` is what the desk offers, without
blocking anything, while no desk user exists: create the first manager.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from serre_desk.domain.errors import Refusal
from serre_desk.services.actor import Actor
from serre_desk.ui.style import Tone, colours

Authenticate = Callable[[str, str], Actor]  # (user name, secret) -> the signed-in desk user
CreateManager = Callable[[str, str], object]  # (name, password) -> anything; raises Refusal


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("SignInError")
    tone = colours(Tone.REFUSED)
    label.setStyleSheet(f"color: {tone.text};")
    label.hide()
    return label


def _show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class SignInForm(QWidget):
    """Pick your name, type your PIN or password, press Enter."""

    signed_in = Signal(object)  # Actor

    def __init__(
        self,
        users: Sequence[str],
        authenticate: Authenticate,
        *,
        title: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._authenticate = authenticate
        self.title = QLabel(title or self.tr("Sign in to the desk"))
        heading = QFont(self.title.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.5)
        heading.setBold(True)
        self.title.setFont(heading)
        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("Desk user"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("PIN or password"))
        self.secret.setPlaceholderText(self.tr("PIN or password"))
        self.error = _error_label()
        self.submit = QPushButton(self.tr("Sign in"))
        self.submit.setAutoDefault(False)  # Enter in the field signs in once, also in a dialog
        form = QFormLayout()
        form.addRow(self.tr("Who"), self.user)
        form.addRow(self.tr("PIN or password"), self.secret)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.submit)
        self.secret.returnPressed.connect(self.try_sign_in)
        self.submit.clicked.connect(self.try_sign_in)
        self.set_users(users)

    def set_users(self, users: Sequence[str], current: str | None = None) -> None:
        self.user.clear()
        self.user.addItems(list(users))
        if current is not None:
            self.user.setCurrentText(current)

    def reset(self) -> None:
        """Empty the secret and the error (after signing out, or when shown again)."""
        self.secret.clear()
        _show_error(self.error, "")
        self.secret.setFocus()

    def try_sign_in(self) -> None:
        name, secret = self.user.currentText(), self.secret.text()
        if not name or not secret:
            _show_error(self.error, self.tr("Choose your name and type your PIN or password."))
            return
        try:
            actor = self._authenticate(name, secret)
        except Refusal as refusal:
            self.secret.clear()
            _show_error(self.error, refusal.text())
            return
        self.reset()
        self.signed_in.emit(actor)


class FirstManagerForm(QWidget):
    """Create the first desk user, a manager (name, password typed twice)."""

    created = Signal(str)  # the manager's name

    def __init__(self, create: CreateManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._create = create
        intro = QLabel(
            self.tr(
                "No desk user exists yet: the desk runs as administrator. Create the first "
                "manager to protect overrides, corrections and personal data."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Manager's name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("at least 12 characters"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Password again"))
        self.error = _error_label()
        self.submit = QPushButton(self.tr("Create manager"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.submit)
        self.submit.clicked.connect(self.try_create)
        self.repeat.returnPressed.connect(self.try_create)

    def try_create(self) -> None:
        if self.password.text() != self.repeat.text():
            _show_error(self.error, self.tr("The two passwords differ."))
            return
        try:
            self._create(self.name.text(), self.password.text())
        except Refusal as refusal:
            _show_error(self.error, refusal.text())
            return
        name = self.name.text().strip()
        for field in (self.name, self.password, self.repeat):
            field.clear()
        _show_error(self.error, "")
        self.created.emit(name)
