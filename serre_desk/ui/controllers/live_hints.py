"""Live hints in the window: another desk's change makes this one read again at once, instead of
at the next poll (PostgreSQL only; SQLite desks poll, as every desk still does as a fallback).

The listener runs in its own worker thread (services.live_hints); its hints and its view of the
server reach the GUI thread through queued signals. Hooking it into the desk (ui/desk.py):

    self.live = LiveHints(db.url, self.refresher.request, self.hub, self)  # after the refresher
    self.live.start()  # beside self.refresher.start()
    self.live.stop()   # beside self.refresher.stop(), before the window goes
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, Signal

from serre_desk.services.live_hints import Hint, HintListener, hints_possible, server_gone
from serre_desk.services.server_watch import ServerWatch
from serre_desk.ui.hub import DeskSignals


class LiveHints(QObject):
    hinted = Signal(object)  # services.live_hints.Hint, from the worker thread
    server_state = Signal(bool)  # True: the server answers; False: it went away
    reload_everything = Signal()  # after a reconnect: hints sent meanwhile were lost

    def __init__(
        self,
        url: str,
        refresh: Callable[[], None],
        hub: DeskSignals | None = None,
        parent: QObject | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        """`clock`: the desk's (since when the server is away, the last good read)."""
        super().__init__(parent)
        self._refresh = refresh
        self._hub = hub
        # the desk's one view of its server (services.server_watch)
        self.watch = ServerWatch() if clock is None else ServerWatch(clock=clock)
        self._listener: HintListener | None = None
        if hints_possible(url):
            self._listener = HintListener(url, self.hinted.emit, self._listener_state)
        queued = Qt.ConnectionType.QueuedConnection
        self.hinted.connect(self._hinted, queued)
        self.server_state.connect(self._server, queued)

    @property
    def active(self) -> bool:
        """False on SQLite: polling only."""
        return self._listener is not None

    def start(self) -> None:
        if self._listener is not None:
            self._listener.start()

    def stop(self) -> None:
        if self._listener is not None:
            self._listener.stop()

    def _listener_state(self, online: bool) -> None:
        """In the listener's thread: tell the watch at once, the window by a queued signal."""
        self.watch.listener_state(online)
        self.server_state.emit(online)

    def _hinted(self, hint: Hint) -> None:
        if hint.own and not hint.everything:
            return  # this desk's own change: it refreshed already
        self._refresh()
        if hint.everything:
            self.reload_everything.emit()
        elif self._hub is not None and hint.topic == "people" and hint.subject_id:
            self._hub.person_changed.emit(hint.subject_id)

    def _server(self, online: bool) -> None:
        if self._hub is not None:
            self._hub.storage.emit(None if online else server_gone())
        if online:
            self._refresh()
