"""The tabs that are not part of the first screen, made the first time they are shown: the
reports, and the audit log — a manager's only: its tab and menu entry come and go with who is
signed in, and its rows are emptied when a desk user who is no manager signs in or the desk
locks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from serre_desk.services.actor import Actor
from serre_desk.ui.context import DeskContext
from serre_desk.ui.views.lazy_tab import LazyTab

if TYPE_CHECKING:
    from serre_desk.ui.views.audit import AuditView
    from serre_desk.ui.views.main_window import DeskWindow
    from serre_desk.ui.views.reports import ReportsView


def reports_tab(context: DeskContext) -> LazyTab[ReportsView]:
    def make() -> ReportsView:
        from serre_desk.ui.views.reports import ReportsView

        return ReportsView(context)

    tab = LazyTab(make)
    tab.setObjectName("ReportsView")
    return tab


class AuditTab(QObject):
    def __init__(
        self, context: DeskContext, *, window: DeskWindow, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._window = window
        self.tab: LazyTab[AuditView] = LazyTab(self._make)
        self.tab.setObjectName("AuditView")

    def _make(self) -> AuditView:
        from serre_desk.clock import local_date
        from serre_desk.services.audit import audit_actions, browse
        from serre_desk.services.audit_verify import verify_all
        from serre_desk.ui.views.audit import AuditView

        context = self._context
        db, clock, location = context.db, context.clock, context.location
        return AuditView(
            lambda wanted: browse(db, context.actor(), wanted),
            lambda: verify_all(db, location),
            today=lambda: local_date(clock.now()),
            load_actions=lambda: audit_actions(db),
            run=context.runner.read,
        )

    @property
    def view(self) -> AuditView:
        return self.tab.view

    def signed_in(self, actor: Actor) -> None:
        """The tab and the menu entry for a manager; for anyone else, gone and emptied."""
        window = self._window
        window.act_audit.setEnabled(actor.is_manager)
        if actor.is_manager:
            if window.area_tabs.indexOf(self.tab) < 0:
                window.add_view_tab(self.tab, self.tr("Audit log"), roomy=True)
        else:
            window.remove_view_tab(self.tab)
            self._clear()

    def locked(self, locked: bool) -> None:
        if locked:
            self._clear()

    def _clear(self) -> None:
        if self.tab.is_built:
            self.view.clear()
