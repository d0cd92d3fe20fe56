"""A person's data, everything the desk holds about them, as JSON or a readable PDF (manager only).

The export is audited (who exported whom, in which format) once the file is written.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from serre_desk.clock import iso_local, to_local
from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP, translate
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record, to_entry
from serre_desk.services.output_files import writing
from serre_desk.services.permissions import require_manager
from serre_desk.services.person_row import load_person
from serre_desk.services.plans import assignments_of
from serre_desk.storage.database import Database
from serre_desk.storage.models import (
    Area,
    AuditEvent,
    Badge,
    Guardian,
    Person,
    PersonPlan,
    PlanAdjustment,
    Visit,
)

EXPORT_FORMAT = "serre-desk-personal-data/1"


def _when(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    return iso_local(value) if isinstance(value, datetime) else value.isoformat()


def _person_fields(person: Person) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "kind": person.kind,
        "organisation": person.organisation,
        "email": person.email,
        "phone": person.phone,
        "default_area": person.default_area,
        "membership_ends": _when(person.membership_ends),
        "birth_date": _when(person.birth_date),
        "health_notes": person.health_notes,
        "photo_consent": person.photo_consent,
        "privacy_notice_acknowledged_at": _when(person.privacy_ack_at),
        "registered_at": _when(person.created_at),
        "last_seen_at": _when(person.last_seen_at),
        "legal_hold": person.legal_hold,
    }


def _visits(session: Session, person_id: int) -> list[dict[str, Any]]:
    brought, collected = aliased(Person), aliased(Person)
    rows = session.execute(
        select(Visit, Area.key, brought.name, collected.name)
        .join(Area, Area.id == Visit.area_id)
        .outerjoin(brought, brought.id == Visit.brought_by_id)
        .outerjoin(collected, collected.id == Visit.collected_by_id)
        .where(Visit.person_id == person_id)
        .order_by(Visit.checked_in_at)
    ).all()
    return [
        {
            "area": area,
            "checked_in_at": _when(v.checked_in_at),
            "checked_out_at": _when(v.checked_out_at),
            "recorded_in_by": v.in_by,
            "recorded_out_by": v.out_by,
            "auto_closed": v.auto_closed,
            "corrected": v.corrected,
            "override": v.override,
            "undone": v.undone,
            "brought_by": {"id": v.brought_by_id, "name": by} if v.brought_by_id else None,
            "collected_by": {"id": v.collected_by_id, "name": co} if v.collected_by_id else None,
        }
        for v, area, by, co in rows
    ]


def _children_handled(session: Session, person_id: int) -> list[dict[str, Any]]:
    """Visits of children this person brought or collected."""
    rows = session.execute(
        select(Visit, Person.name)
        .join(Person, Person.id == Visit.person_id)
        .where(or_(Visit.brought_by_id == person_id, Visit.collected_by_id == person_id))
        .order_by(Visit.checked_in_at)
    ).all()
    return [
        {
            "child": {"id": v.person_id, "name": name},
            "brought": v.brought_by_id == person_id,
            "collected": v.collected_by_id == person_id,
            "checked_in_at": _when(v.checked_in_at),
            "checked_out_at": _when(v.checked_out_at),
        }
        for v, name in rows
    ]


def _links(session: Session, person_id: int, as_child: bool) -> list[dict[str, Any]]:
    mine, other = (Guardian.child_id, Guardian.adult_id)
    if not as_child:
        mine, other = other, mine
    rows = session.execute(
        select(Guardian, Person.name).join(Person, Person.id == other).where(mine == person_id)
    ).all()
    return [
        {
            "id": (g.adult_id if as_child else g.child_id),
            "name": name,
            "authorised": g.authorised,
            "only_on": _when(g.only_on),
        }
        for g, name in rows
    ]


def _badges(session: Session, person_id: int) -> list[dict[str, Any]]:
    badges = session.scalars(select(Badge).where(Badge.person_id == person_id).order_by(Badge.id))
    return [
        {
            "code_id": b.code_id,
            "kind": b.kind,
            "issued_at": _when(b.issued_at),
            "valid_until": _when(b.valid_until),
            "revoked_at": _when(b.revoked_at),
        }
        for b in badges
    ]


def _plans(session: Session, person_id: int) -> list[dict[str, Any]]:
    """The person's plans, oldest first, each with its dates and the entries a manager added."""
    added: dict[int, list[dict[str, Any]]] = {}
    for adjustment in session.scalars(
        select(PlanAdjustment)
        .join(PersonPlan, PersonPlan.id == PlanAdjustment.person_plan_id)
        .where(PersonPlan.person_id == person_id)
        .order_by(PlanAdjustment.id)
    ):
        added.setdefault(adjustment.person_plan_id, []).append(
            {
                "on": _when(adjustment.on_day),
                "entries": adjustment.entries,
                "at": _when(adjustment.at),
            }
        )
    return [
        {
            "plan": a.plan.name,
            "kind": a.plan.kind.value,
            "area": a.plan.area,
            "starts_on": _when(a.starts_on),
            "ends_on": _when(a.ends_on),
            "expires_on": _when(a.expires_on),
            "entries_added": added.get(a.id, []),
        }
        for a in assignments_of(session, [person_id]).get(person_id, [])
    ]


