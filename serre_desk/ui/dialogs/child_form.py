"""The fields of a child: name, birth date (typed quickly; the age and its band shown as you type),
allergy or medical notes (health data: on screen to signed-in desk staff only, never printed),
photo consent. Used to register a child and to correct one."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from serre_desk.services.kids import HEALTH_NOTES_LIMIT
from serre_desk.ui.kids_words import age_band_text
from serre_desk.ui.style import Tone, colours

_SEPARATED = re.compile(r"^\s*(\d{1,4})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,4})\s*$")
_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{2}|\d{4})\s*$")


def parse_birth_date(text: str) -> date | None:
    """ "14/09/2025", "14.9.2025", "14-9-25", "14 9 2025", "14092025", "140925", "2025-09-14";
    a two-digit year is in this century. None if it is not a date."""
    match = _SEPARATED.match(text) or _DIGITS.match(text)
    if match is None:
        return None
    first, month, last = match.groups()
    if len(first) == 4:  # year first (ISO)
        year, day = int(first), int(last)
        if len(last) > 2:
            return None
    elif len(first) <= 2:
        day, year = int(first), int(last)
        if len(last) == 2:
            year += 2000
        elif len(last) != 4:
            return None
    else:
        return None
    try:
        return date(year, int(month), day)
    except ValueError:
        return None


class ChildForm(QWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.birth = QLineEdit()
        self.birth.setMaxLength(12)
        self.birth.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.birth.setToolTip(self.tr("Day, month, year: 14/09/2025, 14.9.25 or 14092025"))
        self.birth.setMaximumWidth(self.birth.fontMetrics().horizontalAdvance("00/00/00000") + 24)
        self.band = QLabel()
        self.band.setWordWrap(True)
        self.birth.textChanged.connect(self._show_band)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Allergies, intolerances, medicines… (optional)"))
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 16)
        self.notes.textChanged.connect(self._limit_notes)
        notes_note = QLabel(
            self.tr(
                "Health data: shown on screen to signed-in desk staff only, never printed (the "
                "child's label carries only a warning mark)."
            )
        )
        notes_note.setWordWrap(True)
        notes_note.setEnabled(False)
        notes_box = QWidget()
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.setSpacing(2)
        notes_layout.addWidget(self.notes)
        notes_layout.addWidget(notes_note)
        self.photo_consent = QCheckBox(self.tr("The guardians allow photos of the child"))
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addRow(self.tr("&Name *"), self.name)
        layout.addRow(self.tr("&Born on *"), self.birth)
        layout.addRow("", self.band)
        layout.addRow(self.tr("&Allergies / medical notes"), notes_box)
        layout.addRow(self.tr("Photos"), self.photo_consent)
        self._show_band()

    def birth_date(self) -> date | None:
        return parse_birth_date(self.birth.text())

    def set_birth_date(self, birth: date | None) -> None:
        self.birth.setText(birth.strftime("%d/%m/%Y") if birth else "")

    def _show_band(self) -> None:
        """Grey while the date is not complete, green with the age and band, amber when the
        date cannot be a child's."""
        text = self.birth.text().strip()
        birth = parse_birth_date(text)
        if birth is None:
            words = (
                self.tr("Day, month, year: for example 14/09/2025.")
                if text
                else self.tr("The age and its band appear as you type.")
            )
            self.band.setText(words)
            self.band.setStyleSheet("")
            self.band.setEnabled(False)
            return
        words, fine = age_band_text(birth, self.today)
        self.band.setText(words)
        self.band.setStyleSheet(
            f"color: {colours(Tone.IN if fine else Tone.WARNING).text};"
            + ("" if fine else " font-weight: bold;")
        )
        self.band.setEnabled(True)

    def _limit_notes(self) -> None:
        text = self.notes.toPlainText()
        if len(text) > HEALTH_NOTES_LIMIT:
            self.notes.setPlainText(text[:HEALTH_NOTES_LIMIT])
            self.notes.moveCursor(self.notes.textCursor().MoveOperation.End)

    def notes_text(self) -> str:
        return self.notes.toPlainText()

    def focus_first_missing(self) -> None:
        if not self.name.text().strip():
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.birth.setFocus(Qt.FocusReason.OtherFocusReason)
