"""Locking the desk: after the idle minutes (or Ctrl+L, or at start until someone signs in) the
window shows only the lock screen — counts per area and a sign-in form. Everything with a name on
it is hidden or closed: the desk's content, every other window (dialogs, PDF viewers, message
boxes). The window's actions are off until a desk user signs in again.

A scan while locked is self-service (`scanned`): an adult's badge checks them in or out and the
lock screen answers with their first name only; a pickup slip, or anything the service leaves
for staff, says "ask at the desk". The same code again within two seconds changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from serre_desk.services.actor import Actor
from serre_desk.services.self_service import SelfServiceAnswer
from serre_desk.ui.context import DeskContext
from serre_desk.ui.controllers.session import DeskSession
from serre_desk.ui.views.lock_screen import AreaCount, IdleWatcher
from serre_desk.ui.views.main_window import DeskWindow

if TYPE_CHECKING:
    from serre_desk.services.desk_state import DeskSnapshot

Answered = Callable[[SelfServiceAnswer], None]
Serve = Callable[[str, Answered], None]  # (code, where the answer goes): the scan, on the worker
REPEAT_SCAN_SECONDS = 2.0


def open_dialogs(window: DeskWindow) -> list[QWidget]:
    """The desk's other windows on screen that are dialogs (a PDF viewer is one too)."""
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget is not window and widget.isVisible() and isinstance(widget, QDialog)
    ]


def close_other_windows(window: DeskWindow) -> None:
    """Close every window of the application but the desk's own (dialogs as if cancelled)."""
    for widget in QApplication.topLevelWidgets():
        if widget is window or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.done(QDialog.DialogCode.Rejected)
        else:
            widget.close()


class DeskLock(QObject):
    locked_changed = Signal(bool)

    def __init__(
        self,
        context: DeskContext,
        *,
        window: DeskWindow,
        session: DeskSession,
        serve: Serve,
        parent: QObject | None = None,
    ) -> None:
        """`serve`: does what a badge scanned at the locked desk does (self-service). The
        counts per area come with each snapshot the hub announces."""
        super().__init__(parent)
        self._window = window
        self._session = session
        self._serve = serve
        self._monotonic = context.monotonic
        self._counts: list[AreaCount] = []  # the latest snapshot's, without names
        self._last_scan: tuple[str, float] | None = None
        self._switched_off: list[QAction] = []
        self.screen = window.lockable.lock_screen
        self.watcher = IdleWatcher(session.idle_minutes, parent=self)
        self.watcher.idle.connect(self.lock)
        self._watching = False
        self.screen.unlocked.connect(self._unlocked)
        session.users_changed.connect(self._users_changed)
        context.hub.snapshot.connect(self._snapshot)
        window.act_lock.triggered.connect(self.lock)
        window.act_lock.setEnabled(session.has_users)

    @property
    def is_locked(self) -> bool:
        return self._window.lockable.is_locked

    def start(self) -> None:
        """Once the window is shown: the sign-in screen if nobody signed in yet, and the idle
        watch while desk users exist."""
        if self._session.needs_sign_in:
            self.lock(starting=True)
        self.watch()

    def watch(self) -> None:
        if self._session.has_users and not self._watching:
            self._watching = True
            self.watcher.start()
        self._window.act_lock.setEnabled(self._session.has_users)

    def stop(self) -> None:
        if self._watching:
            self._watching = False
            self.watcher.stop()

    def lock(self, starting: bool = False) -> None:
        if not self._session.has_users or self.is_locked:
            return
        close_other_windows(self._window)
        self._switch_actions(off=True)
        self.screen.heading.setText(
            self.tr("Sign in to start the desk") if starting else self.tr("The desk is locked")
        )
        self.screen.sign_in.title.setVisible(not starting)  # the heading says it already
        self.screen.sign_in.set_users(self._session.names, current=self._session.actor.user)
        self._window.lockable.lock(self._counts)
        self.locked_changed.emit(True)

    def _snapshot(self, snapshot: DeskSnapshot) -> None:
        """What the lock screen shows: numbers per area, no names (again at once if locked)."""
        self._counts = [AreaCount(area.name, area.inside, area.capacity) for area in snapshot.areas]
        if self.is_locked:
            self.screen.set_counts(self._counts)

    def scanned(self, code: str) -> None:
        """A scan at the locked desk: self-service for an adult's badge; a pickup slip waits
        for staff (the service records it)."""
        self.screen.wait_for_scans()  # the burst's keys are no PIN: never handed to the field
        now = self._monotonic()
        if self._last_scan is not None:
            last_code, last_at = self._last_scan
            if last_code == code and now - last_at < REPEAT_SCAN_SECONDS:
                return
        self._last_scan = (code, now)
        self._serve(code, self._answered)

    def _answered(self, answer: SelfServiceAnswer) -> None:
        if self.is_locked:
            self.screen.show_answer(answer)

    def _unlocked(self, actor: Actor) -> None:
        self._switch_actions(off=False)
        self.watcher.touch()
        self._session.sign_in(actor)
        self.locked_changed.emit(False)
        self._window.focus_scan_field()

    def _users_changed(self) -> None:
        self.screen.sign_in.set_users(self._session.names, current=self._session.actor.user)
        if self._session.needs_sign_in:  # desk users made elsewhere: nobody is signed in here
            self.lock(starting=True)
        self.watch()

    def _switch_actions(self, *, off: bool) -> None:
        """Every action of the window off while locked (their shortcuts too), and back on as
        they were."""
        window = self._window
        window.menuBar().setEnabled(not off)
        window.hints.setVisible(not off)  # shortcuts that do nothing while locked
        if off:
            self._switched_off = [a for a in window.actions() if a.isEnabled()]
            for action in self._switched_off:
                action.setEnabled(False)
            window.act_quit.setEnabled(True)
        else:
            for action in self._switched_off:
                action.setEnabled(True)
            self._switched_off = []
