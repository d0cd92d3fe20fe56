"""What the window shows of people besides occupancy: the kids' space, the search results and
the person's card. While the desk is locked none of it stays on screen — nor the banner's last
result, nor an override still on offer; unlocked, occupancy is read again. After a reconnect to
the database server, all of it is read again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from serre_desk.ui.controllers.actions import DeskActions
    from serre_desk.ui.controllers.person_card import CardController
    from serre_desk.ui.controllers.refresh import SnapshotRefresher
    from serre_desk.ui.controllers.scan_field import ScanFieldController
    from serre_desk.ui.views.kids import KidsView
    from serre_desk.ui.views.main_window import DeskWindow


class ShownPeople(QObject):
    def __init__(
        self,
        *,
        window: DeskWindow,
        actions: DeskActions,
        card: CardController,
        scan_field: ScanFieldController,
        kids_view: KidsView,
        refresher: SnapshotRefresher,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._actions = actions
        self._card = card
        self._scan_field = scan_field
        self._kids_view = kids_view
        self._refresher = refresher

    def locked(self, locked: bool) -> None:
        """Everything with a name hidden while locked; the kids' notes and alarm too."""
        self._kids_view.set_locked(locked)
        if locked:
            self._actions.overridable = None
            self._window.act_override.setEnabled(False)
            self._scan_field.reset(focus=False)
            self._card.clear()
            self._window.banner.show_ready()
        else:
            self._refresher.request()

    def reload(self) -> None:
        """After a reconnect: the kids' space, the search results and the card, read again."""
        self._kids_view.refresh()
        self._scan_field.refresh()
        shown = self._window.card.person_id
        if shown is not None:
            self._card.reload(shown)
