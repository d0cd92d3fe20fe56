"""Anchors of the audit chain outside the database: its head and length at a moment.

The key stops anyone without it from rewriting events, but not from cutting the newest ones off
and moving the head back. So the chain's head and event count are written where the database
cannot reach them: on every daily sheet (where the manager signs) and beside every backup
(`<backup>.anchor.json`). `check_anchor` proves the chain still holds that head at that position:
truncation, or a chain deleted and restarted, no longer does.

The count is the event's position in the chain from its first event ever (pruned events count:
each pruning checkpoint records how many were ever removed).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP, translate
from serre_desk.services.audit import (
    GENESIS_HASH,
    newest_checkpoint,
    removed_before,
)
from serre_desk.services.audit_key import key_for_verify, key_path, load_key
from serre_desk.storage.database import Database
from serre_desk.storage.models import AuditEvent, AuditHead

ANCHOR_FORMAT = "serre-desk-audit-anchor/1"
SIDECAR_SUFFIX = ".anchor.json"
# How a sheet prints an anchor: "<count>:<head>", whatever the language around it.
PRINTED = re.compile(r"\b(\d+):([0-9a-f]{64})\b")


@dataclass(frozen=True)
class Anchor:
    count: int
    head: str

    @property
    def printed(self) -> str:
        return f"{self.count}:{self.head}"


def chain_anchor(session: Session) -> Anchor:
    """The chain's head and length now."""
    head = session.scalar(select(AuditHead.last_hash).where(AuditHead.id == 1)) or GENESIS_HASH
    kept = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
    return Anchor(removed_before(newest_checkpoint(session)) + kept, head)


def current_anchor(db: Database) -> Anchor:
    with db.read() as session:
        return chain_anchor(session)


def backup_anchor(path: Path) -> Anchor:
    """The anchor held by a backup file itself (read-only)."""
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        with Session(engine) as session:
            return chain_anchor(session)
    finally:
        engine.dispose()


def sidecar_path(backup: Path) -> Path:
    return backup.with_name(backup.name + SIDECAR_SUFFIX)


def write_sidecar(db: Database, backup: Path, taken_at: datetime) -> Path:
    """`<backup>.anchor.json`: the backup's head and count, sealed with the audit key if any."""
    anchor = backup_anchor(backup)
    with db.read() as session:
        key = load_key(key_path(session))
    data = {
        "format": ANCHOR_FORMAT,
        "backup": backup.name,
        "taken_at": taken_at.isoformat(),
        "count": anchor.count,
        "head": anchor.head,
        "seal": key.seal(_sealed_text(anchor, backup.name)) if key else None,
    }
    path = sidecar_path(backup)
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return path


def _sealed_text(anchor: Anchor, backup: str) -> bytes:
    return f"{ANCHOR_FORMAT}|{backup}|{anchor.count}|{anchor.head}".encode()


def _not_an_anchor(path: Path) -> Refusal:
    return Refusal(
        "not_an_anchor",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "{path} holds no audit anchor: give a daily sheet (PDF), a backup or its "
            ".anchor.json file.",
        ),
        path=str(path),
    )


def read_anchors(db: Database, path: Path) -> list[Anchor]:
    """The anchors in a sheet PDF, a sidecar, or a backup (its sidecar, else the file itself).
    A sidecar whose seal does not match the audit key is refused as altered."""
    if not path.is_file():
        raise _not_an_anchor(path)
    if path.suffix.lower() == ".pdf":
        return _sheet_anchors(path)
    if path.name.endswith(SIDECAR_SUFFIX):
        return [_sidecar_anchor(db, path)]
    if sidecar_path(path).is_file():
        return [_sidecar_anchor(db, sidecar_path(path))]
    try:
        return [backup_anchor(path)]
    except Exception as error:  # not a SQLite file, or not a desk's database
        raise _not_an_anchor(path) from error


def _sheet_anchors(path: Path) -> list[Anchor]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        raise _not_an_anchor(path) from error
    try:
        text = " ".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
    found = [Anchor(int(count), head) for count, head in PRINTED.findall(text)]
    if not found:
        raise _not_an_anchor(path)
    return found


def _sidecar_anchor(db: Database, path: Path) -> Anchor:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        anchor = Anchor(int(data["count"]), str(data["head"]))
        backup, seal = str(data["backup"]), data.get("seal")
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise _not_an_anchor(path) from error
    with db.read() as session:
        key = key_for_verify(session)
    if key is not None and seal is not None and seal != key.seal(_sealed_text(anchor, backup)):
        raise Refusal(
            "anchor_altered",
            QT_TRANSLATE_NOOP("Refusal", "The audit anchor {path} was altered."),
            path=str(path),
        )
    return anchor


@dataclass(frozen=True)
class AnchorCheck:
    anchor: Anchor
    problem: str | None  # None | "missing" | "count" | "pruned"

    @property
    def holds(self) -> bool:
        return self.problem in (None, "pruned")

    def text(self, lang: str | None = None) -> str:
        messages = {
            None: QT_TRANSLATE_NOOP(
                "Audit", "The chain still holds the anchor: {count} events up to {head}."
            ),
            "pruned": QT_TRANSLATE_NOOP(
                "Audit", "The anchor ({count} events) is older than the pruned events."
            ),
            "missing": QT_TRANSLATE_NOOP(
                "Audit",
                "The audit chain no longer holds the anchored head {head} ({count} events): "
                "events were removed or rewritten.",
            ),
            "count": QT_TRANSLATE_NOOP(
                "Audit",
                "The anchored head {head} is no longer event number {count} of the chain: "
                "events before it were removed.",
            ),
        }
        return translate("Audit", messages[self.problem], lang).format(
            count=self.anchor.count, head=self.anchor.head[:16] + "…"
        )


def check_anchor(db: Database, anchor: Anchor) -> AnchorCheck:
    """Does the chain still hold `anchor.head` as its event number `anchor.count`?"""
    if anchor.count == 0:
        return AnchorCheck(anchor, None)
    with db.read() as session:
        checkpoint = newest_checkpoint(session)
        removed = removed_before(checkpoint)
        event_id = session.scalar(select(AuditEvent.id).where(AuditEvent.hash == anchor.head))
        if event_id is None:
            pruned = anchor.count <= removed or (
                checkpoint is not None and checkpoint.get("last_hash") == anchor.head
            )
            return AnchorCheck(anchor, "pruned" if pruned else "missing")
        position = removed + (
            session.scalar(select(func.count()).where(AuditEvent.id <= event_id)) or 0
        )
    return AnchorCheck(anchor, None if position == anchor.count else "count")
