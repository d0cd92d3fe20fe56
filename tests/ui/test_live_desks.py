"""Several desk windows on one PostgreSQL server, live: a check-in at one shows at the other within
a second; a server that goes away is said in the status bar, check-ins are refused in words, the
emergency list still shows who was inside (as of its time), and back online the desk reloads.

The desk where the check-in is made is a real desk process (offscreen, tests/ui/desk_process.py);
the one watched is a `Desk` in the test's process, on its own `Database` and live-hints listener.
The server-away test starts a PostgreSQL server of its own, so that it can stop and restart it."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
from PySide6.QtCore import QAbstractItemModel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from serre_desk.services.audit_key import KEY_FILE_ENV
from serre_desk.services.db_init import audit_key_file
from serre_desk.services.occupancy import inside
from serre_desk.services.startup import Location, open_database
from serre_desk.storage.database import Database
from serre_desk.storage.models import Visit
from serre_desk.ui.desk import Desk
from serre_desk.ui.style import Tone
from tests.conftest import CliRunner
from tests.helpers import person
from tests.kids_helpers import drop, educator, family
from tests.report_helpers import text
from tests.ui.conftest import DeskFactory
from tests.ui.print_helpers import PdfPrinters

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "postgres-for-tests.sh"


def _database(url: str, folder: Path) -> Database:
    folder.mkdir(parents=True, exist_ok=True)
    return open_database(Location(folder, url))


def _sees(desk: Desk, person_id: int) -> bool:
    latest = desk.refresher.latest
    return latest is not None and any(row.id == person_id for row in latest.inside)


class DeskProcess:
    """A desk window in a process of its own (tests/ui/desk_process.py), driven by its stdin."""

    def __init__(self, url: str, data_dir: Path, audit_key: Path) -> None:
        """`audit_key`: the database's audit key (every desk on it has a copy)."""
        data_dir.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.ui.desk_process",
                "--db",
                url,
                "--data-dir",
                str(data_dir),
            ],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", KEY_FILE_ENV: str(audit_key)},
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.said: list[str] = []  # lines passed over by `expect`
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def expect(self, qtbot: QtBot, prefix: str, timeout_s: float = 30.0) -> str:
        """The next line starting with `prefix` (Qt events keep flowing meanwhile)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.05)
            except queue.Empty:
                qtbot.wait(10)
                continue
            if line.startswith(prefix):
                return line
            self.said.append(line)
        raise AssertionError(f"the desk process never said {prefix!r}: {self.said}")

    def close(self) -> None:
        if self.process.poll() is None:
            self.send("quit")
            assert self.process.stdin is not None
            self.process.stdin.close()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self._reader.join(5)  # the output's end reached
        if self.process.stdout is not None:
            self.process.stdout.close()


def test_a_check_in_at_one_desk_shows_at_the_other_within_a_second(
    qtbot: QtBot, pg_url: str, tmp_path: Path
) -> None:
    kids_db = _database(pg_url, tmp_path / "kids")
    kids_desks = DeskFactory(kids_db, qtbot, tmp_path / "kids")
    entrance = DeskProcess(pg_url, tmp_path / "entrance", audit_key_file(kids_db))
    try:
        giulia = person(kids_db, "Giulia Bianchi")
        other = kids_desks(now=None)
        assert other.live.active
        _wait_listening(qtbot, other)
        entrance.expect(qtbot, "ready")

        started = time.monotonic()
        entrance.send(f"check_in {giulia}")
        assert entrance.expect(qtbot, "moved", 5.0) == f"moved {giulia}"
        qtbot.waitUntil(lambda: _sees(other, giulia), timeout=5_000)
        assert time.monotonic() - started <= 1.0, "the other desk must show it within 1 s"
        panel = other.window.panels["coworking"]
        assert "Giulia Bianchi" in _table_names(panel.table.model())
    finally:
        entrance.close()
        for desk in kids_desks.built:
            desk.window.close()
        kids_db.dispose()


def _table_names(model: QAbstractItemModel) -> list[str]:
    return [
        str(model.index(row, column).data())
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]


def _wait_listening(qtbot: QtBot, desk: Desk) -> None:
    listener = desk.live._listener
    assert listener is not None
    qtbot.waitUntil(listener.listening.is_set, timeout=10_000)


def _last_list(desk: Desk) -> list[str]:
    """Who the emergency list kept for a server gone away shows inside."""
    last = desk.emergency.last
    return [] if last is None else [who.name for _area, people in last.areas for who in people]


# --- a server of the test's own, stopped and started again ------------------------------------


class OwnServer:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        started = subprocess.run(
            [str(SCRIPT), "start", str(folder)], capture_output=True, text=True, check=True
        )
        self.server_url = started.stdout.strip().split("=", 1)[1]
        self.port = urlsplit(self.server_url).port
        admin = self.server_url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(admin + "/postgres", autocommit=True) as connection:
            connection.execute('CREATE DATABASE "desk"')
        self.url = f"{self.server_url}/desk"

    def _pg_ctl(self, *args: str) -> None:
        bin_dir = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]
        command = [str(bin_dir / "pg_ctl"), "-D", str(self.folder / "data"), *args]
        if os.getuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, capture_output=True, check=True, timeout=60)

    def stop(self) -> None:
        self._pg_ctl("-m", "fast", "-w", "stop")

    def start(self) -> None:
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off"
        self._pg_ctl("-l", str(self.folder / "server.log"), "-w", "-o", options, "start")

    def remove(self) -> None:
        subprocess.run([str(SCRIPT), "stop", str(self.folder)], capture_output=True)


@pytest.fixture
def own_server() -> Iterator[OwnServer]:
    # where the server's own user can reach it (the test's tmp_path is private to root)
    server = OwnServer(Path(tempfile.mkdtemp(prefix="serre-desk-pg-away.")))
    yield server
    server.remove()


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_a_desk_whose_server_went_away_says_so_refuses_and_comes_back(
    qtbot: QtBot, own_server: OwnServer, tmp_path: Path
) -> None:
    db = _database(own_server.url, tmp_path / "desk")
    desks = DeskFactory(db, qtbot, tmp_path / "desk")
    try:
        giulia = person(db, "Giulia Bianchi")
        marco = person(db, "Marco Verdi")
        (tmp_path / "printed").mkdir()
        desk = desks(now=None, printers=PdfPrinters(tmp_path / "printed"))  # type: ignore[arg-type]
        _wait_listening(qtbot, desk)
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
    db = _database(own_server.url, tmp_path / "setup")
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
    db = _database(pg_url, data_dir)
    desks = DeskFactory(db, qtbot, data_dir)
    try:
        educator(db)
        kid = family(db)
        drop(db, kid)
        entrance = desks()
        _wait_listening(qtbot, entrance)
        qtbot.waitUntil(lambda: _sees(entrance, kid.child), timeout=10_000)
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
