"""The plans' command line, as other tools call it: JSON out, one line on stderr and exit 1 or 2
for a refusal, managers only where it changes plans."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from tests.conftest import CliRunner


def ok(result) -> dict:  # type: ignore[no-untyped-def]
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout) if result.stdout.startswith("{") else {}


def refused(result, code: int = 1) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode == code, result.stdout
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    return result.stderr


def test_plans_are_added_listed_and_edited(cli: CliRunner) -> None:
    added = ok(
        cli(
            "plan",
            "add",
            "Carnet 10",
            "--kind",
            "carnet",
            "--entries",
            "10",
            "--valid-days",
            "90",
            "--json",
        )
    )
    assert added == {
        "name": "Carnet 10",
        "kind": "carnet",
        "days": None,
        "entries": 10,
        "valid_days": 90,
        "area": None,
    }
    ok(cli("plan", "add", "Otto", "--kind", "days-per-month", "--days", "8", "--area", "coworking"))
    ok(cli("plan", "edit", "otto", "--days", "6", "--name", "Sei giorni"))
    listed = ok(cli("plan", "list", "--json"))["plans"]
    assert [(p["name"], p["kind"], p["days"], p["area"]) for p in listed] == [
        ("Carnet 10", "carnet", None, None),
        ("Sei giorni", "days-per-month", 6, "coworking"),
    ]
    assert "--entries" in refused(cli("plan", "add", "X", "--kind", "carnet", "--lang", "en"))
    assert "exists" in refused(
        cli("plan", "add", "Carnet 10", "--kind", "unlimited", "--lang", "en")
    )
    refused(cli("plan", "add", "Y", "--kind", "weekly"), code=2)
    refused(cli("plan", "add", "Y", "--kind", "carnet", "--entries", "0"), code=2)
    assert "kids" in refused(cli("plan", "add", "Y", "--kind", "unlimited", "--area", "kids"))


def test_a_person_gets_a_plan_uses_it_and_a_manager_adds_entries(cli: CliRunner) -> None:
    ok(cli("plan", "add", "Carnet 2", "--kind", "carnet", "--entries", "2"))
    mario = ok(cli("person", "add", "--name", "Mario Rossi", "--kind", "member", "--json"))["id"]
    given = ok(
        cli("person", "plan", str(mario), "--plan", "Carnet 2", "--from", "2026-11-20", "--json")
    )
    assert (given["plan"], given["left"], given["line"]) == (
        "Carnet 2",
        2,
        "Carnet: 2 ingressi su 2",
    )
    for day in ("2026-11-23T09:00+01:00", "2026-11-24T09:00+01:00"):
        ok(cli("checkin", str(mario), now=day))
        ok(cli("checkout", str(mario), now=day.replace("09:00", "12:00")))
    shown = ok(cli("person", "plan", str(mario), "--json", "--lang", "en"))
    assert (shown["state"], shown["left"]) == ("exhausted", 0)
    assert shown["warning"] == "Carnet used up: a manager can add entries."
    assert shown["history"] == [
        {
            "plan": "Carnet 2",
            "from": "2026-11-20",
            "until": None,
            "expires_on": None,
            "added_entries": 0,
        }
    ]
    refused(cli("plan", "entries", str(mario), "--add", "3"), code=2)  # --reason is required
    after = ok(cli("plan", "entries", str(mario), "--add", "3", "--reason", "paid", "--json"))
    assert (after["left"], after["allowance"], after["warning"]) == (3, 5, None)
    assert "Nessuno" in refused(cli("person", "plan", "999", "--plan", "Carnet 2"))
    assert "piano" in refused(cli("person", "plan", str(mario), "--plan", "Nope"))


def test_organisation_seats_show_on_its_people(cli: CliRunner) -> None:
    ok(cli("org", "seats", "Pixel & Co.", "2"))
    ids = [
        ok(
            cli(
                "person",
                "add",
                "--name",
                f"P {n}",
                "--kind",
                "member",
                "--org",
                "Pixel & Co.",
                "--json",
            )
        )["id"]
        for n in range(3)
    ]
    ok(cli("checkin", str(ids[0])))
    ok(cli("checkin", str(ids[1])))
    third = ok(cli("person", "plan", str(ids[2]), "--json"))
    assert third["seats"] == {"organisation": "Pixel & Co.", "seats": 2, "taken": 2}
    assert third["warning"] == (
        "Pixel & Co.: tutti i 2 posti sono occupati: un responsabile può aggiungere posti."
    )


def test_report_usage_writes_pdf_or_csv_only(cli: CliRunner, tmp_path: Path) -> None:
    ok(cli("demo", "--days", "20", "--people", "60"))
    csv_file = tmp_path / "uso.csv"
    assert (
        ok(cli("report", "usage", "--month", "2026-11", "--out", str(csv_file), "--json"))["people"]
        > 0
    )
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbf")
    pdf = tmp_path / "uso.pdf"
    ok(cli("report", "usage", "--month", "2026-11", "--out", str(pdf)))
    assert pdf.read_bytes().startswith(b"%PDF")
    refused(cli("report", "usage", "--month", "2026-11", "--out", str(tmp_path / "x.xlsx")))
    refused(cli("report", "usage", "--month", "novembre", "--out", str(pdf)), code=2)
    refused(
        cli("report", "usage", "--month", "2026-11", "--out", str(tmp_path / "no" / "a" / "\0"))
    )


def test_changing_plans_needs_a_manager_once_desk_users_exist(cli: CliRunner) -> None:
    cli = functools.partial(
        cli, now=None
    )  # the real clock: --now would make every change a correction
    ok(
        cli(
            "user",
            "add",
            "capo",
            "--role",
            "manager",
            "--secret-stdin",
            input="una-password-lunga\n",
        )
    )
    ok(
        cli(
            "user",
            "add",
            "bruno",
            "--role",
            "staff",
            "--secret-stdin",
            "--as",
            "capo",
            input="una-password-lunga\n123456\n",
        )
    )
    staff = ("--as", "bruno", "--secret-stdin")
    refused(cli("plan", "add", "X", "--kind", "unlimited", *staff, input="123456\n"))
    ok(
        cli(
            "plan",
            "add",
            "X",
            "--kind",
            "unlimited",
            "--as",
            "capo",
            "--secret-stdin",
            input="una-password-lunga\n",
        )
    )
    assert ok(cli("plan", "list", "--json"))["plans"][0]["name"] == "X"  # reading: no sign-in
    mario = ok(
        cli(
            "person",
            "add",
            "--name",
            "Mario",
            "--kind",
            "member",
            "--json",
            *staff,
            input="123456\n",
        )
    )["id"]
    refused(cli("person", "plan", str(mario), "--plan", "X", *staff, input="123456\n"))
    shown = ok(cli("person", "plan", str(mario), "--json", *staff, input="123456\n"))
    assert shown["state"] == "no_plan"
    refused(cli("plan", "refuse", "on", *staff, input="123456\n"))


def test_plans_come_with_the_people_import_and_a_second_import_changes_nothing(
    cli: CliRunner, tmp_path: Path
) -> None:
    ok(cli("plan", "add", "Carnet 10", "--kind", "carnet", "--entries", "10"))
    sheet = tmp_path / "soci.csv"
    sheet.write_text(
        "Nome;Email;Piano;Piano dal;Fine piano\r\n"
        "Giulia Bianchi;giulia@example.org;carnet 10;01/11/2026;\r\n"
        "Marco Neri;marco@example.org;Nessuno;;\r\n"
        "Sara Verdi;sara@example.org;;;\r\n",
        encoding="utf-8-sig",
    )
    first = ok(cli("import", "people", str(sheet), "--json"))
    assert [r["status"] for r in first["rows"]] == ["added", "refused", "added"]
    assert "Nessuno" in first["rows"][1]["reason"]
    giulia = first["rows"][0]["id"]
    shown = ok(cli("person", "plan", str(giulia), "--json"))
    assert shown["history"][0]["plan"] == "Carnet 10"
    assert shown["history"][0]["from"] == "2026-11-01"
    second = ok(cli("import", "people", str(sheet), "--json"))
    assert [r["status"] for r in second["rows"]] == ["unchanged", "refused", "unchanged"]
    assert len(ok(cli("person", "plan", str(giulia), "--json"))["history"]) == 1
