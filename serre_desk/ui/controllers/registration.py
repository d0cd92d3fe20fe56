"""Opening the registration form and carrying it through: look-alikes, create, check in.

While the database server is away the form still opens (with the name typed) and says so at
once; registering is refused in the form, which stays open with everything typed, until the
server is back."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from serre_desk.domain.errors import Refusal
from serre_desk.services.people import PersonFields, PersonRow, similar_names
from serre_desk.ui.context import DeskContext
from serre_desk.ui.controllers.actions import DeskActions, Registered
from serre_desk.ui.dialogs.registration import RegistrationDialog


class RegistrationFlow(QObject):
    registered = Signal(object)  # Registered: the new person, checked in or refused
    child_wanted = Signal(str)  # the form's kind turned to "child": the child's form, this name

    def __init__(
        self,
        context: DeskContext,
        actions: DeskActions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = context.db
        self._runner = context.runner
        self._actions = actions
        self._errors = context.errors
        self._lang = context.lang
        self._notice = context.notice
        self.dialog: RegistrationDialog | None = None

    def open(self, parent: QWidget, name: str = "") -> RegistrationDialog:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        dialog = RegistrationDialog(self._lang, name, parent, notice=self._notice.text(self._lang))
        dialog.similar_requested.connect(lambda text: self._look_alikes(dialog, text))
        dialog.submitted.connect(lambda fields: self._register(dialog, fields))
        dialog.existing_chosen.connect(self._actions.toggle)
        dialog.child_chosen.connect(self.child_wanted)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        dialog.form.name.setFocus()
        self._actions.refused_while_away(dialog.show_refusal)
        return dialog

    def _look_alikes(self, dialog: RegistrationDialog, name: str) -> None:
        if self._actions.refused_while_away(dialog.show_refusal):
            return  # nothing read: registering waits for the server anyway
        db = self._db

        def found(rows: list[PersonRow]) -> None:
            dialog.show_similar(name, rows)

        def failed(error: BaseException) -> None:
            if isinstance(error, Refusal):  # e.g. a name too long: say so in the form
                dialog.show_refusal(error)
            else:
                self._errors.background_failed(error)

        self._runner.read(lambda: similar_names(db, name), found, failed, owner=dialog)

    def _register(self, dialog: RegistrationDialog, fields: PersonFields) -> None:
        def done(result: Registered) -> None:
            dialog.finish()
            self.registered.emit(result)

        self._actions.register(fields, done, dialog.show_refusal)

    def _closed(self, dialog: RegistrationDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
