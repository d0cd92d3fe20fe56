"""The database server in the window: live hints from the other desks, and what the desk says
and does while the server is away.

- Another desk's change reaches this one through `LiveHints` (PostgreSQL; SQLite desks poll); a
  pickup refused at another desk and the kids' alarm handled there show here as a notice.
- The server's state is the one `ServerWatch` of the live hints, told by the listener, the
  refresher's reads and any action that failed because the server could not be reached. While it
  is away the status bar says so in words, with since when and the time of the data on screen;
  check-ins and pickups are refused by the actions themselves (`ServerWatch.require_online`),
  and every other action that writes (registering, editing, undo, the closing, plan entries,
  badges) before it starts, in words (`ServerWatch.away`); a form keeps what was typed.
- Back online, everything is read again (occupancy, the kids' space, the search, the card), the
  banner says so, and an open form drops its line saying the server is away.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel

from serre_desk.domain.errors import Refusal
from serre_desk.services.live_hints import Hint
from serre_desk.services.server_watch import ServerState, ServerStatus
from serre_desk.ui.context import DeskContext
from serre_desk.ui.dialogs.away_line import server_back
from serre_desk.ui.formatting import clock_time

if TYPE_CHECKING:
    from serre_desk.ui.controllers.live_hints import LiveHints
    from serre_desk.ui.controllers.refresh import SnapshotRefresher
    from serre_desk.ui.views.main_window import DeskWindow

AWAY_STYLE = "QLabel { background: #b3261e; color: white; font-weight: bold; padding: 2px 8px; }"


class ServerPresence(QObject):
    def __init__(
        self,
        context: DeskContext,
        *,
        live: LiveHints,
        window: DeskWindow,
        refresher: SnapshotRefresher,
        reload_views: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        """`reload_views`: read again what the window shows besides occupancy (the kids'
        space, the search results, the card)."""
        super().__init__(parent)
        self._context = context
        self._live = live
        self.watch = live.watch
        self._refresher = refresher
        self._reload_views = reload_views
        self._window = window
        self._shown: ServerState = ServerState.ONLINE
        self.label = QLabel()
        self.label.setObjectName("ServerState")
        self.label.setStyleSheet(AWAY_STYLE)
        self.label.setVisible(False)
        window.statusBar().insertPermanentWidget(0, self.label)
        hub = context.hub
        hub.storage.connect(self._storage)
        hub.snapshot.connect(self._read_ok)
        queued = Qt.ConnectionType.QueuedConnection
        live.server_state.connect(self._listener_state, queued)
        live.hinted.connect(self._hinted, queued)
        live.reload_everything.connect(self.reload_everything)

    # --- the server's state -----------------------------------------------------------------

    @property
    def status(self) -> ServerStatus:
        return self.watch.status

    def _storage(self, problem: Refusal | None) -> None:
        """Every failure the desk reports tells the watch whether the server went away."""
        if problem is None:  # something reached the server
            self.watch.is_back()
        else:
            self.watch.failed(problem)
        self.sync()

    def _read_ok(self, _snapshot: object) -> None:
        self.watch.read_ok()
        self.sync()

    def _listener_state(self, _online: bool) -> None:
        self.sync()  # the listener told the watch already, in its own thread

    def sync(self) -> None:
        """Show the watch's state; back online: reload everything and say so."""
        status = self.watch.status
        if status.state is ServerState.AWAY:
            self.label.setText(self.away_text(status))
            self.label.setToolTip(
                self.tr(
                    "Nobody can be checked in or out, and nothing can be saved, until the server "
                    "is back; the desk reconnects by itself. The emergency list (F9) shows who "
                    "was inside at the last successful read."
                )
            )
            self.label.setVisible(True)
        elif self._shown is ServerState.AWAY:
            self.label.setVisible(False)
            server_back(self._window)  # an open form stops saying it cannot save
            self.reload_everything()
            self._context.hub.news.emit(
                self.tr("The database server is back"),
                self.tr("Everything on screen was read again. Check-ins work normally."),
            )
        self._shown = status.state

    def away_text(self, status: ServerStatus) -> str:
        since = clock_time(status.since)
        if status.last_good_read is None:
            return self.tr("Server away since {since}: check-ins refused").format(since=since)
        return self.tr(
            "Server away since {since}: check-ins refused · data on screen as of {read}"
        ).format(since=since, read=clock_time(status.last_good_read))

    def reload_everything(self) -> None:
        self._refresher.request()
        self._reload_views()

    # --- the other desks' news --------------------------------------------------------------

    def _hinted(self, hint: Hint) -> None:
        if hint.own:
            return
        desk = hint.desk or self.tr("another desk")
        if hint.topic == "pickups":
            self._context.hub.notice.emit(
                self.tr("Pickup refused at {desk}").format(desk=desk),
                self.tr("{who}: the pickup was refused there. Ask the kids' room why.").format(
                    who=self._name(hint.subject_id)
                ),
            )
        elif hint.topic == "alarm":
            self._context.hub.notice.emit(
                self.tr("Kids' alarm handled at {desk}").format(desk=desk),
                self.tr("{who}: the after-closing alarm was handled there.").format(
                    who=self._name(hint.subject_id)
                ),
            )

    def _name(self, person_id: int | None) -> str:
        latest = self._refresher.latest
        for row in latest.inside if latest is not None else []:
            if row.id == person_id:
                return row.name
        return self.tr("A child")
