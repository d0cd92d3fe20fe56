"""Shared pieces of the benchmarks: cached demo databases, percentiles, the machine."""

from __future__ import annotations

import os
import platform
import statistics
from datetime import datetime
from pathlib import Path

from serre_desk.clock import VENUE_TZ
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.demo import generate_demo
from serre_desk.services.startup import Location, open_database
from serre_desk.storage.database import Database

# SERRE_DESK_BENCH_CACHE: another folder for the built databases (shared by several checkouts).
CACHE = Path(os.environ.get("SERRE_DESK_BENCH_CACHE") or Path(__file__).resolve().parent / ".cache")
# A Wednesday morning, as in the tests: the demo history ends here.
BENCH_NOW = datetime(2026, 11, 25, 10, 30, tzinfo=VENUE_TZ)


def demo_database(name: str, *, people: int, days: int, visits_per_day: int) -> Database:
    """A database with a demo history, built once and reused from bench/.cache/NAME/."""
    location = Location(CACHE / name)
    ready = location.data_dir / "built"
    if not ready.exists():
        if location.data_dir.exists():
            for leftover in location.data_dir.glob("serre-desk.db*"):
                leftover.unlink()
        db = open_database(location)
        print(f"building {name}: {people:,} people, {days} days × {visits_per_day:,} visits…")
        generate_demo(
            db,
            LOCAL_ADMIN,
            now=BENCH_NOW,
            days=days,
            people=people,
            seed=7,
            visits_per_day=visits_per_day,
        )
        ready.touch()
        return db
    return open_database(location)


LARGE_DIR = CACHE / "large"


def large_database() -> Database:
    """100,000 people and about 1,000,000 visits (in `LARGE_DIR`)."""
    return demo_database(LARGE_DIR.name, people=100_000, days=365, visits_per_day=3_800)


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def describe(samples: list[float]) -> str:
    return (
        f"p50 {percentile(samples, 0.50):7.3f} ms   p95 {percentile(samples, 0.95):7.3f} ms"
        f"   mean {statistics.fmean(samples):7.3f} ms   n={len(samples)}"
    )


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    system = f"{platform.system()} {platform.release()}"
    return f"{system}, {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"
