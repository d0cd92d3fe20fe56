"""Who is inside an area: a live table (name, kind, organisation, since, how long) with a filter
and a check-out button."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from serre_desk.domain.names import search_key
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.occupancy import InsideRow
from serre_desk.ui.formatting import clock_time, duration, kind_label
from serre_desk.ui.views.tables import (
    LEFT,
    PERSON_ID_ROLE,
    RIGHT,
    SEARCH_KEY_ROLE,
    SORT_ROLE,
    AnyIndex,
    NameFilterProxy,
    PeopleTable,
)

NAME, KIND, ORGANISATION, SINCE, DURATION = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("InsideModel", "Name"),
    QT_TRANSLATE_NOOP("InsideModel", "Kind"),
    QT_TRANSLATE_NOOP("InsideModel", "Organisation"),
    QT_TRANSLATE_NOOP("InsideModel", "Since"),
    QT_TRANSLATE_NOOP("InsideModel", "Duration"),
)
HEADER_TIPS = (
    QT_TRANSLATE_NOOP("InsideModel", "Full name (hover a cut name to read it all)"),
    QT_TRANSLATE_NOOP("InsideModel", "Member, guest, staff or child"),
    QT_TRANSLATE_NOOP("InsideModel", "Company, studio or school"),
    QT_TRANSLATE_NOOP("InsideModel", "Time of check-in"),
    QT_TRANSLATE_NOOP("InsideModel", "How long they have been inside"),
)


class InsideModel(QAbstractTableModel):
    """People inside one area. Updated in place (rows removed, appended, changed) so the
    selection and the sort survive the refresh every few seconds."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[InsideRow] = []
        self._keys: list[str] = []
        self._now: datetime | None = None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("InsideModel", HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("InsideModel", HEADER_TIPS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section in (SINCE, DURATION) else LEFT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(row, column) if column in (NAME, ORGANISATION) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in (SINCE, DURATION) else LEFT
        if role == SORT_ROLE:
            return self._sort_value(index.row(), column)
        if role == PERSON_ID_ROLE:
            return row.id
        if role == SEARCH_KEY_ROLE:
            return self._keys[index.row()]
        return None

    def _text(self, row: InsideRow, column: int) -> str:
        if column == NAME:
            return row.name
        if column == KIND:
            return kind_label(row.kind)
        if column == ORGANISATION:
            return row.organisation or "—"
        if column == SINCE:
            return clock_time(row.since)
        return duration(self._seconds(row))

    def _sort_value(self, index: int, column: int) -> Any:
        row = self._rows[index]
        if column == NAME:
            return self._keys[index]
        if column == ORGANISATION:
            return search_key(row.organisation or "")
        if column in (SINCE, DURATION):
            return row.since.timestamp() * (1 if column == SINCE else -1)
        return self._text(row, column)

    def _seconds(self, row: InsideRow) -> float:
        return (self._now - row.since).total_seconds() if self._now else 0.0

    def person_ids(self) -> list[int]:
        return [row.id for row in self._rows]

    def set_rows(self, rows: list[InsideRow], now: datetime) -> None:
        """Show `rows` (earliest arrival first): remove who left, append who arrived, update the
        rest in place."""
        self._now = now
        wanted = {row.id: row for row in rows}
        for position in range(len(self._rows) - 1, -1, -1):
            if self._rows[position].id not in wanted:
                self.beginRemoveRows(QModelIndex(), position, position)
                del self._rows[position]
                del self._keys[position]
                self.endRemoveRows()
        present = {row.id for row in self._rows}
        arriving = [row for row in rows if row.id not in present]
        if arriving:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(arriving) - 1)
            self._rows.extend(arriving)
            self._keys.extend(search_key(row.name) for row in arriving)
            self.endInsertRows()
        for position, row in enumerate(self._rows):
            fresh = wanted[row.id]
            if fresh != row:
                self._rows[position] = fresh
                self._keys[position] = search_key(fresh.name)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, DURATION))


class InsidePanel(QWidget):
    """One area's "inside now" tab: a filter field, the table, and the check-out button."""

    check_out_requested = Signal(int)
    person_selected = Signal(int)

    def __init__(self, area_key: str, check_out: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area_key = area_key
        self.model = InsideModel(self)
        self.proxy = NameFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Who is here? Type part of a name"))
        self.filter.textChanged.connect(self.proxy.set_text)
        self.table = PeopleTable()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SINCE, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((KIND, 110), (ORGANISATION, 220), (SINCE, 80), (DURATION, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.row_activated.connect(self.check_out_requested)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.filter.returnPressed.connect(self._filter_enter)

        self.empty = QLabel(self.tr("Nobody is inside."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        self._check_out = check_out
        button = QToolButton()
        button.setDefaultAction(check_out)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.check_out_button = button

        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.empty.hide()

    def show_rows(self, rows: list[InsideRow], now: datetime) -> None:
        self.model.set_rows(rows, now)
        self.empty.setVisible(not rows)

    def selected_person(self) -> int | None:
        return self.table.current_person()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.person_selected.emit(current.siblingAtColumn(0).data(PERSON_ID_ROLE))

    def _filter_enter(self) -> None:
        """Enter in the filter: go to the first match (a second Enter checks them out)."""
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self.table.select_first()
