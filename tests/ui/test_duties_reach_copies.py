"""A desk on the server keeps, on its own PC, the SQLite file it moved there and the sheets it
archived. A person erased at another desk is named in them until this desk's daily duties run:
then they no longer are (real SQLite file, real PostgreSQL, the window's own duties)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.db_copy import copy_database
from serre_desk.services.privacy import erase_person
from serre_desk.services.startup import Location, open_database
from tests.conftest import MORNING
from tests.privacy_helpers import visitor
from tests.test_erasure_everywhere import EMAIL, NAME, PHONE, _naming
from tests.ui.conftest import DeskFactory, settle

pytestmark = pytest.mark.postgres


def test_the_daily_duties_of_a_server_desk_reach_its_own_files(
    data_dir: Path, pg_url: str, qtbot: QtBot
) -> None:
    own = open_database(Location(data_dir))
    try:
        zoe = visitor(own, NAME, PersonKind.MEMBER, email=EMAIL, phone=PHONE)
        copy_database(own, pg_url, data_dir)
    finally:
        own.dispose()
    server = open_database(Location(data_dir, pg_url))
    desks = DeskFactory(server, qtbot, data_dir)
    try:
        desk = desks()
        erase_person(server, LOCAL_ADMIN, zoe, now=MORNING + timedelta(hours=4))  # the office
        assert list(_naming(data_dir, NAME)) == ["serre-desk.db"]
        desk.clock.set(MORNING + timedelta(days=1))
        desk.daily.check()  # the venue day changed: the duties run
        settle(qtbot, desk)
        qtbot.waitUntil(lambda: not _naming(data_dir, NAME, EMAIL, PHONE), timeout=10_000)
    finally:
        for built in desks.built:
            built.window.close()
        server.dispose()
