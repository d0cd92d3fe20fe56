"""The audit browser (managers): filter by day, action, desk user and person; verify the chain.

The view reads through two callables, so it never touches the database itself: in the window,
`load=lambda f: services.audit.list_events(db, manager, f)` and
`verify=lambda: services.audit.verify(db)`, both run on the desk's reader threads
(`run=runner.read`: verifying a year of events takes a while).
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
from serre_desk.domain.errors import Refusal
from serre_desk.services.audit import AuditEntry, AuditFilter, ChainReport
from serre_desk.ui.formatting import action_text
from serre_desk.ui.signin import Run, run_here
from serre_desk.ui.style import Tone, colours

AnyIndex = QModelIndex | QPersistentModelIndex
LoadEvents = Callable[[AuditFilter], list[AuditEntry]]
VerifyChain = Callable[[], ChainReport]
COLUMNS = (
    QT_TRANSLATE_NOOP("AuditModel", "When"),
    QT_TRANSLATE_NOOP("AuditModel", "Desk user"),
    QT_TRANSLATE_NOOP("AuditModel", "Desk"),
    QT_TRANSLATE_NOOP("AuditModel", "Action"),
    QT_TRANSLATE_NOOP("AuditModel", "Person"),
    QT_TRANSLATE_NOOP("AuditModel", "Reason"),
    QT_TRANSLATE_NOOP("AuditModel", "Detail"),
)
BROWSE_LIMIT = 5000  # the newest events matching the filter


def _detail(entry: AuditEntry) -> str:
    return ", ".join(
        f"{key}={value}" for key, value in entry.detail.items() if value not in (None, False, [])
    )


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditEntry] = []

    def set_rows(self, rows: Sequence[AuditEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> AuditEntry:
        return self._rows[row]

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
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = self._rows[index.row()]
        values = (
            to_local(entry.at).strftime("%Y-%m-%d %H:%M:%S"),
            entry.actor,
            entry.desk,
            action_text(entry.action),
            "" if entry.subject_id is None else str(entry.subject_id),
            entry.reason or "",
            _detail(entry),
        )
        return values[index.column()]


class AuditView(QWidget):
    """Filters on top, the events in a table, and the chain's verdict."""

    def __init__(
        self,
        load: LoadEvents,
        verify: VerifyChain,
        *,
        today: date,
        actions: Sequence[str] = (),
        run: Run = run_here,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load, self._verify, self._run = load, verify, run
        self.start = self._date_edit(today)
        self.end = self._date_edit(today)
        self.all_days = QCheckBox(self.tr("All days"))
        self.action = QComboBox()
        self.action.addItem(self.tr("Any action"), None)
        for action in actions:
            self.action.addItem(action_text(action), action)
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("Desk user"))
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("Person id"))
        self.person.setMaximumWidth(90)
        self.show_button = QPushButton(self.tr("Show"))
        self.verify_button = QPushButton(self.tr("Verify the chain"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
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
        layout = QVBoxLayout(self)
        layout.addLayout(days)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.show_button.clicked.connect(self.refresh)
        self.person.returnPressed.connect(self.refresh)
        self.user.returnPressed.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify_chain)
        self.all_days.toggled.connect(self._all_days)

    def _all_days(self, on: bool) -> None:
        self.start.setDisabled(on)
        self.end.setDisabled(on)

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def current_filter(self) -> AuditFilter:
        def day(edit: QDateEdit) -> date | None:
            if self.all_days.isChecked():
                return None
            value = edit.date()
            return date(value.year(), value.month(), value.day())

        person = self.person.text().strip()
        return AuditFilter(
            start=day(self.start),
            end=day(self.end),
            action=self.action.currentData(),
            user=self.user.text().strip() or None,
            subject_id=int(person) if person.isdigit() else None,
            limit=BROWSE_LIMIT,
        )

    def set_actions(self, actions: Sequence[str]) -> None:
        """The actions offered in the filter (those the log holds)."""
        chosen = self.action.currentData()
        while self.action.count() > 1:
            self.action.removeItem(1)
        for action in actions:
            self.action.addItem(action_text(action), action)
        self.action.setCurrentIndex(max(self.action.findData(chosen), 0))

    def refresh(self) -> None:
        load, wanted = self._load, self.current_filter()
        self.show_button.setEnabled(False)
        self._run(lambda: load(wanted), self._loaded, self._failed)

    def _loaded(self, rows: list[AuditEntry]) -> None:
        self.show_button.setEnabled(True)
        self.model.set_rows(rows)
        self._say(self.tr("%n event(s)", "", len(rows)), Tone.IDLE)

    def verify_chain(self) -> None:
        self.verify_button.setEnabled(False)
        self._say(self.tr("Verifying the chain…"), Tone.IDLE)
        self._run(self._verify, self._verified, self._failed)

    def _verified(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        if report.broken is None:
            self._say(
                self.tr("The audit log is whole: %n event(s) checked.", "", report.checked), Tone.IN
            )
        else:
            self._say(report.broken.text(), Tone.REFUSED)

    def _failed(self, error: BaseException) -> None:
        self.show_button.setEnabled(True)
        self.verify_button.setEnabled(True)
        if not isinstance(error, Refusal):
            raise error  # a bug: the crash handler reports it
        self._say(error.text(), Tone.REFUSED)

    def clear(self) -> None:
        """Forget the events shown (the desk locks, or a staff member signs in)."""
        self.model.set_rows([])
        self._say("", Tone.IDLE)

    def _say(self, text: str, tone: Tone) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("" if tone is Tone.IDLE else f"color: {colours(tone).text};")