def _audit(session: Session, person_id: int) -> list[dict[str, Any]]:
    events = session.scalars(
        select(AuditEvent).where(AuditEvent.subject_id == person_id).order_by(AuditEvent.id)
    )
    return [
        {
            "at": _when(entry.at),
            "by": entry.actor,
            "desk": entry.desk,
            "action": entry.action,
            "reason": entry.reason,
            "detail": entry.detail,
        }
        for entry in map(to_entry, events)
    ]


def person_data(db: Database, actor: Actor, person_id: int, *, now: datetime) -> dict[str, Any]:
    """Everything held about one person, as plain JSON-ready data (manager only)."""
    require_manager(actor)
    with db.read() as session:
        person = load_person(session, person_id)
        return {
            "format": EXPORT_FORMAT,
            "exported_at": _when(now),
            "person": _person_fields(person),
            "visits": _visits(session, person_id),
            "guardians": _links(session, person_id, as_child=True),
            "children": _links(session, person_id, as_child=False),
            "children_brought_or_collected": _children_handled(session, person_id),
            "badges": _badges(session, person_id),
            "plans": _plans(session, person_id),
            "audit": _audit(session, person_id),
        }


def export_person(
    db: Database, actor: Actor, person_id: int, out: Path, *, now: datetime, lang: str = "it"
) -> Path:
    """Write the person's data to `out` (.json or .pdf) and audit the export."""
    suffix = out.suffix.lower()
    if suffix not in (".json", ".pdf"):
        raise Refusal(
            "bad_export_format",
            QT_TRANSLATE_NOOP("Refusal", "Export to a .json or a .pdf file, not {name!r}."),
            name=out.name,
        )
    data = person_data(db, actor, person_id, now=now)
    with writing(out, "export_unwritable"):
        out.parent.mkdir(parents=True, exist_ok=True)
        partial = out.with_name(out.name + ".partial")
        if suffix == ".json":
            partial.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        else:
            _write_pdf(data, partial, lang)
        os.replace(partial, out)
    with db.write() as session:
        record(session, actor, now, "privacy_export", person_id, format=suffix.lstrip("."))
    return out


def _tr(text: str, lang: str) -> str:
    return translate("PrivacyExport", text, lang)


