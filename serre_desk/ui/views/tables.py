"""Pieces shared by the desk's tables: roles, an accent-insensitive filter, Enter to act."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from serre_desk.domain.names import search_key

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_KEY_ROLE = Qt.ItemDataRole.UserRole + 3
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

AnyIndex = QModelIndex | QPersistentModelIndex


class NameFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose name contains the filter text, ignoring case and accents."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._key = search_key(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._key:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._key in (index.data(SEARCH_KEY_ROLE) or "")


class PeopleTable(QTableView):
    """A read-only table of people: whole rows, zebra stripes, Enter acts on the current row."""

    row_activated = Signal(int)  # person id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.horizontalHeader().setHighlightSections(False)
        self.doubleClicked.connect(lambda index: self._activate(index))

    def current_person(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(PERSON_ID_ROLE)

    def select_person(self, person_id: int) -> bool:
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(PERSON_ID_ROLE) == person_id:
                self.setCurrentIndex(index)
                return True
        return False

    def select_first(self) -> None:
        if self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self._activate(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.row_activated.emit(index.siblingAtColumn(0).data(PERSON_ID_ROLE))
