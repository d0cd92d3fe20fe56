"""Registering a first-time visitor: a short form, duplicates pointed out, the privacy notice."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from serre_desk.domain.errors import Refusal
from serre_desk.domain.names import search_key
from serre_desk.domain.people import PersonKind
from serre_desk.services.people import PersonRow
from serre_desk.ui.dialogs.away_line import mark_away
from serre_desk.ui.dialogs.person_form import PersonForm
from serre_desk.ui.dialogs.privacy import PrivacyNotice
from serre_desk.ui.formatting import kind_label
from serre_desk.ui.style import Tone, colours

SIMILAR_DELAY_MS = 250


class RegistrationDialog(QDialog):
    """Emits `submitted` with the fields once the name was checked for look-alikes and the
    notice acknowledged; the controller answers with `finish()` or `show_refusal()`."""

    similar_requested = Signal(str)
    submitted = Signal(object)  # PersonFields
    existing_chosen = Signal(int)
    child_chosen = Signal(str)  # the kind "child" was chosen: the child's own form takes over

    def __init__(
        self,
        lang: str,
        name: str = "",
        parent: QWidget | None = None,
        *,
        notice: str | None = None,
    ) -> None:
        """`notice`: the privacy notice in force (`DeskContext.notice`); None: the shipped one."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("New visitor"))
        self.setMinimumWidth(520)
        self.form = PersonForm()
        self.form.name.setText(name)
        self.form.kind.addItem(kind_label(PersonKind.CHILD), PersonKind.CHILD.value)
        self.form.kind.setItemData(
            self.form.kind.count() - 1,
            self.tr(
                "A child is registered with a birth date and guardians: the child's form "
                "opens (Shift+F2)"
            ),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.form.kind.currentIndexChanged.connect(self._kind_changed)
        self.similar_box = QFrame()
        self.similar_box.setObjectName("SimilarBox")
        warning = colours(Tone.WARNING)
        self.similar_box.setStyleSheet(
            f"QFrame#SimilarBox {{ background: {warning.background}; border: 1px solid "
            f"{warning.border}; border-radius: 6px; }} QFrame#SimilarBox QLabel {{ color: "
            f"{warning.text}; background: transparent; }}"
        )
        self.similar_label = QLabel()
        self.similar_label.setWordWrap(True)
        self.similar_list = QListWidget()
        self.similar_list.setMaximumHeight(90)
        self.use_existing = QPushButton(self.tr("Check in the chosen person instead"))
        self.use_existing.setAutoDefault(False)  # Enter stays with "Register" (was taken here)
        self.use_existing.clicked.connect(self._use_existing)
        similar = QVBoxLayout(self.similar_box)
        similar.addWidget(self.similar_label)
        similar.addWidget(self.similar_list)
        similar.addWidget(self.use_existing, 0, Qt.AlignmentFlag.AlignRight)
        self.similar_box.hide()
        self.privacy = PrivacyNotice(lang, notice)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {colours(Tone.REFUSED).text}; font-weight: bold;")
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.register_button = self.buttons.addButton(
            self.tr("Register and check in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.register_button.setDefault(True)
        self.buttons.accepted.connect(self.try_submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.similar_box)
        layout.addWidget(QLabel(self.tr("Privacy notice (show it to the person):")))
        layout.addWidget(self.privacy, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._checked_key: str | None = None  # the name whose look-alikes were looked up
        self._matches: list[PersonRow] = []
        self._submit_when_checked = False
        self._similar_timer = QTimer(self)
        self._similar_timer.setSingleShot(True)
        self._similar_timer.setInterval(SIMILAR_DELAY_MS)
        self._similar_timer.timeout.connect(self._ask_similar)
        self.form.name.textEdited.connect(lambda _text: self._similar_timer.start())
        if name.strip():
            self._similar_timer.start()

    def _kind_changed(self, _index: int) -> None:
        if self.form.kind.currentData() == PersonKind.CHILD.value:
            self.reject()  # first: the child's form opens in front of the window, not of this one
            self.child_chosen.emit(self.form.name.text().strip())

    # --- look-alikes ------------------------------------------------------------------------

    def _ask_similar(self) -> None:
        name = self.form.name.text()
        if name.strip():
            self.similar_requested.emit(name)

    def show_similar(self, name: str, rows: list[PersonRow]) -> None:
        if not shiboken6.isValid(self.form.name):
            return  # the answer came after the dialog closed
        if search_key(name) != search_key(self.form.name.text()):
            return  # the name changed meanwhile: a newer lookup is coming
        self._checked_key = search_key(name)
        self._matches = rows
        self.similar_list.clear()
        for row in rows:
            text = " · ".join(filter(None, [row.name, kind_label(row.kind), row.organisation]))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.similar_list.addItem(item)
        if rows:
            self.similar_label.setText(
                self.tr(
                    "Already registered with this name: is it the same person? "
                    "Check them in instead, or register a new person anyway."
                )
            )
            self.similar_list.setCurrentRow(0)
        self.similar_box.setVisible(bool(rows))
        self.register_button.setText(
            self.tr("Register anyway and check in") if rows else self.tr("Register and check in")
        )
        if self._submit_when_checked:
            self._submit_when_checked = False
            if rows:  # pointed out first: registering a second one takes another press
                self.show_error(
                    self.tr("Someone with this name is already registered (see above).")
                )
                return
            self.try_submit()

    def _use_existing(self) -> None:
        item = self.similar_list.currentItem()
        if item is not None:
            self.existing_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
            self.accept()

    # --- submitting -------------------------------------------------------------------------

    def try_submit(self) -> None:
        name = self.form.name.text()
        if not name.strip():
            self.show_error(self.tr("Write the person's name."))
            self.form.name.setFocus()
            return
        if not self.privacy.check():
            self.error.hide()
            return
        if search_key(name) != self._checked_key:
            self._submit_when_checked = True  # look for look-alikes first, then come back
            self._similar_timer.stop()
            self.similar_requested.emit(name)
            return
        self.error.hide()
        self.register_button.setEnabled(False)
        self.submitted.emit(self.form.fields(privacy_acknowledged=True))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def show_refusal(self, refusal: Refusal) -> None:
        self.register_button.setEnabled(True)
        self.show_error(refusal.text())
        mark_away(self.error, refusal)

    def finish(self) -> None:
        self.accept()
