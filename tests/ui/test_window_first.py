"""A window that is up at once: the desk's window shows and takes keys before its storage is open;
a scan, an Enter in the scan field and a shortcut that come meanwhile are applied, in order, once
the storage arrives (`ui/opening.py`). And `gui --smoke` says when it was shown and when ready."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serre_desk import paths
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.badges import issue_badge
from serre_desk.services.occupancy import inside
from serre_desk.services.startup import Database, Location, open_database
from serre_desk.storage.database import SoundCheck
from serre_desk.storage.errors import StorageProblem
from serre_desk.ui.desk import Desk
from serre_desk.ui.deskclock import DeskClock
from serre_desk.ui.opening import EarlyInput, Opened, StorageOpening, open_storage, read_first
from serre_desk.ui.settings import desk_settings
from serre_desk.ui.style import Tone
from serre_desk.ui.views.main_window import DeskWindow
from tests.conftest import MORNING, CliRunner
from tests.helpers import person
from tests.test_damaged_database import digest
from tests.ui.conftest import FakeMonotonic, RecordingMessages, scanner_types, settle

REPO = Path(__file__).resolve().parents[2]


def _early_window(qtbot: QtBot) -> tuple[DeskWindow, EarlyInput]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = DeskWindow("en")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    window.focus_scan_field()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.top_bar.scan_field)
    return window, EarlyInput(window, app)


def _desk(db: Database, data_dir: Path, window: DeskWindow, opened: Opened) -> Desk:
    desk = Desk(
        db,
        location=Location(data_dir),
        actor=None,
        clock=DeskClock(MORNING),
        lang="en",
        settings=desk_settings(data_dir),
        messages=RecordingMessages(),
        offers=False,
        monotonic=FakeMonotonic(),
        window=window,
        first=opened.first,
    )
    desk.start()
    return desk


def test_a_scan_and_an_enter_before_the_storage_is_ready_are_applied_after_it_in_order(
    db: Database, data_dir: Path, qtbot: QtBot
) -> None:
    giulia = person(db, "Giulia Bianchi")
    marco = person(db, "Marco Rossi")
    badge = issue_badge(db, LOCAL_ADMIN, giulia, now=MORNING).code
    window, early = _early_window(qtbot)
    field = window.top_bar.scan_field

    scanner_types(field, badge)  # a scanner burst, Enter included
    QTest.keyClicks(field, "Marco Rossi", Qt.KeyboardModifier.NoModifier, 60)  # by hand
    QTest.keyClick(field, Qt.Key.Key_Return)
    QTest.keyClicks(field, "bian", Qt.KeyboardModifier.NoModifier, 60)  # still typing
    assert [kind for kind, _what in early.queue] == ["scan", "enter"]
    assert {row.id for row in inside(db)} == set(), "nothing is decided before the desk is ready"
    assert field.text() == "bian"

    opened = open_storage(Location(data_dir), DeskClock(MORNING))
    try:
        desk = _desk(db, data_dir, window, opened)
        early.hand_over(desk)
        settle(qtbot, desk)
        assert {row.id for row in inside(db)} == {giulia, marco}
        assert desk.window.banner.tone is Tone.IN
        assert desk.window.banner.title == "Marco Rossi", "the two were applied in order"
        assert field.text() == "bian", "what was being typed stays, and is searched"
        qtbot.waitUntil(lambda: desk.window.searching)
    finally:
        opened.db.dispose()


def test_a_shortcut_pressed_before_the_storage_is_ready_acts_after_it(
    db: Database, data_dir: Path, qtbot: QtBot
) -> None:
    window, early = _early_window(qtbot)
    window.act_new_visitor.trigger()  # F2
    assert len(early.queue) == 1
    opened = open_storage(Location(data_dir), DeskClock(MORNING))
    try:
        desk = _desk(db, data_dir, window, opened)
        early.hand_over(desk)
        qtbot.waitUntil(lambda: bool(desk.open_dialogs()))
        for dialog in desk.open_dialogs():
            dialog.close()
    finally:
        opened.db.dispose()


def test_the_opening_thread_hands_the_database_and_the_first_screen_to_the_gui_thread(
    db: Database, data_dir: Path, qtbot: QtBot
) -> None:
    giulia = person(db, "Giulia Bianchi")
    opening = StorageOpening(Location(data_dir), DeskClock(MORNING))
    with qtbot.waitSignal(opening.arrived, timeout=20_000) as arrived:
        opening.start()
    opened = arrived.args[0]
    assert isinstance(opened, Opened)
    try:
        assert opened.first.snapshot.anybody_registered
        assert opened.first.users == []
        assert all(row.id != giulia for row in opened.first.snapshot.inside)
    finally:
        opened.db.dispose()


def _opened_while_checking(data_dir: Path) -> tuple[Opened, SoundCheck]:
    """The database opened and the first screen read as at start-up, with SQLite's real
    quick_check of the file not started yet (the test starts it: "still running" meanwhile)."""
    check = SoundCheck(paths.database_file(data_dir), start=False)
    db = open_database(Location(data_dir), check)
    return Opened(db, read_first(db, DeskClock(MORNING))), check


def test_a_scan_made_while_the_file_is_checked_is_applied_once_the_check_passes(
    db: Database, data_dir: Path, qtbot: QtBot
) -> None:
    giulia = person(db, "Giulia Bianchi")
    badge = issue_badge(db, LOCAL_ADMIN, giulia, now=MORNING).code
    window, early = _early_window(qtbot)
    scanner_types(window.top_bar.scan_field, badge)
    opened, check = _opened_while_checking(data_dir)
    try:
        desk = _desk(opened.db, data_dir, window, opened)  # first screen on, check not yet
        early.hand_over(desk)
        qtbot.wait(300)
        assert {row.id for row in inside(db)} == set(), "the write waits for the check"
        assert desk.window.banner.tone is not Tone.IN
        check.start()
        qtbot.waitUntil(lambda: {row.id for row in inside(db)} == {giulia}, timeout=10_000)
        settle(qtbot, desk)
        assert desk.window.banner.tone is Tone.IN
    finally:
        opened.db.dispose()


def damage_an_index_the_first_screen_does_not_read(db: Database) -> Path:
    """Random bytes over the root page of the audit trail's index by person: the first screen still
    reads, SQLite's quick_check finds the damage."""
    for number in range(300):
        person(db, f"Persona Numero {number:04d}")
    db.dispose()  # the WAL goes into the file
    live = paths.database_file(Path(str(db.sqlite_path)).parent)
    with closing(sqlite3.connect(live)) as connection:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_audit_events_subject_id'"
        ).fetchone()[0]
    with live.open("r+b") as file:
        file.seek((root - 1) * size)
        file.write(os.urandom(size))
    return live


