"""What the window's menu commands and shortcuts do that no other controller owns: back to the
scan field (Esc), undo (Ctrl+Z), a manager's override, the badge dialog (Ctrl+P), the audit log,
closing the day, the demo data offered on an empty database, the language, the shortcuts and the
privacy notice, and the printer's state in the top bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from serre_desk.ui.context import DeskContext
from serre_desk.ui.formatting import refused_text

if TYPE_CHECKING:
    from serre_desk.ui.controllers.actions import DeskActions
    from serre_desk.ui.controllers.closing import ClosingScheduler
    from serre_desk.ui.controllers.refresh import SnapshotRefresher
    from serre_desk.ui.controllers.scan_field import ScanFieldController
    from serre_desk.ui.controllers.session import DeskSession
    from serre_desk.ui.dialogs.badge_print import BadgePrintDialog
    from serre_desk.ui.views.audit import AuditView
    from serre_desk.ui.views.lazy_tab import LazyTab
    from serre_desk.ui.views.main_window import DeskWindow

DEMO_PEOPLE = 400
DEMO_DAYS = 60


class MenuCommands(QObject):
    def __init__(
        self,
        context: DeskContext,
        *,
        window: DeskWindow,
        settings: QSettings,
        actions: DeskActions,
        session: DeskSession,
        scan_field: ScanFieldController,
        closing: ClosingScheduler,
        refresher: SnapshotRefresher,
        audit_tab: LazyTab[AuditView],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._window = window
        self._settings = settings
        self._actions = actions
        self._session = session
        self._scan_field = scan_field
        self._closing = closing
        self._refresher = refresher
        self._audit_tab = audit_tab
        self.badge_dialog: BadgePrintDialog | None = None

    def connect_menu(self) -> None:
        window = self._window
        window.act_scan_ready.triggered.connect(self.scan_ready)
        window.act_undo.triggered.connect(self.undo)
        window.act_print_badge.triggered.connect(self.print_badge)
        window.act_override.triggered.connect(self.override)
        window.act_audit.triggered.connect(self.show_audit)
        window.act_close_day.triggered.connect(self.ask_close_day)
        window.act_shortcuts.triggered.connect(self.show_shortcuts)
        window.act_privacy.triggered.connect(self.show_privacy)
        for code, action in window.act_language.items():
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))

    def scan_ready(self) -> None:
        """Escape: close nothing important, just go back to the empty, focused scan field."""
        self._scan_field.reset()

    def undo(self) -> None:
        if not self._actions.undo():
            self._window.banner.show_notice(
                self.tr("Nothing to undo"),
                self.tr("Only the last check-in or check-out of the past minute can be undone."),
            )

    def override(self) -> None:
        """The refused check-in again, as a manager's override with a written reason."""
        pending = self._actions.overridable
        if pending is None:
            return
        what = self.tr(
            "{reason}\nA manager can check them in anyway; the check-in is recorded as an override."
        ).format(reason=refused_text(pending.refusal))
        self._session.override(self._window, what, self._actions.override)

    def print_badge(self) -> BadgePrintDialog | None:
        """Ctrl+P: the badge of the person on the card (print, save, reissue)."""
        window = self._window
        person = window.card.person_id
        if person is None:
            window.banner.show_notice(
                self.tr("Whose badge?"),
                self.tr("Find the person first (scan, or type their name), then press Ctrl+P."),
            )
            return None
        if self._actions.refused_while_away():  # the dialog issues a badge when there is none
            return None
        from serre_desk.ui.dialogs.badge_print import BadgePrintDialog

        if self.badge_dialog is not None:
            self.badge_dialog.close()
        dialog = BadgePrintDialog(
            person,
            self._context,
            actor=self._session.actor,
            server=self._actions.server,
            parent=window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        hub = self._context.hub
        dialog.badge_changed.connect(lambda badge: hub.person_changed.emit(badge.person_id))
        dialog.destroyed.connect(self._badge_dialog_gone)
        self.badge_dialog = dialog
        dialog.open()
        return dialog

    def _badge_dialog_gone(self) -> None:
        self.badge_dialog = None

    def show_audit(self) -> None:
        if self._session.actor.is_manager:
            already = self._window.area_tabs.currentWidget() is self._audit_tab
            self._window.show_tab(self._audit_tab)  # showing it loads the events
            if already:
                self._audit_tab.view.refresh()

    def ask_close_day(self) -> None:
        if self._actions.refused_while_away():  # said before the question, not after it
            return
        self._context.messages.ask(
            self.tr("Close the day"),
            self._closing.confirmation(),
            self.tr("Close the day"),
            self.tr("Keep the day open"),
            lambda yes: self._actions.close_day() if yes else None,
        )

    def offer_demo(self) -> None:
        self._context.messages.ask(
            self.tr("An empty database"),
            self.tr(
                "Nobody is registered yet. Load a demo history (made-up people and visits) to "
                "try the desk? Do not do this on the venue's real database."
            ),
            self.tr("Load demo data"),
            self.tr("Start empty"),
            self._load_demo,
        )

    def _load_demo(self, yes: bool) -> None:
        if not yes:
            return
        from serre_desk.services.demo import generate_demo

        context = self._context
        db, actor, now = context.db, self._session.actor, context.clock.now()
        people, days = DEMO_PEOPLE, DEMO_DAYS
        context.runner.write(
            lambda: generate_demo(db, actor, now=now, days=days, people=people),
            lambda _summary: self._refresher.request(),
            context.errors.action_failed,
        )

    def choose_language(self, code: str) -> None:
        for other, action in self._window.act_language.items():
            action.setChecked(other == code)
        self._settings.setValue("language", code)
        self._window.banner.show_news(
            self.tr("Language"), self.tr("The new language is used from the next start.")
        )

    def show_shortcuts(self) -> None:
        from serre_desk.ui.dialogs.shortcuts import ShortcutsDialog

        window = self._window
        rows = [
            (action.shortcut().toString(QKeySequence.SequenceFormat.NativeText), action.statusTip())
            for action in window.actions()
            if not action.shortcut().isEmpty()
        ]
        rows.append((self.tr("Enter"), self.tr("In a list: check the chosen person in or out")))
        dialog = ShortcutsDialog(rows, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_privacy(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.NoIcon,
            self.tr("Privacy notice"),
            "",
            QMessageBox.StandardButton.Close,
            self._window,
        )
        box.setTextFormat(Qt.TextFormat.MarkdownText)
        box.setText(self._context.notice.text(self._context.lang))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_printer(self) -> None:
        from PySide6.QtPrintSupport import QPrinterInfo

        name = QPrinterInfo.defaultPrinterName()
        status = self._window.top_bar.printer
        if name:
            status.set_state(
                "printer", self.tr("Printer"), self.tr("Default printer: {name}").format(name=name)
            )
        else:
            status.set_state(
                "printer-missing",
                self.tr("No printer"),
                self.tr(
                    "No default printer is set up on this computer: badges can "
                    "still be saved as PDF."
                ),
            )
