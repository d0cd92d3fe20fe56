"""Privacy: the retention job, legal holds, erasure on request, the privacy notice.

Retention (run by the desk after it starts and then daily, and by `privacy purge`):
- guests are anonymised `guest_days` after their last visit (after registration if they never came);
- members `member_days` after their membership ended (or after their last visit, if later);
  members without an end date are kept;
- a coworking plan counts like a membership: someone on an open-ended plan is kept, and the days
  run from the end of their latest plan when later. Anonymising keeps their plan rows and the
  entries added (no name in them): the monthly usage still counts their days, as anonymous;
- children's health notes and guardian links go `child_days` after the child's last visit;
- audit events older than `audit_months` are pruned, leaving a checkpoint in the chain.
A legal hold on a person stops all of it. Visits stay, anonymous, so counts and reports stay true.
Anonymising overwrites the identity in place (SQLite's secure_delete zeroes the old bytes) and then
empties the WAL, so no trace of the name is left in the database files.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Mapping
from contextlib import closing
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import case, delete, func, or_, select, update
from sqlalchemy.orm import Session

from serre_desk.clock import as_utc, day_bounds
from serre_desk.domain.errors import Refusal
from serre_desk.domain.people import PersonKind
from serre_desk.domain.plans import Assignment, PlanKind, PlanRules
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.paths import resources_dir
from serre_desk.services.actor import Actor
from serre_desk.services.audit import DEFAULT_AUDIT_MONTHS, prune, record, redact
from serre_desk.services.permissions import require_manager, require_reason
from serre_desk.services.person_row import load_person
from serre_desk.services.settings_admin import about
from serre_desk.services.settings_store import get_setting, locked_setting, put_setting
from serre_desk.services.visits import open_visit
from serre_desk.storage.database import Database, raw_sqlite
from serre_desk.storage.models import AuditEvent, Badge, Guardian, Person, PersonPlan, Plan, Visit

log = logging.getLogger(__name__)

RETENTION_KEY = "privacy.retention"
ERASE_ACTION = "privacy_erase"  # the audit action of an erasure on request
DAYS_RANGE = (1, 3650)
MONTHS_RANGE = (1, 120)
RETAINED_KINDS = (PersonKind.GUEST, PersonKind.MEMBER, PersonKind.CHILD)  # staff are employees


@dataclass(frozen=True)
class RetentionPolicy:
    guest_days: int = 30
    member_days: int = 30
    child_days: int = 30
    audit_months: int = DEFAULT_AUDIT_MONTHS

    def validated(self) -> RetentionPolicy:
        for name in ("guest_days", "member_days", "child_days"):
            _check_range(getattr(self, name), DAYS_RANGE)
        _check_range(self.audit_months, MONTHS_RANGE)
        return self


def _check_range(value: int, bounds: tuple[int, int]) -> None:
    low, high = bounds
    if not low <= value <= high:
        raise Refusal(
            "bad_retention",
            QT_TRANSLATE_NOOP("Refusal", "A retention period is between {low} and {high}."),
            low=low,
            high=high,
        )


def retention_policy(db: Database) -> RetentionPolicy:
    with db.read() as session:
        return _policy(get_setting(session, RETENTION_KEY, {}))


def _policy(stored: Mapping[str, Any]) -> RetentionPolicy:
    known = {k: v for k, v in stored.items() if k in RetentionPolicy.__dataclass_fields__}
    try:
        return RetentionPolicy(**known).validated()
    except (Refusal, TypeError):
        log.warning("ignoring an invalid retention setting: %r", stored)
        return RetentionPolicy()


def set_retention_policy(
    db: Database, actor: Actor, changes: Mapping[str, int], *, now: datetime
) -> RetentionPolicy:
    """Change some retention periods (managers), keeping the others as stored: two managers
    changing different periods at once both have their change."""
    require_manager(actor)
    with db.write() as session:
        policy = replace(_policy(locked_setting(session, RETENTION_KEY, {})), **changes)
        policy.validated()
        put_setting(session, RETENTION_KEY, asdict(policy))
        record(session, actor, now, "setting", None, key=RETENTION_KEY, **asdict(policy))
    return policy


@dataclass(frozen=True)
class FilesTouched:
    """Every file an erasure or a purge rewrote or removed, so the report can list them."""

    database: list[Path] = field(default_factory=list)
    sheets_written: list[Path] = field(default_factory=list)
    sheets_removed: list[Path] = field(default_factory=list)
    backups_rewritten: list[Path] = field(default_factory=list)
    backups_unreadable: list[Path] = field(default_factory=list)  # still hold the data
    lists_removed: list[Path] = field(default_factory=list)  # emergency lists the desk saved


@dataclass(frozen=True)
class PurgeReport:
    dry_run: bool
    anonymised: list[int] = field(default_factory=list)
    children_cleared: list[int] = field(default_factory=list)
    guardian_links_removed: int = 0
    on_hold: list[int] = field(default_factory=list)
    audit_pruned: int = 0
    files: FilesTouched = field(default_factory=FilesTouched)


@dataclass(frozen=True)
class _Candidate:
    id: int
    kind: PersonKind
    legal_hold: bool
    inside: bool
    last_activity: datetime
    membership_end: datetime | None
    has_child_data: bool
    plan_end: datetime | None = None  # the end of their latest plan (see `open_plan`)
    open_plan: bool = False  # their latest plan has no end: kept like a member without one


def anonymous_name(person_id: int) -> str:
    """What an anonymised person is called from then on: no trace of who they were."""
    return f"#{person_id}"


def _candidates(session: Session, newest_created: datetime) -> list[_Candidate]:
    visits = (
        select(
            Visit.person_id.label("pid"),
            func.max(Visit.checked_in_at).label("last_in"),
            func.max(Visit.checked_out_at).label("last_out"),
            func.sum(case((Visit.checked_out_at.is_(None), 1), else_=0)).label("open"),
        )
        .group_by(Visit.person_id)
        .subquery()
    )
    guardians = (
        select(Guardian.child_id.label("cid"), func.count().label("links"))
        .group_by(Guardian.child_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Person.id,
            Person.kind,
            Person.legal_hold,
            Person.created_at,
            Person.last_seen_at,
            Person.membership_ends,
            Person.health_notes,
            visits.c.last_in,
            visits.c.last_out,
            visits.c.open,
            guardians.c.links,
        )
        .outerjoin(visits, visits.c.pid == Person.id)
        .outerjoin(guardians, guardians.c.cid == Person.id)
        .where(
            Person.anonymised_at.is_(None),
            Person.created_at < newest_created,
            Person.kind.in_([k.value for k in RETAINED_KINDS]),
        )
    ).all()
    plans = _latest_plans(session)
    found = []
    for pid, kind, hold, created, seen, ends, notes, last_in, last_out, open_, links in rows:
        moments = [as_utc(m) for m in (seen, last_in, last_out) if m is not None]
        latest = plans.get(pid)
        plan_end = latest.expires_on if latest is not None else None
        found.append(
            _Candidate(
                id=pid,
                kind=PersonKind(kind),
                legal_hold=bool(hold),
                inside=bool(open_),
                last_activity=max(moments) if moments else created,
                membership_end=day_bounds(ends)[1] if ends else None,
                has_child_data=bool(notes) or bool(links),
                plan_end=day_bounds(plan_end)[1] if plan_end else None,
                open_plan=latest is not None and plan_end is None,
            )
        )
    return found


def _latest_plans(session: Session) -> dict[int, Assignment]:
    """Each person's latest plan (every plan row read once: a daily job, a row per plan given)."""
    latest: dict[int, Assignment] = {}
    query = select(PersonPlan, Plan).join(Plan, Plan.id == PersonPlan.plan_id)
    for row, plan in session.execute(query):
        rules = PlanRules(plan.name, PlanKind(plan.kind), plan.days, plan.entries, plan.valid_days)
        found = Assignment(row.id, rules, row.starts_on, row.ends_on)
        known = latest.get(row.person_id)
        if known is None or (found.starts_on, found.id) > (known.starts_on, known.id):
            latest[row.person_id] = found
    return latest


