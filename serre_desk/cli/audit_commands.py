"""`serre-desk audit [--from D] [--to D]` (managers browse) and `serre-desk audit verify`."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from serre_desk.cli import arguments
from serre_desk.cli.context import Context
from serre_desk.clock import iso_local, to_local
from serre_desk.domain.audit_actions import action_label
from serre_desk.domain.audit_details import Names, describe
from serre_desk.i18n import translate
from serre_desk.services.audit import AuditEntry, AuditFilter, browse, list_events
from serre_desk.services.audit_verify import AuditVerdict, verify_all


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    audit = commands.add_parser(
        "audit", help="browse the audit log (manager), or verify its chain", parents=[common]
    )
    audit.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day")
    audit.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day")
    audit.add_argument("--action", help="only this action (check_in, privacy_erase, ...)")
    audit.add_argument("--user", help="only what this desk user did")
    audit.add_argument("--person", type=arguments.person_id, metavar="PERSON_ID")
    audit.add_argument("--limit", type=arguments.count, help="only the newest N events")
    audit.set_defaults(handler=_browse)
    actions = audit.add_subparsers(dest="audit_command", metavar="COMMAND")
    verifying = actions.add_parser(
        "verify",
        help="check the hash chain and its anchors: exit 1 naming the first broken link",
        parents=[common],
    )
    verifying.add_argument(
        "--against",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="also check the anchor printed on a daily sheet (PDF) or kept with a backup",
    )
    verifying.set_defaults(handler=_verify)


def entry_payload(entry: AuditEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "at": iso_local(entry.at),
        "user": entry.actor,
        "desk": entry.desk,
        "action": entry.action,
        "subject_id": entry.subject_id,
        "reason": entry.reason,
        "detail": entry.detail,
    }


def _line(entry: AuditEntry, names: Names) -> str:
    """One event as a manager reads it: when, who at which desk, what, whom, in words."""
    when = to_local(entry.at).strftime("%d/%m/%Y %H:%M:%S")
    action = translate("AuditAction", action_label(entry.action), names.lang)
    about = ": ".join(
        part
        for part in (
            names.person(entry.subject_id),
            describe(entry.action, entry.detail, entry.at, names),
        )
        if part
    )
    reason = f"  «{entry.reason}»" if entry.reason else ""
    return f"{entry.id:>7}  {when}  {entry.actor}@{entry.desk}  {action}  {about}{reason}".rstrip()


def _browse(ctx: Context, args: argparse.Namespace) -> int:
    query = AuditFilter(
        start=arguments.day(args.start) if args.start else None,
        end=arguments.day(args.end) if args.end else None,
        action=args.action,
        user=args.user,
        subject_id=args.person,
        limit=args.limit,
    )
    if ctx.as_json:
        entries = list_events(ctx.db, ctx.actor, query)
        ctx.emit({"events": [entry_payload(e) for e in entries]}, [])
        return 0
    page = browse(ctx.db, ctx.actor, query)
    names = replace(page.names, lang=ctx.lang)
    lines = [_line(e, names) for e in reversed(page.entries)]  # oldest first, as in JSON
    ctx.emit({}, lines or [ctx.tr("No audit events.")])
    return 0


def _verify(ctx: Context, args: argparse.Namespace) -> int:
    verdict = verify_all(ctx.db, ctx.location, args.against)
    report = verdict.chain
    payload: dict[str, Any] = {"whole": report.whole, "checked": report.checked}
    if report.broken is not None:
        message = report.broken.text(ctx.lang)
        payload["broken"] = {
            "event": report.broken.event_id,
            "problem": report.broken.problem,
            "after": report.broken.previous_id,
            "message": message,
        }
        ctx.emit(payload, [])
        sys.stderr.write(f"serre-desk: {message}\n")
        return 1
    return _verify_anchors(ctx, verdict, payload)


def _verify_anchors(ctx: Context, verdict: AuditVerdict, payload: dict[str, Any]) -> int:
    """The chain is whole: does it still hold every anchor (given, and kept with backups)?"""
    checks = verdict.anchors
    payload["anchors"] = [
        {
            "file": str(path),
            "count": check.anchor.count,
            "head": check.anchor.head,
            "holds": check.holds,
            "problem": check.problem,
        }
        for path, check in checks
    ]
    failed = verdict.failed_anchor
    payload["whole"] = failed is None
    if failed is not None:
        path, check = failed
        ctx.emit(payload, [])
        sys.stderr.write(f"serre-desk: {path}: {check.text(ctx.lang)}\n")
        return 1
    lines = [
        ctx.tr("The audit log is whole: {count} events checked.").format(count=payload["checked"])
    ]
    lines += [f"{path}: {check.text(ctx.lang)}" for path, check in checks]
    ctx.emit(payload, lines)
    return 0
