"""Where the settings window meets the desk — the one place that does:

- the action *Settings…* (Ctrl+,) in the Desk menu, on for a manager (or the local administrator
  before any desk user exists), off for staff;
- the hub's `settings_changed(topic)`: after a change the desk applies it at once — the lock
  screen's list of users, the tiles and closing time (a refresh), the idle-lock minutes.
  Other desks see the database's new values at their next refresh (areas, hours) or when they
  lock next (desk users, idle minutes). The venue's privacy notice (`context.notice`) is read
  here when the desk starts and again after the privacy page publishes a version.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from serre_desk.services.actor import Actor
from serre_desk.services.startup import Database, Location
from serre_desk.services.users import idle_lock_minutes
from serre_desk.ui.context import DeskContext
from serre_desk.ui.dialogs.settings.base import SettingsContext
from serre_desk.ui.hub import DeskSignals
from serre_desk.ui.messages import Messages
from serre_desk.ui.tasks import TaskRunner
from serre_desk.ui.views.main_window import DeskWindow

if TYPE_CHECKING:
    from serre_desk.ui.dialogs.settings.window import SettingsWindow


class Desk(Protocol):
    """What the settings need of the desk (`ui/desk.py`'s `Desk`). The controllers are `Any`
    here: `ui.controllers` imports dialogs, and a dialog importing it back is a cycle. Used:
    `session.actor`, `.actor_changed`, `.reload_users()`, `.idle_minutes`;
    `refresher.request()`; `lock.watcher.set_minutes()`."""

    db: Database
    location: Location
    window: DeskWindow
    session: Any
    hub: DeskSignals
    context: DeskContext
    messages: Messages
    runner: TaskRunner
    refresher: Any
    lock: Any


class SettingsEntry(QObject):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk.session)
        self._desk = desk
        self.window: SettingsWindow | None = None
        self.action = QAction(self.tr("&Settings…"), desk.window)
        self.action.setObjectName("act_settings")
        self.action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setStatusTip(
            self.tr("Desk users, areas, hours, printers, privacy, backups, the database")
        )
        self.action.setToolTip(self.tr("Settings, for managers (Ctrl+,)"))
        self.action.triggered.connect(self.open)
        desk.window.addAction(self.action)
        desk.window.add_desk_action(self.action)
        desk.session.actor_changed.connect(self._signed_in)
        desk.hub.settings_changed.connect(self.apply)
        desk.context.notice.follow(desk.db, desk.runner, desk.hub)
        desk.lock.locked_changed.connect(self._locked)
        self._signed_in(desk.session.actor)

        def close_desk() -> None:
            desk.window.close()

        self.context = SettingsContext(
            desk=desk.context,
            actor=lambda: desk.session.actor,
            changed=desk.hub.settings_changed.emit,
            location=desk.location,
            messages=desk.messages,
            close_desk=close_desk,
        )

    def _signed_in(self, actor: Actor) -> None:
        self.action.setEnabled(actor.is_manager)
        if not actor.is_manager and self.window is not None:
            self.window.close()

    def open(self) -> SettingsWindow | None:
        from serre_desk.ui.dialogs.settings.window import SettingsWindow

        if self.window is not None:
            self.window.raise_()
            self.window.activateWindow()
            return self.window
        self.window = SettingsWindow.open_for(self.context, self._desk.window)
        if self.window is not None:
            self.window.destroyed.connect(self._closed)
        return self.window

    def _closed(self) -> None:
        self.window = None

    def apply(self, topic: str) -> None:
        """A setting changed at this desk: apply it here at once."""
        desk = self._desk
        if topic == "users":
            desk.session.reload_users()
        elif topic == "lock":
            db = desk.db
            desk.runner.read(lambda: idle_lock_minutes(db), self._idle_minutes)
        desk.refresher.request()  # tiles, capacity, closing time, the lock screen's counts

    def _locked(self, locked: bool) -> None:
        """Locking reads the desk users and the idle minutes again: a user added or
        deactivated at another desk shows (or not) on this lock screen."""
        if locked:
            self.apply("users")
            self.apply("lock")

    def _idle_minutes(self, minutes: int) -> None:
        self._desk.session.idle_minutes = minutes
        self._desk.lock.watcher.set_minutes(minutes)


def install_settings(desk: Desk) -> SettingsEntry:
    return SettingsEntry(desk)
