"""Occupancy at a glance: one tile per area with the count, a bar and the state in words."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from serre_desk.ui.formatting import area_name, earlier_day, since_text
from serre_desk.ui.style import BAR_COLOURS, Tone, colours, scaled

if TYPE_CHECKING:
    from serre_desk.domain.ratios import RatioStatus
    from serre_desk.services.occupancy import AreaOccupancy, InsideRow


class OccupancyBar(QWidget):
    """A plain filled bar (a progress bar would animate and restyle per platform)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._share = 0.0
        self._colour = BAR_COLOURS["ok"]
        self.setFixedHeight(14)

    def set_value(self, share: float, state: str) -> None:
        self._share = min(1.0, max(0.0, share))
        self._colour = BAR_COLOURS[state]
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(160, 14)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QRectF(self.rect())
        painter.setBrush(self.palette().color(QPalette.ColorRole.Midlight))
        painter.drawRoundedRect(track, 7, 7)
        if self._share > 0:
            filled = QRectF(track)
            filled.setWidth(max(track.height(), track.width() * self._share))
            painter.setBrush(QColor(self._colour))
            painter.drawRoundedRect(filled, 7, 7)


class OccupancyTile(QFrame):
    def __init__(self, area_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Tile")
        self.area_key = area_key
        self.name = QLabel()
        name_font = QFont(self.font())
        name_font.setPointSizeF(scaled(12))
        name_font.setBold(True)
        self.name.setFont(name_font)
        self.count = QLabel()
        count_font = QFont(self.font())
        count_font.setPointSizeF(scaled(24))
        count_font.setBold(True)
        self.count.setFont(count_font)
        self.bar = OccupancyBar()
        self.state = QLabel()
        self.extra = QLabel()
        for label in (self.state, self.extra):
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addWidget(self.name)
        layout.addWidget(self.count)
        layout.addWidget(self.bar)
        layout.addWidget(self.state)
        layout.addWidget(self.extra)
        layout.addStretch(1)

    def show_area(
        self,
        area: AreaOccupancy,
        ratio: RatioStatus | None = None,
        earlier: Sequence[InsideRow] = (),
        now: datetime | None = None,
    ) -> None:
        """`earlier`: who is inside here since a day before `now` (never counted silently)."""
        self.name.setText(area_name(area.name))
        self.count.setText(f"{area.inside} / {area.capacity}")
        self.bar.set_value(area.inside / area.capacity if area.capacity else 1.0, area.state)
        free = max(0, area.capacity - area.inside)
        if area.state == "full":
            words, tone = self.tr("Full: nobody else can enter"), Tone.REFUSED
        elif area.state == "near":
            words, tone = self.tr("Nearly full: {free} places left").format(free=free), Tone.WARNING
        else:
            words, tone = self.tr("{free} places free").format(free=free), None
        if earlier and now is not None:
            since = since_text(min(row.since for row in earlier), now)
            text = self.tr("%n from an earlier day, still inside ({since})", "", len(earlier))
            words += "\n" + text.format(since=since)
            tone = Tone.REFUSED
        self.state.setText(words)
        self._colour(self.state, tone)
        self.extra.setVisible(area.for_children)
        if area.for_children:
            self._show_educators(area, ratio)
        tip = self.tr("{area}: {inside} inside out of {capacity} places").format(
            area=area_name(area.name), inside=area.inside, capacity=area.capacity
        )
        self.setToolTip(tip)
        self.setAccessibleName(tip)

    def _show_educators(self, area: AreaOccupancy, ratio: RatioStatus | None) -> None:
        text = self.tr("%n educator(s) present", "", area.educators)
        if ratio is None:
            broken = area.inside > 0 and area.educators == 0
        else:
            broken = ratio.broken
            text += " · " + self.tr("%n needed", "", ratio.needed)
        if broken:
            text += "\n" + self.tr("Ratio not kept: call an educator")
        elif area.inside:
            text += " · " + self.tr("ratio kept")
        self.extra.setText(text)
        self._colour(self.extra, Tone.REFUSED if broken else None)

    @staticmethod
    def _colour(label: QLabel, tone: Tone | None) -> None:
        if tone is None:
            label.setStyleSheet("")
            return
        label.setStyleSheet(f"color: {colours(tone).text}; font-weight: bold;")


class OccupancyTiles(QWidget):
    """The row of tiles, rebuilt when the configured areas change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(12)
        self.tiles: dict[str, OccupancyTile] = {}

    def show_areas(
        self,
        areas: list[AreaOccupancy],
        ratios: dict[str, RatioStatus] | None = None,
        inside: Sequence[InsideRow] = (),
        now: datetime | None = None,
    ) -> None:
        """One tile per area; `inside` and `now` show who is there since an earlier day."""
        keys = [area.key for area in areas]
        if keys != list(self.tiles):
            for tile in self.tiles.values():
                tile.deleteLater()
            self.tiles = {key: OccupancyTile(key) for key in keys}
            for tile in self.tiles.values():
                self._layout.addWidget(tile, 1)
        old = [row for row in inside if now is not None and earlier_day(row.since, now)]
        for area in areas:
            earlier = [row for row in old if row.area_key == area.key]
            self.tiles[area.key].show_area(area, (ratios or {}).get(area.key), earlier, now)
