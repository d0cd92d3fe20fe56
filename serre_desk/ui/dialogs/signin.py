"""Signing in at the desk: who (a list of desk users) and their PIN or password.

`SignInForm` checks the secret through a callable (in the window: `services.users.authenticate`
with the desk's database and clock) and emits `signed_in(Actor)`; a refusal (wrong PIN, wait N
seconds, locked) is written under the field; a locked-out manager can use their recovery code
instead (`recover`). `FirstManagerForm` is what the desk offers, without blocking anything, while
no desk user exists: create the first manager, whose recovery code it then shows once.

Checking a secret costs Argon2's 50–100 ms: in the window both forms take `run=runner.write`, so
the work happens on the desk's writer thread and the answer comes back on the GUI thread; without
it (`run_here`) they check at once, which widget tests use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
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

from serre_desk.services.actor import Actor
from serre_desk.ui.dialogs.recovery_code import Recover, RecoveryCodeNote, RecoveryForm
from serre_desk.ui.form_feedback import Run, error_label, refusal_text, run_here, show_error

if TYPE_CHECKING:
    from serre_desk.services.users import DeskUserInfo

Authenticate = Callable[[str, str], Actor]  # (user name, secret) -> the signed-in desk user
CreateManager = Callable[[str, str], "DeskUserInfo"]  # (name, password) -> them; or Refusal


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
        recover: Recover | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`check_first`: what must be put right before the secret is checked (a dialog's own
        fields, e.g. a reason), in words; None when all is well. `recover`: offers a locked-out
        manager their recovery code (`services.users.recover`)."""
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
        self.error = error_label()
        self.submit = QPushButton(self.tr("Sign in"))
        self.submit.setAutoDefault(False)  # Enter in the field signs in once, also in a dialog
        form = QFormLayout()
        form.addRow(self.tr("Who"), self.user)
        form.addRow(self.tr("PIN or password"), self.secret)
        self.signing = QWidget()  # what the recovery form takes the place of
        signing = QVBoxLayout(self.signing)
        signing.setContentsMargins(0, 0, 0, 0)
        signing.addLayout(form)
        signing.addWidget(self.error)
        signing.addWidget(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.signing)
        self.secret.returnPressed.connect(self.try_sign_in)
        self.submit.clicked.connect(self.try_sign_in)
        self.set_users(users)
        self.recovery: RecoveryForm | None = None
        if recover is not None:
            self.recovery = RecoveryForm(recover, run=run)
            self.recovery.hide()
            use_code = QPushButton(self.tr("Manager locked out? Use a recovery code…"))
            use_code.setObjectName("UseRecoveryCode")
            use_code.setFlat(True)
            use_code.setAutoDefault(False)
            signing.addWidget(use_code, 0, Qt.AlignmentFlag.AlignRight)
            layout.addWidget(self.recovery)
            use_code.clicked.connect(self.show_recovery)
            self.recovery.cancelled.connect(self._back_from_recovery)
            self.recovery.recovered.connect(self._recovered)

    def set_users(self, users: Sequence[str], current: str | None = None) -> None:
        self.user.clear()
        self.user.addItems(list(users))
        if current is not None:
            self.user.setCurrentText(current)

    def show_recovery(self) -> None:
        assert self.recovery is not None
        self.signing.hide()
        self.recovery.show()
        self.recovery.start(self.user.currentText())

    def _back_from_recovery(self) -> None:
        if self.recovery is not None:
            self.recovery.hide()
        self.signing.show()
        self.reset()

    def _recovered(self, name: str) -> None:
        """Back at the sign-in, the manager chosen, to sign in with the new password."""
        self._back_from_recovery()
        if self.user.findText(name) < 0:
            self.user.addItem(name)
        self.user.setCurrentText(name)

    def reset(self) -> None:
        """Empty the secret and the error (after signing out, or when shown again)."""
        self.secret.clear()
        show_error(self.error, "")
        self.secret.setFocus()

    def try_sign_in(self) -> None:
        if self.busy:
            return
        name, secret = self.user.currentText(), self.secret.text()
        if not name or not secret:
            show_error(self.error, self.tr("Choose your name and type your PIN or password."))
            return
        problem = self._check_first() if self._check_first is not None else None
        if problem:
            show_error(self.error, problem)
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
        show_error(self.error, refusal_text(error))


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
        self.error = error_label()
        self.submit = QPushButton(self.tr("Create manager"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        self.fields = QWidget()
        fields = QVBoxLayout(self.fields)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(intro)
        fields.addLayout(form)
        fields.addWidget(self.error)
        fields.addWidget(self.submit)
        self.note = RecoveryCodeNote()
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.note)
        self.submit.clicked.connect(self.try_create)
        self.repeat.returnPressed.connect(self.try_create)
        self._name = ""
        self.note.kept.connect(lambda: self.created.emit(self._name))

    def try_create(self) -> None:
        if not self.submit.isEnabled():
            return  # the first one is being created
        if self.password.text() != self.repeat.text():
            show_error(self.error, self.tr("The two passwords differ."))
            return
        create, name, password = self._create, self.name.text(), self.password.text()
        self.submit.setEnabled(False)
        self._run(lambda: create(name, password), self._created, self._refused)

    def _created(self, user: DeskUserInfo) -> None:
        """The manager exists: their recovery code is shown once, then `created`."""
        if not shiboken6.isValid(self):
            return
        self.submit.setEnabled(True)
        for field in (self.name, self.password, self.repeat):
            field.clear()
        show_error(self.error, "")
        self._name = user.name
        self.fields.hide()
        self.note.show_code(user.name, user.recovery_code or "")

    def _refused(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.submit.setEnabled(True)
        show_error(self.error, refusal_text(error))
