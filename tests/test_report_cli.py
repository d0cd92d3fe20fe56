"""`serre-desk report …` and `serre-desk export visits` through the real command line."""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

from serre_desk.domain.people import PersonKind
from serre_desk.storage.database import Database
from serre_desk.storage.models import Guardian, Person
from tests.conftest import MORNING, REPO, CliRunner
from tests.report_helpers import at, someone, text, visit

FRIDAY = date(2026, 11, 20)


def test_report_daily_defaults_to_today_into_the_archive(
    db: Database, cli: CliRunner, data_dir: Path
) -> None:
    visit(db, someone(db, "Anna Ricci"), at(MORNING.date(), 8, 40), None)
    done = cli("report", "daily")
    assert done.returncode == 0, done.stderr
    path = Path(done.stdout.strip())
    assert path == data_dir / "reports" / "presenze-2026-11-25.pdf"
    content = text(path)
    assert "mercoledì 25 novembre 2026" in content
    assert "Anna Ricci" in content and "ancora presente" in content


def test_report_daily_for_a_date_in_english_to_a_file(
    db: Database, cli: CliRunner, tmp_path: Path
) -> None:
    visit(db, someone(db, "Anna Ricci"), at(FRIDAY, 9, 5), at(FRIDAY, 11, 40))
    out = tmp_path / "friday.pdf"
    done = cli(
        "report", "daily", "--date", "2026-11-20", "--out", str(out), "--lang", "en", "--json"
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"path": str(out), "day": "2026-11-20"}
    content = text(out)
    assert "Friday 20 November 2026" in content and "2 h 35 min" in content


def test_report_period(db: Database, cli: CliRunner, tmp_path: Path) -> None:
    anna = someone(db, "Anna Ricci")
    guest = someone(db, "Gino Ospite", PersonKind.GUEST)
    for day in (16, 17, 18, 20):
        visit(db, anna, at(date(2026, 11, day), 9), at(date(2026, 11, day), 13))
    visit(db, guest, at(FRIDAY, 10), at(FRIDAY, 11), auto_closed=True)
    out = tmp_path / "period.pdf"
    done = cli("report", "period", "--from", "2026-11-16", "--to", "2026-11-22", "--out", str(out))
    assert done.returncode == 0, done.stderr
    content = " ".join(text(out).split())
    assert "16/11/2026 – 22/11/2026" in content
    assert "Visite: 5" in content and "Persone: 2" in content
    assert "Giorni di apertura: 4" in content
    assert "Visite di membri: 4" in content and "Visite di ospiti: 1" in content
    assert "ven 20/11/2026 2 2" in content  # the busiest day first: 2 visits, 2 people
    assert "Visite medie per giorno di apertura: 1,3" in content  # 5 / 4, the Italian way
    assert "Permanenza media: 4 h 00 min (uscite automatiche escluse)" in content


def test_a_range_that_ends_before_it_starts_is_refused(cli: CliRunner, tmp_path: Path) -> None:
    done = cli("report", "period", "--from", "2026-11-20", "--to", "2026-11-01")
    assert done.returncode == 1
    assert "2026-11-01" in done.stderr and done.stdout == ""


