"""The adults linked to a child, as the rules see them: who may collect the child right now, and a
refused pickup or drop-off that lists them with their phones for the desk to call."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class GuardianInfo:
    """An adult linked to a child. `valid` says whether they may collect the child right now: an
    authorised link that is permanent, or a one-day authorisation before that day's closing."""

    adult_id: int
    name: str
    phone: str | None
    authorised: bool
    only_on: date | None
    valid: bool
    authorised_by: str | None = None  # the desk user who authorised them last (audit log)
    authorised_at: datetime | None = None


class PickupRefused(Refusal):
    """A pickup (or a drop-off) refused. `authorised` lists who may collect the child now, with
    their phones, for the desk to call; `reason()` is the reason alone, `text()` adds the list
    and, when `overridable`, that a manager can override."""

    def __init__(
        self,
        code: str,
        message: str,
        authorised: Sequence[GuardianInfo],
        *,
        overridable: bool = True,
        **params: Any,
    ) -> None:
        self.authorised = tuple(authorised)
        self.overridable = overridable
        super().__init__(code, message, **params)

    def reason(self, lang: str | None = None) -> str:
        return super().text(lang)

    def text(self, lang: str | None = None) -> str:
        parts = [
            self.reason(lang),
            translate("Refusal", _AUTHORISED, lang).format(
                adults=adult_list(self.authorised, lang)
            ),
        ]
        if self.overridable:
            parts.append(translate("Refusal", _OVERRIDE, lang))
        return " ".join(parts)


_AUTHORISED = QT_TRANSLATE_NOOP("Refusal", "Authorised for pickup: {adults}.")
_OVERRIDE = QT_TRANSLATE_NOOP("Refusal", "A manager can override with a written reason.")
_NOBODY = QT_TRANSLATE_NOOP("Refusal", "nobody")


def adult_list(guardians: Iterable[GuardianInfo], lang: str | None = None) -> str:
    """ "Anna Rossi (+39 333 123 4567), Marco Rossi (+39 …)"."""
    listed = [f"{g.name} ({g.phone or '—'})" for g in guardians]
    return ", ".join(listed) if listed else translate("Refusal", _NOBODY, lang)


def valid_guardians(links: Iterable[GuardianInfo]) -> list[GuardianInfo]:
    """The adults who may collect the child right now."""
    return [g for g in links if g.valid]
