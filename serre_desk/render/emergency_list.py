"""The emergency list as a PDF: a roll call per area with a box to tick for each person."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from serre_desk.clock import local_date
from serre_desk.domain.people import PersonKind
from serre_desk.render.fonts import name_markup
from serre_desk.render.report_layout import (
    ALERT,
    CONTENT_WIDTH,
    Progress,
    ReportHeader,
    area_colour,
    build_pdf,
    cell,
    coloured,
    data_table,
    styles,
)
from serre_desk.render.words import KIND_WORDS, age, area_name, clock, how_many, long_date, tr
from serre_desk.services.emergency import EmergencyList, PersonInside, emergency_list
from serre_desk.storage.database import Database

TICK = "☐"
ADULT_WIDTHS = (20, 150, 60, 120, 92)
CHILD_WIDTHS = (18, 100, 78, 50, 32, 80)
FOOTER = "Confidential, for the roll call at the assembly point only: destroy after use."


def render_emergency_list(
    db: Database,
    out_path: Path,
    *,
    now: datetime,
    lang: str = "it",
    progress: Progress | None = None,
) -> Path:
    return write_emergency_list(emergency_list(db, now=now), out_path, lang=lang, progress=progress)


def write_emergency_list(
    data: EmergencyList, out_path: Path, *, lang: str = "it", progress: Progress | None = None
) -> Path:
    s = styles()
    header = ReportHeader(
        title=tr("Emergency list", lang),
        subtitle=" · ".join(
            (
                long_date(local_date(data.at), lang),
                clock(data.at),
                how_many(data.total, "inside", lang),
            )
        ),
        lang=lang,
        generated_at=data.at,
        footer=FOOTER,
    )
    story: list[Flowable] = [
        Paragraph(
            name_markup(
                tr(
                    "Everyone inside at {time}, per area. "
                    "Tick each person present at the assembly point.",
                    lang,
                ).format(time=clock(data.at))
            ),
            s.body,
        )
    ]
    for position, (area, people) in enumerate(data.areas):
        colour = area_colour(position)
        title = f"{area_name(area.name, lang)} — {how_many(len(people), 'inside', lang)}"
        marker = f'<font color="{colour.hexval()}">■</font> '
        story.append(Paragraph(marker + name_markup(title), s.heading))
        if not people:
            story.append(Paragraph(name_markup(tr("Nobody is inside.", lang)), s.body))
            continue
        children = [p for p in people if p.kind is PersonKind.CHILD]
        adults = [p for p in people if p.kind is not PersonKind.CHILD]
        if children:
            story.append(_children_table(children, data, lang))
        if adults:
            if children:
                story.append(Paragraph(name_markup(tr("Educators", lang)), s.subheading))
            story.append(_adults_table(adults, lang, "Educator" if area.for_children else "Staff"))
    return build_pdf(out_path, story, header, progress)


def _adults_table(people: list[PersonInside], lang: str, staff_word: str) -> Flowable:
    s = styles()
    rows = [
        [
            TICK,
            cell(p.name, ADULT_WIDTHS[1], s.cell),
            cell(
                tr(staff_word if p.kind is PersonKind.STAFF else KIND_WORDS[p.kind], lang),
                ADULT_WIDTHS[2],
                s.cell,
            ),
            cell(p.organisation or "—", ADULT_WIDTHS[3], s.cell),
            cell(p.phone or "—", ADULT_WIDTHS[4], s.cell),
            clock(p.since),
        ]
        for p in people
    ]
    header = ["", *(tr(h, lang) for h in ("Name", "Kind", "Organisation", "Phone", "Since"))]
    widths = [*ADULT_WIDTHS, CONTENT_WIDTH - sum(ADULT_WIDTHS)]
    return data_table(header, rows, widths, right=(5,))


def _children_table(people: list[PersonInside], data: EmergencyList, lang: str) -> Flowable:
    s = styles()
    widths = [*CHILD_WIDTHS, CONTENT_WIDTH - sum(CHILD_WIDTHS)]
    rows = []
    for p in people:
        contacts = (
            "; ".join(f"{c.name} {c.phone}" if c.phone else c.name for c in p.guardians) or "—"
        )
        rows.append(
            [
                TICK,
                cell(p.name, CHILD_WIDTHS[1], s.cell),
                cell(age(p.birth_date, local_date(data.at), lang), CHILD_WIDTHS[2], s.cell)
                if p.birth_date
                else "—",
                Paragraph(coloured("⚠ " + tr("allergy", lang), ALERT, bold=True), s.cell)
                if p.allergy
                else "",
                clock(p.since),
                cell(p.brought_by or "—", CHILD_WIDTHS[5], s.cell),
                cell(contacts, widths[-1], s.cell),
            ]
        )
    header = [
        "",
        *(
            tr(h, lang)
            for h in ("Child", "Age", "Allergy", "Since", "Brought by", "Guardians (phone)")
        ),
    ]
    return data_table(header, rows, widths, right=(4,))
