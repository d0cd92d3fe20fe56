"""`serre-desk guardian add|remove|list`, `pickup-labels`, `kids [options]`, `ratios`: the kids'
space.

Drop-off and pickup themselves are `checkin CHILD_ID --by ADULT_ID` and
`checkout CHILD_ID --by ADULT_ID --code CODE` (see visit_commands).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from serre_desk.cli import arguments
from serre_desk.cli.context import Context
from serre_desk.clock import iso_local, to_local
from serre_desk.domain.guardians import GuardianInfo
from serre_desk.domain.ratios import BAND_KEYS
from serre_desk.i18n import translate_n
from serre_desk.render.words import area_name
from serre_desk.services.kids import (
    add_guardian,
    guardians_of,
    read_ratios,
    remove_guardian,
    reprint_pair,
    set_ratios,
)
from serre_desk.services.kids_state import kids_state
from serre_desk.services.settings_admin import kids_options, set_kids_options


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    guardian = commands.add_parser(
        "guardian", help="who may bring and collect a child", parents=[common]
    )
    actions = guardian.add_subparsers(dest="guardian_command", required=True, metavar="COMMAND")
    add = actions.add_parser("add", help="link an adult to a child", parents=[common])
    _pair(add)
    how = add.add_mutually_exclusive_group()
    how.add_argument(
        "--not-authorized",
        "--not-authorised",
        dest="not_authorised",
        action="store_true",
        help="linked, but NOT authorised for pickup",
    )
    how.add_argument(
        "--today-only",
        action="store_true",
        help="manager: authorised today only, until closing",
    )
    add.set_defaults(handler=_add)
    remove = actions.add_parser("remove", help="unlink an adult from a child", parents=[common])
    _pair(remove)
    remove.set_defaults(handler=_remove)
    listing = actions.add_parser("list", help="a child's guardians", parents=[common])
    listing.add_argument("child", type=arguments.person_id, metavar="CHILD_ID")
    listing.set_defaults(handler=_list)

    labels = commands.add_parser(
        "pickup-labels",
        help="print a child's label and pickup slip again (same code)",
        parents=[common],
    )
    labels.add_argument("child", type=arguments.person_id, metavar="CHILD_ID")
    labels.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help="PDF, or PNG previews (FILE-child.png, FILE-slip.png)",
    )
    labels.add_argument(
        "--format",
        choices=("62x29", "62x100"),
        default="62x29",
        help="label size in mm (default 62x29)",
    )
    labels.set_defaults(handler=_labels)

    kids = commands.add_parser(
        "kids", help="the kids' space now: children, educators, ratio, alarms", parents=[common]
    )
    kids.set_defaults(handler=_kids)
    kids_actions = kids.add_subparsers(dest="kids_command", metavar="COMMAND")
    options = kids_actions.add_parser(
        "options",
        help="show or set the pickup lock and who authorises for one day (set: manager)",
        parents=[common],
    )
    options.add_argument(
        "--wrong-codes", type=int, metavar="N", help="wrong pickup codes before the pickup locks"
    )
    options.add_argument(
        "--one-day-needs-manager",
        choices=("yes", "no"),
        help="whether a one-day pickup authorisation needs a manager",
    )
    options.set_defaults(handler=_options)

    ratios = commands.add_parser(
        "ratios",
        help="children per educator by age band (show, or set: manager)",
        parents=[common],
    )
    for key in BAND_KEYS:
        ratios.add_argument(f"--{key.replace('_', '-')}", dest=key, type=int, metavar="N")
    ratios.set_defaults(handler=_ratios)


def _pair(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("child", type=arguments.person_id, metavar="CHILD_ID")
    parser.add_argument("adult", type=arguments.person_id, metavar="ADULT_ID")


def _guardian_payload(g: GuardianInfo) -> dict[str, Any]:
    return {
        "id": g.adult_id,
        "name": g.name,
        "phone": g.phone,
        "authorised": g.authorised,
        "only_on": g.only_on.isoformat() if g.only_on else None,
        "valid_now": g.valid,
    }


def _guardian_line(ctx: Context, g: GuardianInfo) -> str:
    if not g.authorised:
        status = ctx.tr("NOT authorised")
    elif g.only_on is not None:
        status = ctx.tr("authorised on {day} only").format(day=g.only_on.strftime("%d/%m/%Y"))
        if not g.valid:
            status += " — " + ctx.tr("expired")
    else:
        status = ctx.tr("authorised")
    return f"{g.adult_id:>7}  {g.name}  {g.phone or '—'}  ({status})"


def _add(ctx: Context, args: argparse.Namespace) -> int:
    link = add_guardian(
        ctx.db,
        ctx.actor,
        args.child,
        args.adult,
        now=ctx.now,
        authorised=not args.not_authorised,
        today_only=args.today_only,
    )
    ctx.emit({"child": args.child, "guardian": _guardian_payload(link)}, _guardian_line(ctx, link))
    return 0


def _remove(ctx: Context, args: argparse.Namespace) -> int:
    remove_guardian(ctx.db, ctx.actor, args.child, args.adult, now=ctx.now)
    ctx.emit(
        {"child": args.child, "removed": args.adult},
        ctx.tr("Guardian {adult} removed.").format(adult=args.adult),
    )
    return 0


def _list(ctx: Context, args: argparse.Namespace) -> int:
    links = guardians_of(ctx.db, args.child, now=ctx.now)
    ctx.emit(
        {"child": args.child, "guardians": [_guardian_payload(g) for g in links]},
        [_guardian_line(ctx, g) for g in links],
    )
    return 0


def _labels(ctx: Context, args: argparse.Namespace) -> int:
    from serre_desk.render.pickup_labels import write_pickup_labels

    pair = reprint_pair(ctx.db, ctx.actor, args.child, now=ctx.now)
    written = write_pickup_labels(args.out, pair, args.format, lang=ctx.lang)
    ctx.emit(
        {"child": pair.child_id, "pickup_code": pair.code, "files": [str(p) for p in written]},
        [ctx.tr("Written: {path}").format(path=path) for path in written],
    )
    return 0


def _kids(ctx: Context, args: argparse.Namespace) -> int:
    state = kids_state(ctx.db, now=ctx.now)
    children = [
        {
            "id": c.id,
            "name": c.name,
            "age_months": c.age_months,
            "since": iso_local(c.since),
            "brought_by": c.brought_by,
            "allergy": c.allergy,
            "expected_pickup": iso_local(c.expected_pickup_at) if c.expected_pickup_at else None,
            "authorised": [{"name": g.name, "phone": g.phone} for g in c.authorised],
        }
        for c in state.children
    ]
    payload = {
        "area": state.area_key,
        "children": children,
        "educators": [{"id": e.id, "name": e.name} for e in state.educators],
        "educators_needed": state.ratio.needed,
        "alarms": [
            {"kind": alarm.kind.value, "children": [c.id for c in alarm.children]}
            for alarm in state.alarms
        ],
    }
    lines = [
        ", ".join(
            (
                f"{area_name(state.area_name, ctx.lang)}: "
                + translate_n("Cli", "%n child(ren)", len(state.children), ctx.lang),
                translate_n("Cli", "%n educator(s)", len(state.educators), ctx.lang)
                + translate_n("Cli", " (%n needed)", state.ratio.needed, ctx.lang),
            )
        )
    ]
    for c in state.children:
        mark = " ⚠" if c.allergy else ""
        lines.append(f"  {to_local(c.since).strftime('%H:%M')}  {c.name}{mark}  (id {c.id})")
    lines += [ctx.tr("ALARM: {kind}").format(kind=alarm.kind.value) for alarm in state.alarms]
    ctx.emit(payload, lines)
    return 0


def _ratios(ctx: Context, args: argparse.Namespace) -> int:
    wanted = {key: getattr(args, key) for key in BAND_KEYS if getattr(args, key) is not None}
    ratios = set_ratios(ctx.db, ctx.actor, wanted, now=ctx.now) if wanted else read_ratios(ctx.db)
    ctx.emit({"ratios": ratios}, [f"{key:<16} 1:{value}" for key, value in ratios.items()])
    return 0


def _options(ctx: Context, args: argparse.Namespace) -> int:
    if args.wrong_codes is not None or args.one_day_needs_manager is not None:
        wrong_codes, one_day_manager = kids_options(ctx.db)
        set_kids_options(
            ctx.db,
            ctx.actor,
            wrong_codes=wrong_codes if args.wrong_codes is None else args.wrong_codes,
            one_day_manager=one_day_manager
            if args.one_day_needs_manager is None
            else args.one_day_needs_manager == "yes",
            now=ctx.now,
        )
    wrong_codes, one_day_manager = kids_options(ctx.db)
    ctx.emit(
        {"wrong_codes": wrong_codes, "one_day_needs_manager": one_day_manager},
        [
            ctx.tr("The pickup locks after {count} wrong codes.").format(count=wrong_codes),
            ctx.tr("A one-day authorisation needs a manager.")
            if one_day_manager
            else ctx.tr("Any desk user may authorise an adult for one day."),
        ],
    )
    return 0
