"""Keys of a search field that lists choices elsewhere: ↑/↓ move through the choices (the field
keeps the focus, so typing goes on), Enter is the dialog's own (`enter`) and goes no further —
the dialog's default button never fires behind a half-made choice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
STEPS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}


def step_through(current: int, count: int, step: int) -> int:
    """The row `step` away from `current`, kept within the `count` rows (-1: none to go to)."""
    if count == 0:
        return -1
    return min(max(current + step, 0), count - 1)


class ChoiceKeys(QObject):
    def __init__(
        self, field: QLineEdit, move: Callable[[int], None], enter: Callable[[], None]
    ) -> None:
        super().__init__(field)
        self._move = move
        self._enter = enter
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = Qt.Key(event.key())
        if key in STEPS:
            self._move(STEPS[key])
            return True
        if key in ENTER_KEYS:
            self._enter()
            return True
        return False
