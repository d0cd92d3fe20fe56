"""`serre-desk user add|list|passwd|unlock|deactivate|reactivate|recovery-code|recover|idle-lock|
self-service`: desk
users, their secrets and the locked desk. A manager's recovery code is printed once, when it is
made."""

from __future__ import annotations

import argparse

from serre_desk.cli.context import Context
from serre_desk.clock import iso_local
from serre_desk.services.actor import Role
from serre_desk.services.self_service import self_service_enabled, set_self_service
from serre_desk.services.users import (
    DeskUserInfo,
    add_user,
    change_secret,
    deactivate_user,
    idle_lock_minutes,
    list_users,
    new_recovery_code,
    reactivate_user,
    recover,
    set_idle_lock_minutes,
    unlock_user,
)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    user = commands.add_parser("user", help="desk users: staff and managers", parents=[common])
    actions = user.add_subparsers(dest="user_command", required=True, metavar="COMMAND")

    add = actions.add_parser(
        "add",
        help="add a desk user (secret on stdin; the first user is a manager)",
        parents=[common],
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=[Role.STAFF.value, Role.MANAGER.value])
    add.set_defaults(handler=_add)

    actions.add_parser("list", help="the desk users", parents=[common]).set_defaults(handler=_list)

    passwd = actions.add_parser(
        "passwd",
        help="set a new PIN or password (on stdin after the signed-in user's)",
        parents=[common],
    )
    passwd.add_argument("name", metavar="NAME")
    passwd.set_defaults(handler=_passwd)

    unlock = actions.add_parser("unlock", help="unlock a locked user (manager)", parents=[common])
    unlock.add_argument("name", metavar="NAME")
    unlock.set_defaults(handler=_unlock)

    leave = actions.add_parser(
        "deactivate",
        help="a desk user who left: they can no longer sign in (manager; never the last one)",
        parents=[common],
    )
    leave.add_argument("name", metavar="NAME")
    leave.set_defaults(handler=_deactivate)

    back = actions.add_parser(
        "reactivate",
        help="a deactivated desk user back, with a new PIN or password on stdin (manager)",
        parents=[common],
    )
    back.add_argument("name", metavar="NAME")
    back.set_defaults(handler=_reactivate)

    code = actions.add_parser(
        "recovery-code",
        help="print a new recovery code for a manager (the old one stops working)",
        parents=[common],
    )
    code.add_argument("name", metavar="NAME")
    code.set_defaults(handler=_recovery_code)

    rescue = actions.add_parser(
        "recover",
        help="a manager's recovery code, then a new password, on stdin: unlocks them",
        parents=[common],
    )
    rescue.add_argument("name", metavar="NAME")
    rescue.set_defaults(handler=_recover)

    idle = actions.add_parser(
        "idle-lock", help="minutes of inactivity before the desk locks (2-15)", parents=[common]
    )
    idle.add_argument("minutes", type=int, nargs="?", metavar="MINUTES")
    idle.set_defaults(handler=_idle_lock)

    serve = actions.add_parser(
        "self-service",
        help="whether badges check people in and out while the desk is locked (manager)",
        parents=[common],
    )
    serve.add_argument("state", nargs="?", choices=["on", "off"], metavar="on|off")
    serve.set_defaults(handler=_self_service)


def _payload(user: DeskUserInfo) -> dict[str, object]:
    payload: dict[str, object] = {
        "name": user.name,
        "role": user.role.value,
        "locked": user.locked,
        "failed_attempts": user.failed_attempts,
        "created_at": iso_local(user.created_at),
    }
    if user.recovery_code:
        payload["recovery_code"] = user.recovery_code
    return payload


def _with_code(ctx: Context, user: DeskUserInfo, first: str) -> list[str]:
    """`first`, then the manager's new recovery code (printed only now) and what it is for."""
    if not user.recovery_code:
        return [first]
    return [
        first,
        ctx.tr("Recovery code for {name}: {code}").format(name=user.name, code=user.recovery_code),
        ctx.tr(
            "Keep it on paper in a safe place: it is shown only now, and lets {name} set a new "
            "password when locked out (serre-desk user recover {name})."
        ).format(name=user.name),
    ]


