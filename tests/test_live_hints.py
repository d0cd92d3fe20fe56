"""Live hints: a commit at one desk reaches the others' listeners within a second (real
PostgreSQL); nothing for a rolled-back change; a listener whose connection is cut says the server
went away, comes back by itself and asks for everything to be reloaded."""

from __future__ import annotations

import queue
import time

import pytest
from sqlalchemy import text

from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import Actor, Role
from serre_desk.services.audit import record
from serre_desk.services.live_hints import Hint, HintListener, hints_possible
from serre_desk.services.people import PersonFields, add_person
from serre_desk.storage.database import Database
from tests.conftest import MORNING, CliRunner
from tests.desks_helpers import cut, pg_desk_database  # noqa: F401

pytestmark = pytest.mark.postgres
AT_KIDS = Actor("Bea", Role.STAFF, desk="Spazio bimbi")


class Collected:
    def __init__(self, url: str) -> None:
        self.hints: queue.Queue[tuple[float, Hint]] = queue.Queue()
        self.states: queue.Queue[bool] = queue.Queue()
        self.listener = HintListener(
            url, lambda hint: self.hints.put((time.perf_counter(), hint)), self.states.put
        )

    def __enter__(self) -> Collected:
        self.listener.start()
        assert self.listener.listening.wait(10), "the listener never connected"
        assert self.states.get(timeout=1) is True
        return self

    def __exit__(self, *_: object) -> None:
        self.listener.stop()

    def next_hint(self, timeout: float = 1.0) -> tuple[float, Hint]:
        return self.hints.get(timeout=timeout)


def test_a_commit_at_one_desk_reaches_a_listener_within_a_second(pg: Database, pg_url: str) -> None:
    with Collected(pg_url) as other_desk:
        delays = []
        for n in range(5):
            with pg.write() as session:
                record(session, AT_KIDS, MORNING, "check_in", 40 + n, area="kids")
                committing = time.perf_counter()
            arrived, hint = other_desk.next_hint()
            delays.append(arrived - committing)
            assert hint == Hint("visits", 40 + n, "Spazio bimbi", own=True)
        assert max(delays) < 1.0, delays
        assert other_desk.hints.empty()


def test_a_change_rolled_back_sends_nothing_and_a_closing_sends_one_hint(
    pg: Database, pg_url: str
) -> None:
    with Collected(pg_url) as other_desk:
        with pytest.raises(RuntimeError), pg.write() as session:
            record(session, AT_KIDS, MORNING, "check_in", 7)
            raise RuntimeError("the scan failed half-way")
        with pg.write() as session:  # many events, one transaction: one hint per topic
            for person in (1, 2, 3):
                record(session, AT_KIDS, MORNING, "auto_close", None, person=person)
            record(session, AT_KIDS, MORNING, "close_day", None)
        _, hint = other_desk.next_hint()
        assert hint.topic == "closing" and hint.subject_id is None
        time.sleep(0.3)
        assert other_desk.hints.empty()


def test_another_process_registering_someone_is_a_people_hint_not_our_own(
    pg_url: str, cli_process: CliRunner
) -> None:
    with Collected(pg_url) as desk:
        added = cli_process("person", "add", "--name", "Giulia Rossi", db_url=pg_url)
        assert added.returncode == 0, added.stderr
        hints = [desk.next_hint(timeout=5)[1]]
        while not desk.hints.empty():
            hints.append(desk.next_hint()[1])
        people = [h for h in hints if h.topic == "people"]
        assert people and not people[0].own and people[0].subject_id is not None


def test_a_cut_connection_is_noticed_and_the_listener_comes_back_asking_for_everything(
    pg: Database, pg_url: str
) -> None:
    with Collected(pg_url) as desk:
        assert cut(pg_url) == 1
        assert desk.states.get(timeout=5) is False
        assert desk.states.get(timeout=10) is True
        _, hint = desk.next_hint(timeout=5)
        assert hint.everything
        with pg.write() as session:  # and it listens again
            record(session, AT_KIDS, MORNING, "badge_revoke", 9)
        assert desk.next_hint()[1].topic == "badges"


def test_sqlite_desks_poll(db: Database) -> None:
    assert not hints_possible(db.url)
    add_person(
        db,
        AT_KIDS,
        PersonFields(name="Ada Lovelace", kind=PersonKind.GUEST, privacy_acknowledged=True),
        now=MORNING,
    )  # no NOTIFY there
    with db.read() as session:
        desk = session.execute(text("SELECT desk FROM audit_events")).scalar_one()
    assert desk == "Spazio bimbi"
