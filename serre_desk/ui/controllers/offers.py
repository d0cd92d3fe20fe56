"""What an empty desk offers once its first data is on screen (never in `--smoke`): while no desk
user exists, the first manager — a bar across the window (`views/first_manager_bar.py`), never in
the way; while nobody is registered, the demo data. Once the first manager is made, the desk is
theirs and the banner says what changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from serre_desk.ui.views.first_manager_bar import FirstManagerBar

if TYPE_CHECKING:
    from serre_desk.ui.controllers.refresh import SnapshotRefresher
    from serre_desk.ui.controllers.session import DeskSession
    from serre_desk.ui.views.main_window import DeskWindow


class EmptyDeskOffers(QObject):
    def __init__(
        self,
        *,
        window: DeskWindow,
        session: DeskSession,
        refresher: SnapshotRefresher,
        offer_demo: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        """`offer_demo`: asks whether to load the demo data (the menu commands')."""
        super().__init__(parent)
        self._window = window
        self._session = session
        self._refresher = refresher
        self._offer_demo = offer_demo
        self.first_manager: FirstManagerBar | None = None  # the bar, once offered

    def first_data(self) -> None:
        """The first data is on screen: offer what this desk lacks."""
        if not self._session.has_users:
            self._offer_first_manager()
        snapshot = self._refresher.latest
        session = self._session
        if (
            snapshot is not None
            and not snapshot.anybody_registered
            and session.actor.is_manager  # the demo is a manager's (the local admin's at first)
            and not session.needs_sign_in
        ):
            self._offer_demo()

    def _offer_first_manager(self) -> None:
        session = self._session
        bar = FirstManagerBar(session.create_first_manager, run=session.run)
        bar.form.created.connect(self._first_manager_created)
        self._window.bars.addWidget(bar)
        self.first_manager = bar

    def _first_manager_created(self, name: str) -> None:
        self._session.first_manager_created(name)
        self._window.banner.show_news(
            self.tr("{name} is the first manager").format(name=name),
            self.tr(
                "The desk is signed in as {name}. From now on it locks after a few idle "
                "minutes and staff sign in with their own PIN."
            ).format(name=name),
        )
