"""Who may do what: managers (and the local administrator) override, correct and configure."""

from __future__ import annotations

from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.actor import Actor


class NeedsManager(Refusal):
    """The action is a manager's: the desk asks for a manager's password on the spot."""


def require_manager(actor: Actor) -> None:
    if not actor.is_manager:
        raise NeedsManager(
            "needs_manager",
            QT_TRANSLATE_NOOP("Refusal", "Only a manager can do this: ask a manager to sign in."),
        )


def require_reason(reason: str | None) -> str:
    cleaned = (reason or "").strip()
    if not cleaned:
        raise Refusal(
            "reason_required",
            QT_TRANSLATE_NOOP("Refusal", "Write the reason: it is kept in the audit log."),
        )
    return cleaned
