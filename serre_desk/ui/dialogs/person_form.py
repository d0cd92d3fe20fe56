"""The fields a desk may set on an adult: name (required), kind, organisation, email, phone."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from serre_desk.domain.people import PersonKind
from serre_desk.services.people import PersonFields
from serre_desk.ui.formatting import kind_label

DESK_KINDS = (PersonKind.GUEST, PersonKind.MEMBER, PersonKind.STAFF)


class PersonForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.kind = QComboBox()
        for kind in DESK_KINDS:
            self.kind.addItem(kind_label(kind), kind.value)
        self.organisation = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.organisation.setPlaceholderText(self.tr("optional"))
        self.email.setPlaceholderText(self.tr("optional"))
        self.phone.setPlaceholderText(self.tr("optional"))
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("&Name *"), self.name)
        layout.addRow(self.tr("&Kind"), self.kind)
        layout.addRow(self.tr("&Organisation"), self.organisation)
        layout.addRow(self.tr("&Email"), self.email)
        layout.addRow(self.tr("&Phone"), self.phone)

    def set_kind(self, kind: PersonKind) -> None:
        index = self.kind.findData(kind.value)
        if index < 0:  # a child: not a kind the desk form offers, so show it as it is
            self.kind.addItem(kind_label(kind), kind.value)
            index = self.kind.count() - 1
        self.kind.setCurrentIndex(index)

    def fields(self, privacy_acknowledged: bool) -> PersonFields:
        return PersonFields(
            name=self.name.text(),
            kind=PersonKind(self.kind.currentData()),
            organisation=self.organisation.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            privacy_acknowledged=privacy_acknowledged,
        )
