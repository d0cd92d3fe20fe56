"""`serre-desk report daily|period|emergency|archive` and `serre-desk export visits`.

reportlab is imported inside the handlers only: other commands start without it.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from serre_desk.cli import arguments
from serre_desk.cli.context import Context
from serre_desk.clock import local_date, to_local
from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.render.sheet_archive import archive_daily_sheet, archive_due_sheets, archive_folder
from serre_desk.services.output_files import writing


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    report = commands.add_parser(
        "report", help="attendance sheets and reports (PDF)", parents=[common]
    )
    kinds = report.add_subparsers(dest="report_command", required=True, metavar="REPORT")
    daily = kinds.add_parser("daily", help="the daily attendance sheet", parents=[common])
    daily.add_argument("--date", type=arguments.day, metavar="YYYY-MM-DD", help="default: today")
    daily.add_argument("--out", type=Path, metavar="FILE", help="default: into the archive")
    daily.set_defaults(handler=_daily)

    period = kinds.add_parser("period", help="a report over a range of days", parents=[common])
    _range_options(period)
    period.add_argument("--out", type=Path, metavar="FILE", help="default: into the archive")
    period.set_defaults(handler=_period)

    emergency = kinds.add_parser(
        "emergency", help="everyone inside now, for a roll call", parents=[common]
    )
    emergency.add_argument(
        "--out", type=Path, metavar="FILE", help="default: a file in the temporary folder"
    )
    emergency.set_defaults(handler=_emergency)

    archive = kinds.add_parser(
        "archive", help="write missing daily sheets, anonymise old ones", parents=[common]
    )
    archive.add_argument("--today", action="store_true", help="include today (at closing)")
    archive.set_defaults(handler=_archive)

    export = commands.add_parser("export", help="export data to a file", parents=[common])
    what = export.add_subparsers(dest="export_command", required=True, metavar="WHAT")
    visits = what.add_parser("visits", help="visits as CSV for Excel", parents=[common])
    _range_options(visits)
    visits.add_argument("--out", type=Path, required=True, metavar="FILE.csv")
    visits.set_defaults(handler=_export_visits)


def _range_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from", dest="first", type=arguments.day, required=True, metavar="YYYY-MM-DD"
    )
    parser.add_argument(
        "--to", dest="last", type=arguments.day, required=True, metavar="YYYY-MM-DD"
    )


def _checked_range(first: date, last: date) -> None:
    if last < first:
        raise Refusal(
            "bad_range",
            QT_TRANSLATE_NOOP("Refusal", "The range ends ({last}) before it starts ({first})."),
            first=first.isoformat(),
            last=last.isoformat(),
        )


def _written(ctx: Context, path: Path, **extra: object) -> int:
    ctx.emit({"path": str(path), **extra}, str(path))
    return 0


def _daily(ctx: Context, args: argparse.Namespace) -> int:
    day = args.date or local_date(ctx.now)
    if args.out is not None:
        from serre_desk.render.daily_sheet import render_daily_sheet

        with writing(args.out):
            path = render_daily_sheet(ctx.db, day, args.out, now=ctx.now, lang=ctx.lang)
        return _written(ctx, path, day=day.isoformat())
    sheet = archive_daily_sheet(
        ctx.db,
        archive_folder(ctx.db, ctx.location.data_dir),
        day,
        now=ctx.now,
        actor=ctx.actor,
        lang=ctx.lang,
    )
    return _written(
        ctx,
        sheet.path,
        day=day.isoformat(),
        revision=sheet.revision,
        new=sheet.written,
        anonymised=sheet.anonymised,
    )


def _period(ctx: Context, args: argparse.Namespace) -> int:
    from serre_desk.render.period_report import render_period_report

    _checked_range(args.first, args.last)
    out = args.out or archive_folder(ctx.db, ctx.location.data_dir) / (
        f"rapporto-{args.first.isoformat()}-{args.last.isoformat()}.pdf"
    )
    with writing(out):
        path = render_period_report(ctx.db, args.first, args.last, out, now=ctx.now, lang=ctx.lang)
    return _written(ctx, path)


def _emergency(ctx: Context, args: argparse.Namespace) -> int:
    from serre_desk.render.emergency_list import render_emergency_list
    from serre_desk.render.saved_lists import saved_list

    local = to_local(ctx.now)
    # the second 02:xx of the autumn DST day has its own name: no roll call overwrites another
    stamp = local.strftime("%Y-%m-%d-%H%M%S") + ("-2" if local.fold else "")
    out = args.out or saved_list(ctx.location.data_dir, stamp)
    with writing(out):
        path = render_emergency_list(ctx.db, out, now=ctx.now, lang=ctx.lang)
    return _written(ctx, path)


def _archive(ctx: Context, args: argparse.Namespace) -> int:
    run = archive_due_sheets(
        ctx.db,
        archive_folder(ctx.db, ctx.location.data_dir),
        now=ctx.now,
        actor=ctx.actor,
        lang=ctx.lang,
        include_today=args.today,
    )
    ctx.emit(
        {
            "written": [str(s.path) for s in run.written],
            "anonymised": [str(s.path) for s in run.anonymised],
        },
        [str(s.path) for s in run.written + run.anonymised],
    )
    return 0


def _export_visits(ctx: Context, args: argparse.Namespace) -> int:
    from serre_desk.render.visits_csv import export_visits_csv

    _checked_range(args.first, args.last)
    with writing(args.out):
        path, count = export_visits_csv(ctx.db, args.first, args.last, args.out, lang=ctx.lang)
    return _written(ctx, path, visits=count)
