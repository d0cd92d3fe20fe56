"""The one way the window reaches the database: work runs on background threads, results come
back on the GUI thread.

Reads run on a small pool (SQLite in WAL mode lets readers run side by side); writes run one at a
time on their own single thread, in the order they were asked for. Each task is a plain callable;
its result or its exception is handed to a callback on the GUI thread — unless the callback's
receiver is gone by then (a dialog closed meanwhile): the task's `owner`, or the QObject whose
method the callback is. Its result is dropped rather than delivered into a deleted widget.

The runner owns its threads: `shutdown` (on the application's `aboutToQuit`, or when the desk
closes) stops taking work, cancels the reads that have not started, lets every write asked for
finish, and removes the threads, so no worker outlives the QApplication; no result is delivered
after it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
    Slot,
)

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
SHUTDOWN_WAIT_MS = 30_000


def receivers(owner: QObject | None, callback: Callable[..., Any] | None) -> list[QObject]:
    """The QObjects a callback needs alive: the task's owner, and the object whose method the
    callback is (a slot of a dialog, of a controller)."""
    target = getattr(callback, "__self__", None)
    return [o for o in (owner, target) if isinstance(o, QObject)]


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits its signals, Qt queues them back here."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        on_done: Done | None,
        on_error: Failed | None,
        owner: QObject | None,
    ) -> None:
        super().__init__()
        self._runner = runner
        self._on_done = on_done
        self._on_error = on_error
        self._done_receivers = receivers(owner, on_done)
        self._error_receivers = receivers(owner, on_error) if on_error is not None else []
        self.dropped = False
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @staticmethod
    def _gone(needed: list[QObject]) -> bool:
        return any(not shiboken6.isValid(receiver) for receiver in needed)

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        if self.dropped:
            return
        self._runner._finished(self)
        if self._gone(self._done_receivers):
            log.debug("a task's result arrived after its window closed: dropped")
        elif self._on_done is not None:
            self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        if self.dropped:
            return
        self._runner._finished(self)
        if self._gone(self._error_receivers):
            log.info("a task ended after its window closed: %r", error)
            return
        (self._on_error or self._runner.on_error)(error)


class _Job(QRunnable):
    def __init__(
        self, work: Callable[[], Any], relay: _Relay, stopping: threading.Event | None
    ) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._stopping = stopping

    def run(self) -> None:
        if self._stopping is not None and self._stopping.is_set():  # closing: a read not started
            return
        try:
            result = self._work()
        except BaseException as error:  # handed to the GUI thread, never lost on a worker
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Runs callables off the GUI thread. `on_error` receives failures that have no own handler."""

    def __init__(self, on_error: Failed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_error = on_error
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._pending: set[_Relay] = set()
        self._stopping = threading.Event()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def read(
        self,
        work: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._submit(self._reads, work, on_done, on_error, owner)

    def write(
        self,
        work: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._submit(self._writes, work, on_done, on_error, owner)

    def _submit(
        self,
        pool: QThreadPool,
        work: Callable[[], Any],
        on_done: Done | None,
        on_error: Failed | None,
        owner: QObject | None,
    ) -> None:
        if self._stopping.is_set():
            log.info("a task was asked for after the desk closed: not run")
            return
        relay = _Relay(self, on_done, on_error, owner)
        self._pending.add(relay)
        cancellable = self._stopping if pool is self._reads else None  # a write always runs
        pool.start(_Job(work, relay, cancellable))

    def _finished(self, relay: _Relay) -> None:
        self._pending.discard(relay)
        relay.deleteLater()

    @property
    def idle(self) -> bool:
        """No task running and no result waiting to be delivered."""
        return not self._pending

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Let running tasks finish and deliver their results (closing the desk, `--smoke`)."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            self._writes.waitForDone(50)
            self._reads.waitForDone(50)
            QCoreApplication.processEvents()
        return not self._pending

    @Slot()
    def shutdown(self) -> None:
        """Take no more work, cancel the reads that have not started, wait for the writes asked
        for (a scan made just before closing is recorded) and for what runs, and let the threads
        go; results not yet delivered are dropped. Safe to call more than once."""
        if self._stopping.is_set():
            return
        self._stopping.set()
        self._reads.clear()
        finished = [pool.waitForDone(SHUTDOWN_WAIT_MS) for pool in (self._reads, self._writes)]
        if not all(finished):
            log.error("background work still running %d s after closing", SHUTDOWN_WAIT_MS // 1000)
        for relay in self._pending:
            relay.dropped = True
            relay.deleteLater()
        self._pending.clear()
