"""The person card: loads the chosen person's details in the background (a child's guardians,
photo consent and health notes too), keeps them current, opens the edit dialog (for a child: the
guardians and details dialog), and lets a manager add entries to a plan or extend it on the
spot (asked with the manager's prompt when staff is signed in; audited with the reason).

While the database server is away these dialogs still open and say so at once; saving is refused
in them (they stay open with what was typed), and no manager is asked for nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from serre_desk.clock import local_date
from serre_desk.domain.errors import Refusal
from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import Actor
from serre_desk.services.kids import ChildDetails, child_details
from serre_desk.services.people import PersonDetails, PersonFields, PersonRow, person_details
from serre_desk.services.permissions import require_manager
from serre_desk.services.plans import Entitlement, add_entries, entitlement, extend_plan
from serre_desk.ui.context import DeskContext
from serre_desk.ui.controllers.actions import DeskActions
from serre_desk.ui.dialogs.edit_person import EditPersonDialog
from serre_desk.ui.dialogs.manager_prompt import ManagerPrompt
from serre_desk.ui.dialogs.plan_topup import PlanTopUpDialog
from serre_desk.ui.kids_desk import KidsDesk
from serre_desk.ui.views.person_card import PersonCard

if TYPE_CHECKING:  # made when first needed: not part of the first screen
    from serre_desk.ui.dialogs.child_edit import ChildEditDialog

# `then(manager, reason)` runs once a manager approved with a reason (the session's `override`).
Approve = Callable[[QWidget, str, Callable[[Actor, str], None]], None]


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
        self._notice = context.notice
        self._wanted: int | None = None
        self._loading = False
        self.details: PersonDetails | None = None
        self.child: ChildDetails | None = None  # when the card is a child's
        self.edit_dialog: EditPersonDialog | None = None
        self.child_dialog: ChildEditDialog | None = None
        self.kids: KidsDesk | None = None  # set by the desk: a child's dialog needs it
        self.plan: Entitlement | None = None  # the plan on the card, when an adult's
        self.plan_dialog: PlanTopUpDialog | None = None
        # How a manager approves (the desk's session `override`); found on the desk when unset.
        self.approve: Approve | None = None
        self._actor = context.actor
        card.child_edit_requested.connect(self.edit)
        card.plan_top_up_requested.connect(self.top_up)

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
        self.plan = plan
        self._card.show_person(details, self._clock.now(), child)
        if plan is not None:
            own = plan.standing.plan is not None
            self._card.show_plan(plan.line(self._lang), plan.warning(self._lang), own_plan=own)
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
        notice = self._notice.text(self._lang)
        dialog = EditPersonDialog(details, self._lang, self._card.window(), notice=notice)
        dialog.submitted.connect(lambda person_id, fields: self._save(dialog, person_id, fields))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.edit_dialog = dialog
        dialog.open()
        self._actions.refused_while_away(dialog.show_refusal)
        return dialog

    # --- a plan topped up on the spot ---------------------------------------------------------

    def top_up(self) -> PlanTopUpDialog | None:
        """Ask what to add (entries, or a new last day) to the plan of the person on the card."""
        details, plan = self.details, self.plan
        if details is None or plan is None or self._card.person_id != details.id:
            return None
        if plan.standing.plan is None:
            return None
        if self.plan_dialog is not None:
            self.plan_dialog.raise_()
            return self.plan_dialog
        today = local_date(self._clock.now())
        dialog = PlanTopUpDialog(details.name, plan, today, self._lang, self._card.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._plan_dialog_gone)
        dialog.chosen.connect(
            lambda entries, until: self._approve_top_up(dialog, details.id, entries, until)
        )
        self.plan_dialog = dialog
        dialog.open()
        self._actions.refused_while_away(dialog.show_refusal)
        return dialog

    def _plan_dialog_gone(self) -> None:
        self.plan_dialog = None

    def _approver(self) -> Approve:
        if self.approve is not None:
            return self.approve
        session = getattr(self.parent(), "session", None)  # the desk's sign-in and approvals
        if session is not None:
            approve: Approve = session.override
            return approve
        return self._ask_manager

    def _ask_manager(self, parent: QWidget, what: str, then: Callable[[Actor, str], None]) -> None:
        """A card without the desk's session (on its own, in a tool): a signed-in manager writes
        the reason; anyone else is told a manager is needed."""
        actor = self._actor()
        try:
            require_manager(actor)
        except Refusal as refusal:
            self._errors.failed_in_dialog(refusal, self._show_in_plan_dialog)
            return
        ManagerPrompt.ask_with_reason(
            parent, what, [actor.user], lambda _n, _s: actor, then, manager=actor
        )

    def _show_in_plan_dialog(self, refusal: Refusal) -> None:
        if self.plan_dialog is not None:
            self.plan_dialog.show_refusal(refusal)

    def _approve_top_up(
        self, dialog: PlanTopUpDialog, person_id: int, entries: int, until: date | None
    ) -> None:
        if self._actions.refused_while_away(dialog.show_refusal):
            return
        what = f"{self.details.name if self.details else ''}: {dialog.what()}"
        db, clock = self._db, self._clock

        def approved(manager: Actor, reason: str) -> None:
            def work() -> Entitlement:
                now = clock.now()
                if until is None:
                    return add_entries(db, manager, person_id, entries, reason, now=now)
                return extend_plan(db, manager, person_id, until, reason, now=now)

            def done(_found: Entitlement) -> None:
                dialog.accept()
                self.reload(person_id)

            self._runner.write(
                work, done, lambda error: self._errors.failed_in_dialog(error, dialog.show_refusal)
            )

        self._approver()(dialog, what, approved)

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
