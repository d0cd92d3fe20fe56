"""Start-up of the desk window: logging, database, QApplication, main window."""

from __future__ import annotations

import sys
import time

from serre_desk.services.startup import Location


def run_desk(location: Location, *, lang: str, smoke: bool, now_text: str | None) -> int:
    started = time.perf_counter()
    from serre_desk.services.startup import open_database

    open_database(location)
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Serre Desk")
    window.setCentralWidget(QLabel("Serre Desk"))
    window.show()
    if smoke:
        app.processEvents()
        print(f"ready in {(time.perf_counter() - started) * 1000:.0f} ms")
        return 0
    return app.exec()
