"""A manager's recovery code in the window: shown once when it is made (`RecoveryCodeNote`), and
used at the sign-in to set a new password when a manager is locked out (`RecoveryForm`).

The form checks the code through a callable (in the window: `services.users.recover` with the
desk's database) run like the sign-in's (`run`), and emits `recovered(name)` once the new code
has been shown and put away.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from serre_desk.ui.form_feedback import Run, error_label, refusal_text, run_here, show_error

if TYPE_CHECKING:
    from serre_desk.services.users import DeskUserInfo

Recover = Callable[[str, str, str], "DeskUserInfo"]  # (name, code, new password) -> the manager


class RecoveryCodeNote(QWidget):
    """The code, large and selectable, with what it is for; `kept` when put away."""

    kept = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.code = QLabel()
        self.code.setObjectName("RecoveryCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(QFont(self.font()).pointSizeF() * 1.8)
        mono.setBold(True)
        self.code.setFont(mono)
        self.done = QPushButton(self.tr("I have written it down"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.code)
        layout.addWidget(self.done, 0, Qt.AlignmentFlag.AlignRight)
        self.done.clicked.connect(self._kept)

    def show_code(self, name: str, code: str) -> None:
        self.intro.setText(
            self.tr(
                "The recovery code of {name}. Write it down or print it now and keep it with "
                "the venue's keys, away from the desk: it is shown only now. With it {name} "
                "sets a new password when locked out (at the sign-in: Use a recovery code)."
            ).format(name=name)
        )
        self.code.setText(code)
        self.show()
        self.done.setFocus()

    def _kept(self) -> None:
        self.code.clear()  # shown once: gone from the window once put away
        self.hide()
        self.kept.emit()


class RecoveryForm(QWidget):
    """Name, recovery code, new password twice: the manager is unlocked with the new password
    and sees their next recovery code."""

    recovered = Signal(str)  # the manager's name
    cancelled = Signal()

    def __init__(
        self, recover: Recover, *, run: Run = run_here, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._recover = recover
        self._run = run
        self._name = ""
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Manager's name"))
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("ABCD-EFGH-JKLM-NPQR-STUV")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("New password"))
        self.password.setPlaceholderText(self.tr("at least 12 characters"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("New password again"))
        self.error = error_label()
        self.submit = QPushButton(self.tr("Set the new password"))
        self.submit.setAutoDefault(False)
        self.cancel = QPushButton(self.tr("Back to the sign-in"))
        self.cancel.setAutoDefault(False)
        self.note = RecoveryCodeNote()
        self.note.hide()
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Manager"), self.name)
        form.addRow(self.tr("Recovery code"), self.code)
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("New password again"), self.repeat)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self.submit.clicked.connect(self.try_recover)
        self.repeat.returnPressed.connect(self.try_recover)
        self.cancel.clicked.connect(self._cancel)
        self.note.kept.connect(lambda: self.recovered.emit(self._name))

    def start(self, name: str) -> None:
        """Empty fields, the name filled in when known."""
        for field in (self.code, self.password, self.repeat):
            field.clear()
        self.name.setText(name)
        show_error(self.error, "")
        self.note.hide()
        self._show_fields(True)
        (self.code if name else self.name).setFocus()

    def try_recover(self) -> None:
        if not self.submit.isEnabled():
            return
        if self.password.text() != self.repeat.text():
            show_error(self.error, self.tr("The two passwords differ."))
            return
        recover = self._recover
        name, code, password = self.name.text(), self.code.text(), self.password.text()
        self.submit.setEnabled(False)
        self._run(lambda: recover(name, code, password), self._done, self._refused)

    def _show_fields(self, shown: bool) -> None:
        for widget in (self.fields, self.submit, self.cancel):
            widget.setVisible(shown)
        self.submit.setEnabled(True)

    def _done(self, user: DeskUserInfo) -> None:
        if not shiboken6.isValid(self):
            return
        self._name = user.name
        for field in (self.code, self.password, self.repeat):
            field.clear()
        show_error(self.error, "")
        self._show_fields(False)
        self.note.show_code(user.name, user.recovery_code or "")

    def _refused(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.submit.setEnabled(True)
        self.code.clear()
        show_error(self.error, refusal_text(error))

    def _cancel(self) -> None:
        self.start("")
        self.cancelled.emit()
