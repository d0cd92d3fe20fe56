"""The locked desk: after a few idle minutes the desk hides everything with a name on it and
shows only how full each area is, until a desk user signs in again.

- `IdleWatcher` watches keyboard and mouse activity anywhere in the application and emits
  `idle` once the configured minutes (2–15) pass without any.
- `LockScreen` shows the counts (area, inside / capacity — never a name, never a health note),
  an alarm in words without names (children still inside after closing) and a sign-in form;
  `unlocked(Actor)` when someone signs in. A badge scanned there is answered for a few seconds
  (`show_answer`: the holder's first name, in or out, the area; or "ask at the desk"). The
  screen itself holds the focus, not the PIN field, so a scanner's burst is never typed into the
  PIN: keys typed at human speed are handed to the PIN field once they prove not a burst.
- `LockableArea` holds the desk's content and the lock screen; `lock()` hides the content
  itself (not merely covers it), so no name can be read, grabbed or reached with Tab.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from serre_desk.ui.dialogs.recovery_code import Recover
from serre_desk.ui.dialogs.signin import Authenticate, Run, SignInForm, run_here
from serre_desk.ui.formatting import area_name
from serre_desk.ui.scanner import MAX_GAP
from serre_desk.ui.style import Tone, colours, scaled

if TYPE_CHECKING:
    from serre_desk.services.self_service import SelfServiceAnswer

ANSWER_MS = 6_000  # how long the answer to a scan stays on the lock screen
HANDOVER_MS = round(MAX_GAP * 1000 * 3)  # keys this slow are a person typing their PIN
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


@dataclass(frozen=True)
class AreaCount:
    """What the locked screen may show about an area: numbers only."""

    name: str
    inside: int
    capacity: int


class IdleWatcher(QObject):
    """Emits `idle` after `minutes` without keyboard, mouse or touch activity (once per idle
    spell). `clock` is injectable so tests need not wait."""

    idle = Signal()

    def __init__(
        self,
        minutes: int,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._seconds = minutes * 60.0
        self._last = clock()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.touch()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self._seconds = minutes * 60.0

    def touch(self) -> None:
        """Activity: the idle time starts again."""
        self._last = self._clock()
        self._fired = False

    def check(self) -> None:
        if not self._fired and self._clock() - self._last >= self._seconds:
            self._fired = True
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.touch()
        return False


class LockScreen(QWidget):
    """Counts per area and a sign-in form; nothing else."""

    unlocked = Signal(object)  # Actor

    def __init__(
        self,
        users: Sequence[str],
        authenticate: Authenticate,
        *,
        run: Run = run_here,
        recover: Recover | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LockScreen")
        self.heading = QLabel(self.tr("The desk is locked"))
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock = QLabel()
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        clock_font = QFont(self.clock.font())
        clock_font.setPointSizeF(clock_font.pointSizeF() * 1.3)
        self.clock.setFont(clock_font)
        self._counts = QFrame()
        self._counts.setObjectName("Tile")
        self._grid = QGridLayout(self._counts)
        self._grid.setContentsMargins(24, 14, 24, 14)
        self._grid.setHorizontalSpacing(40)
        self.alarm = QLabel()
        self.alarm.setObjectName("LockAlarm")
        self.alarm.setWordWrap(True)
        self.alarm.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.alarm.setMaximumWidth(560)
        alarm = colours(Tone.REFUSED)
        self.alarm.setStyleSheet(
            f"QLabel#LockAlarm {{ background: {alarm.background}; color: {alarm.text}; "
            f"border: 2px solid {alarm.border}; border-radius: 8px; padding: 10px; "
            "font-weight: bold; }"
        )
        self.alarm.hide()
        self._make_answer()
        self._typed = ""  # keys typed on the screen itself, handed to the PIN field when slow
        self._handover = QTimer(self)
        self._handover.setSingleShot(True)
        self._handover.setInterval(HANDOVER_MS)
        self._handover.timeout.connect(self._hand_over)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.sign_in = SignInForm(
            users, authenticate, title=self.tr("Sign in to unlock"), run=run, recover=recover
        )
        card = QFrame()
        card.setObjectName("Card")
        card.setMinimumWidth(380)
        card.setMaximumWidth(440)
        QVBoxLayout(card).addWidget(self.sign_in)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.clock)
        layout.addSpacing(18)
        layout.addWidget(self._counts, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        alarm_row = QHBoxLayout()  # not an aligned item: those get one line, however long
        alarm_row.addStretch(1)
        alarm_row.addWidget(self.alarm, 4)
        alarm_row.addStretch(1)
        layout.addLayout(alarm_row)
        layout.addSpacing(12)
        layout.addWidget(self.answer, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(18)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.sign_in.signed_in.connect(self.unlocked)

    def _make_answer(self) -> None:
        """The answer to a scan: a calm band, large type, a fixed place (nothing moves)."""
        self.answer = QFrame()
        self.answer.setObjectName("LockAnswer")
        self.answer.setFixedWidth(640)
        self.answer_title = QLabel()
        self.answer_details = QLabel()
        for label, size, bold in ((self.answer_title, 24, True), (self.answer_details, 15, False)):
            font = QFont(label.font())
            font.setPointSizeF(scaled(size))
            font.setBold(bold)
            label.setFont(font)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        column = QVBoxLayout(self.answer)
        column.setContentsMargins(24, 14, 24, 14)
        column.addWidget(self.answer_title)
        column.addWidget(self.answer_details)
        self.answer.setMinimumHeight(110)
        policy = self.answer.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the sign-in form never jumps
        self.answer.setSizePolicy(policy)
        self.answer.hide()
        self._answer_timer = QTimer(self)
        self._answer_timer.setSingleShot(True)
        self._answer_timer.setInterval(ANSWER_MS)
        self._answer_timer.timeout.connect(self.answer.hide)

    def show_answer(self, answer: SelfServiceAnswer) -> None:
        """What a scan did, for a few seconds: only the badge holder's first name, never
        anyone else's, never a reason."""
        from serre_desk.services.self_service import Answer  # with the data: not at start-up

        self._typed = ""
        self._handover.stop()
        if answer.answer is Answer.CHECKED_IN:
            title = self.tr("Welcome, {name}!").format(name=answer.first_name)
            details = self.tr("Checked in · {area}").format(area=area_name(answer.area_name))
        elif answer.answer is Answer.CHECKED_OUT:
            title = self.tr("Goodbye, {name}!").format(name=answer.first_name)
            details = self.tr("Checked out · {area}").format(area=area_name(answer.area_name))
        elif answer.answer is Answer.ASK_STAFF:
            title = self.tr("Please ask at the desk")
            details = self.tr("Someone from the staff will help you shortly.")
        else:
            title = self.tr("The desk is unattended")
            details = self.tr("Please wait: someone from the staff will be back shortly.")
        tone = colours(
            Tone.IN
            if answer.answer is Answer.CHECKED_IN
            else Tone.OUT
            if answer.answer is Answer.CHECKED_OUT
            else Tone.WARNING
        )
        self.answer.setStyleSheet(
            f"QFrame#LockAnswer {{ background: {tone.background}; border: 2px solid "
            f"{tone.border}; border-radius: 10px; }} "
            f"QFrame#LockAnswer QLabel {{ color: {tone.text}; background: transparent; }}"
        )
        self.answer_title.setText(title)
        self.answer_details.setText(details)
        self.answer.show()
        self._answer_timer.start()

    def wait_for_scans(self) -> None:
        """Focus on the screen itself: a scan is taken, slow keys go on to the PIN field.
        Whatever was typed into the PIN field is dropped."""
        self._typed = ""
        self._handover.stop()
        self.answer.hide()
        self.sign_in.secret.clear()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys reaching the screen itself (a scanner's Enter never does: the scan detector
        takes it): kept until they prove slow, then handed to the PIN field."""
        text = event.text()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._typed:
            self._hand_over()
            self.sign_in.try_sign_in()
            return
        if text and text.isprintable():
            self._typed += text
            self._handover.start()
            return
        super().keyPressEvent(event)

    def _hand_over(self) -> None:
        self._handover.stop()
        typed, self._typed = self._typed, ""
        secret = self.sign_in.secret
        secret.setFocus(Qt.FocusReason.OtherFocusReason)
        secret.insert(typed)

    def set_clock(self, text: str) -> None:
        """The day and the time, for whoever walks up to the locked desk."""
        self.clock.setText(text)

    def set_alarm(self, text: str) -> None:
        """An alarm in words (never a name); empty to hide it."""
        self.alarm.setText(text)
        self.alarm.setVisible(bool(text))

    def set_counts(self, areas: Sequence[AreaCount]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        for row, area in enumerate(areas):
            name = QLabel(area_name(area.name))
            count = QLabel(
                self.tr("{inside} / {capacity}").format(inside=area.inside, capacity=area.capacity)
            )
            for label in (name, count):
                label.setFont(big)
            count.setAlignment(Qt.AlignmentFlag.AlignRight)
            self._grid.addWidget(name, row, 0)
            self._grid.addWidget(count, row, 1)


class LockableArea(QStackedWidget):
    """The desk's content, or the lock screen. `lock()` hides the content completely."""

    locked_changed = Signal(bool)

    def __init__(
        self, content: QWidget, lock_screen: LockScreen | None = None, parent: QWidget | None = None
    ) -> None:
        """`lock_screen` None: set later (`set_lock_screen`), once the desk users are known; the
        window shows and takes keys before that."""
        super().__init__(parent)
        self.content = content
        self.addWidget(content)
        self._lock_screen: LockScreen | None = None
        if lock_screen is not None:
            self.set_lock_screen(lock_screen)

    @property
    def lock_screen(self) -> LockScreen:
        assert self._lock_screen is not None, "the lock screen comes with the storage"
        return self._lock_screen

    def set_lock_screen(self, lock_screen: LockScreen) -> None:
        self._lock_screen = lock_screen
        self.addWidget(lock_screen)
        lock_screen.unlocked.connect(lambda _actor: self.unlock())

    @property
    def is_locked(self) -> bool:
        return self._lock_screen is not None and self.currentWidget() is self._lock_screen

    def lock(self, counts: Sequence[AreaCount] = ()) -> None:
        self.lock_screen.set_counts(counts)
        self.lock_screen.sign_in.reset()
        self.setCurrentWidget(self.lock_screen)
        self.content.hide()
        self.lock_screen.wait_for_scans()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        self.setCurrentWidget(self.content)
        self.content.show()
        self.locked_changed.emit(False)
