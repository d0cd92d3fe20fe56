"""The person card: loads the chosen person's details in the background, keeps them current,
opens the edit dialog."""

from __future__ import annotations

from PySide6.QtCore import QObject

from serre_desk.services.people import PersonDetails, PersonFields, PersonRow, person_details
from serre_desk.services.startup import Database
from serre_desk.ui.controllers.actions import DeskActions
from serre_desk.ui.deskclock import DeskClock
from serre_desk.ui.dialogs.edit_person import EditPersonDialog
from serre_desk.ui.errors import ErrorReporter
from serre_desk.ui.tasks import TaskRunner
from serre_desk.ui.views.person_card import PersonCard


class CardController(QObject):
    def __init__(self, db: Database, clock: DeskClock, runner: TaskRunner, actions: DeskActions,
                 errors: ErrorReporter, card: PersonCard, lang: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._clock = clock
        self._runner = runner
        self._actions = actions
        self._errors = errors
        self._card = card
        self._lang = lang
        self._wanted: int | None = None
        self._loading = False
        self.details: PersonDetails | None = None
        self.edit_dialog: EditPersonDialog | None = None

    def show(self, person_id: int) -> None:
        """Show this person's card (the newest request wins)."""
        self._wanted = person_id
        if not self._loading:
            self._load(person_id)

    def reload(self, person_id: int) -> None:
        if self._card.person_id == person_id or self._wanted == person_id:
            self.show(person_id)

    def clear(self) -> None:
        self._wanted = None
        self.details = None
        self._card.clear()

    def _load(self, person_id: int) -> None:
        self._loading = True
        db = self._db
        self._runner.read(lambda: person_details(db, person_id), self._loaded, self._failed)

    def _loaded(self, details: PersonDetails) -> None:
        self._loading = False
        if self._wanted is not None and self._wanted != details.id:
            self._load(self._wanted)
            return
        if self._wanted is None:
            return
        self.details = details
        self._card.show_person(details, self._clock.now())

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self._errors.background_failed(error)

    def toggle(self) -> None:
        if self._card.person_id is not None:
            self._actions.toggle(self._card.person_id)

    def edit(self) -> EditPersonDialog | None:
        details = self.details
        if details is None or self._card.person_id != details.id:
            return None
        dialog = EditPersonDialog(details, self._lang, self._card.window())
        dialog.submitted.connect(lambda person_id, fields: self._save(dialog, person_id, fields))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    def _save(self, dialog: EditPersonDialog, person_id: int, fields: PersonFields) -> None:
        def done(_row: PersonRow) -> None:
            dialog.accept()

        self._actions.edit(person_id, fields, done, dialog.show_refusal)
