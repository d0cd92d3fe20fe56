"""`serre-desk badge` and `serre-desk scan` through the real command line."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.conftest import MORNING, CliRunner

NEXT_DAY = "2026-11-26T09:00:00+01:00"


def _json(result: subprocess.CompletedProcess[str]) -> dict:  # type: ignore[type-arg]
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _refused(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stdout == "" and "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    return line


def test_registration_gives_a_badge_and_a_scan_checks_in_and_out(cli: CliRunner) -> None:
    added = _json(cli("person", "add", "--name", "Niccolò Bianchi", "--kind", "member", "--json"))
    code = added["badge"]
    assert len(code) == 36 and code.isupper()
    scanned_in = _json(cli("scan", code, "--json"))
    assert scanned_in == {
        "action": "check_in",
        "person": {"id": added["id"], "name": "Niccolò Bianchi"},
        "area": "coworking",
        "at": "2026-11-25T09:00:00+01:00",
    }
    scanned_out = _json(cli("scan", code.lower(), "--at", "2026-11-25T17:30:00+01:00", "--json"))
    assert scanned_out["action"] == "check_out" and scanned_out["at"] == "2026-11-25T17:30:00+01:00"
    text = cli("scan", code, "--lang", "en")
    assert text.returncode == 0 and text.stdout.startswith("Niccolò Bianchi checked in to")


def test_a_changed_character_is_refused_as_tampered(cli: CliRunner) -> None:
    code = _json(cli("person", "add", "--name", "Anna", "--json"))["badge"]
    changed = code[:10] + ("B" if code[10] == "A" else "A") + code[11:]
    assert "tampered" in _refused(cli("scan", changed, "--lang", "en"))
    assert "not a serre badge" in _refused(cli("scan", "1", "--lang", "en")).lower()
    # plain words, not the code's alphabet
    assert _refused(cli("scan", "1")) == (
        "serre-desk: Questo non è un badge delle Serre: scansionalo di nuovo o scrivi il nome "
        "della persona."
    )


def test_reissue_and_revoke(cli: CliRunner) -> None:
    added = _json(cli("person", "add", "--name", "Carla", "--kind", "staff", "--json"))
    person_id = str(added["id"])
    assert _json(cli("badge", person_id, "--json")) == {"badge": added["badge"]}
    reissued = _json(cli("badge", person_id, "--reissue", "--json"))
    assert set(reissued) == {"badge"} and reissued["badge"] != added["badge"]
    assert "revoked" in _refused(cli("scan", added["badge"], "--lang", "en"))
    assert _json(cli("scan", reissued["badge"], "--json"))["action"] == "check_in"
    revoked = cli("badge", person_id, "--revoke")
    assert revoked.returncode == 0, revoked.stderr
    assert "revoked" in _refused(cli("scan", reissued["badge"], "--lang", "en"))
    _refused(cli("badge", person_id, "--revoke"))  # nothing left to revoke


def test_a_day_pass_expires_at_the_end_of_the_day(cli: CliRunner) -> None:
    code = _json(cli("person", "add", "--name", "Ospite", "--kind", "guest", "--json"))["badge"]
    assert "expired" in _refused(cli("scan", code, "--lang", "en", now=NEXT_DAY))
    assert "expired" in _refused(cli("scan", code, "--lang", "en", "--at", NEXT_DAY))
    assert _json(cli("scan", code, "--json", now=MORNING.replace(hour=23)))["action"] == "check_in"


def test_a_badge_of_another_venue_is_refused(cli: CliRunner, tmp_path: Path) -> None:
    other = str(tmp_path / "another-venue")
    foreign = _json(cli("--data-dir", other, "person", "add", "--name", "Ugo", "--json"))["badge"]
    cli("person", "add", "--name", "Ugo", "--json")
    assert "not a badge of this venue" in _refused(cli("scan", foreign, "--lang", "en"))
