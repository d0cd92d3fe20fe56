"""Printed badges: every format rasterised and its QR code decoded, then scanned in for real."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from serre_desk import VENUE_NAME
from serre_desk.domain.badge_codes import grouped
from serre_desk.domain.people import PersonKind
from serre_desk.render.badge_formats import FORMATS
from serre_desk.render.badge_text import fit_text, text_width
from serre_desk.render.badges import badge_pdf, badge_png
from serre_desk.render.fonts import FONT_BOLD
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.badges import BadgeInfo, issue_badge
from serre_desk.storage.database import Database
from tests.conftest import MORNING, CliRunner
from tests.helpers import person

LONG_NAME = "Maria Alessandra Francesca Beatrice Castiglioni-Bentivoglio della Gherardesca"
NAMES = ["Zoë Li", LONG_NAME, "李小龍 Łukasz Đorđe", "محمد الأحمد", "Ανδρέας Παπαδόπουλος"]


def _pages(pdf: bytes, dpi: int = 150) -> list[Image.Image]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [page.render(scale=dpi / 72).to_pil() for page in document]
    finally:
        document.close()


def _decoded(image: Image.Image) -> list[str]:
    if image.mode in ("RGBA", "LA", "P"):
        white = Image.new("RGB", image.size, "white")
        white.paste(image, mask=image.convert("RGBA"))
        image = white
    return [result.text for result in zxingcpp.read_barcodes(image)]


def _badge(
    db: Database, name: str = "Giulia Neri", kind: PersonKind = PersonKind.GUEST
) -> BadgeInfo:
    return issue_badge(db, LOCAL_ADMIN, person(db, name, kind), now=MORNING)


@pytest.mark.parametrize("format_name", list(FORMATS))
def test_every_format_prints_a_qr_code_that_checks_the_holder_in(
    format_name: str, db: Database, cli: CliRunner
) -> None:
    badge = _badge(db)
    pdf = badge_pdf([badge], format_name, lang="en")
    [page] = _pages(pdf)
    assert _decoded(page) == [badge.code]

    pdf_page = PdfReader(io.BytesIO(pdf)).pages[0]
    size_mm = (
        float(pdf_page.mediabox.width) / 72 * 25.4,
        float(pdf_page.mediabox.height) / 72 * 25.4,
    )
    assert size_mm == pytest.approx(FORMATS[format_name].page, abs=0.01)
    text = " ".join(pdf_page.extract_text().split())
    for words in (VENUE_NAME, "Giulia Neri", "Guest", "Valid on 25/11/2026", grouped(badge.code)):
        assert words in text, (words, text)

    scanned = cli("scan", _decoded(page)[0], "--json")
    assert scanned.returncode == 0, scanned.stderr
    assert json.loads(scanned.stdout)["action"] == "check_in"
    assert json.loads(scanned.stdout)["person"]["name"] == "Giulia Neri"


def test_a_sheet_holds_ten_cards_each_with_its_own_code(db: Database) -> None:
    badges = [_badge(db, f"{name} {n}", PersonKind.MEMBER) for n in range(2) for name in NAMES]
    pages = _pages(badge_pdf(badges + badges[:3], "sheet"), dpi=120)
    assert len(pages) == 2
    assert sorted(_decoded(pages[0])) == sorted(b.code for b in badges)
    assert sorted(_decoded(pages[1])) == sorted(b.code for b in badges[:3])


def _embedded_fonts(pdf: bytes) -> set[str]:
    """Base names of the page's fonts, each checked to carry its font file."""
    names = set()
    for ref in PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"].values():  # type: ignore[index]
        font = ref.get_object()
        descriptor = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )["/FontDescriptor"]
        assert "/FontFile2" in descriptor, font
        names.add(str(font["/BaseFont"]).split("+")[-1])
    return names


@pytest.mark.parametrize("name", NAMES)
def test_any_name_prints_on_the_smallest_label_with_fonts_embedded(name: str, db: Database) -> None:
    badge = _badge(db, name, PersonKind.STAFF)
    pdf = badge_pdf([badge] * 3, "label-62x29", lang="it")
    assert len(pages := _pages(pdf, dpi=200)) == 3 and _decoded(pages[2]) == [badge.code]
    fonts = _embedded_fonts(pdf)
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= fonts
    fallback = {font for font in fonts if not font.startswith("DejaVuSans")}
    assert bool(fallback) == ("李" in name) and all(f.startswith("WenQuanYi") for f in fallback)


