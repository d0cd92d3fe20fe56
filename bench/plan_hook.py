"""The plan hook's cost on the check-in path: check-ins on the large database with the hook
(`services.plans.admission`) on and off, in the same run, interleaved in blocks so that the
machine's noise falls on both, after a few check-ins in each mode that are not counted (the
process's first ones pay one-off costs: compiling statements, loading the catalogue). Off, the
check-in is as it was before plans: no admission, and the person's query without what the plan
check reads with it (`plans.with_plan_in_force` and `plans.plan_columns`: nulls instead).
Target: the median and p95 with the hook within 10% of without.

Run: SERRE_DESK_BENCH_CACHE=... .venv/bin/python bench/plan_hook.py [--people 1600]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import BENCH_NOW, describe, large_database, machine, percentile
from serre_desk.domain.people import PersonKind
from serre_desk.services import visits
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.areas_admin import set_area
from serre_desk.services.people import search_people
from serre_desk.services.plans import Admission, admission
from serre_desk.services.visits import check_in, check_out
from serre_desk.storage.database import Database

PEOPLE = 1_600
BLOCK = 20  # small blocks, in on-off-off-on order: the disk's and the machine's drift fall on both
WARM_UP = 50  # check-ins per mode first, not counted: the process's first ones pay one-off costs


def _off(*_args: object, **_kwargs: object) -> Admission:
    return Admission("")


_STAY_WITH_PLANS = visits._STAY
_STAY_WITHOUT_PLANS = visits._STAY_PLAIN  # the person's query as before plans


def _check_ins(db: Database, people: list[int], hook: bool, at: datetime) -> list[float]:
    """Check `people` in (timing each, in ms) and out again, with the hook on or off."""
    visits.admission = admission if hook else _off  # type: ignore[assignment]
    visits._STAY = _STAY_WITH_PLANS if hook else _STAY_WITHOUT_PLANS
    times = []
    for person_id in people:
        started = time.perf_counter()
        check_in(db, LOCAL_ADMIN, person_id, "coworking", now=at)
        times.append((time.perf_counter() - started) * 1000)
    for person_id in people:
        check_out(db, LOCAL_ADMIN, person_id, now=at + timedelta(minutes=1))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=PEOPLE, help="check-ins per run")
    count = parser.parse_args().people
    print(f"machine: {machine()}")
    db: Database = large_database()
    set_area(db, LOCAL_ADMIN, "coworking", now=BENCH_NOW, capacity=10_000)
    adults = [
        row.id
        for row in search_people(db, "")
        if row.kind in (PersonKind.MEMBER, PersonKind.GUEST) and row.inside_area is None
    ]
    people = random.Random(11).sample(adults, count + 2 * WARM_UP)
    now = BENCH_NOW + timedelta(hours=1)
    for hook in (True, False):
        start = count + (0 if hook else WARM_UP)
        _check_ins(db, people[start : start + WARM_UP], hook, now - timedelta(minutes=5))
    samples: dict[bool, list[float]] = {True: [], False: []}
    for block in range(0, count, BLOCK):
        hook = (block // BLOCK) % 4 in (0, 3)
        at = now + timedelta(seconds=block)
        samples[hook] += _check_ins(db, people[block : block + BLOCK], hook, at)
    visits.admission = admission  # type: ignore[assignment]
    visits._STAY = _STAY_WITH_PLANS
    on, off = samples[True], samples[False]
    print(f"hook on   check-in  {describe(on)}")
    print(f"hook off  check-in  {describe(off)}")
    for label, share in (("p50", 0.5), ("p95", 0.95)):
        ratio = percentile(on, share) / percentile(off, share)
        print(f"{label}: hook on / off = {ratio:.3f} (target ≤ 1.10)")


if __name__ == "__main__":
    main()
