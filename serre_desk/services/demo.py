"""A realistic, deterministic history for demos, screenshots and benchmarks.

Italian and international names (with accents), members and guests, morning peaks, long and short
stays, some forgotten check-outs (auto-closed at closing), children brought and collected by their
guardians, educators in the kids' space, and a busy morning in progress when `now` is a working day.
Visits fall inside the opening hours and never on a closed day; every member and every staff
member has a badge; staff (educators) belong to no company.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from serre_desk.clock import as_utc, day_bounds, local_date, local_instant
from serre_desk.domain.badge_codes import new_code_id
from serre_desk.domain.names import search_key
from serre_desk.domain.people import PersonKind
from serre_desk.domain.pickup_codes import ALPHABET as PICKUP_ALPHABET
from serre_desk.domain.pickup_codes import CODE_LENGTH
from serre_desk.domain.venue import OpeningHours
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.badges import venue_key
from serre_desk.services.permissions import require_manager
from serre_desk.services.plans import add_demo_plans
from serre_desk.services.venue import opening_hours
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, Badge, Guardian, Person, Visit

FIRST = [
    "Giulia",
    "Francesca",
    "Sofia",
    "Chiara",
    "Martina",
    "Elena",
    "Alessandra",
    "Beatrice",
    "Giorgia",
    "Anna",
    "Ilaria",
    "Federica",
    "Marco",
    "Luca",
    "Niccolò",
    "Matteo",
    "Andrea",
    "Lorenzo",
    "Davide",
    "Tommaso",
    "Gabriele",
    "Riccardo",
    "Pietro",
    "Fabrizio",
    "Zoë",
    "Łukasz",
    "Đorđe",
    "Søren",
    "Anaïs",
    "Ümit",
    "José",
    "Noémie",
    "Ingrid",
    "Aleksandra",
    "Kwame",
    "Amira",
    "Yuki",
    "Mei",
    "Ravi",
    "Chloé",
    "Jürgen",
    "Dónal",
    "Ioana",
    "Nikolaj",
    "Sébastien",
    "Mateus",
    "Aïcha",
    "Björn",
    "Renée",
    "Ágnes",
]
LAST = [
    "Rossi",
    "Bianchi",
    "Esposito",
    "Romano",
    "Colombo",
    "Ricci",
    "Marino",
    "Greco",
    "Bruno",
    "Gallo",
    "Conti",
    "De Luca",
    "Mancini",
    "Costa",
    "Giordano",
    "Rizzo",
    "Lombardi",
    "Moretti",
    "Barbieri",
    "Fontana",
    "Santoro",
    "Mariani",
    "Rinaldi",
    "Caruso",
    "Ferrara",
    "Galli",
    "Martini",
    "Leone",
    "Longo",
    "Gentile",
    "Martinelli",
    "Vitale",
    "Serra",
    "Coppola",
    "D'Angelo",
    "Fabbri",
    "Cattaneo",
    "Nowak",
    "Müller",
    "Dubois",
    "Fernández",
    "Kowalski",
    "Petrović",
    "Andersen",
    "Øberg",
    "Nguyễn",
    "Tanaka",
    "O'Brien",
    "Schäfer",
]
ORGS = (
    None,
    None,
    "Kilowatt",
    "Studio Verde",
    "Officina Bit",
    "Freelance",
    "Aster",
    "Fondazione Golinelli",
    "Università di Bologna",
    "Caffè Tecnico srl",
    "Orto Lab",
    "Città Metropolitana",
    "Pixel & Co.",
)
CHILD_FIRST = [
    "Leonardo",
    "Emma",
    "Edoardo",
    "Aurora",
    "Mattia",
    "Ginevra",
    "Ettore",
    "Vittoria",
    "Noah",
    "Camilla",
    "Zoé",
    "Tobia",
]


@dataclass(frozen=True)
class DemoSummary:
    people: int
    visits: int
    inside_now: int


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def generate_demo(
    db: Database,
    actor: Actor,
    *,
    now: datetime,
    days: int = 60,
    people: int = 400,
    seed: int = 1,
    visits_per_day: int | None = None,
) -> DemoSummary:
    require_manager(actor)  # made-up people in the venue's database: a manager's decision
    rng = random.Random(seed)
    with db.write() as session:
        areas = {a.key: a for a in session.scalars(select(Area))}
        adult_area = next(a for a in areas.values() if not a.for_children)
        kids_area = next((a for a in areas.values() if a.for_children), None)
        hours = opening_hours(session)
        person_rows = _people_rows(rng, people, now)
        start_id = (session.scalar(select(Person.id).order_by(Person.id.desc()).limit(1)) or 0) + 1
        for offset, row in enumerate(person_rows):
            row["id"] = start_id + offset
        session.execute(insert(Person), person_rows)
        by_kind: dict[str, list[int]] = {}
        for row in person_rows:
            by_kind.setdefault(str(row["kind"]), []).append(int(row["id"]))  # type: ignore[call-overload]
        badges = _badge_rows(session, by_kind, now)
        session.execute(insert(Badge), badges)
        guardian_rows, guardians_of = _guardians(rng, by_kind)
        if guardian_rows:
            session.execute(insert(Guardian), guardian_rows)
        today = local_date(now)
        adults = by_kind.get("member", []) + by_kind.get("guest", [])
        per_day = visits_per_day or max(4, min(int(adult_area.capacity * 0.8), len(adults) // 3))
        visit_rows: list[dict[str, object]] = []
        inside_now = 0
        for day_offset in range(days, -1, -1):
            day = today - timedelta(days=day_offset)
            open_hours = _open_minutes(hours, day)
            if open_hours is None:
                continue  # a closed day
            rows = list(
                _day_visits(rng, day, open_hours, now, adults, per_day, adult_area.id, actor.user)
            )
            if kids_area is not None:
                rows += _kids_day(
                    rng, day, open_hours, now, by_kind, guardians_of, kids_area.id, actor.user
                )
            inside_now += sum(1 for r in rows if r["checked_out_at"] is None)
            visit_rows.extend(rows)
            if len(visit_rows) >= 50_000:
                session.execute(insert(Visit), visit_rows)
                visit_rows.clear()
        if visit_rows:
            session.execute(insert(Visit), visit_rows)
        total = session.scalar(select(Visit.id).order_by(Visit.id.desc()).limit(1)) or 0
        members = by_kind.get("member", [])
        add_demo_plans(session, members, now=now, seed=seed, history_days=days)
        _audit_this_morning(session, actor, now)
        record(
            session,
            actor,
            now,
            "demo_data",
            None,
            people=len(person_rows),
            badges=len(badges),
            days=days,
            seed=seed,
        )
    return DemoSummary(len(person_rows), total, inside_now)


def _audit_this_morning(session: Session, actor: Actor, now: datetime) -> None:
    """Today's check-ins and outs in the audit log too, in the order they happened, as the desk
    records them (so *Ultimi movimenti* shows the busy morning); earlier days stay bulk rows."""
    start, _ = day_bounds(local_date(now))
    today = session.execute(
        select(Visit.id, Visit.person_id, Visit.checked_in_at, Visit.checked_out_at, Area.key)
        .join(Area, Area.id == Visit.area_id)
        .where(Visit.checked_in_at >= start)
    ).all()
    moves = [(row.checked_in_at, "check_in", row) for row in today]
    moves += [(row.checked_out_at, "check_out", row) for row in today if row.checked_out_at]
    for at, action, row in sorted(moves, key=lambda move: (as_utc(move[0]), move[1])):
        record(session, actor, at, action, row.person_id, visit=row.id, area=row.key)


def _people_rows(rng: random.Random, count: int, now: datetime) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    staff = max(3, count // 30)
    children = max(6, count // 20)
    members = int(count * 0.35)
    for index in range(count):
        if index < staff:
            kind = PersonKind.STAFF
        elif index < staff + children:
            kind = PersonKind.CHILD
        elif index < staff + children + members:
            kind = PersonKind.MEMBER
        else:
            kind = PersonKind.GUEST
        if kind is PersonKind.CHILD:
            name = f"{rng.choice(CHILD_FIRST)} {rng.choice(LAST)}"
            birth = local_date(now) - timedelta(days=rng.randint(200, 6 * 365))
        else:
            name = _name(rng)
            birth = None
        rows.append(
            {
                "name": name,
                "search_key": search_key(name),
                "kind": kind.value,
                "organisation": rng.choice(ORGS)
                if kind in (PersonKind.MEMBER, PersonKind.GUEST)
                else None,
                "email": None,
                "phone": _phone(rng),
                "birth_date": birth,
                "photo_consent": False,
                "legal_hold": False,
                "created_at": now - timedelta(days=400),
                "privacy_ack_at": now - timedelta(days=400),
                "membership_ends": (local_date(now) + timedelta(days=rng.randint(30, 365)))
                if kind is PersonKind.MEMBER
                else None,
                "health_notes": ("Allergia: arachidi" if rng.random() < 0.2 else None)
                if kind is PersonKind.CHILD
                else None,
            }
        )
    return rows


def _badge_rows(
    session: Session, by_kind: dict[str, list[int]], now: datetime
) -> list[dict[str, object]]:
    """A permanent badge for every member and staff member (guests get a day pass at the desk)."""
    key = venue_key(session)
    return [
        {
            "code_id": new_code_id(),
            "key_id": key.key_id,
            "person_id": person_id,
            "kind": kind,
            "issued_at": now - timedelta(days=400),
            "valid_until": None,
            "revoked_at": None,
        }
        for kind in (PersonKind.MEMBER.value, PersonKind.STAFF.value)
        for person_id in by_kind.get(kind, [])
    ]


def _open_minutes(hours: OpeningHours, day: date) -> tuple[int, int] | None:
    """The day's opening and closing, in minutes after midnight; None on a closed day."""
    weekly = hours.weekly[day.weekday()]
    if day in hours.closed_days or weekly is None:
        return None
    opens, closes = weekly
    return opens.hour * 60 + opens.minute, closes.hour * 60 + closes.minute


