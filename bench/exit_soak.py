"""Does the desk ever crash on the way out? Many fresh processes under `python -X faulthandler`,
counting every run that ends on a signal (SIGSEGV: exit 139, or a negative return code).

    .venv/bin/python bench/exit_soak.py [--runs 50] [--only gui|quit] [--gui-args "--scans 20"]

Two soaks, `--runs` processes each:
- the GUI benchmark (`bench/gui_blocking.py`, on a copy of the 1,000,000-visit database), which
  ends while its window's last tasks finish (the run that once died with SIGSEGV at exit);
  `--gui-args` sets its plan (by default a shorter one than its own: the exit is what is tested);
- start/scan/quit: `serre-desk gui` as staff start it (`ui/app.run_desk`, the real event loop),
  a badge typed into the scan field as a scanner types it, then the application quits after a
  random 0-600 ms, while the check-in, the refresh and the daily duties may still be running.
Prints each soak's runs and crashes (the faulthandler trace of any crash is kept in
`bench/.cache/exit-soak/`); exits 1 if any run crashed or failed.
"""

from __future__ import annotations

import argparse
import os
import random
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.common import BENCH_NOW, CACHE, demo_database  # noqa: E402

TRACES = CACHE / "exit-soak"
QUIT_AFTER_MS = (0, 600)
GUI_ARGS = "--scans 20 --names 5 --refreshes 5"


def crashed(code: int) -> bool:
    """Killed by a signal (negative) or by the shell's 128+signal convention (139: SIGSEGV)."""
    return code < 0 or code > 128


def soak(
    name: str,
    runs: int,
    command: Callable[[int], list[str]],
    env: dict[str, str],
    finished: frozenset[int] = frozenset({0}),
) -> int:
    """Run `command(i)` `runs` times; returns the number of crashes and other failures (an exit
    code not in `finished`)."""
    crashes = failures = 0
    started = time.perf_counter()
    for run in range(runs):
        result = subprocess.run(
            command(run), cwd=REPO, env=env, capture_output=True, text=True, check=False
        )
        if crashed(result.returncode):
            crashes += 1
            TRACES.mkdir(parents=True, exist_ok=True)
            trace = TRACES / f"{name}-{run}.txt"
            trace.write_text(result.stdout + result.stderr, encoding="utf-8")
            print(f"  {name} run {run + 1}: exit {result.returncode}, trace in {trace}", flush=True)
        elif result.returncode not in finished:
            failures += 1
            print(f"  {name} run {run + 1}: exit {result.returncode} (not a crash)", flush=True)
            print("    " + "\n    ".join(result.stderr.strip().splitlines()[-5:]), flush=True)
        if (run + 1) % 10 == 0:
            print(f"  {name}: {run + 1} runs, {crashes} crashes", flush=True)
    minutes = (time.perf_counter() - started) / 60
    print(
        f"{name}: {runs} runs, {crashes} crashes, {failures} other failures ({minutes:.1f} min)",
        flush=True,
    )
    return crashes + failures


def scans_recorded(runs_dir: Path) -> int:
    """Runs whose database holds the scan (a check-in or check-out in the audit log)."""
    recorded = 0
    for database in runs_dir.glob("*/serre-desk.db"):
        with closing(sqlite3.connect(database)) as connection:
            found = connection.execute(
                "SELECT count(*) FROM audit_events WHERE action IN ('check_in', 'check_out')"
            ).fetchone()[0]
        recorded += found > 0
    return recorded


