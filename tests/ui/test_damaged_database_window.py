"""The window on a database with a damaged page: `gui --smoke` refuses to start, and a desk already
running finds the damage in its daily integrity check, says so and writes nothing more."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from serre_desk import paths
from serre_desk.services.backups import AUTO_PREFIX, take_backup
from serre_desk.services.startup import Database, Location
from tests.conftest import MORNING, CliRunner
from tests.roles_helpers import refused
from tests.test_damaged_database import damage_a_middle_page, digest
from tests.ui.conftest import DeskFactory, settle
from tests.ui.test_translations import visible_texts


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SERRE_DESK_LANG", "en")


def test_the_window_does_not_start_on_a_damaged_page(
    db: Database, data_dir: Path, cli_process: CliRunner
) -> None:
    damage_a_middle_page(db)
    message = refused(cli_process("gui", "--smoke"))
    assert "damaged" in message and "ready" not in message


def test_the_daily_check_finds_the_damage_and_the_desk_writes_nothing_more(
    db: Database, data_dir: Path, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    good = take_backup(db, Location(data_dir), now=MORNING)
    desk = make_desk()
    live = damage_a_middle_page(db)
    damaged = digest(live)
    desk.daily.done_for = None  # as at the next venue day
    desk.daily.check()
    settle(qtbot, desk)

    shown = " ".join(visible_texts(desk.window.banner))
    assert "The database is damaged" in shown and f'serre-desk restore "{good}"' in shown
    assert desk.window.top_bar.database.text == "Database problem"
    assert digest(live) == damaged, "no privacy rules written, no backup taken"
    assert len(list(paths.backups_dir(data_dir).glob(f"{AUTO_PREFIX}*.db"))) == 1
