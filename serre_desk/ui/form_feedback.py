"""What the desk's secret forms share (sign-in, first manager, recovery code): how a check runs
(on the writer thread in the window, at once in widget tests) and the refusal written under the
fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel

from serre_desk.domain.errors import Refusal
from serre_desk.ui.style import Tone, colours

Run = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None]


def run_here(
    work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[BaseException], None]
) -> None:
    """Run `work` now, on this thread, and hand its result or its exception on."""
    try:
        result = work()
    except BaseException as error:  # handed on, as the task runner does
        failed(error)
    else:
        done(result)


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("SignInError")
    tone = colours(Tone.REFUSED)
    label.setStyleSheet(f"color: {tone.text};")
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def refusal_text(error: BaseException) -> str:
    """A refusal's reason; anything else is a bug and goes to the crash handler."""
    if isinstance(error, Refusal):
        return error.text()
    raise error
