"""What the kids' space widgets work with: the desk's context (`ui/context.py`: database, clock,
runner, hub, errors, who is signed in), how a manager approves an override, and the label printer.

    kids = KidsDesk(context, PickupLabelPrinter(context), approve=ask_a_manager)
    view = KidsView(kids)                      # the educators' tab
    PickupDialog.open_for(kids, parent, child_id=7)
    DropOffDialog.open_for(kids, parent)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.actor import Actor
from serre_desk.services.people import PersonRow, search_people
from serre_desk.services.permissions import NeedsManager
from serre_desk.services.server_watch import ServerWatch
from serre_desk.services.startup import Database
from serre_desk.ui.context import DeskContext
from serre_desk.ui.deskclock import DeskClock
from serre_desk.ui.errors import ErrorReporter
from serre_desk.ui.hub import DeskSignals
from serre_desk.ui.printing import PrintJob
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
        self, context: DeskContext, *, size: str = "62x29", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._db = context.db
        self._runner = context.runner
        self._service = context.printing
        self._size = size
        self._jobs: dict[PrintJob, int] = {}
        self._service.printed.connect(self._printed)
        self._service.not_printed.connect(self._not_printed)

    def print_pair(self, child_id: int, *, again: bool = False) -> None:
        """Print the child's label and slip: at the drop-off, or `again` later (audited)."""
        from serre_desk.i18n import current_language

        db, lang = self._db, current_language()
        actor, now = self._context.actor(), self._context.clock.now()
        size = self._service.memory.label_size() or self._size  # chosen in the settings
        path = self._service.scratch_file(f"pickup-{child_id}.pdf")

        def render() -> str:
            from serre_desk.render.pickup_labels import pickup_pair_pdf
            from serre_desk.services.kids import pickup_pair, reprint_pair

            pair = (
                reprint_pair(db, actor, child_id, now=now) if again else pickup_pair(db, child_id)
            )
            path.write_bytes(pickup_pair_pdf(pair, size, lang=lang))
            return pair.first_name

        def rendered(first_name: str) -> None:
            title = self.tr("Pickup labels: {name}").format(name=first_name)
            job = PrintJob(path, PICKUP_LABELS, title)
            self._jobs[job] = child_id
            self._service.print_direct(job)

        def not_rendered(error: BaseException) -> None:
            self.failed.emit(child_id, error.text() if isinstance(error, Refusal) else str(error))

        run = self._runner.write if again else self._runner.read
        run(render, rendered, not_rendered)

    def _printed(self, job: PrintJob, _printer: str) -> None:
        if job in self._jobs:
            self.printed.emit(self._jobs.pop(job))

    def _not_printed(self, job: PrintJob, why: str) -> None:
        if job in self._jobs:
            self.failed.emit(self._jobs.pop(job), why)


ADULT_MATCHES = 8  # people searched for each typed name: a short list to choose from


@dataclass(frozen=True)
class KidsDesk:
    """The desk's context, the label printer and how a manager approves on the spot."""

    context: DeskContext
    printer: PickupLabelPrinter
    approve: Approve | None = field(default=None)  # asks a manager (e.g. ManagerPrompt.ask)
    server: ServerWatch = field(default_factory=ServerWatch)  # the desk's view of its server

    def require_online(self) -> None:
        """On the worker, before a drop-off or a pickup: refused while the server is away."""
        self.server.require_online()

    @property
    def db(self) -> Database:
        return self.context.db

    @property
    def clock(self) -> DeskClock:
        return self.context.clock

    @property
    def runner(self) -> TaskRunner:
        return self.context.runner

    @property
    def hub(self) -> DeskSignals:
        return self.context.hub

    @property
    def errors(self) -> ErrorReporter:
        return self.context.errors

    def actor(self) -> Actor:
        """Who is signed in at the desk now."""
        return self.context.actor()

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
