"""The manager's report over a range of days (a week, a month) as an A4 PDF: totals, members and
guests, the kids' space, visits per day, occupancy by weekday and hour, the busiest days."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer

from serre_desk.domain.people import PersonKind
from serre_desk.render.charts import daily_visits_chart, heat_map, period_label
from serre_desk.render.fonts import name_markup
from serre_desk.render.report_layout import (
    ALERT,
    AREA_COLOURS,
    CONTENT_WIDTH,
    WARN,
    Progress,
    ReportHeader,
    build_pdf,
    coloured,
    data_table,
    styles,
    summary_band,
)
from serre_desk.render.words import area_name, duration, number, short_date, tr, weekday_short
from serre_desk.services.reports import AreaPattern, Counts, PeriodReport, period_report
from serre_desk.storage.database import Database


def render_period_report(
    db: Database,
    first: date,
    last: date,
    out_path: Path,
    *,
    now: datetime,
    lang: str = "it",
    progress: Progress | None = None,
) -> Path:
    report = period_report(db, first, last, now=now)
    return write_period_report(report, out_path, lang=lang, progress=progress)


def write_period_report(
    report: PeriodReport, out_path: Path, *, lang: str = "it", progress: Progress | None = None
) -> Path:
    header = ReportHeader(
        title=tr("Attendance report", lang),
        subtitle=f"{period_label(report, lang)} · {tr('Open days', lang)}: {report.open_days}",
        lang=lang,
        generated_at=report.now,
    )
    return build_pdf(out_path, period_story(report, lang), header, progress)


def _lines(title: str, pairs: list[tuple[str, str]]) -> list[Flowable]:
    s = styles()
    return [Paragraph(name_markup(title), s.band_title)] + [
        Paragraph(f"{name_markup(label)}: <b>{value}</b>", s.band_line) for label, value in pairs
    ]


def _stay(counts: Counts, lang: str) -> str:
    if counts.average_minutes is None:
        return "—"
    stay = duration(counts.average_minutes)
    if counts.auto_closed:
        return tr("{duration} (auto check-outs left out)", lang).format(duration=stay)
    return stay


def _summary(report: PeriodReport, lang: str) -> Flowable:
    t = report.totals
    open_days = report.open_days
    total = _lines(
        tr("Total", lang),
        [
            (tr("Visits", lang), number(t.visits, lang)),
            (tr("People", lang), number(t.people, lang)),
            (tr("Open days", lang), str(open_days)),
            (
                tr("Average visits per open day", lang),
                number(t.visits / open_days, lang, 1) if open_days else "—",
            ),
            (tr("Average stay", lang), _stay(t, lang)),
        ],
    )
    staff_visits = report.visit_kinds.get(PersonKind.STAFF, 0)
    staff = (  # visits and people add up to the totals: members, guests, staff, children
        [(tr("Visits by staff", lang), number(staff_visits, lang))] if staff_visits else []
    )
    distinct_staff = t.kinds.get(PersonKind.STAFF, 0)
    staff_people = (
        [(tr("Distinct staff", lang), number(distinct_staff, lang))] if distinct_staff else []
    )
    mix = _lines(
        tr("Members, guests and staff" if staff_visits else "Members and guests", lang),
        [
            (
                tr("Visits by members", lang),
                number(report.visit_kinds.get(PersonKind.MEMBER, 0), lang),
            ),
            (
                tr("Visits by guests", lang),
                number(report.visit_kinds.get(PersonKind.GUEST, 0), lang),
            ),
            *staff,
            (tr("Distinct members", lang), number(t.kinds.get(PersonKind.MEMBER, 0), lang)),
            (tr("Distinct guests", lang), number(t.kinds.get(PersonKind.GUEST, 0), lang)),
            *staff_people,
        ],
    )
    peaks = []
    for area in report.areas:
        value, day = report.highest_peak(area.key)
        when = f" ({short_date(day)})" if day else ""
        peaks.append((area_name(area.name, lang), f"{value}/{area.capacity}{when}"))
    c = report.children
    kids = _lines(
        tr("Kids' space", lang),
        [
            (tr("Child visits", lang), number(c.visits, lang)),
            (tr("Distinct children", lang), number(c.people, lang)),
            (tr("Average stay of children", lang), _stay(c, lang)),
            (tr("Pickup overrides", lang), str(c.overrides)),
            (tr("Late pickups", lang), str(c.late_pickups)),
        ],
    )
    highest = _lines(tr("Highest peak", lang), peaks)
    s = styles()
    for text, count, colour in (
        (tr("Auto check-outs", lang), t.auto_closed, WARN),
        (tr("Late pickups", lang), t.late_pickups, ALERT),
    ):
        if count:
            highest.append(Paragraph(coloured(f"{text}: {count}", colour), s.band_line))
    boxes = [total, mix, kids, highest]
    return summary_band(boxes, [CONTENT_WIDTH / len(boxes)] * len(boxes))


def _pattern_rows(pattern: AreaPattern, hours: list[int], lang: str) -> list[list[str]]:
    """Under the heat map: the average over all days and the highest peak, hour by hour."""
    by_hour = pattern.by_hour()
    average = [str(int(by_hour[h][0] + 0.5)) if h in by_hour else "" for h in hours]
    peak = [str(by_hour[h][1]) if h in by_hour else "" for h in hours]
    return [[tr("average", lang), *average], [tr("peak", lang), *peak]]


def period_story(report: PeriodReport, lang: str) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [
        Paragraph(name_markup(tr("Summary", lang)), s.heading),
        _summary(report, lang),
    ]
    if not report.totals.visits:
        return [
            *story,
            Spacer(1, 6),
            Paragraph(name_markup(tr("No visits in this period.", lang)), s.body),
        ]
    story += [
        Paragraph(name_markup(tr("Visits per day", lang)), s.heading),
        daily_visits_chart(report, AREA_COLOURS, CONTENT_WIDTH, 150, lang),
        Paragraph(name_markup(tr("Average occupancy by weekday and hour", lang)), s.heading),
    ]
    busy = sorted({hour for pattern in report.patterns for hour in pattern.hours()})
    hours = list(range(busy[0], busy[-1] + 1)) if busy else []
    for pattern in report.patterns:
        rows = _pattern_rows(pattern, hours, lang)
        table = heat_map(pattern, hours, CONTENT_WIDTH, lang, extra_rows=rows)
        if table is not None:
            story += [
                Paragraph(name_markup(area_name(pattern.area.name, lang)), s.subheading),
                table,
            ]
    story += [Paragraph(name_markup(tr("Busiest days", lang)), s.heading), _busiest(report, lang)]
    return story


def _busiest(report: PeriodReport, lang: str) -> Flowable:
    header = [tr("Date", lang), tr("Visits", lang), tr("People", lang)] + [
        f"{tr('Peak', lang)} {area_name(area.name, lang)}" for area in report.areas
    ]
    rows = [
        [
            f"{weekday_short(d.day.weekday(), lang)} {short_date(d.day)}",
            str(d.counts.visits),
            str(d.people),
            *(f"{d.peaks.get(area.key, 0)}/{area.capacity}" for area in report.areas),
        ]
        for d in report.busiest()
    ]
    widths = [110, 60, 60]
    rest = (CONTENT_WIDTH - sum(widths)) / max(1, len(report.areas))
    return data_table(
        header,
        rows,
        widths + [rest] * len(report.areas),
        right=tuple(range(1, 3 + len(report.areas))),
    )