def test_report_emergency_lists_everyone_inside_with_childrens_guardians(
    db: Database, cli: CliRunner, tmp_path: Path
) -> None:
    mum = someone(db, "Chiara Fontana")
    with db.write() as session:
        row = session.get(Person, mum)
        assert row is not None
        row.phone = "+39 333 123 4567"
    child = someone(
        db,
        "Pietro Fontana",
        PersonKind.CHILD,
        birth=date(2022, 6, 1),
        health="Allergia grave: arachidi",
    )
    with db.write() as session:
        session.add(Guardian(child_id=child, adult_id=mum, authorised=True))
    visit(db, mum, at(MORNING.date(), 8, 30), None)
    visit(db, child, at(MORNING.date(), 8, 35), None, "kids", brought_by_id=mum)
    visit(db, someone(db, "Già Uscito"), at(MORNING.date(), 8), at(MORNING.date(), 8, 20))
    adults = {name: someone(db, name) for name in ("Anna Zucchi", "Zeno Abate", "Marco De Luca")}
    for hour, person_id in enumerate(adults.values(), start=7):
        visit(db, person_id, at(MORNING.date(), hour), None)
    with db.write() as session:
        abate = session.get(Person, adults["Zeno Abate"])
        assert abate is not None
        abate.phone = "+39 051 555 0101"
    out = tmp_path / "emergency.pdf"
    done = cli("report", "emergency", "--out", str(out))
    assert done.returncode == 0, done.stderr
    content = " ".join(text(out).split())
    assert "Lista di emergenza" in content and "5 presenti" in content
    # by surname, whoever came first; each adult with a phone where known
    assert re.search(
        r"Zeno Abate Membro — \+39 051 555 0101 08:00.*Marco De Luca.*Chiara Fontana.*"
        r"\+39 333 123 4567 08:30.*Anna Zucchi Membro — — 07:00",
        content,
    ), content
    assert "Chiara Fontana" in content and "Pietro Fontana" in content
    assert "+39 333 123 4567" in content and "⚠ allergia" in content and "4 a" in content
    assert "arachidi" not in content and "Già Uscito" not in content


def test_export_visits_as_csv_for_italian_excel(
    db: Database, cli: CliRunner, tmp_path: Path
) -> None:
    anna = someone(db, 'Anna; "la" Ricci', organisation="Studio Verde")
    visit(db, anna, at(date(2026, 10, 24), 9, 5), at(date(2026, 10, 24), 13, 35))
    visit(db, anna, at(date(2026, 10, 26), 9), at(date(2026, 10, 26), 19, 30), auto_closed=True)
    guest = someone(db, "李小龙", PersonKind.GUEST)
    visit(db, guest, at(date(2026, 10, 26), 10), None)
    out = tmp_path / "visite.csv"
    done = cli("export", "visits", "--from", "2026-10-24", "--to", "2026-10-26", "--out", str(out))
    assert done.returncode == 0, done.stderr
    raw = out.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == [
        "ID persona",
        "Nome",
        "Tipo",
        "Organizzazione",
        "Area",
        "Ingresso",
        "Uscita",
        "Durata (minuti)",
        "Segnalazioni",
    ]
    assert rows[1:] == [
        [
            str(anna),
            'Anna; "la" Ricci',
            "Membro",
            "Studio Verde",
            "coworking",
            "2026-10-24T09:05:00+02:00",
            "2026-10-24T13:35:00+02:00",
            "270",
            "",
        ],
        [
            str(anna),
            'Anna; "la" Ricci',
            "Membro",
            "Studio Verde",
            "coworking",
            "2026-10-26T09:00:00+01:00",
            "2026-10-26T19:30:00+01:00",
            "630",
            "uscita automatica",
        ],
        [
            str(guest),
            "李小龙",
            "Ospite",
            "",
            "coworking",
            "2026-10-26T10:00:00+01:00",
            "",
            "",
            "ancora presente",
        ],
    ]
    english = tmp_path / "visits.csv"
    cli(
        "export",
        "visits",
        "--from",
        "2026-10-24",
        "--to",
        "2026-10-26",
        "--out",
        str(english),
        "--lang",
        "en",
    )
    header = english.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == (
        "Person id;Name;Kind;Organisation;Area;Check-in;Check-out;Duration (minutes);Flags"
    )


def test_other_commands_do_not_load_reportlab(data_dir: Path) -> None:
    probe = (
        "import sys; from serre_desk.cli.main import main; code = main(['occupancy']); "
        "print('reportlab' in sys.modules, code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={"PYTHONPATH": str(REPO), "SERRE_DESK_DATA_DIR": str(data_dir), "PATH": "/usr/bin"},
    )
    assert done.stdout.strip().splitlines()[-1] == "False 0", done.stderr
