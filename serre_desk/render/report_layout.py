"""Pieces every printed report shares: page frame, header band with the venue's name and logo,
"page X of Y", generated-at, privacy footer, paragraph styles, data tables, signature lines."""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from serre_desk import VENUE_NAME
from serre_desk.clock import to_local
from serre_desk.paths import resources_dir
from serre_desk.render.fonts import (
    FONT,
    FONT_BOLD,
    is_plain,
    name_markup,
    register_fonts,
    runs_width,
    text_runs,
)
from serre_desk.render.words import clock, short_date, tr

Progress = Callable[[float], None]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 14 * mm
HEADER_HEIGHT = 21 * mm
FOOTER_HEIGHT = 12 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
LOGO_FILE = "icons/venue-logo.png"

INK = colors.HexColor("#1d1d1b")
MUTED = colors.HexColor("#5f6660")
RULE = colors.HexColor("#c9d3cc")
BAND = colors.HexColor("#ecf1ed")
ZEBRA = colors.HexColor("#f5f7f5")
HEADER = colors.HexColor("#1f3d2b")
HEADING = colors.HexColor("#1f4d33")
OK = colors.HexColor("#2e7d46")
WARN = colors.HexColor("#a85d00")
ALERT = colors.HexColor("#b3261e")
AREA_COLOURS = (
    colors.HexColor("#3a9a5b"),
    colors.HexColor("#d99a1e"),
    colors.HexColor("#3f7cc0"),
    colors.HexColor("#9a4fb0"),
)

PRIVACY_NOTE = (
    "Confidential: personal data processed under the GDPR (EU Reg. 2016/679) to record "
    "attendance, as described in the venue's privacy notice. No health data is printed. Keep "
    "under lock and destroy according to the retention rules."
)


def area_colour(position: int) -> colors.Color:
    return AREA_COLOURS[position % len(AREA_COLOURS)]


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    head_cell: ParagraphStyle
    head_right: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    band_title: ParagraphStyle
    band_line: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    # Lines break at spaces and after hyphens, never inside a word (see `fitted`).
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=8.5,
        leading=11,
        textColor=INK,
        embeddedHyphenation=2,
        splitLongWords=0,
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=7.5, leading=9.2)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=7, leading=8.6, textColor=MUTED),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        head_cell=ParagraphStyle("head_cell", parent=cell, fontName=FONT_BOLD),
        head_right=ParagraphStyle(
            "head_right", parent=cell, fontName=FONT_BOLD, alignment=TA_RIGHT
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            textColor=HEADING,
            spaceBefore=7,
            spaceAfter=3,
            keepWithNext=1,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=12,
            textColor=HEADING,
            spaceBefore=5,
            spaceAfter=2,
            keepWithNext=1,
        ),
        band_title=ParagraphStyle(
            "band_title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=12,
            textColor=HEADING,
        ),
        band_line=ParagraphStyle("band_line", parent=body, fontSize=8, leading=10.4),
    )


@dataclass(frozen=True)
class ReportHeader:
    """What the band at the top of every page and the footer say."""

    title: str
    subtitle: str
    lang: str
    generated_at: datetime
    footer: str = PRIVACY_NOTE
    note: str | None = None


def coloured(text: str, colour: colors.Color, bold: bool = False) -> str:
    """Markup for a run of trusted report wording in a colour (escaped like any text)."""
    inner = name_markup(text, FONT_BOLD if bold else FONT)
    if bold:
        inner = f"<b>{inner}</b>"
    return f'<font color="{colour.hexval()}">{inner}</font>'


CELL_PADDING = 6  # left and right padding of a data table's cell
SMALLEST_SIZE = 2.0  # the smallest a word is shrunk to, to fit its column (points)


def _word_parts(word: str) -> list[str]:
    """A word in the parts a line may end after: "Bevilacqua-" "Scarabelli"."""
    return re.findall(r"[^-]+-*|-+", word)


def _width(text: str, style: ParagraphStyle, size: float | None = None) -> float:
    return runs_width(text_runs(text, style.fontName), size or style.fontSize)


def fitted(
    text: str, width: float, style: ParagraphStyle, *, hyphens: bool = True
) -> ParagraphStyle:
    """`style`, or a smaller size of it when a word of `text` (plain text; with `hyphens`, a
    part of a word up to a hyphen) is wider than `width`: shrunk to fit, never split."""
    room = width - CELL_PADDING
    parts = [p for word in text.split() for p in (_word_parts(word) if hyphens else [word])]
    widest = max((_width(part, style) for part in parts), default=0.0)
    if widest <= room:
        return style
    return _smaller(style, max(SMALLEST_SIZE, math.floor(style.fontSize * room / widest * 10) / 10))


@cache
def _smaller(style: ParagraphStyle, size: float) -> ParagraphStyle:
    scale = size / style.fontSize
    return ParagraphStyle(
        f"{style.name}-{size}", parent=style, fontSize=size, leading=style.leading * scale
    )


