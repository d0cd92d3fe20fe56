"""App-wide signals: widgets and controllers announce what happened here instead of reaching into
each other. Payloads are the services' plain dataclasses."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DeskSignals(QObject):
    movement = Signal(object)  # domain.outcomes.Movement: someone checked in or out
    undone = Signal(object)  # services.undo.Undone: a movement was undone
    child_next = Signal(object)  # domain.outcomes.ChildToPickup | ChildToDropoff: a child's turn
    refused = Signal(object)  # domain.errors.Refusal: an action at the desk was refused
    notice = Signal(str, str)  # (title, details): something worth a warning banner
    news = Signal(str, str)  # (title, details): good news, in the calm style
    snapshot = Signal(object)  # services.desk_state.DeskSnapshot: occupancy (re)read
    person_changed = Signal(int)  # a person was registered or edited
    person_selected = Signal(int)  # show this person's card
    day_closed = Signal(object)  # services.closing.ClosingResult
    storage = Signal(object)  # StorageProblem while the database fails, None when it works again
