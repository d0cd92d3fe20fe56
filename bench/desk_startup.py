"""Cold start of the desk window on a big database, against a bare PySide6 window.

    .venv/bin/python bench/desk_startup.py [--data-dir DIR] [--runs 5] [--frozen PATH | --no-frozen]

Without --data-dir it uses the benchmarks' database of 100,000 people and about 1,000,000 visits
(`bench/.cache/large`, or $SERRE_DESK_BENCH_CACHE/large; built once by `bench/common.py`: a few
minutes the first time). Each run is a fresh process: `serre-desk gui --smoke` (opens the real
window, waits for its data, exits) versus a bare `QMainWindow` shown and closed.
The desk prints "shown in" (the window painted and taking keys) and "ready in" (occupancy and
who is inside on screen); each is timed here from the process's launch, as the bare window's
whole run is. Prints the medians and the ratios; targets: shown at most 2x the bare window,
ready at most 3x.
The package's bytecode is compiled first, as an installed desk (wheel or bundle) has it. One more
run with `-X importtime` shows where the imports' time goes (the floor under the ratio).
Also timed, in the same interleaved runs: the floor of the issue's other start-up, a storage
worker process beside the window (a process that only imports the storage, opens it and reads
and pickles the first screen: the window could not show its data sooner that way). And on their
own: SQLite's `quick_check`, part of every start (it runs on its own
connection right after the first screen's read; every write waits for it, so a damaged file is
never written), and the full `integrity_check` of the daily duties and of a backup.
The installed bundle (the frozen desk: /opt/serre-desk/serre-desk when the .deb is installed, else
the bundle of scripts/build-bundle in dist/, or --frozen PATH) is timed in the same interleaved
runs, on the same database, against the same bare window.
Runs offscreen unless a DISPLAY is set.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.common import LARGE_DIR, large_database  # noqa: E402
from serre_desk.storage.database import is_sound  # noqa: E402

SHOWN_RATIO = 2.0
READY_RATIO = 3.0
INSTALLED = Path("/opt/serre-desk/serre-desk")
BUILT = REPO / "dist" / "serre-desk" / "serre-desk"
BARE = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\nwindow = QMainWindow()\nwindow.show()\napp.processEvents()\n"
    "window.close()\n"
)
# The floor of the other start-up the issue allows, a storage worker process beside the window:
# a process that only opens the storage, reads the first screen and pickles it for the window
# (nothing else). The window could not show its data before this line, however the work is
# shared out.
WORKER_FLOOR = (
    "import os, pickle\n"
    "from datetime import datetime, timezone\n"
    "from pathlib import Path\n"
    "from serre_desk.paths import Location\n"
    "from serre_desk.services.db_health import open_checked\n"
    "from serre_desk.services.desk_state import read_snapshot\n"
    "from serre_desk.services.users import idle_lock_minutes, list_users\n"
    "where = Location(Path(os.environ['SERRE_DESK_DATA_DIR']), None)\n"
    "db = open_checked(where, check_first=False)\n"
    "now = datetime.now(timezone.utc)\n"
    "first = (list_users(db), idle_lock_minutes(db), read_snapshot(db, now=now))\n"
    "pickle.dumps(first)\n"
    "print('read', flush=True)\n"
)


def import_breakdown(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Milliseconds of import work per top-level package on the start path (`-X importtime`)."""
    result = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]],
        check=True,
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    totals: dict[str, float] = {}
    for line in result.stderr.splitlines():
        fields = line.removeprefix("import time:").split("|")
        if len(fields) != 3 or not fields[0].strip().isdigit():
            continue
        package = fields[2].strip().split(".")[0]
        group = (
            package
            if package in ("sqlalchemy", "serre_desk")
            else ("PySide6" if package in ("PySide6", "shiboken6", "shibokensupport") else "other")
        )
        totals[group] = totals.get(group, 0.0) + int(fields[0]) / 1000
    return totals


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=REPO, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def lines_times(command: list[str], env: dict[str, str], expected: set[str]) -> dict[str, float]:
    """Seconds from launch to each line the process prints (by its first word), and to its end
    ("end")."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    seen: dict[str, float] = {}
    for line in process.stdout:
        seen[line.split()[0]] = time.perf_counter() - started
    if process.wait() != 0 or set(seen) != expected:
        raise SystemExit(f"{command[-1].splitlines()[0]} failed: {seen}")
    return {**seen, "end": time.perf_counter() - started}


def desk_times(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from launch to the "shown" line, to the "ready" line and to the process's end."""
    seen = lines_times(command, env, {"shown", "ready"})
    return seen["shown"], seen["ready"], seen["end"]


