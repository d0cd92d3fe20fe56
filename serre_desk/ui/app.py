"""Start-up of the desk window, in a fixed order: logging and crash handlers, database, then the
QApplication and the main window. Only what the first screen needs is imported here.

A database that cannot be used (damaged, unreadable, locked, a full disk) opens the recovery
window instead (retry, backup folder, restore the latest good backup); the desk follows as soon
as the database works. `--smoke` never waits for anyone: it reports the problem and exits 1.
"""

from __future__ import annotations

import gc
import logging
import sys
import time

from serre_desk.domain.errors import Refusal
from serre_desk.logs import enable_fault_log, setup_file_logging
from serre_desk.services.actor import LOCAL_ADMIN, Actor
from serre_desk.services.startup import Database, Location

log = logging.getLogger(__name__)
SMOKE_TIMEOUT_MS = 60_000


def run_desk(
    location: Location,
    *,
    lang: str | None,
    smoke: bool,
    now_text: str | None,
    actor: Actor | None = None,
    started: float | None = None,
) -> int:
    """Open the desk window. `lang` None: the language saved in the window settings, else
    Italian. `smoke`: open with data loaded, print "ready in N ms", exit 0 (never prompts).
    `now_text`: an ISO 8601 instant the window's clock stays at (screenshots, demos).
    `started`: when the command began (`time.perf_counter()`), for the smoke's figure."""
    started = time.perf_counter() if started is None else started
    log_path = setup_file_logging(location.data_dir)
    enable_fault_log(log_path)
    db: Database | None = None
    try:
        from serre_desk.domain.dates import checked_instant
        from serre_desk.services.db_health import open_checked
        from serre_desk.services.desk_state import is_storage_problem

        fixed_now = checked_instant(now_text) if now_text else None
        db = open_checked(location)
    except Refusal as refusal:
        if smoke or not is_storage_problem(refusal):
            return _cannot_start(location, refusal, lang or "it", smoke)
        problem = refusal

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from serre_desk.ui.crash import install_crash_handlers
    from serre_desk.ui.desk import Desk
    from serre_desk.ui.deskclock import DeskClock
    from serre_desk.ui.settings import desk_settings, saved_language
    from serre_desk.ui.style import style_sheet
    from serre_desk.ui.translations import install_translations

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Serre Desk")
    app.setOrganizationName("Kilowatt")
    settings = desk_settings(location.data_dir)
    language = lang or saved_language(settings) or "it"
    install_translations(app, language)
    app.setStyleSheet(style_sheet())
    clock = DeskClock(fixed_now)
    desks: list[Desk] = []  # referenced until the end

    def open_desk(database: Database) -> Desk:
        desk = Desk(
            database,
            location=location,
            actor=actor,
            clock=clock,
            lang=language,
            settings=settings,
            log_path=log_path,
            offers=not smoke,
            duties=not smoke,
        )
        install_crash_handlers(desk.errors.bug)
        desks.append(desk)
        return desk

    if db is None:  # the database needs attention first
        from serre_desk.ui.dialogs.recovery import DatabaseRecovery

        settle_memory()

        recovery = DatabaseRecovery(
            location, problem, actor=actor or LOCAL_ADMIN, clock=clock, lang=language
        )
        recovery.recovered.connect(lambda database: open_desk(database).start())
        recovery.show()
    else:
        desk = open_desk(db)
        desk.ready.connect(settle_memory)
        if smoke:
            return _smoke(desk, started, QEventLoop, QTimer)
        desk.start()
    status = app.exec()
    for desk in desks:
        desk.db.dispose()
    return status


def settle_memory() -> None:
    """Everything made so far lives as long as the desk: move it out of the collector's sight
    (`gc.freeze`), so a full collection later never walks it (no pause while scanning, a quick
    exit), and turn collection back on."""
    gc.freeze()
    gc.enable()


def _smoke(desk, started: float, event_loop_type, timer_type) -> int:  # type: ignore[no-untyped-def]
    """Open for real, wait for the first data, report the time, close."""
    loop = event_loop_type()
    desk.ready.connect(loop.quit)
    timer_type.singleShot(SMOKE_TIMEOUT_MS, loop.quit)
    desk.start()
    if desk.refresher.latest is None:
        loop.exec()
    if desk.refresher.latest is None:
        sys.stderr.write("serre-desk: the window did not get its data in time\n")
        return 1
    print(f"ready in {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
    desk.window.close()
    desk.db.dispose()
    return 0


def _cannot_start(location: Location, refusal: Refusal, lang: str, smoke: bool) -> int:
    """The database cannot be opened: say why and what to do (a window too, unless --smoke)."""
    from serre_desk.services.db_health import explain
    from serre_desk.services.desk_state import is_storage_problem

    settle_memory()
    text = refusal.text(lang)
    if is_storage_problem(refusal):
        text = f"{text} {explain(location, refusal, lang).advice(lang)}"  # type: ignore[arg-type]
    sys.stderr.write(f"serre-desk: {text}\n")
    log.error("the desk cannot start: %s", refusal.code)
    if not smoke:
        from PySide6.QtWidgets import QApplication, QMessageBox

        from serre_desk.ui.translations import install_translations

        app = QApplication.instance() or QApplication(sys.argv[:1])
        install_translations(app, lang)
        QMessageBox.critical(None, "Serre Desk", text)
    return 1
