"""Erasure and retention reach every copy: after `privacy erase` (or a purge), nothing under the
data dir names the person any more — not the backups, not the archived sheets (the one already
re-rendered for guest retention included), not a free-text reason, not the logs — and the
audit log still verifies."""

from __future__ import annotations

import json
import subprocess
from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import text

from serre_desk.domain.names import search_key
from serre_desk.domain.people import PersonKind
from serre_desk.storage.database import Database
from tests.conftest import MORNING, CliRunner
from tests.privacy_helpers import visitor

NAME, EMAIL, PHONE = "Zoë Quintavalle", "zoe.quintavalle@example.org", "+39 333 765 4321"


def _url(db: Database) -> str | None:
    return None if db.is_sqlite else db.url


def _ok(result: subprocess.CompletedProcess[str]) -> dict[str, object]:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _file_text(path: Path) -> str:
    """What a file says: a PDF's extracted text (and its bytes), any other file's bytes."""
    data = path.read_bytes().decode("utf-8", errors="replace")
    if path.suffix == ".pdf":
        data += " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return data


def _naming(folder: Path, *texts: str) -> dict[str, list[str]]:
    """Every file under `folder` that still holds one of `texts` (any case, or its search key)."""
    forms = {form.casefold() for t in texts for form in (t, search_key(t)) if form}
    found: dict[str, list[str]] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        content = _file_text(path).casefold()
        hits = [f for f in forms if f in content]
        if hits:
            found[str(path.relative_to(folder))] = hits
    return found


def _history(db: Database, cli: CliRunner) -> int:
    """Three days of visits, a correction whose reason names her, the sheets archived (two of
    them already re-rendered for guest retention) and, on SQLite, a backup."""
    zoe = visitor(
        db, NAME, PersonKind.MEMBER, organisation="Quintavalle Design", email=EMAIL, phone=PHONE
    )
    url = _url(db)
    day1, day2 = MORNING + timedelta(days=1), MORNING + timedelta(days=2)
    _ok(cli("checkin", str(zoe), "--json", now=day1, db_url=url))
    _ok(cli("checkout", str(zoe), "--json", now=day1 + timedelta(hours=4), db_url=url))
    _ok(cli("checkin", str(zoe), "--json", now=day2, db_url=url))
    reason = f"{NAME} forgot to scan on the way out; she called from {PHONE}"
    at = (day2 + timedelta(hours=3)).isoformat()
    late = day2 + timedelta(hours=9)
    _ok(cli("checkout", str(zoe), "--at", at, "--reason", reason, "--json", now=late, db_url=url))
    later = MORNING + timedelta(days=3)
    _ok(cli("privacy", "retention", "--guest-days", "1", "--json", now=later, db_url=url))
    _ok(cli("report", "archive", "--json", now=later, db_url=url))
    if db.is_sqlite:
        _ok(cli("backup", "--json", now=later))
    return zoe


def test_after_an_erasure_no_file_names_the_person(
    any_db: Database, data_dir: Path, cli: CliRunner
) -> None:
    zoe = _history(any_db, cli)
    before = _naming(data_dir, NAME, EMAIL, PHONE)
    assert any(f.endswith(".pdf") for f in before)  # the sheets named her...
    assert any(f.endswith(".db") for f in before) == any_db.is_sqlite  # ...and the backup
    now = MORNING + timedelta(days=3, hours=1)
    erased = _ok(
        cli(
            "privacy",
            "erase",
            str(zoe),
            "--reason",
            f"asked by {NAME} by email",
            "--json",
            now=now,
            db_url=_url(any_db),
        )
    )
    found_after = _naming(data_dir, NAME, EMAIL, PHONE)
    assert found_after == {}
    files = erased["files"]
    assert isinstance(files, dict)
    assert len(files["sheets_written"]) == 3 and len(files["sheets_removed"]) >= 3
    assert all(not Path(p).exists() for p in files["sheets_removed"])
    assert len(files["backups_rewritten"]) == (1 if any_db.is_sqlite else 0)
    assert files["backups_unreadable"] == []
    assert _naming(data_dir, NAME, EMAIL, PHONE) == {}
    with any_db.read() as session:
        reasons = " ".join(str(r) for r in session.scalars(text("SELECT reason FROM audit_events")))
    assert NAME not in reasons and PHONE not in reasons and f"#{zoe} forgot" in reasons
    verified = cli("audit", "verify", "--json", db_url=_url(any_db))
    assert verified.returncode == 0, verified.stderr


def test_the_erasure_report_lists_every_file(db: Database, data_dir: Path, cli: CliRunner) -> None:
    zoe = _history(db, cli)
    result = cli("privacy", "erase", str(zoe), "--lang", "en", now=MORNING + timedelta(days=4))
    assert result.returncode == 0, result.stderr
    for heading in ("Attendance sheets written again:", "Backups rewritten:"):
        assert heading in result.stdout
    listed = {line.strip() for line in result.stdout.splitlines() if line.startswith("  ")}
    sheets = {str(p) for p in (data_dir / "reports").glob("presenze-*.pdf")}
    assert sheets <= listed
    assert {str(p) for p in (data_dir / "backups").glob("*.db")} <= listed


def test_a_purge_re_renders_the_sheets_at_once(
    any_db: Database, data_dir: Path, cli: CliRunner
) -> None:
    """A guest anonymised by retention leaves the sheets in the same run, not at the next
    `report archive`; the same goes for the backups."""
    url = _url(any_db)
    guest = visitor(any_db, NAME, email=EMAIL, phone=PHONE)
    _ok(cli("report", "archive", "--json", now=MORNING + timedelta(days=1), db_url=url))
    if any_db.is_sqlite:
        _ok(cli("backup", "--json", now=MORNING + timedelta(days=1)))
    assert _naming(data_dir, NAME)
    purged = _ok(cli("privacy", "purge", "--json", now=MORNING + timedelta(days=40), db_url=url))
    assert purged["anonymised"] == [guest]
    files = purged["files"]
    assert isinstance(files, dict) and len(files["sheets_written"]) == 1
    assert _naming(data_dir, NAME, EMAIL, PHONE) == {}


def test_a_dry_run_purge_touches_no_file(db: Database, data_dir: Path, cli: CliRunner) -> None:
    visitor(db, NAME)
    _ok(cli("report", "archive", "--json", now=MORNING + timedelta(days=1)))
    purged = _ok(cli("privacy", "purge", "--dry-run", "--json", now=MORNING + timedelta(days=40)))
    assert purged["files"] == {k: [] for k in purged["files"]}  # type: ignore[union-attr]
    assert _naming(data_dir, NAME)


def test_a_redacted_reason_still_verifies_but_editing_it_again_does_not(
    db: Database, cli: CliRunner
) -> None:
    zoe = _history(db, cli)
    _ok(cli("privacy", "erase", str(zoe), "--json", now=MORNING + timedelta(days=4)))
    assert cli("audit", "verify").returncode == 0
    with db.write() as session:
        session.execute(
            text("UPDATE audit_events SET reason = :r WHERE reason LIKE :p"),
            {"r": f"{NAME} was here", "p": f"#{zoe} forgot%"},
        )
    result = cli("audit", "verify", "--lang", "en")
    assert result.returncode == 1 and "was altered" in result.stderr
