"""A month's usage against the plans: an A4 PDF a manager reads in ten seconds (first who went
over the plan, in red, then who left days unused, then the organisations' seats, then everyone),
and the same rows as CSV for Italian Excel (UTF-8 with BOM, `;`)."""

from __future__ import annotations

import os
from datetime import date, datetime
from functools import cache
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from serre_desk.domain.plans import PlanKind
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.render.fonts import name_markup
from serre_desk.render.report_layout import (
    ALERT,
    CONTENT_WIDTH,
    OK,
    WARN,
    Progress,
    ReportHeader,
    build_pdf,
    coloured,
    data_table,
    styles,
    summary_band,
)
from serre_desk.render.spreadsheet_csv import SpreadsheetWriter
from serre_desk.render.words import MONTHS, number, tr
from serre_desk.services.usage import MonthUsage, PersonUsage, month_usage
from serre_desk.storage.database import Database

# The CSV's columns, in this order (other tools rely on it).
CSV_COLUMNS = (
    QT_TRANSLATE_NOOP("Report", "Person id"),
    QT_TRANSLATE_NOOP("Report", "Name"),
    QT_TRANSLATE_NOOP("Report", "Organisation"),
    QT_TRANSLATE_NOOP("Report", "Plan"),
    QT_TRANSLATE_NOOP("Report", "Days present"),
    QT_TRANSLATE_NOOP("Report", "Hours"),
    QT_TRANSLATE_NOOP("Report", "Entries used"),
    QT_TRANSLATE_NOOP("Report", "Entries left"),
    QT_TRANSLATE_NOOP("Report", "Days over the plan"),
)
WORDS = (
    QT_TRANSLATE_NOOP("Report", "Plan usage"),
    QT_TRANSLATE_NOOP("Report", "Over the plan"),
    QT_TRANSLATE_NOOP("Report", "Days left unused"),
    QT_TRANSLATE_NOOP("Report", "Organisations' seats"),
    QT_TRANSLATE_NOOP("Report", "Everyone this month"),
    QT_TRANSLATE_NOOP("Report", "People over the plan"),
    QT_TRANSLATE_NOOP("Report", "People with days left"),
    QT_TRANSLATE_NOOP("Report", "People on a plan"),
    QT_TRANSLATE_NOOP("Report", "Days over, in all"),
    QT_TRANSLATE_NOOP("Report", "Anonymised guests"),
    QT_TRANSLATE_NOOP("Report", "Days present, in all"),
    QT_TRANSLATE_NOOP("Report", "Nobody went over the plan."),
    QT_TRANSLATE_NOOP("Report", "Nobody left days unused."),
    QT_TRANSLATE_NOOP("Report", "Nobody came this month."),
    QT_TRANSLATE_NOOP("Report", "Seats"),
    QT_TRANSLATE_NOOP("Report", "Most used at once"),
    QT_TRANSLATE_NOOP("Report", "Days used"),
    QT_TRANSLATE_NOOP("Report", "Used / included"),
    QT_TRANSLATE_NOOP("Report", "no plan"),
    QT_TRANSLATE_NOOP("Report", "seats of {org}"),
    QT_TRANSLATE_NOOP("Report", "unlimited"),
)


def month_label(first: date, lang: str) -> str:
    """ "novembre 2026" / "November 2026"."""
    name = tr(MONTHS[first.month - 1], lang)
    return f"{name.lower() if lang == 'it' else name} {first.year}"


def plan_label(person: PersonUsage, lang: str) -> str:
    """The plan column: the plan's name, the organisation's seats, or "no plan"."""
    if person.seats_of is not None:
        seats = tr("seats of {org}", lang).format(org=person.seats_of)
        return f"{person.plan} ({seats})" if person.plan else seats
    return person.plan or tr("no plan", lang)


def _hours(person: PersonUsage, lang: str) -> str:
    return number(person.minutes / 60, lang, 1)


def _left(person: PersonUsage, lang: str) -> str:
    if person.entries_left is None:
        return tr("unlimited", lang) if person.plan_kind is PlanKind.UNLIMITED else "—"
    return str(person.entries_left)


# --- CSV ---------------------------------------------------------------------------------------


def export_usage_csv(
    db: Database, month: date, out_path: Path, *, now: datetime, lang: str = "it"
) -> tuple[Path, int]:
    """One row per person; numbers stay numbers (hours with a decimal comma in Italian, as
    Italian Excel reads them). Returns the path and the number of rows."""
    usage = month_usage(db, month, now=now)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    partial = out_path.with_name(out_path.name + ".part")
    with partial.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = SpreadsheetWriter(handle)
        writer.writerow([tr(column, lang) for column in CSV_COLUMNS])
        for p in usage.people:
            writer.writerow(
                [
                    p.person_id,
                    p.name,
                    p.organisation or "",
                    plan_label(p, lang),
                    p.days_present,
                    _csv_hours(p, lang),
                    p.entries_used,
                    "" if p.entries_left is None else p.entries_left,
                    p.days_over,
                ]
            )
    os.replace(partial, out_path)
    return out_path, len(usage.people)


def _csv_hours(person: PersonUsage, lang: str) -> str:
    """Hours with one decimal as the spreadsheet's language reads a number ("12,5" in Italian),
    without thousands separators."""
    return number(person.minutes / 60, lang, 1).replace("." if lang == "it" else ",", "")


# --- PDF ---------------------------------------------------------------------------------------


