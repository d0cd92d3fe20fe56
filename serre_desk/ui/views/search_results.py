"""Search results: everyone known whose name matches what is typed in the scan field."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from serre_desk.domain.names import search_key
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.ui.formatting import kind_label
from serre_desk.ui.style import scaled
from serre_desk.ui.views.tables import (
    LEFT,
    PERSON_ID_ROLE,
    SEARCH_KEY_ROLE,
    SORT_ROLE,
    AnyIndex,
    PeopleModel,
    PeopleTable,
)

if TYPE_CHECKING:
    from serre_desk.services.people import PersonRow

NAME, KIND, ORGANISATION, WHERE = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("SearchModel", "Name"),
    QT_TRANSLATE_NOOP("SearchModel", "Kind"),
    QT_TRANSLATE_NOOP("SearchModel", "Organisation"),
    QT_TRANSLATE_NOOP("SearchModel", "Where now"),
)


class SearchModel(PeopleModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("SearchModel", HEADERS, parent=parent)
        self._rows: list[PersonRow] = []
        self._area_names: dict[str, str] = {}

    def set_area_names(self, names: dict[str, str]) -> None:
        self._area_names = names

    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[PersonRow]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, ORGANISATION):
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT
        if role == Qt.ItemDataRole.FontRole and column == WHERE and row.inside_area:
            font = QFont()
            font.setBold(True)
            return font
        if role == PERSON_ID_ROLE:
            return row.id
        if role == SEARCH_KEY_ROLE:
            return search_key(row.name)
        return None

    def _text(self, row: PersonRow, column: int) -> str:
        if column == NAME:
            return row.name
        if column == KIND:
            return kind_label(row.kind)
        if column == ORGANISATION:
            return row.organisation or "—"
        if row.inside_area is None:
            return QCoreApplication.translate("SearchModel", "not inside")
        name = self._area_names.get(row.inside_area, row.inside_area)
        return QCoreApplication.translate("SearchModel", "inside: {area}").format(area=name)


class SearchPanel(QWidget):
    """Shown instead of the area tabs while something is typed in the scan field."""

    person_selected = Signal(int)

    def __init__(self, toggle: QAction, register: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SearchModel(self)
        self.heading = QLabel()
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(scaled(12))
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.table = PeopleTable()
        self.table.setModel(self.model)
        self.table.set_column_widths(NAME, ((KIND, 110), (ORGANISATION, 220), (WHERE, 200)))
        self.table.person_changed.connect(self.person_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        for action in (toggle, register):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)

    def show_results(self, text: str, rows: list[PersonRow]) -> None:
        """Show the results for `text`, keeping the chosen person chosen when still listed."""
        chosen = self.selected_person()
        self.model.set_rows(rows)
        self.heading.setText(self.tr("Search: “{text}”").format(text=text))
        if rows:
            self.hint.setText(
                self.tr(
                    "↑ ↓ choose · Enter checks the chosen person in or out · "
                    "F2 registers someone new"
                )
            )
            if chosen is None or not self.table.select_person(chosen):
                self.table.select_first()
        else:
            self.hint.setText(
                self.tr(
                    "Nobody matches “{text}”. Press Enter or F2 to register a new visitor."
                ).format(text=text)
            )
        self.table.setVisible(bool(rows))

    def selected_person(self) -> int | None:
        return self.table.current_person()
