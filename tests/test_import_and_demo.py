"""Importing members from a spreadsheet, and the demo history."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import select

from serre_desk.clock import to_local
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.audit import verify
from serre_desk.services.badges import current_badge
from serre_desk.services.demo import generate_demo
from serre_desk.services.occupancy import inside
from serre_desk.services.people import search_people
from serre_desk.services.recent import recent_movements
from serre_desk.services.scanning import scan
from serre_desk.services.startup import Location, open_database
from serre_desk.services.venue import read_opening_hours, set_closed_day
from serre_desk.storage.database import Database
from serre_desk.storage.models import Badge, Person, Visit
from tests.conftest import MORNING, CliRunner
from tests.helpers import settled

ITALIAN_EXCEL = (
    "Nome;Tipo;Azienda;E-mail;Telefono;Scadenza\r\n"
    "Niccolò Bianchi;membro;Studio Verde;niccolo@example.it;+39 333 1234567;31/12/2026\r\n"
    "Sara Neri;educatrice;Kilowatt;sara@example.it;;\r\n"
    ";membro;;;;\r\n"
    "Ospite Strano;ospite;;x@example.it;;\r\n"
    "Bad Mail;membro;;not-an-email;;\r\n"
)


def test_italian_excel_csv_imports_once(tmp_path: Path, cli: CliRunner) -> None:
    sheet = tmp_path / "soci.csv"
    sheet.write_bytes(ITALIAN_EXCEL.encode("cp1252", errors="strict"))
    first = cli("import", "people", str(sheet), "--json")
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert [(r["line"], r["status"]) for r in report["rows"]] == [
        (2, "added"),
        (3, "added"),
        (4, "refused"),
        (5, "refused"),
        (6, "refused"),
    ]
    assert (report["added"], report["refused"]) == (2, 3)
    second = json.loads(cli("import", "people", str(sheet), "--json").stdout)
    assert (second["added"], second["updated"], second["unchanged"]) == (0, 0, 2)
    people = json.loads(cli("person", "list", "--json").stdout)["people"]
    assert sorted((p["name"], p["kind"]) for p in people) == [
        ("Niccolò Bianchi", "member"),
        ("Sara Neri", "staff"),
    ]


def test_an_import_updates_on_email_and_dry_run_changes_nothing(
    tmp_path: Path, cli: CliRunner
) -> None:
    sheet = tmp_path / "members.csv"
    header = "name,email,organisation\n"
    sheet.write_text(header + "Anna Rossi,anna@example.it,Aster\n", encoding="utf-8-sig")
    assert cli("import", "people", str(sheet)).returncode == 0
    sheet.write_text(header + "Anna Rossi,ANNA@example.it,Golinelli\n", encoding="utf-8")
    dry = json.loads(cli("import", "people", str(sheet), "--dry-run", "--json").stdout)
    assert dry["updated"] == 1 and dry["dry_run"]
    listed = cli("person", "list", "--search", "anna").stdout
    assert "Anna Rossi" in listed
    wet = json.loads(cli("import", "people", str(sheet), "--json").stdout)
    assert (wet["added"], wet["updated"]) == (0, 1)


def test_a_missing_file_is_a_clear_refusal(tmp_path: Path, cli: CliRunner) -> None:
    result = cli("import", "people", str(tmp_path / "nope.csv"), "--lang", "en")
    assert result.returncode == 1 and "Cannot read" in result.stderr


def _fingerprint(db: Database) -> list[tuple[str, str]]:
    return [(p.name, p.kind.value) for p in search_people(db, "")]


def test_demo_history_is_realistic_and_deterministic(tmp_path: Path, db: Database) -> None:
    half_past_ten = MORNING.replace(hour=10, minute=30)
    summary = generate_demo(db, LOCAL_ADMIN, now=half_past_ten, days=20, seed=3)
    assert summary.people == 400 and summary.visits > 200
    names = [name for name, _ in _fingerprint(db)]
    assert any(ch in "".join(names) for ch in "òèéëŁøüĐ")
    here = inside(db)
    assert 10 <= len(here) <= 40
    assert len({row.id for row in here}) == len(here)
    twin = open_database(Location(tmp_path / "twin"))
    generate_demo(twin, LOCAL_ADMIN, now=half_past_ten, days=20, seed=3)
    assert _fingerprint(twin) == _fingerprint(db)
    twin.dispose()


def test_demo_keeps_opening_hours_and_closed_days_badges_every_member_and_staff_have_no_company(
    db: Database,
) -> None:
    christmas_week = date(2026, 11, 23)  # a Monday made a closed day
    set_closed_day(db, LOCAL_ADMIN, christmas_week, now=MORNING)
    generate_demo(db, LOCAL_ADMIN, now=MORNING.replace(hour=10, minute=30), days=20, seed=5)
    hours = read_opening_hours(db)
    with db.read() as session:
        visits = session.scalars(select(Visit)).all()
        people = session.scalars(select(Person)).all()
        badged = set(session.scalars(select(Badge.person_id)))
    assert visits
    for visit in visits:
        start = to_local(visit.checked_in_at)
        weekly = hours.weekly[start.weekday()]
        assert weekly is not None and start.date() != christmas_week, start
        assert weekly[0] <= start.time() < weekly[1], start
        if visit.checked_out_at is not None:
            end = to_local(visit.checked_out_at)
            assert end.date() == start.date() and end.time() <= weekly[1], end
    for someone in people:
        if someone.kind in ("member", "staff"):
            assert someone.id in badged, someone.name
        if someone.kind == "staff":
            assert someone.organisation is None, someone.name
    for code in [current_badge(db, p.id, now=MORNING) for p in people if p.kind == "member"][:3]:
        assert code is not None
        assert settled(scan(db, LOCAL_ADMIN, code.code, now=MORNING.replace(hour=11))).person.id


def test_the_demo_morning_is_in_the_recent_movements_and_the_audit_log_is_whole(
    db: Database,
) -> None:
    half_past_ten = MORNING.replace(hour=10, minute=30)
    generate_demo(db, LOCAL_ADMIN, now=half_past_ten, days=20, seed=3)
    lines = recent_movements(db, now=half_past_ten)
    assert lines and all(line.action in ("check_in", "check_out") for line in lines)
    assert all(line.name and line.area_name for line in lines)
    assert [line.at for line in lines] == sorted((line.at for line in lines), reverse=True)
    assert verify(db).whole
