"""`serre-desk checkin|checkout|occupancy|inside|close-day`.

A child is checked in with `--by ADULT_ID` (an authorised guardian; the JSON carries the new
`pickup_code`) and out with `--by ADULT_ID --code CODE` (exit 1 with the reason on a mismatch)."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import Any

from serre_desk.cli import arguments
from serre_desk.cli.context import Context
from serre_desk.clock import iso_local, local_date, local_instant, to_local
from serre_desk.domain.errors import Refusal
from serre_desk.domain.outcomes import Movement
from serre_desk.domain.venue import parse_clock
from serre_desk.render.sheet_archive import archive_due_sheets, archive_folder, changes_archived_day
from serre_desk.render.words import area_name
from serre_desk.services.closing import close_day
from serre_desk.services.occupancy import inside, occupancy
from serre_desk.services.visits import check_in, check_out


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    checkin = commands.add_parser("checkin", help="check a person in", parents=[common])
    checkin.add_argument("person", type=arguments.person_id, metavar="PERSON_ID")
    checkin.add_argument("--area")
    _correction_options(checkin)
    checkin.add_argument(
        "--override", action="store_true", help="manager: past a full area or the ratio"
    )
    checkin.add_argument(
        "--by",
        type=arguments.person_id,
        metavar="ADULT_ID",
        help="a child: the authorised guardian bringing them",
    )
    checkin.add_argument(
        "--expected-pickup", metavar="HH:MM|ISO8601", help="a child: when they will be collected"
    )
    checkin.set_defaults(handler=_checkin)

    checkout = commands.add_parser("checkout", help="check a person out", parents=[common])
    checkout.add_argument("person", type=arguments.person_id, metavar="PERSON_ID")
    _correction_options(checkout)
    checkout.add_argument(
        "--by",
        type=arguments.person_id,
        metavar="ADULT_ID",
        help="a child: the adult collecting them",
    )
    checkout.add_argument("--code", help="a child: the pickup code on the slip")
    checkout.add_argument(
        "--override",
        action="store_true",
        help="manager: release a child without the code or authorisation (with --reason)",
    )
    checkout.set_defaults(handler=_checkout)

    commands.add_parser("occupancy", help="how full each area is", parents=[common]).set_defaults(
        handler=_occupancy
    )
    who = commands.add_parser("inside", help="who is inside now", parents=[common])
    who.add_argument("--area")
    who.set_defaults(handler=_inside)

    commands.add_parser(
        "close-day", help="run the closing routine for today", parents=[common]
    ).set_defaults(handler=_close_day)


def _correction_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--at", metavar="ISO8601", help="correct: record this past time")
    parser.add_argument("--reason", help="why (required with --at and --override)")


def movement_payload(movement: Movement) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "action": movement.action,
        "person": {"id": movement.person.id, "name": movement.person.name},
        "area": movement.area_key,
        "at": iso_local(movement.at),
    }
    if movement.pickup_code is not None:
        payload["pickup_code"] = movement.pickup_code
    if movement.warnings:
        payload["warnings"] = list(movement.warnings)
    return payload


def emit_movement(ctx: Context, movement: Movement) -> None:
    template = (
        ctx.tr("{name} checked in to {area} at {time}.")
        if movement.action == "check_in"
        else ctx.tr("{name} checked out of {area} at {time}.")
    )
    lines = [
        template.format(
            name=movement.person.name,
            area=area_name(movement.area_name, ctx.lang),
            time=to_local(movement.at).strftime("%H:%M"),
        )
    ]
    if movement.pickup_code is not None:
        lines.append(ctx.tr("Pickup code: {code}").format(code=movement.pickup_code))
    lines += [ctx.tr("Warning: {text}").format(text=w) for w in movement.warnings]
    ctx.emit(movement_payload(movement), lines)
    if changes_archived_day(movement):
        _archive_again(ctx)


def _archive_again(ctx: Context) -> None:
    """The archived sheet of a day this movement changed gets its new revision now, as at the
    desk. The movement is recorded whatever happens here: a failure is only said."""
    try:
        folder = archive_folder(ctx.db, ctx.location.data_dir)
        archive_due_sheets(ctx.db, folder, now=ctx.now, actor=ctx.actor, lang=ctx.lang)
    except (OSError, Refusal) as error:
        text = error.text(ctx.lang) if isinstance(error, Refusal) else str(error)
        message = ctx.tr("The archived attendance sheets could not be written again: {error}")
        sys.stderr.write(message.format(error=text) + "\n")


def _checkin(ctx: Context, args: argparse.Namespace) -> int:
    at = arguments.instant(args.at) if args.at else None
    movement = check_in(
        ctx.db,
        ctx.actor,
        args.person,
        args.area,
        now=ctx.now,
        at=at,
        reason=args.reason,
        override=args.override,
        brought_by=args.by,
        expected_pickup_at=_pickup_time(ctx, args.expected_pickup),
    )
    emit_movement(ctx, movement)
    return 0


def _pickup_time(ctx: Context, text: str | None) -> datetime | None:
    """HH:MM is today's venue time; anything else is an ISO 8601 instant."""
    if not text:
        return None
    if len(text.strip()) <= 5:
        return local_instant(local_date(ctx.now), parse_clock(text))
    return arguments.instant(text)


def _checkout(ctx: Context, args: argparse.Namespace) -> int:
    at = arguments.instant(args.at) if args.at else None
    movement = check_out(
        ctx.db,
        ctx.actor,
        args.person,
        now=ctx.now,
        at=at,
        reason=args.reason,
        collected_by=args.by,
        code=args.code,
        override=args.override,
    )
    emit_movement(ctx, movement)
    return 0


def _occupancy(ctx: Context, args: argparse.Namespace) -> int:
    areas = occupancy(ctx.db)
    payload = []
    lines = []
    for area in areas:
        entry: dict[str, Any] = {
            "key": area.key,
            "name": area.name,
            "inside": area.inside,
            "capacity": area.capacity,
        }
        if area.for_children:
            entry["educators"] = area.educators
        payload.append(entry)
        lines.append(f"{area_name(area.name, ctx.lang):<20} {area.inside:>4} / {area.capacity}")
    ctx.emit({"areas": payload}, lines)
    return 0


def _inside(ctx: Context, args: argparse.Namespace) -> int:
    rows = inside(ctx.db, args.area)
    people = [
        {"id": r.id, "name": r.name, "area": r.area_key, "since": iso_local(r.since)} for r in rows
    ]
    lines = [
        f"{to_local(r.since).strftime('%H:%M')}  {r.area_key:<12} {r.name}  (id {r.id})"
        for r in rows
    ]
    ctx.emit({"people": people}, lines or [ctx.tr("Nobody is inside.")])
    return 0


def _close_day(ctx: Context, args: argparse.Namespace) -> int:
    result = close_day(ctx.db, ctx.actor, now=ctx.now)
    payload = {
        "auto_closed": [
            {"id": c.person.id, "name": c.person.name, "area": c.area_key}
            for c in result.auto_closed
        ],
        "children_inside": [{"id": c.id, "name": c.name} for c in result.children_inside],
    }
    lines = [ctx.tr("Auto check-out: {count}").format(count=len(result.auto_closed))]
    lines += [f"  {c.person.name} ({c.area_key})" for c in result.auto_closed]
    if result.children_inside:
        lines.append(ctx.tr("ALARM: children still inside:"))
        lines += [f"  {c.name} (id {c.id})" for c in result.children_inside]
    ctx.emit(payload, lines)
    return 0
