"""Check-in, check-out and badge-scan latency through the service layer, against a bare SQLite
commit.

Builds (or reuses) a database with 100,000 people and ~1,000,000 visits and one with ~10,000 visits,
then times ≥1,000 check-ins and check-outs on each, and in the same run the p95 of one bare SQLite
INSERT + COMMIT with the same pragmas. Targets: each operation's p95 ≤ 5 ms and ≤ 10× the bare p95;
the p95 at 1,000,000 visits ≤ 1.5× the p95 at 10,000.

Then, on the large database, ≥1,000 badge scans in and out (`scanning.scan`: the badge lookup,
the decision and the write in one transaction) against the same people scanned the way the desk
did before issue 13, in the same run: the badge lookup in one transaction, the check-in or
check-out in another. Target: the scan no slower than that.

Run: .venv/bin/python bench/scan_latency.py
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import BENCH_NOW, demo_database, describe, large_database, machine, percentile
from serre_desk.domain.outcomes import CheckedIn, CheckedOut
from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.areas_admin import set_area
from serre_desk.services.badges import issue_badge
from serre_desk.services.people import search_people
from serre_desk.services.scanning import badge_holder, scan
from serre_desk.services.visits import check_in, check_out
from serre_desk.storage.database import SQLITE_PRAGMAS, Database

OPERATIONS = 1_000


def adults_outside(db: Database) -> list[int]:
    """Members and guests who are not inside: each is checked in, then out."""
    adults = [
        row.id
        for row in search_people(db, "")
        if row.kind in (PersonKind.MEMBER, PersonKind.GUEST) and row.inside_area is None
    ]
    return random.Random(5).sample(adults, OPERATIONS)


def time_desk(db: Database, label: str) -> tuple[list[float], list[float]]:
    set_area(db, LOCAL_ADMIN, "coworking", now=BENCH_NOW, capacity=10_000)
    people = adults_outside(db)
    now = BENCH_NOW + timedelta(hours=1)
    ins, outs = [], []
    for person_id in people:
        started = time.perf_counter()
        check_in(db, LOCAL_ADMIN, person_id, "coworking", now=now)
        ins.append((time.perf_counter() - started) * 1000)
    for person_id in people:
        started = time.perf_counter()
        check_out(db, LOCAL_ADMIN, person_id, now=now + timedelta(minutes=1))
        outs.append((time.perf_counter() - started) * 1000)
    print(f"{label:<22} check-in   {describe(ins)}")
    print(f"{label:<22} check-out  {describe(outs)}")
    return ins, outs


def time_scans(db: Database) -> tuple[list[float], list[float]]:
    """Badge scans in and out, and the same moves as two transactions (lookup, then the move)."""
    codes = [issue_badge(db, LOCAL_ADMIN, p, now=BENCH_NOW).code for p in adults_outside(db)]
    now = BENCH_NOW + timedelta(hours=2)
    one, two = [], []
    for minute, expected in ((0, CheckedIn), (1, CheckedOut)):
        for code in codes:
            started = time.perf_counter()
            outcome = scan(db, LOCAL_ADMIN, code, now=now + timedelta(minutes=minute))
            one.append((time.perf_counter() - started) * 1000)
            assert isinstance(outcome, expected), outcome
    for minute, move in ((2, check_in), (3, check_out)):
        for code in codes:
            at = now + timedelta(minutes=minute)
            started = time.perf_counter()
            move(db, LOCAL_ADMIN, badge_holder(db, code, now=at), now=at)
            two.append((time.perf_counter() - started) * 1000)
    print(f"{'1M visits':<22} scan       {describe(one)}")
    print(f"{'1M visits':<22} two tx     {describe(two)}")
    return one, two


def time_bare_commit() -> list[float]:
    with tempfile.TemporaryDirectory() as folder:
        connection = sqlite3.connect(Path(folder) / "bare.db", isolation_level=None)
        for pragma in SQLITE_PRAGMAS:
            connection.execute(pragma)
        connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, person INTEGER, at TEXT)")
        samples = []
        for index in range(OPERATIONS):
            started = time.perf_counter()
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("INSERT INTO t (person, at) VALUES (?, ?)", (index, "2026-11-25"))
            connection.execute("COMMIT")
            samples.append((time.perf_counter() - started) * 1000)
        connection.close()
    print(f"{'bare INSERT + COMMIT':<22}            {describe(samples)}")
    return samples


def main() -> None:
    print(f"machine: {machine()}")
    small = demo_database("small", people=3_000, days=30, visits_per_day=400)
    large = large_database()
    for name, db in (("small", small), ("large", large)):
        with db.read() as session:
            count = session.connection().exec_driver_sql("SELECT count(*) FROM visits").scalar()
        print(f"{name} database: {count:,} visits")
    bare = percentile(time_bare_commit(), 0.95)
    small_in, small_out = time_desk(small, "10k visits")
    large_in, large_out = time_desk(large, "1M visits")
    bare = min(bare, percentile(time_bare_commit(), 0.95))
    for label, small_samples, large_samples in (
        ("check-in", small_in, large_in),
        ("check-out", small_out, large_out),
    ):
        p95 = percentile(large_samples, 0.95)
        growth = p95 / percentile(small_samples, 0.95)
        print(
            f"{label:<10} p95 {p95:.3f} ms (target ≤ 5) = {p95 / bare:.1f}× bare commit "
            f"(target ≤ 10×); 1M vs 10k visits: {growth:.2f}× (target ≤ 1.5×)"
        )
    one, two = time_scans(large)
    scan_p95, two_p95 = percentile(one, 0.95), percentile(two, 0.95)
    print(
        f"scan       p95 {scan_p95:.3f} ms in one transaction vs {two_p95:.3f} ms in two: "
        f"{scan_p95 / two_p95:.2f}× (target ≤ 1×)"
    )


if __name__ == "__main__":
    main()
