"""A desk window in a process of its own (offscreen), for the tests of several desks: it opens the
desk on `--db URL`, then takes commands on stdin, one a line, and says what happened on stdout:

    check_in ID   -> "moved ID" once the check-in is done (or "refused CODE")
    toggle ID     -> Enter on the person (one operation id, sent again while the server is
                     unreachable): "moved ID" or "refused CODE"
    inside        -> "inside ID,ID,…": who its window shows inside
    listening     -> "listening" once its live-hints listener listens (from then a change at
                     another desk reaches it within a second)
    watch NAME    -> "sees NAME" as soon as a table of its window shows NAME inside
    quit

It says "ready" once its window shows its first data. `SERRE_DESK_STATION` and
`SERRE_DESK_STATION_KIND` in its environment make it a station (a kids' room, an office).

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
    watched: set[str] = set()
    listener = desk.live._listener
    asked_listening = False

    def shown_inside() -> set[str]:
        """The names in the window's tables of who is inside (what staff see)."""
        names: set[str] = set()
        for panel in desk.window.panels.values():
            model = panel.table.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    names.add(str(model.index(row, column).data()))
        return names

    def look() -> None:
        nonlocal asked_listening
        if asked_listening and (listener is None or listener.listening.is_set()):
            asked_listening = False
            say("listening")
        if watched:
            for name in watched & shown_inside():
                watched.discard(name)
                say(f"sees {name}")

    def read_stdin() -> None:
        for line in sys.stdin:
            commands.put(line.strip())
        commands.put("quit")

    def serve() -> None:
        nonlocal asked_listening
        look()
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
            elif command == "listening":
                asked_listening = True
            elif command == "watch":
                watched.add(rest)
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
