"""A child's guardians as rows: name, phone, authorised for pickup / not authorised / only today
(in words and colour), and a button to remove each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from serre_desk.ui.kids_words import GuardianEntry, status_words
from serre_desk.ui.style import Tone, colours


def tr(text: str) -> str:
    return QCoreApplication.translate("GuardianList", text)


class GuardianList(QWidget):
    remove_requested = Signal(int)  # adult id

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[GuardianEntry] = []
        self.rows: dict[int, QFrame] = {}
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(self._rows)
        layout.addStretch(1)  # rows keep their height; the room left stays below them

    changed = Signal()  # rows added or removed (e.g. for the dialog's tab order)

    def set_entries(self, entries: list[GuardianEntry]) -> None:
        focused = self.focusWidget()
        refocus = focused is not None and self.isAncestorOf(focused)
        self.entries = list(entries)
        for frame in self.rows.values():
            self._rows.removeWidget(frame)
            frame.deleteLater()
        self.rows = {}
        for entry in self.entries:
            frame = self._row(entry)
            self.rows[entry.adult_id] = frame
            self._rows.addWidget(frame)
        self.empty.setVisible(not self.entries)
        self.changed.emit()
        if refocus:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def put(self, entry: GuardianEntry) -> None:
        """Add an adult, or change how they are linked (picked again)."""
        others = [e for e in self.entries if e.adult_id != entry.adult_id]
        self.set_entries([*others, entry])

    def drop(self, adult_id: int) -> None:
        self.set_entries([e for e in self.entries if e.adult_id != adult_id])

    def _row(self, entry: GuardianEntry) -> QFrame:
        frame = QFrame()
        frame.setObjectName("GuardianRow")
        frame.setStyleSheet(
            "QFrame#GuardianRow { border: 1px solid palette(mid); "
            "border-radius: 6px; background: palette(base); }"
            " QFrame#GuardianRow QLabel { background: transparent; }"
        )
        name = QLabel(entry.name)
        name.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(name.font())
        bold.setBold(True)
        name.setFont(bold)
        words, tone = status_words(entry)
        status = QLabel(words)
        status.setObjectName("status")
        status.setStyleSheet(f"color: {colours(tone).text}; font-weight: bold;")
        if entry.missing_phone:
            phone = QLabel(
                tr("No phone number: add it in their details (Edit) before they can collect.")
            )
            phone.setStyleSheet(f"color: {colours(Tone.WARNING).text}; font-weight: bold;")
        else:
            phone = QLabel(entry.phone or "—")
            phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        phone.setObjectName("phone")
        phone.setWordWrap(True)
        remove = QPushButton(tr("Remove"))
        remove.setObjectName("remove")
        remove.setAutoDefault(False)
        remove.setToolTip(tr("Remove {name} from the child's guardians").format(name=entry.name))
        remove.setAccessibleName(remove.toolTip())
        remove.clicked.connect(lambda: self.remove_requested.emit(entry.adult_id))
        grid = QGridLayout(frame)
        grid.setContentsMargins(8, 4, 6, 4)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(0)
        grid.addWidget(name, 0, 0)
        grid.addWidget(status, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(phone, 1, 0, 1, 2)
        grid.addWidget(remove, 0, 2, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(0, 1)
        return frame

    def focus_chain(self) -> list[QWidget]:
        """The rows' buttons, top to bottom, for the dialog's tab order."""
        return [self.remove_button(entry.adult_id) for entry in self.entries]

    def row_text(self, adult_id: int) -> str:
        """What a row says (tests and screen readers): name, status, phone."""
        frame = self.rows[adult_id]
        return " | ".join(label.text() for label in frame.findChildren(QLabel))

    def remove_button(self, adult_id: int) -> QPushButton:
        button = self.rows[adult_id].findChild(QPushButton, "remove")
        assert isinstance(button, QPushButton)
        return button
