"""The desk's one view of its server: away when a read or the listener says so, back at the
first thing that reaches it; check-ins refused in words meanwhile."""

from __future__ import annotations

import socket
import threading

import pytest

from serre_desk.domain.errors import Refusal
from serre_desk.services.live_hints import HintListener
from serre_desk.services.server_watch import ServerState, ServerStatus, ServerWatch
from serre_desk.storage.database import Database
from serre_desk.storage.postgres import driver_url
from tests.desks_helpers import cut, pg_desk_database  # noqa: F401


def _closed_port_database() -> Database:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return Database(driver_url(f"postgresql://serre@127.0.0.1:{port}/serre"))


def test_a_failed_read_puts_the_desk_offline_until_a_read_succeeds(db: Database) -> None:
    changes: list[ServerStatus] = []
    watch = ServerWatch(changes.append)
    gone = _closed_port_database()
    try:
        with pytest.raises(Refusal) as failed, gone.read() as session:
            session.connection()
    finally:
        gone.dispose()
    assert watch.failed(failed.value)
    assert watch.status.state is ServerState.AWAY
    with pytest.raises(Refusal) as refused:
        watch.require_online()
    assert refused.value.code == "server_gone"
    assert "nobody can be checked in or out" in refused.value.text("en")
    said: list[Refusal] = []
    assert watch.away(said.append)  # any other action that writes: refused before it starts
    assert [r.code for r in said] == ["server_away"]
    assert "cannot be saved until it is back" in said[0].text("en")
    assert "non si può salvare finché non torna" in said[0].text("it")

    assert not watch.failed(Refusal("area_full", "full"))  # a rule's no: the server is there
    watch.failed(failed.value)  # still away: told once
    with db.read():
        watch.read_ok()
    assert [c.state for c in changes] == [ServerState.AWAY, ServerState.ONLINE]
    assert watch.status.last_good_read is not None
    watch.require_online()
    assert not watch.away(said.append) and len(said) == 1  # back: nothing said, go ahead


@pytest.mark.postgres
def test_the_listener_tells_the_watch_of_a_cut_link_and_the_return(
    pg: Database, pg_url: str
) -> None:
    moved = threading.Condition()
    changes: list[ServerState] = []

    def changed(status: ServerStatus) -> None:
        with moved:
            changes.append(status.state)
            moved.notify_all()

    watch = ServerWatch(changed)
    listener = HintListener(pg_url, lambda hint: None, watch.listener_state)
    listener.start()
    try:
        assert listener.listening.wait(10)
        assert cut(pg_url) == 1
        with moved:
            assert moved.wait_for(lambda: len(changes) >= 2, timeout=10), changes
        assert changes == [ServerState.AWAY, ServerState.ONLINE]
    finally:
        listener.stop()