def _phone(rng: random.Random) -> str:
    return f"+39 3{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


def _guardians(
    rng: random.Random, by_kind: dict[str, list[int]]
) -> tuple[list[dict[str, object]], dict[int, int]]:
    members = by_kind.get("member", [])
    rows: list[dict[str, object]] = []
    guardian_of: dict[int, int] = {}
    for child in by_kind.get("child", []):
        if not members:
            break
        adult = rng.choice(members)
        guardian_of[child] = adult
        rows.append({"child_id": child, "adult_id": adult, "authorised": True, "only_on": None})
    return rows, guardian_of


def _at(day: date, minutes: float) -> datetime:
    minutes = max(0.0, min(minutes, 23 * 60 + 59))
    return local_instant(day, time(int(minutes // 60), int(minutes % 60)))


def _day_visits(
    rng: random.Random,
    day: date,
    open_hours: tuple[int, int],
    now: datetime,
    adults: list[int],
    per_day: int,
    area_id: int,
    user: str,
) -> Iterator[dict[str, object]]:
    if not adults:
        return
    opens, close_minutes = open_hours
    count = min(max(1, int(rng.gauss(per_day, per_day * 0.12))), len(adults))
    for person_id in rng.sample(adults, count):
        arrive = min(max(rng.gauss(9 * 60 + 10, 50), opens), close_minutes - 30)
        stay = rng.choice((rng.gauss(200, 60), rng.gauss(420, 60)))
        checked_in = _at(day, arrive)
        if checked_in >= now:
            continue
        forgot = rng.random() < 0.03
        out_minutes = close_minutes if forgot else min(arrive + max(stay, 20), close_minutes)
        checked_out: datetime | None = _at(day, out_minutes)
        if checked_out is not None and checked_out <= checked_in:
            checked_out = checked_in + timedelta(minutes=15)
        if checked_out is not None and checked_out > now:
            checked_out = None  # still inside
        yield _visit(
            person_id,
            area_id,
            checked_in,
            checked_out,
            user,
            auto_closed=forgot and checked_out is not None,
        )


def _kids_day(
    rng: random.Random,
    day: date,
    open_hours: tuple[int, int],
    now: datetime,
    by_kind: dict[str, list[int]],
    guardians_of: dict[int, int],
    area_id: int,
    user: str,
) -> list[dict[str, object]]:
    opens, closes = open_hours
    first, last = max(opens, 8 * 60 + 30), min(closes, 17 * 60)
    if last - first < 4 * 60:
        return []  # a short day: no kids' space
    rows = []
    for educator in by_kind.get("staff", [])[:2]:
        start = _at(day, first)
        if start < now:
            end = _at(day, last)
            rows.append(_visit(educator, area_id, start, end if end <= now else None, user))
    children = [c for c in by_kind.get("child", []) if c in guardians_of]
    for child in rng.sample(children, min(len(children), rng.randint(4, 9))):
        start = _at(day, max(rng.gauss(9 * 60 + 15, 20), first + 5))
        if start >= now:
            continue
        end = _at(day, min(rng.gauss(12 * 60 + 45, 30), last - 15))
        row = _visit(child, area_id, start, end if end <= now else None, user)
        row["brought_by_id"] = guardians_of[child]
        row["pickup_code"] = "".join(rng.choice(PICKUP_ALPHABET) for _ in range(CODE_LENGTH))
        if row["checked_out_at"] is not None:
            row["collected_by_id"] = guardians_of[child]
        rows.append(row)
    return rows


def _visit(
    person_id: int,
    area_id: int,
    checked_in: datetime,
    checked_out: datetime | None,
    user: str,
    auto_closed: bool = False,
) -> dict[str, object]:
    return {
        "person_id": person_id,
        "area_id": area_id,
        "checked_in_at": checked_in,
        "checked_out_at": checked_out,
        "in_by": user,
        "out_by": user if checked_out else None,
        "auto_closed": auto_closed,
        "corrected": False,
        "override": False,
        "undone": False,
        "brought_by_id": None,
        "collected_by_id": None,
        "pickup_code": None,
        "pickup_override": False,
        "expected_pickup_at": None,
    }