def test_a_scan_made_while_a_damaged_file_is_checked_is_never_written(
    db: Database, data_dir: Path, qtbot: QtBot
) -> None:
    giulia = person(db, "Giulia Bianchi")
    badge = issue_badge(db, LOCAL_ADMIN, giulia, now=MORNING).code
    live = damage_an_index_the_first_screen_does_not_read(db)
    damaged = digest(live)
    window, early = _early_window(qtbot)
    scanner_types(window.top_bar.scan_field, badge)
    opened, check = _opened_while_checking(data_dir)
    try:
        desk = _desk(opened.db, data_dir, window, opened)
        early.hand_over(desk)
        qtbot.wait(300)
        check.start()
        with pytest.raises(StorageProblem, match="damaged"):
            opened.db.wait_for_check()
        settle(qtbot, desk)
        with pytest.raises(StorageProblem, match="damaged"), opened.db.write():
            pass  # refused from then on
        assert desk.window.banner.tone is not Tone.IN
        assert digest(live) == damaged, "nothing written into the damaged file"
    finally:
        opened.db.dispose()
    assert digest(live) == damaged


def test_the_opening_thread_says_when_the_check_of_a_damaged_file_fails(
    db: Database, data_dir: Path, qtbot: QtBot
) -> None:
    live = damage_an_index_the_first_screen_does_not_read(db)
    damaged = digest(live)
    opening = StorageOpening(Location(data_dir), DeskClock(MORNING))
    with (
        qtbot.waitSignal(opening.arrived, timeout=20_000) as arrived,
        qtbot.waitSignal(opening.checked, timeout=20_000) as checked,
    ):
        opening.start()
    opened = arrived.args[0]
    assert isinstance(opened, Opened), "the first screen is read beside the check"
    try:
        problem = checked.args[0]
        assert isinstance(problem, StorageProblem) and problem.code == "db_corrupt"
        assert opened.db.damaged
    finally:
        opened.db.dispose()
    assert digest(live) == damaged


def test_gui_smoke_says_when_the_window_was_shown_and_when_its_data(data_dir: Path) -> None:
    env = dict(os.environ, SERRE_DESK_DATA_DIR=str(data_dir), PYTHONPATH=str(REPO))
    subprocess.run(
        [sys.executable, "-m", "serre_desk", "demo", "--people", "40", "--days", "2"],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "serre_desk", "gui", "--smoke"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    shown, ready = result.stdout.splitlines()
    assert shown.startswith("shown in ") and ready.startswith("ready in ")
    assert int(shown.split()[2]) <= int(ready.split()[2])
    imported = [
        line.split("|")[-1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    ]
    # the window is built (and shown) before the storage thread imports SQLAlchemy
    assert imported.index("serre_desk.ui.views.main_window") < imported.index("sqlalchemy")


def test_gui_smoke_on_a_damage_only_the_check_finds_ends_refused_and_writes_nothing(
    db: Database, data_dir: Path, cli_process: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SERRE_DESK_LANG", "en")
    live = damage_an_index_the_first_screen_does_not_read(db)
    damaged = digest(live)
    result = cli_process("gui", "--smoke")
    assert result.returncode == 1, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "damaged" in lines[0] and "Traceback" not in result.stderr
    assert result.stdout.startswith("shown in "), "the window was up before the check ended"
    assert digest(live) == damaged, "nothing written into the damaged file"
