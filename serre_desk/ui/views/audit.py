"""The audit browser (managers): filter by day, action, desk user and person; the chain's verdict.

The view reads through callables, so it never touches the database itself: in the window,
`load=lambda f: services.audit.browse(db, manager, f)` and
`verify=lambda: services.audit.verify(db)`, both run on the desk's reader threads
(`run=runner.read`: verifying a year of events takes a while). Opening the tab loads the events
(today's, unless other days are chosen) and checks the chain. People are named (an erased person
as such), details are in words, times in venue time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from serre_desk.clock import to_local
from serre_desk.domain.audit_details import Names, describe
from serre_desk.domain.errors import Refusal
from serre_desk.services.audit import AuditEntry, AuditFilter, AuditPage
from serre_desk.services.audit_verify import AuditVerdict
from serre_desk.ui.dialogs.signin import Run, run_here
from serre_desk.ui.formatting import action_text
from serre_desk.ui.style import Tone, colours

AnyIndex = QModelIndex | QPersistentModelIndex
LoadEvents = Callable[[AuditFilter], AuditPage]
LoadActions = Callable[[], list[str]]
VerifyChain = Callable[[], AuditVerdict]
Today = Callable[[], date]
COLUMNS = (
    QT_TRANSLATE_NOOP("AuditModel", "When"),
    QT_TRANSLATE_NOOP("AuditModel", "Action"),
    QT_TRANSLATE_NOOP("AuditModel", "Person"),
    QT_TRANSLATE_NOOP("AuditModel", "Detail"),
    QT_TRANSLATE_NOOP("AuditModel", "Reason"),
    QT_TRANSLATE_NOOP("AuditModel", "Desk user"),
    QT_TRANSLATE_NOOP("AuditModel", "Desk"),
)
BROWSE_LIMIT = 5000  # the newest events matching the filter


class AuditModel(QAbstractTableModel):
    """The events, newest first, as the manager reads them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []
        self._entries: list[AuditEntry] = []

    def set_page(self, page: AuditPage) -> None:
        self.beginResetModel()
        self._entries = list(page.entries)
        self._rows = [self._texts(entry, page.names) for entry in self._entries]
        self.endResetModel()

    def clear(self) -> None:
        self.set_page(AuditPage([], Names()))

    @staticmethod
    def _texts(entry: AuditEntry, names: Names) -> tuple[str, ...]:
        return (
            to_local(entry.at).strftime("%d/%m/%Y %H:%M:%S"),
            action_text(entry.action),
            names.person(entry.subject_id),
            describe(entry.action, entry.detail, entry.at, names),
            entry.reason or "",
            entry.actor,
            entry.desk,
        )

    def entry(self, row: int) -> AuditEntry:
        return self._entries[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(str(COLUMNS[section])) if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        return self._rows[index.row()][index.column()]


class AuditView(QWidget):
    """Filters on top, the events in a table, and the chain's verdict. Showing the view loads
    the events and checks the chain."""

    def __init__(
        self,
        load: LoadEvents,
        verify: VerifyChain,
        *,
        today: Today,
        load_actions: LoadActions | None = None,
        run: Run = run_here,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load, self._verify, self._load_actions, self._run = load, verify, load_actions, run
        self._today = today
        self._shown_day = today()
        self._verifying = False
        self.start = self._date_edit(self._shown_day)
        self.end = self._date_edit(self._shown_day)
        self.all_days = QCheckBox(self.tr("All days"))
        self.action = QComboBox()
        self.action.addItem(self.tr("Any action"), None)
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("Desk user"))
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("Person (name or number)"))
        for entry in (self.user, self.person):  # the hint is read whole
            hint = entry.fontMetrics().horizontalAdvance(entry.placeholderText())
            entry.setMinimumWidth(hint + 4 * entry.fontMetrics().averageCharWidth())
        self.show_button = QPushButton(self.tr("Show"))
        self.verify_button = QPushButton(self.tr("Verify the chain"))
        self.status = QLabel()
        self.chain = QLabel()
        self.chain.setWordWrap(True)
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self._size_columns()
        days = QHBoxLayout()
        for widget in (
            QLabel(self.tr("From")),
            self.start,
            QLabel(self.tr("to")),
            self.end,
            self.all_days,
        ):
            days.addWidget(widget)
        days.addStretch(1)
        days.addWidget(self.verify_button)
        filters = QHBoxLayout()
        for field in (self.action, self.user, self.person, self.show_button):
            filters.addWidget(field)
        filters.addStretch(1)
        footer = QHBoxLayout()
        footer.addWidget(self.status)
        footer.addWidget(self.chain, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(days)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        self.show_button.clicked.connect(self.refresh)
        self.person.returnPressed.connect(self.refresh)
        self.user.returnPressed.connect(self.refresh)
        self.action.activated.connect(lambda _index: self.refresh())
        self.verify_button.clicked.connect(self.verify_chain)
        self.all_days.toggled.connect(self._all_days)

    def _size_columns(self) -> None:
        """The detail takes the room; long actions, names and reasons wrap onto a second line
        (every row has room for two: sizing thousands of rows to their contents takes seconds;
        the tooltip holds a longer text whole)."""
        self.table.setWordWrap(True)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the detail
        letter = self.fontMetrics().averageCharWidth()
        for column, letters in ((1, 28), (2, 20), (4, 18)):  # action, person, reason
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, letters * letter)

    def showEvent(self, event: QShowEvent) -> None:
        """Opened (the tab chosen, the desk unlocked): today's events, at once."""
        super().showEvent(event)
        self._follow_today()
        if self._load_actions is not None:
            self._run(self._load_actions, self.set_actions, self._failed)
        self.refresh()
        if not self._verifying and not self.chain.text():  # once, and again after `clear`
            self.verify_chain()

    def _follow_today(self) -> None:
        """A new day since the view was made: the days shown move on, unless chosen by hand."""
        today = self._today()
        untouched = self._day(self.start) == self._day(self.end) == self._shown_day
        if today != self._shown_day and untouched:
            for edit in (self.start, self.end):
                edit.setDate(QDate(today.year, today.month, today.day))
        self._shown_day = today

    def _all_days(self, on: bool) -> None:
        self.start.setDisabled(on)
        self.end.setDisabled(on)
        self.refresh()

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    @staticmethod
    def _day(edit: QDateEdit) -> date:
        value = edit.date()
        return date(value.year(), value.month(), value.day())

    def current_filter(self) -> AuditFilter:
        every_day = self.all_days.isChecked()
        person = self.person.text().strip()
        return AuditFilter(
            start=None if every_day else self._day(self.start),
            end=None if every_day else self._day(self.end),
            action=self.action.currentData(),
            user=self.user.text().strip() or None,
            subject_id=int(person) if person.isdigit() else None,
            person=None if person.isdigit() else person or None,
            limit=BROWSE_LIMIT,
        )

    def set_actions(self, actions: Sequence[str]) -> None:
        """The actions offered in the filter (those the log holds)."""
        chosen = self.action.currentData()
        while self.action.count() > 1:
            self.action.removeItem(1)
        for action in sorted(actions, key=action_text):
            self.action.addItem(action_text(action), action)
        self.action.setCurrentIndex(max(self.action.findData(chosen), 0))

    def refresh(self) -> None:
        load, wanted = self._load, self.current_filter()
        self.show_button.setEnabled(False)
        self._run(lambda: load(wanted), self._loaded, self._failed)

    def _loaded(self, page: AuditPage) -> None:
        self.show_button.setEnabled(True)
        self.model.set_page(page)
        self.table.scrollToTop()
        self._say(self.status, self.tr("%n event(s)", "", len(page.entries)), Tone.IDLE)

    def verify_chain(self) -> None:
        self._verifying = True
        self.verify_button.setEnabled(False)
        self._say(self.chain, self.tr("Verifying the chain…"), Tone.IDLE)
        self._run(self._verify, self._verified, self._not_verified)

    def _verified(self, verdict: AuditVerdict) -> None:
        self._verifying = False
        self.verify_button.setEnabled(True)
        broken, failed = verdict.chain.broken, verdict.failed_anchor
        if broken is not None:
            self._say(self.chain, broken.text(), Tone.REFUSED)
        elif failed is not None:
            path, check = failed
            self._say(self.chain, f"{path.name}: {check.text()}", Tone.REFUSED)
        else:
            checked = verdict.chain.checked
            text = self.tr("The audit log is whole: %n event(s) checked.", "", checked)
            if verdict.anchors:
                text += " " + self.tr(
                    "It holds the %n anchor(s) kept with the backups.", "", len(verdict.anchors)
                )
            self._say(self.chain, text, Tone.IN)

    def _failed(self, error: BaseException, label: QLabel | None = None) -> None:
        self.show_button.setEnabled(True)
        if not isinstance(error, Refusal):
            raise error  # a bug: the crash handler reports it
        self._say(label or self.status, error.text(), Tone.REFUSED)

    def _not_verified(self, error: BaseException) -> None:
        """An anchor file that is not one, or was altered: said where the verdict goes."""
        self._verifying = False
        self.verify_button.setEnabled(True)
        self._failed(error, self.chain)

    def clear(self) -> None:
        """Forget the events shown (the desk locks, or a staff member signs in)."""
        self.model.clear()
        self._say(self.status, "", Tone.IDLE)
        self._say(self.chain, "", Tone.IDLE)

    @staticmethod
    def _say(label: QLabel, text: str, tone: Tone) -> None:
        label.setText(text)
        label.setStyleSheet("" if tone is Tone.IDLE else f"color: {colours(tone).text};")
