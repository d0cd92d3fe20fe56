"""Scan anywhere: a keyboard-wedge barcode scanner types its code very fast and presses Enter.

`ScanDetector` watches every key press of the application. A burst of at least `MIN_LENGTH`
characters, each pressed within `MAX_GAP` seconds of the previous one (by the key events' own
time stamps when the window system gives them, so a busy moment of the window does not break a
burst), ended by Enter, is a scan:
the Enter is swallowed, the burst's characters are taken back out of the line edit they fell into,
and `scanned` carries the code. A pickup slip's QR holds only its four-character code: a burst
of that shape is a scan too (nobody types four keys within milliseconds). Modifier presses and
releases (Shift around capitals) do not break a burst. Slow typing is left alone. A text field
of an open dialog is left alone too: there, whatever is typed stays typing. So is a password
field anywhere (a password manager types as fast as a scanner, Enter included) — except a burst
of a badge code's exact shape (36 base32 characters) or a pickup slip's (4 characters), which no
PIN (6+ digits) or password has: a badge or a slip scanned while the PIN field of the locked desk
has the focus is still a scan, never a wrong PIN.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from serre_desk.domain.badge_codes import looks_like_code
from serre_desk.domain.pickup_codes import looks_like_pickup_code

MIN_LENGTH = 8
MAX_GAP = 0.05  # seconds between two keys of a burst: scanners send one every few ms
MAX_CODE = 128
MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
    }
)
ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
_CHORD = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)


@dataclass
class _Snapshot:
    """A line edit's text before a burst began, to put back once the burst proves a scan."""

    edit: QLineEdit
    text: str
    cursor: int

    def restore(self) -> None:
        if not shiboken6.isValid(self.edit):  # the field closed meanwhile: nothing to clean
            return
        self.edit.setText(self.text)
        self.edit.setCursorPosition(self.cursor)


def _line_edit_of(widget: QWidget | None) -> QLineEdit | None:
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    return None


def typing_in_dialog(widget: QWidget | None) -> bool:
    """True when `widget` is a text field inside an open dialog: keys there are always typing."""
    return isinstance(widget, _TEXT_INPUTS) and isinstance(widget.window(), QDialog)


def is_secret(widget: QWidget | None) -> bool:
    """True for a password or PIN field: what reaches it is typing, however fast."""
    return isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal


def _is_scan(code: str, focus: QWidget | None) -> bool:
    """Whether a burst ended by Enter is a scan, by its shape and where it was typed."""
    if typing_in_dialog(focus):
        return False
    if is_secret(focus):
        return looks_like_code(code) or looks_like_pickup_code(code)
    return len(code) >= MIN_LENGTH or looks_like_pickup_code(code)


def _when(event: QKeyEvent) -> float:
    """When the key was pressed, in seconds, by the window system's own clock (X11, Windows and
    macOS stamp every key event): a pause of the GUI thread in the middle of a burst does not
    stretch the gaps between its keys. 0 for synthetic events (no stamp)."""
    return event.timestamp() / 1000


class ScanDetector(QObject):
    scanned = Signal(str)

    def __init__(
        self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._chars: list[str] = []
        self._last_at = 0.0
        self._snapshot: _Snapshot | None = None

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    def uninstall(self, app: QApplication) -> None:
        app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self._is_delivery(watched):
            return False
        assert isinstance(event, QKeyEvent)
        return self._key_press(event)

    @staticmethod
    def _is_delivery(watched: QObject) -> bool:
        """Each key press reaches the filter several times (the window, the focus widget, its
        parents when ignored): count it once, when it reaches the focus widget."""
        if not isinstance(watched, QWidget):
            return False
        focus = QApplication.focusWidget()
        return watched is focus or (focus is None and watched.isWindow())

    def _key_press(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in MODIFIER_KEYS:
            return False
        now = _when(event) or self._clock()
        in_burst = bool(self._chars) and 0 <= now - self._last_at <= MAX_GAP
        focus = QApplication.focusWidget()
        if key in ENTER_KEYS:
            code = "".join(self._chars)
            is_scan = in_burst and _is_scan(code, focus)
            snapshot = self._snapshot
            self._reset()
            if not is_scan:
                return False
            if snapshot is not None:
                snapshot.restore()
            self.scanned.emit(code)
            return True
        text = event.text()
        if not text or not text.isprintable() or event.modifiers() & _CHORD:
            self._reset()
            return False
        if not in_burst:
            self._reset()
            edit = _line_edit_of(focus)
            if edit is not None:
                self._snapshot = _Snapshot(edit, edit.text(), edit.cursorPosition())
        if len(self._chars) < MAX_CODE:
            self._chars.append(text)
        self._last_at = now
        return False

    def _reset(self) -> None:
        self._chars = []
        self._snapshot = None
