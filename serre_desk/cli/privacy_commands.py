"""`serre-desk privacy export|erase|purge|hold|retention|notice` (managers)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from serre_desk.cli import arguments
from serre_desk.cli.context import Context
from serre_desk.clock import iso_local
from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.render.erasure import erase_everywhere, purge_everywhere
from serre_desk.render.privacy_export import export_person
from serre_desk.services.privacy import (
    FilesTouched,
    retention_policy,
    set_legal_hold,
    set_retention_policy,
)
from serre_desk.services.privacy_notice import PrivacyNotice, current_notice, publish_notice


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    privacy = commands.add_parser(
        "privacy", help="export, erase, retention and legal holds (manager)", parents=[common]
    )
    actions = privacy.add_subparsers(dest="privacy_command", required=True, metavar="COMMAND")

    export = actions.add_parser("export", help="a person's data as JSON or PDF", parents=[common])
    export.add_argument("person", type=arguments.person_id, metavar="PERSON_ID")
    export.add_argument("--out", required=True, type=Path, metavar="FILE.json|FILE.pdf")
    export.set_defaults(handler=_export)

    erase = actions.add_parser("erase", help="erase a person's data on request", parents=[common])
    erase.add_argument("person", type=arguments.person_id, metavar="PERSON_ID")
    erase.add_argument("--reason", help="why (kept in the audit log)")
    erase.set_defaults(handler=_erase)

    purging = actions.add_parser("purge", help="apply the retention rules now", parents=[common])
    purging.add_argument("--dry-run", action="store_true", help="report only, change nothing")
    purging.set_defaults(handler=_purge)

    hold = actions.add_parser("hold", help="put a person under legal hold", parents=[common])
    hold.add_argument("person", type=arguments.person_id, metavar="PERSON_ID")
    hold.add_argument("--release", action="store_true", help="lift the hold")
    hold.add_argument("--reason", required=True, help="why (kept in the audit log)")
    hold.set_defaults(handler=_hold)

    retention = actions.add_parser(
        "retention", help="show or change the retention periods", parents=[common]
    )
    retention.add_argument("--guest-days", type=int, help="guests: days after the last visit")
    retention.add_argument("--member-days", type=int, help="members: days after membership ends")
    retention.add_argument(
        "--child-days", type=int, help="children's health notes, guardians: days after last visit"
    )
    retention.add_argument("--audit-months", type=int, help="audit events: months kept")
    retention.set_defaults(handler=_retention)

    notice = actions.add_parser(
        "notice",
        help="the privacy notice in force (show, or publish a new version)",
        parents=[common],
    )
    notice.set_defaults(handler=_notice)
    notice_actions = notice.add_subparsers(dest="notice_command", metavar="COMMAND")
    publish = notice_actions.add_parser(
        "publish",
        help="publish a new version from two text files: everyone acknowledges it again",
        parents=[common],
    )
    publish.add_argument("--it", required=True, type=Path, metavar="FILE", help="Italian text")
    publish.add_argument("--en", required=True, type=Path, metavar="FILE", help="English text")
    publish.set_defaults(handler=_publish_notice)


def _export(ctx: Context, args: argparse.Namespace) -> int:
    path = export_person(ctx.db, ctx.actor, args.person, args.out, now=ctx.now, lang=ctx.lang)
    ctx.emit(
        {"person": args.person, "file": str(path)},
        ctx.tr("Exported the data of person {id} to {path}.").format(id=args.person, path=path),
    )
    return 0


def _erase(ctx: Context, args: argparse.Namespace) -> int:
    files = erase_everywhere(
        ctx.db, ctx.location, ctx.actor, args.person, now=ctx.now, reason=args.reason
    )
    lines = [
        ctx.tr("Erased the data of person {id}: only anonymous counts remain.").format(
            id=args.person
        ),
        *_file_lines(ctx, files),
    ]
    ctx.emit({"person": args.person, "erased": True, "files": _files_payload(files)}, lines)
    return 0


def _files_payload(files: FilesTouched) -> dict[str, list[str]]:
    return {name: [str(p) for p in paths] for name, paths in vars(files).items()}


def _file_lines(ctx: Context, files: FilesTouched) -> list[str]:
    """Every file touched, one a line, under what happened to it."""
    headings = {
        "database": ctx.tr("Database overwritten:"),
        "sheets_written": ctx.tr("Attendance sheets written again:"),
        "sheets_removed": ctx.tr("Earlier sheet revisions deleted:"),
        "backups_rewritten": ctx.tr("Backups rewritten:"),
        "backups_unreadable": ctx.tr("Backups that could not be rewritten (delete them):"),
        "lists_removed": ctx.tr("Saved emergency lists deleted:"),
    }
    lines: list[str] = []
    for name, paths in vars(files).items():
        if paths:
            lines += [headings[name], *(f"  {p}" for p in paths)]
    return lines


def _purge(ctx: Context, args: argparse.Namespace) -> int:
    report = purge_everywhere(ctx.db, ctx.location, ctx.actor, now=ctx.now, dry_run=args.dry_run)
    payload = asdict(report)
    payload["files"] = _files_payload(report.files)
    lines = [
        ctx.tr("Anonymised: {count}").format(count=len(report.anonymised)),
        ctx.tr("Children's health notes and guardians removed: {count}").format(
            count=len(report.children_cleared)
        ),
        ctx.tr("Guardian links removed: {count}").format(count=report.guardian_links_removed),
        ctx.tr("Kept under legal hold: {count}").format(count=len(report.on_hold)),
        ctx.tr("Old audit events pruned: {count}").format(count=report.audit_pruned),
    ]
    lines += _file_lines(ctx, report.files)
    if args.dry_run:
        lines.append(ctx.tr("(dry run: nothing changed)"))
    ctx.emit(payload, lines)
    return 0


def _hold(ctx: Context, args: argparse.Namespace) -> int:
    hold = not args.release
    set_legal_hold(ctx.db, ctx.actor, args.person, hold, now=ctx.now, reason=args.reason)
    text = (
        ctx.tr("Person {id} is under legal hold.")
        if hold
        else ctx.tr("The legal hold on person {id} is lifted.")
    )
    ctx.emit({"person": args.person, "legal_hold": hold}, text.format(id=args.person))
    return 0


def _retention(ctx: Context, args: argparse.Namespace) -> int:
    policy = retention_policy(ctx.db)
    changes = {
        name: getattr(args, name)
        for name in ("guest_days", "member_days", "child_days", "audit_months")
        if getattr(args, name) is not None
    }
    if changes:
        policy = set_retention_policy(ctx.db, ctx.actor, changes, now=ctx.now)
    ctx.emit(asdict(policy), [f"{name}: {value}" for name, value in asdict(policy).items()])
    return 0


def _notice_said(ctx: Context, notice: PrivacyNotice) -> None:
    published = iso_local(notice.published_at) if notice.published_at else None
    ctx.emit(
        {"version": notice.version, "published_at": published},
        ctx.tr("Privacy notice version {version}, published {when}.").format(
            version=notice.version, when=published
        )
        if published
        else ctx.tr("Privacy notice version {version}, as shipped with the desk.").format(
            version=notice.version
        ),
    )


def _notice(ctx: Context, args: argparse.Namespace) -> int:
    _notice_said(ctx, current_notice(ctx.db))
    return 0


def _publish_notice(ctx: Context, args: argparse.Namespace) -> int:
    texts = {"it": _text_of(args.it), "en": _text_of(args.en)}
    _notice_said(ctx, publish_notice(ctx.db, ctx.actor, texts, now=ctx.now))
    return 0


def _text_of(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else None
        raise Refusal(
            "notice_unreadable",
            QT_TRANSLATE_NOOP("Refusal", "Cannot read {path}: {error}."),
            path=str(path),
            error=reason or str(error),
        ) from error