def _due(candidate: _Candidate, policy: RetentionPolicy, now: datetime) -> str | None:
    """ "anonymise", "clear_child" or None for one person under the policy."""
    if candidate.inside:
        return None
    if candidate.kind is PersonKind.CHILD:
        expired = candidate.last_activity + timedelta(days=policy.child_days) < now
        return "clear_child" if expired and candidate.has_child_data else None
    if candidate.open_plan:  # on a plan with no end: active, like a member with no end date
        return None
    if candidate.kind is PersonKind.GUEST:
        since, days = candidate.last_activity, policy.guest_days
    elif candidate.membership_end is None:  # a member with no end date is active
        return None
    else:
        since, days = max(candidate.membership_end, candidate.last_activity), policy.member_days
    if candidate.plan_end is not None:
        since = max(since, candidate.plan_end)
    return "anonymise" if since + timedelta(days=days) < now else None


def purge(db: Database, actor: Actor, *, now: datetime, dry_run: bool = False) -> PurgeReport:
    """Apply the retention rules at `now` (or only report what they would do)."""
    policy = retention_policy(db)
    shortest = min(policy.guest_days, policy.member_days, policy.child_days)
    anonymised: list[int] = []
    cleared: list[int] = []
    held: list[int] = []
    links = 0
    sessions = db.read() if dry_run else db.write()
    with sessions as session:
        for candidate in _candidates(session, now - timedelta(days=shortest)):
            action = _due(candidate, policy, now)
            if action is None:
                continue
            if candidate.legal_hold:
                held.append(candidate.id)
                continue
            if action == "anonymise":
                anonymised.append(candidate.id)
                if not dry_run:
                    links += anonymise(session, actor, candidate.id, now, "person_anonymised")
            else:
                cleared.append(candidate.id)
                links += clear_child(session, actor, candidate.id, now, dry_run)
        pruned = prune(session, actor, now, policy.audit_months, dry_run=dry_run)
    if not dry_run and (anonymised or cleared):
        scrub_files(db)
    return PurgeReport(dry_run, anonymised, cleared, links, held, pruned)


