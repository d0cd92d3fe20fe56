"""Kinds of person and what each kind may do."""

from __future__ import annotations

from enum import StrEnum

from serre_desk.i18n import QT_TRANSLATE_NOOP


class PersonKind(StrEnum):
    MEMBER = "member"
    GUEST = "guest"
    STAFF = "staff"
    CHILD = "child"

    @property
    def is_adult(self) -> bool:
        return self is not PersonKind.CHILD

    @property
    def label(self) -> str:
        """English source label, translated under the "PersonKind" context."""
        return _LABELS[self]


_LABELS = {
    PersonKind.MEMBER: QT_TRANSLATE_NOOP("PersonKind", "Member"),
    PersonKind.GUEST: QT_TRANSLATE_NOOP("PersonKind", "Guest"),
    PersonKind.STAFF: QT_TRANSLATE_NOOP("PersonKind", "Staff"),
    PersonKind.CHILD: QT_TRANSLATE_NOOP("PersonKind", "Child"),
}


class VisitFlag(StrEnum):
    AUTO_CLOSED = "auto_closed"
    CORRECTED = "corrected"
    OVERRIDE = "override"
