"""The words the kids' widgets share: a child's age and band, how a guardian is linked and what
that means, in the card's and the dialogs' words. Light: the first screen's card imports it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from serre_desk.clock import to_local
from serre_desk.domain.ratios import age_in_months, band_for, bands
from serre_desk.ui.formatting import qt_say
from serre_desk.ui.style import Tone

if TYPE_CHECKING:
    from serre_desk.domain.guardians import GuardianInfo


def age_text(months: int | None) -> str:
    """ "4 anni e 2 mesi" / "4 years 2 months", "6 mesi", as the printed lists say it; "—"
    without a birth date."""
    from serre_desk.render.words import age_words  # with the data: not on the first screen

    return "—" if months is None else age_words(months, qt_say)


def age_band_text(birth: date, today: date) -> tuple[str, bool]:
    """The age and its band ("14 months — band 12 to 36 months"), or why the birth date cannot
    be a child's; and whether it can."""
    from serre_desk.services.kids import OLDEST_CHILD_YEARS

    if birth > today:
        return QCoreApplication.translate("KidsDesk", "This date is in the future."), False
    if today.year - birth.year > OLDEST_CHILD_YEARS:
        return QCoreApplication.translate(
            "KidsDesk", "The kids' space is for children up to {years}."
        ).format(years=OLDEST_CHILD_YEARS), False
    band = band_for(birth, today, bands())
    return QCoreApplication.translate("KidsDesk", "{age} — band {band}").format(
        age=age_text(age_in_months(birth, today)),
        band=QCoreApplication.translate("AgeBand", band.label),
    ), True


# --- guardians ----------------------------------------------------------------------------------


class How(StrEnum):
    """How an adult is linked to a child."""

    AUTHORISED = "authorised"
    NOT_AUTHORISED = "not_authorised"
    TODAY = "today"  # authorised for today only, until closing: a manager's decision

    @property
    def needs_phone(self) -> bool:
        return self is not How.NOT_AUTHORISED


@dataclass(frozen=True)
class GuardianPick:
    """An adult chosen in the guardian finder, and how to link them."""

    adult_id: int
    name: str
    phone: str | None
    how: How


@dataclass(frozen=True)
class GuardianEntry:
    """A guardian as the window shows them (a row of a dialog, a line of the card)."""

    adult_id: int
    name: str
    phone: str | None
    how: How
    only_on: date | None = None
    valid: bool = True  # a one-day authorisation past its day's closing is not
    authorised_by: str | None = None  # the manager who authorised them, when the audit says
    authorised_at: datetime | None = None

    @classmethod
    def from_pick(cls, pick: GuardianPick) -> GuardianEntry:
        return cls(pick.adult_id, pick.name, pick.phone, pick.how)

    @classmethod
    def from_info(cls, info: GuardianInfo) -> GuardianEntry:
        how = (
            How.NOT_AUTHORISED
            if not info.authorised
            else How.TODAY
            if info.only_on is not None
            else How.AUTHORISED
        )
        return cls(
            info.adult_id,
            info.name,
            info.phone,
            how,
            info.only_on,
            info.valid,
            info.authorised_by,
            info.authorised_at,
        )

    @property
    def authorised(self) -> bool:
        return self.how is not How.NOT_AUTHORISED

    @property
    def missing_phone(self) -> bool:
        return self.authorised and not (self.phone or "").strip()


def status_words(entry: GuardianEntry) -> tuple[str, Tone]:
    """ "Authorised for pickup" (green), "Not authorised" (red), "Only today, until closing"
    (amber), "Was authorised on 24/11/2026 only" (grey)."""
    if entry.how is How.AUTHORISED:
        return QCoreApplication.translate("KidsDesk", "Authorised for pickup"), Tone.IN
    if entry.how is How.NOT_AUTHORISED:
        return QCoreApplication.translate("KidsDesk", "Not authorised"), Tone.REFUSED
    if entry.valid:
        return QCoreApplication.translate("KidsDesk", "Only today, until closing"), Tone.WARNING
    day = entry.only_on.strftime("%d/%m/%Y") if entry.only_on else "—"
    return QCoreApplication.translate("KidsDesk", "Was authorised on {day} only").format(
        day=day
    ), Tone.IDLE


def guardian_line(entry: GuardianEntry) -> str:
    """Plain text for the person card: "Anna Rossi — Authorised for pickup", then the phone
    indented on a line of its own."""
    phone = entry.phone or (
        QCoreApplication.translate("KidsDesk", "no phone number") if entry.authorised else ""
    )
    line = f"{entry.name} — {status_words(entry)[0]}"
    if entry.authorised_by and entry.authorised_at:
        line += " " + QCoreApplication.translate(
            "KidsDesk", "(authorised by {user}, {day} {time})"
        ).format(
            user=entry.authorised_by,
            day=to_local(entry.authorised_at).strftime("%d/%m/%Y"),
            time=to_local(entry.authorised_at).strftime("%H:%M"),
        )
    return f"{line}\n    {phone}" if phone else line