def _guardian_links(person_id: int) -> Any:
    return (Guardian.child_id == person_id) | (Guardian.adult_id == person_id)


def clear_child(session: Session, actor: Actor, child_id: int, now: datetime, dry_run: bool) -> int:
    """Remove a child's health notes and guardian links; returns the links (to be) removed."""
    links = (
        session.scalar(
            select(func.count()).select_from(Guardian).where(Guardian.child_id == child_id)
        )
        or 0
    )
    if dry_run:
        return links
    child = session.get(Person, child_id)
    assert child is not None
    child.health_notes = None
    session.execute(delete(Guardian).where(Guardian.child_id == child_id))
    record(session, actor, now, "child_data_removed", child_id, guardian_links=links)
    return links


def anonymise(
    session: Session,
    actor: Actor,
    person_id: int,
    now: datetime,
    action: str,
    reason: str | None = None,
    *,
    scrub_details: bool = False,
) -> int:
    """Overwrite a person's identity in place, and every mention of it in free text (audit
    details too with `scrub_details`: see `scrub_free_text`); visits stay, anonymous. Returns the
    guardian links removed. The caller empties the WAL afterwards (`scrub_files`)."""
    person = session.get(Person, person_id)
    assert person is not None
    terms = identity_terms(person)
    links = (
        session.scalar(select(func.count()).select_from(Guardian).where(_guardian_links(person_id)))
        or 0
    )
    session.execute(delete(Guardian).where(_guardian_links(person_id)))
    session.execute(delete(Badge).where(Badge.person_id == person_id))
    session.execute(  # the organisation whose seats they took goes with the organisation
        update(Visit)
        .where(Visit.person_id == person_id, Visit.seat_org.is_not(None))
        .values(seat_org=None)
    )
    person.name = anonymous_name(person_id)
    person.search_key = ""
    person.organisation = None
    person.email = None
    person.phone = None
    person.birth_date = None
    person.health_notes = None
    person.photo_consent = False
    person.anonymised_at = now
    record(session, actor, now, action, person_id, reason, kind=person.kind, guardian_links=links)
    scrub_free_text(session, actor, person_id, terms, now, details=scrub_details)
    return links


def identity_terms(person: Person) -> list[str]:
    """What free text may name a person by: their name, email and phone (longest first)."""
    terms = {t.strip() for t in (person.name, person.email, person.phone) if t and len(t) >= 3}
    return sorted(terms, key=len, reverse=True)


def _scrub_value(value: Any, pattern: re.Pattern[str], replacement: str) -> Any:
    if isinstance(value, str):
        return pattern.sub(replacement, value)
    if isinstance(value, list):
        return [_scrub_value(v, pattern, replacement) for v in value]
    if isinstance(value, dict):
        return {k: _scrub_value(v, pattern, replacement) for k, v in value.items()}
    return value


def _contains_any(column: Any, terms: list[str]) -> Any:
    escaped = [t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for t in terms]
    return or_(*(column.ilike(f"%{t}%", escape="\\") for t in escaped))


