"""Refusals: a rule or an input value said no; each has a stable code and a translatable reason."""

from __future__ import annotations

from typing import Any

from serre_desk.i18n import translate


class AreaName(str):
    """An area's name as a field of a refusal: a default name (the venue's own Italian,
    "Spazio bimbi") is said in the reader's language ("Kids' space"), a name a manager typed is
    said as typed."""


def _said(value: Any, lang: str | None) -> Any:
    return translate("Area", value, lang) if isinstance(value, AreaName) else value


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
        fields = {key: _said(value, lang) for key, value in self.params.items()}
        return translate(self.context, self.message, lang).format(**fields)


class NotFound(Refusal):
    """The person, area, badge or user named does not exist."""
