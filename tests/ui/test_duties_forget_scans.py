"""The daily duties forget the once-only scan records (`applied_operations`) older than a week, on
both engines, as the desk's clock moves on: a record a retry could still need is kept."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from serre_desk.storage.database import Database
from serre_desk.storage.models import AppliedOperation
from tests.conftest import MORNING
from tests.helpers import person
from tests.ui.conftest import DeskFactory, settle


def _kept(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AppliedOperation)) or 0


def test_the_daily_duties_forget_scan_records_older_than_a_week(
    any_db: Database, qtbot: QtBot, data_dir: Path
) -> None:
    desks = DeskFactory(any_db, qtbot, data_dir)
    try:
        giulia = person(any_db, "Giulia Bianchi")
        marco = person(any_db, "Marco Verdi")
        desk = desks()
        for _ in range(2):  # Enter on Giulia twice: in, then out; each with its operation id
            with qtbot.waitSignal(desk.hub.movement, timeout=10_000):
                desk.actions.toggle(giulia)
        assert _kept(any_db) == 2

        def next_day(days: int) -> None:
            desk.clock.set(MORNING + timedelta(days=days))
            desk.daily.check()  # the venue day changed: the duties run
            settle(qtbot, desk)

        next_day(6)
        assert _kept(any_db) == 2, "six days old: kept"
        with qtbot.waitSignal(desk.hub.movement, timeout=10_000):
            desk.actions.toggle(marco)
        assert _kept(any_db) == 3
        next_day(8)
        assert _kept(any_db) == 1, "Giulia's, eight days old, forgotten; Marco's kept"
        next_day(15)
        assert _kept(any_db) == 0
        assert desk.daily.done_for == (MORNING + timedelta(days=15)).date()
    finally:
        for built in desks.built:
            built.window.close()
