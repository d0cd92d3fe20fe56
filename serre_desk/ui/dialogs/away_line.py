"""A form's error line that says the database server is away: when the server is back
(`ServerPresence` calls `server_back` on the window), the line goes, so staff do not read an old
"cannot be saved" while Save works again. A line that says something else since stays."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from serre_desk.domain.errors import Refusal

SERVER_CODES = frozenset({"server_away", "server_gone"})  # the refusals of a server away
AWAY_TEXT = "serverAwayText"  # a label's property: what it said when it said the server is away


def mark_away(label: QLabel, refusal: Refusal) -> None:
    """`label` now shows `refusal`: marked when that is the server's absence, unmarked else."""
    label.setProperty(AWAY_TEXT, label.text() if refusal.code in SERVER_CODES else None)


def server_back(window: QWidget) -> None:
    """The server is back: every line of `window`'s open forms still saying it was away goes."""
    for label in window.findChildren(QLabel):
        said = label.property(AWAY_TEXT)
        if said:
            if label.text() == said:
                label.hide()
            label.setProperty(AWAY_TEXT, None)
