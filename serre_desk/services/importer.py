"""Importing members and staff from a spreadsheet (UTF-8 CSV, Excel's Italian CSV with `;`, or
Excel's "Unicode text": UTF-16, tabs).

Rows match existing people on email, else on name + phone, so importing the same file twice changes
nothing. Every row is reported: added, updated, unchanged or refused with its reason.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from serre_desk.domain.dates import check_day
from serre_desk.domain.errors import Refusal
from serre_desk.domain.names import clean_name, search_key
from serre_desk.domain.people import PersonKind
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.people import PersonFields, validated_fields
from serre_desk.services.permissions import require_manager
from serre_desk.services.plans import assign_plan, find_plan
from serre_desk.storage.database import Database
from serre_desk.storage.models import Person

# Accepted headers (lowercase, Italian or English) for each field.
HEADERS = {
    "name": ("name", "nome", "nome e cognome", "nominativo", "full name"),
    "kind": ("kind", "tipo", "type", "ruolo"),
    "organisation": ("organisation", "organization", "organizzazione", "azienda", "org", "company"),
    "email": ("email", "e-mail", "mail", "posta elettronica"),
    "phone": ("phone", "telefono", "tel", "cellulare", "mobile"),
    "membership_ends": ("membership_ends", "scadenza", "membership end", "fine abbonamento"),
    "area": ("area", "default_area"),
    "plan": ("plan", "piano", "abbonamento"),
    "plan_from": ("plan_from", "plan from", "piano dal", "inizio piano"),
    "plan_until": ("plan_until", "plan until", "piano fino al", "fine piano"),
}
KIND_WORDS = {
    "member": PersonKind.MEMBER,
    "membro": PersonKind.MEMBER,
    "socio": PersonKind.MEMBER,
    "coworker": PersonKind.MEMBER,
    "staff": PersonKind.STAFF,
    "educatore": PersonKind.STAFF,
    "educatrice": PersonKind.STAFF,
    "personale": PersonKind.STAFF,
}


@dataclass(frozen=True)
class RowOutcome:
    line: int
    status: str  # added | updated | unchanged | refused
    name: str
    person_id: int | None = None
    reason: str | None = None


@dataclass
class ImportReport:
    rows: list[RowOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)


# How workbooks begin: .xlsx (a zip) and the old .xls (an OLE2 compound file).
WORKBOOK_SIGNATURES = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


def _read_text(path: Path) -> str:
    """The file as text: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"),
    else Windows-1252 (Excel on Italian Windows); a workbook or other binary file is refused."""
    raw = path.read_bytes()
    if raw.startswith(WORKBOOK_SIGNATURES):
        raise Refusal(
            "import_workbook",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{file} is an Excel workbook: save it as CSV UTF-8 and import that file.",
            ),
            file=path.name,
        )
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass  # refused below as not text
    elif b"\x00" not in raw:
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                return raw.decode("cp1252")
            except UnicodeDecodeError:
                pass
    raise Refusal(
        "import_not_text",
        QT_TRANSLATE_NOOP(
            "Refusal", "{file} is not a text file: save the list as CSV UTF-8 and import that."
        ),
        file=path.name,
    )


def _records(text: str) -> list[tuple[int, list[str]]]:
    """The CSV records with the line each begins on; malformed CSV is refused, naming the line
    (an unterminated quote would otherwise swallow the rest of the file as one name)."""
    first_line = text.partition("\n")[0]
    if "\t" in first_line:
        delimiter = "\t"
    else:
        delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for cells in reader:
            records.append((line, cells))
            line = reader.line_num + 1
    except csv.Error as error:
        raise _malformed(line, str(error)) from error
    return records


def _malformed(line: int, problem: str) -> Refusal:
    if "field limit" in problem:
        return Refusal(
            "import_field_too_long",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "Line {line} has a field longer than {limit} characters: nothing was imported.",
            ),
            line=line,
            limit=csv.field_size_limit(),
        )
    if "end of data" in problem:
        return Refusal(
            "import_open_quote",
            QT_TRANSLATE_NOOP(
                "Refusal",
                'Line {line} opens a quote (") that never closes: nothing was imported.',
            ),
            line=line,
        )
    return Refusal(
        "import_bad_csv",
        QT_TRANSLATE_NOOP(
            "Refusal", "Line {line} is not valid CSV ({problem}): nothing was imported."
        ),
        line=line,
        problem=problem,
    )


def _columns(header: list[str]) -> dict[str, int]:
    folded = [search_key(h) for h in header]
    found = {}
    for field_name, names in HEADERS.items():
        for index, title in enumerate(folded):
            if title in names:
                found[field_name] = index
                break
    if "name" not in found:
        raise Refusal(
            "import_no_name_column",
            QT_TRANSLATE_NOOP("Refusal", "The file has no name column (nome / name)."),
        )
    return found


def _parse_date(text: str) -> date:
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            parsed = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        return check_day(parsed, text)
    raise Refusal(
        "bad_date",
        QT_TRANSLATE_NOOP("Refusal", "{value!r} is not a date (YYYY-MM-DD)."),
        value=text,
    )


def _row_fields(cells: list[str], columns: dict[str, int]) -> PersonFields:
    def cell(name: str) -> str | None:
        index = columns.get(name)
        value = cells[index].strip() if index is not None and index < len(cells) else ""
        return value or None

    kind_text = (cell("kind") or "member").casefold()
    kind = KIND_WORDS.get(kind_text)
    if kind is None:
        raise Refusal(
            "import_bad_kind",
            QT_TRANSLATE_NOOP("Refusal", "Kind {value!r}: only members and staff can be imported."),
            value=kind_text,
        )
    ends = cell("membership_ends")
    return validated_fields(
        PersonFields(
            name=clean_name(cell("name") or ""),
            kind=kind,
            organisation=cell("organisation"),
            email=cell("email"),
            phone=cell("phone"),
            default_area=cell("area"),
            membership_ends=_parse_date(ends) if ends else None,
        )
    )


def _match(session: Session, fields: PersonFields) -> Person | None:
    if fields.email:
        found = session.scalar(select(Person).where(Person.email == fields.email).limit(1))
        if found is not None:
            return found
    if fields.phone:
        return session.scalar(
            select(Person)
            .where(Person.search_key == search_key(fields.name or ""), Person.phone == fields.phone)
            .limit(1)
        )
    return None


ATTRS = ("name", "organisation", "email", "phone", "default_area", "membership_ends")


def import_people(
    db: Database, actor: Actor, path: Path, *, now: datetime, dry_run: bool = False
) -> ImportReport:
    require_manager(actor)  # rows set kinds, membership ends and plans: a manager's decisions
    try:
        text = _read_text(path)
    except OSError as error:
        raise Refusal(
            "import_unreadable",
            QT_TRANSLATE_NOOP("Refusal", "Cannot read {path}: {error}."),
            path=str(path),
            error=error.strerror or str(error),
        ) from error
    records = _records(text)
    if not records:
        raise Refusal("import_empty", QT_TRANSLATE_NOOP("Refusal", "The file is empty."))
    columns = _columns(records[0][1])
    report = ImportReport()
    with db.write() as session:
        for line, cells in records[1:]:
            if not any(c.strip() for c in cells):
                continue
            report.rows.append(_import_row(session, actor, cells, columns, line, now))
        record(
            session,
            actor,
            now,
            "import_people",
            None,
            added=report.count("added"),
            updated=report.count("updated"),
            refused=report.count("refused"),
            dry_run=dry_run,
        )
        if dry_run:
            session.rollback()
    return report


def _import_row(
    session: Session,
    actor: Actor,
    cells: list[str],
    columns: dict[str, int],
    line: int,
    now: datetime,
) -> RowOutcome:
    raw_name = cells[columns["name"]] if columns["name"] < len(cells) else ""
    try:
        fields = _row_fields(cells, columns)
    except Refusal as refusal:
        return RowOutcome(line, "refused", raw_name.strip(), reason=refusal.text())
    assert fields.name is not None and fields.kind is not None
    try:
        plan = _row_plan(session, cells, columns)
    except Refusal as refusal:
        return RowOutcome(line, "refused", fields.name, reason=refusal.text())
    person = _match(session, fields)
    if person is None:
        person = Person(
            name=fields.name,
            search_key=search_key(fields.name),
            kind=fields.kind.value,
            organisation=fields.organisation,
            email=fields.email,
            phone=fields.phone,
            default_area=fields.default_area,
            membership_ends=fields.membership_ends,
            created_at=now,
        )
        session.add(person)
        session.flush()
        record(
            session, actor, now, "person_add", person.id, kind=fields.kind.value, source="import"
        )
        _give_plan(session, actor, person.id, plan, now)
        return RowOutcome(line, "added", fields.name, person.id)
    changed = [
        a
        for a in ATTRS
        if getattr(fields, a) is not None and getattr(fields, a) != getattr(person, a)
    ]
    if fields.kind.value != person.kind:
        changed.append("kind")
    if _give_plan(session, actor, person.id, plan, now) and not changed:
        return RowOutcome(line, "updated", fields.name, person.id)
    if not changed:
        return RowOutcome(line, "unchanged", fields.name, person.id)
    for attr in changed:
        setattr(person, attr, fields.kind.value if attr == "kind" else getattr(fields, attr))
    person.search_key = search_key(person.name)
    record(session, actor, now, "person_edit", person.id, fields=changed, source="import")
    return RowOutcome(line, "updated", fields.name, person.id)


_RowPlan = tuple[str, date | None, date | None] | None


def _row_plan(session: Session, cells: list[str], columns: dict[str, int]) -> _RowPlan:
    """The row's plan (name as configured, from, until), checked before the row changes anyone;
    None when the file has no plan for the row."""

    def cell(name: str) -> str:
        index = columns.get(name)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    name = cell("plan")
    if not name:
        return None
    starts, ends = cell("plan_from"), cell("plan_until")
    return (
        find_plan(session, name).name,
        _parse_date(starts) if starts else None,
        _parse_date(ends) if ends else None,
    )


def _give_plan(
    session: Session, actor: Actor, person_id: int, plan: _RowPlan, now: datetime
) -> bool:
    """Give the row's plan (a second import of the same file changes nothing); True if changed."""
    if plan is None:
        return False
    name, starts_on, ends_on = plan
    return assign_plan(
        session, actor, person_id, name, now=now, starts_on=starts_on, ends_on=ends_on
    )[2]