def start_scan_quit(data_dir: Path, code: str, quit_after_ms: int) -> int:
    """One desk process: open the window, type the badge, quit soon after (child side)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from serre_desk.services.startup import Location
    from serre_desk.ui.app import run_desk
    from serre_desk.ui.views.main_window import DeskWindow

    app = QApplication(sys.argv[:1])

    def scan_then_quit() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, DeskWindow)]
        if not windows or not windows[0].isVisible():
            QTimer.singleShot(20, scan_then_quit)
            return
        field = windows[0].top_bar.scan_field
        windows[0].activateWindow()
        field.setFocus()
        if QApplication.focusWidget() is not field:  # the scanner reads the focused widget's keys
            QTimer.singleShot(20, scan_then_quit)
            return

        def type_code() -> None:  # as a scanner types: the whole burst at once, Shift for capitals
            if QApplication.focusWidget() is not field:
                scan_then_quit()
                return
            for char in code:
                if char.isupper():
                    shift = Qt.KeyboardModifier.ShiftModifier
                    QTest.keyPress(field, Qt.Key.Key_Shift)
                    QTest.keyClick(field, char, shift)
                    QTest.keyRelease(field, Qt.Key.Key_Shift, shift)
                else:
                    QTest.keyClick(field, char)
            QTest.keyClick(field, Qt.Key.Key_Return)
            QTimer.singleShot(quit_after_ms, app.quit)

        QTimer.singleShot(100, type_code)  # a window given its focus a moment before

    QTimer.singleShot(0, scan_then_quit)
    return run_desk(
        Location(data_dir), lang="en", smoke=False, now_text=BENCH_NOW.isoformat(), actor=None
    )


def soak_database() -> tuple[Path, str]:
    """A small demo database with one badge to scan (bench/.cache/exit-soak-db): a member inside
    at the demo's last moment, so the scan checks them out."""
    from serre_desk.domain.people import PersonKind
    from serre_desk.services.actor import LOCAL_ADMIN
    from serre_desk.services.badges import issue_badge
    from serre_desk.services.occupancy import inside

    db = demo_database("exit-soak-db", people=300, days=14, visits_per_day=60)
    try:
        member = next(p for p in inside(db) if p.kind is PersonKind.MEMBER)
        code = issue_badge(db, LOCAL_ADMIN, member.id, now=BENCH_NOW).code
    finally:
        db.dispose()
    return CACHE / "exit-soak-db", code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=50, help="processes per soak")
    parser.add_argument("--gui-args", default=GUI_ARGS, help="arguments for gui_blocking.py")
    parser.add_argument("--only", choices=("gui", "quit"), help="run one soak only")
    parser.add_argument(
        "--child", nargs=3, metavar=("DATA_DIR", "CODE", "QUIT_MS"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        data_dir, code, quit_ms = args.child
        return start_scan_quit(Path(data_dir), code, int(quit_ms))

    env = dict(os.environ, PYTHONPATH=str(REPO))
    env.setdefault("QT_QPA_PLATFORM", "xcb" if env.get("DISPLAY") else "offscreen")
    python = [sys.executable, "-X", "faulthandler"]
    crashes = 0
    if args.only in (None, "gui"):
        gui = [*python, str(REPO / "bench" / "gui_blocking.py"), *shlex.split(args.gui_args)]
        # gui_blocking exits 1 when a stall went over its target: a finished run all the same
        crashes += soak("gui benchmark", args.runs, lambda _run: gui, env, frozenset({0, 1}))
    if args.only in (None, "quit"):
        source, code = soak_database()
        rng = random.Random(12)
        with tempfile.TemporaryDirectory(prefix="serre-desk-exit-soak-") as scratch:
            runs_dir = Path(scratch)

            def start_scan_quit_command(run: int) -> list[str]:
                data_dir = runs_dir / str(run)
                data_dir.mkdir()
                shutil.copy2(source / "serre-desk.db", data_dir / "serre-desk.db")
                quit_ms = rng.randint(*QUIT_AFTER_MS)
                return [*python, __file__, "--child", str(data_dir), code, str(quit_ms)]

            crashes += soak("start/scan/quit", args.runs, start_scan_quit_command, env)
            print(f"start/scan/quit: the scan was recorded in {scans_recorded(runs_dir)} runs")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
