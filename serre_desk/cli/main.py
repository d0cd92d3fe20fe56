"""Entry point of `serre-desk`: the desk window (no command, or `gui`), or one command.

Opening the window imports none of the commands (see `commands.py`): the desk starts faster.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from serre_desk import paths
from serre_desk.cli.options import VALUE_OPTIONS, OneLineParser, common_options, option
from serre_desk.i18n import LANGUAGES, set_language

if TYPE_CHECKING:
    from serre_desk.services.startup import Location


def opens_window(argv: Sequence[str]) -> bool:
    """True when the command line asks for the window: no command word, or `gui` (help and
    version go to the full parser)."""
    tokens = iter(argv)
    for token in tokens:
        if token in ("-h", "--help", "--version"):
            return False
        if token in VALUE_OPTIONS:
            next(tokens, None)
        elif not token.startswith("-"):
            return token == "gui"
    return True


def asked_language(argv: Sequence[str]) -> str:
    """The language of `--lang` (or SERRE_DESK_LANG), read before parsing so that a value
    refused while parsing is explained in it."""
    lang = os.environ.get("SERRE_DESK_LANG") or "it"
    for index, token in enumerate(argv):
        if token == "--lang" and index + 1 < len(argv):
            lang = argv[index + 1]
        elif token.startswith("--lang="):
            lang = token.partition("=")[2]
    return lang if lang in LANGUAGES else "it"


def window_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = OneLineParser(prog="serre-desk", parents=[common])
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    gui = commands.add_parser("gui", parents=[common])
    gui.add_argument("--smoke", action="store_true")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()  # `gui --smoke` reports its time from here
    arguments = list(sys.argv[1:] if argv is None else argv)
    if "--version" in arguments:
        return print_version(arguments)
    if not opens_window(arguments):
        from serre_desk.cli.commands import run_command

        set_language(asked_language(arguments))
        return run_command(
            arguments, lambda args, location, lang: open_desk(args, location, lang, started)
        )
    # Starting the window makes little garbage but many long-lived objects: collecting while
    # they are made only costs time. The desk freezes them and collects again once it shows its
    # data (`ui.app.settle_memory`).
    gc.disable()
    try:
        args = window_parser().parse_args(arguments)
        lang = option(args, "lang", "SERRE_DESK_LANG") or "it"
        if lang not in LANGUAGES:
            lang = "it"
        set_language(lang)
        from serre_desk.paths import Location  # not services.startup: no storage before the window

        data = paths.data_dir(option(args, "data_dir"))
        location = Location(data, paths.database_url(data, option(args, "db", "SERRE_DESK_DB_URL")))
        return open_desk(args, location, lang, started)
    finally:
        gc.enable()


def print_version(arguments: Sequence[str]) -> int:
    """`serre-desk --version`: the release, the schema revision, the data folder and database."""
    from serre_desk.i18n import translate
    from serre_desk.services.about import about
    from serre_desk.services.startup import Location

    args, _ = common_options().parse_known_args(arguments)
    lang = asked_language(arguments)
    data = paths.data_dir(option(args, "data_dir"))
    location = Location(data, paths.database_url(data, option(args, "db", "SERRE_DESK_DB_URL")))
    facts = about(location, read_database=True)
    print(f"serre-desk {facts.version}")
    for label, value in facts.lines()[1:]:  # the version is the first line already
        print(f"{translate('About', label, lang)}: {value}")
    return 0


def open_desk(args: argparse.Namespace, location: Location, lang: str, started: float) -> int:
    """The desk window; with `--as USER` it opens already signed in (a wrong secret: exit 1)."""
    from serre_desk.ui.app import run_desk

    now_text = option(args, "now", "SERRE_DESK_NOW")
    smoke = getattr(args, "smoke", False)
    # No --lang: the window uses the language chosen in its own menu (else Italian).
    window_lang = lang if option(args, "lang", "SERRE_DESK_LANG") else None
    if option(args, "as_user") is None:
        return run_desk(location, lang=window_lang, smoke=smoke, now_text=now_text, started=started)
    from serre_desk.cli.commands import context_for, sign_in
    from serre_desk.domain.errors import Refusal

    try:
        ctx = context_for(args, location, lang)
        actor = sign_in(ctx, args)
        ctx.close_db()
    except Refusal as refusal:
        sys.stderr.write(f"serre-desk: {refusal.text(lang)}\n")
        return 1
    return run_desk(
        location, lang=window_lang, smoke=smoke, now_text=now_text, actor=actor, started=started
    )
