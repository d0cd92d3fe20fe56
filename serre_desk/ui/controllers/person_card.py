"""The person card: loads the chosen person's details in the background (a child's guardians,
photo consent and health notes too), keeps them current, opens the edit dialog (for a child: the
guardians and details dialog)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from serre_desk.domain.people import PersonKind
from serre_desk.services.kids import ChildDetails, child_details
from serre_desk.services.people import PersonDetails, PersonFields, PersonRow, person_details
from serre_desk.services.plans import Entitlement, entitlement
from serre_desk.ui.context import DeskContext
from serre_desk.ui.controllers.actions import DeskActions
from serre_desk.ui.dialogs.edit_person import EditPersonDialog
from serre_desk.ui.kids_desk import KidsDesk
from serre_desk.ui.views.person_card import PersonCard

if TYPE_CHECKING:  # made when first needed: not part of the first screen
    from serre_desk.ui.dialogs.child_edit import ChildEditDialog


class CardController(QObject):
    def __init__(
        self,
        context: DeskContext,
        actions: DeskActions,
        card: PersonCard,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = context.db
        self._clock = context.clock
        self._runner = context.runner
        self._actions = actions
        self._errors = context.errors
        self._card = card
        self._lang = context.lang
        self._wanted: int | None = None
        self._loading = False
        self.details: PersonDetails | None = None
        self.child: ChildDetails | None = None  # when the card is a child's
        self.edit_dialog: EditPersonDialog | None = None
        self.child_dialog: ChildEditDialog | None = None
        self.kids: KidsDesk | None = None  # set by the desk: a child's dialog needs it
        card.child_edit_requested.connect(self.edit)

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
        self.child = None
        self._card.clear()

    def _load(self, person_id: int) -> None:
        self._loading = True
        db, now = self._db, self._clock.now()

        def load() -> tuple[PersonDetails, ChildDetails | None, Entitlement | None]:
            details = person_details(db, person_id)
            if details.kind is not PersonKind.CHILD:
                return details, None, entitlement(db, person_id, now)
            return details, child_details(db, person_id, now=now, with_health=True), None

        self._runner.read(load, self._loaded, self._failed)

    def _loaded(self, found: tuple[PersonDetails, ChildDetails | None, Entitlement | None]) -> None:
        self._loading = False
        details, child, plan = found
        if self._wanted is not None and self._wanted != details.id:
            self._load(self._wanted)
            return
        if self._wanted is None:
            return
        self.details = details
        self.child = child
        self._card.show_person(details, self._clock.now(), child)
        if plan is not None:
            self._card.show_plan(plan.line(self._lang), plan.warning(self._lang))
        else:
            self._card.show_plan("", None)

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self._errors.background_failed(error)

    def toggle(self) -> None:
        if self._card.person_id is not None:
            self._actions.toggle(self._card.person_id)

    def edit(self) -> EditPersonDialog | ChildEditDialog | None:
        details = self.details
        if details is None or self._card.person_id != details.id:
            return None
        if self.child is not None and self.kids is not None:
            return self._edit_child(self.kids, self.child)
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

    def _edit_child(self, kids: KidsDesk, child: ChildDetails) -> ChildEditDialog:
        from serre_desk.ui.dialogs.child_edit import ChildEditDialog

        if self.child_dialog is not None:
            self.child_dialog.raise_()
            return self.child_dialog
        dialog = ChildEditDialog(kids, child, self._lang, self._card.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._child_dialog_gone)
        self.child_dialog = dialog
        dialog.open()
        dialog.finder.field.setFocus()
        return dialog

    def _child_dialog_gone(self) -> None:
        self.child_dialog = None
