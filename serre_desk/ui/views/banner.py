"""The big result banner: who, in or out, where and when, readable from a step away.

Colour, icon and words say the same thing (in = green, out = blue, refused = red with the reason,
warning = amber). After a few seconds it fades back to the calm "ready" state. A message can offer
what to do next as a button (a manager's override of a refusal, printing a new visitor's badge):
the message then stays longer. After a check-in or out, an "Undo" button stays while the undo is
possible (`offer_undo`), also once the banner has faded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEasingCurve, Qt, QTimer, QVariantAnimation
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from serre_desk.domain.errors import Refusal
from serre_desk.ui import icons
from serre_desk.ui.formatting import area_name, clock_time, kind_label
from serre_desk.ui.style import Colours, Tone, colours, scaled

if TYPE_CHECKING:
    from serre_desk.domain.outcomes import Movement
    from serre_desk.services.closing import ClosingResult
    from serre_desk.services.undo import Undone

HOLD_MS = 6_000
OFFER_HOLD_MS = 20_000  # a message with something to do next stays longer
FADE_MS = 900
ICON_SIZE = 52
TONE_ICONS = {
    Tone.IDLE: "scan-ready",
    Tone.IN: "checked-in",
    Tone.OUT: "checked-out",
    Tone.REFUSED: "refused",
    Tone.WARNING: "warning",
    Tone.CALM: "done",
}


def _mix(a: str, b: str, share_of_b: float) -> str:
    first, second = QColor(a), QColor(b)
    mixed = QColor(
        round(first.red() + (second.red() - first.red()) * share_of_b),
        round(first.green() + (second.green() - first.green()) * share_of_b),
        round(first.blue() + (second.blue() - first.blue()) * share_of_b),
    )
    return mixed.name()


class ResultBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ResultBanner")
        self.tone = Tone.IDLE
        self._icon = QLabel()
        self._icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        self._title = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(max(20.0, scaled(22)))
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._title.setWordWrap(True)  # a long name never widens the window past the screen
        self._details = QLabel()
        details_font = QFont(self.font())
        details_font.setPointSizeF(scaled(13))
        self._details.setFont(details_font)
        self._details.setTextFormat(Qt.TextFormat.PlainText)
        self._details.setWordWrap(True)
        for label in (self._title, self._details):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self._title)
        text.addWidget(self._details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 10)
        layout.setSpacing(16)
        self._offer = QPushButton()
        self._offer.setObjectName("BannerOffer")
        self._offer.setCursor(Qt.CursorShape.PointingHandCursor)
        offer_font = QFont(self.font())
        offer_font.setPointSizeF(scaled(12))
        offer_font.setBold(True)
        self._offer.setFont(offer_font)
        self._offer.clicked.connect(self._take_offer)
        self._offer.hide()
        self.offered: QAction | None = None
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("BannerOffer")
        self.undo_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.undo_button.setFont(offer_font)
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        self.undo_button.hide()
        self._undo_action: QAction | None = None
        self.undo_button.clicked.connect(self._take_undo)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self.withdraw_undo)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(text, 1)
        layout.addWidget(self._offer, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumHeight(96)

        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(HOLD_MS)
        self._hold.timeout.connect(self._fade)
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(FADE_MS)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self._animation.valueChanged.connect(self._fade_step)
        self._animation.finished.connect(self.show_ready)
        self.show_ready()

    # --- what the banner can say ------------------------------------------------------------

    @property
    def title(self) -> str:
        return self._title.text()

    @property
    def details(self) -> str:
        return self._details.text()

    @property
    def holding_refusal(self) -> bool:
        """A refusal or an alarm is on show: a mere notice must not hide it."""
        return self.tone is Tone.REFUSED and self._hold.isActive()

    def show_ready(self) -> None:
        self._animation.stop()
        self._set(
            Tone.IDLE,
            self.tr("Ready to scan"),
            self.tr("Scan a badge or type a name. F2 registers a new visitor."),
        )

    def show_movement(self, movement: Movement) -> None:
        person = movement.person
        parts = [
            self.tr("CHECKED IN") if movement.action == "check_in" else self.tr("CHECKED OUT"),
            area_name(movement.area_name),
            clock_time(movement.at),
            kind_label(person.kind),
        ]
        if movement.override:
            parts.insert(1, self.tr("OVERRIDE"))
        if movement.plan:  # what their plan leaves: "Carnet: 3 ingressi su 10"
            parts.append(movement.plan)
        if movement.warnings:
            self._show(Tone.WARNING, person.name, " · ".join([*parts, *movement.warnings]))
            return
        self._show(
            Tone.IN if movement.action == "check_in" else Tone.OUT, person.name, " · ".join(parts)
        )

    def show_undone(self, undone: Undone) -> None:
        what = (
            self.tr("Check-in undone")
            if undone.action == "check_in"
            else self.tr("Check-out undone")
        )
        self._show(
            Tone.WARNING,
            undone.person.name,
            " · ".join([what.upper(), area_name(undone.area_name), clock_time(undone.at)]),
        )

    def show_refusal(self, refusal: Refusal, offer: QAction | None = None) -> None:
        """The reason in words; `offer`: what can be done about it (a manager's override)."""
        title = self.tr("REFUSED")
        if refusal.subject is not None:
            title = self.tr("REFUSED: {name}").format(name=refusal.subject[1])
        self._show(Tone.REFUSED, title, refusal.text())
        if offer is not None:
            self.offer(offer)

    def offer(self, action: QAction) -> None:
        """A button for `action` under the message on show (its shortcut named on it), until
        the next message."""
        self.offered = action
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        label = action.text().replace("&", "")
        self._offer.setText(f"{label}  ({key})" if key else label)
        self._offer.setToolTip(action.toolTip())
        self._offer.show()
        self._hold.start(OFFER_HOLD_MS)

    def offer_undo(self, action: QAction, seconds: float) -> None:
        """An "Undo" button for the movement on show, for as long as it can be undone."""
        self._undo_action = action
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.undo_button.setText(self.tr("Undo ({key})").format(key=key))
        self.undo_button.setToolTip(action.toolTip())
        self.undo_button.show()
        self._undo_timer.start(round(seconds * 1000))

    def withdraw_undo(self) -> None:
        self._undo_timer.stop()
        self._undo_action = None
        self.undo_button.hide()

    def _take_undo(self) -> None:
        action = self._undo_action
        self.withdraw_undo()
        if action is not None and action.isEnabled():
            action.trigger()

    def _take_offer(self) -> None:
        action = self.offered
        if action is not None and action.isEnabled():
            action.trigger()

    def show_notice(self, title: str, details: str) -> None:
        self._show(Tone.WARNING, title, details)

    def show_news(self, title: str, details: str) -> None:
        """Good news that needs nothing (calm, not the amber warning)."""
        self._show(Tone.CALM, title, details)

    def show_closing(self, result: ClosingResult) -> None:
        details = self.tr("%n still inside checked out automatically.", "", len(result.auto_closed))
        if result.children_inside:
            alarm = self.tr("Children still inside: {names}").format(
                names=", ".join(child.name for child in result.children_inside)
            )
            self._show(
                Tone.REFUSED, self.tr("Day closed — children still inside!"), f"{alarm}. {details}"
            )
            return
        self._show(Tone.WARNING, self.tr("Day closed"), details)

    # --- painting and fading ----------------------------------------------------------------

    def _show(self, tone: Tone, title: str, details: str) -> None:
        self.withdraw_undo()  # whoever shows a movement offers its undo again
        self._animation.stop()
        self._set(tone, title, details)
        self._hold.start(HOLD_MS)

    def _set(self, tone: Tone, title: str, details: str) -> None:
        self.offered = None
        self._offer.hide()
        self.tone = tone
        self._title.setText(title)
        self._details.setText(details)
        self._icon.setPixmap(icons.pixmap(TONE_ICONS[tone], ICON_SIZE))
        self._paint(colours(tone))

    def _fade(self) -> None:
        self._animation.start()

    def _fade_step(self, share: float) -> None:
        start, end = colours(self.tone), colours(Tone.IDLE)
        self._paint(
            Colours(
                _mix(start.background, end.background, share),
                _mix(start.border, end.border, share),
                _mix(start.text, end.text, share),
            )
        )

    def _paint(self, tone: Colours) -> None:
        self.setStyleSheet(
            f"QFrame#ResultBanner {{ background: {tone.background}; border: 2px solid "
            f"{tone.border}; border-radius: 10px; }} "
            f"QFrame#ResultBanner QLabel {{ color: {tone.text}; background: transparent; }} "
            f"QPushButton#BannerOffer {{ color: {tone.text}; background: transparent; "
            f"border: 2px solid {tone.border}; border-radius: 6px; padding: 6px 14px; }}"
        )
