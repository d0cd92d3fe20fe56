"""The commands of `serre-desk`: parse, open the data, sign in, run one command, exit 0/1/2.

Exit codes: 0 done; 1 a rule or an input value refused the request (one line on stderr);
2 a malformed command line. Never a traceback: unexpected errors are logged to the data dir.
The window's start is in `main.py`, which imports none of this.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from types import ModuleType

from serre_desk import __version__, paths
from serre_desk.cli import (
    badge_commands,
    kids_commands,
    people_commands,
    plan_commands,
    report_commands,
    venue_commands,
    visit_commands,
)
from serre_desk.cli.arguments import instant
from serre_desk.cli.context import Context
from serre_desk.cli.options import OneLineParser, common_options, option
from serre_desk.clock import utcnow
from serre_desk.domain.errors import Refusal
from serre_desk.i18n import LANGUAGES, QT_TRANSLATE_NOOP, set_language, translate
from serre_desk.logs import setup_file_logging
from serre_desk.services.actor import LOCAL_ADMIN, Actor, Role
from serre_desk.services.db_health import explain, storage_problems
from serre_desk.services.permissions import (
    NeedsManager,
    require_manager,
    require_replay_manager,
)
from serre_desk.services.startup import Location
from serre_desk.storage.database import Database
from serre_desk.storage.errors import StorageProblem

log = logging.getLogger("serre_desk.cli")

COMMAND_MODULES = (
    people_commands,
    visit_commands,
    venue_commands,
    badge_commands,
    report_commands,
    kids_commands,
    plan_commands,  # after people and report: it adds `person plan` and `report usage`
)

# Who may run what once desk users exist (before the first one, everything runs as the local
# administrator). Commands are named by their words ("person list"); a command not listed here
# changes data and needs a signed-in desk user (`--as USER`, secret on stdin). The services
# refuse staff what only managers may do; these lists make the command line refuse early.
OPEN_COMMANDS = frozenset(
    {
        "person list",
        "inside",
        "occupancy",
        "area list",
        "hours show",
        "audit verify",
        "user list",
        "report emergency",
        "user recover",  # the recovery code is the proof (see user_commands)
        "plan list",
        "privacy notice",  # the notice every visitor is shown
    }
)
MANAGER_COMMANDS = frozenset(
    {
        "area set",
        "hours set",
        "hours closed",
        "import people",
        "demo",
        "audit",
        "privacy export",
        "privacy erase",
        "privacy purge",
        "privacy hold",
        "privacy retention",
        "backup",
        "backup folder",
        "backup keep",
        "privacy notice publish",
        "restore",
        "user add",
        "user unlock",
        "user deactivate",
        "user reactivate",
        "report period",
        "export visits",
        "plan add",
        "plan edit",
        "plan entries",
        "org seats",
        "report usage",
        "db copy",
    }
)
# Commands that open the database they are given themselves (a server that may not be ready yet)
# or none (`station`: this PC's desk.ini): no sign-in against the desk's database first; `db init`
# makes the first manager.
OWN_DATABASE = frozenset({"db init", "db connect", "db test", "station"})
MANAGER_OPTIONS = {  # options that turn a desk command into a manager's
    "checkin": ("at", "override"),
    "checkout": ("at",),
    "scan": ("at",),
    "badge": ("revoke",),
    "plan refuse": ("state",),
    "person plan": ("plan", "starts_on", "ends_on"),
    "kids options": ("wrong_codes", "one_day_needs_manager"),
}
SIGN_IN_FROM_BACKUP = frozenset({"restore"})  # the live database may be unreadable
SIGNS_IN_AS_ARGUMENT = {"user passwd": "name"}  # without --as, NAME proves it is them
READ_ONLY = Actor(user="-", role=Role.STAFF)  # who reads without signing in
# Opens the desk window for parsed arguments, a location and a language; returns the exit code.
WindowOpener = Callable[[argparse.Namespace, Location, str], int]


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = OneLineParser(
        prog="serre-desk",
        description="Serre Desk: front desk of Le Serre dei Giardini.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"serre-desk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    gui = commands.add_parser("gui", help="open the desk window (default)", parents=[common])
    gui.add_argument("--smoke", action="store_true", help="open, report start-up time, exit")
    gui.set_defaults(handler=None)
    for module in COMMAND_MODULES:
        module.register(commands, common)
    for module in _extra_command_modules():
        module.register(commands, common)
    for module in _safety_command_modules():
        module.register(commands, common)
    _name_commands(commands)
    return parser


def _safety_command_modules() -> Sequence[ModuleType]:
    """Desk users, audit, privacy and backups (issue 7's commands)."""
    from serre_desk.cli import audit_commands, backup_commands, privacy_commands, user_commands

    return (user_commands, audit_commands, privacy_commands, backup_commands)


def _name_commands(commands: argparse._SubParsersAction, prefix: str = "") -> None:
    """Give every parser a `command_name` default ("person list"); the deepest one parsed wins."""
    for word, parser in commands.choices.items():
        name = f"{prefix}{word}"
        parser.set_defaults(command_name=name)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                _name_commands(action, name + " ")


def sign_in(ctx: Context, args: argparse.Namespace, db: Database | None = None) -> Actor:
    """The desk user the command runs as, checked against the access lists above (against the
    users of `db`, by default the desk's database)."""
    from serre_desk.services.users import authenticate, has_users

    if getattr(args, "command_name", None) in OWN_DATABASE:
        return LOCAL_ADMIN
    db = db or ctx.db

    name = getattr(args, "command_name", args.command)
    needs_manager = (
        name in MANAGER_COMMANDS
        or any(getattr(args, option, None) for option in MANAGER_OPTIONS.get(name, ()))
        or (name == "guardian add" and not getattr(args, "not_authorised", False))
    )
    as_user = option(args, "as_user")
    if as_user is None and name in SIGNS_IN_AS_ARGUMENT:
        as_user = getattr(args, SIGNS_IN_AS_ARGUMENT[name])
    if ctx.replay and name not in OPEN_COMMANDS and has_users(db):
        return _replay_manager(ctx, db, as_user)
    if as_user is None:
        if name in OPEN_COMMANDS:
            return READ_ONLY if has_users(db) else LOCAL_ADMIN
        if not has_users(db):
            return LOCAL_ADMIN
        if needs_manager:
            raise NeedsManager(
                "manager_sign_in",
                QT_TRANSLATE_NOOP(
                    "Refusal",
                    "Only a manager can do this: give --as MANAGER with the password on stdin "
                    "(--secret-stdin).",
                ),
            )
        raise Refusal(
            "sign_in_needed",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "This command changes data: give --as USER with the PIN or password on stdin "
                "(--secret-stdin).",
            ),
        )
    actor = authenticate(db, as_user, ctx.read_secret("PIN or password: "), at_the_desk=False)
    if needs_manager:
        require_manager(actor)
    return actor


