"""Entry point of `serre-desk`: parse, open the data, run one command, exit 0/1/2.

Exit codes: 0 done; 1 a rule or an input value refused the request (one line on stderr);
2 a malformed command line. Never a traceback: unexpected errors are logged to the data dir.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from serre_desk import __version__, paths
from serre_desk.cli import (
    badge_commands,
    people_commands,
    report_commands,
    venue_commands,
    visit_commands,
)
from serre_desk.cli.arguments import instant
from serre_desk.cli.context import Context
from serre_desk.clock import utcnow
from serre_desk.domain.errors import Refusal
from serre_desk.i18n import LANGUAGES, set_language, translate
from serre_desk.logs import setup_file_logging
from serre_desk.services.startup import Location

log = logging.getLogger("serre_desk.cli")

COMMAND_MODULES = (people_commands, visit_commands, venue_commands, badge_commands, report_commands)


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a malformed command line in one line, exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def _common_options() -> argparse.ArgumentParser:
    """Global options, accepted before or after the command (SUPPRESS keeps later levels from
    overwriting what an earlier level parsed)."""
    common = OneLineParser(add_help=False)
    S = argparse.SUPPRESS
    common.add_argument("--data-dir", default=S, metavar="DIR", help="data folder")
    common.add_argument("--db", default=S, metavar="URL", help="database URL (PostgreSQL)")
    common.add_argument("--lang", default=S, choices=LANGUAGES, help="language (default it)")
    common.add_argument("--now", default=S, metavar="ISO8601", help="the clock the command runs at")
    common.add_argument("--json", default=S, action="store_true", help="print one JSON object")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
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
    return parser


def _extra_command_modules() -> Sequence[object]:
    from serre_desk.cli import data_commands

    return (data_commands,)


def _option(args: argparse.Namespace, name: str, env: str | None = None) -> str | None:
    value = getattr(args, name, None)
    if value is None and env:
        value = os.environ.get(env) or None
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    lang = _option(args, "lang", "SERRE_DESK_LANG") or "it"
    if lang not in LANGUAGES:
        lang = "it"
    set_language(lang)
    data_dir = paths.data_dir(_option(args, "data_dir"))
    location = Location(data_dir, _option(args, "db", "SERRE_DESK_DB_URL"))
    if args.command in (None, "gui"):
        from serre_desk.ui.app import run_desk

        return run_desk(location, lang=lang, smoke=getattr(args, "smoke", False), now_text=_option(args, "now", "SERRE_DESK_NOW"))
    log_path = setup_file_logging(data_dir)
    try:
        now_text = _option(args, "now", "SERRE_DESK_NOW")
        ctx = Context(
            location=location,
            now=instant(now_text) if now_text else utcnow(),
            lang=lang,
            as_json=bool(getattr(args, "json", False)),
        )
        return int(args.handler(ctx, args))
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
