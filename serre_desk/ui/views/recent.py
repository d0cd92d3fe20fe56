"""*Ultimi movimenti*: today's last movements at every desk, read from the database with each
snapshot (so they are there after a restart), merged with what happened only at this desk
(refusals, notices, the closing); newest first. Click (or Enter) opens the person's card."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from serre_desk.domain.errors import Refusal
from serre_desk.domain.outcomes import Movement
from serre_desk.i18n import translate
from serre_desk.ui import icons
from serre_desk.ui.formatting import area_name, clock_time, earlier_day, refused_text

if TYPE_CHECKING:
    from serre_desk.domain.outcomes import Movement
    from serre_desk.services.closing import ClosingResult
    from serre_desk.services.recent import RecentLine
    from serre_desk.services.undo import Undone

KEEP = 20


class _Entry(NamedTuple):
    at: datetime
    icon: str
    text: str
    person_id: int | None
    key: tuple[object, ...] | None  # the same event read back from the database has this key


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
        self._local: list[_Entry] = []
        self._stored: list[_Entry] = []

    def add_movement(self, movement: Movement) -> None:
        icon = "warning" if movement.warnings else None
        line = self._movement_text(
            movement.action, movement.person.name, movement.area_name, movement.override
        )
        key = (movement.action, movement.visit_id)
        self._add(
            _Entry(movement.at, icon or _ICONS[movement.action], line, movement.person.id, key)
        )

    def _movement_text(self, action: str, name: str, area: str | None, override: bool) -> str:
        text = (
            self.tr("{name} — checked in · {area}")
            if action == "check_in"
            else self.tr("{name} — checked out · {area}")
        )
        line = text.format(name=name, area=area_name(area) if area else "—")
        if action == "auto_close":
            line += " · " + self.tr("automatic check-out")
        if override:
            line += " · " + self.tr("override")
        return line

    def add_undone(self, undone: Undone, at: datetime) -> None:
        text = (
            self.tr("{name} — check-in undone")
            if undone.action == "check_in"
            else self.tr("{name} — check-out undone")
        )
        self._add(_Entry(at, "undo", text.format(name=undone.person.name), undone.person.id, None))

    def add_refusal(self, refusal: Refusal, at: datetime) -> None:
        text = self.tr("Refused: {reason}").format(reason=refused_text(refusal))
        person_id = refusal.subject[0] if refusal.subject else None
        key = (
            ("scan_refused", person_id, refusal.code) if refusal.code.startswith("badge_") else None
        )
        self._add(_Entry(at, "refused", text, person_id, key))

    def add_closing(self, result: ClosingResult, at: datetime) -> None:
        text = self.tr("Day closed: %n automatic check-out(s)", "", len(result.auto_closed))
        self._add(_Entry(at, "warning", text, None, None))

    def add_notice(self, title: str, at: datetime) -> None:
        self._add(_Entry(at, "warning", title, None, None))

    def add_news(self, title: str, at: datetime) -> None:
        self._add(_Entry(at, "done", title, None, None))

    def show_stored(self, lines: list[RecentLine], now: datetime) -> None:
        """Today's last movements as the database has them (every desk's); what only this desk
        said stays while it is of today (`now`'s venue day)."""
        self._stored = [self._stored_entry(line) for line in lines]
        keys = {entry.key for entry in self._stored if entry.key is not None}
        self._local = [
            entry
            for entry in self._local
            if entry.key not in keys and not earlier_day(entry.at, now)
        ]
        self._render()

    def _stored_entry(self, line: RecentLine) -> _Entry:
        name = line.name or self.tr("someone")
        if line.action == "scan_refused":
            reason = translate("Refusal", line.detail.get("message", "")).format(
                **line.detail.get("params", {})
            )
            text = self.tr("Refused: {reason}").format(
                reason=f"{line.name}: {reason}" if line.name else reason
            )
            key = ("scan_refused", line.person_id, line.detail.get("refusal"))
            return _Entry(line.at, "refused", text, line.person_id, key)
        if line.action == "pickup_refused":
            text = self.tr("{name} — pickup refused").format(name=name)
            return _Entry(line.at, "refused", text, line.person_id, None)
        text = self._movement_text(line.action, name, line.area_name, line.override)
        action = "check_out" if line.action == "auto_close" else line.action
        icon = "warning" if line.detail.get("warnings") else _ICONS[action]
        return _Entry(line.at, icon, text, line.person_id, (action, line.visit_id))

    def _add(self, entry: _Entry) -> None:
        self._local.append(entry)
        self._render()

    def _render(self) -> None:
        entries = sorted([*reversed(self._local), *self._stored], key=lambda e: e.at, reverse=True)[
            :KEEP
        ]
        self.clear()
        for entry in entries:
            item = QListWidgetItem(icons.icon(entry.icon), f"{clock_time(entry.at)}  {entry.text}")
            item.setData(Qt.ItemDataRole.UserRole, entry.person_id)
            item.setToolTip(entry.text)
            self.addItem(item)
        self._local = [entry for entry in self._local if entry in entries]

    def lines(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]

    def _open(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if person_id is not None:
            self.person_selected.emit(person_id)


_ICONS = {"check_in": "checked-in", "check_out": "checked-out"}
