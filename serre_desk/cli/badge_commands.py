"""`serre-desk badge` (print, reissue, revoke) and `serre-desk scan`.

Rendering (reportlab, qrcode, pypdfium2) is imported only by the command that prints.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from serre_desk import clock
from serre_desk.cli import arguments
from serre_desk.cli.context import Context
from serre_desk.cli.options import option
from serre_desk.cli.visit_commands import emit_movement
from serre_desk.domain.errors import Refusal
from serre_desk.domain.outcomes import (
    CheckedIn,
    CheckedOut,
    ChildToDropoff,
    ChildToPickup,
    Moved,
    Refused,
)
from serre_desk.domain.visit_rules import child_step_refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.render.badge_formats import DEFAULT_FORMAT, FORMATS
from serre_desk.services.badges import (
    BadgeInfo,
    badge_for_print,
    current_badge,
    issue_badge,
    revoke_badge,
)
from serre_desk.services.output_files import writing
from serre_desk.services.person_row import Now
from serre_desk.services.scanning import scan


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    badge = commands.add_parser(
        "badge", help="print, reissue or revoke a person's badge", parents=[common]
    )
    badge.add_argument("people", type=arguments.person_id, nargs="+", metavar="PERSON_ID")
    badge.add_argument("--out", type=Path, metavar="FILE", help="write a PDF (or PNG: FILE.png)")
    badge.add_argument("--format", choices=list(FORMATS), default=DEFAULT_FORMAT)
    badge.add_argument(
        "--start",
        type=int,
        default=1,
        metavar="N",
        help="first free position on a part-used sheet (1 = top left, row by row)",
    )
    actions = badge.add_mutually_exclusive_group()
    actions.add_argument("--reissue", action="store_true", help="lost badge: revoke it, make a new")
    actions.add_argument("--revoke", action="store_true", help="withdraw the badge")
    badge.add_argument("--reason", help="why (kept in the audit log)")
    badge.set_defaults(handler=_badge)

    scanning = commands.add_parser(
        "scan", help="a badge scan: check its holder in or out", parents=[common]
    )
    scanning.add_argument("code", metavar="CODE")
    scanning.add_argument("--at", metavar="ISO8601", help="when it was scanned (default now)")
    scanning.set_defaults(handler=_scan)


def _badge(ctx: Context, args: argparse.Namespace) -> int:
    if len(args.people) > 1 or args.start != 1:
        return _print_several(ctx, args)
    [person] = args.people
    if args.revoke:
        if args.out:
            raise Refusal(
                "revoke_and_print",
                QT_TRANSLATE_NOOP("Refusal", "A revoked badge cannot be printed: drop --out."),
            )
        count = revoke_badge(ctx.db, ctx.actor, person, now=ctx.now, reason=args.reason)
        ctx.emit({"revoked": count}, ctx.tr("Badge revoked."))
        return 0
    if args.reissue:
        badge = issue_badge(ctx.db, ctx.actor, person, now=ctx.now)
    elif args.out:
        badge = badge_for_print(ctx.db, ctx.actor, person, now=ctx.now)
    else:
        found = current_badge(ctx.db, person, now=ctx.now)
        if found is None:
            raise Refusal(
                "no_valid_badge",
                QT_TRANSLATE_NOOP(
                    "Refusal", "No valid badge: print one with --out, or make one with --reissue."
                ),
            )
        badge = found
    payload: dict[str, object] = {"badge": badge.code}
    lines = [ctx.tr("Badge of {name}: {code}").format(name=badge.name, code=badge.code)]
    if args.out:
        _write(ctx, [badge], args.out, args.format)
        payload["file"] = str(args.out)
        lines.append(ctx.tr("Written to {file}.").format(file=args.out))
    ctx.emit(payload, lines)
    return 0


def _print_several(ctx: Context, args: argparse.Namespace) -> int:
    """Several people's badges (or one on a part-used sheet) into one file, in the order given."""
    if args.out is None or args.reissue or args.revoke:
        raise Refusal(
            "several_badges_print_only",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "Several badges, or --start, only print: give --out FILE, without --reissue "
                "or --revoke.",
            ),
        )
    slots = len(FORMATS[args.format].slots)
    if not 1 <= args.start <= slots:
        raise Refusal(
            "start_outside_sheet",
            QT_TRANSLATE_NOOP(
                "Refusal", "--start {start}: the format {format} has positions 1 to {slots}."
            ),
            start=args.start,
            format=args.format,
            slots=slots,
        )
    badges = [badge_for_print(ctx.db, ctx.actor, person, now=ctx.now) for person in args.people]
    _write(ctx, badges, args.out, args.format, start=args.start)
    payload = {
        "badges": [{"id": badge.person_id, "badge": badge.code} for badge in badges],
        "file": str(args.out),
    }
    lines = [
        ctx.tr("Badge of {name}: {code}").format(name=badge.name, code=badge.code)
        for badge in badges
    ]
    lines.append(ctx.tr("Written to {file}.").format(file=args.out))
    ctx.emit(payload, lines)
    return 0


def _write(
    ctx: Context, badges: list[BadgeInfo], path: Path, format_name: str, *, start: int = 1
) -> None:
    from serre_desk.render.badges import write_badges

    with writing(path):
        write_badges(path, badges, format_name, lang=ctx.lang, start=start)


def _scan(ctx: Context, args: argparse.Namespace) -> int:
    at: Now = ctx.now
    if args.at:
        at = arguments.instant(args.at)
    elif option(args, "now", "SERRE_DESK_NOW") is None:
        at = clock.utcnow  # read once the holder is locked: two scans at once are taken in turn
    match scan(ctx.db, ctx.actor, args.code, now=at):
        case CheckedIn(movement) | Moved(movement) | CheckedOut(movement):
            emit_movement(ctx, movement)
            return 0
        case Refused(refusal):
            raise refusal
        case ChildToPickup() | ChildToDropoff() as child:
            raise child_step_refusal(child)
