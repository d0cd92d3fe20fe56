"""Logging to a rotating file in the data dir: details for support, never shown raw to staff.

A log that cannot be written (a full disk, a folder gone) never stops the desk nor prints
Python's "--- Logging error ---" traceback: the records are dropped and counted, and the first
record that can be written again says how many were lost.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import logging.handlers
from pathlib import Path
from typing import IO

from serre_desk import paths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_fault_file: IO[str] | None = None


class CalmFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler that degrades quietly when the file cannot be written."""

    serre_desk = True
    lost = 0  # records dropped since the file last took one

    def emit(self, record: logging.LogRecord) -> None:
        if self.lost:
            lost, self.lost = self.lost, 0
            note = logging.LogRecord(
                __name__, logging.WARNING, __file__, 0,
                "%d log records were lost: the log file could not be written", (lost,), None,
            )  # fmt: skip
            super().emit(note)
            if self.lost:  # still failing: the note was lost too, not the records
                self.lost = lost
                self.handleError(record)
                return
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        """Drop the record and start again with a fresh file handle next time."""
        self.lost += 1
        stream, self.stream = self.stream, None  # type: ignore[assignment]
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()


def setup_file_logging(data_dir: Path, level: int = logging.INFO) -> Path | None:
    """Send log records to `logs/serre-desk.log` (1 MB × 5); returns the file, or None when the
    folder cannot be written (logging must never stop the desk)."""
    log_path = paths.log_file(data_dir)
    root = logging.getLogger()
    if any(getattr(h, "serre_desk", False) for h in root.handlers):
        return log_path
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        handler = CalmFileHandler(
            log_path, maxBytes=1_000_000, backupCount=5, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    return log_path


def enable_fault_log(log_path: Path | None) -> None:
    """A hard crash (a segmentation fault in Qt, an abort) writes every thread's Python stack
    into `crash.log` beside the log file, through faulthandler. Once per process."""
    global _fault_file
    if log_path is None or _fault_file is not None:
        return
    try:
        _fault_file = open(log_path.with_name("crash.log"), "a", encoding="utf-8")  # noqa: SIM115
    except OSError:
        return
    faulthandler.enable(_fault_file, all_threads=True)
