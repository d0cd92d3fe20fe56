"""The matched pair printed at a drop-off: the child's label and the guardian's pickup slip.

    pdf = pickup_pair_pdf(pair, "62x29", lang="it")    # two pages: the label, then the slip
    write_pickup_labels(Path("x.pdf"), pair)           # PDF, or a PNG of both side by side

The child's label carries the first name, the pickup code, a warning mark when the child has
allergy or medical notes (never the notes themselves), and the time of the drop-off. The slip
carries the child's first name, the same code and a QR code of it (the four characters and
nothing else), for the desk to scan at pickup. Sizes: 62 × 29 mm (landscape) or 62 × 100 mm
(portrait) label-printer labels.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from serre_desk import VENUE_NAME
from serre_desk.clock import to_local
from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP, translate
from serre_desk.render.badge_qr import draw_qr
from serre_desk.render.badge_text import fit_text
from serre_desk.render.fonts import FONT, FONT_BOLD, register_fonts
from serre_desk.services.kids import PickupPair

SIZES_MM = {"62x29": (62.0, 29.0), "62x100": (62.0, 100.0)}
DEFAULT_SIZE = "62x29"
BAND_COLOUR = HexColor("#6A1B9A")  # the kids' space: purple, unlike any badge kind
WARNING_COLOUR = HexColor("#C62828")
TEXT_COLOUR = HexColor("#1A1A1A")
MUTED_COLOUR = HexColor("#555555")
MIN_SIZE = 5.0
CONTEXT = "PickupLabel"
_KIDS = QT_TRANSLATE_NOOP("PickupLabel", "Kids' space")
_SLIP = QT_TRANSLATE_NOOP("PickupLabel", "Pickup slip")
_ALLERGY = QT_TRANSLATE_NOOP("PickupLabel", "ALLERGY")
_SHOW = QT_TRANSLATE_NOOP("PickupLabel", "Show this slip to collect {name}")


def pickup_pair_pdf(
    pair: PickupPair, size: str = DEFAULT_SIZE, *, lang: str | None = None
) -> bytes:
    """Two label pages, fonts embedded: the child's label, then the guardian's slip."""
    register_fonts()
    width, height = (side * mm for side in _size(size))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1, initialFontName=FONT)
    canvas.setTitle(translate(CONTEXT, _SLIP, lang))
    canvas.setAuthor(VENUE_NAME)
    draw_child_label(canvas, pair, width, height, lang)
    canvas.showPage()
    draw_pickup_slip(canvas, pair, width, height, lang)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def pickup_pair_png(
    pair: PickupPair, size: str = DEFAULT_SIZE, *, dpi: float = 300, lang: str | None = None
) -> bytes:
    """Both labels side by side on white, rasterised from the PDF (exactly what prints)."""
    import pypdfium2
    from PIL import Image

    document = pypdfium2.PdfDocument(pickup_pair_pdf(pair, size, lang=lang))
    try:
        pages = [document[index].render(scale=dpi / 72).to_pil() for index in range(2)]
    finally:
        document.close()
    gap = int(dpi / 10)
    sheet = Image.new(
        "RGB",
        (sum(p.width for p in pages) + 3 * gap, max(p.height for p in pages) + 2 * gap),
        "#d9d9d9",
    )
    left = gap
    for page in pages:
        sheet.paste(page.convert("RGB"), (left, gap))
        left += page.width + gap
    buffer = io.BytesIO()
    sheet.save(buffer, format="PNG", dpi=(dpi, dpi))
    return buffer.getvalue()


def write_pickup_labels(
    path: Path, pair: PickupPair, size: str = DEFAULT_SIZE, *, lang: str | None = None
) -> list[Path]:
    """Write the pair as a PDF, or as one PNG when `path` ends in .png."""
    if path.suffix.lower() == ".png":
        path.write_bytes(pickup_pair_png(pair, size, lang=lang))
    else:
        path.write_bytes(pickup_pair_pdf(pair, size, lang=lang))
    return [path]


def _size(name: str) -> tuple[float, float]:
    size = SIZES_MM.get(name)
    if size is None:
        raise Refusal(
            "unknown_label_size",
            QT_TRANSLATE_NOOP("Refusal", "Unknown label size {name!r}: use one of {sizes}."),
            name=name,
            sizes=", ".join(SIZES_MM),
        )
    return size


def _time_text(pair: PickupPair) -> str:
    return to_local(pair.checked_in_at).strftime("%H:%M  %d/%m")


def _band(canvas: Canvas, title: str, right: str, width: float, height: float) -> float:
    """The purple band across the top with `title` at the left and `right` at the right; returns
    the band's lower edge."""
    band = (0.2 if height < width else 0.1) * height
    bottom = height - band
    margin = 0.06 * min(width, height)
    canvas.setFillColor(BAND_COLOUR)
    canvas.rect(0, bottom, width, band, stroke=0, fill=1)
    canvas.setFillColor(white)
    room = band * 0.8
    stamp = fit_text(right, FONT_BOLD, width / 2, room, band * 0.55, MIN_SIZE, 1)
    stamp.draw(canvas, width - margin, bottom + (band + stamp.height) / 2, "right")
    name = fit_text(
        title, FONT_BOLD, width - stamp.width - 3 * margin, room, band * 0.5, MIN_SIZE, 1
    )
    name.draw(canvas, margin, bottom + (band + name.height) / 2)
    return bottom


