"""As-you-type search over everyone known: at most one search runs; while it runs, only the
newest text waits, so fast typing never piles up work."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from serre_desk.services.people import search_people
from serre_desk.ui.context import DeskContext

RESULT_LIMIT = 50


class SearchController(QObject):
    results = Signal(str, object)  # (text, list[PersonRow]) for the newest text only

    def __init__(
        self,
        context: DeskContext,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = context.db
        self._runner = context.runner
        self._errors = context.errors
        self._wanted: str | None = None
        self._running: str | None = None

    @property
    def busy(self) -> bool:
        return self._running is not None

    def search(self, text: str) -> None:
        self._wanted = text
        if self._running is None:
            self._start(text)

    def warm(self) -> None:
        """Load the search index in the background, so the first keystroke is fast too."""
        db = self._db
        self._runner.read(lambda: search_people(db, "", limit=1), None, self._failed)

    def again(self) -> None:
        """Search the current text again (someone moved or was registered)."""
        if self._wanted:
            self.search(self._wanted)

    def clear(self) -> None:
        self._wanted = None

    def _start(self, text: str) -> None:
        self._running = text
        db = self._db
        self._runner.read(
            lambda: search_people(db, text, limit=RESULT_LIMIT),
            lambda rows: self._done(text, rows),
            self._failed,
        )

    def _done(self, text: str, rows: object) -> None:
        self._running = None
        if self._wanted is None:
            return
        if self._wanted != text:
            self._start(self._wanted)
            return
        self.results.emit(text, rows)

    def _failed(self, error: BaseException) -> None:
        self._running = None
        self._errors.background_failed(error)
