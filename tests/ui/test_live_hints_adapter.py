"""The window's side of live hints: another process's change asks this desk to read again, on
the GUI thread; the desk's own changes do not; a server gone away is said on the hub."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serre_desk.domain.errors import Refusal
from serre_desk.ui.controllers.live_hints import LiveHints
from serre_desk.ui.hub import DeskSignals
from tests.conftest import CliRunner
from tests.desks_helpers import cut

pytestmark = pytest.mark.postgres


def test_another_desk_change_refreshes_this_one_on_the_gui_thread(
    qtbot: QtBot, pg_url: str, cli_process: CliRunner
) -> None:
    prepared = cli_process("occupancy", db_url=pg_url)  # the schema, as a desk makes it
    assert prepared.returncode == 0, prepared.stderr
    refreshes: list[bool] = []
    changed: list[int] = []
    states: list[object] = []
    hub = DeskSignals()
    hub.person_changed.connect(changed.append)
    hub.storage.connect(states.append)
    gui_thread = QApplication.instance().thread()  # type: ignore[union-attr]
    live = LiveHints(pg_url, lambda: refreshes.append(QThread.currentThread() is gui_thread), hub)
    assert live.active
    live.start()
    try:
        qtbot.waitUntil(lambda: states == [None], timeout=10_000)  # connected: the server works
        added = cli_process("--json", "person", "add", "--name", "Marta Neri", db_url=pg_url)
        assert added.returncode == 0, added.stderr
        qtbot.waitUntil(lambda: bool(changed), timeout=5_000)
        assert refreshes and all(refreshes)  # on the GUI thread, never the worker's

        assert cut(pg_url) == 1
        qtbot.waitUntil(lambda: len(states) >= 3, timeout=10_000)  # gone, then back
        gone = states[1]
        assert isinstance(gone, Refusal) and "cannot be reached" in gone.text("en")
        assert states[2] is None
        assert live.watch.status.online
    finally:
        live.stop()


def test_sqlite_desks_only_poll(qtbot: QtBot) -> None:
    live = LiveHints("sqlite:///desk.db", lambda: None)
    assert not live.active
    live.start()
    live.stop()
