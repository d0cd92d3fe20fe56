"""What every command runs with: where the data is, who acts, the clock, the language, JSON or
text, and the secrets given on stdin."""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any

from serre_desk.clock import iso_local
from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP, translate
from serre_desk.services.actor import LOCAL_ADMIN, Actor
from serre_desk.services.db_health import open_checked
from serre_desk.services.startup import Location
from serre_desk.storage.database import Database


@dataclass
class Context:
    location: Location
    now: datetime  # the clock the command runs at: the real one, or `--now` (replay)
    lang: str
    as_json: bool = False
    actor: Actor = field(default=LOCAL_ADMIN)
    secret_stdin: bool = False
    deferred_sign_in: Callable[[Database], Actor] | None = None  # signs in against another db
    replay: bool = False  # `now` is a replay clock (--now), not the real one

    @cached_property
    def db(self) -> Database:
        return open_checked(self.location)

    def close_db(self) -> None:
        """Let go of the database file (before a restore replaces it)."""
        if "db" in self.__dict__:
            self.__dict__.pop("db").dispose()

    def read_secret(self, prompt: str) -> str:
        """The next PIN or password: one line of stdin (`--secret-stdin`, or stdin not a
        terminal), else typed at a hidden prompt. Secrets come in the order they are asked for."""
        if not self.secret_stdin and sys.stdin.isatty():
            return getpass.getpass(self.tr(prompt))
        line = sys.stdin.readline()
        if not line:
            raise Refusal(
                "secret_missing",
                QT_TRANSLATE_NOOP(
                    "Refusal", "A PIN or password was expected on stdin (one per line)."
                ),
            )
        return line.rstrip("\r\n")

    def tr(self, text: str) -> str:
        return translate("Cli", text, self.lang)

    def emit(self, payload: dict[str, Any], text: str | list[str]) -> None:
        """Print the JSON object with --json, else the human-readable lines."""
        if self.as_json:
            sys.stdout.write(json.dumps(payload, ensure_ascii=False, default=_json_default) + "\n")
            return
        lines = [text] if isinstance(text, str) else text
        for line in lines:
            sys.stdout.write(line + "\n")


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return iso_local(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