def scrub_free_text(
    session: Session,
    actor: Actor,
    person_id: int,
    terms: list[str],
    now: datetime,
    *,
    details: bool,
) -> int:
    """Replace every mention of `terms` in free text (audit reasons, other people's notes and,
    with `details`, the audit details too) by the person's anonymous name; audit events through a
    vouched redaction. Returns how many audit events and notes changed.

    Reasons are the free text people type; details are written by the desk and never copy a
    name, so only an erasure on request reads them all (about 1 s per million events, against
    0.05 s for the reasons: the daily retention run stays quick)."""
    if not terms:
        return 0
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)
    replacement = anonymous_name(person_id)
    changes: dict[int, tuple[str, str | None]] = {}
    where = AuditEvent.reason.is_not(None) & _contains_any(AuditEvent.reason, terms)
    if details:
        where = where | _contains_any(AuditEvent.detail, terms)
    found = select(AuditEvent).where(where)
    for event in session.scalars(found):
        detail = json.loads(event.detail)
        scrubbed = json.dumps(
            _scrub_value(detail, pattern, replacement),
            ensure_ascii=False,
            sort_keys=True,
            separators=(",", ":"),
        )
        reason = pattern.sub(replacement, event.reason) if event.reason else event.reason
        if (scrubbed, reason) != (event.detail, event.reason):
            changes[event.id] = (scrubbed, reason)
    if changes:
        redact(session, actor, now, person_id, changes)
    notes = 0
    for other in session.scalars(select(Person).where(_contains_any(Person.health_notes, terms))):
        cleaned = pattern.sub(replacement, other.health_notes or "")
        if cleaned != other.health_notes:
            other.health_notes, notes = cleaned, notes + 1
    return len(changes) + notes


def scrub_files(db: Database, attempts: int = 50) -> bool:
    """Copy the WAL into the database file and empty it, so the overwritten bytes are gone from
    both files. Returns False (and logs) if other readers kept it from completing."""
    path = db.sqlite_path
    if path is None:
        return True
    for _ in range(attempts):
        with closing(raw_sqlite(path)) as connection:
            busy, _, _ = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy == 0:
            return True
        time.sleep(0.1)
    log.warning("could not empty the WAL of %s: other connections are reading", path)
    return False


def erase_person(
    db: Database, actor: Actor, person_id: int, *, now: datetime, reason: str | None = None
) -> None:
    """Erase a person's identity on their request (manager only, audited): nothing but anonymous
    visits stays. Refused under a legal hold or while the person is inside."""
    require_manager(actor)
    with db.write() as session:
        person = load_person(session, person_id)
        if person.legal_hold:
            raise Refusal(
                "legal_hold",
                QT_TRANSLATE_NOOP(
                    "Refusal", "Person {id} is under a legal hold: their data cannot be erased."
                ),
                id=person_id,
            )
        if open_visit(session, person_id) is not None:
            raise Refusal(
                "erase_inside",
                QT_TRANSLATE_NOOP("Refusal", "Person {id} is inside: check them out first."),
                id=person_id,
            )
        anonymise(session, actor, person_id, now, ERASE_ACTION, reason, scrub_details=True)
    scrub_files(db)


def set_legal_hold(
    db: Database, actor: Actor, person_id: int, hold: bool, *, now: datetime, reason: str | None
) -> None:
    """Stop (or allow again) retention and erasure for one person; manager only, with a reason."""
    require_manager(actor)
    reason = require_reason(reason)
    with db.write() as session:
        person = load_person(session, person_id)
        person.legal_hold = hold
        record(session, actor, now, "legal_hold", person_id, reason, hold=hold)


def privacy_notice(lang: str) -> str:
    """The privacy notice (informativa) shown at registration, in `lang` (Italian by default)."""
    folder = resources_dir() / "privacy"
    path = folder / f"privacy_notice_{lang}.md"
    if not path.exists():
        path = folder / "privacy_notice_it.md"
    return path.read_text(encoding="utf-8")


def people_on_hold(db: Database) -> list[tuple[int, str]]:
    """Everyone under a legal hold (kept from retention and erasure): (id, name), by name."""
    with db.read() as session:
        rows = session.execute(
            select(Person.id, Person.name).where(Person.legal_hold.is_(True)).order_by(Person.name)
        ).all()
    return [(pid, name) for pid, name in rows]


def validate_retention(changes: Mapping[str, int]) -> None:
    """Each period on its own, so a refusal can name the period it is about."""
    for name, value in changes.items():
        with about(name):
            RetentionPolicy(**{name: value}).validated()
