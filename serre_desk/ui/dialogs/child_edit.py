"""A child's details from their card: guardians added (authorised or not), removed, or authorised
for today only by a manager — each change saved at once and audited —, and the name, birth date,
allergy or medical notes and photo consent corrected with "Save changes".

    dialog = ChildEditDialog(kids, details, lang, parent)   # details: services.kids.ChildDetails
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from serre_desk.clock import local_date
from serre_desk.domain.errors import Refusal
from serre_desk.domain.guardians import GuardianInfo
from serre_desk.services.kids import (
    ChildChanges,
    ChildDetails,
    add_guardian,
    edit_child,
    guardians_of,
    remove_guardian,
)
from serre_desk.ui.dialogs.away_line import mark_away
from serre_desk.ui.dialogs.child_form import ChildForm
from serre_desk.ui.dialogs.child_registration import error_label, heading
from serre_desk.ui.dialogs.guardian_finder import GuardianFinder
from serre_desk.ui.dialogs.guardian_list import GuardianList
from serre_desk.ui.dialogs.privacy import PrivacyNotice
from serre_desk.ui.kids_desk import KidsDesk
from serre_desk.ui.kids_words import GuardianEntry, GuardianPick, How


class ChildEditDialog(QDialog):
    saved = Signal(object)  # ChildDetails

    def __init__(
        self, kids: KidsDesk, child: ChildDetails, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kids = kids
        self.child = child
        self.setWindowTitle(self.tr("{name}: guardians and details").format(name=child.name))
        self.form = ChildForm(local_date(kids.clock.now()))
        self.form.name.setText(child.name)
        self.form.set_birth_date(child.birth_date)
        self.form.notes.setPlainText(child.health_notes or "")
        self.form.photo_consent.setChecked(child.photo_consent)
        self.form.birth.setPlaceholderText(self.tr("not known"))
        self.privacy: PrivacyNotice | None = None
        self.finder = GuardianFinder(kids, today_only=True)
        self.finder.picked.connect(self._picked)
        self.guardians = GuardianList(self.tr("No guardian is linked to this child."))
        self.guardians.remove_requested.connect(self._remove)
        self.guardians.set_entries([GuardianEntry.from_info(g) for g in child.guardians])
        rows = QScrollArea()
        rows.setWidgetResizable(True)
        rows.setFrameShape(QScrollArea.Shape.NoFrame)
        rows.setWidget(self.guardians)
        rows.setMinimumHeight(170)
        self.guardian_error = error_label()

        guardians_box = QGroupBox(self.tr("Guardians"))
        explain = QLabel(
            self.tr(
                "Changes to the guardians are saved at once. To change how an adult is linked, "
                "find them again and choose. Only a manager authorises an adult to collect "
                "(a one-day authorisation ends at closing)."
            )
        )
        explain.setWordWrap(True)
        explain.setEnabled(False)
        guardians_layout = QVBoxLayout(guardians_box)
        guardians_layout.addWidget(explain)
        guardians_layout.addWidget(self.finder)
        guardians_layout.addWidget(self.guardian_error)
        guardians_layout.addWidget(rows, 1)
        child_box = QGroupBox(self.tr("Child"))
        child_layout = QVBoxLayout(child_box)
        child_layout.addWidget(self.form)
        if child.privacy_ack_at is None or child.notice_due:
            self.privacy = PrivacyNotice(lang, kids.context.notice.text(lang))
            self.privacy.browser.setMinimumHeight(110)
            child_layout.addWidget(
                heading(
                    self.tr("The privacy notice was never shown to the guardian:")
                    if child.privacy_ack_at is None
                    else self.tr("A new privacy notice was published since: show it again:")
                )
            )
            child_layout.addWidget(self.privacy, 1)
        else:
            child_layout.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(child_box, 1)
        columns.addWidget(guardians_box, 1)

        self.error = error_label()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save changes"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setToolTip(
            self.tr(
                "Save the name, birth date, notes and photo consent (the guardians are saved "
                "already)"
            )
        )
        self.close_button = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setDefault(True)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.guardians.changed.connect(self._tab_order)
        self._tab_order()
        self.resize(920, 560)

    def _tab_order(self) -> None:
        """The child's fields (and the notice), the guardians, then the buttons."""
        form = self.form
        notice: list[QWidget] = []
        if self.privacy is not None:
            notice = [self.privacy.browser, self.privacy.acknowledged]
        chain = [
            form.name,
            form.birth,
            form.notes,
            form.photo_consent,
            *notice,
            *self.finder.focus_chain(),
            *self.guardians.focus_chain(),
            self.save_button,
            self.close_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- guardians: saved at once ---------------------------------------------------------------

    def _picked(self, pick: GuardianPick) -> None:
        """Not authorised: saved at once. Authorised (for good or for today): a manager's
        decision, approved on the spot when staff are signed in."""
        child_id, adult_id = self.child.id, pick.adult_id
        db, now = self.kids.db, self.kids.clock.now()
        if pick.how is How.NOT_AUTHORISED:
            actor = self.kids.actor()
            self._change(
                lambda: add_guardian(db, actor, child_id, adult_id, now=now, authorised=False)
            )
            return
        today_only = pick.how is How.TODAY
        if today_only:
            what = self.tr(
                "Authorise {adult} to collect {child} today only, until closing."
            ).format(adult=pick.name, child=self.child.name)
        else:
            what = self.tr("Authorise {adult} to collect {child}.").format(
                adult=pick.name, child=self.child.name
            )
        self.kids.with_manager(
            self,
            what,
            lambda manager: self._change(
                lambda: add_guardian(
                    db, manager, child_id, adult_id, now=now, today_only=today_only
                )
            ),
            self._guardian_refused,
        )

    def _remove(self, adult_id: int) -> None:
        db, actor, now = self.kids.db, self.kids.actor(), self.kids.clock.now()
        child_id = self.child.id
        self._change(lambda: remove_guardian(db, actor, child_id, adult_id, now=now))

    def _change(self, work: Callable[[], object]) -> None:
        """One change of the guardians on the writer thread, then the list read again (refused
        at once while the server is away)."""
        if self.kids.server.away(self._guardian_refused):
            return
        db, child_id = self.kids.db, self.child.id
        now = self.kids.clock.now()

        def change_and_read() -> list[GuardianInfo]:
            work()
            return guardians_of(db, child_id, now=now)

        self.guardian_error.hide()
        self.kids.runner.write(
            change_and_read, self._guardians_changed, self._guardian_failed, owner=self
        )

    def _guardians_changed(self, links: list[GuardianInfo]) -> None:
        self.guardians.set_entries([GuardianEntry.from_info(g) for g in links])
        self.kids.hub.person_changed.emit(self.child.id)
        self.finder.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _guardian_failed(self, error: BaseException) -> None:
        self.kids.errors.failed_in_dialog(error, self._guardian_refused)

    def _guardian_refused(self, refusal: Refusal) -> None:
        self.guardian_error.setText(refusal.text())
        self.guardian_error.show()
        mark_away(self.guardian_error, refusal)

    # --- the child's own fields ----------------------------------------------------------------

    def changes(self) -> ChildChanges | None:
        """What differs from the card, or None when the birth date cannot be read."""
        form, child = self.form, self.child
        birth = form.birth_date()
        if form.birth.text().strip() and birth is None:
            return None
        name = form.name.text()
        notes = form.notes_text()
        return ChildChanges(
            name=name if name.strip() != child.name else None,
            birth_date=birth if birth != child.birth_date else None,
            health_notes=notes if notes.strip() != (child.health_notes or "") else None,
            photo_consent=(
                form.photo_consent.isChecked()
                if form.photo_consent.isChecked() != child.photo_consent
                else None
            ),
            privacy_acknowledged=self.privacy is not None and self.privacy.acknowledged.isChecked(),
        )

    def _save(self) -> None:
        if not self.form.name.text().strip():
            self.form.name.setFocus()
            self._show_error(self.tr("Write the child's name."))
            return
        changes = self.changes()
        if changes is None:
            self.form.birth.setFocus()
            self._show_error(
                self.tr("Write the birth date as day/month/year, for example 14/09/2025.")
            )
            return
        if changes == ChildChanges():
            self.accept()  # nothing to save
            return
        if self.kids.server.away(self._refused):  # the dialog stays open, as typed
            return
        db, actor, now = self.kids.db, self.kids.actor(), self.kids.clock.now()
        child_id = self.child.id
        self.error.hide()
        self.save_button.setEnabled(False)
        self.kids.runner.write(
            lambda: edit_child(db, actor, child_id, changes, now=now),
            self._saved,
            self._save_failed,
            owner=self,
        )

    def _saved(self, details: ChildDetails) -> None:
        self.kids.hub.person_changed.emit(details.id)
        self.saved.emit(details)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.kids.errors.failed_in_dialog(error, self._refused)

    def _refused(self, refusal: Refusal) -> None:
        self._show_error(refusal.text())
        mark_away(self.error, refusal)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
