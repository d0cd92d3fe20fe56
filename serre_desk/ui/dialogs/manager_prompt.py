"""A manager's password asked on the spot, for one action, without signing the staff member out.

`ManagerPrompt.ask(...)` opens a small window-modal dialog without blocking (`open()`); when a
manager signs in it calls `on_approved(manager_actor)` and closes. The desk then runs that one
action as the manager (the audit records the manager) and stays signed in as the staff member.

`ManagerPrompt.ask_with_reason(...)` also asks for the written reason an override needs, in the
same dialog, and calls `on_approved(manager_actor, reason)`. When a manager is already signed in
(`manager=`), only the reason is asked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from serre_desk.services.actor import Actor
from serre_desk.ui.dialogs.signin import Authenticate, Run, SignInForm, run_here


class ManagerPrompt(QDialog):
    def __init__(
        self,
        action: str,
        managers: Sequence[str],
        authenticate: Authenticate,
        parent: QWidget | None = None,
        *,
        run: Run = run_here,
        ask_reason: bool = False,
        manager: Actor | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A manager is needed"))
        self.setMinimumWidth(460)
        self.approved_by: Actor | None = None
        self.action = QLabel(action)
        self.action.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason (kept in the audit log)"))
        self.reason.setAccessibleName(self.tr("Reason"))
        reason_row = QFormLayout()
        reason_row.addRow(self.tr("Reason"), self.reason)
        explain = QLabel(
            self.tr("A manager signs in for this action only; the desk stays signed in as it is.")
        )
        explain.setWordWrap(True)
        self.form = SignInForm(
            managers,
            self._manager_only(authenticate),
            title=self.tr("Manager's approval"),
            run=run,
            check_first=self._reason_missing if ask_reason else None,
        )
        self.form.submit.setText(self.tr("Approve"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.approve = QPushButton(self.tr("Approve"))
        if manager is not None:  # a manager is signed in: the reason is all that is asked
            buttons.addButton(self.approve, QDialogButtonBox.ButtonRole.AcceptRole)
            self.approve.clicked.connect(lambda: self._approve_as(manager))
            self.reason.returnPressed.connect(lambda: self._approve_as(manager))
        for button in buttons.buttons():  # Enter approves (the form's field); Esc cancels
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(self.form.error.styleSheet())
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.action)
        if ask_reason:
            layout.addLayout(reason_row)
            layout.addWidget(self.error)
        if manager is None:
            layout.addWidget(explain)
            layout.addWidget(self.form)
        else:
            self.form.hide()
            explain.hide()
        layout.addWidget(buttons)
        self.form.signed_in.connect(self._approved)

    def _manager_only(self, authenticate: Authenticate) -> Authenticate:
        from serre_desk.services.permissions import require_manager

        def check(name: str, secret: str) -> Actor:
            actor = authenticate(name, secret)
            require_manager(actor)
            return actor

        return check

    def _reason_missing(self) -> str | None:
        if self.reason.text().strip():
            return None
        self.reason.setFocus()
        return self.tr("Write the reason first: it is kept in the audit log.")

    def _approve_as(self, manager: Actor) -> None:
        missing = self._reason_missing()
        self.error.setText(missing or "")
        self.error.setVisible(bool(missing))
        if missing is None:
            self._approved(manager)

    def _approved(self, actor: Actor) -> None:
        self.approved_by = actor
        self.accept()

    def _focus_first(self) -> None:
        if self.reason.isVisibleTo(self):
            self.reason.setFocus()
        else:
            self.form.secret.setFocus()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        action: str,
        managers: Sequence[str],
        authenticate: Authenticate,
        on_approved: Callable[[Actor], None],
        *,
        run: Run = run_here,
    ) -> ManagerPrompt:
        """Open the prompt (non-blocking); `on_approved` runs only if a manager approves."""
        prompt = cls(action, managers, authenticate, parent, run=run)
        prompt._open(on_approved)
        return prompt

    @classmethod
    def ask_with_reason(
        cls,
        parent: QWidget | None,
        action: str,
        managers: Sequence[str],
        authenticate: Authenticate,
        on_approved: Callable[[Actor, str], None],
        *,
        run: Run = run_here,
        manager: Actor | None = None,
    ) -> ManagerPrompt:
        """The same, with the reason written in the dialog; `manager`: one already signed in,
        who only writes the reason."""
        prompt = cls(
            action, managers, authenticate, parent, run=run, ask_reason=True, manager=manager
        )
        prompt._open(lambda approver: on_approved(approver, prompt.reason.text().strip()))
        return prompt

    def _open(self, approved: Callable[[Actor], None]) -> None:
        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and self.approved_by is not None:
                approved(self.approved_by)
            self.deleteLater()

        self.finished.connect(finished)
        self.open()
        self._focus_first()
