"""What happens when something goes wrong: a calm message saying what to do, details in the log.

Three kinds of failure: a *refusal* (a rule said no: shown in the banner with its reason), a
*storage problem* (the database is locked, unreachable, the disk is full: shown plainly, and the
desk keeps trying), and a *bug* (logged with its traceback; staff see a short message pointing at
the log file).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from serre_desk.domain.errors import Refusal
from serre_desk.services.desk_state import is_storage_problem
from serre_desk.ui.hub import DeskSignals
from serre_desk.ui.messages import Messages

log = logging.getLogger(__name__)


class ErrorReporter(QObject):
    def __init__(
        self,
        hub: DeskSignals,
        messages: Messages,
        log_path: Path | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._hub = hub
        self._messages = messages
        self._log_path = log_path
        self._bug_shown = False

    def action_failed(self, error: BaseException) -> None:
        """An action staff asked for failed: refusals go to the banner."""
        if isinstance(error, Refusal):
            self._hub.refused.emit(error)
            if is_storage_problem(error):
                self._hub.storage.emit(error)
            return
        self.bug(error)

    def failed_in_dialog(self, error: BaseException, show: Callable[[Refusal], None]) -> None:
        """An action asked in a dialog failed: a refusal is shown there (`show`; the dialog stays
        open), a storage problem in the status icon too; anything else is a bug."""
        if not isinstance(error, Refusal):
            self.bug(error)
            return
        show(error)
        if is_storage_problem(error):
            self._hub.storage.emit(error)

    def background_failed(self, error: BaseException) -> None:
        """A refresh or a search failed: a storage problem shows in the status icon, quietly."""
        if isinstance(error, Refusal) and is_storage_problem(error):
            log.warning("database problem: %s (%s)", error.code, error.__cause__)
            self._hub.storage.emit(error)
        elif isinstance(error, Refusal):
            log.info("background task refused: %s", error.code)
        else:
            self.bug(error)

    def bug(self, error: BaseException) -> None:
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        log.error("unexpected error in the desk window:\n%s", details)
        if self._bug_shown:
            return  # one message at a time: the log has every occurrence
        self._bug_shown = True
        where = str(self._log_path) if self._log_path else self.tr("(no log file available)")
        self._messages.warn(
            self.tr("Something went wrong"),
            self.tr(
                "Something unexpected happened. Nothing you entered before was lost and the desk "
                "keeps working. If it happens again, restart Serre Desk and tell whoever looks "
                "after it; the details are in the log file:\n{path}"
            ).format(path=where),
            details,
            on_closed=self._bug_closed,
        )

    def _bug_closed(self) -> None:
        self._bug_shown = False