def _line(user: DeskUserInfo, ctx: Context) -> str:
    state = f"  [{ctx.tr('locked')}]" if user.locked else ""
    return f"{user.name:<24} {user.role.value:<8}{state}"


def _add(ctx: Context, args: argparse.Namespace) -> int:
    secret = ctx.read_secret("New user's PIN or password: ")
    user = add_user(ctx.db, ctx.actor, args.name, args.role, secret, now=ctx.now)
    added = ctx.tr("Added desk user {name} ({role}).")
    ctx.emit(
        _payload(user),
        _with_code(ctx, user, added.format(name=user.name, role=user.role.value)),
    )
    return 0


def _list(ctx: Context, args: argparse.Namespace) -> int:
    users = list_users(ctx.db)
    lines = [_line(u, ctx) for u in users]
    empty = ctx.tr("No desk users: the desk runs as administrator.")
    ctx.emit({"users": [_payload(u) for u in users]}, lines or [empty])
    return 0


def _passwd(ctx: Context, args: argparse.Namespace) -> int:
    secret = ctx.read_secret("New PIN or password: ")
    user = change_secret(ctx.db, ctx.actor, args.name, secret, now=ctx.now)
    ctx.emit(_payload(user), ctx.tr("New secret set for {name}.").format(name=user.name))
    return 0


def _unlock(ctx: Context, args: argparse.Namespace) -> int:
    user = unlock_user(ctx.db, ctx.actor, args.name, now=ctx.now)
    ctx.emit(_payload(user), ctx.tr("{name} is unlocked.").format(name=user.name))
    return 0


def _deactivate(ctx: Context, args: argparse.Namespace) -> int:
    user = deactivate_user(ctx.db, ctx.actor, args.name, now=ctx.now)
    ctx.emit(_payload(user), ctx.tr("{name} is deactivated.").format(name=user.name))
    return 0


def _reactivate(ctx: Context, args: argparse.Namespace) -> int:
    secret = ctx.read_secret("New PIN or password: ")
    user = reactivate_user(ctx.db, ctx.actor, args.name, secret, now=ctx.now)
    ctx.emit(
        _payload(user),
        ctx.tr("{name} is active again, with a new secret.").format(name=user.name),
    )
    return 0


def _recovery_code(ctx: Context, args: argparse.Namespace) -> int:
    user = new_recovery_code(ctx.db, ctx.actor, args.name, now=ctx.now)
    made = ctx.tr("New recovery code for {name}: the old one no longer works.")
    ctx.emit(_payload(user), _with_code(ctx, user, made.format(name=user.name)))
    return 0


def _recover(ctx: Context, args: argparse.Namespace) -> int:
    code = ctx.read_secret("Recovery code: ")
    password = ctx.read_secret("New password: ")
    user = recover(ctx.db, args.name, code, password)
    done = ctx.tr("{name} has a new password and is unlocked; the recovery code is used up.")
    ctx.emit(_payload(user), _with_code(ctx, user, done.format(name=user.name)))
    return 0


def _idle_lock(ctx: Context, args: argparse.Namespace) -> int:
    if args.minutes is not None:
        set_idle_lock_minutes(ctx.db, ctx.actor, args.minutes, now=ctx.now)
    minutes = idle_lock_minutes(ctx.db)
    ctx.emit(
        {"idle_lock_minutes": minutes},
        ctx.tr("The desk locks after {minutes} idle minutes.").format(minutes=minutes),
    )
    return 0


def _self_service(ctx: Context, args: argparse.Namespace) -> int:
    if args.state is not None:
        set_self_service(ctx.db, ctx.actor, args.state == "on", now=ctx.now)
    enabled = self_service_enabled(ctx.db)
    ctx.emit(
        {"self_service": enabled},
        ctx.tr("Badges check people in and out while the desk is locked.")
        if enabled
        else ctx.tr("While the desk is locked, a scan says the desk is unattended."),
    )
    return 0
