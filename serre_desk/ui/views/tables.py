"""Pieces shared by the desk's tables: roles, translated column headers, an accent-insensitive
filter, column widths, Enter to act."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from serre_desk.domain.names import search_key
from serre_desk.ui.style import RIGHT

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_KEY_ROLE = Qt.ItemDataRole.UserRole + 3
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

AnyIndex = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractTableModel):
    """The columns of a table of people: `headers` (and their tooltips, `tips`) are marked with
    QT_TRANSLATE_NOOP in the translation context `tr_context`; the `right` columns (times) are
    right-aligned, the others left-aligned. Subclasses give the rows."""

    def __init__(
        self,
        tr_context: str,
        headers: tuple[str, ...],
        tips: tuple[str, ...] = (),
        *,
        right: Collection[int] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tr_context = tr_context
        self._headers = headers
        self._tips = tips
        self._right = frozenset(right)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self._tr_context, self._headers[section])
        if role == Qt.ItemDataRole.ToolTipRole and self._tips:
            return QCoreApplication.translate(self._tr_context, self._tips[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(section)
        return None

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return RIGHT if column in self._right else LEFT


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
    person_changed = Signal(int)  # the person of the new current row

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

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            self.selectionModel().currentRowChanged.connect(self._current_row_changed)

    def set_column_widths(self, stretch: int, widths: Iterable[tuple[int, int]]) -> None:
        """Column `stretch` takes the room left; each (column, width) starts `width` pixels wide
        and can be resized by hand. After `setModel`."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        for column, width in widths:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)

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

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.person_changed.emit(current.siblingAtColumn(0).data(PERSON_ID_ROLE))
