"""One desk per data folder: a second start raises the window already open.

The first desk holds `desk.lock` in the data folder (`QLockFile`) and listens on a local socket
named after the folder (`QLocalServer`). A second start finds the lock taken, asks the first desk
to come to the front, and exits: two desks never work on one SQLite file. A lock left by a desk
that crashed names a process that no longer runs: Qt sees it stale and the next start takes it
over. The command line takes no lock: its commands run beside the open window.
"""

from __future__ import annotations

import hashlib
import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

from serre_desk.i18n import translate

log = logging.getLogger(__name__)

LOCK_FILE = "desk.lock"
RAISE = b"raise\n"
ANSWER = b"raised\n"
WAIT_FOR_FIRST_S = 8.0  # the first desk may still be opening (a migration, a quick_check)


def server_name(data_dir: Path) -> str:
    """The local socket's name: one per data folder (and user: the folder is theirs)."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:20]
    return f"serre-desk-{digest}"


class DeskInstance:
    """The claim of one desk on a data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.name = server_name(data_dir)
        self.lock: QLockFile | None = None
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return  # the database's own check says what is wrong with the folder
        self.lock = QLockFile(str(data_dir / LOCK_FILE))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, however old

    def claim(self) -> bool:
        """True when this start may open the desk: the lock is ours (taken over if stale), or
        cannot be made at all (a read-only folder: the database check then explains)."""
        if self.lock is None or self.lock.tryLock(0):
            return True
        return self.lock.error() != QLockFile.LockError.LockFailedError

    def listen(self) -> None:
        """Answer later starts (call once the QApplication exists)."""
        app = QApplication.instance()
        QLocalServer.removeServer(self.name)  # a socket file left by a crash
        server = QLocalServer(app)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(lambda: _answer(server))
        if not server.listen(self.name):
            log.warning("no single-desk socket %s: %s", self.name, server.errorString())

    def hand_over(self, lang: str) -> int:
        """Another desk holds the folder: bring its window to the front, say so, exit."""
        if ask_to_raise(self.name):
            message = translate(
                "SingleInstance",
                "Serre Desk is already open on this data folder: its window is now in front.",
                lang,
            )
            print(f"serre-desk: {message}", flush=True)
            return 0
        message = translate(
            "SingleInstance",
            "Serre Desk is already open on this data folder but does not answer: wait for its "
            "window, or close it and start again.",
            lang,
        )
        sys.stderr.write(f"serre-desk: {message}\n")
        return 1


def ask_to_raise(name: str, wait_s: float = WAIT_FOR_FIRST_S) -> bool:
    """Ask the desk listening on `name` to raise its window; True once it answered."""
    deadline = time.monotonic() + wait_s
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            socket.write(RAISE)
            socket.waitForBytesWritten(1000)
            answered = socket.waitForReadyRead(3000) and bytes(socket.readAll().data()) == ANSWER
            socket.disconnectFromServer()
            return answered
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)


def _answer(server: QLocalServer) -> None:
    while (connection := server.nextPendingConnection()) is not None:

        def reply(connection: QLocalSocket = connection) -> None:
            if bytes(connection.readAll().data()).startswith(RAISE.strip()):
                raise_desk_window()
                connection.write(ANSWER)
                connection.flush()
            connection.disconnectFromServer()

        connection.readyRead.connect(reply)
        connection.disconnected.connect(connection.deleteLater)
        if connection.bytesAvailable():  # it arrived before the connection above
            reply()


def desk_window() -> QWidget | None:
    """The window to bring forward: an open dialog first, else the main window (or the
    database recovery window), else any visible window."""
    modal = QApplication.activeModalWidget()
    if modal is not None:
        return modal
    visible = [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible()
        and widget.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
    ]
    visible.sort(key=lambda widget: widget.windowType() != Qt.WindowType.Window)
    return visible[0] if visible else None


def raise_desk_window() -> None:
    window = desk_window()
    if window is None:
        return
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    log.info("another start of the desk: window brought to the front")
