"""When the database cannot be used at start-up (damaged, unreadable, locked, on a full disk): a
calm window that says what happened and what can be done — Retry (a thorough check), open the
backup folder, restore the latest good backup — instead of the desk. Nothing is deleted: a
restore keeps the damaged file aside. Once the database works, `recovered(db)` hands it to the
desk. Imported only when the database failed to open.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from serre_desk.domain.errors import Refusal
from serre_desk.services.actor import Actor
from serre_desk.services.backups import record_restore, restore_backup
from serre_desk.services.db_health import DatabaseProblem, check_database, explain, open_checked
from serre_desk.services.startup import Database, Location
from serre_desk.ui import icons
from serre_desk.ui.deskclock import DeskClock
from serre_desk.ui.dialogs.database_problem import DatabaseProblemPanel
from serre_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class DatabaseRecovery(QObject):
    recovered = Signal(object)  # Database: open, checked, ready for the desk

    def __init__(
        self,
        location: Location,
        problem: Refusal,
        *,
        actor: Actor,
        clock: DeskClock,
        lang: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._location = location
        self._actor = actor
        self._clock = clock
        self._lang = lang
        self.runner = TaskRunner(self._bug, self)
        self.panel = DatabaseProblemPanel(self._explain(problem))
        self.panel.retry_requested.connect(self.retry)
        self.panel.restore_requested.connect(self.restore)
        self.window = QMainWindow()
        self.window.setWindowTitle(self.tr("Serre Desk — the database needs attention"))
        self.window.setWindowIcon(icons.icon("app"))
        self.panel.setContentsMargins(24, 24, 24, 24)
        self.window.setCentralWidget(self.panel)
        self.window.resize(780, 360)

    def _explain(self, problem: Refusal) -> DatabaseProblem:
        """What happened and what can be done (a storage problem, or a backup that cannot be
        restored)."""
        return explain(self._location, problem, self._lang)  # type: ignore[arg-type]

    def show(self) -> None:
        self.window.show()

    def _busy(self, busy: bool) -> None:
        for button in (self.panel.retry, self.panel.restore, self.panel.confirm):
            button.setEnabled(not busy)

    def retry(self) -> None:
        """A thorough check (SQLite's integrity_check): the desk opens once the database works."""
        location = self._location
        self._busy(True)
        self.runner.write(
            lambda: check_database(location, thorough=True), self._checked, self._failed
        )

    def _checked(self, problem: Refusal | None) -> None:
        if problem is not None:
            self._busy(False)
            self.panel.show_problem(self._explain(problem))
            return
        location = self._location
        self.runner.write(lambda: open_checked(location), self._opened, self._failed)

    def restore(self, backup: Path) -> None:
        """Replace the database with `backup` (the damaged one is kept aside), reopen it and
        record the restore in its audit log."""
        location, actor, now = self._location, self._actor, self._clock.now()

        def work() -> Database:
            result = restore_backup(location, backup, now=now)
            db = open_checked(location)
            record_restore(db, actor, result, now=now)
            log.warning("database restored from %s", result.restored_from)
            return db

        self._busy(True)
        self.runner.write(work, self._opened, self._failed)

    def _opened(self, db: Database) -> None:
        self.window.hide()
        self.recovered.emit(db)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if not isinstance(error, Refusal):
            self._bug(error)
            return
        self.panel.show_problem(self._explain(error))

    def _bug(self, error: BaseException) -> None:
        log.error("the database recovery failed", exc_info=error)
        self.panel.reason.setText(
            self.tr(
                "Something unexpected happened: the details are in the log file. Nothing was "
                "deleted."
            )
        )
