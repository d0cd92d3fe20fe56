"""Who is inside an area: a live table (name, kind, organisation, since, how long) with a filter
and a check-out button."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from serre_desk.domain.names import search_key
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.ui.formatting import clock_time, duration_between, kind_label
from serre_desk.ui.views.tables import (
    PERSON_ID_ROLE,
    SEARCH_KEY_ROLE,
    SORT_ROLE,
    AnyIndex,
    NameFilterProxy,
    PeopleModel,
    PeopleTable,
)

if TYPE_CHECKING:
    from serre_desk.services.occupancy import InsideRow

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


@dataclass
class _Line:
    """One person inside, with the texts that do not change computed once; the search key on
    first use (filtering, sorting by name)."""

    row: InsideRow
    texts: list[str]
    _key: str | None = None

    @property
    def key(self) -> str:
        if self._key is None:
            self._key = search_key(self.row.name)
        return self._key

    def sort_value(self, column: int) -> object:
        if column == NAME:
            return self.key
        if column == ORGANISATION:
            return self.texts[ORGANISATION].casefold()
        if column == SINCE:
            return self.row.since.timestamp()
        if column == DURATION:
            return -self.row.since.timestamp()
        return self.texts[column]


class InsideModel(PeopleModel):
    """People inside one area, newest arrival first. Updated in place (rows removed, inserted,
    changed) so the selection and any sort survive the refresh every few seconds; `data()` only
    looks up values computed when the rows arrive, so thousands of rows stay quick."""

    RESET_ABOVE = 50  # more changes than this at once: reset instead of row by row

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            "InsideModel", HEADERS, HEADER_TIPS, right=(SINCE, DURATION), parent=parent
        )
        self._lines: list[_Line] = []
        self._now: datetime | None = None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, column = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DURATION:  # computed when shown: a refresh only moves the clock
                return duration_between(line.row.since, self._now) if self._now else ""
            return line.texts[column]
        if role == SORT_ROLE:
            return line.sort_value(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.texts[column] if column in (NAME, ORGANISATION) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == PERSON_ID_ROLE:
            return line.row.id
        if role == SEARCH_KEY_ROLE:
            return line.key
        return None

    def person_ids(self) -> list[int]:
        return [line.row.id for line in self._lines]

    def set_rows(self, rows: list[InsideRow], now: datetime) -> None:
        """Show `rows` (earliest arrival first, as the service gives them): remove who left,
        insert who arrived at the top, refresh the rest in place."""
        self._now = now
        wanted = {row.id: row for row in rows}
        present = {line.row.id for line in self._lines}
        leaving = present - wanted.keys()
        arriving = [row for row in reversed(rows) if row.id not in present]
        if not self._lines or len(leaving) + len(arriving) > self.RESET_ABOVE:
            self.beginResetModel()
            self._lines = [_line(row) for row in reversed(rows)]
            self.endResetModel()
            return
        for position in range(len(self._lines) - 1, -1, -1):
            if self._lines[position].row.id in leaving:
                self.beginRemoveRows(QModelIndex(), position, position)
                del self._lines[position]
                self.endRemoveRows()
        if arriving:
            self.beginInsertRows(QModelIndex(), 0, len(arriving) - 1)
            self._lines[:0] = [_line(row) for row in arriving]
            self.endInsertRows()
        changed = False
        for position, line in enumerate(self._lines):
            fresh = wanted[line.row.id]
            if fresh != line.row:
                self._lines[position] = _line(fresh)
                changed = True
        if self._lines:
            first = NAME if changed else DURATION
            self.dataChanged.emit(self.index(0, first), self.index(len(self._lines) - 1, DURATION))


def _line(row: InsideRow) -> _Line:
    return _Line(
        row, [row.name, kind_label(row.kind), row.organisation or "—", clock_time(row.since), ""]
    )


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
        self.table.setSortingEnabled(True)  # a click on a header sorts; until then newest first
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.set_column_widths(
            NAME, ((KIND, 110), (ORGANISATION, 220), (SINCE, 80), (DURATION, 110))
        )
        self.table.row_activated.connect(self.check_out_requested)
        self.table.person_changed.connect(self.person_selected)
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

    def _filter_enter(self) -> None:
        """Enter in the filter: go to the first match (a second Enter checks them out)."""
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self.table.select_first()
