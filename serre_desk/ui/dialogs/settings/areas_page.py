"""Areas: each area's name, capacity, whether it is for adults or children, and from what share
of its capacity its tile turns amber; "Add an area" for a meeting room or an event hall. All
areas are saved together. A capacity below the number inside now is allowed, with a warning in
words next to that area: it refuses check-ins until enough people have left."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from serre_desk.services.areas_admin import (
    DEFAULT_AMBER,
    AreaSettings,
    AreasSaved,
    area_settings,
    save_areas,
)
from serre_desk.ui.dialogs.settings.base import SettingsContext, SettingsPage
from serre_desk.ui.formatting import area_name
from serre_desk.ui.style import Tone, colours

SPIN_MAX = 99_999  # wider than any rule: a wrong number is refused in words, not clamped


@dataclass
class AreaRow:
    key: str  # "" for a new area
    name: QLineEdit
    capacity: QSpinBox
    children: QCheckBox
    amber: QSpinBox
    inside: QLabel
    warning: QLabel

    def value(self) -> AreaSettings:
        return AreaSettings(
            self.key,
            self.name.text(),
            self.capacity.value(),
            self.children.isChecked(),
            self.amber.value(),
        )


class AreasPage(SettingsPage):
    topic = "areas"

    def __init__(self, ctx: SettingsContext) -> None:
        super().__init__(
            ctx,
            self.tr("Areas"),
            self.tr(
                "The places counted at the desk. A tile turns amber from the share of the "
                "capacity given here, and red when the area is full."
            ),
        )
        self.rows: list[AreaRow] = []
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        self.grid.setContentsMargins(0, 0, 0, 0)
        headers = [
            self.tr("Name"),
            self.tr("Capacity"),
            self.tr("For children"),
            self.tr("Amber from"),
            self.tr("Inside now"),
        ]
        for column, text in enumerate(headers):
            header = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(header, 0, column)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(5, 4)
        self.body.addWidget(self.grid_holder)
        self.add_button = QPushButton(self.tr("Add an area"))
        self.add_button.setToolTip(self.tr("A new area, e.g. a meeting room or an event hall"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_area)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.body.addLayout(row)

    def load(self) -> None:
        db = self.ctx.desk.db
        self.read(lambda: area_settings(db), self.show_areas)

    def show_areas(self, areas: list[AreaSettings]) -> None:
        for area_row in self.rows:
            for widget in (
                area_row.name,
                area_row.capacity,
                area_row.children,
                area_row.amber,
                area_row.inside,
                area_row.warning,
            ):
                widget.deleteLater()
        self.forget_fields()
        self.rows = []
        for area in areas:
            self._add_row(area)
        self._warn()
        if self.rows:
            QWidget.setTabOrder(self.rows[-1].amber, self.add_button)

    def add_area(self) -> None:
        self._add_row(AreaSettings("", "", 20, False, DEFAULT_AMBER))
        self.rows[-1].name.setFocus()
        QWidget.setTabOrder(self.rows[-1].amber, self.add_button)

    def _add_row(self, area: AreaSettings) -> None:
        number = len(self.rows)
        line = 1 + number * 2
        name = QLineEdit(area_name(area.name) if area.key else area.name)
        name.setProperty("stored", area.name)
        name.setAccessibleName(self.tr("Name of the area"))
        name.setPlaceholderText(self.tr("e.g. Sala eventi"))
        capacity = QSpinBox()
        capacity.setRange(0, SPIN_MAX)
        capacity.setValue(area.capacity)
        capacity.setAccessibleName(self.tr("Capacity"))
        capacity.setSuffix(self.tr(" places"))
        children = QCheckBox(self.tr("children"))
        children.setChecked(area.for_children)
        children.setToolTip(self.tr("Counts children, with the educators' ratio"))
        amber = QSpinBox()
        amber.setRange(0, 100)
        amber.setSuffix(" %")
        amber.setValue(area.amber_percent)
        amber.setAccessibleName(self.tr("Amber from this share of the capacity"))
        inside = QLabel(str(area.inside) if area.key else "—")
        inside.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        warning = QLabel()
        warning.setWordWrap(True)
        warning.setStyleSheet(f"color: {colours(Tone.WARNING).text};")
        self.grid.addWidget(name, line, 0)
        self.grid.addWidget(capacity, line, 1)
        self.grid.addWidget(children, line, 2)
        self.grid.addWidget(amber, line, 3)
        self.grid.addWidget(inside, line, 4)
        self.grid.addWidget(warning, line, 5)
        self.grid.addWidget(self.error_for("name", number, name), line + 1, 0)
        self.grid.addWidget(self.error_for("capacity", number, capacity), line + 1, 1, 1, 2)
        self.grid.addWidget(self.error_for("amber_percent", number, amber), line + 1, 3, 1, 3)
        row = AreaRow(area.key, name, capacity, children, amber, inside, warning)
        for widget in (name, capacity, children, amber, inside, warning):
            widget.show()  # at once (a layout shows them later), so the new name takes the focus
        row.inside.setProperty("count", area.inside)
        self.rows.append(row)
        capacity.valueChanged.connect(lambda _value: self._warn())

    def _warn(self) -> None:
        """Next to an area whose capacity is below the people inside now: what that means."""
        for row in self.rows:
            inside = int(row.inside.property("count") or 0)
            capacity = row.capacity.value()
            if row.key and 0 < capacity < inside:
                row.warning.setText(
                    self.tr(
                        "{inside} inside now, more than {capacity}: nobody else can enter "
                        "until {count} have left."
                    ).format(inside=inside, capacity=capacity, count=inside - capacity + 1)
                )
            else:
                row.warning.clear()

    def save(self) -> None:
        db, actor, now = self.ctx.desk.db, self.ctx.actor(), self.now
        wanted = [self._wanted(row) for row in self.rows]
        self.write(lambda: save_areas(db, actor, wanted, now=now), self._saved)

    @staticmethod
    def _wanted(row: AreaRow) -> AreaSettings:
        """The row's values; a default name shown translated ("Kids' space") stays as stored."""
        area = row.value()
        stored = str(row.name.property("stored") or "")
        if row.key and stored and area.name == area_name(stored):
            return AreaSettings(
                area.key, stored, area.capacity, area.for_children, area.amber_percent
            )
        return area

    def _saved(self, result: AreasSaved) -> None:
        self.show_areas(result.areas)
        over = result.over_capacity
        if over:
            self.saved(
                self.tr(
                    "Saved. {areas}: more people inside than the new capacity; check-ins there "
                    "are refused until enough have left."
                ).format(areas=", ".join(area_name(a.name) for a in over))
            )
        else:
            self.saved()
