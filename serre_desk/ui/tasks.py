"""The one way the window reaches the database: work runs on background threads, results come
back on the GUI thread.

Reads run on a small pool (SQLite in WAL mode lets readers run side by side); writes run one at a
time on their own single thread, in the order they were asked for. Each task is a plain callable;
its result or its exception is handed to a callback on the GUI thread — unless the task's `owner`
(a dialog closed meanwhile) is gone by then: its callbacks would reach a deleted widget.
"""

from __future__ import annotations

import logging
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
        self._owner = owner
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @property
    def _owner_gone(self) -> bool:
        return self._owner is not None and not shiboken6.isValid(self._owner)

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        self._runner._finished(self)
        if self._on_done is not None and not self._owner_gone:
            self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        self._runner._finished(self)
        if self._owner_gone and self._on_error is not None:
            log.info("a task ended after its window closed: %r", error)
            return
        (self._on_error or self._runner.on_error)(error)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
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
        relay = _Relay(self, on_done, on_error, owner)
        self._pending.add(relay)
        pool.start(_Job(work, relay))

    def _finished(self, relay: _Relay) -> None:
        self._pending.discard(relay)
        relay.deleteLater()

    @property
    def idle(self) -> bool:
        """No task running and no result waiting to be delivered."""
        return not self._pending

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Let running tasks finish and deliver their results (shutdown, `--smoke`)."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            self._writes.waitForDone(50)
            self._reads.waitForDone(50)
            QCoreApplication.processEvents()
        return not self._pending