def _allergy_mark(canvas: Canvas, x: float, y: float, side: float, word: str) -> None:
    """A red warning triangle with "!" in the square of `side` at lower-left (x, y), the word
    under it."""
    word_box = fit_text(word, FONT_BOLD, side * 1.3, side * 0.3, side * 0.22, MIN_SIZE, 1)
    triangle = side - word_box.height
    base = y + word_box.height + 0.05 * side
    canvas.setFillColor(WARNING_COLOUR)
    path = canvas.beginPath()
    path.moveTo(x + (side - triangle) / 2, base)
    path.lineTo(x + (side + triangle) / 2, base)
    path.lineTo(x + side / 2, base + triangle * 0.87)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColor(white)
    canvas.setFont(FONT_BOLD, triangle * 0.55)
    canvas.drawCentredString(x + side / 2, base + triangle * 0.14, "!")
    canvas.setFillColor(WARNING_COLOUR)
    word_box.draw(canvas, x + side / 2, y + word_box.height, "centre")


def draw_child_label(
    canvas: Canvas, pair: PickupPair, width: float, height: float, lang: str | None = None
) -> None:
    """First name, code, the allergy mark (when the child has notes), the drop-off time."""
    top = _band(canvas, translate(CONTEXT, _KIDS, lang), _time_text(pair), width, height)
    margin = 0.06 * min(width, height)
    portrait = height > width
    body = top - 2 * margin
    mark_side = (0.3 * width if portrait else 0.75 * body) if pair.allergy else 0.0
    text_width = width - 2 * margin - (0 if portrait or not pair.allergy else mark_side + margin)
    name_room = body * (0.3 if portrait else 0.45)
    name = fit_text(pair.first_name, FONT_BOLD, text_width, name_room, name_room * 0.8, MIN_SIZE, 2)
    code_room = body * (0.3 if portrait else 0.5)
    code = fit_text(pair.code, FONT_BOLD, text_width, code_room, code_room * 0.9, MIN_SIZE, 1)
    x, align = (width / 2, "centre") if portrait else (margin, "left")
    canvas.setFillColor(TEXT_COLOUR)
    name.draw(canvas, x, top - margin, align)
    code.draw(canvas, x, top - margin - name.height - margin / 2, align)
    if pair.allergy:
        word = translate(CONTEXT, _ALLERGY, lang)
        if portrait:
            _allergy_mark(canvas, (width - mark_side) / 2, margin, mark_side, word)
        else:
            _allergy_mark(canvas, width - margin - mark_side, margin, mark_side, word)


def draw_pickup_slip(
    canvas: Canvas, pair: PickupPair, width: float, height: float, lang: str | None = None
) -> None:
    """First name, code, the QR code of the code, and what to do with the slip."""
    top = _band(canvas, translate(CONTEXT, _SLIP, lang), _time_text(pair), width, height)
    margin = 0.06 * min(width, height)
    portrait = height > width
    show = translate(CONTEXT, _SHOW, lang).format(name=pair.first_name)
    if portrait:
        qr_side = width - 4 * margin
        text_width = width - 2 * margin
        room = (top - qr_side - 3 * margin) / 3
        x, align = width / 2, "centre"
    else:
        qr_side = top - margin / 4  # below the band, the quiet zone touching the lower edge
        text_width = width - qr_side - margin
        room = (top - 2 * margin) / 3
        x, align = margin, "left"
    name = fit_text(pair.first_name, FONT_BOLD, text_width, room, room * 0.8, MIN_SIZE, 1)
    code = fit_text(pair.code, FONT_BOLD, text_width, room * 1.2, room * 1.05, MIN_SIZE, 1)
    note = fit_text(show, FONT, text_width, room * 0.8, room * 0.3, MIN_SIZE, 2)
    canvas.setFillColor(TEXT_COLOUR)
    name.draw(canvas, x, top - margin, align)
    code.draw(canvas, x, top - margin - name.height, align)
    canvas.setFillColor(MUTED_COLOUR)
    if portrait:
        note_top = top - margin - name.height - code.height - margin / 2
        note.draw(canvas, x, note_top, align)
        below = note_top - note.height - margin  # the QR code centred in the room left
        draw_qr(
            canvas, pair.code, (width - qr_side) / 2, (below - qr_side) / 2 + margin / 2, qr_side
        )
    else:
        note.draw(canvas, x, margin + note.height, align)
        draw_qr(canvas, pair.code, width - qr_side, 0, qr_side)
