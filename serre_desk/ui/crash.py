"""The crash path: uncaught exceptions and Qt's own messages go to the log file (a hard crash
leaves its trace beside it from the start: `logs.enable_fault_log`)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

qt_log = logging.getLogger("serre_desk.qt")
_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    qt_log.log(_LEVELS.get(kind, logging.WARNING), "%s (%s)", message, context.category)


def route_qt_messages() -> None:
    """Qt's own messages into logging (the log file), from before the window is made."""
    qInstallMessageHandler(_qt_message)


def install_crash_handlers(report: Callable[[BaseException], None]) -> None:
    """Route Qt messages into logging, log every uncaught exception and tell `report` about it
    (a calm message)."""
    route_qt_messages()

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        report(error.with_traceback(trace))

    sys.excepthook = hook
