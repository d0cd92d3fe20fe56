"""A desk window in a process of its own (offscreen), for the tests of several desks: it opens the
desk on `--db URL`, then takes commands on stdin, one a line, and says what happened on stdout:

    check_in ID   -> "moved ID" once the check-in is done (or "refused CODE")
    toggle ID     -> Enter on the person (one operation id, sent again while the server is
                     unreachable): "moved ID" or "refused CODE"
    inside        -> "inside ID,ID,…": who its window shows inside
    quit

Run as `python -m tests.ui.desk_process --db URL --data-dir DIR`."""

from __future__ import annotations

import argparse
import os
import queue
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--data-dir", required=True, type=Path)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication([])

    from serre_desk.services.startup import Location, open_database
    from serre_desk.ui.desk import Desk
    from serre_desk.ui.deskclock import DeskClock
    from serre_desk.ui.settings import desk_settings
    from serre_desk.ui.translations import install_translations

    install_translations(app, "en")
    location = Location(args.data_dir, args.db)
    db = open_database(location)
    desk = Desk(
        db,
        location=location,
        actor=None,
        clock=DeskClock(None),
        lang="en",
        settings=desk_settings(args.data_dir),
        offers=False,
        duties=False,
    )

    def say(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    desk.hub.movement.connect(lambda movement: say(f"moved {movement.person.id}"))
    desk.hub.refused.connect(lambda refusal: say(f"refused {refusal.code}"))
    desk.refresher.first_loaded.connect(lambda: say("ready"))
    commands: queue.Queue[str] = queue.Queue()

    def read_stdin() -> None:
        for line in sys.stdin:
            commands.put(line.strip())
        commands.put("quit")

    def serve() -> None:
        while not commands.empty():
            command, _, rest = commands.get().partition(" ")
            if command == "check_in":
                desk.actions.check_in(int(rest))
            elif command == "toggle":
                desk.actions.toggle(int(rest))
            elif command == "inside":
                latest = desk.refresher.latest
                ids = [row.id for row in latest.inside] if latest is not None else []
                say("inside " + ",".join(map(str, ids)))
            elif command == "quit":
                desk.window.close()
                app.quit()

    threading.Thread(target=read_stdin, daemon=True).start()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(serve)
    timer.start()
    desk.start()
    app.exec()
    db.dispose()


if __name__ == "__main__":
    main()