def render_usage_report(
    db: Database,
    month: date,
    out_path: Path,
    *,
    now: datetime,
    lang: str = "it",
    progress: Progress | None = None,
) -> Path:
    usage = month_usage(db, month, now=now)
    header = ReportHeader(
        title=tr("Plan usage", lang),
        subtitle=month_label(usage.first, lang),
        lang=lang,
        generated_at=now,
    )
    return build_pdf(out_path, usage_story(usage, lang), header, progress)


@cache
def _big() -> ParagraphStyle:
    return ParagraphStyle("big", parent=styles().band_title, fontSize=20, leading=24)


def _box(title: str, value: str, colour: Color | None, note: str = "") -> list[Flowable]:
    s = styles()
    lines: list[Flowable] = [
        Paragraph(name_markup(title), s.band_title),
        Paragraph(coloured(value, colour, bold=True) if colour else name_markup(value), _big()),
    ]
    if note:
        lines.append(Paragraph(name_markup(note), s.band_line))
    return lines


def _summary(usage: MonthUsage, lang: str) -> Flowable:
    over, under = usage.over, usage.under
    on_plan = sum(1 for p in usage.people if p.plan or p.seats_of)
    boxes = [
        _box(
            tr("People over the plan", lang),
            str(len(over)),
            ALERT if over else OK,
            f"{tr('Days over, in all', lang)}: {sum(p.days_over for p in over)}",
        ),
        _box(tr("People with days left", lang), str(len(under)), WARN if under else None),
        _box(
            tr("People on a plan", lang),
            str(on_plan),
            None,
            f"{tr('Days present, in all', lang)}: {sum(p.days_present for p in usage.people)}",
        ),
        _box(
            tr("Anonymised guests", lang),
            str(usage.anonymous_people),
            None,
            f"{tr('Days present, in all', lang)}: {usage.anonymous_days}",
        ),
    ]
    return summary_band(boxes, [CONTENT_WIDTH / len(boxes)] * len(boxes))


def _over_table(over: list[PersonUsage], lang: str) -> Flowable:
    header = [
        tr("Name", lang),
        tr("Organisation", lang),
        tr("Plan", lang),
        tr("Days present", lang),
        tr("Entries used", lang),
        tr("Days over the plan", lang),
    ]
    rows = [
        [
            Paragraph(coloured(p.name, ALERT, bold=True), styles().cell),
            p.organisation or "",
            plan_label(p, lang),
            str(p.days_present),
            str(p.entries_used),
            Paragraph(coloured(str(p.days_over), ALERT, bold=True), styles().cell_right),
        ]
        for p in sorted(over, key=lambda p: (-p.days_over, p.name))
    ]
    return data_table(header, rows, [150, 100, 110, 55, 55, 53], right=(3, 4, 5))


def _under_table(under: list[PersonUsage], lang: str) -> Flowable:
    header = [
        tr("Name", lang),
        tr("Organisation", lang),
        tr("Plan", lang),
        tr("Used / included", lang),
        tr("Entries left", lang),
    ]
    rows = [
        [
            p.name,
            p.organisation or "",
            plan_label(p, lang),
            f"{p.entries_used} / {p.allowance}",
            Paragraph(coloured(str(p.entries_left), WARN, bold=True), styles().cell_right),
        ]
        for p in sorted(under, key=lambda p: (-(p.entries_left or 0), p.name))
    ]
    return data_table(header, rows, [170, 110, 120, 65, 58], right=(3, 4))


def _organisations(usage: MonthUsage, lang: str) -> Flowable:
    header = [
        tr("Organisation", lang),
        tr("Seats", lang),
        tr("Most used at once", lang),
        tr("Days used", lang),
    ]
    rows = []
    for org in usage.organisations:
        peak: object = str(org.peak)
        if org.over:
            peak = Paragraph(coloured(str(org.peak), ALERT, bold=True), styles().cell_right)
        rows.append([org.organisation, str(org.seats), peak, str(org.days_used)])
    return data_table(header, rows, [223, 100, 100, 100], right=(1, 2, 3))


def _everyone(usage: MonthUsage, lang: str) -> Flowable:
    header = [tr(c, lang) for c in CSV_COLUMNS[1:]]
    rows = []
    for p in usage.people:
        over: object = str(p.days_over)
        if p.days_over:
            over = Paragraph(coloured(str(p.days_over), ALERT, bold=True), styles().cell_right)
        rows.append(
            [
                p.name,
                p.organisation or "",
                plan_label(p, lang),
                str(p.days_present),
                _hours(p, lang),
                str(p.entries_used),
                _left(p, lang),
                over,
            ]
        )
    return data_table(header, rows, [120, 80, 95, 45, 40, 45, 50, 48], right=(3, 4, 5, 6, 7))


def usage_story(usage: MonthUsage, lang: str) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [_summary(usage, lang)]
    if not usage.people and not usage.anonymous_people:
        return [
            *story,
            Spacer(1, 6),
            Paragraph(name_markup(tr("Nobody came this month.", lang)), s.body),
        ]
    story.append(Paragraph(name_markup(tr("Over the plan", lang)), s.heading))
    if usage.over:
        story.append(_over_table(usage.over, lang))
    else:
        story.append(Paragraph(name_markup(tr("Nobody went over the plan.", lang)), s.body))
    story.append(Paragraph(name_markup(tr("Days left unused", lang)), s.heading))
    if usage.under:
        story.append(_under_table(usage.under, lang))
    else:
        story.append(Paragraph(name_markup(tr("Nobody left days unused.", lang)), s.body))
    if usage.organisations:
        story += [
            Paragraph(name_markup(tr("Organisations' seats", lang)), s.heading),
            _organisations(usage, lang),
        ]
    story += [
        Paragraph(name_markup(tr("Everyone this month", lang)), s.heading),
        _everyone(usage, lang),
    ]
    return story
