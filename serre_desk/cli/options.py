"""Options shared by every `serre-desk` command (standard library only: the window's start path
imports this and nothing of the commands)."""

from __future__ import annotations

import argparse
import os
from typing import NoReturn

from serre_desk.i18n import LANGUAGES


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a malformed command line in one line, exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def common_options() -> OneLineParser:
    """Global options, accepted before or after the command (SUPPRESS keeps later levels from
    overwriting what an earlier level parsed)."""
    common = OneLineParser(add_help=False)
    S = argparse.SUPPRESS
    common.add_argument("--data-dir", default=S, metavar="DIR", help="data folder")
    common.add_argument("--db", default=S, metavar="URL", help="database URL (PostgreSQL)")
    common.add_argument("--lang", default=S, choices=LANGUAGES, help="language (default it)")
    common.add_argument(
        "--now",
        default=S,
        metavar="ISO8601",
        help="the clock the command runs at (once desk users exist: a manager's correction)",
    )
    common.add_argument("--json", default=S, action="store_true", help="print one JSON object")
    common.add_argument(
        "--as", dest="as_user", default=S, metavar="USER", help="the desk user doing this"
    )
    common.add_argument(
        "--secret-stdin",
        default=S,
        action="store_true",
        help="read PINs and passwords from stdin, one per line",
    )
    return common


# Global options followed by a value: skipped when looking for the command word.
VALUE_OPTIONS = frozenset({"--data-dir", "--db", "--lang", "--now", "--as"})


def option(args: argparse.Namespace, name: str, env: str | None = None) -> str | None:
    """An option's value, else the environment variable's, else None."""
    value = getattr(args, name, None)
    if value is None and env:
        value = os.environ.get(env) or None
    return value
