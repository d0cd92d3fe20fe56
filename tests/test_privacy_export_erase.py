"""A person's data: exported whole (JSON and a readable PDF), erased on request to nothing but
anonymous counts; both manager-only and audited."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from serre_desk.domain.errors import Refusal
from serre_desk.domain.people import PersonKind
from serre_desk.render.privacy_export import export_person
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.audit import AuditFilter, list_events, verify
from serre_desk.services.badges import issue_badge
from serre_desk.services.people import search_people
from serre_desk.services.privacy import erase_person, set_legal_hold
from serre_desk.services.visits import check_in
from serre_desk.storage.database import Database
from tests.conftest import MORNING, CliRunner
from tests.privacy_helpers import child, traces, visit_count, visitor

PARENT = ("Søren Øberg-Nguyễn", "soren@example.org", "Studio Verde", "+39 051 555 0101")


@pytest.fixture
def family(db: Database) -> tuple[int, int]:
    name, email, org, phone = PARENT
    parent = visitor(
        db,
        name,
        PersonKind.MEMBER,
        email=email,
        organisation=org,
        phone=phone,
        membership_ends=date(2027, 6, 30),
    )
    visitor(db, "Søren Bianchi", PersonKind.MEMBER, at=MORNING + timedelta(days=1), stay=None)
    issue_badge(db, LOCAL_ADMIN, parent, now=MORNING)
    kid = child(
        db,
        "Mei Øberg",
        parent,
        notes="celiachia",
        birth=date(2021, 3, 9),
        visit_at=MORNING + timedelta(hours=1),
    )
    return parent, kid


def test_the_json_export_holds_everything_about_the_person(
    db: Database, family: tuple[int, int], tmp_path: Path
) -> None:
    parent, kid = family
    out = export_person(db, LOCAL_ADMIN, parent, tmp_path / "parent.json", now=MORNING)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (
        data["person"]["name"],
        data["person"]["email"],
        data["person"]["organisation"],
        data["person"]["phone"],
        data["person"]["membership_ends"],
    ) == (*PARENT, "2027-06-30")
    assert [(v["area"], v["checked_in_at"], v["checked_out_at"]) for v in data["visits"]] == [
        ("coworking", "2026-11-25T09:00:00+01:00", "2026-11-25T12:00:00+01:00")
    ]
    assert data["children"] == [
        {"id": kid, "name": "Mei Øberg", "authorised": True, "only_on": None}
    ]
    handled = data["children_brought_or_collected"]
    assert [(h["child"]["name"], h["brought"], h["collected"]) for h in handled] == [
        ("Mei Øberg", True, True)
    ]
    assert len(data["badges"]) == 1 and data["badges"][0]["revoked_at"] is None
    assert [a["action"] for a in data["audit"]] == [
        "person_add",
        "check_in",
        "check_out",
        "badge_issue",
    ]
    kid_data = export_person(db, LOCAL_ADMIN, kid, tmp_path / "kid.json", now=MORNING)
    kid_json = json.loads(kid_data.read_text(encoding="utf-8"))
    assert kid_json["person"]["health_notes"] == "celiachia"
    assert kid_json["person"]["birth_date"] == "2021-03-09"
    assert kid_json["guardians"][0]["name"] == PARENT[0]
    exports = list_events(db, LOCAL_ADMIN, AuditFilter(action="privacy_export"))
    assert [e.subject_id for e in exports] == [parent, kid]


def test_the_pdf_export_is_readable(db: Database, family: tuple[int, int], tmp_path: Path) -> None:
    _, kid = family
    out = export_person(db, LOCAL_ADMIN, kid, tmp_path / "kid.pdf", now=MORNING, lang="en")
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    for expected in (
        "Personal data held by Serre Desk",
        "Mei Øberg",
        "celiachia",
        "2021-03-09",
        PARENT[0],
        "kids",
        "2026-11-25 10:00",
    ):
        assert expected in text, expected


def test_an_export_needs_a_json_or_pdf_file(
    db: Database, family: tuple[int, int], tmp_path: Path
) -> None:
    with pytest.raises(Refusal) as refused:
        export_person(db, LOCAL_ADMIN, family[0], tmp_path / "p.txt", now=MORNING)
    assert refused.value.code == "bad_export_format"


def test_erasing_leaves_only_anonymous_counts(db: Database, family: tuple[int, int]) -> None:
    parent, kid = family
    visits = visit_count(db)
    erase_person(db, LOCAL_ADMIN, parent, now=MORNING + timedelta(days=2), reason="asked by email")
    assert traces(db, *PARENT) == []
    assert visit_count(db) == visits
    assert [p.name for p in search_people(db, "soren")] == ["Søren Bianchi"]
    erased = list_events(db, LOCAL_ADMIN, AuditFilter(action="privacy_erase"))
    assert [(e.subject_id, e.reason) for e in erased] == [(parent, "asked by email")]
    assert verify(db).whole
    erase_person(db, LOCAL_ADMIN, kid, now=MORNING + timedelta(days=2))
    assert traces(db, "Mei Øberg", "celiachia") == []


def test_erasing_is_refused_under_legal_hold_and_while_inside(
    db: Database, family: tuple[int, int]
) -> None:
    parent, _ = family
    set_legal_hold(db, LOCAL_ADMIN, parent, True, now=MORNING, reason="court order")
    with pytest.raises(Refusal) as held:
        erase_person(db, LOCAL_ADMIN, parent, now=MORNING + timedelta(days=2))
    assert held.value.code == "legal_hold"
    set_legal_hold(db, LOCAL_ADMIN, parent, False, now=MORNING, reason="lifted")
    check_in(db, LOCAL_ADMIN, parent, now=MORNING + timedelta(days=2))
    with pytest.raises(Refusal) as inside:
        erase_person(db, LOCAL_ADMIN, parent, now=MORNING + timedelta(days=2, hours=1))
    assert inside.value.code == "erase_inside"
    assert traces(db, PARENT[0])


def test_erase_and_export_commands(
    db: Database, family: tuple[int, int], cli: CliRunner, tmp_path: Path
) -> None:
    parent, _ = family
    out = tmp_path / "export.pdf"
    exported = cli("privacy", "export", str(parent), "--out", str(out), "--json")
    assert exported.returncode == 0, exported.stderr
    assert out.read_bytes().startswith(b"%PDF")
    erased = cli("privacy", "erase", str(parent), "--json", now=MORNING + timedelta(days=3))
    assert erased.returncode == 0 and '"erased": true' in erased.stdout
    again = cli("privacy", "erase", str(parent), "--lang", "en")
    assert again.returncode == 1 and f"id {parent}" in again.stderr