PERSON_LABELS = {
    "name": QT_TRANSLATE_NOOP("PrivacyExport", "Name"),
    "kind": QT_TRANSLATE_NOOP("PrivacyExport", "Kind"),
    "organisation": QT_TRANSLATE_NOOP("PrivacyExport", "Organisation"),
    "email": QT_TRANSLATE_NOOP("PrivacyExport", "Email"),
    "phone": QT_TRANSLATE_NOOP("PrivacyExport", "Phone"),
    "default_area": QT_TRANSLATE_NOOP("PrivacyExport", "Default area"),
    "membership_ends": QT_TRANSLATE_NOOP("PrivacyExport", "Membership ends"),
    "birth_date": QT_TRANSLATE_NOOP("PrivacyExport", "Birth date"),
    "health_notes": QT_TRANSLATE_NOOP("PrivacyExport", "Allergy and medical notes"),
    "photo_consent": QT_TRANSLATE_NOOP("PrivacyExport", "Photo consent"),
    "privacy_notice_acknowledged_at": QT_TRANSLATE_NOOP("PrivacyExport", "Privacy notice shown"),
    "registered_at": QT_TRANSLATE_NOOP("PrivacyExport", "Registered"),
    "last_seen_at": QT_TRANSLATE_NOOP("PrivacyExport", "Last seen"),
    "legal_hold": QT_TRANSLATE_NOOP("PrivacyExport", "Legal hold"),
}


def _short(value: str | None) -> str:
    """An ISO time as the venue's local 'YYYY-MM-DD HH:MM' (dates and None pass through)."""
    if not value:
        return "—"
    if "T" not in value:
        return value
    return to_local(datetime.fromisoformat(value)).strftime("%Y-%m-%d %H:%M")


def _plain(value: Any, lang: str) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (
            translate("PrivacyExport", "yes", lang)
            if value
            else translate("PrivacyExport", "no", lang)
        )
    return str(value)


def _flags(visit: dict[str, Any]) -> str | None:
    flags = [f for f in ("auto_closed", "corrected", "override", "undone") if visit[f]]
    return ", ".join(flags) or None


def _added(entries: list[dict[str, Any]]) -> str:
    """Entries added to a plan: "+5 (2026-11-25), -1 (2026-11-26)"."""
    return ", ".join(f"{a['entries']:+d} ({a['on']})" for a in entries) or "—"


def _audit_detail(event: dict[str, Any]) -> str:
    shown = [f"{k}={v}" for k, v in event["detail"].items() if v not in (None, False, [])]
    return "; ".join(shown) + (f" — {event['reason']}" if event["reason"] else "")


Section = tuple[str, list[str], list[int], list[list[Any]]]


