"""Vector charts of the reports (reportlab graphics): hourly occupancy with the capacity line,
visits per day, and the weekday × hour heat map."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from serre_desk.domain.venue import NEAR_FULL_SHARE
from serre_desk.render.fonts import FONT, FONT_BOLD
from serre_desk.render.report_layout import ALERT, HEADING, INK, MUTED, RULE, WARN
from serre_desk.render.words import area_name, short_date, tr, weekday_short
from serre_desk.services.reports import AreaPattern, HourBucket, PeriodReport


def _nice_max(value: float) -> tuple[int, int]:
    """An axis top at or above `value` and a step giving 4–6 gridlines."""
    value = max(value, 4)
    raw = value / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    step = max(1, int(step))
    return int(math.ceil(value / step) * step), step


def hour_label(bucket: HourBucket) -> str:
    return f"{bucket.hour:02d}" + ("′" if bucket.repeated else "")


def _style_axes(chart: VerticalBarChart) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 6.5
        axis.labels.fillColor = MUTED
        axis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.visibleGrid = True
    chart.categoryAxis.visibleTicks = False


def hourly_chart(
    title: str,
    buckets: Sequence[HourBucket],
    capacity: int,
    colour: colors.Color,
    width: float,
    height: float,
    lang: str,
) -> Drawing:
    """Bars of the highest occupancy in each hour, amber when nearly full and red when full,
    with the capacity drawn as a dashed line."""
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 9, title, fontName=FONT_BOLD, fontSize=8, fillColor=HEADING))
    chart = VerticalBarChart()
    chart.x, chart.y = 18, 14
    chart.width, chart.height = width - 24, height - 30
    peaks = [b.peak for b in buckets] or [0]
    chart.data = [peaks]
    chart.categoryAxis.categoryNames = [hour_label(b) for b in buckets] or [""]
    top, step = _nice_max(max(capacity * 1.1, max(peaks)))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.barSpacing = 1
    chart.groupSpacing = 3
    chart.bars.strokeWidth = 0
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = colour
    for index, peak in enumerate(peaks):
        if peak >= capacity:
            chart.bars[(0, index)].fillColor = ALERT
        elif peak >= NEAR_FULL_SHARE * capacity:
            chart.bars[(0, index)].fillColor = WARN
    _style_axes(chart)
    drawing.add(chart)
    y = chart.y + chart.height * capacity / top
    drawing.add(
        Line(
            chart.x,
            y,
            chart.x + chart.width,
            y,
            strokeColor=ALERT,
            strokeWidth=0.9,
            strokeDashArray=[3, 2],
        )
    )
    drawing.add(
        String(
            chart.x + chart.width,
            y + 2,
            tr("capacity {capacity}", lang).format(capacity=capacity),
            fontName=FONT,
            fontSize=6.5,
            fillColor=ALERT,
            textAnchor="end",
        )
    )
    return drawing


def daily_visits_chart(
    report: PeriodReport, palette: Sequence[colors.Color], width: float, height: float, lang: str
) -> Drawing:
    """Visits per day, one stacked bar per day, one colour per area, with a legend."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 22, 26
    chart.width, chart.height = width - 28, height - 40
    chart.data = [[d.visits.get(area.key, 0) for d in report.days] for area in report.areas]
    chart.categoryAxis.style = "stacked"
    every = max(1, math.ceil(len(report.days) / 16))
    chart.categoryAxis.categoryNames = [
        f"{weekday_short(d.day.weekday(), lang)} {d.day.day}" if i % every == 0 else ""
        for i, d in enumerate(report.days)
    ]
    chart.categoryAxis.labels.angle = 0
    totals = [sum(col) for col in zip(*chart.data, strict=True)] or [0]
    top, step = _nice_max(max(totals))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.bars.strokeWidth = 0
    chart.bars.strokeColor = None
    chart.barSpacing = 0
    chart.groupSpacing = 2
    for index, colour in enumerate(palette[: len(report.areas)]):
        chart.bars[index].fillColor = colour
    _style_axes(chart)
    drawing.add(chart)
    x = chart.x
    for area, colour in zip(report.areas, palette, strict=False):
        drawing.add(Line(x, 5, x + 8, 5, strokeColor=colour, strokeWidth=6))
        label = String(
            x + 11, 2.5, area_name(area.name, lang), fontName=FONT, fontSize=7, fillColor=INK
        )
        drawing.add(label)
        x += 11 + label.getEast() - label.x + 14
    return drawing


def heat_map(
    pattern: AreaPattern,
    hours: Sequence[int],
    width: float,
    lang: str,
    extra_rows: Sequence[list[str]] = (),
) -> Table | None:
    """Weekdays × hours, each cell the average occupancy that hour, shaded from white to dark
    green at capacity; `extra_rows` (e.g. averages and peaks by hour) follow, unshaded."""
    weekdays = pattern.weekdays()
    if not hours or not weekdays:
        return None
    label_width = 26
    cell_width = (width - label_width) / len(hours)
    rows: list[list[str]] = [[""] + [f"{h:02d}" for h in hours]]
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 6.5, 8),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 6.5, 8),
        ("FONT", (0, 0), (0, -1), FONT_BOLD, 6.5, 8),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (1, 1), (-1, -1), 0.5, colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1),
    ]
    capacity = max(1, pattern.area.capacity)
    base = colors.HexColor("#1f6e43")
    for row_index, weekday in enumerate(weekdays, start=1):
        row = [weekday_short(weekday, lang)]
        for col_index, hour in enumerate(hours, start=1):
            average = pattern.average.get((weekday, hour), 0.0)
            row.append(str(int(average + 0.5)) if average >= 0.5 else "")
            share = min(1.0, average / capacity)
            if share > 0:
                fill = colors.linearlyInterpolatedColor(colors.white, base, 0, 1, share)
                where = (col_index, row_index)
                commands.append(("BACKGROUND", where, where, fill))
                if share > 0.55:
                    commands.append(("TEXTCOLOR", where, where, colors.white))
        rows.append(row)
    if extra_rows:
        commands.append(("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.6, RULE))
        commands.append(("TEXTCOLOR", (1, len(rows)), (-1, -1), MUTED))
        rows += [list(r) for r in extra_rows]
    table = Table(rows, colWidths=[label_width] + [cell_width] * len(hours))
    table.setStyle(TableStyle(commands))
    return table


def period_label(report: PeriodReport, lang: str) -> str:
    return tr("{first} – {last}", lang).format(
        first=short_date(report.first), last=short_date(report.last)
    )
