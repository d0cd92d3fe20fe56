"""Drop-off: the guardian (badge scanned or name typed), one child or several siblings, an optional
expected pickup time; each child gets a fresh pickup code and the label pair is printed.
By keyboard: ↑/↓ in the guardian's field move through the adults found, Enter picks the
highlighted one, and Enter checks in once a guardian and the children are chosen.

If the printer fails, the codes are shown large on screen (the guardian writes theirs down or
photographs it) and "Print again" prints the same pair, with the same code, when the printer is
back. A refusal (capacity, ratio) shows its reason; a manager can override with a reason.

    dialog = DropOffDialog.open_for(kids, parent)                 # Ctrl+D from the kids' view
    dialog = DropOffDialog.open_for(kids, parent, guardian_id=3)  # a guardian already chosen
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from serre_desk.clock import local_date, local_instant
from serre_desk.domain.badge_codes import normalise_code
from serre_desk.domain.errors import Refusal
from serre_desk.domain.outcomes import Movement
from serre_desk.services.actor import Actor
from serre_desk.services.kids import ChildChoice, children_of, drop_off
from serre_desk.services.people import PersonRow, person_details
from serre_desk.ui.dialogs.choice_keys import ChoiceKeys, step_through
from serre_desk.ui.dialogs.outcome_panel import OutcomePanel
from serre_desk.ui.kids_desk import KidsDesk
from serre_desk.ui.kids_words import age_text
from serre_desk.ui.style import Tone, scaled

SEARCH_DELAY_MS = 250
DEFAULT_PICKUP = time(16, 30)
OVERRIDABLE = frozenset({"ratio_short", "area_full"})
ID_ROLE = Qt.ItemDataRole.UserRole


class DropOffDialog(QDialog):
    checked_in = Signal(object)  # list[Movement]

    def __init__(self, kids: KidsDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kids = kids
        self.setWindowTitle(self.tr("Drop-off"))
        self.setMinimumWidth(560)
        self.guardian_field = QLineEdit()
        self.guardian_field.setClearButtonEnabled(True)
        self.guardian_field.setPlaceholderText(
            self.tr("Scan the guardian's badge or type their name")
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        self.guardian_field.textEdited.connect(self._guardian_edited)
        self._keys = ChoiceKeys(self.guardian_field, self._step_found, self._guardian_entered)
        self.found = QListWidget()
        self.found.setMaximumHeight(110)
        self.found.itemActivated.connect(lambda item: self.choose_guardian(item.data(ID_ROLE)))
        self.found.hide()
        self.guardian = QLabel(self.tr("No guardian chosen yet."))
        self.guardian.setEnabled(False)
        self.child_list = QListWidget()
        self.child_list.itemChanged.connect(lambda _item: self._update_buttons())
        self.expected_on = QCheckBox(self.tr("Expected pickup at"))
        self.expected = QTimeEdit(QTime(DEFAULT_PICKUP.hour, DEFAULT_PICKUP.minute))
        self.expected.setDisplayFormat("HH:mm")
        self.expected.setEnabled(False)
        self.expected_on.toggled.connect(self.expected.setEnabled)
        pickup_row = QHBoxLayout()
        pickup_row.addWidget(self.expected_on)
        pickup_row.addWidget(self.expected)
        pickup_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Guardian"), self.guardian_field)
        form.addRow("", self.found)
        form.addRow("", self.guardian)
        form.addRow(self.tr("Children"), self.child_list)
        form.addRow("", pickup_row)

        self.outcome = OutcomePanel(
            "DropOffOutcome",
            self.tr(
                "A manager can check the children in anyway, with a written reason; the "
                "check-in is recorded as an override."
            ),
            self.tr("Check in with a manager's override"),
        )
        self.outcome_title, self.outcome_text = self.outcome.title, self.outcome.text
        self.codes = self.outcome.extra
        self.codes.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.override = self.outcome.override
        self.override.requested.connect(self._override)

        self.buttons = QDialogButtonBox()
        self.check_in_button = QPushButton(self.tr("Check in and print"))
        self.check_in_button.setDefault(True)
        self.check_in_button.setEnabled(False)
        self.check_in_button.clicked.connect(self.check_in)
        self.print_again = QPushButton(self.tr("Print again"))
        self.print_again.clicked.connect(self._print_again)
        self.buttons.addButton(self.check_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.print_again, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_again.hide()  # after addButton, which shows it: only once a print failed
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.guardian_id: int | None = None
        self.movements: list[Movement] = []
        self._waiting: set[int] = set()  # children whose labels are printing
        self._failed: dict[int, str] = {}  # child id -> why it did not print
        kids.printer.printed.connect(self._printed)
        kids.printer.failed.connect(self._not_printed)

    @classmethod
    def open_for(
        cls, kids: KidsDesk, parent: QWidget | None, *, guardian_id: int | None = None
    ) -> DropOffDialog:
        dialog = cls(kids, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.guardian_field.setFocus()
        if guardian_id is not None:
            dialog.choose_guardian(guardian_id)
        return dialog

    # --- the guardian -------------------------------------------------------------------------

    def _guardian_edited(self, _text: str) -> None:
        """Typing another name unchooses the guardian: Enter never checks in the one before."""
        self._search_timer.start()
        if self.guardian_id is not None and not self.movements:
            self.guardian_id = None
            self.guardian.setText(self.tr("No guardian chosen yet."))
            self.guardian.setEnabled(False)
            self.child_list.clear()
            self._update_buttons()

    def _step_found(self, step: int) -> None:
        if self.found.isVisible():
            self.found.setCurrentRow(
                step_through(self.found.currentRow(), self.found.count(), step)
            )

    def _guardian_entered(self) -> None:
        """Enter (a scanner ends with it): a badge chooses its holder; a name searches, or picks
        the highlighted adult once found; with everything chosen, checks in."""
        text = self.guardian_field.text().strip()
        highlighted = self.found.currentItem() if self.found.isVisible() else None
        if text and normalise_code(text) is None:
            if self._search_timer.isActive() or highlighted is None:
                self._search_timer.stop()
                if self.check_in_button.isEnabled():
                    self.check_in()
                else:
                    self._search()
            else:
                self.choose_guardian(highlighted.data(ID_ROLE))
            return
        if not text:
            if self.check_in_button.isEnabled():
                self.check_in()
            return
        db, now = self.kids.db, self.kids.clock.now()

        def holder() -> int:
            from serre_desk.services.scanning import badge_holder

            return badge_holder(db, text, now=now)

        self.kids.runner.read(holder, self.choose_guardian, self._refused_plainly, owner=self)

    def _search(self) -> None:
        text = self.guardian_field.text().strip()
        if len(text) < 2 or normalise_code(text) is not None:
            return
        self.kids.find_adults(text, self._show_found, owner=self)

    def _show_found(self, rows: list[PersonRow]) -> None:
        self.found.clear()
        for row in rows:
            item = QListWidgetItem(row.name)
            item.setData(ID_ROLE, row.id)
            self.found.addItem(item)
        self.found.setVisible(self.found.count() > 0)
        if self.found.count():
            self.found.setCurrentRow(0)

    def choose_guardian(self, adult_id: int) -> None:
        db, now = self.kids.db, self.kids.clock.now()

        def load() -> tuple[str, list[ChildChoice]]:
            return person_details(db, adult_id, recent=0).name, children_of(db, adult_id, now=now)

        self.kids.runner.read(
            load,
            lambda found: self._show_children(adult_id, *found),
            self._refused_plainly,
            owner=self,
        )

    def _show_children(self, adult_id: int, name: str, choices: list[ChildChoice]) -> None:
        self.guardian_id = adult_id
        self.found.hide()
        self.guardian.setEnabled(True)
        self.guardian.setText(self.tr("Brought by {name}").format(name=name))
        self._reset_outcome()
        self.child_list.clear()
        for choice in choices:
            text = self.tr("{name} · {age}").format(
                name=choice.name, age=age_text(choice.age_months)
            )
            if choice.inside:
                text = self.tr("{child} (already inside)").format(child=text)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, choice.id)
            flags = Qt.ItemFlag.ItemIsUserCheckable
            if not choice.inside:
                flags |= Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.child_list.addItem(item)
        waiting = [n for n, c in enumerate(choices) if not c.inside]
        if len(waiting) == 1:
            self.child_list.item(waiting[0]).setCheckState(Qt.CheckState.Checked)
        if not choices:
            self._show_outcome(
                Tone.WARNING,
                self.tr("No child to bring"),
                self.tr(
                    "{name} is not authorised for any child. A guardian is added to the child's "
                    "details first."
                ).format(name=name),
            )
        self._update_buttons()

    def chosen_children(self) -> list[int]:
        return [
            self.child_list.item(row).data(ID_ROLE)
            for row in range(self.child_list.count())
            if self.child_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_chosen(self, child_ids: list[int]) -> None:
        for row in range(self.child_list.count()):
            item = self.child_list.item(row)
            wanted = item.data(ID_ROLE) in child_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _update_buttons(self) -> None:
        self.check_in_button.setEnabled(
            self.guardian_id is not None and bool(self.chosen_children()) and not self.movements
        )

    # --- checking in --------------------------------------------------------------------------

    def _expected_at(self, now: datetime) -> datetime | None:
        if not self.expected_on.isChecked():
            return None
        chosen = self.expected.time()
        return local_instant(local_date(now), time(chosen.hour(), chosen.minute()))

    def check_in(self) -> None:
        self._run(self.kids.actor(), None)

    def _override(self, reason: str) -> None:
        what = self.tr("Check children in past the capacity or the ratio: {reason}").format(
            reason=reason
        )
        self.kids.with_manager(
            self, what, lambda manager: self._run(manager, reason), self._refused
        )

    def _run(self, actor: Actor, reason: str | None) -> None:
        guardian, children = self.guardian_id, self.chosen_children()
        if guardian is None or not children:
            return
        db, now = self.kids.db, self.kids.clock.now()
        expected = self._expected_at(now)
        self.check_in_button.setEnabled(False)

        def work() -> list[Movement]:
            self.kids.require_online()
            return drop_off(
                db,
                actor,
                guardian,
                children,
                now=now,
                expected_pickup_at=expected,
                override=reason is not None,
                reason=reason,
            )

        self.kids.runner.write(work, self._checked_in, self._failed_to_check_in)

    def _checked_in(self, movements: list[Movement]) -> None:
        self.movements = movements
        self.override.hide()
        self.child_list.setEnabled(False)
        self.guardian_field.setEnabled(False)
        self._show_outcome(Tone.IN, self.tr("Checked in: printing the labels…"), "")
        self._show_codes(large=False)
        self.kids.hub.storage.emit(None)
        for movement in movements:
            self.kids.hub.movement.emit(movement)
        self.checked_in.emit(movements)
        self._print([m.person.id for m in movements])

    def _failed_to_check_in(self, error: BaseException) -> None:
        self._update_buttons()
        self.kids.errors.failed_in_dialog(error, self._refused)

    def _refused(self, refusal: Refusal) -> None:
        self._show_outcome(Tone.REFUSED, self.tr("Not checked in"), refusal.text())
        self.override.setVisible(refusal.code in OVERRIDABLE)

    def _refused_plainly(self, error: BaseException) -> None:
        if isinstance(error, Refusal):
            self._show_outcome(Tone.REFUSED, self.tr("Not found"), error.text())
        else:
            self.kids.errors.background_failed(error)

    # --- printing -----------------------------------------------------------------------------

    def _print(self, child_ids: list[int]) -> None:
        self._waiting |= set(child_ids)
        for child_id in child_ids:
            self._failed.pop(child_id, None)
            self.kids.printer.print_pair(child_id)

    def _print_again(self) -> None:
        self._show_outcome(
            Tone.WARNING, self.tr("Printing again…"), self.tr("The same codes are printed again.")
        )
        self.print_again.hide()
        self._print(sorted(self._failed))

    def _printed(self, child_id: int) -> None:
        if child_id not in self._waiting:
            return
        self._waiting.discard(child_id)
        self._all_printed()

    def _not_printed(self, child_id: int, why: str) -> None:
        if child_id not in self._waiting:
            return
        self._waiting.discard(child_id)
        self._failed[child_id] = why
        self._all_printed()

    def _all_printed(self) -> None:
        if self._waiting:
            return
        if not self._failed:
            self.accept()
            return
        self._show_outcome(
            Tone.WARNING,
            self.tr("The labels did not print: write down the codes"),
            self.tr(
                "{why} Tell the guardian the code, and print the labels again when the "
                "printer works: the codes stay the same."
            ).format(why=next(iter(self._failed.values()))),
        )
        self._show_codes(large=True)
        self.print_again.show()
        self.close_button.setText(self.tr("Done"))

    # --- showing ------------------------------------------------------------------------------

    def _show_codes(self, *, large: bool) -> None:
        lines = [f"{m.person.name.split()[0]}   {m.pickup_code}" for m in self.movements]
        font = QFont(self.codes.font())
        font.setBold(True)
        font.setPointSizeF(scaled(30 if large else 13))
        self.codes.setFont(font)
        self.codes.setText("\n".join(lines))
        self.codes.show()

    def _show_outcome(self, tone: Tone, title: str, text: str) -> None:
        self.outcome.show_outcome(tone, title, text, extra=bool(self.movements))

    def _reset_outcome(self) -> None:
        self.outcome.clear()
