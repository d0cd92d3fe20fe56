"""Where a scan, an Enter or a check-out goes — the one place that chooses.

A code (from the scanner, or typed into the scan field): at the locked desk, self-service; a
pickup slip's code opens the pickup; a badge is scanned by the desk's actions. A person chosen
(Enter on a search result or on the card, Enter in an area's table): an adult is checked in or
out; a child goes to the pickup (inside) or the drop-off (outside).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from serre_desk.domain.people import PersonKind
from serre_desk.domain.pickup_codes import looks_like_pickup_code
from serre_desk.ui.context import DeskContext

if TYPE_CHECKING:
    from serre_desk.services.self_service import SelfServiceAnswer
    from serre_desk.ui.controllers.actions import DeskActions
    from serre_desk.ui.controllers.lock import DeskLock
    from serre_desk.ui.controllers.person_card import CardController
    from serre_desk.ui.controllers.refresh import SnapshotRefresher
    from serre_desk.ui.controllers.session import DeskSession
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
        card: CardController,
        kids_view: KidsView,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._window = window
        self._actions = actions
        self._session = session
        self._refresher = refresher
        self._card = card
        self._kids_view = kids_view
        self.lock: DeskLock | None = None  # set by the desk once the lock is made

    # --- codes ------------------------------------------------------------------------------

    def scanned(self, code: str) -> None:
        """A scanner burst: self-service at the locked desk, else like a code typed."""
        if self.lock is not None and self.lock.is_locked:
            self.lock.scanned(code)
        else:
            self.code(code)

    def code(self, code: str) -> None:
        """A pickup slip's code opens the pickup; a badge checks its holder in or out."""
        if looks_like_pickup_code(code):
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

    def _child_inside(self, person_id: int) -> bool | None:
        """Whether this person is a child inside (None: not a child, or not known here), from
        what the window shows: the search results, who is inside, the card."""
        snapshot = self._refresher.latest
        if snapshot is not None and any(
            row.id == person_id and row.kind is PersonKind.CHILD for row in snapshot.inside
        ):
            return True
        found = [
            (row.kind, row.inside_area)
            for row in self._window.search_panel.model.rows()
            if row.id == person_id
        ]
        details = self._card.details
        if details is not None and details.id == person_id:
            found.append((details.kind, details.inside_area))
        if not found or found[0][0] is not PersonKind.CHILD:
            return None
        return found[0][1] is not None

    def toggle(self, person_id: int) -> None:
        """Check in or out; a child goes to the pickup (inside) or the drop-off (outside)."""
        child_inside = self._child_inside(person_id)
        if child_inside is None:
            self._actions.toggle(person_id)
        elif child_inside:
            self._kids_view.open_pickup(person_id)
        else:
            self._kids_view.open_drop_off()

    def check_out(self, person_id: int) -> None:
        """Enter in an area's table: a child's check-out is a pickup."""
        if self._child_inside(person_id):
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
