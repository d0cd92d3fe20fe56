"""The last events at this desk, newest first; click (or Enter) opens the person's card."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from serre_desk.domain.errors import Refusal
from serre_desk.services.closing import ClosingResult
from serre_desk.services.undo import Undone
from serre_desk.services.visits import Movement
from serre_desk.ui import icons
from serre_desk.ui.formatting import area_name, clock_time

KEEP = 20


class RecentEvents(QListWidget):
    person_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setAlternatingRowColors(True)
        self.setAccessibleName(self.tr("Recent events"))
        self.itemActivated.connect(self._open)
        self.itemClicked.connect(self._open)

    def add_movement(self, movement: Movement) -> None:
        if movement.action == "check_in":
            text = self.tr("{name} — checked in · {area}")
            icon = "checked-in"
        else:
            text = self.tr("{name} — checked out · {area}")
            icon = "checked-out"
        if movement.warnings:
            icon = "warning"
        line = text.format(name=movement.person.name, area=area_name(movement.area_name))
        self._add(movement.at, icon, line, movement.person.id)

    def add_undone(self, undone: Undone, at: datetime) -> None:
        text = (
            self.tr("{name} — check-in undone")
            if undone.action == "check_in"
            else self.tr("{name} — check-out undone")
        )
        self._add(at, "undo", text.format(name=undone.person.name), undone.person.id)

    def add_refusal(self, refusal: Refusal, at: datetime) -> None:
        self._add(at, "refused", self.tr("Refused: {reason}").format(reason=refusal.text()), None)

    def add_closing(self, result: ClosingResult, at: datetime) -> None:
        text = self.tr("Day closed: %n automatic check-out(s)", "", len(result.auto_closed))
        self._add(at, "warning", text, None)

    def add_notice(self, title: str, at: datetime) -> None:
        self._add(at, "warning", title, None)

    def add_news(self, title: str, at: datetime) -> None:
        self._add(at, "done", title, None)

    def _add(self, at: datetime, icon: str, text: str, person_id: int | None) -> None:
        item = QListWidgetItem(icons.icon(icon), f"{clock_time(at)}  {text}")
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        item.setToolTip(text)
        self.insertItem(0, item)
        while self.count() > KEEP:
            self.takeItem(self.count() - 1)

    def lines(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]

    def _open(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if person_id is not None:
            self.person_selected.emit(person_id)
