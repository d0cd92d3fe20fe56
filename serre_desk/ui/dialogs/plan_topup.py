"""Entries added to a person's plan, or the plan extended, on the spot from the person card.

The dialog only asks what to do (how many entries, or until when); the card's controller then
asks a manager's approval with the reason (`ManagerPrompt`), runs it, and closes the dialog, or
shows the refusal in it. `chosen(entries, until)`: entries > 0 with `until` None, or 0 entries
with the new last day."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from serre_desk.domain.errors import Refusal
from serre_desk.domain.plans import PlanKind
from serre_desk.services.plans import Entitlement
from serre_desk.ui.dialogs.away_line import mark_away
from serre_desk.ui.style import Tone, colours

MAX_ON_THE_SPOT = 100


class PlanTopUpDialog(QDialog):
    chosen = Signal(int, object)  # entries, until (a date or None)

    def __init__(
        self, name: str, found: Entitlement, today: date, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self.setWindowTitle(self.tr("Plan: add entries or extend"))
        self.setMinimumWidth(420)
        plan = found.standing.plan
        heading = QLabel(f"{name}\n{found.line(lang)}")
        heading.setWordWrap(True)
        self.add = QRadioButton(self.tr("Add entries"))
        self.entries = QSpinBox()
        self.entries.setRange(1, MAX_ON_THE_SPOT)
        self.entries.setAccessibleName(self.tr("Entries to add"))
        self.extend = QRadioButton(self.tr("Extend the plan until"))
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("dd/MM/yyyy")
        self.until.setAccessibleName(self.tr("Last day of the plan"))
        start = max(today, found.standing.expires_on or today) + timedelta(days=30)
        self.until.setDate(QDate(start.year, start.month, start.day))
        self.until.setMinimumDate(QDate(today.year, today.month, today.day))
        grid = QGridLayout()
        grid.addWidget(self.add, 0, 0)
        grid.addWidget(self.entries, 0, 1)
        grid.addWidget(self.extend, 1, 0)
        grid.addWidget(self.until, 1, 1)
        unlimited = plan is not None and plan.kind is PlanKind.UNLIMITED
        self.add.setEnabled(not unlimited)  # an unlimited plan needs no entries
        self.entries.setEnabled(not unlimited)
        expired = found.standing.expires_on is not None and found.standing.expires_on < today
        (self.extend if unlimited or expired else self.add).setChecked(True)
        self.entries.valueChanged.connect(lambda _v: self.add.setChecked(True))
        self.until.dateChanged.connect(lambda _d: self.extend.setChecked(True))
        note = QLabel(self.tr("A manager approves with a reason; it is kept in the audit log."))
        note.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {colours(Tone.REFUSED).text}; font-weight: bold;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = QPushButton(self.tr("Ask a manager"))
        buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.clicked.connect(self._choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def what(self) -> str:
        """The action in words, for the manager's prompt."""
        if self.add.isChecked():
            return self.tr("Add %n entry(s) to the plan", "", self.entries.value())
        return self.tr("Extend the plan until {day}").format(
            day=self.until.date().toString("dd/MM/yyyy")
        )

    def _choose(self) -> None:
        self.error.hide()
        if self.add.isChecked():
            self.chosen.emit(self.entries.value(), None)
        else:
            self.chosen.emit(0, self.until.date().toPython())

    def show_refusal(self, refusal: Refusal) -> None:
        self.error.setText(refusal.text(self._lang))
        self.error.show()
        mark_away(self.error, refusal)