def _lines(text: str, room: float, style: ParagraphStyle) -> list[str]:
    """`text` broken into lines of at most `room` points: between words, or after a hyphen."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        for index, part in enumerate(_word_parts(word)):
            joined = line + (" " if index == 0 and line else "") + part
            if line and _width(joined, style) > room:
                lines.append(line)
                joined = part
            line = joined
    return [*lines, line] if line else lines


def cell(text: str, width: float, style: ParagraphStyle) -> str | Paragraph:
    """A table cell for any text: a plain string when it fits on one line in the table's font
    (fast), else a Paragraph with fallback fonts and right-to-left order, broken between words
    or after a hyphen (never inside a word), in a smaller size when one word alone is wider
    than the column."""
    if is_plain(text, style.fontName) and (
        stringWidth(text, style.fontName, style.fontSize) <= width - CELL_PADDING
    ):
        return text
    style = fitted(text, width, style)
    lines = _lines(text, width - CELL_PADDING, style)
    return Paragraph("<br/>".join(name_markup(line, style.fontName) for line in lines), style)


def markup_cell(markup: str, width: float, style: ParagraphStyle) -> Paragraph:
    """A table cell of ready `Paragraph` markup (coloured flags, quoted reasons): it wraps
    between words, and is set smaller when one word alone is wider than the column."""
    plain = Paragraph(markup, style).getPlainText()
    return Paragraph(markup, fitted(plain, width, style, hyphens=False))


@dataclass(frozen=True)
class TableParts:
    """What a data table is made of: its column headers (None: a table's continuation), rows,
    column widths, right-aligned columns, extra style commands, and the index of its first row
    in the whole table (for the zebra)."""

    header: Sequence[str] | None
    rows: list[list[Any]]
    widths: Sequence[float]
    right: Sequence[int] = ()
    extra: Sequence[tuple[Any, ...]] = ()
    first: int = 0

    def build(self) -> LongTable:
        """A zebra table with a bold header row repeated on every page; `right` columns
        (durations, counts) are right-aligned. A LongTable: splitting it over many pages stays
        linear."""
        s = styles()
        header, right = self.header, self.right
        cells = [[*row] for row in self.rows]
        if header is not None:
            head = [
                Paragraph(
                    name_markup(h, FONT_BOLD),
                    fitted(h, width, s.head_right if i in right else s.head_cell),
                )
                for i, (h, width) in enumerate(zip(header, self.widths, strict=True))
            ]
            cells.insert(0, head)
        table = LongTable(cells, colWidths=list(self.widths), repeatRows=1 if header else 0)
        top = 1 if header is not None else 0
        zebra = [colors.white, ZEBRA] if self.first % 2 == 0 else [ZEBRA, colors.white]
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), FONT, s.cell.fontSize, s.cell.leading),
            ("TEXTCOLOR", (0, top), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("ROWBACKGROUNDS", (0, top), (-1, -1), zebra),
            ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
        ]
        if header is not None:
            commands += [
                ("BACKGROUND", (0, 0), (-1, 0), BAND),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, HEADING),
            ]
        commands += [("ALIGN", (col, top), (col, -1), "RIGHT") for col in right]
        commands += list(self.extra)
        table.setStyle(TableStyle(commands))
        return table

    def ending_with(
        self, block: list[Flowable], rows: int = 3
    ) -> tuple[list[Flowable], list[Flowable]]:
        """This table, then `block` (the signatures): what may flow, and what must be kept
        together on one page — the block with the table's last `rows` rows, so that a page
        never holds the block alone. Those rows get the column headers again when they start
        a page."""
        if self.header is None or len(self.rows) <= rows:
            return [], [self.build(), *block]
        cut = len(self.rows) - rows
        body = replace(self, rows=self.rows[:cut])
        tail = replace(self, rows=self.rows[cut:], first=self.first + cut, extra=())
        return [body.build()], [_TableTail(tail), *block]


class _TableTail(Flowable):
    """The last rows of a table: without the column headers when they follow the rest of the
    table, with them when they start a page."""

    def __init__(self, parts: TableParts) -> None:
        super().__init__()
        self.bare = replace(parts, header=None).build()
        self.headed = parts.build()
        self.table = self.bare

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        frame = getattr(getattr(self.canv, "_doctemplate", None), "frame", None)
        self.table = self.headed if getattr(frame, "_atTop", False) else self.bare
        width, height = self.table.wrapOn(self.canv, availWidth, availHeight)
        return width, height

    def draw(self) -> None:
        self.table.drawOn(self.canv, 0, 0)


def data_table(
    header: Sequence[str],
    rows: list[list[Any]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    extra: Sequence[tuple[Any, ...]] = (),
) -> LongTable:
    """A zebra table with a bold header row repeated on every page (see `TableParts.build`)."""
    return TableParts(header, rows, widths, right, extra).build()


def summary_band(columns: Sequence[list[Flowable]], widths: Sequence[float]) -> Table:
    """The tinted band of boxes at the top of a report, one box per column."""
    table = Table([list(columns)], colWidths=list(widths))
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def signature_block(lang: str, staff_note: str | None = None) -> list[Flowable]:
    """Signature lines for the staff on duty and the manager, under their heading (to be kept
    on one page, with the last rows of the sheet)."""
    s = styles()
    line = "_" * 34

    def column(role: str, note: str | None) -> list[Flowable]:
        parts: list[Flowable] = [
            Paragraph(f"<b>{name_markup(tr(role, lang), FONT_BOLD)}</b>", s.body),
            Spacer(1, 9),
            Paragraph(f"{name_markup(tr('Name', lang))} {line}", s.body),
            Spacer(1, 11),
            Paragraph(f"{name_markup(tr('Signature', lang))} {line}", s.body),
        ]
        if note:
            parts += [Spacer(1, 4), Paragraph(name_markup(note), s.small)]
        return parts

    table = Table(
        [[column("Staff on duty", staff_note), column("Manager", None)]],
        colWidths=[CONTENT_WIDTH / 2] * 2,
    )
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Paragraph(name_markup(tr("Signatures", lang)), s.heading), table]


def _logo_path() -> Path | None:
    path = resources_dir() / LOGO_FILE
    return path if path.exists() else None


def _draw_frame(canvas: Canvas, header: ReportHeader) -> None:
    """The header band (logo, venue, title, date) and the footer of one page."""
    canvas.saveState()
    top = PAGE_HEIGHT - HEADER_HEIGHT
    canvas.setFillColor(HEADER)
    canvas.rect(0, top, PAGE_WIDTH, HEADER_HEIGHT, stroke=0, fill=1)
    text_x = MARGIN
    logo = _logo_path()
    if logo is not None:
        size = HEADER_HEIGHT - 7 * mm
        canvas.drawImage(
            str(logo), MARGIN, top + 3.5 * mm, size, size, mask="auto", preserveAspectRatio=True
        )
        text_x += size + 3 * mm
    canvas.setFillColor(colors.white)
    canvas.setFont(FONT_BOLD, 14)
    canvas.drawString(text_x, top + 11.5 * mm, f"{VENUE_NAME} — {header.title}")
    canvas.setFont(FONT, 9)
    canvas.drawString(text_x, top + 5.5 * mm, header.subtitle)
    local = to_local(header.generated_at)
    canvas.setFont(FONT, 7)
    generated = tr("Generated on {date} at {time}", header.lang).format(
        date=short_date(local.date()), time=clock(header.generated_at)
    )
    canvas.drawRightString(PAGE_WIDTH - MARGIN, top + 5.5 * mm, generated)
    canvas.setFillColor(MUTED)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, FOOTER_HEIGHT, PAGE_WIDTH - MARGIN, FOOTER_HEIGHT)
    footer = Paragraph(name_markup(tr(header.footer, header.lang)), styles().small)
    _, height = footer.wrap(CONTENT_WIDTH, FOOTER_HEIGHT)
    footer.drawOn(canvas, MARGIN, FOOTER_HEIGHT - 2 - height)
    canvas.restoreState()


def _numbered_canvas(header: ReportHeader) -> type[Canvas]:
    """A canvas that writes "page X of Y" in the header band once the page count is known."""
    label = tr("Page {page} of {pages}", header.lang)

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFont(FONT_BOLD, 9)
                self.setFillColor(colors.white)
                self.drawRightString(
                    PAGE_WIDTH - MARGIN,
                    PAGE_HEIGHT - HEADER_HEIGHT + 11.5 * mm,
                    label.format(page=number, pages=total),
                )
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(
    out_path: Path, story: list[Flowable], header: ReportHeader, progress: Progress | None = None
) -> Path:
    """Lay `story` out on A4 pages with the shared frame; written atomically (a reader never
    sees half a file). `progress` gets fractions from 0 to 1 as pages are laid out."""
    register_fonts()
    rl_config.useA85 = 0  # binary streams: smaller files, written faster (reportlab-wide)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    partial = out_path.with_name(out_path.name + ".part")
    doc = BaseDocTemplate(
        str(partial),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=HEADER_HEIGHT + 4 * mm,
        bottomMargin=FOOTER_HEIGHT + 3 * mm,
        title=f"{header.title} — {header.subtitle}",
        author=VENUE_NAME,
        creator="Serre Desk",
        subject=header.title,
        invariant=False,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="content",
    )
    doc.addPageTemplates(
        PageTemplate(id="page", frames=[frame], onPage=lambda c, _d: _draw_frame(c, header))
    )
    if progress is not None:
        doc.setProgressCallBack(_progress_adapter(progress))
    try:
        doc.build(story, canvasmaker=_numbered_canvas(header))
        os.replace(partial, out_path)
    finally:
        partial.unlink(missing_ok=True)
    if progress is not None:
        progress(1.0)
    return out_path


def _progress_adapter(progress: Progress) -> Callable[[str, int], None]:
    total = {"size": 1}

    def callback(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            total["size"] = max(1, value)
        elif kind == "PROGRESS":
            progress(min(0.99, value / total["size"]))

    return callback