def _sections(data: dict[str, Any]) -> list[Section]:
    """Title, column headings, column widths (mm) and rows of every table after the details."""
    return [
        (
            QT_TRANSLATE_NOOP("PrivacyExport", "Visits"),
            [
                QT_TRANSLATE_NOOP("PrivacyExport", "Area"),
                QT_TRANSLATE_NOOP("PrivacyExport", "In"),
                QT_TRANSLATE_NOOP("PrivacyExport", "Out"),
                QT_TRANSLATE_NOOP("PrivacyExport", "Flags"),
            ],
            [35, 40, 40, 55],
            [
                [v["area"], _short(v["checked_in_at"]), _short(v["checked_out_at"]), _flags(v)]
                for v in data["visits"]
            ],
        ),
        (
            QT_TRANSLATE_NOOP("PrivacyExport", "Guardians and children"),
            [
                QT_TRANSLATE_NOOP("PrivacyExport", "Name"),
                QT_TRANSLATE_NOOP("PrivacyExport", "Authorised for pickup"),
                QT_TRANSLATE_NOOP("PrivacyExport", "Only on"),
            ],
            [80, 45, 45],
            [
                [g["name"], g["authorised"], g["only_on"]]
                for g in data["guardians"] + data["children"]
            ],
        ),
        (
            QT_TRANSLATE_NOOP("PrivacyExport", "Children brought or collected"),
            [
                QT_TRANSLATE_NOOP("PrivacyExport", "Child"),
                QT_TRANSLATE_NOOP("PrivacyExport", "In"),
                QT_TRANSLATE_NOOP("PrivacyExport", "Out"),
            ],
            [80, 45, 45],
            [
                [c["child"]["name"], _short(c["checked_in_at"]), _short(c["checked_out_at"])]
                for c in data["children_brought_or_collected"]
            ],
        ),
        (
            QT_TRANSLATE_NOOP("PrivacyExport", "Badges"),
            [
                QT_TRANSLATE_NOOP("PrivacyExport", "Kind"),
                QT_TRANSLATE_NOOP("PrivacyExport", "Issued"),
                QT_TRANSLATE_NOOP("PrivacyExport", "Valid until"),
                QT_TRANSLATE_NOOP("PrivacyExport", "Revoked"),
            ],
            [30, 45, 50, 45],
            [
                [
                    b["kind"],
                    _short(b["issued_at"]),
                    _short(b["valid_until"]),
                    _short(b["revoked_at"]),
                ]
                for b in data["badges"]
            ],
        ),
        (
            QT_TRANSLATE_NOOP("PrivacyExport", "Plans"),
            [
                QT_TRANSLATE_NOOP("PrivacyExport", "Plan"),
                QT_TRANSLATE_NOOP("PrivacyExport", "From"),
                QT_TRANSLATE_NOOP("PrivacyExport", "Until"),
                QT_TRANSLATE_NOOP("PrivacyExport", "Entries added"),
            ],
            [60, 35, 35, 40],
            [
                [
                    p["plan"],
                    p["starts_on"],
                    p["expires_on"] or "—",
                    _added(p["entries_added"]),
                ]
                for p in data["plans"]
            ],
        ),
        (
            QT_TRANSLATE_NOOP("PrivacyExport", "Audit log entries"),
            [
                QT_TRANSLATE_NOOP("PrivacyExport", "When"),
                QT_TRANSLATE_NOOP("PrivacyExport", "Action"),
                QT_TRANSLATE_NOOP("PrivacyExport", "By"),
                QT_TRANSLATE_NOOP("PrivacyExport", "Detail"),
            ],
            [32, 30, 25, 83],
            [[_short(a["at"]), a["action"], a["by"], _audit_detail(a)] for a in data["audit"]],
        ),
    ]


def _write_pdf(data: dict[str, Any], path: Path, lang: str) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from serre_desk.render.fonts import FONT, FONT_BOLD, register_fonts

    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11)
    heading = ParagraphStyle("heading", fontName=FONT_BOLD, fontSize=12, leading=15, spaceBefore=8)
    title = ParagraphStyle("title", fontName=FONT_BOLD, fontSize=16, leading=20)

    def table(rows: list[list[Any]], widths: list[int], header: bool) -> Table:
        cells = [[Paragraph(escape(_plain(v, lang)), body) for v in row] for row in rows]
        grid = Table(cells, colWidths=[w * mm for w in widths], repeatRows=1 if header else 0)
        style = [("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eee8")))
        grid.setStyle(TableStyle(style))
        return grid

    person = data["person"]
    details = [
        [_tr(label, lang), _short(person[key]) if key.endswith("_at") else person[key]]
        for key, label in PERSON_LABELS.items()
    ]
    exported = translate("PrivacyExport", "Le Serre dei Giardini — exported {when}", lang)
    story: list[Any] = [
        Paragraph(
            escape(translate("PrivacyExport", "Personal data held by Serre Desk", lang)), title
        ),
        Paragraph(escape(exported.format(when=_short(data["exported_at"]))), body),
        Spacer(1, 4 * mm),
        Paragraph(escape(translate("PrivacyExport", "Details", lang)), heading),
        table(details, [55, 115], header=False),
    ]
    for heading_text, columns, widths, rows in _sections(data):
        story.append(Paragraph(escape(_tr(heading_text, lang)), heading))
        if rows:
            story.append(table([[_tr(c, lang) for c in columns], *rows], widths, header=True))
        else:
            story.append(Paragraph(escape(translate("PrivacyExport", "None.", lang)), body))
    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=translate("PrivacyExport", "Personal data held by Serre Desk", lang),
        author="Serre Desk",
    )
    document.build(story)
