"""What every command runs with: where the data is, who acts, the clock, the language, JSON or text."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any

from serre_desk.clock import iso_local
from serre_desk.i18n import translate
from serre_desk.services.actor import LOCAL_ADMIN, Actor
from serre_desk.services.startup import Location, open_database
from serre_desk.storage.database import Database


@dataclass
class Context:
    location: Location
    now: datetime
    lang: str
    as_json: bool = False
    actor: Actor = field(default=LOCAL_ADMIN)

    @cached_property
    def db(self) -> Database:
        return open_database(self.location)

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
