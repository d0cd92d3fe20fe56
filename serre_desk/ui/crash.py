"""The crash path: uncaught exceptions and Qt's own messages go to the log file; a hard crash
leaves a trace (faulthandler) next to it."""

from __future__ import annotations

import faulthandler
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

qt_log = logging.getLogger("serre_desk.qt")
_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_fault_file: IO[str] | None = None


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    qt_log.log(_LEVELS.get(kind, logging.WARNING), "%s (%s)", message, context.category)


def install_crash_handlers(log_path: Path | None, report: Callable[[BaseException], None]) -> None:
    """Route Qt messages into logging, log every uncaught exception and tell `report` about it
    (a calm message), and let faulthandler write hard crashes next to the log."""
    global _fault_file
    qInstallMessageHandler(_qt_message)
    if log_path is not None and _fault_file is None:
        try:
            _fault_file = open(log_path.with_name("crash.log"), "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(_fault_file)
        except OSError:
            _fault_file = None

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        report(error.with_traceback(trace))

    sys.excepthook = hook
