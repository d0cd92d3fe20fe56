"""As-you-type search over 100,000 people: the time of each keystroke's search, as the desk runs it.

    .venv/bin/python bench/search_latency.py [--data-dir DIR]

Without --data-dir it uses the benchmarks' database of 100,000 people (`bench/.cache/large`, built
once by `bench/common.py`). Names of people in the database, and some that match nobody, are
typed one character at a time; each prefix is searched with the desk's result limit. Prints the
median, the 95th percentile and the worst keystroke; target: p95 <= 15 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.common import large_database  # noqa: E402
from serre_desk.services.people import search_people  # noqa: E402
from serre_desk.services.startup import Location, open_database  # noqa: E402
from serre_desk.ui.controllers.search import RESULT_LIMIT  # noqa: E402

TARGET_MS = 15.0
MISSES = ["xyzzy", "qwerty uiop", "Žofia Ñandú", "zzz"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--names", type=int, default=40, help="names typed (default 40)")
    args = parser.parse_args()
    db = open_database(Location(args.data_dir)) if args.data_dir else large_database()
    started = time.perf_counter()
    search_people(db, "", limit=1)
    print(f"search index loaded in {(time.perf_counter() - started) * 1000:.0f} ms")
    rng = random.Random(7)
    letters = "abcdefghilmnoprstuvz"
    names = [row.name for letter in letters for row in search_people(db, letter, limit=40)]
    typed = [*rng.sample(names, args.names), *MISSES]
    timings: list[float] = []
    for name in typed:
        for end in range(1, len(name) + 1):
            started = time.perf_counter()
            search_people(db, name[:end], limit=RESULT_LIMIT)
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95)]
    print(
        f"{len(timings)} keystrokes: median {statistics.median(timings):.2f} ms, "
        f"p95 {p95:.2f} ms, worst {timings[-1]:.2f} ms (target p95 <= {TARGET_MS:.0f} ms)"
    )
    db.dispose()
    return 0 if p95 <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
