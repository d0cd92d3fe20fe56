"""Several desks on one PostgreSQL server: scan latency, throughput and propagation.

Starts a throwaway PostgreSQL server (or uses `--url`), fills a database with a demo history, then
in the same run:

1. one desk process alone scans 500 badges' holders (each scan is the service a badge scan runs:
   `visits.toggle`, here a check-in), while an observer desk listens;
2. four desk processes scan 500 each at once (different people, one area: they contend for the
   area's lock and the audit chain's head), with the same observer.

It prints each phase's p50/p95 scan latency and throughput, and the time from a check-in
returning at one desk to the observer desk having read it on its screen's data (the live hint
arrives, the observer reads its snapshot as the refresher does, and the person is in it).
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
from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN, Actor, Role
from serre_desk.services.audit_key import KEY_FILE_ENV
from serre_desk.services.demo import generate_demo
from serre_desk.services.desk_state import read_snapshot
from serre_desk.services.live_hints import Hint, HintListener
from serre_desk.services.people import search_people
from serre_desk.services.startup import Location, open_database
from serre_desk.services.venue import set_area
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
    """A demo database; the adults outside who will be scanned in."""
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


def desk(
    url: str,
    data: str,
    name: str,
    people: list[int],
    pause: float,
    start: Any,
    scanned: Any,
    results: Any,
) -> None:
    """One desk process: waits for the start, scans its people in (`pause` seconds apart),
    reports each latency."""
    db = open_database(Location(Path(data) / name, url))
    actor = Actor(name, Role.STAFF, desk=name)
    toggle(db, actor, people[0], now=utcnow)  # connect and warm up: not measured
    start.wait()
    samples = []
    for person_id in people[1:]:
        began = time.perf_counter()
        toggle(db, actor, person_id, now=utcnow)
        samples.append((time.perf_counter() - began) * 1000)
        scanned.put((person_id, time.time()))
        if pause:
            time.sleep(pause)
    results.put((name, samples, time.time()))
    db.dispose()


def observer(url: str, data: str, ready: Any, seen_out: Any, stop: Any) -> None:
    """The other desk: each live hint makes it read its snapshot (as the refresher does); a
    person is on its screen once a snapshot after the hint holds them."""
    db = open_database(Location(Path(data) / "observer", url))
    hints: queue.Queue[Hint] = queue.Queue()
    listener = HintListener(url, hints.put)
    listener.start()
    listener.listening.wait(10)
    ready.set()
    seen: dict[int, float] = {}
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
        for person_id in wanted & inside:
            seen.setdefault(person_id, at)
    listener.stop()
    seen_out.put(seen)
    db.dispose()


def phase(
    url: str, data: Path, label: str, groups: list[list[int]], pause: float
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
            args=(url, str(data), f"{label}-{n}", people, pause, start, scanned, results),
        )
        for n, people in enumerate(groups)
    ]
    for process in desks:
        process.start()
    time.sleep(3)  # every desk connected and warmed up
    began = time.time()
    start.set()
    latencies: list[float] = []
    ended = began
    for _ in desks:
        _name, samples, finished = results.get(timeout=600)
        latencies += samples
        ended = max(ended, finished)
    committed: dict[int, float] = {}
    while len(committed) < len(latencies):
        person_id, at = scanned.get(timeout=60)
        committed[person_id] = at
    time.sleep(1.5)  # the last hints reach the observer
    stop.set()
    seen: dict[int, float] = seen_out.get(timeout=60)
    for process in [*desks, watcher]:
        process.join(60)
    missing = [p for p in committed if p not in seen]
    if missing:
        print(f"  {label}: {len(missing)} check-ins never seen by the observer")
    propagation = [(seen[p] - at) * 1000 for p, at in committed.items() if p in seen]
    return latencies, len(latencies) / (ended - began), propagation


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
            per = args.scans + 1  # +1: each desk's warm-up scan
            people = prepare(url, data, per * (args.desks + 1))
            pause = args.pause_ms / 1000
            alone = phase(url, data, "alone", [people[:per]], pause)
            rest = people[per:]
            together = phase(
                url,
                data,
                "together",
                [rest[n * per : (n + 1) * per] for n in range(args.desks)],
                pause,
            )
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
