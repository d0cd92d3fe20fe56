"""Pickup: scan the slip (or type its code), confirm the collecting adult, release.

A match releases the child. A mismatch — a wrong code, an adult who is not authorised, marked
not authorised, or whose one-day authorisation expired, or five wrong codes today — blocks the
release: the reason is shown with the child's authorised adults and their phones, and a manager
can override with a written reason. Every attempt is audited by the service.
By keyboard: ↑/↓ in the "someone else" field move through the adults, Enter picks the
highlighted one (on to the code, or to "Release"), and Enter there releases.

    dialog = PickupDialog.open_for(kids, parent, child_id=7)   # from the kids' view
    dialog = PickupDialog.open_for(kids, parent, code="K7X3")  # a slip scanned at the desk
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from serre_desk.domain.errors import Refusal
from serre_desk.domain.guardians import GuardianInfo, PickupRefused
from serre_desk.domain.outcomes import Movement
from serre_desk.domain.pickup_codes import normalise
from serre_desk.services.actor import Actor
from serre_desk.services.kids import ChildByCode, child_for_code, guardians_of
from serre_desk.services.kids_state import ChildInside, kids_state
from serre_desk.services.people import PersonRow
from serre_desk.services.visits import check_out
from serre_desk.ui.dialogs.choice_keys import ChoiceKeys, step_through
from serre_desk.ui.dialogs.outcome_panel import OutcomePanel
from serre_desk.ui.formatting import clock_time, earlier_day, since_text
from serre_desk.ui.kids_desk import KidsDesk
from serre_desk.ui.kids_words import age_text
from serre_desk.ui.style import Tone, scaled

SEARCH_DELAY_MS = 250


class PickupDialog(QDialog):
    released = Signal(object)  # Movement
    blocked = Signal(object)  # Refusal (a PickupRefused carries the authorised adults)

    def __init__(self, kids: KidsDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kids = kids
        self.setWindowTitle(self.tr("Pickup"))
        self.setMinimumWidth(560)
        self.children_inside: list[ChildInside] = []
        self.child = QComboBox()
        self.child.setPlaceholderText(self.tr("Choose the child, or scan the slip"))
        self.child.currentIndexChanged.connect(self._child_changed)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Scan or type the code"))  # in large type
        self.code.setMaxLength(16)
        code_font = QFont(self.code.font())
        code_font.setPointSizeF(scaled(20))
        code_font.setBold(True)
        code_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 4)
        self.code.setFont(code_font)
        self.code.textEdited.connect(self._code_edited)
        self.code.returnPressed.connect(self._code_entered)
        self.adult = QComboBox()
        self.adult.setPlaceholderText(self.tr("Who is collecting?"))
        self.adult.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.other = QLineEdit()
        self.other.setClearButtonEnabled(True)
        self.other.setPlaceholderText(self.tr("Someone else? Type their name"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_other)
        self.other.textEdited.connect(lambda _t: self._search_timer.start())
        self._keys = ChoiceKeys(self.other, self._step_adult, self._other_entered)

        form = QFormLayout()
        form.addRow(self.tr("Child"), self.child)
        form.addRow(self.tr("Pickup code"), self.code)
        form.addRow(self.tr("Collecting adult"), self.adult)
        form.addRow("", self.other)

        self.outcome = OutcomePanel(
            "PickupOutcome",
            self.tr(
                "A manager can override and release the child with a written reason; "
                "the release is recorded as an override."
            ),
            self.tr("Release with a manager's override"),
        )
        self.outcome_title, self.outcome_text = self.outcome.title, self.outcome.text
        self.outcome_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.authorised = self.outcome.extra
        self.authorised.setWordWrap(True)
        self.override = self.outcome.override
        self.override.requested.connect(self._override)

        self.buttons = QDialogButtonBox()
        self.release_button = QPushButton(self.tr("Release"))
        self.release_button.setDefault(True)
        self.release_button.setEnabled(False)
        self.release_button.clicked.connect(self.release)
        self.buttons.addButton(self.release_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._wanted_child: int | None = None
        self._guardians: list[GuardianInfo] = []
        self._busy = False
        self.movement: Movement | None = None
        self.refusal: Refusal | None = None

    # --- opening ----------------------------------------------------------------------------

    @classmethod
    def open_for(
        cls, kids: KidsDesk, parent: QWidget | None, *, child_id: int | None = None, code: str = ""
    ) -> PickupDialog:
        """Open without blocking, for a child (from the kids' view) or with a scanned code."""
        dialog = cls(kids, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog._wanted_child = child_id
        dialog.code.setText(code.upper())
        dialog.open()
        dialog.code.setFocus()
        dialog.load()
        return dialog

    def load(self) -> None:
        db, now = self.kids.db, self.kids.clock.now()
        self.kids.runner.read(
            lambda: kids_state(db, now=now).children,
            self._show_children,
            self.kids.errors.background_failed,
            owner=self,
        )

    def _child_text(self, child: ChildInside) -> str:
        """The child in the list: "… · in at 08:25", or "… · since yesterday, 08:25"."""
        name, age, now = child.name, age_text(child.age_months), self.kids.clock.now()
        if earlier_day(child.since, now):
            since = since_text(child.since, now)
            return self.tr("{name} · {age} · {since}").format(name=name, age=age, since=since)
        time = clock_time(child.since)
        return self.tr("{name} · {age} · in at {time}").format(name=name, age=age, time=time)

    def _show_children(self, children: list[ChildInside]) -> None:
        self.children_inside = children
        self.child.blockSignals(True)
        self.child.clear()
        for child in children:
            self.child.addItem(self._child_text(child), child.id)
        self.child.setCurrentIndex(-1)
        self.child.blockSignals(False)
        if self._wanted_child is not None:
            self.select_child(self._wanted_child)
        elif normalise(self.code.text()):
            self._code_entered()

    def select_child(self, child_id: int) -> bool:
        index = self.child.findData(child_id)
        if index >= 0:
            self.child.setCurrentIndex(index)
        return index >= 0

    # --- the child, the code, the adult -----------------------------------------------------

    def _child_changed(self, _index: int) -> None:
        self._reset_outcome()
        child_id = self.child.currentData()
        self.adult.clear()
        self._guardians = []
        if child_id is None:
            self._update_buttons()
            return
        db, now = self.kids.db, self.kids.clock.now()
        self.kids.runner.read(
            lambda: guardians_of(db, child_id, now=now),
            lambda links: self._show_guardians(child_id, links),
            self.kids.errors.background_failed,
            owner=self,
        )

    def _show_guardians(self, child_id: int, links: list[GuardianInfo]) -> None:
        if self.child.currentData() != child_id:
            return  # another child was chosen meanwhile
        self._guardians = links
        self.adult.clear()
        for link in links:
            self.adult.addItem(self._guardian_text(link), link.adult_id)
        first_valid = next((n for n, g in enumerate(links) if g.valid), -1)
        self.adult.setCurrentIndex(first_valid)
        self._update_buttons()

    def _guardian_text(self, link: GuardianInfo) -> str:
        if link.valid:
            return self.tr("{name} · {phone} · authorised").format(
                name=link.name, phone=link.phone or "—"
            )
        if not link.authorised:
            return self.tr("{name} · NOT authorised").format(name=link.name)
        return self.tr("{name} · one-day authorisation expired").format(name=link.name)

    def _code_edited(self, text: str) -> None:
        position = self.code.cursorPosition()
        self.code.setText(text.upper())
        self.code.setCursorPosition(position)
        self._reset_outcome()
        self._update_buttons()

    def _code_entered(self) -> None:
        """Enter in the code field (a scanner ends with it): find the child when none is chosen,
        else release."""
        if self.child.currentData() is not None:
            if self.release_button.isEnabled():
                self.release()
            return
        code = self.code.text()
        if normalise(code) is None:
            return
        db = self.kids.db
        self.kids.runner.read(
            lambda: child_for_code(db, code),
            self._code_found,
            self.kids.errors.background_failed,
            owner=self,
        )

    def _code_found(self, found: ChildByCode | None) -> None:
        if found is None or not self.select_child(found.child_id):
            self._show_outcome(
                Tone.REFUSED,
                self.tr("No child inside has this code"),
                self.tr("Check the slip, or choose the child from the list."),
            )

    def _step_adult(self, step: int) -> None:
        self.adult.setCurrentIndex(
            step_through(self.adult.currentIndex(), self.adult.count(), step)
        )

    def _other_entered(self) -> None:
        """Enter in "someone else": search now if the search is pending; else the highlighted
        adult is the one, and the focus goes on to what is left (the code) or to "Release"."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._search_other()
        elif self.release_button.isEnabled():
            self.release_button.setFocus()
        elif self.adult.currentData() is not None:
            self.code.setFocus()

    def _search_other(self) -> None:
        text = self.other.text().strip()
        if len(text) < 2:
            return
        self.kids.find_adults(text, self._show_others, owner=self)

    def _show_others(self, rows: list[PersonRow]) -> None:
        linked = {g.adult_id for g in self._guardians}
        while self.adult.count() > len(self._guardians):
            self.adult.removeItem(self.adult.count() - 1)
        adults = [r for r in rows if r.id not in linked]
        for row in adults:
            self.adult.addItem(
                self.tr("{name} · not linked to this child").format(name=row.name), row.id
            )
        if adults:
            self.adult.setCurrentIndex(len(self._guardians))

    def _update_buttons(self) -> None:
        ready = (
            self.child.currentData() is not None
            and self.adult.currentData() is not None
            and bool(self.code.text().strip())
            and not self._busy
            and self.movement is None
        )
        self.release_button.setEnabled(ready)

    # --- releasing --------------------------------------------------------------------------

    def release(self) -> None:
        """Ask the service to release the chosen child to the chosen adult on the typed code."""
        child_id, adult_id = self.child.currentData(), self.adult.currentData()
        if child_id is None or adult_id is None:
            return
        self._run(self.kids.actor(), child_id, adult_id, self.code.text(), None)

    def _override(self, reason: str) -> None:
        child_id, adult_id = self.child.currentData(), self.adult.currentData()
        if child_id is None or adult_id is None:
            return
        what = self.tr("Release {child} without a matching pickup: {reason}").format(
            child=self.child.currentText().split(" · ")[0], reason=reason
        )

        def as_manager(manager: Actor) -> None:
            self._run(manager, child_id, adult_id, None, reason)

        self.kids.with_manager(self, what, as_manager, self._refused)

    def _run(
        self, actor: Actor, child_id: int, adult_id: int, code: str | None, reason: str | None
    ) -> None:
        db, now = self.kids.db, self.kids.clock.now()
        override = reason is not None
        self._busy = True
        self._update_buttons()

        def work() -> Movement:
            self.kids.require_online()
            return check_out(
                db,
                actor,
                child_id,
                now=now,
                collected_by=adult_id,
                code=code,
                override=override,
                reason=reason,
            )

        self.kids.runner.write(work, self._released, self._failed)

    def _released(self, movement: Movement) -> None:
        self._busy = False
        self.movement = movement
        adult = self.adult.currentText().split(" · ")[0]
        title = self.tr("{child} may go with {adult}").format(
            child=movement.person.name, adult=adult
        )
        details = (
            self.tr("Released on a manager's override at {time}.")
            if movement.override
            else self.tr("The code matches. Released at {time}.")
        ).format(time=clock_time(movement.at))
        self._show_outcome(Tone.IN, title, details)
        self.override.hide()
        self._update_buttons()
        self.close_button.setText(self.tr("Done"))
        self.close_button.setFocus()
        self.kids.hub.storage.emit(None)
        self.kids.hub.movement.emit(movement)
        self.released.emit(movement)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        self.kids.errors.failed_in_dialog(error, self._refused)

    def _refused(self, refusal: Refusal) -> None:
        self.refusal = refusal
        if not isinstance(refusal, PickupRefused):
            self._show_outcome(Tone.REFUSED, self.tr("Not released"), refusal.text())
            self.blocked.emit(refusal)
            return
        self._show_outcome(Tone.REFUSED, self.tr("Do not release the child"), refusal.reason())
        lines = [f"•  {g.name}   {g.phone or '—'}" for g in refusal.authorised]
        if lines:
            self.authorised.setText("\n".join([self.tr("Authorised for pickup:"), *lines]))
        else:
            self.authorised.setText(self.tr("Nobody is authorised for pickup today."))
        self.authorised.show()
        self.override.setVisible(refusal.overridable)
        self.blocked.emit(refusal)

    # --- showing ----------------------------------------------------------------------------

    def _show_outcome(self, tone: Tone, title: str, text: str) -> None:
        self.outcome.show_outcome(tone, title, text)

    def _reset_outcome(self) -> None:
        if self.movement is not None:
            return
        self.refusal = None
        self.outcome.clear()
