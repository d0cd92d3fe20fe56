"""The monthly usage, from a month of demo data, checked against the database by a count made
here from the visits themselves: the PDF's text (real extraction) and the CSV for Excel."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from serre_desk.clock import VENUE_TZ
from serre_desk.render.usage_report import export_usage_csv, render_usage_report
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.demo import generate_demo
from serre_desk.services.privacy import erase_person
from serre_desk.services.usage import month_usage
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, PersonPlan, Plan, Visit
from tests.report_helpers import squeeze, text

NOW = datetime(2026, 11, 27, 17, 0, tzinfo=VENUE_TZ)
NOVEMBER = date(2026, 11, 1)


def expected_usage(db: Database, first: date, last: date) -> dict[int, tuple[int, int]]:
    """(entries used, days over) per person with a plan of their own, counted here directly:
    distinct local check-in days in adult areas, against each demo plan's simple rule."""
    with db.read() as session:
        plans = {
            pid: (plan, start)
            for pid, plan, start in session.execute(
                select(PersonPlan.person_id, Plan, PersonPlan.starts_on).join(
                    Plan, Plan.id == PersonPlan.plan_id
                )
            )
        }
        check_ins = session.execute(
            select(Visit.person_id, Visit.checked_in_at)
            .join(Area, Area.id == Visit.area_id)
            .where(Area.for_children.is_(False), Visit.undone.is_(False))
        ).all()
    days: dict[int, set[date]] = defaultdict(set)
    for pid, came in check_ins:
        days[pid].add(came.astimezone(VENUE_TZ).date())
    found = {}
    for pid, (plan, start) in plans.items():
        seen = sorted(d for d in days[pid] if start <= d <= last)
        month = [d for d in seen if d >= first]
        if plan.kind == "unlimited":
            found[pid] = (len(month), 0)
        elif plan.kind == "days-per-month":
            found[pid] = (min(len(month), plan.days), max(0, len(month) - plan.days))
        elif plan.kind == "carnet":
            valid = [d for d in seen if d <= start + timedelta(days=plan.valid_days - 1)]
            covered = set(valid[: plan.entries])
            found[pid] = (
                len([d for d in month if d in covered]),
                len(month) - len([d for d in month if d in covered]),
            )
    return found


@pytest.fixture
def demo(any_db: Database) -> Database:
    generate_demo(any_db, LOCAL_ADMIN, now=NOW, days=45, people=120, seed=3)
    return any_db


def test_the_usage_matches_a_count_made_from_the_visits(demo: Database) -> None:
    usage = month_usage(demo, NOVEMBER, now=NOW)
    expected = expected_usage(demo, NOVEMBER, date(2026, 11, 30))
    rows = {p.person_id: p for p in usage.people}
    assert expected and set(expected) <= set(rows)
    assert {pid: (rows[pid].entries_used, rows[pid].days_over) for pid in expected} == expected
    assert usage.over, "the demo has people over their plan"
    assert usage.under, "and people with days left"


def test_the_pdf_says_who_is_over_and_who_is_under(demo: Database, tmp_path: Path) -> None:
    usage = month_usage(demo, NOVEMBER, now=NOW)
    path = render_usage_report(demo, NOVEMBER, tmp_path / "uso.pdf", now=NOW, lang="it")
    pdf = text(path)
    first_page = squeeze(pdf.split("Tutti, questo mese")[0])
    assert "Utilizzodeipiani" in first_page and "novembre2026" in first_page
    assert squeeze(f"Persone oltre il piano {len(usage.over)}") in first_page
    assert squeeze(f"Persone con giorni non usati {len(usage.under)}") in first_page
    over_part = first_page.split("Giorninonusati")[0]
    for person in usage.over:
        assert squeeze(person.name) in over_part
    not_over = [p for p in usage.people if not p.days_over and p.plan and p not in usage.under]
    for person in not_over:
        assert squeeze(person.name) not in over_part
    assert squeeze("Studio Verde") in first_page  # the company's seats
    assert all(squeeze(p.name) in squeeze(pdf) for p in usage.people)


def test_the_csv_opens_in_italian_excel_with_the_agreed_columns(
    demo: Database, tmp_path: Path
) -> None:
    path, count = export_usage_csv(demo, NOVEMBER, tmp_path / "uso.csv", now=NOW, lang="it")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [
        "ID persona",
        "Nome",
        "Organizzazione",
        "Piano",
        "Giorni di presenza",
        "Ore",
        "Ingressi usati",
        "Ingressi rimasti",
        "Giorni oltre il piano",
    ]
    assert len(rows) == count + 1
    usage = {p.person_id: p for p in month_usage(demo, NOVEMBER, now=NOW).people}
    for row in rows[1:]:
        person = usage[int(row[0])]
        assert row[1] == person.name and row[4] == str(person.days_present)
        assert float(row[5].replace(",", ".")) == pytest.approx(person.minutes / 60, abs=0.051)
        assert (int(row[6]), int(row[8])) == (person.entries_used, person.days_over)
    english, _ = export_usage_csv(demo, NOVEMBER, tmp_path / "use.csv", now=NOW, lang="en")
    header = english.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == (
        "Person id;Name;Organisation;Plan;Days present;Hours;Entries used;Entries left;"
        "Days over the plan"
    )


def test_anonymised_guests_appear_only_as_counts(demo: Database, tmp_path: Path) -> None:
    usage = month_usage(demo, NOVEMBER, now=NOW)
    with demo.read() as session:
        inside = set(session.scalars(select(Visit.person_id).where(Visit.checked_out_at.is_(None))))
    guest = next(
        p
        for p in usage.people
        if p.kind.value == "guest" and p.days_present and p.person_id not in inside
    )
    erase_person(demo, LOCAL_ADMIN, guest.person_id, reason="richiesta", now=NOW)
    after = month_usage(demo, NOVEMBER, now=NOW)
    assert guest.person_id not in {p.person_id for p in after.people}
    assert after.anonymous_people == usage.anonymous_people + 1
    assert after.anonymous_days == usage.anonymous_days + guest.days_present
    path = render_usage_report(demo, NOVEMBER, tmp_path / "uso.pdf", now=NOW, lang="it")
    assert squeeze(guest.name) not in squeeze(text(path))
