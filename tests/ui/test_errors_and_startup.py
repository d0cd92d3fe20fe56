"""Errors are told calmly (storage problems plainly, bugs with a pointer to the log) and the desk
keeps working; `serre-desk gui --smoke` opens the real window quickly and imports no more than the
first screen needs."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from serre_desk.domain.errors import Refusal
from serre_desk.domain.outcomes import Movement
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.actor import Actor
from serre_desk.services.occupancy import inside
from serre_desk.services.people import search_people
from serre_desk.services.startup import Database
from serre_desk.storage.errors import StorageProblem
from serre_desk.ui.settings import desk_settings, saved_language
from serre_desk.ui.style import Tone
from tests.conftest import REPO, CliRunner
from tests.helpers import person
from tests.ui.conftest import DeskFactory, settle

LOCKED = QT_TRANSLATE_NOOP(
    "Refusal",
    "The database is busy (locked by another program). Nothing was lost: try again in a moment.",
)


def test_a_locked_database_is_said_plainly_and_the_desk_recovers(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    def locked(db: Database, actor: Actor, code: str, now: datetime, op_id: str) -> Movement:
        raise StorageProblem("db_locked", LOCKED)

    desk = make_desk(scan_service=locked)
    desk.actions.scan("A" * 36)
    settle(qtbot, desk)
    assert desk.window.banner.tone is Tone.REFUSED
    assert "try again in a moment" in desk.window.banner.details
    assert desk.window.top_bar.database.text == "Database problem"
    assert desk.messages.shown == [], "a known problem is not a crash dialog"

    desk.refresher.request()  # the next refresh works: the icon says so
    settle(qtbot, desk)
    assert desk.window.top_bar.database.text == "Database"
    desk.actions.toggle(person(db, "Anna Bianchi"))
    settle(qtbot, desk)
    assert len(inside(db)) == 1


def test_a_bug_is_logged_with_its_traceback_and_shown_calmly(
    make_desk: DeskFactory, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(db: Database, actor: Actor, code: str, now: datetime, op_id: str) -> Movement:
        raise ZeroDivisionError("a bug in the scan path")

    desk = make_desk(scan_service=broken)
    with caplog.at_level(logging.ERROR):
        desk.actions.scan("B" * 36)
        settle(qtbot, desk)
    [shown] = desk.messages.shown
    assert shown.kind == "warn" and shown.title == "Something went wrong"
    assert "keeps working" in shown.text
    assert "ZeroDivisionError: a bug in the scan path" in caplog.text
    assert desk.window.banner.tone is Tone.IDLE


def test_gui_smoke_opens_the_window_with_its_data(cli: CliRunner) -> None:
    assert cli("demo", "--people", "60", "--days", "3").returncode == 0
    result = cli("gui", "--smoke")
    assert result.returncode == 0, result.stderr
    shown, ready = result.stdout.splitlines()
    assert shown.startswith("shown in ") and shown.endswith(" ms")
    assert ready.startswith("ready in ") and ready.endswith(" ms")


def test_the_start_path_imports_no_pdf_qr_or_migration_code(data_dir: object) -> None:
    env = dict(os.environ, SERRE_DESK_DATA_DIR=str(data_dir), PYTHONPATH=str(REPO))
    subprocess.run(
        [sys.executable, "-m", "serre_desk", "occupancy"], env=env, check=True, capture_output=True
    )  # the database exists and is migrated
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "serre_desk", "gui", "--smoke"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    imported = {
        line.split("|")[-1].strip().split(".")[0]
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert "PySide6" in imported
    assert imported.isdisjoint({"reportlab", "qrcode", "alembic", "PIL", "pypdf"})


def test_the_window_language_chosen_in_the_menu_is_used_at_the_next_start(
    make_desk: DeskFactory, data_dir: Path
) -> None:
    desk = make_desk(lang="it")
    desk.window.act_language["en"].trigger()
    assert desk.window.banner.details == "La nuova lingua sarà usata dal prossimo avvio."
    assert saved_language(desk_settings(data_dir)) == "en"


def test_an_empty_database_offers_demo_data_without_blocking(
    db: Database, make_desk: DeskFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("serre_desk.ui.controllers.menu_commands.DEMO_PEOPLE", 30)
    monkeypatch.setattr("serre_desk.ui.controllers.menu_commands.DEMO_DAYS", 2)
    desk = make_desk(offers=True)
    [question] = desk.messages.shown
    assert question.kind == "ask" and "demo" in question.text
    settle(qtbot, desk)
    assert len(search_people(db, "")) == 30


def test_a_refusal_in_a_dialog_is_shown_there_and_a_storage_problem_also_in_the_status(
    make_desk: DeskFactory,
) -> None:
    desk = make_desk()
    shown: list[str] = []
    storage: list[object] = []
    desk.hub.storage.connect(storage.append)
    refused = Refusal("area_full", "Coworking is full.")
    locked = StorageProblem("db_locked", LOCKED)

    desk.errors.failed_in_dialog(refused, lambda refusal: shown.append(refusal.code))
    desk.errors.failed_in_dialog(locked, lambda refusal: shown.append(refusal.code))

    assert shown == ["area_full", "db_locked"]
    assert storage == [locked], "a locked database met in a dialog lights the status icon too"
    assert desk.messages.shown == [], "no message box for either: the dialog says it"
