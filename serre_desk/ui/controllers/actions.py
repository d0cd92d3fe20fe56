"""Checking people in and out (by click, by key, by scan), registering, editing, undoing, closing.

Every action takes the desk clock's time and the signed-in desk user when staff act, runs its
service on the write thread and announces the outcome on the hub; a refusal goes to the banner
with its reason. A check-in refused because the area is full can be done again as an override: a
manager approves with a reason (`overridable`, `override`).

While the database server is away (`server`, the desk's one `ServerWatch`) every action that
writes is refused before it starts, in words (`refused_while_away`); a check-in by the worker's
`require_online` as before.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from PySide6.QtCore import QObject

from serre_desk.domain.badge_codes import normalise_code
from serre_desk.domain.errors import Refusal
from serre_desk.domain.outcomes import (
    CheckedIn,
    CheckedOut,
    ChildToDropoff,
    ChildToPickup,
    Moved,
    Movement,
    Refused,
    ScanOutcome,
)
from serre_desk.services.actor import Actor
from serre_desk.services.closing import ClosingResult, close_day
from serre_desk.services.desk_state import name_refused
from serre_desk.services.operations import new_operation_id, retry_unreachable
from serre_desk.services.people import NewPerson, PersonFields, PersonRow, add_person, edit_person
from serre_desk.services.person_row import Now
from serre_desk.services.server_watch import ServerWatch
from serre_desk.services.startup import Database
from serre_desk.services.undo import UNDO_WINDOW, undo_movement
from serre_desk.services.visits import check_in, check_out, toggle
from serre_desk.ui.context import DeskContext

ScanService = Callable[[Database, Actor, str, Now, str], ScanOutcome]  # …, the operation id
REPEAT_SCAN_SECONDS = 2.0
OVERRIDABLE = frozenset({"area_full"})


def badge_scan(db: Database, actor: Actor, code: str, now: Now, op_id: str) -> ScanOutcome:
    """The real scan path (imported on first use, on the worker thread)."""
    from serre_desk.services.scanning import scan

    return scan(db, actor, code, now=now, op_id=op_id)


def _badge_holder(db: Database, code: str, now: datetime) -> int:
    from serre_desk.services.scanning import badge_holder

    return badge_holder(db, code, now=now)


class _Target(NamedTuple):
    person_id: Callable[[], int]  # on the worker: who (a scan reads its badge again)
    area_key: str | None = None


@dataclass(frozen=True)
class Overridable:
    """A check-in refused for a reason a manager may override, and how to do it again so."""

    refusal: Refusal
    person_id: Callable[[], int]  # on the worker: who was refused (a scan reads its badge again)
    area_key: str | None


@dataclass(frozen=True)
class Registered:
    person: NewPerson
    movement: Movement | None
    refusal: Refusal | None  # registered, but the check-in was refused (e.g. the area is full)


@dataclass
class _Undoable:
    movement: Movement
    done_at: datetime


class DeskActions(QObject):
    def __init__(
        self,
        context: DeskContext,
        scan_service: ScanService = badge_scan,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        """`scan_service`: what a badge scan runs (tests count or break it)."""
        super().__init__(parent)
        self._db = context.db
        self._actor = context.actor
        self._clock = context.clock
        self._runner = context.runner
        self._hub = context.hub
        self._errors = context.errors
        self._scan_service = scan_service
        self._monotonic = monotonic
        self._last_scan: tuple[str, float] | None = None
        self._undoable: _Undoable | None = None
        self.overridable: Overridable | None = None  # the last refused check-in, if a manager may
        self.server = ServerWatch()  # the desk's view of its server (set by the desk)
        context.hub.movement.connect(self._remember)  # every movement, also the kids' dialogs'

    # --- moving people ----------------------------------------------------------------------

    def _move(
        self, work: Callable[[Actor, Now], Movement | ScanOutcome], target: _Target | None = None
    ) -> None:
        """Run `work` as the signed-in desk user and show its outcome; a refused check-in of
        `target` that a manager may override is kept as `overridable`. The services read the
        desk clock once they hold the person's lock, so two desks scanning one badge are
        recorded in the order decided."""
        actor, now = self._actor(), self._clock.now

        def failed(error: BaseException) -> None:
            if isinstance(error, Refusal) and error.code in OVERRIDABLE and target is not None:
                self.overridable = Overridable(error, *target)
            self._errors.action_failed(error)

        server = self.server

        def named() -> Movement | ScanOutcome:
            server.require_online()  # no silent local queue: refused, in words
            try:
                outcome = work(actor, now)
                if isinstance(outcome, Refused):
                    raise outcome.refusal
                return outcome
            except Refusal as refusal:
                if target is not None:
                    name_refused(db, refusal, target.person_id)
                raise

        db = self._db
        self.overridable = None
        self._runner.write(named, self._moved, failed)

    def refused_while_away(self, say: Callable[[Refusal], None] | None = None) -> bool:
        """True when the server is away: the action is refused at once, said by `say` (the form
        that asked; it stays open with what was typed) or else in the banner."""
        return self.server.away(say or self._hub.refused.emit)

    def toggle(self, person_id: int) -> None:
        """In if outside (to their default area), out if inside: Enter on a search result."""
        db, op_id = self._db, new_operation_id()  # the same id if it must be sent again
        self._move(
            lambda actor, now: retry_unreachable(
                lambda: toggle(db, actor, person_id, now=now, op_id=op_id)
            ),
            _Target(lambda: person_id),
        )

    def check_in(self, person_id: int, area_key: str | None = None) -> None:
        db = self._db
        self._move(
            lambda actor, now: check_in(db, actor, person_id, area_key, now=now),
            _Target(lambda: person_id, area_key),
        )

    def check_out(self, person_id: int) -> None:
        db = self._db
        self._move(
            lambda actor, now: check_out(db, actor, person_id, now=now), _Target(lambda: person_id)
        )

    def override(self, manager: Actor, reason: str) -> None:
        """Do the refused check-in again, as `manager`'s override with `reason`."""
        pending = self.overridable
        if pending is None:
            return
        self.overridable = None
        db, now = self._db, self._clock.now
        self._runner.write(
            lambda: check_in(
                db,
                manager,
                pending.person_id(),
                pending.area_key,
                now=now,
                override=True,
                reason=reason,
            ),
            self._moved,
            self._errors.action_failed,
        )

    def scan(self, code: str) -> None:
        """A badge code from the scanner or typed in the search field. The same code again
        within two seconds (a double read) changes nothing."""
        key = normalise_code(code) or code.strip().upper()
        at = self._monotonic()
        if self._last_scan is not None:
            last_key, last_at = self._last_scan
            if key == last_key and at - last_at < REPEAT_SCAN_SECONDS:
                return
        self._last_scan = (key, at)
        db, service = self._db, self._scan_service
        op_id = new_operation_id()  # the same id if it must be sent again: applied once
        self._move(
            lambda actor, now: retry_unreachable(lambda: service(db, actor, code, now, op_id)),
            _Target(lambda: _badge_holder(db, code, self._clock.now())),
        )

    def _moved(self, outcome: Movement | ScanOutcome) -> None:
        self._hub.storage.emit(None)
        match outcome:
            case Movement():
                self._hub.movement.emit(outcome)
            case CheckedIn(movement) | Moved(movement) | CheckedOut(movement):
                self._hub.movement.emit(movement)
            case ChildToPickup() | ChildToDropoff():
                self._hub.child_next.emit(outcome)
            case Refused(refusal):  # refusals are raised on the worker (`named`)
                self._hub.refused.emit(refusal)

    def _remember(self, movement: Movement) -> None:
        """The last movement, whoever made it here, is the one Ctrl+Z undoes."""
        self._undoable = _Undoable(movement, self._clock.now())

    # --- people -----------------------------------------------------------------------------

    def register(
        self,
        fields: PersonFields,
        on_done: Callable[[Registered], None],
        on_refused: Callable[[Refusal], None],
    ) -> None:
        """Register a new person and check them in to their default area."""
        if self.refused_while_away(on_refused):
            return
        db, actor, now = self._db, self._actor(), self._clock.now()

        def work() -> Registered:
            person = add_person(db, actor, fields, now=now)
            try:
                movement = check_in(db, actor, person.id, now=now)
            except Refusal as refusal:
                refusal.subject = refusal.subject or (person.id, person.name)
                return Registered(person, None, refusal)
            return Registered(person, movement, None)

        def done(result: Registered) -> None:
            self._hub.person_changed.emit(result.person.id)
            if result.movement is not None:
                self._moved(result.movement)
            elif result.refusal is not None:
                if result.refusal.code in OVERRIDABLE:
                    person_id = result.person.id
                    self.overridable = Overridable(result.refusal, lambda: person_id, None)
                self._hub.refused.emit(result.refusal)
            on_done(result)

        self._runner.write(work, done, self._refusal_to(on_refused))

    def edit(
        self,
        person_id: int,
        fields: PersonFields,
        on_done: Callable[[PersonRow], None],
        on_refused: Callable[[Refusal], None],
    ) -> None:
        if self.refused_while_away(on_refused):
            return
        db, actor, now = self._db, self._actor(), self._clock.now()

        def done(row: PersonRow) -> None:
            self._hub.person_changed.emit(row.id)
            on_done(row)

        self._runner.write(
            lambda: edit_person(db, actor, person_id, fields, now=now),
            done,
            self._refusal_to(on_refused),
        )

    def _refusal_to(self, on_refused: Callable[[Refusal], None]) -> Callable[[BaseException], None]:
        """Refusals go back to the dialog that asked (it stays open); anything else is reported."""

        def failed(error: BaseException) -> None:
            self._errors.failed_in_dialog(error, on_refused)

        return failed

    # --- undo and closing -------------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        last = self._undoable
        return last is not None and self._clock.now() - last.done_at <= UNDO_WINDOW

    def undo(self) -> bool:
        """Undo the last check-in or check-out if it is less than a minute old; False when there
        is nothing to undo. While the server is away it is refused (and still undoable once the
        server is back, within the minute)."""
        last = self._undoable
        if last is None or not self.can_undo:
            self._undoable = None
            return False
        if self.refused_while_away():
            return True
        self._undoable = None
        db, actor, now = self._db, self._actor(), self._clock.now()
        self._runner.write(
            lambda: undo_movement(db, actor, last.movement, now=now),
            lambda undone: self._hub.undone.emit(undone),
            self._errors.action_failed,
        )
        return True

    def close_day(self, on_done: Callable[[ClosingResult], None] | None = None) -> None:
        if self.refused_while_away():
            return
        db, actor, now = self._db, self._actor(), self._clock.now()

        def done(result: ClosingResult) -> None:
            self._undoable = None
            self._hub.day_closed.emit(result)
            if on_done is not None:
                on_done(result)

        self._runner.write(lambda: close_day(db, actor, now=now), done, self._errors.action_failed)
