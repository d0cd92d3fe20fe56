"""The daily attendance sheet ("foglio presenze") as an A4 PDF.

Page one reads in ten seconds: a summary band (visits, people, peaks, what needs attention in
colour), the hourly occupancy per area with its capacity line; then one table per area in time
order, and the signature lines. Health notes are never read, so they can never be printed.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from serre_desk.clock import local_date
from serre_desk.domain.people import PersonKind
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.render.charts import hourly_chart
from serre_desk.render.fonts import name_markup
from serre_desk.render.report_layout import (
    ALERT,
    CONTENT_WIDTH,
    MUTED,
    OK,
    WARN,
    Progress,
    ReportHeader,
    TableParts,
    area_colour,
    build_pdf,
    cell,
    coloured,
    markup_cell,
    signature_block,
    styles,
    summary_band,
)
from serre_desk.render.words import (
    FLAG_WORDS,
    KIND_WORDS,
    age,
    area_name,
    average_stay,
    clock,
    duration,
    how_many,
    long_date,
    short_date,
    tr,
)
from serre_desk.services.audit_anchor import Anchor, current_anchor
from serre_desk.services.reports import (
    AreaDay,
    Counts,
    DaySheet,
    DayVisit,
    Flag,
    HourBucket,
    PersonLabel,
    counts_for_stay,
    day_sheet,
)
from serre_desk.storage.database import Database

_LEFT_FROM = QT_TRANSLATE_NOOP("Report", "left from {date}, in since {time}")
_INSIDE_AT_CLOSING = QT_TRANSLATE_NOOP("Report", "still inside at closing")
_DESK = QT_TRANSLATE_NOOP("Report", "Desk")
_RELEASED_NEXT_DAY = QT_TRANSLATE_NOOP(
    "Report", "still inside at closing — released on {date} {time} by {who}"
)
ADULT_WIDTHS = (124, 50, 92, 38, 38, 50)
CHILD_WIDTHS = (80, 78, 70, 38, 70, 34, 46)
DESK_WIDTH = 64  # the desk column, on a day recorded at several desks


def render_daily_sheet(
    db: Database,
    day: date,
    out_path: Path,
    *,
    now: datetime,
    lang: str = "it",
    anonymise_guests: bool = False,
    progress: Progress | None = None,
) -> Path:
    """Read the day from the database and write its sheet to `out_path`; returns the path."""
    sheet = day_sheet(db, day, now=now, anonymise_guests=anonymise_guests)
    anchor = current_anchor(db)
    return write_daily_sheet(sheet, out_path, lang=lang, progress=progress, anchor=anchor)


def write_daily_sheet(
    sheet: DaySheet,
    out_path: Path,
    *,
    lang: str = "it",
    progress: Progress | None = None,
    anchor: Anchor | None = None,
) -> Path:
    header = ReportHeader(
        title=tr("Attendance sheet", lang),
        subtitle=_subtitle(sheet, lang),
        lang=lang,
        generated_at=sheet.now,
    )
    story = daily_story(sheet, lang, anchor)
    return build_pdf(out_path, story, header, progress)


def _subtitle(sheet: DaySheet, lang: str) -> str:
    parts = [long_date(sheet.day, lang)]
    if sheet.opens and sheet.closes:
        parts.append(
            tr("opening hours {opens}–{closes}", lang).format(
                opens=sheet.opens.strftime("%H:%M"), closes=sheet.closes.strftime("%H:%M")
            )
        )
    else:
        parts.append(tr("closed", lang))
    if sheet.hours != 24:
        parts.append(tr("a {hours}-hour day (clocks changed)", lang).format(hours=sheet.hours))
    return " · ".join(parts)


def daily_story(sheet: DaySheet, lang: str, anchor: Anchor | None = None) -> list[Flowable]:
    s = styles()
    story: list[Flowable | TableParts] = [
        Paragraph(name_markup(tr("Summary", lang)), s.heading),
        _summary(sheet, lang),
    ]
    if sheet.anonymised:
        story += [
            Spacer(1, 3),
            Paragraph(
                name_markup(tr("Guests anonymised under the retention rules.", lang)), s.small
            ),
        ]
    story += [
        Paragraph(name_markup(tr("Occupancy by hour (highest in each hour)", lang)), s.heading),
        _charts(sheet, lang),
    ]
    for position, area in enumerate(sheet.areas):
        story += _area_section(sheet, area, position, lang)
    users = ", ".join(sheet.desk_users)
    ending: list[Flowable] = [
        Spacer(1, 8),
        *signature_block(
            lang, tr("Desk users: {users}", lang).format(users=users) if users else None
        ),
    ]
    if anchor is not None:
        ending += _audit_anchor_block(anchor, lang)
    return _signed(story, ending)


def _signed(story: list[Flowable | TableParts], ending: list[Flowable]) -> list[Flowable]:
    """The story with `ending` (the signatures) on one page with the last rows of the last
    table, or with the last lines and their heading: never alone on a page."""
    last = story.pop()
    if isinstance(last, TableParts):
        flowing, kept = last.ending_with(ending)
    else:
        flowing, kept = [], [last, *ending]
    body = [item.build() if isinstance(item, TableParts) else item for item in story]
    while not flowing and body and body[-1].getKeepWithNext():
        kept.insert(0, body.pop())  # a heading kept with what follows comes along
    return [*body, *flowing, KeepTogether(kept)]


def _audit_anchor_block(anchor: Anchor, lang: str) -> list[Flowable]:
    """The audit chain's length and head when the sheet was made, printed beside the signatures
    so that a truncated or rewritten audit log no longer matches the signed paper
    (`serre-desk audit verify --against SHEET.pdf`)."""
    s = styles()
    words = QT_TRANSLATE_NOOP(
        "Report", "Audit log when this sheet was made: {count} events; its chain head:"
    )
    words = tr(words, lang).format(count=anchor.count)
    return [
        Spacer(1, 6),
        Paragraph(name_markup(words), s.small),
        Paragraph(f'<font face="Courier">{anchor.printed}</font>', s.small),
    ]


# ---------------------------------------------------------------- summary band


def _attention_lines(counts: Counts, lang: str) -> list[str]:
    lines = []
    if counts.auto_closed:
        lines.append(
            coloured(
                how_many(counts.auto_closed, "auto_closed", lang),
                WARN,
            )
        )
    if counts.corrected:
        lines.append(coloured(how_many(counts.corrected, "corrected", lang), WARN))
    if counts.overrides:
        lines.append(coloured(how_many(counts.overrides, "override", lang), ALERT, bold=True))
    if counts.late_pickups:
        lines.append(
            coloured(
                how_many(counts.late_pickups, "late_pickup", lang),
                ALERT,
                bold=True,
            )
        )
    return lines


def _peak_line(area: AreaDay, lang: str) -> str:
    if not area.peak or area.peak_at is None:
        return name_markup(tr("no one inside", lang))
    text = tr("peak {peak}/{capacity} at {time}", lang).format(
        peak=area.peak, capacity=area.area.capacity, time=clock(area.peak_at)
    )
    share = area.peak / max(1, area.area.capacity)
    if share >= 1:
        return coloured(text, ALERT, bold=True)
    if share >= 0.85:
        return coloured(text, WARN)
    return name_markup(text)


def _area_box(area: AreaDay, lang: str) -> list[Flowable]:
    s = styles()
    counts = area.counts
    first = " · ".join(
        (how_many(counts.visits, "visit", lang), how_many(counts.people, "person", lang))
    )
    lines = [name_markup(first)]  # the areas' visits add up to the total's
    if area.area.for_children:
        children = counts.kinds.get(PersonKind.CHILD, 0)
        lines.append(
            name_markup(
                " · ".join(
                    (how_many(children, "child", lang), how_many(area.educators, "educator", lang))
                )
            )
        )
    lines.append(_peak_line(area, lang))
    stays = _main_average(area)
    if stays is not None:
        lines.append(name_markup(average_stay(stays, counts.auto_closed, lang)))
    lines += _attention_lines(counts, lang)
    return [Paragraph(name_markup(area_name(area.area.name, lang)), s.band_title)] + [
        Paragraph(line, s.band_line) for line in lines
    ]


def _main_average(area: AreaDay) -> int | None:
    """Average stay of the people the area is for (children in the kids' space)."""
    stays = [v.minutes for v in area.main_visits if counts_for_stay(v)]
    if area.area.for_children:
        return round(sum(stays) / len(stays)) if stays else None
    return area.counts.average_minutes


def _total_box(sheet: DaySheet, lang: str) -> list[Flowable]:
    s = styles()
    totals = sheet.totals
    kinds = " · ".join(
        how_many(totals.kinds[kind], kind.value, lang)
        for kind in (PersonKind.MEMBER, PersonKind.GUEST, PersonKind.CHILD, PersonKind.STAFF)
        if totals.kinds.get(kind)
    )
    lines = [
        name_markup(
            " · ".join(
                (how_many(totals.visits, "visit", lang), how_many(totals.people, "person", lang))
            )
        ),
    ]
    if kinds:
        lines.append(name_markup(kinds))
    if totals.average_minutes is not None:
        lines.append(name_markup(average_stay(totals.average_minutes, totals.auto_closed, lang)))
    attention = _attention_lines(totals, lang)
    lines += attention or [coloured("✓ " + tr("nothing to report", lang), OK)]
    return [Paragraph(name_markup(tr("Total", lang)), s.band_title)] + [
        Paragraph(line, s.band_line) for line in lines
    ]


def _summary(sheet: DaySheet, lang: str) -> Table:
    boxes = [_area_box(area, lang) for area in sheet.areas] + [_total_box(sheet, lang)]
    width = CONTENT_WIDTH / len(boxes)
    return summary_band(boxes, [width] * len(boxes))


# ---------------------------------------------------------------- charts


def _chart_range(sheet: DaySheet) -> slice:
    """The hours worth drawing: opening hours plus any hour someone was inside."""
    buckets = sheet.areas[0].hourly if sheet.areas else []
    busy = [i for i, _ in enumerate(buckets) if any(a.hourly[i].peak for a in sheet.areas)]
    wanted = [i for i, b in enumerate(buckets) if _within_hours(sheet, b)] + busy
    if not wanted:
        return slice(8, 20)
    return slice(min(wanted), max(wanted) + 1)


def _within_hours(sheet: DaySheet, bucket: HourBucket) -> bool:
    if not (sheet.opens and sheet.closes):
        return False
    last = sheet.closes.hour if sheet.closes.minute else sheet.closes.hour - 1
    return sheet.opens.hour <= bucket.hour <= last


def _charts(sheet: DaySheet, lang: str) -> Table:
    window = _chart_range(sheet)
    per_row = 1 if len(sheet.areas) == 1 else 2
    width = CONTENT_WIDTH / per_row
    drawings = [
        hourly_chart(
            area_name(area.area.name, lang),
            area.hourly[window],
            area.area.capacity,
            area_colour(position),
            width - 6,
            112,
            lang,
        )
        for position, area in enumerate(sheet.areas)
    ]
    rows = [drawings[i : i + per_row] for i in range(0, len(drawings), per_row)] or [[""]]
    if len(rows[-1]) < per_row:
        rows[-1] = rows[-1] + [""] * (per_row - len(rows[-1]))
    table = Table(rows, colWidths=[width] * per_row)
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


# ---------------------------------------------------------------- tables


def _person(label: PersonLabel | None, lang: str) -> str:
    if label is None:
        return "—"
    if label.anonymous:
        template = "Anonymous guest {n}" if label.kind is PersonKind.GUEST else "Anonymous {n}"
        return tr(template, lang).format(n=label.alias)
    return label.name


def _times(visit: DayVisit) -> tuple[str, str]:
    start = "00:00" if Flag.FROM_PREVIOUS_DAY in visit.flags else clock(visit.start)
    if visit.end is None:
        end = "—"
    elif Flag.TO_NEXT_DAY in visit.flags:
        end = "24:00"
    else:
        end = clock(visit.end)
    return start, end


def _notes(sheet: DaySheet, visit: DayVisit, lang: str) -> list[str]:
    """The notes column: flags (what needs attention in colour) and managers' reasons."""
    flags = visit.flags
    row = visit.row
    parts: list[str] = _night_notes(visit, lang)
    if Flag.FROM_PREVIOUS_DAY in flags and Flag.LEFT_FROM_PREVIOUS_DAY not in flags:
        local = row.checked_in_at
        parts.append(
            name_markup(
                tr("since {date} {time}", lang).format(
                    date=short_date(local_date(local)), time=clock(local)
                )
            )
        )
    if (
        Flag.TO_NEXT_DAY in flags
        and row.checked_out_at is not None
        and Flag.LEFT_AT_CLOSING not in flags
    ):
        parts.append(
            name_markup(
                tr("continues until {date} {time}", lang).format(
                    date=short_date(local_date(row.checked_out_at)), time=clock(row.checked_out_at)
                )
            )
        )
    if Flag.STILL_INSIDE in flags and Flag.LEFT_AT_CLOSING not in flags:
        if visit.end is None:
            parts.append(coloured(tr(FLAG_WORDS[Flag.STILL_INSIDE], lang), MUTED))
        else:
            parts.append(coloured(tr("not checked out", lang), ALERT, bold=True))
    attention = (
        (Flag.AUTO_CLOSED, WARN),
        (Flag.CORRECTED, WARN),
        (Flag.OVERRIDE, ALERT),
        (Flag.PICKUP_OVERRIDE, ALERT),
        (Flag.LATE_PICKUP, ALERT),
    )
    parts += [
        coloured(tr(FLAG_WORDS[flag], lang), colour) for flag, colour in attention if flag in flags
    ]
    if row.person.kind is PersonKind.CHILD and row.code_matched:
        parts.append(coloured("✓ " + tr("code matched", lang), OK))
    elif (
        row.person.kind is PersonKind.CHILD
        and row.checked_out_at is not None
        and row.code_matched is None
    ):
        parts.append(coloured(tr("no code check", lang), WARN))
    parts += [coloured(f"«{note.reason}»", MUTED) for note in sheet.notes.get(row.id, [])]
    return parts


def _night_notes(visit: DayVisit, lang: str) -> list[str]:
    """A child left over the night, on both days' sheets: still inside at closing (released
    when, and to whom) on the day they were left; left from that day on the next."""
    row, parts = visit.row, []
    if Flag.LEFT_FROM_PREVIOUS_DAY in visit.flags:
        words = tr(_LEFT_FROM, lang).format(
            date=short_date(local_date(row.checked_in_at)), time=clock(row.checked_in_at)
        )
        parts.append(coloured(words, ALERT, bold=True))
    if Flag.LEFT_AT_CLOSING in visit.flags:
        out = row.checked_out_at
        words = (
            tr(_RELEASED_NEXT_DAY, lang).format(
                date=short_date(local_date(out)),
                time=clock(out),
                who=_person(row.collected_by, lang),
            )
            if out is not None and Flag.TO_NEXT_DAY in visit.flags
            else tr(_INSIDE_AT_CLOSING, lang)
        )
        parts.append(coloured(words, ALERT, bold=True))
    return parts


def _notes_cell(parts: list[str], width: float) -> str | Paragraph:
    if not parts:
        return ""
    return markup_cell(" · ".join(parts), width, styles().cell)


def _name_cell(label: PersonLabel, text: str, width: float) -> str | Paragraph:
    s = styles()
    if label.anonymous:
        return Paragraph(coloured(text, MUTED), s.cell)
    return cell(text, width, s.cell)


def _desk(visit: DayVisit) -> str:
    """Where the visit was recorded: "Ingresso", or "Ingresso → Spazio bimbi" when it ended at
    another desk."""
    came, went = visit.row.in_desk or "—", visit.row.out_desk
    return came if went is None or went == came else f"{came} → {went}"


def _with_desk(
    sheet: DaySheet,
    header: list[str],
    rows: list[list[Any]],
    widths: list[float],
    visits: list[DayVisit],
    lang: str,
) -> None:
    """A desk column before the notes (taken from their width) on a day recorded at several
    desks; a one-desk day's sheet is as it always was."""
    if len(sheet.desks) < 2:
        return
    header.insert(-1, tr(_DESK, lang))
    widths[-1] -= DESK_WIDTH
    widths.insert(-1, DESK_WIDTH)
    for row, visit in zip(rows, visits, strict=True):
        row.insert(-1, cell(_desk(visit), DESK_WIDTH, styles().cell))


def _adult_table(sheet: DaySheet, visits: list[DayVisit], lang: str, staff_word: str) -> TableParts:
    s = styles()
    name_w, kind_w, org_w = ADULT_WIDTHS[:3]
    widths = [*ADULT_WIDTHS, CONTENT_WIDTH - sum(ADULT_WIDTHS)]
    rows = []
    for visit in visits:
        person = visit.person
        start, end = _times(visit)
        kind = staff_word if person.kind is PersonKind.STAFF else KIND_WORDS[person.kind]
        rows.append(
            [
                _name_cell(person, _person(person, lang), name_w),
                cell(tr(kind, lang), kind_w, s.cell),
                cell(person.organisation or "—", org_w, s.cell),
                start,
                end,
                duration(visit.minutes),
                _notes_cell(_notes(sheet, visit, lang), widths[-1]),
            ]
        )
    header = [
        tr(h, lang) for h in ("Name", "Kind", "Organisation", "In", "Out", "Duration", "Notes")
    ]
    _with_desk(sheet, header, rows, widths, visits, lang)
    return TableParts(header, rows, widths, right=(5,))


def _child_table(sheet: DaySheet, visits: list[DayVisit], lang: str) -> TableParts:
    s = styles()
    name_w, age_w, guardian_w = CHILD_WIDTHS[:3]
    widths = [*CHILD_WIDTHS, CONTENT_WIDTH - sum(CHILD_WIDTHS)]
    rows = []
    for visit in visits:
        row = visit.row
        start, end = _times(visit)
        rows.append(
            [
                _name_cell(row.person, _person(row.person, lang), name_w),
                cell(age(row.birth_date, sheet.day, lang), age_w, s.cell)
                if row.birth_date
                else "—",
                cell(_person(row.brought_by, lang), guardian_w, s.cell),
                start,
                cell(
                    _person(row.collected_by, lang) if row.collected_by else "—", guardian_w, s.cell
                ),
                end,
                duration(visit.minutes),
                _notes_cell(_notes(sheet, visit, lang), widths[-1]),
            ]
        )
    header = [
        tr(h, lang)
        for h in ("Child", "Age", "Brought by", "In", "Collected by", "Out", "Duration", "Notes")
    ]
    _with_desk(sheet, header, rows, widths, visits, lang)
    return TableParts(header, rows, widths, right=(6,))


def _area_section(
    sheet: DaySheet, area: AreaDay, position: int, lang: str
) -> list[Flowable | TableParts]:
    s = styles()
    colour = area_colour(position)
    if area.area.for_children:
        title = f"{area_name(area.area.name, lang)} — " + ", ".join(
            (
                how_many(area.counts.kinds.get(PersonKind.CHILD, 0), "child", lang),
                how_many(area.educators, "educator", lang),
            )
        )
    else:
        title = f"{area_name(area.area.name, lang)} — {how_many(len(area.visits), 'visit', lang)}"
    marker = f'<font color="{colour.hexval()}">■</font> '
    parts: list[Flowable | TableParts] = [Paragraph(marker + name_markup(title), s.heading)]
    if not area.visits:
        return [*parts, Paragraph(name_markup(tr("No visits.", lang)), s.body)]
    if area.area.for_children:
        if area.main_visits:
            parts.append(_child_table(sheet, area.main_visits, lang))
        if area.staff_visits:
            parts += [
                Paragraph(name_markup(tr("Educators", lang)), s.subheading),
                _adult_table(sheet, area.staff_visits, lang, "Educator"),
            ]
    else:
        parts.append(_adult_table(sheet, area.visits, lang, "Staff"))
    return parts
