"""The archive of attendance sheets, kept by the window: after closing (today's sheet too), once
after start-up (the sheets of days closed since) and after a change to a day already archived,
in the background. Old sheets
are re-rendered with guests anonymised on the same run (render.sheet_archive)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from serre_desk.domain.errors import Refusal
from serre_desk.domain.outcomes import Movement
from serre_desk.ui.context import DeskContext
from serre_desk.ui.formatting import day_text

if TYPE_CHECKING:
    from serre_desk.render.sheet_archive import ArchiveRun


class ArchiveDuty(QObject):
    """`after_closing()` / `after_start()`; `finished` carries each run's `ArchiveRun`,
    `reported` a (title, text) for the banner when something was written or went wrong."""

    finished = Signal(object)  # ArchiveRun
    reported = Signal(str, str)  # (title, text): something went wrong
    done = Signal(str, str)  # (title, text): sheets were written

    def __init__(
        self,
        context: DeskContext,
        *,
        lang: str = "it",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        # the sheets' language, not the window's (the archive is Italian by default)
        self._lang = lang
        self._running = False
        self._again: bool | None = None  # a run asked for while one was going: include_today

    def after_closing(self) -> None:
        """The day is closed: archive its sheet, and any missing one of the last days."""
        self._run(include_today=True)

    def after_start(self) -> None:
        """Catch up on sheets of days whose closing the desk missed (today's only after its
        closing time)."""
        self._run(include_today=False)

    def after_movement(self, movement: Movement) -> None:
        """A correction, or a child released after their day's closing, changes a day already
        archived: its sheet gets a new revision at once."""
        from serre_desk.render.sheet_archive import changes_archived_day

        if changes_archived_day(movement):
            self._run(include_today=False)

    @property
    def running(self) -> bool:
        return self._running

    def _run(self, include_today: bool) -> None:
        if self._running:
            self._again = bool(self._again) or include_today
            return
        self._running = True
        context, lang = self._context, self._lang
        db, actor, data_dir = context.db, context.actor(), context.location.data_dir
        now = self._context.clock.now()

        def work() -> tuple[Path, ArchiveRun]:
            from serre_desk.render.sheet_archive import archive_due_sheets, archive_folder

            folder = archive_folder(db, data_dir)
            return folder, archive_due_sheets(
                db, folder, now=now, actor=actor, lang=lang, include_today=include_today
            )

        self._context.runner.read(work, self._done, self._failed)

    def _done(self, result: tuple[Path, ArchiveRun]) -> None:
        folder, run = result
        self._finish()
        text = self.describe(run, folder)
        if text:
            self.done.emit(self.tr("Attendance sheets archived"), text)
        self.finished.emit(run)

    def describe(self, run: ArchiveRun, folder: Path) -> str:
        """What was written, in words; empty when nothing was."""
        lines = []
        written = [sheet.day for sheet in run.written if sheet.written]
        if written:
            lines.append(
                self.tr("Sheets written for {days} in {folder}.").format(
                    days=self._days(written), folder=folder
                )
            )
        if run.anonymised:
            lines.append(
                self.tr("Guests anonymised in the sheets of {days} (privacy rules).").format(
                    days=self._days([s.day for s in run.anonymised])
                )
            )
        return "\n".join(lines)

    def _days(self, days: list[date]) -> str:
        return ", ".join(day_text(day, self._lang) for day in sorted(days))

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, OSError):
            self.reported.emit(
                self.tr("Attendance sheets not archived"),
                self.tr(
                    "The archive folder cannot be written ({reason}). The sheets will be written "
                    "at the next closing or start; check the folder or the network drive."
                ).format(reason=error.strerror or error),
            )
        elif isinstance(error, Refusal):
            self._context.errors.background_failed(error)
        else:
            self._context.errors.bug(error)

    def _finish(self) -> None:
        self._running = False
        again, self._again = self._again, None
        if again is not None:
            self._run(include_today=again)
