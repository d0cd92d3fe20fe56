"""Cold start of the frozen desk (the installed bundle) against a bare PySide6 window, same run.

    .venv/bin/python bench/bundle_startup.py [--desk PATH] [--data-dir DIR] [--runs 5]

The desk is /opt/serre-desk/serre-desk when the .deb is installed, else the bundle of
scripts/build-bundle (dist/serre-desk/serre-desk), or --desk. Without --data-dir the frozen desk
first makes demo data in a temporary folder (30 days, 300 people); `--data-dir bench/.cache/large`
times it on the benchmarks' big database (see bench/desk_startup.py, which times the desk run
from the source tree). Each run is a fresh process: `serre-desk gui --smoke` (opens the real
window, waits for its data, exits) versus a bare `QMainWindow` from this venv, interleaved.
Prints the medians and the ratio; target: at most 3x the bare window (exit 1 above it).
Runs offscreen unless a DISPLAY is set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.desk_startup import BARE, TARGET_RATIO, timed  # noqa: E402

INSTALLED = Path("/opt/serre-desk/serre-desk")
BUILT = REPO / "dist" / "serre-desk" / "serre-desk"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--desk", type=Path, default=INSTALLED if INSTALLED.exists() else BUILT)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.desk.exists():
        sys.exit(f"bundle_startup: no frozen desk at {args.desk} (scripts/build-bundle)")
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = args.data_dir or Path(scratch)
        env = dict(os.environ, SERRE_DESK_DATA_DIR=str(data_dir))
        env.pop("PYTHONPATH", None)  # the bundle brings its own
        if not env.get("DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        desk_command = [str(args.desk), "gui", "--smoke"]
        if args.data_dir is None:
            demo = [str(args.desk), "demo", "--days", "30", "--people", "300"]
            subprocess.run(demo, check=True, env=env, stdout=subprocess.DEVNULL)
        timed(desk_command, env)  # the first run may migrate: not a cold start to count
        desk, bare = [], []
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            desk.append(timed(desk_command, env))
            bare.append(timed([sys.executable, "-c", BARE], env))
    desk_ms, bare_ms = statistics.median(desk) * 1000, statistics.median(bare) * 1000
    ratio = desk_ms / bare_ms
    print(f"frozen desk: {args.desk}")
    print(f"serre-desk gui --smoke (frozen): median {desk_ms:.0f} ms over {args.runs} runs")
    print(f"bare QMainWindow (venv Python):  median {bare_ms:.0f} ms over {args.runs} runs")
    print(f"ratio: {ratio:.2f}x (target <= {TARGET_RATIO:.0f}x)")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
