"""How long the daily attendance sheet of a 1,000-visit day takes (target: ≤ 1 s, and ≤ 4× the
same rows in a bare reportlab table).

Run: .venv/bin/python bench/report_render.py

The sheet is timed end to end — read the day from the database, summary, charts, tables with
names in several scripts, page X of Y — against a baseline timed in the same run: the same
1,000 rows (name, kind, organisation, in, out, duration) as plain strings in a reportlab `Table`
inside a `SimpleDocTemplate` with default styles and no charts. Both write a real file; the best
of several runs is reported — CPU time (what the machine's other work cannot inflate) and wall
time — after one warm-up run each (fonts registered, modules imported). The pass/fail line uses
CPU time.
"""

from __future__ import annotations

import random
import sys
import tempfile
from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path
from time import perf_counter, process_time

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from bench.common import BENCH_NOW, CACHE, machine
from serre_desk.clock import local_instant, to_local
from serre_desk.domain.names import search_key
from serre_desk.render.daily_sheet import render_daily_sheet
from serre_desk.render.fonts import FONT, register_fonts
from serre_desk.render.words import duration
from serre_desk.services.demo import FIRST, LAST, ORGS
from serre_desk.services.reports import day_sheet
from serre_desk.services.startup import Location, open_database
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, Person, Visit

VISITS = 1_000
RUNS = 5
TARGET_SECONDS = 1.0
TARGET_RATIO = 4.0
DAY = date(2026, 11, 24)
SCRIPTS = ("李小龍", "محمد الأحمد", "김민준", "Ανδρέας Παπαδόπουλος", "שרה כהן")


def busy_day_database() -> Database:
    """One day with exactly 1,000 visits (adults in coworking, children and educators in the
    kids' space, a few forgotten check-outs), built once into bench/.cache/report-1000/."""
    location = Location(CACHE / "report-1000")
    ready = location.data_dir / "built"
    db = open_database(location)
    if ready.exists():
        return db
    rng = random.Random(11)
    with db.write() as session:
        areas = {a.key: a.id for a in session.scalars(select(Area))}
        for number in range(VISITS):
            child = number % 10 == 0
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if number % 50 == 7:
                name = f"{SCRIPTS[number % len(SCRIPTS)]} {name}"
            person = Person(
                name=name,
                search_key=search_key(name),
                kind="child" if child else rng.choice(("member", "guest")),
                organisation=None if child else rng.choice(ORGS),
                created_at=BENCH_NOW,
            )
            session.add(person)
            session.flush()
            start = local_instant(DAY, _clock(8 * 60 + rng.randint(0, 600)))
            stay = timedelta(minutes=rng.randint(20, 300))
            session.add(
                Visit(
                    person_id=person.id,
                    area_id=areas["kids" if child else "coworking"],
                    checked_in_at=start,
                    checked_out_at=start + stay,
                    in_by="anna",
                    out_by="anna",
                    auto_closed=number % 97 == 0,
                )
            )
    ready.touch()
    return db


def _clock(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


def bare_rows(db: Database) -> list[list[str]]:
    """The same visits as plain strings: what the bare table prints."""
    sheet = day_sheet(db, DAY, now=BENCH_NOW)
    rows = [["Name", "Kind", "Organisation", "In", "Out", "Duration"]]
    for area in sheet.areas:
        for v in area.visits:
            end = to_local(v.end).strftime("%H:%M") if v.end else ""
            rows.append(
                [
                    v.person.name,
                    v.person.kind.value,
                    v.person.organisation or "",
                    to_local(v.start).strftime("%H:%M"),
                    end,
                    duration(v.minutes),
                ]
            )
    return rows


def bare_table(rows: list[list[str]], out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    SimpleDocTemplate(str(out), pagesize=A4).build([Table(rows, repeatRows=1)])


def best_of(action: Callable[[], object]) -> tuple[float, float]:
    """The best CPU time and the best wall-clock time of RUNS runs, after a warm-up."""
    action()
    cpu, wall = [], []
    for _ in range(RUNS):
        started_cpu, started_wall = process_time(), perf_counter()
        action()
        cpu.append(process_time() - started_cpu)
        wall.append(perf_counter() - started_wall)
    return min(cpu), min(wall)


def _accelerated() -> bool:
    try:
        import _rl_accel  # noqa: F401 - reportlab's optional C accelerator (reportlab[accel])
    except ImportError:
        return False
    return True


def main() -> int:
    db = busy_day_database()
    register_fonts()
    rows = bare_rows(db)
    assert len(rows) == VISITS + 1, len(rows)
    folder = Path(tempfile.mkdtemp(prefix="report-bench-"))
    sheet_pdf, bare_pdf = folder / "sheet.pdf", folder / "bare.pdf"
    sheet, sheet_wall = best_of(
        lambda: render_daily_sheet(db, DAY, sheet_pdf, now=BENCH_NOW, lang="it")
    )
    bare, bare_wall = best_of(lambda: bare_table(rows, bare_pdf))
    from pypdf import PdfReader

    ratio = sheet / bare
    print(f"machine: {machine()}; reportlab C accelerator: {_accelerated()}")
    print(f"{VISITS} visits on {DAY.isoformat()}; best of {RUNS} runs after a warm-up")
    print(
        f"daily sheet (database → PDF, {FONT}): {sheet:.3f} s CPU, {sheet_wall:.3f} s wall, "
        f"{len(PdfReader(sheet_pdf).pages)} pages"
    )
    print(
        f"bare Table in SimpleDocTemplate:    {bare:.3f} s CPU, {bare_wall:.3f} s wall, "
        f"{len(PdfReader(bare_pdf).pages)} pages"
    )
    print(f"ratio (CPU): {ratio:.2f}×  (targets: ≤ {TARGET_SECONDS:.0f} s, ≤ {TARGET_RATIO:.0f}×)")
    ok = sheet <= TARGET_SECONDS and ratio <= TARGET_RATIO
    print("OK" if ok else "OVER TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
