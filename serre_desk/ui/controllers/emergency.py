"""The emergency list from anywhere in the window (F9): everyone inside right now, per area, made
in the background and printed at once, without a dialog, on the printer last used for it or the
default one. With no printer, or when printing fails, the list opens on screen.

While the database server is away the list is made from the last one read (kept after each
change of who is inside, on a server desk), marked with the time it was read."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from serre_desk.domain.errors import Refusal
from serre_desk.services.server_watch import ServerWatch, unreachable
from serre_desk.ui.context import DeskContext
from serre_desk.ui.formatting import clock_time
from serre_desk.ui.printing import EMERGENCY_LIST, PrintJob

if TYPE_CHECKING:
    from serre_desk.services.desk_state import DeskSnapshot
    from serre_desk.services.emergency import EmergencyList as EmergencyData

FILE_NAMES = {"it": "lista-emergenza-{time}.pdf", "en": "emergency-list-{time}.pdf"}


class EmergencyList(QObject):
    """`run()` makes and prints the list; `reported` says what happened, for the banner."""

    reported = Signal(str, str)  # (title, text): something went wrong or needs a look
    done = Signal(str, str)  # (title, text): the list is printed or on screen

    def __init__(self, context: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.job: PrintJob | None = None
        self._making = False
        self.watch: ServerWatch | None = None  # set on a server desk: the list survives it away
        self.last: EmergencyData | None = None  # the last list read, while `watch` is set
        self._last_inside: frozenset[tuple[int, str]] | None = None
        context.printing.printed.connect(self._printed)
        context.printing.not_printed.connect(self._not_printed)

    def run(self) -> None:
        """Make the list as it is now and print it (a second press while it is being made is
        ignored: the list on its way is already current)."""
        if self._making:
            return
        if self.watch is not None and not self.watch.status.online and self.last is not None:
            self._from_last()
            return
        self._making = True
        context = self._context
        db, now, lang = context.db, context.clock.now(), context.lang
        name = FILE_NAMES.get(lang, FILE_NAMES["en"]).format(time=clock_time(now).replace(":", ""))
        path = context.printing.scratch_file(name)
        title = self.tr("Emergency list {time}").format(time=clock_time(now))

        def work() -> Path:
            from serre_desk.render.emergency_list import write_emergency_list
            from serre_desk.services.emergency import emergency_list

            data = emergency_list(db, now=now)
            self.last = data if self.watch is not None else None
            return write_emergency_list(data, path, lang=lang)

        context.runner.read(
            work, lambda made: self._made(PrintJob(made, EMERGENCY_LIST, title)), self._failed
        )

    @property
    def making(self) -> bool:
        return self._making

    def _made(self, job: PrintJob) -> None:
        self._making = False
        self.job = job
        self._context.printing.print_direct(job)

    def _printed(self, job: PrintJob, printer: str) -> None:
        if job is self.job:
            self.done.emit(
                self.tr("Emergency list printed"),
                self.tr("Printed on {printer}.").format(printer=printer),
            )

    def _not_printed(self, job: PrintJob, why: str) -> None:
        if job is self.job:
            self.done.emit(self.tr("Emergency list on screen"), why)

    def _from_last(self) -> None:
        """The list as of the last successful read, its time in the title and on the page."""
        last, context = self.last, self._context
        assert last is not None
        lang = context.lang
        name = FILE_NAMES.get(lang, FILE_NAMES["en"]).format(
            time=clock_time(last.at).replace(":", "")
        )
        path = context.printing.scratch_file(name)
        title = self.tr("Emergency list as of {time} (server away)").format(
            time=clock_time(last.at)
        )
        self._making = True

        def work() -> Path:
            from serre_desk.render.emergency_list import write_emergency_list

            return write_emergency_list(last, path, lang=lang)

        context.runner.read(
            work, lambda made: self._made(PrintJob(made, EMERGENCY_LIST, title)), self._failed
        )

    def keep_current(self, snapshot: DeskSnapshot) -> None:
        """On a server desk: read the list again when who is inside changed (in the background),
        so the last one is at hand if the server goes away."""
        if self.watch is None:
            return
        inside = frozenset((row.id, row.area_key) for row in snapshot.inside)
        if inside == self._last_inside:
            return
        self._last_inside = inside
        db, now = self._context.db, self._context.clock.now()

        def read() -> EmergencyData:
            from serre_desk.services.emergency import emergency_list

            return emergency_list(db, now=now)

        self._context.runner.read(read, self._kept, self._not_kept)

    def _kept(self, data: EmergencyData) -> None:
        if self.last is None or data.at >= self.last.at:
            self.last = data

    def _not_kept(self, error: BaseException) -> None:
        self._last_inside = None  # try again with the next snapshot
        self._context.errors.background_failed(error)

    def _failed(self, error: BaseException) -> None:
        self._making = False
        if self.last is not None and unreachable(error):
            if self.watch is not None:
                self.watch.failed(error)
            self._from_last()
            return
        if isinstance(error, Refusal):
            self.reported.emit(self.tr("Emergency list not made"), error.text())
            self._context.errors.background_failed(error)
            return
        self._context.errors.bug(error)


def emergency_action(parent: QWidget, emergency: EmergencyList) -> QAction:
    """The action (F9) that prints the emergency list; it works from every window of the desk,
    dialogs included."""
    action = QAction(QCoreApplication.translate("EmergencyList", "&Emergency list"), parent)
    action.setShortcut(QKeySequence("F9"))
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    tip = QCoreApplication.translate(
        "EmergencyList", "Print everyone inside now, per area, for a roll call"
    )
    action.setStatusTip(tip)
    action.setToolTip(f"{tip} ({action.shortcut().toString()})")
    action.triggered.connect(emergency.run)
    return action


class EveryWindow(QObject):
    """Gives `action` to every window as it shows: a window-modal dialog blocks the desk's own
    shortcuts, so F9 must belong to the dialog too. Install it on the application."""

    def __init__(self, action: QAction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and self.action not in watched.actions()
        ):
            watched.addAction(self.action)
        return False
