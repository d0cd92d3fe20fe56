"""Plans in a person's privacy export (their plans, dates and entries added) and in erasure and
retention: the plan rows stay for the monthly usage, with no name and no organisation left."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import func, select

from serre_desk.domain.people import PersonKind
from serre_desk.domain.plans import PlanKind, PlanRules
from serre_desk.render.privacy_export import export_person
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.plans import add_entries, add_plan, set_org_seats, set_person_plan
from serre_desk.services.privacy import erase_person, purge
from serre_desk.services.usage import month_usage
from serre_desk.storage.database import Database
from serre_desk.storage.models import PersonPlan, PlanAdjustment, Visit
from tests.conftest import MORNING
from tests.privacy_helpers import traces, visitor

NOVEMBER = date(2026, 11, 1)


def carnet(db: Database) -> None:
    rules = PlanRules("Carnet 10", PlanKind.CARNET, entries=10, valid_days=60)
    add_plan(db, LOCAL_ADMIN, rules, now=MORNING)


def test_the_export_lists_the_plans_their_dates_and_the_entries_added(
    db: Database, tmp_path: Path
) -> None:
    carnet(db)
    add_plan(db, LOCAL_ADMIN, PlanRules("Illimitato", PlanKind.UNLIMITED), now=MORNING)
    mario = visitor(db, "Mario Rossi", PersonKind.MEMBER)
    set_person_plan(db, LOCAL_ADMIN, mario, "Illimitato", now=MORNING, starts_on=date(2026, 10, 1))
    set_person_plan(db, LOCAL_ADMIN, mario, "Carnet 10", now=MORNING, starts_on=NOVEMBER)
    add_entries(db, LOCAL_ADMIN, mario, 3, "paid cash", now=MORNING)
    out = export_person(db, LOCAL_ADMIN, mario, tmp_path / "mario.json", now=MORNING)
    plans = json.loads(out.read_text(encoding="utf-8"))["plans"]
    assert [(p["plan"], p["kind"], p["starts_on"], p["ends_on"]) for p in plans] == [
        ("Illimitato", "unlimited", "2026-10-01", "2026-10-31"),
        ("Carnet 10", "carnet", "2026-11-01", None),
    ]
    assert plans[1]["expires_on"] == "2026-12-30"
    assert [(a["on"], a["entries"]) for a in plans[1]["entries_added"]] == [("2026-11-25", 3)]
    pdf = export_person(db, LOCAL_ADMIN, mario, tmp_path / "mario.pdf", now=MORNING, lang="en")
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    for expected in ("Plans", "Carnet 10", "2026-12-30", "+3 (2026-11-25)", "Illimitato"):
        assert expected in text, expected


def test_erasure_keeps_the_plan_rows_for_the_usage_and_no_name_or_organisation(
    db: Database,
) -> None:
    carnet(db)
    set_org_seats(db, LOCAL_ADMIN, "Pixel & Co.", 5, now=MORNING)
    mario = visitor(db, "Mario Rossi", PersonKind.MEMBER)
    set_person_plan(db, LOCAL_ADMIN, mario, "Carnet 10", now=MORNING, starts_on=NOVEMBER)
    add_entries(db, LOCAL_ADMIN, mario, 2, "paid cash", now=MORNING)
    # Giulia has no plan of her own: her visit takes one of her company's seats.
    giulia = visitor(
        db, "Giulia Verdi", organisation="Pixel & Co.", at=MORNING + timedelta(hours=1)
    )
    with db.read() as session:
        assert (
            session.scalar(select(Visit.seat_org).where(Visit.person_id == giulia)) == "pixel & co."
        )
    before = month_usage(db, NOVEMBER, now=MORNING + timedelta(days=2))
    assert {row.name for row in before.people} == {"Mario Rossi", "Giulia Verdi"}
    for person_id in (mario, giulia):
        erase_person(db, LOCAL_ADMIN, person_id, now=MORNING + timedelta(days=2), reason="asked")
    assert traces(db, "Mario Rossi", "Giulia Verdi") == []
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(PersonPlan)) == 1
        assert session.scalar(select(func.sum(PlanAdjustment.entries))) == 2
        assert session.scalar(select(func.count(Visit.seat_org))) == 0
    after = month_usage(db, NOVEMBER, now=MORNING + timedelta(days=2))
    assert after.people == [] and after.anonymous_people == 2 and after.anonymous_days == 2


def test_retention_keeps_someone_on_an_open_plan_and_counts_from_a_plan_s_end(
    db: Database,
) -> None:
    carnet(db)
    add_plan(db, LOCAL_ADMIN, PlanRules("Illimitato", PlanKind.UNLIMITED), now=MORNING)
    open_ended = visitor(db, "Ada Neri")
    on_carnet = visitor(db, "Bice Gialli")
    set_person_plan(db, LOCAL_ADMIN, open_ended, "Illimitato", now=MORNING, starts_on=NOVEMBER)
    set_person_plan(db, LOCAL_ADMIN, on_carnet, "Carnet 10", now=MORNING, starts_on=NOVEMBER)
    # guests go 30 days after their last visit; the carnet holds until 30 December
    assert purge(db, LOCAL_ADMIN, now=MORNING + timedelta(days=40)).anonymised == []
    last_day = date(2026, 12, 30)
    assert purge(db, LOCAL_ADMIN, now=MORNING + timedelta(days=65)).anonymised == []
    after = MORNING + (last_day - MORNING.date()) + timedelta(days=31)
    assert purge(db, LOCAL_ADMIN, now=after).anonymised == [on_carnet]
    assert purge(db, LOCAL_ADMIN, now=after + timedelta(days=400)).anonymised == []
    assert open_ended not in purge(db, LOCAL_ADMIN, now=after + timedelta(days=800)).anonymised
