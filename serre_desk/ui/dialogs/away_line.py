"""A form's error line that says the database server is away: when the server is back
(`ServerPresence` tells every open form of the window), the line goes, so staff do not read an
old "cannot be saved" while Save works again. A line that says something else since stays."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from serre_desk.domain.errors import Refusal

SERVER_CODES = frozenset({"server_away", "server_gone"})  # the refusals of a server away


class AwayLines:
    """The error lines of one form that now say the server is away (and what they say)."""

    def __init__(self) -> None:
        self._saying: dict[QLabel, str] = {}

    def said(self, label: QLabel, refusal: Refusal) -> None:
        """`label` now shows `refusal`: remember it when it is the server's absence."""
        if refusal.code in SERVER_CODES:
            self._saying[label] = label.text()
        else:
            self._saying.pop(label, None)

    def server_back(self) -> None:
        """Hide the lines that still say the server is away."""
        for label, text in self._saying.items():
            if label.text() == text:
                label.hide()
        self._saying.clear()


def server_back(window: QWidget) -> None:
    """The server is back: every open form of `window` drops its line saying it was away."""
    for widget in window.findChildren(QWidget):
        lines = getattr(widget, "away_lines", None)
        if isinstance(lines, AwayLines):
            lines.server_back()
