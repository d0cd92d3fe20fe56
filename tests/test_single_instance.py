"""One desk per data folder (real processes, the real lock and local socket): a second start
brings the open desk's window to the front and exits; a command runs beside the open window;
a lock left by a desk that was killed is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def _env(data_dir: Path) -> dict[str, str]:
    return dict(os.environ, SERRE_DESK_DATA_DIR=str(data_dir), PYTHONPATH=str(REPO))


def _desk(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "serre_desk", "--lang", "en", *args],
        env=_env(data_dir),
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def open_desk(data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    """The desk window open on the test's data folder, in another process."""
    assert _desk(data_dir, "demo", "--days", "1", "--people", "10").returncode == 0
    first = subprocess.Popen(
        [sys.executable, "-m", "serre_desk", "gui"],
        env=_env(data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while not (data_dir / "desk.lock").exists():
        assert first.poll() is None, first.communicate()
        assert time.monotonic() < deadline, "the first desk never took its lock"
        time.sleep(0.05)
    try:
        yield first
    finally:
        if first.poll() is None:
            first.kill()
        first.communicate(timeout=30)


def _log(data_dir: Path) -> str:
    return (data_dir / "logs" / "serre-desk.log").read_text(encoding="utf-8")


def test_a_second_start_raises_the_open_desk_and_exits(
    open_desk: subprocess.Popen[str], data_dir: Path
) -> None:
    second = _desk(data_dir, "gui")

    assert second.returncode == 0, second.stderr
    assert second.stdout == (
        "serre-desk: Serre Desk is already open on this data folder: its window is now in front.\n"
    )
    assert open_desk.poll() is None  # the first desk is still open
    assert _log(data_dir).count("another start of the desk: window brought to the front") == 1
    italian = subprocess.run(
        [sys.executable, "-m", "serre_desk"], env=_env(data_dir), capture_output=True, text=True
    )
    assert "già aperto" in italian.stdout
    assert _log(data_dir).count("window brought to the front") == 2


def test_commands_run_beside_the_open_desk(
    open_desk: subprocess.Popen[str], data_dir: Path
) -> None:
    occupancy = _desk(data_dir, "--json", "occupancy")
    added = _desk(data_dir, "person", "add", "--name", "Ada Lovelace", "--json")

    assert occupancy.returncode == 0 and added.returncode == 0, added.stderr
    assert open_desk.poll() is None


def test_the_lock_of_a_killed_desk_is_taken_over(
    open_desk: subprocess.Popen[str], data_dir: Path
) -> None:
    open_desk.send_signal(signal.SIGKILL)  # a crash: no clean-up at all
    open_desk.wait(timeout=30)
    assert (data_dir / "desk.lock").exists()

    smoke = _desk(data_dir, "gui", "--smoke")

    assert smoke.returncode == 0, smoke.stderr
    assert smoke.stdout.splitlines()[-1].startswith("ready in ")
