"""`import people` on files that are not the CSV it expects: named plainly, nothing imported."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from PIL import Image

from tests.conftest import CliRunner

HEADER = "name,organisation\n"


def _refusal(cli: CliRunner, path: Path) -> str:
    result = cli("--lang", "en", "import", "people", str(path))
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "unexpected" not in lines[0], result.stderr
    return lines[0]


def _names(cli: CliRunner) -> list[str]:
    return [p["name"] for p in json.loads(cli("person", "list", "--json").stdout)["people"]]


def test_an_excel_workbook_is_named_with_what_to_do(tmp_path: Path, cli: CliRunner) -> None:
    workbook = tmp_path / "soci.xlsx"
    with zipfile.ZipFile(workbook, "w") as archive:  # how every .xlsx begins: a zip of XML parts
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert "soci.xlsx is an Excel workbook: save it as CSV UTF-8" in _refusal(cli, workbook)
    old_excel = tmp_path / "soci.xls"
    old_excel.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(512))
    assert "is an Excel workbook" in _refusal(cli, old_excel)
    italian = cli("import", "people", str(workbook))
    assert "cartella di lavoro Excel" in italian.stderr
    assert _names(cli) == []


def test_another_binary_file_is_not_text(tmp_path: Path, cli: CliRunner) -> None:
    picture = tmp_path / "soci.png"
    Image.new("RGB", (8, 8), "green").save(picture)
    assert "soci.png is not a text file" in _refusal(cli, picture)
    undecodable = tmp_path / "soci.csv"
    undecodable.write_bytes(b"name\n\x81\x8d\x8f\x90\x9d\n")  # not UTF-8, not Windows-1252
    assert "is not a text file" in _refusal(cli, undecodable)


def test_excel_unicode_text_utf16_with_bom_is_read(tmp_path: Path, cli: CliRunner) -> None:
    sheet = tmp_path / "soci.txt"
    rows = "Nome\tAzienda\r\nNiccolò Bianchi\tStudio Verde\r\n李小龙\tAster\r\n"
    sheet.write_text(rows, encoding="utf-16")  # with its BOM, as Excel saves "Unicode text"
    result = cli("import", "people", str(sheet), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["added"] == 2
    assert sorted(_names(cli)) == sorted(["Niccolò Bianchi", "李小龙"])


def test_an_unterminated_quote_is_refused_naming_its_line(tmp_path: Path, cli: CliRunner) -> None:
    sheet = tmp_path / "soci.csv"
    sheet.write_text(
        HEADER + 'Anna Rossi,Aster\nBruno Verdi,"Kilowatt\nCarla Neri,Golinelli\nDario Blu,X\n',
        encoding="utf-8",
    )
    message = _refusal(cli, sheet)
    assert "Line 3" in message and "never closes" in message
    assert _names(cli) == []  # not even the rows before it: the file is wrong, fix it first


def test_a_stray_quote_inside_a_field_is_refused_naming_its_line(
    tmp_path: Path, cli: CliRunner
) -> None:
    sheet = tmp_path / "soci.csv"
    sheet.write_text(HEADER + 'Anna Rossi,Aster\n"Bruno" Verdi,X\n', encoding="utf-8")
    assert "Line 3 is not valid CSV" in _refusal(cli, sheet)


def test_a_very_long_field_is_refused_naming_its_line(tmp_path: Path, cli: CliRunner) -> None:
    sheet = tmp_path / "soci.csv"
    sheet.write_text(HEADER + "Anna Rossi,Aster\nBruno Verdi," + "x" * 200_000 + "\n")
    message = _refusal(cli, sheet)
    assert "Line 3 has a field longer than 131072 characters" in message
    assert _names(cli) == []


def test_a_quoted_field_over_several_lines_still_imports_and_lines_stay_right(
    tmp_path: Path, cli: CliRunner
) -> None:
    sheet = tmp_path / "soci.csv"
    sheet.write_text(
        HEADER + 'Anna Rossi,"Aster\nBologna"\n,nobody\nCarla Neri,Golinelli\n', encoding="utf-8"
    )
    result = cli("import", "people", str(sheet), "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["rows"]
    assert [(r["line"], r["status"]) for r in rows] == [(2, "added"), (4, "refused"), (5, "added")]


def test_a_date_the_desk_cannot_keep_refuses_that_row(tmp_path: Path, cli: CliRunner) -> None:
    sheet = tmp_path / "soci.csv"
    sheet.write_text("name,scadenza\nAnna Rossi,31/12/9999\nBruno Verdi,31/12/2027\n")
    result = cli("--lang", "en", "import", "people", str(sheet), "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["rows"]
    assert [(r["line"], r["status"]) for r in rows] == [(2, "refused"), (3, "added")]
    assert "outside the dates the desk keeps" in rows[0]["reason"]
