"""`serre-desk person add|edit|list`; `person add --kind child` registers a child and guardians."""

from __future__ import annotations

import argparse

from serre_desk.cli import arguments
from serre_desk.cli.context import Context
from serre_desk.domain.errors import Refusal
from serre_desk.domain.people import PersonKind
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.badges import issue_badge
from serre_desk.services.kids import ChildFields, GuardianLink, register_child
from serre_desk.services.people import PersonFields, add_person, edit_person, search_people


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    person = commands.add_parser("person", help="register, edit and list people", parents=[common])
    actions = person.add_subparsers(dest="person_command", required=True, metavar="COMMAND")

    add = actions.add_parser("add", help="register a person", parents=[common])
    add.add_argument("--name", required=True)
    kinds = [kind.value for kind in PersonKind]
    add.add_argument("--kind", choices=kinds, default=PersonKind.GUEST.value)
    _detail_options(add)
    _child_options(add)
    add.set_defaults(handler=_add)

    edit = actions.add_parser(
        "edit",
        help="change a person's details (an empty --org, --email or --phone clears it)",
        parents=[common],
    )
    edit.add_argument("id", type=arguments.person_id)
    edit.add_argument("--name")
    edit.add_argument("--kind", choices=arguments.ADULT_KINDS)
    _detail_options(edit)
    edit.set_defaults(handler=_edit)

    listing = actions.add_parser("list", help="find people by name", parents=[common])
    listing.add_argument("--search", default="")
    listing.add_argument("--limit", type=arguments.count)
    listing.set_defaults(handler=_list)


def _detail_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--org", dest="organisation")
    parser.add_argument("--email")
    parser.add_argument("--phone")
    parser.add_argument("--area", help="default area for check-in")
    parser.add_argument("--membership-ends", type=str, metavar="YYYY-MM-DD")


def _child_options(parser: argparse.ArgumentParser) -> None:
    child = parser.add_argument_group("children (--kind child)")
    child.add_argument("--birth", metavar="YYYY-MM-DD", help="birth date (gives the age band)")
    child.add_argument(
        "--guardian",
        dest="guardians",
        action="append",
        type=arguments.person_id,
        default=[],
        metavar="ADULT_ID",
        help="an adult authorised for pickup (repeat for more)",
    )
    child.add_argument(
        "--not-authorized",
        "--not-authorised",
        dest="not_authorised",
        action="append",
        type=arguments.person_id,
        default=[],
        metavar="ADULT_ID",
        help="an adult linked to the child but NOT authorised for pickup (repeatable)",
    )
    child.add_argument("--allergy", metavar="TEXT", help="allergy or medical notes (never printed)")
    child.add_argument("--photo-consent", action="store_true", help="photos allowed")


_CHILD_ONLY = QT_TRANSLATE_NOOP(
    "Refusal",
    "--birth, --guardian, --not-authorized, --allergy and --photo-consent are for --kind child.",
)


def _fields(args: argparse.Namespace) -> PersonFields:
    return PersonFields(
        name=args.name,
        kind=PersonKind(args.kind) if args.kind else None,
        organisation=args.organisation,
        email=args.email,
        phone=args.phone,
        default_area=args.area,
        membership_ends=arguments.day(args.membership_ends) if args.membership_ends else None,
    )


def _add(ctx: Context, args: argparse.Namespace) -> int:
    if args.kind == PersonKind.CHILD.value:
        return _add_child(ctx, args)
    if args.birth or args.guardians or args.not_authorised or args.allergy or args.photo_consent:
        raise Refusal("child_options", _CHILD_ONLY)
    row = add_person(ctx.db, ctx.actor, _fields(args), now=ctx.now)
    badge = issue_badge(ctx.db, ctx.actor, row.id, now=ctx.now)
    payload = {"id": row.id, "name": row.name, "kind": row.kind.value, "area": row.area_key}
    payload["badge"] = badge.code
    ctx.emit(payload, ctx.tr("Registered {name} (id {id}).").format(name=row.name, id=row.id))
    return 0


def _add_child(ctx: Context, args: argparse.Namespace) -> int:
    if not args.birth:
        raise Refusal(
            "child_needs_birth",
            QT_TRANSLATE_NOOP("Refusal", "A child is registered with a birth date (--birth)."),
        )
    links = [GuardianLink(adult) for adult in args.guardians]
    links += [GuardianLink(adult, authorised=False) for adult in args.not_authorised]
    fields = ChildFields(
        name=args.name,
        birth_date=arguments.day(args.birth),
        guardians=links,
        health_notes=args.allergy,
        photo_consent=args.photo_consent,
    )
    child = register_child(ctx.db, ctx.actor, fields, now=ctx.now)
    payload = {
        "id": child.id,
        "name": child.name,
        "kind": PersonKind.CHILD.value,
        "area": child.area_key,
        "guardians": [
            {"id": g.adult_id, "name": g.name, "authorised": g.authorised} for g in child.guardians
        ],
    }
    ctx.emit(payload, ctx.tr("Registered {name} (id {id}).").format(name=child.name, id=child.id))
    return 0


def _edit(ctx: Context, args: argparse.Namespace) -> int:
    row = edit_person(ctx.db, ctx.actor, args.id, _fields(args), now=ctx.now)
    ctx.emit(
        {"id": row.id, "name": row.name, "kind": row.kind.value},
        ctx.tr("Updated {name} (id {id}).").format(name=row.name, id=row.id),
    )
    return 0


def _list(ctx: Context, args: argparse.Namespace) -> int:
    rows = search_people(ctx.db, args.search, args.limit)
    people = [
        {"id": r.id, "name": r.name, "kind": r.kind.value, "inside": r.inside_area is not None}
        for r in rows
    ]
    lines = [
        f"{r.id:>7}  {r.name}  ({r.kind.value})" + (f"  [{r.inside_area}]" if r.inside_area else "")
        for r in rows
    ]
    ctx.emit({"people": people}, lines or [ctx.tr("Nobody found.")])
    return 0
