"""The kids' space from the command line: registering a child, drop-off, pickup, guardians,
warnings, occupancy and the labels printed again."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import zxingcpp
from PIL import Image
from pypdf import PdfReader

from tests.conftest import MORNING, CliRunner

EVENING = MORNING + timedelta(hours=8)


def _json(result) -> dict:  # type: ignore[no-untyped-def]
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _refused(result) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def _family(cli: CliRunner) -> tuple[int, int, int, int]:
    """Mum (authorised), dad (not authorised), an educator, and their child: ids."""
    mum = _json(
        cli(
            "person",
            "add",
            "--name",
            "Anna Rossi",
            "--kind",
            "member",
            "--phone",
            "+39 333 1234567",
            "--json",
        )
    )["id"]
    dad = _json(cli("person", "add", "--name", "Luca Rossi", "--json"))["id"]
    sara = _json(cli("person", "add", "--name", "Sara Bianchi", "--kind", "staff", "--json"))["id"]
    child = _json(
        cli(
            "person",
            "add",
            "--kind",
            "child",
            "--name",
            "Emma Rossi",
            "--birth",
            "2024-06-01",
            "--guardian",
            str(mum),
            "--not-authorized",
            str(dad),
            "--allergy",
            "arachidi",
            "--json",
        )
    )
    assert child["kind"] == "child" and child["area"] == "kids" and "badge" not in child
    assert [(g["id"], g["authorised"]) for g in child["guardians"]] == [(mum, True), (dad, False)]
    return mum, dad, sara, child["id"]


def test_a_child_is_refused_without_an_authorised_guardian_with_a_phone(cli: CliRunner) -> None:
    no_phone = _json(cli("person", "add", "--name", "Luca Rossi", "--json"))["id"]
    child = (
        "person",
        "add",
        "--kind",
        "child",
        "--name",
        "Emma",
        "--birth",
        "2024-06-01",
        "--lang",
        "en",
    )
    assert "authorised for pickup" in _refused(cli(*child))
    assert "authorised for pickup" in _refused(cli(*child, "--not-authorized", str(no_phone)))
    assert "phone" in _refused(cli(*child, "--guardian", str(no_phone)))
    assert "birth date" in _refused(
        cli(
            "person",
            "add",
            "--kind",
            "child",
            "--name",
            "Emma",
            "--guardian",
            str(no_phone),
            "--lang",
            "en",
        )
    )
    assert _json(cli("person", "list", "--json"))["people"] == [
        {"id": no_phone, "name": "Luca Rossi", "kind": "guest", "inside": False}
    ]


def test_drop_off_and_pickup(cli: CliRunner, tmp_path: Path) -> None:
    mum, dad, sara, emma = _family(cli)
    assert "who brings them" in _refused(cli("checkin", str(emma), "--lang", "en"))
    assert "educators" in _refused(cli("checkin", str(emma), "--by", str(mum), "--lang", "en"))
    _json(cli("checkin", str(sara), "--area", "kids", "--json"))
    dropped = _json(cli("checkin", str(emma), "--by", str(mum), "--json"))
    code = dropped["pickup_code"]
    assert (dropped["action"], dropped["area"], len(code)) == ("check_in", "kids", 4)
    kids = _json(cli("occupancy", "--json"))["areas"][1]
    assert (kids["key"], kids["inside"], kids["educators"]) == ("kids", 1, 1)

    pdf = tmp_path / "again.pdf"
    again = _json(cli("pickup-labels", str(emma), "--out", str(pdf), "--json"))
    assert again["pickup_code"] == code
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    assert len(pages) == 2 and all(code in page and "Emma" in page for page in pages)
    assert not any("arachidi" in page or "Rossi" in page for page in pages)

    wrong = "CCCC" if code != "CCCC" else "FFFF"
    reason = _refused(
        cli("checkout", str(emma), "--by", str(mum), "--code", wrong, "--lang", "en", now=EVENING)
    )
    assert "does not match" in reason and "Anna Rossi (+39 333 1234567)" in reason
    reason = _refused(
        cli("checkout", str(emma), "--by", str(dad), "--code", code, "--lang", "en", now=EVENING)
    )
    assert "NOT authorised" in reason
    picked = _json(
        cli("checkout", str(emma), "--by", str(mum), "--code", code.lower(), "--json", now=EVENING)
    )
    assert (picked["action"], picked["person"]["id"]) == ("check_out", emma)
    assert _json(cli("occupancy", "--json"))["areas"][1]["inside"] == 0


def test_guardians_from_the_command_line(cli: CliRunner) -> None:
    mum, dad, _sara, emma = _family(cli)
    granny = _json(cli("person", "add", "--name", "Nonna Pina", "--phone", "051 123456", "--json"))[
        "id"
    ]
    added = _json(cli("guardian", "add", str(emma), str(granny), "--today-only", "--json"))
    assert added["guardian"]["only_on"] == "2026-11-25" and added["guardian"]["valid_now"]
    listed = _json(cli("guardian", "list", str(emma), "--json"))["guardians"]
    assert [(g["name"], g["authorised"]) for g in listed] == [
        ("Anna Rossi", True),
        ("Nonna Pina", True),
        ("Luca Rossi", False),
    ]
    tomorrow = MORNING + timedelta(days=1)
    listed = _json(cli("guardian", "list", str(emma), "--json", now=tomorrow))["guardians"]
    assert [g["valid_now"] for g in listed] == [True, False, False]
    assert "phone" in _refused(cli("guardian", "add", str(emma), str(dad), "--lang", "en"))
    assert cli("guardian", "remove", str(emma), str(granny)).returncode == 0
    assert "at least one" in _refused(
        cli("guardian", "remove", str(emma), str(mum), "--lang", "en")
    )
    assert cli("guardian", "add", str(emma), str(granny), "--not-authorized").returncode == 0


def test_leaving_with_a_child_inside_or_breaking_the_ratio_warns(cli: CliRunner) -> None:
    mum, _dad, sara, emma = _family(cli)
    cli("checkin", str(mum))
    cli("checkin", str(sara), "--area", "kids")
    cli("checkin", str(emma), "--by", str(mum))
    left = _json(cli("checkout", str(mum), "--json", "--lang", "en", now=EVENING))
    assert left["action"] == "check_out"
    assert left["warnings"] == ["Still in the kids' space, brought by Anna Rossi: Emma Rossi."]
    educator_left = _json(cli("checkout", str(sara), "--json", "--lang", "en", now=EVENING))
    assert educator_left["warnings"] == [
        "Ratio broken in Kids' space: 1 child; educators needed: 1, present: 0."
    ]
    closed = _json(cli("close-day", "--json", now=EVENING.replace(hour=20)))
    assert closed["children_inside"] == [{"id": emma, "name": "Emma Rossi"}]
    state = _json(cli("kids", "--json", now=EVENING.replace(hour=20)))
    assert [a["kind"] for a in state["alarms"]] == ["after_closing", "ratio"]
    assert state["children"][0]["allergy"] is True and "arachidi" not in json.dumps(state)


def test_the_slip_png_carries_the_code_as_a_qr(cli: CliRunner, tmp_path: Path) -> None:
    mum, _dad, sara, emma = _family(cli)
    cli("checkin", str(sara), "--area", "kids")
    code = _json(cli("checkin", str(emma), "--by", str(mum), "--json"))["pickup_code"]
    png = tmp_path / "pair.png"
    assert cli("pickup-labels", str(emma), "--out", str(png), "--format", "62x100").returncode == 0
    decoded = [r.text for r in zxingcpp.read_barcodes(Image.open(png))]
    assert decoded == [code]


def test_a_manager_releases_a_child_without_the_code_with_a_reason(cli: CliRunner) -> None:
    mum, _dad, sara, emma = _family(cli)
    grandpa = _json(cli("person", "add", "--name", "Nonno Gino", "--json"))["id"]
    cli("checkin", str(sara), "--area", "kids")
    cli("checkin", str(emma), "--by", str(mum))
    assert "reason" in _refused(
        cli("checkout", str(emma), "--by", str(grandpa), "--override", "--lang", "en", now=EVENING)
    )
    released = _json(
        cli(
            "checkout",
            str(emma),
            "--by",
            str(grandpa),
            "--override",
            "--reason",
            "mum called, ID checked",
            "--json",
            now=EVENING,
        )
    )
    assert released["action"] == "check_out"
    assert _json(cli("occupancy", "--json"))["areas"][1]["inside"] == 0