def check_ms(database: Path, *, quick: bool) -> float:
    started = time.perf_counter()
    assert is_sound(database, quick=quick)
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--frozen", type=Path, help="the frozen desk to time as well")
    parser.add_argument("--no-frozen", action="store_true", help="time the source tree only")
    args = parser.parse_args()
    frozen = (
        None
        if args.no_frozen
        else args.frozen or next((path for path in (INSTALLED, BUILT) if path.exists()), None)
    )
    if args.data_dir is None:
        large_database().dispose()
    data_dir = args.data_dir or LARGE_DIR
    with sqlite3.connect(data_dir / "serre-desk.db") as connection:
        visits = connection.execute("SELECT count(*) FROM visits").fetchone()[0]
        people = connection.execute("SELECT count(*) FROM people").fetchone()[0]
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(REPO / "serre_desk")],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    env = dict(os.environ, PYTHONPATH=str(REPO), SERRE_DESK_DATA_DIR=str(data_dir))
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    desk_command = [sys.executable, "-m", "serre_desk", "gui", "--smoke"]
    bare_command = [sys.executable, "-c", BARE]
    frozen_env = {k: v for k, v in env.items() if k != "PYTHONPATH"}  # the bundle brings its own
    timed(desk_command, env)  # the first run may migrate the schema: not a cold start to count
    floor_command = [sys.executable, "-c", WORKER_FLOOR]
    shown, ready, whole, bare, floor, frozen_times = [], [], [], [], [], []
    for _ in range(args.runs):  # interleaved, so all see the same machine load
        times = desk_times(desk_command, env)
        shown.append(times[0])
        ready.append(times[1])
        whole.append(times[2])
        bare.append(timed(bare_command, env))
        floor.append(lines_times(floor_command, env, {"read"})["read"])
        if frozen is not None:
            frozen_times.append(desk_times([str(frozen), "gui", "--smoke"], frozen_env))
    bare_ms = statistics.median(bare) * 1000
    shown_ms, ready_ms = statistics.median(shown) * 1000, statistics.median(ready) * 1000
    desk_ms = statistics.median(whole) * 1000
    print(f"database: {people} people, {visits} visits")
    print(f"bare QMainWindow shown and closed: median {bare_ms:.0f} ms over {args.runs} runs")
    print(
        f"serre-desk gui --smoke: shown {shown_ms:.0f} ms ({shown_ms / bare_ms:.2f}x, target <= "
        f"{SHOWN_RATIO:.0f}x), ready {ready_ms:.0f} ms ({ready_ms / bare_ms:.2f}x, target <= "
        f"{READY_RATIO:.0f}x), whole run {desk_ms:.0f} ms (medians from launch)"
    )
    floor_ms = statistics.median(floor) * 1000
    print(
        f"storage worker's floor (a process that only opens the storage and reads and pickles "
        f"the first screen): {floor_ms:.0f} ms ({floor_ms / bare_ms:.2f}x)"
    )
    if frozen_times:
        frozen_shown = statistics.median(t[0] for t in frozen_times) * 1000
        frozen_ready = statistics.median(t[1] for t in frozen_times) * 1000
        print(
            f"frozen desk ({frozen}): shown {frozen_shown:.0f} ms ({frozen_shown / bare_ms:.2f}x), "
            f"ready {frozen_ready:.0f} ms ({frozen_ready / bare_ms:.2f}x)"
        )
    database = data_dir / "serre-desk.db"
    size_mb = database.stat().st_size / 1e6
    quick_ms = statistics.median(check_ms(database, quick=True) for _ in range(args.runs))
    print(
        f"quick_check at start-up ({size_mb:.0f} MB file; after the first read, writes wait for "
        f"it): median {quick_ms:.0f} ms over {args.runs} runs"
    )
    print(f"integrity_check (daily duties, each backup): {check_ms(database, quick=False):.0f} ms")
    imports = import_breakdown(desk_command, env)
    print(
        "import time on the desk's start path (one run, -X importtime adds a little): "
        + ", ".join(
            f"{name} {ms:.0f} ms" for name, ms in sorted(imports.items(), key=lambda kv: -kv[1])
        )
    )
    met = shown_ms / bare_ms <= SHOWN_RATIO and ready_ms / bare_ms <= READY_RATIO
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
