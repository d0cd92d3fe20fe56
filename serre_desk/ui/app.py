"""Start-up of the desk window, in a fixed order: logging and crash handlers, the database's
opening started on a worker thread, the QApplication and the main window shown, then the desk
built around the window once its storage is open. Only what the first screen needs is imported
here (no SQLAlchemy, no services before the window shows).

A database that cannot be used (damaged, unreadable, locked, a full disk; a damage found by the
quick_check that runs after the first screen's read) opens the recovery window instead (retry,
backup folder, restore the latest good backup); the desk follows as soon as the database works.
`--smoke` never waits for anyone: it reports the problem and exits 1.
"""

from __future__ import annotations

import gc
import logging
import sys
import time
from typing import TYPE_CHECKING

from serre_desk.domain.errors import Refusal
from serre_desk.logs import enable_fault_log, setup_file_logging
from serre_desk.services.actor import LOCAL_ADMIN, Actor

if TYPE_CHECKING:
    from serre_desk.services.startup import Database, Location
    from serre_desk.ui.desk import Desk
    from serre_desk.ui.deskclock import DeskClock
    from serre_desk.ui.opening import Opened

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
    Italian. `smoke`: print "shown in N ms" (the window painted and taking keys) and "ready in
    N ms" (its data on screen), exit 0 (never prompts). `now_text`: an ISO 8601 instant the
    window's clock stays at (screenshots, demos). `started`: when the command began
    (`time.perf_counter()`), for the smoke's figures.

    The window shows first, built from modules that import no storage; the database opens on a
    worker thread meanwhile (`ui/opening.py`), and what is typed before it is ready is applied
    once it is. The first screen is read before SQLite's quick_check ends; every write waits for
    the check, and a damaged file turns the desk into the recovery window. The smoke says
    "ready" when the data is on screen and ends once the check passed."""
    started = time.perf_counter() if started is None else started
    from serre_desk.ui.single_instance import DeskInstance

    instance = DeskInstance(location.data_dir)  # one desk per data folder
    if not instance.claim():
        return instance.hand_over(lang or "it")
    log_path = setup_file_logging(location.data_dir)
    enable_fault_log(log_path)
    from serre_desk.domain.dates import checked_instant

    try:
        fixed_now = checked_instant(now_text) if now_text else None
    except Refusal as refusal:
        return _cannot_start(location, refusal, lang or "it", smoke)

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from serre_desk.ui import icons
    from serre_desk.ui.crash import install_crash_handlers, route_qt_messages
    from serre_desk.ui.deskclock import DeskClock
    from serre_desk.ui.opening import EarlyInput, Opened, StorageOpening
    from serre_desk.ui.settings import desk_settings, restore_layout, saved_language
    from serre_desk.ui.translations import install_translations
    from serre_desk.ui.views.main_window import DeskWindow

    clock = DeskClock(fixed_now)
    route_qt_messages()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    instance.listen()
    app.setWindowIcon(icons.icon("app"))
    app.setApplicationName("Serre Desk")
    app.setOrganizationName("Kilowatt")
    settings = desk_settings(location.data_dir)
    language = lang or saved_language(settings) or "it"
    install_translations(app, language)
    window = DeskWindow(language, side_panel=False)  # painted first, its side panel next
    if not restore_layout(window, settings):
        window.resize(1366, 768)
    window.show_clock(clock.now())
    window.show()
    window.focus_scan_field()
    app.processEvents()  # painted, and taking keys (the scan field has the focus)
    # Keys are kept from now on. Not sooner: its application-wide filter would see every event
    # of the first paint, thousands of them (measured: the window painted ~30 ms later).
    early = EarlyInput(window, app)
    if smoke:  # said at once: a reader timing the line sees the moment it was shown
        print(f"shown in {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
    window.complete()  # the recent events and the card: empty until the data comes anyway
    # Qt's own extension modules the desk needs load here, on the GUI thread: loading one on the
    # opening thread while this one runs the event loop crashed (QtPrintSupport, seen once in
    # about 30 starts); the opening thread then imports only Python modules.
    import PySide6.QtPdf
    import PySide6.QtPrintSupport  # noqa: F401

    # Opened only now: its imports would hold the interpreter while the window is being shown
    # (measured: shown ~2x later when both start together).
    opening = StorageOpening(location, clock, _open_and_import)
    desks: list[Desk] = []  # referenced until the end
    status: list[int] = []  # set when the start fails

    def open_desk(database: Database, opened: Opened | None = None) -> Desk:
        from serre_desk.ui.desk import Desk
        from serre_desk.ui.dialogs.about import offer_about

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
            window=window if opened is not None else None,
            first=opened.first if opened is not None else None,
        )
        install_crash_handlers(desk.errors.bug)
        offer_about(desk.window, location, desk.window.help_menu)  # Help › About Serre Desk
        desks.append(desk)
        return desk

    def arrived(result: Opened | BaseException) -> None:
        if isinstance(result, Opened):
            desk = open_desk(result.db, result)
            desk.ready.connect(settle_memory)
            if smoke:
                desk.ready.connect(smoke_ready)
            desk.start()
            early.hand_over(desk)  # its writes wait for the file's check
            return
        early.hand_over_to_nobody()
        cannot_use(result)

    def checked(problem: BaseException | None) -> None:
        """The file's check ended: nothing to do when it passed; else the desk goes (it wrote
        nothing: its writes waited for the check) and the recovery window comes."""
        if problem is None:
            smoke_steps.append("checked")
            if smoke and "ready" in smoke_steps:
                loop.quit()
            return
        for desk in desks:
            desk.shutdown()
            desk.db.dispose()
        desks.clear()
        cannot_use(problem)

    def cannot_use(result: BaseException) -> None:
        # the storage cannot be used: what replaces the window shows first, then it closes
        # (closing the last window first would end the application)
        if not isinstance(result, Refusal):  # a bug: in the log, one line on stderr
            log.error("the desk cannot start", exc_info=result)
            sys.stderr.write(f"serre-desk: the desk cannot start: {result!r}\n")
            status.append(1)
        else:
            from serre_desk.services.desk_state import is_storage_problem

            if smoke or not is_storage_problem(result):
                status.append(_cannot_start(location, result, language, smoke))
            else:
                from serre_desk.ui.dialogs.recovery import DatabaseRecovery

                settle_memory()
                recovery = DatabaseRecovery(
                    location, result, actor=actor or LOCAL_ADMIN, clock=clock, lang=language
                )
                recovery.recovered.connect(lambda database: open_desk(database).start())
                recovery.show()
                kept.append(recovery)
        window.close()
        if status:
            loop.quit()
            app.exit(status[-1])

    smoke_steps: list[str] = []  # "ready", "checked": the smoke ends when both came

    def smoke_ready() -> None:
        """The window shows its data: said at once; the smoke still waits for the check."""
        desk = desks[0] if desks else None
        if desk is None or desk.refresher.latest is None:
            return
        print(f"ready in {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
        smoke_steps.append("ready")
        if "checked" in smoke_steps:
            loop.quit()

    kept: list[object] = []  # the recovery window, referenced until the end
    loop = QEventLoop()
    opening.arrived.connect(arrived)
    opening.checked.connect(checked)
    opening.start()
    if smoke:
        QTimer.singleShot(SMOKE_TIMEOUT_MS, loop.quit)
        loop.exec()
        return _smoke_end(desks, status, "ready" in smoke_steps)
    code = app.exec()
    result = opening.wait()  # closed before the storage came: let the opening end
    if isinstance(result, Opened) and not desks:
        result.db.dispose()
    for desk in desks:
        desk.db.dispose()
    return status[-1] if status else code


def _open_and_import(location: Location, clock: DeskClock) -> Opened:
    """On the opening thread: the desk's own modules imported there (the Qt extension modules
    they use are loaded already, on the GUI thread), so the GUI thread only builds and fills;
    then the storage and the first screen."""
    import serre_desk.ui.desk  # noqa: F401
    from serre_desk.ui.opening import open_storage

    return open_storage(location, clock)


def settle_memory() -> None:
    """Everything made so far lives as long as the desk: move it out of the collector's sight
    (`gc.freeze`), so a full collection later never walks it (no pause while scanning, a quick
    exit), and turn collection back on."""
    gc.freeze()
    gc.enable()


def _smoke_end(desks: list[Desk], status: list[int], ready: bool) -> int:
    """The smoke's end, once the window showed its data and the file passed its check."""
    if status:
        return status[-1]
    if not desks or not ready:
        sys.stderr.write("serre-desk: the window did not get its data in time\n")
        return 1
    desks[0].window.close()
    desks[0].db.dispose()
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
