"""Printing badges: one layout, drawn on cards, label-printer labels and A4 sheets of cards.

    pdf = badge_pdf([badge], "card", lang="it")          # bytes of a print-ready PDF
    png = badge_png([badge], "label-62x29", dpi=300)     # bytes of a PNG preview (one page)
    write_badges(Path("x.pdf"), [badge], "sheet")        # PDF, or PNG when the name ends in .png
    badge_pdf(badges, "sheet", start=4)                  # a part-used sheet: positions 1-3 are gone

Every badge shows the venue's name, the holder's name (shrunk or wrapped to fit), the kind as a
coloured band and a word, the QR code with its quiet zone, the code in groups of four for typing,
and for a day pass the day it is valid. Cards and labels get one badge per page; a sheet holds ten
85 × 54 mm cards with cut marks, numbered 1 to 10 row by row from the top left; `start` is the
first free position of the first sheet, and further sheets are filled from position 1.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from serre_desk import VENUE_NAME
from serre_desk.domain.badge_codes import grouped
from serre_desk.domain.errors import Refusal
from serre_desk.domain.people import PersonKind
from serre_desk.i18n import QT_TRANSLATE_NOOP, translate
from serre_desk.render.badge_formats import DEFAULT_FORMAT, FORMATS, BadgeFormat
from serre_desk.render.badge_qr import draw_qr
from serre_desk.render.badge_text import fit_text
from serre_desk.render.fonts import FONT, FONT_BOLD, register_fonts
from serre_desk.services.badges import BadgeInfo

KIND_COLOURS: dict[PersonKind, Color] = {
    PersonKind.MEMBER: HexColor("#2E7D32"),
    PersonKind.GUEST: HexColor("#D84315"),
    PersonKind.STAFF: HexColor("#1565C0"),
}
TEXT_COLOUR = HexColor("#1A1A1A")
MUTED_COLOUR = HexColor("#555555")
MIN_SIZE = 5.0  # points: the smallest text printed


def badge_pdf(
    badges: Sequence[BadgeInfo],
    format_name: str = DEFAULT_FORMAT,
    *,
    lang: str | None = None,
    venue: str = VENUE_NAME,
    start: int = 1,
) -> bytes:
    """A print-ready PDF of `badges` (fonts embedded): one per page, or ten per sheet, the first
    sheet filled from position `start`."""
    register_fonts()
    fmt = _format(format_name)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=_points(fmt.page), pageCompression=1, initialFontName=FONT)
    canvas.setTitle(translate("Badge", "Badges", lang))
    canvas.setAuthor(venue)
    for page in _pages(badges, len(fmt.slots), start):
        for slot, badge in page:
            draw_badge(
                canvas,
                badge,
                *_points(fmt.slots[slot]),
                *_points(fmt.badge),
                lang=lang,
                venue=venue,
            )
        if fmt.cut_marks:
            _cut_marks(canvas, fmt)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _pages(
    badges: Sequence[BadgeInfo], per_page: int, start: int
) -> list[list[tuple[int, BadgeInfo]]]:
    """The badges page by page, each with its slot index; the first page begins at `start`."""
    if not 1 <= start <= per_page:
        raise ValueError(f"start {start} is not a position of a {per_page}-slot page")
    pages: list[list[tuple[int, BadgeInfo]]] = []
    for index, badge in enumerate(badges, start=start - 1):
        slot = index % per_page
        if slot == 0 or not pages:
            pages.append([])
        pages[-1].append((slot, badge))
    return pages


def badge_png(
    badges: Sequence[BadgeInfo],
    format_name: str = DEFAULT_FORMAT,
    *,
    dpi: float = 200,
    lang: str | None = None,
    venue: str = VENUE_NAME,
    start: int = 1,
) -> bytes:
    """A PNG preview: the PDF's single page rasterised (so the preview is exactly what prints)."""
    fmt = _format(format_name)
    if start - 1 + len(badges) > len(fmt.slots):
        raise Refusal(
            "png_one_page",
            QT_TRANSLATE_NOOP(
                "Refusal", "A PNG preview shows one page: write a PDF for several badges."
            ),
        )
    import pypdfium2

    document = pypdfium2.PdfDocument(
        badge_pdf(badges, format_name, lang=lang, venue=venue, start=start)
    )
    try:
        image = document[0].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(dpi, dpi))
    return buffer.getvalue()


def write_badges(
    path: Path,
    badges: Sequence[BadgeInfo],
    format_name: str = DEFAULT_FORMAT,
    *,
    lang: str | None = None,
    venue: str = VENUE_NAME,
    start: int = 1,
) -> Path:
    """Write a PDF, or a PNG preview when `path` ends in .png."""
    if path.suffix.lower() == ".png":
        data = badge_png(badges, format_name, dpi=300, lang=lang, venue=venue, start=start)
    else:
        data = badge_pdf(badges, format_name, lang=lang, venue=venue, start=start)
    path.write_bytes(data)
    return path


def _points(millimetres: tuple[float, float]) -> tuple[float, float]:
    return millimetres[0] * mm, millimetres[1] * mm


def _format(name: str) -> BadgeFormat:
    fmt = FORMATS.get(name)
    if fmt is None:
        raise Refusal(
            "unknown_badge_format",
            QT_TRANSLATE_NOOP("Refusal", "Unknown badge format {name!r}: use one of {formats}."),
            name=name,
            formats=", ".join(FORMATS),
        )
    return fmt


