"""Signing in at the desk: who (a list of desk users) and their PIN or password.

`SignInForm` checks the secret through a callable (in the window: `services.users.authenticate`
with the desk's database and clock) and emits `signed_in(Actor)`; a refusal (wrong PIN, wait N
seconds, locked) is written under the field. `FirstManagerForm` is what the desk offers, without
blocking anything, while no desk user exists: create the first manager.

Checking a secret costs Argon2's 50–100 ms: in the window both forms take `run=runner.write`, so
the work happens on the desk's writer thread and the answer comes back on the GUI thread; without
it (`run_here`) they check at once, which widget tests use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
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
Run = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None]


def run_here(
    work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[BaseException], None]
) -> None:
    """Run `work` now, on this thread, and hand its result or its exception on."""
    try:
        result = work()
    except BaseException as error:  # handed on, as the task runner does
        failed(error)
    else:
        done(result)


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


def _refusal_text(error: BaseException) -> str:
    """A refusal's reason; anything else is a bug and goes to the crash handler."""
    if isinstance(error, Refusal):
        return error.text()
    raise error


class SignInForm(QWidget):
    """Pick your name, type your PIN or password, press Enter."""

    signed_in = Signal(object)  # Actor

    def __init__(
        self,
        users: Sequence[str],
        authenticate: Authenticate,
        *,
        title: str | None = None,
        run: Run = run_here,
        check_first: Callable[[], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`check_first`: what must be put right before the secret is checked (a dialog's own
        fields, e.g. a reason), in words; None when all is well."""
        super().__init__(parent)
        self._authenticate = authenticate
        self._run = run
        self._check_first = check_first
        self.busy = False
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
        if self.busy:
            return
        name, secret = self.user.currentText(), self.secret.text()
        if not name or not secret:
            _show_error(self.error, self.tr("Choose your name and type your PIN or password."))
            return
        problem = self._check_first() if self._check_first is not None else None
        if problem:
            _show_error(self.error, problem)
            return
        self._set_busy(True)
        authenticate = self._authenticate
        self._run(lambda: authenticate(name, secret), self._accepted, self._refused)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.submit.setEnabled(not busy)
        self.secret.setReadOnly(busy)

    def _accepted(self, actor: Actor) -> None:
        if not shiboken6.isValid(self):  # closed while the secret was being checked
            return
        self._set_busy(False)
        self.reset()
        self.signed_in.emit(actor)

    def _refused(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self.secret.clear()
        self.secret.setFocus()
        _show_error(self.error, _refusal_text(error))


class FirstManagerForm(QWidget):
    """Create the first desk user, a manager (name, password typed twice)."""

    created = Signal(str)  # the manager's name

    def __init__(
        self, create: CreateManager, *, run: Run = run_here, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._create = create
        self._run = run
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
        if not self.submit.isEnabled():
            return  # the first one is being created
        if self.password.text() != self.repeat.text():
            _show_error(self.error, self.tr("The two passwords differ."))
            return
        create, name, password = self._create, self.name.text(), self.password.text()
        self.submit.setEnabled(False)
        self._run(
            lambda: create(name, password), lambda _user: self._created(name.strip()), self._refused
        )

    def _created(self, name: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.submit.setEnabled(True)
        for field in (self.name, self.password, self.repeat):
            field.clear()
        _show_error(self.error, "")
        self.created.emit(name)

    def _refused(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.submit.setEnabled(True)
        _show_error(self.error, _refusal_text(error))
