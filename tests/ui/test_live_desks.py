"""Several desk windows on one PostgreSQL server, live: a check-in at one shows at the other within
a second; a server that goes away is said in the status bar, check-ins are refused in words, the
emergency list still shows who was inside (as of its time), and back online the desk reloads.

The desk where the check-in is made is a real desk process (offscreen, tests/ui/desk_process.py);
the one watched is a `Desk` in the test's process, on its own `Database` and live-hints listener.
The server-away test starts a PostgreSQL server of its own, so that it can stop and restart it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from serre_desk.services.db_init import audit_key_file
from serre_desk.services.occupancy import inside
from serre_desk.storage.models import Visit
from serre_desk.ui.desk import Desk
from serre_desk.ui.style import Tone
from tests.conftest import CliRunner
from tests.helpers import person
from tests.kids_helpers import drop, educator, family
from tests.report_helpers import text
from tests.ui.conftest import DeskFactory
from tests.ui.print_helpers import PdfPrinters
from tests.ui.server_rig import (
    DeskProcess,
    OwnServer,
    database,
    own_server_fixture,  # noqa: F401
    sees,
    wait_listening,
)

pytestmark = pytest.mark.postgres


def test_a_check_in_at_one_desk_shows_at_the_other_within_a_second(
    qtbot: QtBot, pg_url: str, tmp_path: Path
) -> None:
    kids_db = database(pg_url, tmp_path / "kids")
    kids_desks = DeskFactory(kids_db, qtbot, tmp_path / "kids")
    entrance = DeskProcess(pg_url, tmp_path / "entrance", audit_key_file(kids_db))
    try:
        giulia = person(kids_db, "Giulia Bianchi")
        other = kids_desks(now=None)
        assert other.live.active
        wait_listening(qtbot, other)
        entrance.expect(qtbot, "ready")

        started = time.monotonic()
        entrance.send(f"check_in {giulia}")
        assert entrance.expect(qtbot, "moved", 5.0) == f"moved {giulia}"
        qtbot.waitUntil(lambda: sees(other, giulia), timeout=5_000)
        assert time.monotonic() - started <= 1.0, "the other desk must show it within 1 s"
        panel = other.window.panels["coworking"]
        assert "Giulia Bianchi" in _table_names(panel.table.model())
    finally:
        entrance.close()
        for desk in kids_desks.built:
            desk.window.close()
        kids_db.dispose()


STATIONS = [
    ("Ingresso", "reception"),
    ("Spazio bimbi", "kids"),
    ("Ufficio", "office"),
    ("Ingresso eventi", "reception"),
]


@pytest.mark.timeout(120)
def test_a_check_in_at_one_of_four_desk_processes_shows_at_the_other_three_within_a_second(
    qtbot: QtBot, pg_url: str, tmp_path: Path
) -> None:
    """Four desk windows, each in a process of its own and each a station (the entrance, the
    kids' room, the office, the events' entrance): a check-in at the entrance is in the tables
    of the three other windows within a second."""
    db = database(pg_url, tmp_path / "setup")
    giulia = person(db, "Giulia Bianchi")
    key = audit_key_file(db)
    desks = [
        DeskProcess(pg_url, tmp_path / f"desk{n}", key, station=station)
        for n, station in enumerate(STATIONS)
    ]
    try:
        for desk in desks:
            desk.expect(qtbot, "ready", 60.0)
            desk.send("listening")
        for desk in desks:
            desk.expect(qtbot, "listening")
        entrance, others = desks[0], desks[1:]
        for desk in others:
            desk.send("watch Giulia Bianchi")

        started = time.monotonic()
        entrance.send(f"check_in {giulia}")
        assert entrance.expect(qtbot, "moved", 5.0) == f"moved {giulia}"
        for desk in others:
            desk.expect(qtbot, "sees Giulia Bianchi", 5.0)
        delays = [desk.heard_at["sees Giulia Bianchi"] - started for desk in others]
        assert max(delays) <= 1.0, f"every other desk shows it within 1 s: {delays}"
    finally:
        for desk in desks:
            desk.close()
        db.dispose()


def _table_names(model: QAbstractItemModel) -> list[str]:
    return [
        str(model.index(row, column).data())
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]


def _last_list(desk: Desk) -> list[str]:
    """Who the emergency list kept for a server gone away shows inside."""
    last = desk.emergency.last
    return [] if last is None else [who.name for _area, people in last.areas for who in people]


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_a_desk_whose_server_went_away_says_so_refuses_and_comes_back(
    qtbot: QtBot, own_server: OwnServer, tmp_path: Path
) -> None:
    db = database(own_server.url, tmp_path / "desk")
    desks = DeskFactory(db, qtbot, tmp_path / "desk")
    try:
        giulia = person(db, "Giulia Bianchi")
        marco = person(db, "Marco Verdi")
        (tmp_path / "printed").mkdir()
        desk = desks(now=None, printers=PdfPrinters(tmp_path / "printed"))  # type: ignore[arg-type]
        wait_listening(qtbot, desk)
        with qtbot.waitSignal(desk.hub.movement, timeout=10_000):
            desk.actions.check_in(giulia)
        qtbot.waitUntil(lambda: _last_list(desk) == ["Giulia Bianchi"], timeout=10_000)

        own_server.stop()
        qtbot.waitUntil(desk.server.label.isVisible, timeout=10_000)  # at once, in words
        assert "Server away since" in desk.server.label.text()
        assert "check-ins refused" in desk.server.label.text()

        with qtbot.waitSignal(desk.hub.refused, timeout=5_000) as refused:
            desk.actions.check_in(marco)
        assert refused.args[0].code == "server_gone"
        assert desk.window.banner.tone is Tone.REFUSED
        assert "cannot be reached" in desk.window.banner.details

        with qtbot.waitSignal(desk.emergency.done, timeout=20_000):
            desk.emergency.run()  # F9
        job = desk.emergency.job
        assert job is not None and "as of" in job.title
        assert "Giulia Bianchi" in text(job.pdf)

        with qtbot.waitSignal(
            desk.hub.news, timeout=30_000, check_params_cb=lambda title, _text: "back" in title
        ):
            own_server.start()
        assert not desk.server.label.isVisible()
        assert desk.server.status.online
        assert [row.id for row in inside(db)] == [giulia], "nothing lost, nothing queued"
    finally:
        for built in desks.built:
            built.window.close()
        db.dispose()


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_the_server_stopped_and_restarted_mid_peak_loses_and_duplicates_nothing(
    qtbot: QtBot, own_server: OwnServer, tmp_path: Path
) -> None:
    """Two desk processes check people in (Enter on a person: one operation id each, sent again
    while the server cannot be reached) while the server is stopped (`pg_ctl stop -m fast`) and
    started again. Every check-in a desk said it made is in the database once; every other was
    refused in words; nobody has two visits."""
    db = database(own_server.url, tmp_path / "setup")
    people = [person(db, f"Persona {n:02d}") for n in range(36)]
    key = audit_key_file(db)
    desks = [DeskProcess(own_server.url, tmp_path / f"desk{n}", key) for n in range(2)]
    try:
        for desk in desks:
            desk.expect(qtbot, "ready")
        for n, who in enumerate(people):
            desks[n % 2].send(f"toggle {who}")
            qtbot.wait(60)
            if n == 12:
                own_server.stop()  # mid-peak
            if n == 20:
                own_server.start()
        answers = [desk.expect(qtbot, "") for desk in desks for _ in range(len(people) // 2)]
        moved = {int(line.split()[1]) for line in answers if line.startswith("moved")}
        refused = [line for line in answers if line.startswith("refused")]
        assert len(answers) == len(people), "every scan answered: no silent queue"
        assert all(line == "refused server_gone" for line in refused), refused
        assert refused, "some scans met the server away"
        assert len(moved) >= 12, "the scans before the stop were made"
        with db.read() as session:
            visits = session.scalars(select(Visit.person_id)).all()
        assert sorted(visits) == sorted(moved), "nothing lost, nothing duplicated"
    finally:
        for desk in desks:
            desk.close()
        db.dispose()


def test_a_pickup_refused_at_the_kids_room_shows_at_the_entrance(
    qtbot: QtBot,
    pg_url: str,
    data_dir: Path,
    cli_process: CliRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The kids' room (here `serre-desk checkout` in a process named "Spazio bimbi") refuses a
    pickup with a wrong code; the entrance desk's banner says so within a second."""
    db = database(pg_url, data_dir)
    desks = DeskFactory(db, qtbot, data_dir)
    try:
        educator(db)
        kid = family(db)
        drop(db, kid)
        entrance = desks()
        wait_listening(qtbot, entrance)
        qtbot.waitUntil(lambda: sees(entrance, kid.child), timeout=10_000)
        monkeypatch.setenv("SERRE_DESK_STATION", "Spazio bimbi")
        with qtbot.waitSignal(entrance.hub.notice, timeout=10_000) as noticed:
            refused = cli_process(
                "checkout", str(kid.child), "--by", str(kid.parent), "--code", "ZZZZ", db_url=pg_url
            )
            assert refused.returncode != 0
            started = time.monotonic()
        assert time.monotonic() - started <= 1.0
        title, details = noticed.args
        assert title == "Pickup refused at Spazio bimbi"
        assert details.startswith("Emma Rossi: the pickup was refused there")
        assert entrance.window.banner.title == title
    finally:
        for built in desks.built:
            built.window.close()
        db.dispose()
