"""What the tests of several desks on one PostgreSQL server share: a desk's database on a server,
a desk window in a process of its own (tests/ui/desk_process.py) driven by its stdin, waiting for a
desk's live-hints listener, and a PostgreSQL server of the test's own that it can stop and start
again (`pg_ctl stop -m fast`)."""

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
from pytestqt.qtbot import QtBot

from serre_desk.services.audit_key import KEY_FILE_ENV
from serre_desk.services.startup import Location, open_database
from serre_desk.services.station import KIND_ENV as STATION_KIND_ENV
from serre_desk.services.station import NAME_ENV as STATION_ENV
from serre_desk.storage.database import Database
from serre_desk.ui.desk import Desk

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "postgres-for-tests.sh"


def database(url: str, folder: Path) -> Database:
    folder.mkdir(parents=True, exist_ok=True)
    return open_database(Location(folder, url))


def sees(desk: Desk, person_id: int) -> bool:
    latest = desk.refresher.latest
    return latest is not None and any(row.id == person_id for row in latest.inside)


class DeskProcess:
    """A desk window in a process of its own (tests/ui/desk_process.py), driven by its stdin."""

    def __init__(
        self, url: str, data_dir: Path, audit_key: Path, station: tuple[str, str] | None = None
    ) -> None:
        """`audit_key`: the database's audit key (every desk on it has a copy); `station`: its
        name and kind (reception, kids, office)."""
        data_dir.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", KEY_FILE_ENV: str(audit_key)}
        if station is not None:
            env.update({STATION_ENV: station[0], STATION_KIND_ENV: station[1]})
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
            env=env,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.said: list[str] = []  # lines passed over by `expect`
        self.heard_at: dict[str, float] = {}  # when each line was last read (time.monotonic)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.heard_at[line.strip()] = time.monotonic()
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


def wait_listening(qtbot: QtBot, desk: Desk) -> None:
    listener = desk.live._listener
    assert listener is not None
    qtbot.waitUntil(listener.listening.is_set, timeout=10_000)


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


@pytest.fixture(name="own_server")
def own_server_fixture() -> Iterator[OwnServer]:
    # where the server's own user can reach it (the test's tmp_path is private to root)
    server = OwnServer(Path(tempfile.mkdtemp(prefix="serre-desk-pg-away.")))
    yield server
    server.remove()
