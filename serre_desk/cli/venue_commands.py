"""`serre-desk area list|set` (name, capacity, adults or children, amber threshold) and
`serre-desk hours set|closed`."""

from __future__ import annotations

import argparse

from serre_desk.cli import arguments
from serre_desk.cli.context import Context
from serre_desk.domain.venue import WEEKDAYS, parse_clock, parse_weekday
from serre_desk.services.areas_admin import set_area
from serre_desk.services.venue import (
    list_areas,
    read_opening_hours,
    set_closed_day,
    set_hours,
)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    area = commands.add_parser("area", help="list and configure areas", parents=[common])
    area_actions = area.add_subparsers(dest="area_command", required=True, metavar="COMMAND")
    area_actions.add_parser("list", help="the areas", parents=[common]).set_defaults(handler=_list)
    change = area_actions.add_parser("set", help="change or add an area", parents=[common])
    change.add_argument("key")
    change.add_argument("--name")
    change.add_argument("--capacity", type=int)
    change.add_argument("--children", action=argparse.BooleanOptionalAction, default=None)
    change.add_argument(
        "--amber",
        type=int,
        metavar="PCT",
        help="the tile turns amber from this share of the capacity (50-99 %%)",
    )
    change.set_defaults(handler=_set)

    hours = commands.add_parser("hours", help="opening hours and closed days", parents=[common])
    hours_actions = hours.add_subparsers(dest="hours_command", required=True, metavar="COMMAND")
    hours_actions.add_parser("show", help="the opening hours", parents=[common]).set_defaults(
        handler=_show_hours
    )
    weekly = hours_actions.add_parser("set", help="hours of one weekday", parents=[common])
    weekly.add_argument("day", metavar="DAY", help="mon … sun (or lun … dom)")
    weekly.add_argument("open", metavar="OPEN", help="HH:MM, or 'closed'")
    weekly.add_argument("close", metavar="CLOSE", nargs="?", help="HH:MM")
    weekly.set_defaults(handler=_set_hours)
    closed = hours_actions.add_parser("closed", help="close the venue on a date", parents=[common])
    closed.add_argument("date", metavar="DATE")
    closed.add_argument("--undo", action="store_true", help="reopen that date")
    closed.set_defaults(handler=_closed_day)


def _list(ctx: Context, args: argparse.Namespace) -> int:
    areas = list_areas(ctx.db)
    payload = [
        {"key": a.key, "name": a.name, "capacity": a.capacity, "children": a.for_children}
        for a in areas
    ]
    ctx.emit({"areas": payload}, [f"{a.key:<12} {a.name:<20} {a.capacity:>5}" for a in areas])
    return 0


def _set(ctx: Context, args: argparse.Namespace) -> int:
    area = set_area(
        ctx.db,
        ctx.actor,
        args.key,
        now=ctx.now,
        name=args.name,
        capacity=args.capacity,
        for_children=args.children,
        amber_percent=args.amber,
    )
    ctx.emit(
        {
            "key": area.key,
            "name": area.name,
            "capacity": area.capacity,
            "children": area.for_children,
            "amber_percent": area.amber_percent,
        },
        f"{area.key}: {area.name}, {area.capacity} "
        + ctx.tr("(amber from {percent} %)").format(percent=area.amber_percent),
    )
    return 0


def _show_hours(ctx: Context, args: argparse.Namespace) -> int:
    hours = read_opening_hours(ctx.db)
    week = {
        WEEKDAYS[i]: ([h.strftime("%H:%M") for h in pair] if pair else None)
        for i, pair in enumerate(hours.weekly)
    }
    lines = [
        f"{day}  {' – '.join(pair) if pair else ctx.tr('closed')}" for day, pair in week.items()
    ]
    closed = sorted(d.isoformat() for d in hours.closed_days)
    ctx.emit({"weekly": week, "closed_days": closed}, lines + closed)
    return 0


def _set_hours(ctx: Context, args: argparse.Namespace) -> int:
    weekday = parse_weekday(args.day)
    if args.open.lower() in ("closed", "chiuso"):
        opens = closes = None
    else:
        opens = parse_clock(args.open)
        closes = parse_clock(args.close or "")
    set_hours(ctx.db, ctx.actor, weekday, opens, closes, now=ctx.now)
    return _show_hours(ctx, args)


def _closed_day(ctx: Context, args: argparse.Namespace) -> int:
    set_closed_day(ctx.db, ctx.actor, arguments.day(args.date), now=ctx.now, closed=not args.undo)
    return _show_hours(ctx, args)
