"""Registering a child at the desk: name, birth date (the age band shown as you type), allergy or
medical notes, photo consent, the privacy notice shown to the guardian, and the guardians —
adults already known to the desk, each authorised for pickup (with a phone) or not.

The child is registered, not checked in: a guardian brings them with the drop-off (F6). Refusals
show in the dialog, which keeps everything typed.

    dialog = ChildRegistrationDialog.open_for(kids, parent, name="Tommaso Rossi")
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
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
from serre_desk.domain.names import search_key
from serre_desk.domain.people import PersonKind
from serre_desk.i18n import current_language
from serre_desk.services.kids import ChildFields, GuardianLink, NewChild, register_child
from serre_desk.services.people import PersonRow, similar_names
from serre_desk.ui.dialogs.away_line import mark_away
from serre_desk.ui.dialogs.child_form import ChildForm
from serre_desk.ui.dialogs.guardian_finder import GuardianFinder
from serre_desk.ui.dialogs.guardian_list import GuardianList
from serre_desk.ui.dialogs.privacy import PrivacyNotice
from serre_desk.ui.kids_desk import KidsDesk
from serre_desk.ui.kids_words import GuardianEntry, GuardianPick
from serre_desk.ui.style import Tone, colours


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("FormError")
    label.setStyleSheet(f"color: {colours(Tone.REFUSED).text}; font-weight: bold;")
    label.hide()
    return label


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class ChildRegistrationDialog(QDialog):
    registered = Signal(object)  # NewChild

    def __init__(
        self, kids: KidsDesk, lang: str | None = None, name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kids = kids
        self.setWindowTitle(self.tr("New child"))
        self.form = ChildForm(local_date(kids.clock.now()))
        self.form.name.setText(name)
        lang = lang or current_language()
        self.privacy = PrivacyNotice(lang, kids.context.notice.text(lang))
        self.privacy.browser.setMinimumHeight(110)
        self.finder = GuardianFinder(kids)
        self.finder.picked.connect(self._picked)
        self.guardians = GuardianList(
            self.tr(
                "No guardian yet: find the adults who bring and collect the child above. Every "
                "authorised one needs a phone number."
            )
        )
        self.guardians.remove_requested.connect(self.guardians.drop)
        rows = QScrollArea()
        rows.setWidgetResizable(True)
        rows.setFrameShape(QScrollArea.Shape.NoFrame)
        rows.setWidget(self.guardians)
        rows.setMinimumHeight(150)

        child_box = QGroupBox(self.tr("Child"))
        child_layout = QVBoxLayout(child_box)
        child_layout.addWidget(self.form)
        child_layout.addSpacing(6)
        child_layout.addWidget(heading(self.tr("Privacy notice (show it to the guardian):")))
        child_layout.addWidget(self.privacy, 1)
        guardians_box = QGroupBox(self.tr("Guardians"))
        explain = QLabel(
            self.tr(
                "Adults already known to the desk. A one-day authorisation (“only today: grandma”) "
                "is added later from the child's card, by a manager."
            )
        )
        explain.setWordWrap(True)
        explain.setEnabled(False)
        guardians_layout = QVBoxLayout(guardians_box)
        guardians_layout.addWidget(explain)
        guardians_layout.addWidget(self.finder)
        guardians_layout.addWidget(rows, 1)
        columns = QHBoxLayout()
        columns.addWidget(child_box, 1)
        columns.addWidget(guardians_box, 1)

        self.similar = QLabel()
        self.similar.setObjectName("SimilarChild")
        warning = colours(Tone.WARNING)
        self.similar.setStyleSheet(
            f"QLabel#SimilarChild {{ background: {warning.background}; color: {warning.text}; "
            f"border: 1px solid {warning.border}; border-radius: 6px; padding: 6px; }}"
        )
        self.similar.setWordWrap(True)
        self.similar.hide()
        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.register_button = self.buttons.addButton(
            self.tr("Register the child"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.register_button.setToolTip(
            self.tr("Register the child with their guardians; the drop-off (F6) checks them in")
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.register_button.setDefault(True)
        self.buttons.accepted.connect(self.try_submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.similar)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.guardians.changed.connect(self._tab_order)
        self._tab_order()
        self.resize(940, 640)
        self._checked_key: str | None = None  # the name whose look-alikes were looked up

    @classmethod
    def open_for(
        cls, kids: KidsDesk, parent: QWidget | None, *, name: str = "", lang: str | None = None
    ) -> ChildRegistrationDialog:
        dialog = cls(kids, lang, name, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.form.focus_first_missing()
        kids.server.away(dialog.show_refusal)  # said at once: the form can be filled meanwhile
        return dialog

    def _tab_order(self) -> None:
        """The child, the guardians, the privacy notice, then the buttons (rows come and go)."""
        form = self.form
        chain = [
            form.name,
            form.birth,
            form.notes,
            form.photo_consent,
            *self.finder.focus_chain(),
            *self.guardians.focus_chain(),
            self.privacy.browser,
            self.privacy.acknowledged,
            self.register_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- guardians ----------------------------------------------------------------------------

    def _picked(self, pick: GuardianPick) -> None:
        self.guardians.put(GuardianEntry.from_pick(pick))
        self.error.hide()

    def links(self) -> list[GuardianLink]:
        return [GuardianLink(e.adult_id, e.authorised) for e in self.guardians.entries]

    # --- submitting ---------------------------------------------------------------------------

    def _missing(self) -> str | None:
        """What still has to be filled in, in words; the focus goes there."""
        form = self.form
        if not form.name.text().strip():
            form.name.setFocus()
            return self.tr("Write the child's name.")
        if form.birth_date() is None:
            form.birth.setFocus()
            return self.tr("Write the birth date as day/month/year, for example 14/09/2025.")
        entries = self.guardians.entries
        if not any(e.authorised for e in entries):
            self.finder.field.setFocus()
            return self.tr(
                "Add at least one adult authorised for pickup: type their name under "
                "Guardians and press Enter."
            )
        no_phone = next((e for e in entries if e.missing_phone), None)
        if no_phone is not None:
            self.finder.field.setFocus()
            return self.tr(
                "{name} has no phone number: find them again and add it, or mark "
                "them not authorised."
            ).format(name=no_phone.name)
        if not self.privacy.acknowledged.isChecked():
            self.privacy.acknowledged.setFocus()
            return self.tr("Show the privacy notice to the guardian and tick the box.")
        return None

    def try_submit(self) -> None:
        if self.kids.server.away(self.show_refusal):  # the form stays open, as typed
            return
        missing = self._missing()
        if missing is not None:
            self.show_error(missing)
            return
        name = self.form.name.text()
        if search_key(name) != self._checked_key:
            self._look_alikes(name)
            return
        self._register()

    def _look_alikes(self, name: str) -> None:
        """Children already registered with this name are pointed out first; pressing again
        registers a new one anyway."""
        db = self.kids.db
        self.register_button.setEnabled(False)

        def found(rows: list[PersonRow]) -> None:
            self.register_button.setEnabled(True)
            self._checked_key = search_key(name)
            children = [row for row in rows if row.kind is PersonKind.CHILD]
            if not children:
                self._register()
                return
            self.similar.setText(
                self.tr(
                    "A child with this name is already registered: {names}. Find them with the "
                    "search to see their card, or press “Register anyway” for a different child."
                ).format(names=", ".join(row.name for row in children))
            )
            self.similar.show()
            self.register_button.setText(self.tr("Register anyway"))

        self.kids.runner.read(lambda: similar_names(db, name), found, self._refused, owner=self)

    def _register(self) -> None:
        birth = self.form.birth_date()
        assert birth is not None
        fields = ChildFields(
            name=self.form.name.text(),
            birth_date=birth,
            guardians=self.links(),
            health_notes=self.form.notes_text(),
            photo_consent=self.form.photo_consent.isChecked(),
            privacy_acknowledged=True,
        )
        db, actor, now = self.kids.db, self.kids.actor(), self.kids.clock.now()
        self.error.hide()
        self.register_button.setEnabled(False)
        self.kids.runner.write(
            lambda: register_child(db, actor, fields, now=now),
            self._registered,
            self._refused,
            owner=self,
        )

    def _registered(self, child: NewChild) -> None:
        hub = self.kids.hub
        hub.person_changed.emit(child.id)
        hub.news.emit(
            self.tr("{name} is registered").format(name=child.name),
            self.tr(
                "Not checked in yet: when a guardian brings {name}, use the drop-off (F6)."
            ).format(name=child.name.split()[0]),
        )
        hub.person_selected.emit(child.id)
        self.registered.emit(child)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.register_button.setEnabled(True)
        self.kids.errors.failed_in_dialog(error, self.show_refusal)

    def show_refusal(self, refusal: Refusal) -> None:
        self.show_error(refusal.text())
        mark_away(self.error, refusal)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
