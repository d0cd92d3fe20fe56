"""A manager's password asked on the spot, for one action, without signing the staff member out.

`ManagerPrompt.ask(...)` opens a small window-modal dialog without blocking (`open()`); when a
manager signs in it calls `on_approved(manager_actor)` and closes. The desk then runs that one
action as the manager (the audit records the manager) and stays signed in as the staff member.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from serre_desk.services.actor import Actor
from serre_desk.ui.signin import Authenticate, SignInForm


class ManagerPrompt(QDialog):
    def __init__(
        self,
        action: str,
        managers: Sequence[str],
        authenticate: Authenticate,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A manager is needed"))
        self.approved_by: Actor | None = None
        self.action = QLabel(action)
        self.action.setWordWrap(True)
        explain = QLabel(
            self.tr("A manager signs in for this action only; the desk stays signed in as it is.")
        )
        explain.setWordWrap(True)
        self.form = SignInForm(managers, self._manager_only(authenticate),
                               title=self.tr("Manager's approval"))
        self.form.submit.setText(self.tr("Approve"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():  # Enter approves (the form's field); Esc cancels
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.action)
        layout.addWidget(explain)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.form.signed_in.connect(self._approved)

    def _manager_only(self, authenticate: Authenticate) -> Authenticate:
        from serre_desk.services.permissions import require_manager

        def check(name: str, secret: str) -> Actor:
            actor = authenticate(name, secret)
            require_manager(actor)
            return actor

        return check

    def _approved(self, actor: Actor) -> None:
        self.approved_by = actor
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        action: str,
        managers: Sequence[str],
        authenticate: Authenticate,
        on_approved: Callable[[Actor], None],
    ) -> ManagerPrompt:
        """Open the prompt (non-blocking); `on_approved` runs only if a manager approves."""
        prompt = cls(action, managers, authenticate, parent)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and prompt.approved_by is not None:
                on_approved(prompt.approved_by)
            prompt.deleteLater()

        prompt.finished.connect(finished)
        prompt.open()
        prompt.form.secret.setFocus()
        return prompt
