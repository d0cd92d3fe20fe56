"""Every audit event reads in words: names instead of ids, an erased person as such, venue times,
in Italian and English, and nothing of the data underneath (no braces, no `snake_case` codes,
no ISO times in UTC)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest

from serre_desk.domain.audit_actions import ACTION_LABELS
from serre_desk.domain.audit_details import Names, describe, people_in

AT = datetime(2026, 11, 25, 16, 10, tzinfo=UTC)  # 17:10 in Bologna
NAMES = {
    "it": Names({7: "Giulia Bianchi", 8: "Marco Bianchi", 9: "Tommaso Bianchi", 12: None}, {}),
    "en": Names({7: "Giulia Bianchi", 8: "Marco Bianchi", 9: "Tommaso Bianchi", 12: None}, {}),
}
AREAS = {"coworking": "Coworking", "kids": "Spazio bimbi"}

# A realistic detail for every action, as the services record it.
SAMPLES: dict[str, dict[str, Any]] = {
    "area_set": {"area": "coworking", "name": "Coworking", "capacity": 40},
    "audit_pruned": {
        "through_id": 120,
        "last_hash": "ab" * 32,
        "count": 120,
        "removed_total": 340,
        "cutoff": "2025-11-24T23:00:00+00:00",
    },
    "audit_redacted": {"events": [[3, "cd" * 32], [9, "ef" * 32]]},
    "auto_close": {"area": "coworking", "time": "2026-11-25T18:00:00+00:00", "visit": 31},
    "badge_issue": {"badge": 4, "kind": "guest", "valid_until": "2026-11-25T23:00:00+00:00"},
    "badge_revoke": {"badge": 3, "replaced_by": 4},
    "check_in": {
        "area": "coworking",
        "time": "2026-11-25T08:00:00+00:00",
        "visit": 30,
        "moved_from": "kids",
        "corrected": True,
        "override": True,
        "capacity": 20,
        "correction": True,
        "real_at": "2026-11-25T16:05:00+00:00",
    },
    "check_out": {
        "area": "kids",
        "time": "2026-11-25T15:30:00+00:00",
        "visit": 32,
        "corrected": False,
        "collected_by": 7,
        "pickup": "code",
    },
    "child_data_removed": {"guardian_links": 2},
    "close_day": {"day": "2026-11-25", "auto_closed": 3, "children_inside": [9]},
    "closed_day": {"day": "2026-12-25", "closed": True},
    "demo_data": {"people": 120, "badges": 118, "days": 30, "seed": 7},
    "plan": {"what": "entries_added", "plan": "Carnet 10", "entries": 5},
    "guardian_add": {"adult": 8, "authorised": True, "only_on": "2026-11-26"},
    "guardian_remove": {"adult": 12},
    "hours_set": {"weekday": "mon", "opens": "08:30", "closes": "19:00"},
    "import_people": {"added": 3, "updated": 1, "refused": 0, "dry_run": False},
    "kids_alarm_handled": {"visit": 33},
    "pickup_slip_reprinted": {"visit": 33},
    "legal_hold": {"hold": True},
    "person_add": {
        "kind": "child",
        "guardians": [7, 8],
        "not_authorised": [12],
        "health_notes": True,
        "photo_consent": False,
        "privacy_notice_shown": True,
    },
    "person_anonymised": {"kind": "guest", "guardian_links": 0},
    "person_edit": {"fields": ["phone", "default_area", "privacy_ack_at"], "source": "import"},
    "pickup_refused": {
        "problem": "wrong_code",
        "attempt": 3,
        "limit": 5,
        "adult": 8,
        "visit": 33,
        "area": "kids",
        "real": "2026-11-25T16:09:00+00:00",
    },
    "privacy_erase": {"kind": "member", "guardian_links": 1},
    "privacy_export": {"format": "json"},
    "ratios_set": {"under_12_months": 4, "12_to_36_months": 7, "over_36_months": 10},
    "restore": {"file": "serre-2026-11-24.db", "previous": "prima-del-ripristino.db"},
    "scan_refused": {
        "refusal": "badge_revoked",
        "message": "This badge has been revoked: a new badge replaces it or it was withdrawn.",
        "params": {},
        "locked": True,
    },
    "self_service": {"movement": "check_out", "visit": 30, "area": "coworking", "locked": True},
    "setting": {
        "key": "privacy.retention",
        "guest_days": 30,
        "member_days": 365,
        "child_days": 30,
        "audit_months": 12,
    },
    "sheet_anonymised": {
        "day": "2026-10-20",
        "file": "presenze-2026-10-20.pdf",
        "removed_revisions": 2,
    },
    "sheet_archived": {
        "day": "2026-11-24",
        "file": "presenze-2026-11-24.pdf",
        "revision": 2,
        "anonymised": False,
    },
    "sign_in_failed": {"user": "Bruno", "attempts": 3},
    "undo": {"undone": "check_in", "event": 40, "visit": 30, "area": "coworking"},
    "user_add": {"user": "Bruno", "role": "staff"},
    "user_locked": {"user": "Bruno"},
    "user_deactivated": {"user": "Bruno"},
    "user_passwd": {"user": "Anna"},
    "user_unlock": {"user": "Bruno"},
    "user_reactivated": {"user": "Bruno"},
    "user_recovery_code": {"user": "Anna"},
    "user_recovered": {"user": "Anna"},
    "user_recovery_failed": {},
}
WITHOUT_DETAIL = {
    "kids_alarm_handled",
    "pickup_slip_reprinted",
    "user_recovery_failed",
}  # the reason says it all
LEAKS = re.compile(r"[{}\[\]]|\b\w+_\w+\b|\+00:00|\d{4}-\d\d-\d\dT|None|True|False")


def _names(lang: str) -> Names:
    return Names(NAMES[lang].people, AREAS, lang)


def test_every_action_has_a_sample() -> None:
    assert SAMPLES.keys() == ACTION_LABELS.keys()


@pytest.mark.parametrize("lang", ["it", "en"])
@pytest.mark.parametrize("action", sorted(ACTION_LABELS))
def test_every_action_reads_in_words(action: str, lang: str) -> None:
    text = describe(action, SAMPLES[action], AT, _names(lang))
    assert bool(text) is (action not in WITHOUT_DETAIL), text
    assert not LEAKS.search(text), text


def test_the_words_a_manager_reads_in_italian() -> None:
    names = _names("it")
    check_in = describe("check_in", SAMPLES["check_in"], AT, names)
    assert check_in.split(" · ") == [
        "Coworking",
        "spostamento da Spazio bimbi",
        "Orario corretto: 09:00",
        "Capienza superata: Coworking, 20 posti",
        "Correzione: orario reale 17:05",
    ]
    assert describe("pickup_refused", SAMPLES["pickup_refused"], AT, names) == (
        "Codice di ritiro errato (3 di 5) · Adulto: Marco Bianchi"
    )
    assert describe("scan_refused", SAMPLES["scan_refused"], AT, names) == (
        "Badge revocato · a banco bloccato"
    )
    assert describe("person_add", SAMPLES["person_add"], AT, names) == (
        "Bambino · Può ritirare: Giulia Bianchi, Marco Bianchi"
        " · NON autorizzati al ritiro: persona cancellata"
        " · note sanitarie registrate · informativa privacy mostrata"
    )
    assert describe("auto_close", SAMPLES["auto_close"], AT, names) == (
        "Coworking: uscita automatica alle 19:00"
    )
    assert describe("badge_issue", SAMPLES["badge_issue"], AT, names) == (
        "Pass giornaliero del 25/11/2026"
    )
    assert describe("sign_in_failed", {"user": "Bruno", "attempts": 1}, AT, names) == (
        "Bruno: 1 tentativo fallito di fila"
    )


def test_the_words_a_manager_reads_in_english() -> None:
    names = _names("en")
    assert describe("check_out", SAMPLES["check_out"], AT, names) == (
        "Kids' space · Collected by Giulia Bianchi with the pickup code"
    )
    assert describe("close_day", SAMPLES["close_day"], AT, names) == (
        "Day 25/11/2026 · 3 checked out automatically · Children still inside: Tommaso Bianchi"
    )
    assert describe("guardian_remove", SAMPLES["guardian_remove"], AT, names) == (
        "No longer linked: erased person"
    )
    expired = {
        "refusal": "badge_expired",
        "message": "This day pass has expired: it was valid on {day} only.",
        "params": {"day": "24/11/2026"},
    }
    assert describe("scan_refused", expired, AT, names) == (
        "This day pass has expired: it was valid on 24/11/2026 only."
    )


def test_a_time_on_another_day_carries_its_date() -> None:
    detail = {"area": "coworking", "time": "2026-11-24T08:00:00+00:00", "corrected": True}
    assert "Corrected time: 24/11/2026 09:00" in describe("check_in", detail, AT, _names("en"))


def test_an_event_names_its_subject_and_the_people_in_its_detail() -> None:
    assert people_in(9, SAMPLES["person_add"]) == {7, 8, 9, 12}
    assert people_in(None, SAMPLES["close_day"]) == {9}
    assert people_in(9, SAMPLES["pickup_refused"]) == {8, 9}


def test_an_action_of_a_newer_desk_shows_no_detail() -> None:
    assert describe("made_by_a_newer_desk", {"secret_code": 1}, AT, _names("en")) == ""


def test_a_warned_check_in_says_what_it_warned_about() -> None:
    detail = {"area": "coworking", "time": "2026-11-25T08:00:00+00:00", "warnings": ["plan"]}
    assert describe("check_in", detail, AT, _names("it")) == (
        "Coworking · Avviso dato: piano esaurito, scaduto o senza posti liberi"
    )
    detail["warnings"] = ["plan", "notice"]
    assert describe("check_in", detail, AT, _names("en")) == (
        "Coworking · Warned: plan used up, expired or no seat left,"
        " privacy notice not yet acknowledged"
    )
