"""Editing a person's details from their card, with the privacy notice and its tick when it was
never acknowledged or a newer version was published since (`PersonDetails.notice_due`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from serre_desk.domain.errors import Refusal
from serre_desk.services.people import PersonDetails
from serre_desk.ui.dialogs.away_line import mark_away
from serre_desk.ui.dialogs.person_form import PersonForm
from serre_desk.ui.dialogs.privacy import PrivacyNotice
from serre_desk.ui.style import Tone, colours


class EditPersonDialog(QDialog):
    submitted = Signal(int, object)  # person id, PersonFields

    def __init__(
        self,
        person: PersonDetails,
        lang: str,
        parent: QWidget | None = None,
        *,
        notice: str | None = None,
    ) -> None:
        """`notice`: the privacy notice in force (`DeskContext.notice`); None: the shipped one."""
        super().__init__(parent)
        self.person_id = person.id
        self.setWindowTitle(self.tr("Edit {name}").format(name=person.name))
        self.setMinimumWidth(480)
        self.form = PersonForm()
        self.form.name.setText(person.name)
        self.form.set_kind(person.kind)
        self.form.organisation.setText(person.organisation or "")
        self.form.email.setText(person.email or "")
        self.form.phone.setText(person.phone or "")
        self.privacy: PrivacyNotice | None = None
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {colours(Tone.REFUSED).text}; font-weight: bold;")
        self.error.hide()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save changes"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        if person.privacy_ack_at is None or person.notice_due:
            self.privacy = PrivacyNotice(lang, notice)
            layout.addWidget(QLabel(notice_heading(person.privacy_ack_at is None)))
            layout.addWidget(self.privacy, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _submit(self) -> None:
        acknowledged = self.privacy is not None and self.privacy.acknowledged.isChecked()
        self.save_button.setEnabled(False)
        self.submitted.emit(self.person_id, self.form.fields(privacy_acknowledged=acknowledged))

    def show_refusal(self, refusal: Refusal) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(refusal.text())
        self.error.show()
        mark_away(self.error, refusal)


def notice_heading(never: bool) -> str:
    """Above the notice in the edit dialogs: never shown, or a newer version to acknowledge."""
    if never:
        return QCoreApplication.translate(
            "EditPersonDialog", "The privacy notice was never shown to this person:"
        )
    return QCoreApplication.translate(
        "EditPersonDialog", "A new privacy notice was published since: show it again:"
    )
