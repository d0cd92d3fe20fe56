"""Where a scan, an Enter or a check-out goes — the one place that chooses.

A code (from the scanner, or typed into the scan field): at an office desk, nothing unless
scanning was turned on there; at the locked desk, self-service; a pickup slip's code opens the
pickup; a badge is scanned by the desk's actions. A person chosen
(Enter on a search result or on the card): the service's outcome decides — checked in or out,
or, for a child, the pickup (inside) or the drop-off (outside). The window never re-decides.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from serre_desk.domain.outcomes import ChildToDropoff, ChildToPickup
from serre_desk.domain.people import PersonKind
from serre_desk.domain.pickup_codes import looks_like_pickup_code
from serre_desk.ui.context import DeskContext

if TYPE_CHECKING:
    from serre_desk.services.self_service import SelfServiceAnswer
    from serre_desk.ui.controllers.actions import DeskActions
    from serre_desk.ui.controllers.lock import DeskLock
    from serre_desk.ui.controllers.refresh import SnapshotRefresher
    from serre_desk.ui.controllers.session import DeskSession
    from serre_desk.ui.controllers.station import StationLayout
    from serre_desk.ui.dialogs.pickup_dialog import PickupDialog
    from serre_desk.ui.views.kids import KidsView
    from serre_desk.ui.views.main_window import DeskWindow


class Routing(QObject):
    def __init__(
        self,
        context: DeskContext,
        *,
        window: DeskWindow,
        actions: DeskActions,
        session: DeskSession,
        refresher: SnapshotRefresher,
        kids_view: KidsView,
        station: StationLayout,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._window = window
        self._actions = actions
        self._session = session
        self._refresher = refresher
        self._kids_view = kids_view
        self._station = station
        self.lock: DeskLock | None = None  # set by the desk once the lock is made

    # --- codes ------------------------------------------------------------------------------

    def scanned(self, code: str) -> None:
        """A scanner burst: self-service at the locked desk (where scanning is on), else like a
        code typed."""
        if self.lock is not None and self.lock.is_locked and self._station.scanning:
            self.lock.scanned(code)
        else:
            self.code(code)

    def code(self, code: str) -> None:
        """A code scanned or typed: a pickup slip's opens the pickup, a badge checks its holder
        in or out; at an office desk nothing, unless scanning was turned on there."""
        if not self._station.scanning:
            self._station.say_scanning_off()
        elif looks_like_pickup_code(code):
            self.pickup_code(code)
        else:
            self._actions.scan(code)

    def pickup_code(self, code: str) -> PickupDialog:
        return self._kids_view.open_pickup(code=code)

    def unattended(self, code: str, answered: Callable[[SelfServiceAnswer], None]) -> None:
        """A badge scanned at the locked desk: self-service, answered without names."""
        from serre_desk.services.self_service import Answer, SelfServiceAnswer, unattended_scan

        context, session = self._context, self._session
        if context.clock.is_fixed and session.needs_sign_in:
            # a replay clock (`--now`) and nobody signed in: only a manager's corrections
            answered(SelfServiceAnswer(Answer.UNATTENDED))
            return
        db, actor, now = context.db, session.actor, context.clock.now()

        def done(answer: SelfServiceAnswer) -> None:
            answered(answer)
            self._refresher.request()

        def failed(error: BaseException) -> None:
            answered(SelfServiceAnswer(Answer.ASK_STAFF))
            context.errors.action_failed(error)

        context.runner.write(lambda: unattended_scan(db, actor, code, now=now), done, failed)

    # --- people -----------------------------------------------------------------------------

    def toggle(self, person_id: int) -> None:
        """Enter on a search result or on the card: in or out, as the service decides; for a
        child its outcome says the pickup or the drop-off (`child_next`)."""
        self._actions.toggle(person_id)

    def child_next(self, outcome: ChildToPickup | ChildToDropoff) -> None:
        """A child's badge or Enter on a child: the pickup when inside, else the drop-off."""
        if isinstance(outcome, ChildToPickup):
            self._kids_view.open_pickup(outcome.child.id)
        else:
            self._kids_view.open_drop_off()

    def check_out(self, person_id: int) -> None:
        """Enter on a row of an area's table (who is inside, from the snapshot it shows): a
        child's check-out is a pickup."""
        snapshot = self._refresher.latest
        child = snapshot is not None and any(
            row.id == person_id and row.kind is PersonKind.CHILD for row in snapshot.inside
        )
        if child:
            self._kids_view.open_pickup(person_id)
        else:
            self._actions.check_out(person_id)

    def toggle_card(self) -> None:
        person = self._window.card.person_id
        if person is not None:
            self.toggle(person)

    def check_out_selected(self) -> None:
        panel = self._window.current_panel()
        person = panel.selected_person() if panel is not None else None
        if person is not None:
            self.check_out(person)
