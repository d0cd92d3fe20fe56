"""What the kids' space widgets work with: the desk's database, clock, background runner, hub and
error reporter, who is signed in, how a manager approves an override, and the label printer.

    kids = KidsDesk(db, lambda: desk_actor, clock, runner, hub, errors,
                    PickupLabelPrinter(db, runner, print_service), approve=ask_a_manager)
    view = KidsView(kids)                      # the educators' tab
    PickupDialog.open_for(kids, parent, child_id=7)
    DropOffDialog.open_for(kids, parent)

And the words the kids' widgets share: a child's age and band, how a guardian is linked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from serre_desk.clock import to_local
from serre_desk.domain.errors import Refusal
from serre_desk.domain.guardians import GuardianInfo
from serre_desk.domain.ratios import age_in_months, band_for, bands
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.render.words import age_words
from serre_desk.services.actor import Actor
from serre_desk.services.kids import OLDEST_CHILD_YEARS
from serre_desk.services.people import PersonRow, search_people
from serre_desk.services.permissions import NeedsManager
from serre_desk.services.startup import Database
from serre_desk.ui.deskclock import DeskClock
from serre_desk.ui.errors import ErrorReporter
from serre_desk.ui.formatting import qt_say
from serre_desk.ui.hub import DeskSignals
from serre_desk.ui.printing import PrintJob, PrintService
from serre_desk.ui.style import Tone
from serre_desk.ui.tasks import TaskRunner

PICKUP_LABELS = "pickup-labels"  # the print memory's key: the label printer and its paper
Approved = Callable[[Actor], None]
Approve = Callable[[QWidget, str, Approved], None]  # (parent, what for, then) → a manager


class PickupLabelPrinter(QObject):
    """Prints a child's label and pickup slip (the code of their current visit) straight to the
    label printer; says for each child whether it printed, so a failure can show the code."""

    printed = Signal(int)  # child id
    failed = Signal(int, str)  # child id, why (in words)

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        service: PrintService,
        *,
        size: str = "62x29",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = runner
        self._service = service
        self._size = size
        self._jobs: dict[PrintJob, int] = {}
        service.printed.connect(self._printed)
        service.not_printed.connect(self._not_printed)

    def print_pair(self, child_id: int) -> None:
        from serre_desk.i18n import current_language

        db, size, lang = self._db, self._size, current_language()
        path = self._service.scratch_file(f"pickup-{child_id}.pdf")

        def render() -> str:
            from serre_desk.render.pickup_labels import pickup_pair_pdf
            from serre_desk.services.kids import pickup_pair

            pair = pickup_pair(db, child_id)
            path.write_bytes(pickup_pair_pdf(pair, size, lang=lang))
            return pair.first_name

        def rendered(first_name: str) -> None:
            title = self.tr("Pickup labels: {name}").format(name=first_name)
            job = PrintJob(path, PICKUP_LABELS, title)
            self._jobs[job] = child_id
            self._service.print_direct(job)

        def not_rendered(error: BaseException) -> None:
            self.failed.emit(child_id, error.text() if isinstance(error, Refusal) else str(error))

        self._runner.read(render, rendered, not_rendered)

    def _printed(self, job: PrintJob, _printer: str) -> None:
        if job in self._jobs:
            self.printed.emit(self._jobs.pop(job))

    def _not_printed(self, job: PrintJob, why: str) -> None:
        if job in self._jobs:
            self.failed.emit(self._jobs.pop(job), why)


ADULT_MATCHES = 8  # people searched for each typed name: a short list to choose from


@dataclass(frozen=True)
class KidsDesk:
    db: Database
    actor: Callable[[], Actor]  # who is signed in at the desk now
    clock: DeskClock
    runner: TaskRunner
    hub: DeskSignals
    errors: ErrorReporter
    printer: PickupLabelPrinter
    approve: Approve | None = field(default=None)  # asks a manager (e.g. ManagerPrompt.ask)

    def find_adults(
        self, text: str, found: Callable[[list[PersonRow]], None], *, owner: QObject
    ) -> None:
        """The adults among the first `ADULT_MATCHES` people whose name contains `text`, searched
        in the background (the drop-off's guardian, the pickup's other adult, a new guardian)."""
        db = self.db

        def adults() -> list[PersonRow]:
            return [row for row in search_people(db, text, ADULT_MATCHES) if row.kind.is_adult]

        self.runner.read(adults, found, self.errors.background_failed, owner=owner)

    def with_manager(
        self, parent: QWidget, what: str, then: Approved, refused: Callable[[Refusal], None]
    ) -> None:
        """Run `then` as a manager: the signed-in one, or one who approves on the spot."""
        actor = self.actor()
        if actor.is_manager:
            then(actor)
        elif self.approve is not None:
            self.approve(parent, what, then)
        else:
            refused(NeedsManager("needs_manager", _ASK_A_MANAGER))


_ASK_A_MANAGER = QT_TRANSLATE_NOOP(
    "Refusal", "Only a manager can do this: ask a manager to sign in."
)


def age_text(months: int | None) -> str:
    """ "4 anni e 2 mesi" / "4 years 2 months", "6 mesi", as the printed lists say it; "—"
    without a birth date."""
    return "—" if months is None else age_words(months, qt_say)


def age_band_text(birth: date, today: date) -> tuple[str, bool]:
    """The age and its band ("14 months — band 12 to 36 months"), or why the birth date cannot
    be a child's; and whether it can."""
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
