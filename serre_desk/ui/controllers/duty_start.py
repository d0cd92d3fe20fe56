"""When the desk's scheduled duties start: the closing at closing time, the archive of the
attendance sheets, the privacy rules and the backup (`closing.py`, `archive_duty.py`,
`duties.py`). Once, when the window shows its first data — never competing with it — and a desk
user is signed in: the duties act in that user's name, so not before someone is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from serre_desk.services.actor import Actor

if TYPE_CHECKING:
    from serre_desk.ui.controllers.archive_duty import ArchiveDuty
    from serre_desk.ui.controllers.closing import ClosingScheduler
    from serre_desk.ui.controllers.duties import DailyDuties
    from serre_desk.ui.controllers.session import DeskSession


class DutyStart(QObject):
    def __init__(
        self,
        *,
        closing: ClosingScheduler,
        archive: ArchiveDuty,
        daily: DailyDuties,
        session: DeskSession,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._closing = closing
        self._archive = archive
        self._daily = daily
        self._session = session
        self._data_shown = False
        self.started = False

    def first_data(self) -> None:
        """The window shows its first data: the duties start, if someone is signed in."""
        self._data_shown = True
        if not self._session.needs_sign_in:
            self._start()

    def signed_in(self, _actor: Actor) -> None:
        if self._data_shown:
            self._start()

    def _start(self) -> None:
        if self.started:
            return
        self.started = True
        self._closing.start()
        self._archive.after_start()
        self._daily.start()

    def stop(self) -> None:
        self._closing.stop()
        self._daily.stop()