def _replay_manager(ctx: Context, db: Database, as_user: str | None) -> Actor:
    """Once desk users exist, a change at another clock than the real one (`--now`) is a
    manager's correction: it is audited with the real time beside it."""
    from serre_desk.services.users import authenticate

    if as_user is None:
        raise NeedsManager(
            "replay_needs_manager",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "The clock is moved (--now): only a manager can change data at another time. "
                "Give --as MANAGER with the password on stdin (--secret-stdin).",
            ),
        )
    actor = authenticate(db, as_user, ctx.read_secret("PIN or password: "), at_the_desk=False)
    require_replay_manager(actor)
    return replace(actor, replaying=True)


def _extra_command_modules() -> Sequence[ModuleType]:
    from serre_desk.cli import data_commands, db_commands

    return (data_commands, db_commands)


def run_command(argv: Sequence[str], open_window: WindowOpener) -> int:
    """Run the command of `argv`; `open_window` opens the desk when the full parser finds no
    command (an abbreviated option such as `--data DIR` hides `gui` from `main.opens_window`)."""
    args = build_parser().parse_args(argv)
    lang = option(args, "lang", "SERRE_DESK_LANG") or "it"
    if lang not in LANGUAGES:
        lang = "it"
    set_language(lang)
    data_dir = paths.data_dir(option(args, "data_dir"))
    location = Location(
        data_dir, paths.database_url(data_dir, option(args, "db", "SERRE_DESK_DB_URL"))
    )
    if args.command in (None, "gui"):
        return open_window(args, location, lang)
    log_path = setup_file_logging(data_dir)
    logging.raiseExceptions = False  # a log file that cannot be written never reaches stderr
    ctx: Context | None = None
    try:
        ctx = context_for(args, location, lang)
        with storage_problems(location):
            try:
                ctx.actor = sign_in(ctx, args)
            except StorageProblem:
                if getattr(args, "command_name", None) not in SIGN_IN_FROM_BACKUP:
                    raise
                ctx.close_db()
                ctx.deferred_sign_in = lambda db: sign_in(ctx, args, db)
            return int(args.handler(ctx, args))
    except StorageProblem as problem:
        advice = explain(location, problem, lang).advice(lang)
        sys.stderr.write(f"serre-desk: {problem.text(lang)} {advice}\n")
        return 1
    except Refusal as refusal:
        sys.stderr.write(f"serre-desk: {refusal.text(lang)}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("serre-desk: interrupted\n")
        return 130
    except Exception as error:  # a bug: keep the details for support, tell the user plainly
        log.exception("command failed: %s", args.command)
        message = translate("Cli", "unexpected error ({error}); details in {log}", lang)
        sys.stderr.write(
            "serre-desk: " + message.format(error=type(error).__name__, log=log_path) + "\n"
        )
        return 1
    finally:
        if ctx is not None:
            ctx.close_db()


def context_for(args: argparse.Namespace, location: Location, lang: str) -> Context:
    now_text = option(args, "now", "SERRE_DESK_NOW")
    return Context(
        location=location,
        now=instant(now_text) if now_text else utcnow(),
        replay=bool(now_text),
        lang=lang,
        as_json=bool(getattr(args, "json", False)),
        secret_stdin=bool(getattr(args, "secret_stdin", False)),
    )