@pytest.mark.parametrize("name", [*NAMES, "W" * 200, "Ab " * 60])
def test_names_shrink_and_wrap_but_never_leave_their_box(name: str) -> None:
    width, height = 110.0, 50.0
    fitted = fit_text(name, FONT_BOLD, width, height, 18, 5, max_lines=3)
    assert 5 <= fitted.size <= 18 and 1 <= len(fitted.lines) <= 3
    assert fitted.height <= height or len(fitted.lines) == 1
    assert all(text_width(line, FONT_BOLD, fitted.size) <= width for line in fitted.lines)


def test_a_short_name_is_printed_large_and_whole() -> None:
    fitted = fit_text("Zoë Li", FONT_BOLD, 110, 50, 18, 5)
    assert fitted.lines == ("Zoë Li",) and fitted.size == 18


def test_the_png_preview_is_the_printed_page(db: Database) -> None:
    badge = _badge(db)
    image = Image.open(io.BytesIO(badge_png([badge], "card", dpi=100)))
    assert image.format == "PNG" and image.size[0] == pytest.approx(85.6 / 25.4 * 100, abs=1)
    assert _decoded(image) == [badge.code]


def test_the_badge_command_writes_a_pdf_or_a_png_preview(cli: CliRunner, tmp_path: Path) -> None:
    added = json.loads(cli("person", "add", "--name", "Ospite Nuovo", "--json").stdout)
    pdf_path, png_path = tmp_path / "badge.pdf", tmp_path / "badge.png"
    printed = cli(
        "badge", str(added["id"]), "--out", str(pdf_path), "--format", "label-89x36", "--json"
    )
    assert printed.returncode == 0, printed.stderr
    assert json.loads(printed.stdout)["badge"] == added["badge"]  # a reprint keeps the code
    assert _decoded(_pages(pdf_path.read_bytes())[0]) == [added["badge"]]
    assert "25/11/2026" in PdfReader(pdf_path).pages[0].extract_text()
    shown = cli("badge", str(added["id"]), "--out", str(png_path), "--format", "sheet")
    assert shown.returncode == 0, shown.stderr
    assert _decoded(Image.open(png_path)) == [added["badge"]]


def _card_positions(image: Image.Image) -> dict[str, int]:
    """Each decoded code with its position on an A4 sheet of cards (1 = top left, row by row)."""
    fmt = FORMATS["sheet"]
    width_mm, height_mm = fmt.page
    positions = {}
    for result in zxingcpp.read_barcodes(image.convert("RGB")):
        centre = result.position.top_left
        x_mm = centre.x / image.width * width_mm
        y_mm = height_mm - centre.y / image.height * height_mm
        [slot] = [
            n
            for n, (left, bottom) in enumerate(fmt.slots, start=1)
            if left <= x_mm <= left + fmt.badge[0] and bottom <= y_mm <= bottom + fmt.badge[1]
        ]
        positions[result.text] = slot
    return positions


def test_the_badge_command_fills_a_part_used_sheet_over_several_pages(
    cli: CliRunner, tmp_path: Path
) -> None:
    added = [
        json.loads(
            cli("person", "add", "--name", f"Socio {n}", "--kind", "member", "--json").stdout
        )
        for n in range(9)
    ]
    out = tmp_path / "sheet.pdf"
    ids = [str(person["id"]) for person in added]
    printed = cli("badge", *ids, "--format", "sheet", "--out", str(out), "--start", "5", "--json")
    assert printed.returncode == 0, printed.stderr
    assert json.loads(printed.stdout) == {
        "badges": [{"id": person["id"], "badge": person["badge"]} for person in added],
        "file": str(out),
    }
    first, second = _pages(out.read_bytes(), dpi=120)
    codes = [person["badge"] for person in added]
    assert _card_positions(first) == {code: n for n, code in enumerate(codes[:6], start=5)}
    assert _card_positions(second) == {code: n for n, code in enumerate(codes[6:], start=1)}


def test_the_badge_command_refuses_a_position_off_the_sheet(cli: CliRunner, tmp_path: Path) -> None:
    added = json.loads(cli("person", "add", "--name", "Socio", "--json").stdout)
    out = tmp_path / "sheet.pdf"
    for start in ("11", "0"):
        refused = cli(
            "badge", str(added["id"]), "--format", "sheet", "--out", str(out), "--start", start
        )
        assert refused.returncode == 1 and "Traceback" not in refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1
    refused = cli("badge", str(added["id"]), str(added["id"]), "--reissue")
    assert refused.returncode == 1 and not out.exists()
