"""Refusals: a rule or an input value said no; each has a stable code and a translatable reason."""

from __future__ import annotations

from typing import Any

from serre_desk.i18n import translate


class Refusal(Exception):
    """A request refused by a rule or by an invalid input; the reason is shown to staff as is.

    `message` is the English source text, marked with QT_TRANSLATE_NOOP("Refusal", ...), with
    `{name}`-style fields filled from `params` after translation.
    """

    context = "Refusal"

    def __init__(self, code: str, message: str, **params: Any) -> None:
        self.code = code
        self.message = message
        self.params = params
        self.subject: tuple[int, str] | None = None  # (id, name) of the person refused, if known
        super().__init__(self.text("en"))

    def text(self, lang: str | None = None) -> str:
        return translate(self.context, self.message, lang).format(**self.params)


class NotFound(Refusal):
    """The person, area, badge or user named does not exist."""
