"""`serre-desk plan add|list|edit|entries|refuse`, `person plan`, `org seats` and
`report usage` (issue 17: coworking plans and the monthly usage).

`person plan` and `report usage` join the `person` and `report` commands registered before this
module; reportlab is imported inside the usage handler only.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from serre_desk.cli import arguments
from serre_desk.cli.arguments import BadValue
from serre_desk.cli.context import Context
from serre_desk.domain.errors import Refusal
from serre_desk.domain.plans import MAX_ENTRIES, PlanKind, PlanRules
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.output_files import writing
from serre_desk.services.plans import (
    Entitlement,
    PlanChanges,
    PlanInfo,
    add_entries,
    add_plan,
    edit_plan,
    entitlement,
    list_plans,
    plan_history,
    refuses_over_plan,
    set_org_seats,
    set_person_plan,
    set_refuse_over_plan,
)

KINDS = [kind.value for kind in PlanKind]
amount = arguments.whole_number(1, MAX_ENTRIES)
signed_amount = arguments.whole_number(-MAX_ENTRIES, MAX_ENTRIES)
seats = arguments.whole_number(0, MAX_ENTRIES)


def month(text: str) -> date:
    """ "2026-11" → 1 November 2026."""
    try:
        year, number = text.strip().split("-")
        if len(year) != 4 or len(number) != 2:
            raise ValueError(text)
        return arguments.day(f"{year}-{number}-01")
    except (ValueError, Refusal) as error:
        raise BadValue(
            "bad_month",
            QT_TRANSLATE_NOOP("Refusal", "{value!r} is not a month (YYYY-MM)."),
            value=text,
        ) from error


def _subcommands(commands: argparse._SubParsersAction, word: str) -> argparse._SubParsersAction:
    """The sub-commands of an already registered command (`person`, `report`)."""
    parser = commands.choices[word]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise LookupError(word)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    plan = commands.add_parser("plan", help="coworking plans", parents=[common])
    actions = plan.add_subparsers(dest="plan_command", required=True, metavar="COMMAND")

    add = actions.add_parser("add", help="a new plan", parents=[common])
    add.add_argument("name")
    add.add_argument("--kind", choices=KINDS, required=True)
    _number_options(add)
    add.set_defaults(handler=_add)

    listing = actions.add_parser("list", help="the plans", parents=[common])
    listing.set_defaults(handler=_list)

    edit = actions.add_parser("edit", help="change a plan", parents=[common])
    edit.add_argument("name")
    edit.add_argument("--name", dest="new_name", metavar="NEW_NAME")
    edit.add_argument("--kind", choices=KINDS)
    _number_options(edit)
    edit.set_defaults(handler=_edit)

    entries = actions.add_parser(
        "entries", help="add entries to a person's plan (manager)", parents=[common]
    )
    entries.add_argument("person", type=arguments.person_id, metavar="PERSON_ID")
    entries.add_argument("--add", type=signed_amount, required=True, metavar="N")
    entries.add_argument("--reason", required=True)
    entries.set_defaults(handler=_entries)

    refuse = actions.add_parser(
        "refuse", help="refuse check-ins over the plan (on) or warn (off)", parents=[common]
    )
    refuse.add_argument("state", nargs="?", choices=["on", "off"])
    refuse.set_defaults(handler=_refuse)

    person = _subcommands(commands, "person").add_parser(
        "plan", help="give a person a plan, or show theirs", parents=[common]
    )
    person.add_argument("id", type=arguments.person_id, metavar="ID")
    person.add_argument("--plan", metavar="NAME")
    person.add_argument("--from", dest="starts_on", type=arguments.day, metavar="YYYY-MM-DD")
    person.add_argument("--until", dest="ends_on", type=arguments.day, metavar="YYYY-MM-DD")
    person.set_defaults(handler=_person_plan)

    org = commands.add_parser("org", help="organisations' seats", parents=[common])
    org_actions = org.add_subparsers(dest="org_command", required=True, metavar="COMMAND")
    seat = org_actions.add_parser("seats", help="seats an organisation bought", parents=[common])
    seat.add_argument("organisation", metavar="ORG")
    seat.add_argument("seats", type=seats, metavar="N")
    seat.add_argument("--plan", metavar="NAME", help="the plan its people are on")
    seat.set_defaults(handler=_org_seats)

    usage = _subcommands(commands, "report").add_parser(
        "usage", help="the month's usage against the plans (PDF or CSV)", parents=[common]
    )
    usage.add_argument("--month", type=month, required=True, metavar="YYYY-MM")
    usage.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.csv")
    usage.set_defaults(handler=_usage)


def _number_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--days", type=amount, metavar="N", help="days per month")
    parser.add_argument("--entries", type=amount, metavar="N", help="entries of a carnet")
    parser.add_argument("--valid-days", type=amount, metavar="N", help="validity in days")
    parser.add_argument("--area", metavar="AREA", help="an adult area's key, or 'adults' (any)")


def plan_payload(plan: PlanInfo) -> dict[str, Any]:
    r = plan.rules
    return {
        "name": r.name,
        "kind": r.kind.value,
        "days": r.days,
        "entries": r.entries,
        "valid_days": r.valid_days,
        "area": r.area,
    }


def _plan_line(plan: PlanInfo) -> str:
    r = plan.rules
    numbers = [
        f"{label}={value}"
        for label, value in (("days", r.days), ("entries", r.entries), ("valid-days", r.valid_days))
        if value is not None
    ]
    return "  ".join([r.name, r.kind.value, *numbers, r.area or "adults"])


def _add(ctx: Context, args: argparse.Namespace) -> int:
    rules = PlanRules(
        args.name,
        PlanKind(args.kind),
        days=args.days,
        entries=args.entries,
        valid_days=args.valid_days,
        area=args.area,
    )
    plan = add_plan(ctx.db, ctx.actor, rules, now=ctx.now)
    ctx.emit(plan_payload(plan), _plan_line(plan))
    return 0


def _list(ctx: Context, args: argparse.Namespace) -> int:
    plans = list_plans(ctx.db)
    ctx.emit({"plans": [plan_payload(p) for p in plans]}, [_plan_line(p) for p in plans])
    return 0


def _edit(ctx: Context, args: argparse.Namespace) -> int:
    changes = PlanChanges(
        name=args.new_name,
        kind=PlanKind(args.kind) if args.kind else None,
        days=args.days,
        entries=args.entries,
        valid_days=args.valid_days,
        area=args.area,
    )
    plan = edit_plan(ctx.db, ctx.actor, args.name, changes, now=ctx.now)
    ctx.emit(plan_payload(plan), _plan_line(plan))
    return 0


def entitlement_payload(found: Entitlement, lang: str) -> dict[str, Any]:
    s = found.standing
    return {
        "plan": s.plan.name if s.plan else None,
        "kind": s.plan.kind.value if s.plan else None,
        "state": s.state.value,
        "used": s.used,
        "left": s.left,
        "allowance": s.allowance,
        "expires_on": s.expires_on.isoformat() if s.expires_on else None,
        "seats": (
            {
                "organisation": found.seats.organisation,
                "seats": found.seats.seats,
                "taken": found.seats.taken,
            }
            if found.seats
            else None
        ),
        "line": found.line(lang),
        "warning": found.warning(lang),
    }


def _entitlement_lines(found: Entitlement, lang: str) -> list[str]:
    return [line for line in (found.line(lang), found.warning(lang)) if line]


def _entries(ctx: Context, args: argparse.Namespace) -> int:
    found = add_entries(ctx.db, ctx.actor, args.person, args.add, args.reason, now=ctx.now)
    ctx.emit(entitlement_payload(found, ctx.lang), _entitlement_lines(found, ctx.lang))
    return 0


def _refuse(ctx: Context, args: argparse.Namespace) -> int:
    if args.state is not None:
        set_refuse_over_plan(ctx.db, ctx.actor, args.state == "on", now=ctx.now)
    with ctx.db.read() as session:
        refuse = refuses_over_plan(session)
    ctx.emit({"refuse": refuse}, "on" if refuse else "off")
    return 0


def _person_plan(ctx: Context, args: argparse.Namespace) -> int:
    if args.plan is not None:
        set_person_plan(
            ctx.db,
            ctx.actor,
            args.id,
            args.plan,
            now=ctx.now,
            starts_on=args.starts_on,
            ends_on=args.ends_on,
        )
    elif args.starts_on or args.ends_on:
        raise Refusal(
            "plan_name_needed",
            QT_TRANSLATE_NOOP("Refusal", "Name the plan with --plan NAME."),
        )
    found = entitlement(ctx.db, args.id, ctx.now)
    history = [
        {
            "plan": h.plan.name,
            "from": h.starts_on.isoformat(),
            "until": h.ends_on.isoformat() if h.ends_on else None,
            "expires_on": h.expires_on.isoformat() if h.expires_on else None,
            "added_entries": h.added_entries,
        }
        for h in plan_history(ctx.db, args.id)
    ]
    lines = [
        f"{h['from']} – {h['until'] or '…'}  {h['plan']}" for h in history
    ] + _entitlement_lines(found, ctx.lang)
    ctx.emit({"id": args.id, **entitlement_payload(found, ctx.lang), "history": history}, lines)
    return 0


def _org_seats(ctx: Context, args: argparse.Namespace) -> int:
    info = set_org_seats(
        ctx.db, ctx.actor, args.organisation, args.seats, now=ctx.now, plan_name=args.plan
    )
    ctx.emit(
        {"organisation": info.organisation, "seats": info.seats, "plan": info.plan},
        f"{info.organisation}: {info.seats}" + (f" ({info.plan})" if info.plan else ""),
    )
    return 0


def _usage(ctx: Context, args: argparse.Namespace) -> int:
    out: Path = args.out
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise Refusal(
            "usage_format",
            QT_TRANSLATE_NOOP("Refusal", "The usage report is written as FILE.pdf or FILE.csv."),
        )
    with writing(out):
        if suffix == ".csv":
            from serre_desk.render.usage_report import export_usage_csv

            path, rows = export_usage_csv(ctx.db, args.month, out, now=ctx.now, lang=ctx.lang)
            ctx.emit({"path": str(path), "people": rows}, str(path))
            return 0
        from serre_desk.render.usage_report import render_usage_report

        path = render_usage_report(ctx.db, args.month, out, now=ctx.now, lang=ctx.lang)
    ctx.emit({"path": str(path)}, str(path))
    return 0