def draw_badge(
    canvas: Canvas,
    badge: BadgeInfo,
    x: float,
    y: float,
    width: float,
    height: float,
    *,
    lang: str | None = None,
    venue: str = VENUE_NAME,
) -> None:
    """The one badge layout, in the box with lower-left corner (x, y). Landscape boxes put the QR
    code at the right of the text; portrait boxes put it between the name and the code."""
    unit = min(width, height)
    margin = max(1.5 * mm, 0.06 * unit)
    band = 0.2 * unit
    top = y + height - band
    _band(canvas, badge.kind, x, top, width, band, margin, lang, venue)

    body = height - band
    portrait = height > width
    text_width = width - 2 * margin
    if portrait:
        qr_side = min(width - 2 * margin, 0.6 * body)
    else:
        qr_side = body - margin / 2
        text_width -= qr_side - margin / 2

    code = fit_text(
        _code_lines(badge.code),
        FONT,
        text_width,
        0.3 * body,
        _size(0.05, unit, 5.5),
        MIN_SIZE,
        max_lines=3,
    )
    validity = None
    if badge.valid_on is not None:
        when = translate("Badge", "Valid on {day}", lang).format(
            day=badge.valid_on.strftime("%d/%m/%Y")
        )
        validity = fit_text(
            when, FONT_BOLD, text_width, 0.14 * unit, _size(0.055, unit, 5.5), MIN_SIZE, 1
        )
    validity_height = validity.height if validity else 0.0
    align = "centre" if portrait else "left"
    text_x = x + width / 2 if portrait else x + margin

    name_room = body - code.height - validity_height - 2.5 * margin
    if portrait:
        name_room -= qr_side
    name = fit_text(
        badge.name, FONT_BOLD, text_width, name_room, _size(0.11, unit), MIN_SIZE, max_lines=4
    )
    canvas.setFillColor(TEXT_COLOUR)
    name.draw(canvas, text_x, top - margin, align)
    if portrait:
        qr_top = top - margin - name_room - margin / 2
        draw_qr(canvas, badge.code, x + (width - qr_side) / 2, qr_top - qr_side, qr_side)
    else:
        draw_qr(canvas, badge.code, x + width - qr_side, y, qr_side)
    below = y + margin + code.height + validity_height + margin / 2
    if validity is not None:
        canvas.setFillColor(KIND_COLOURS[badge.kind])
        validity.draw(canvas, text_x, below, align)
    canvas.setFillColor(MUTED_COLOUR)
    code.draw(canvas, text_x, y + margin + code.height, align)


def _code_lines(code: str) -> str:
    """The code in three rows of three groups of four: easy to read out and to type."""
    groups = grouped(code).split()
    return "\n".join(" ".join(groups[i : i + 3]) for i in range(0, len(groups), 3))


def _size(fraction: float, unit: float, floor: float = 0.0) -> float:
    """A font size in points: a fraction of the badge's shorter side, at least `floor`."""
    return max(floor, round(fraction * unit, 1))


def _band(
    canvas: Canvas,
    kind: PersonKind,
    x: float,
    bottom: float,
    width: float,
    height: float,
    margin: float,
    lang: str | None,
    venue: str,
) -> None:
    """The coloured band across the top: the venue's name at the left, the kind's word at the
    right, both white."""
    canvas.setFillColor(KIND_COLOURS[kind])
    canvas.rect(x, bottom, width, height, stroke=0, fill=1)
    canvas.setFillColor(white)
    room = height - 0.5 * margin
    word = fit_text(
        translate("PersonKind", kind.label, lang),
        FONT_BOLD,
        width / 2,
        room,
        _size(0.55, height),
        MIN_SIZE,
        max_lines=1,
    )
    word_top = bottom + (height + word.height) / 2
    word.draw(canvas, x + width - margin, word_top, "right")
    venue_width = width - word.width - 3 * margin
    name = fit_text(venue, FONT, venue_width, room, _size(0.34, height), MIN_SIZE, max_lines=1)
    name.draw(canvas, x + margin, bottom + (height + name.height) / 2)


def _cut_marks(canvas: Canvas, fmt: BadgeFormat) -> None:
    """Short lines in the margins continuing every card edge, for a guillotine or a craft knife."""
    xs = sorted({sx for sx, _ in fmt.slots} | {sx + fmt.badge[0] for sx, _ in fmt.slots})
    ys = sorted({sy for _, sy in fmt.slots} | {sy + fmt.badge[1] for _, sy in fmt.slots})
    xs, ys = [x * mm for x in xs], [y * mm for y in ys]
    gap, length = 2 * mm, 6 * mm
    canvas.setStrokeColor(TEXT_COLOUR)
    canvas.setLineWidth(0.3)
    for line_x in xs:
        canvas.line(line_x, ys[-1] + gap, line_x, ys[-1] + gap + length)
        canvas.line(line_x, ys[0] - gap, line_x, ys[0] - gap - length)
    for line_y in ys:
        canvas.line(xs[0] - gap, line_y, xs[0] - gap - length, line_y)
        canvas.line(xs[-1] + gap, line_y, xs[-1] + gap + length, line_y)
