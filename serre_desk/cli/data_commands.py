"""`serre-desk import people` and `serre-desk demo`."""

from __future__ import annotations

import argparse
from pathlib import Path

from serre_desk.cli import arguments
from serre_desk.cli.context import Context
from serre_desk.services.demo import generate_demo
from serre_desk.services.importer import import_people


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    importing = commands.add_parser("import", help="import data from a file", parents=[common])
    what = importing.add_subparsers(dest="import_command", required=True, metavar="WHAT")
    people = what.add_parser("people", help="members and staff from a CSV file", parents=[common])
    people.add_argument("file", type=Path, metavar="FILE.csv")
    people.add_argument("--dry-run", action="store_true", help="report only, change nothing")
    people.set_defaults(handler=_import_people)

    demo = commands.add_parser(
        "demo", help="fill the database with a demo history", parents=[common]
    )
    demo.add_argument("--days", type=arguments.days, default=60)
    demo.add_argument("--people", type=arguments.count, default=400)
    demo.add_argument("--seed", type=arguments.count, default=1)
    demo.add_argument("--visits-per-day", type=arguments.count, help=argparse.SUPPRESS)
    demo.set_defaults(handler=_demo)


def _import_people(ctx: Context, args: argparse.Namespace) -> int:
    report = import_people(ctx.db, ctx.actor, args.file, now=ctx.now, dry_run=args.dry_run)
    words = {
        "added": ctx.tr("added"),
        "updated": ctx.tr("updated"),
        "unchanged": ctx.tr("unchanged"),
        "refused": ctx.tr("refused"),
    }
    lines = [
        f"{ctx.tr('row')} {row.line}: {words[row.status]}  {row.name}"
        + (f" — {row.reason}" if row.reason else "")
        for row in report.rows
    ]
    lines.append(
        ctx.tr(
            "Added {added}, updated {updated}, unchanged {unchanged}, refused {refused}."
        ).format(**{status: report.count(status) for status in words})
        + (" " + ctx.tr("(dry run: nothing saved)") if args.dry_run else "")
    )
    payload = {
        "dry_run": args.dry_run,
        "rows": [
            {
                "line": r.line,
                "status": r.status,
                "name": r.name,
                "id": r.person_id,
                "reason": r.reason,
            }
            for r in report.rows
        ],
        **{status: report.count(status) for status in words},
    }
    ctx.emit(payload, lines)
    return 0


def _demo(ctx: Context, args: argparse.Namespace) -> int:
    summary = generate_demo(
        ctx.db,
        ctx.actor,
        now=ctx.now,
        days=args.days,
        people=args.people,
        seed=args.seed,
        visits_per_day=args.visits_per_day,
    )
    ctx.emit(
        {"people": summary.people, "visits": summary.visits, "inside_now": summary.inside_now},
        ctx.tr("Demo data: {people} people, {visits} visits, {inside} inside now.").format(
            people=summary.people, visits=summary.visits, inside=summary.inside_now
        ),
    )
    return 0
