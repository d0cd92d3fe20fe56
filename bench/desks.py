"""Several desks on one PostgreSQL server: scan latency, throughput and propagation.

Starts a throwaway PostgreSQL server (or uses `--url`), fills a database with a demo history, then
in the same run:

1. one desk process alone makes 500 scans (each is the service a badge scan runs, `visits.toggle`:
   25 people scanned round and round, in and then out, so the venue holds a venue's worth of
   people), while an observer desk listens;
2. four desk processes make 500 scans each at once (each its own 25 people, one area: they
   contend for the area's lock and the audit chain's head), with the same observer.

It prints each phase's p50/p95 scan latency and throughput, and the time from a scan returning
at one desk to the observer desk having it in its screen's data (the live hint arrives, the
observer reads its snapshot as the refresher does, and the person is in it, or gone from it).
Targets: the 4-desk p95 ≤ 2× the lone desk's; propagation p95 ≤ 1 s.

Run: .venv/bin/python bench/desks.py [--scans 500] [--desks 4] [--pause-ms 0] [--url …]
(`--pause-ms`: a pause between one desk's scans; 0 scans as fast as each desk can, which on a
2-core machine measures the CPU the processes share more than the server.)
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import describe, machine, percentile
from serre_desk.clock import utcnow
from serre_desk.domain.outcomes import CheckedIn
from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN, Actor, Role
from serre_desk.services.areas_admin import set_area
from serre_desk.services.audit_key import KEY_FILE_ENV
from serre_desk.services.demo import generate_demo
from serre_desk.services.desk_state import read_snapshot
from serre_desk.services.live_hints import Hint, HintListener
from serre_desk.services.people import search_people
from serre_desk.services.startup import Location, open_database
from serre_desk.services.visits import toggle

SERVER_SCRIPT = str(Path(__file__).resolve().parent.parent / "scripts" / "postgres-for-tests.sh")


def start_server(work: Path) -> str:
    started = subprocess.run(
        [SERVER_SCRIPT, "start", str(work)], check=True, capture_output=True, text=True
    )
    return started.stdout.strip().split("=", 1)[1]


def stop_server(work: Path) -> None:
    subprocess.run([SERVER_SCRIPT, "stop", str(work)], check=False)


def prepare(url: str, data: Path, people_needed: int) -> list[int]:
    """A demo database; the adults outside who will be scanned."""
    db = open_database(Location(data / "setup", url))
    try:
        generate_demo(db, LOCAL_ADMIN, now=utcnow(), days=3, people=people_needed + 600, seed=3)
        set_area(db, LOCAL_ADMIN, "coworking", now=utcnow(), capacity=10_000)
        adults = [
            row.id
            for row in search_people(db, "")
            if row.kind in (PersonKind.MEMBER, PersonKind.GUEST) and row.inside_area is None
        ]
    finally:
        db.dispose()
    if len(adults) < people_needed:
        raise SystemExit(f"only {len(adults)} adults outside, {people_needed} needed")
    return adults[:people_needed]


POOL = 25  # the people one desk scans in and out, over and over: "inside" stays venue-sized


def desk(
    url: str,
    data: str,
    name: str,
    people: list[int],
    scans: int,
    pause: float,
    start: Any,
    scanned: Any,
    results: Any,
) -> None:
    """One desk process: waits for the start, then scans its pool of people round and round
    (in, then out on the next round), `pause` seconds apart; reports each latency and, for
    each scan, when it returned and whether the person is now inside."""
    db = open_database(Location(Path(data) / name, url))
    actor = Actor(name, Role.STAFF, desk=name)
    for _ in range(2):  # connect and warm up (in and out again): not measured
        toggle(db, actor, people[0], now=utcnow)
    start.wait()
    samples, done = [], []
    for index in range(scans):
        person_id = people[index % len(people)]
        began = time.perf_counter()
        outcome = toggle(db, actor, person_id, now=utcnow)
        samples.append((time.perf_counter() - began) * 1000)
        done.append((person_id, time.time(), isinstance(outcome, CheckedIn)))
        if pause:
            time.sleep(pause)
    scanned.put(done)
    results.put((name, samples, time.time()))
    db.dispose()


Seen = list[tuple[int, float, bool]]  # (person, when the snapshot was read, inside in it)


def observer(url: str, data: str, ready: Any, seen_out: Any, stop: Any) -> None:
    """The other desk: each live hint makes it read its snapshot (as the refresher does: one
    read at a time, hints meanwhile served by the next); what it shows of each hinted person."""
    db = open_database(Location(Path(data) / "observer", url))
    hints: queue.Queue[Hint] = queue.Queue()
    listener = HintListener(url, hints.put)
    listener.start()
    listener.listening.wait(10)
    ready.set()
    seen: Seen = []
    while not stop.is_set():
        try:
            pending = [hints.get(timeout=0.2)]
        except queue.Empty:
            continue
        while not hints.empty():
            pending.append(hints.get_nowait())
        wanted = {h.subject_id for h in pending if h.topic == "visits" and h.subject_id}
        snapshot = read_snapshot(db, now=utcnow())
        at = time.time()
        inside = {row.id for row in snapshot.inside}
        seen += [(person_id, at, person_id in inside) for person_id in wanted]
    listener.stop()
    seen_out.put(seen)
    db.dispose()


def propagation(done: Seen, seen: Seen) -> tuple[list[float], int]:
    """For each scan, the time until the observer first showed its outcome (ms), and how many
    scans it never showed."""
    shown: dict[int, list[tuple[float, bool]]] = {}
    for person_id, at, inside in sorted(seen, key=lambda s: s[1]):
        shown.setdefault(person_id, []).append((at, inside))
    delays, missed = [], 0
    for person_id, returned, inside in done:
        # The hint can beat the scan's own return to its desk: allow a little before.
        first = next(
            (
                at
                for at, state in shown.get(person_id, [])
                if at >= returned - 0.05 and state == inside
            ),
            None,
        )
        if first is None:
            missed += 1
        else:
            delays.append(max(0.0, first - returned) * 1000)
    return delays, missed


def phase(
    url: str, data: Path, label: str, groups: list[list[int]], scans: int, pause: float
) -> tuple[list[float], float, list[float]]:
    """Run one desk per group at once; latencies, throughput (scans/s), propagation (ms)."""
    ctx = mp.get_context("spawn")
    start, ready, stop = ctx.Event(), ctx.Event(), ctx.Event()
    scanned, results, seen_out = ctx.Queue(), ctx.Queue(), ctx.Queue()
    watcher = ctx.Process(target=observer, args=(url, str(data), ready, seen_out, stop))
    watcher.start()
    ready.wait(30)
    desks = [
        ctx.Process(
            target=desk,
            args=(url, str(data), f"{label}-{n}", people, scans, pause, start, scanned, results),
        )
        for n, people in enumerate(groups)
    ]
    for process in desks:
        process.start()
    time.sleep(3)  # every desk connected and warmed up
    began = time.time()
    start.set()
    latencies: list[float] = []
    done: Seen = []
    ended = began
    for _ in desks:
        _name, samples, finished = results.get(timeout=600)
        latencies += samples
        ended = max(ended, finished)
        done += scanned.get(timeout=60)
    time.sleep(1.5)  # the last hints reach the observer
    stop.set()
    seen: Seen = seen_out.get(timeout=60)
    for process in [*desks, watcher]:
        process.join(60)
    delays, missed = propagation(done, seen)
    if missed:
        print(f"  {label}: {missed} scans never shown by the observer")
    return latencies, len(latencies) / (ended - began), delays


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scans", type=int, default=500, help="scans per desk")
    parser.add_argument("--desks", type=int, default=4)
    parser.add_argument("--url", help="a PostgreSQL server to create the database on")
    parser.add_argument(
        "--pause-ms",
        type=float,
        default=0,
        help="pause between a desk's scans (default 0: as fast as it can; 500 is a peak queue)",
    )
    args = parser.parse_args()
    print(machine())
    with tempfile.TemporaryDirectory(prefix="serre-desk-bench-") as folder:
        data = Path(folder)
        server_dir = Path(tempfile.mkdtemp(prefix="serre-desk-bench-pg."))
        server = args.url or start_server(server_dir)
        try:
            import psycopg

            name = f"bench_desks_{os.getpid()}"
            admin = server.replace("postgresql+psycopg://", "postgresql://")
            with psycopg.connect(admin + "/postgres", autocommit=True) as connection:
                connection.execute(f'CREATE DATABASE "{name}"')
            url = f"{server}/{name}"
            os.environ[KEY_FILE_ENV] = str(data / "audit.key")  # every desk has the venue's key
            people = prepare(url, data, POOL * (args.desks + 1))
            pools = [people[n * POOL : (n + 1) * POOL] for n in range(args.desks + 1)]
            pause = args.pause_ms / 1000
            alone = phase(url, data, "alone", pools[:1], args.scans, pause)
            together = phase(url, data, "together", pools[1:], args.scans, pause)
        finally:
            if not args.url:
                stop_server(server_dir)
    report(alone, together, args.desks)


def report(
    alone: tuple[list[float], float, list[float]],
    together: tuple[list[float], float, list[float]],
    desks: int,
) -> None:
    (lone, lone_rate, lone_seen), (many, many_rate, many_seen) = alone, together
    print(f"scan, 1 desk alone        {describe(lone)}   {lone_rate:.0f} scans/s")
    print(f"scan, {desks} desks at once    {describe(many)}   {many_rate:.0f} scans/s")
    ratio = percentile(many, 0.95) / percentile(lone, 0.95)
    print(f"p95 {desks} desks / 1 desk: {ratio:.2f}× (target ≤ 2×)")
    for label, seen in (("1 desk", lone_seen), (f"{desks} desks", many_seen)):
        if seen:
            p95 = percentile(seen, 0.95)
            print(f"propagation ({label}): {describe(seen)}   p95 {p95:.0f} ms (target ≤ 1000)")


if __name__ == "__main__":
    threading.current_thread().name = "bench"
    main()
