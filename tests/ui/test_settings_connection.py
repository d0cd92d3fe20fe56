"""The settings window's desk database page, against real PostgreSQL servers: a right password
keeps the entry as libpq does (pg_service.conf, an owner-only .pgpass) and makes it the desk's
database from its next start, audited, with the password nowhere else; a wrong password or a
server that is not there is said in words and nothing is kept; an empty database receives this
desk's data; only a manager reaches the page. libpq's files are the test's own."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from serre_desk import paths
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.audit import AuditFilter, list_events
from serre_desk.services.people import search_people
from serre_desk.services.startup import Database, Location, open_database
from serre_desk.services.users import authenticate
from serre_desk.ui.desk import Desk
from serre_desk.ui.dialogs.settings.connection_page import ConnectionPage
from serre_desk.ui.settings import desk_settings
from tests.conftest import CliRunner
from tests.helpers import person
from tests.pg_password_server import PasswordServer, password_server  # noqa: F401
from tests.roles_helpers import STAFF_PIN
from tests.ui.conftest import DeskFactory, RecordingMessages, settle
from tests.ui.settings_helpers import make_team, manager_desk, open_settings, show

pytestmark = pytest.mark.postgres


def connection_page(qtbot: QtBot, desk: Desk) -> ConnectionPage:
    page = show(qtbot, desk, open_settings(qtbot, desk), ConnectionPage)
    assert isinstance(page, ConnectionPage)
    return page


def fill(
    page: ConnectionPage, host: str, port: int, dbname: str, user: str, password: str = ""
) -> None:
    page.host.setText(host)
    page.port.setValue(port)
    page.dbname.setText(dbname)
    page.user.setText(user)
    page.password.setText(password)


def click_and_wait(qtbot: QtBot, desk: Desk, page: ConnectionPage, button: str) -> None:
    getattr(page, button).click()
    qtbot.waitUntil(lambda: not page._testing and not page._busy, timeout=15_000)
    settle(qtbot, desk)


def test_a_right_password_is_kept_as_libpq_keeps_it_and_nowhere_else(
    password_server: PasswordServer,  # noqa: F811
    libpq_files: tuple[Path, Path],
    db: Database,
    make_desk: DeskFactory,
    qtbot: QtBot,
    data_dir: Path,
    caplog: pytest.LogCaptureFixture,
    cli: CliRunner,
) -> None:
    caplog.set_level(logging.DEBUG)
    services, passwords = libpq_files
    desk = manager_desk(db, make_desk)
    page = connection_page(qtbot, desk)
    own_file = str(paths.database_file(data_dir))
    assert page.in_use.text() == f"This desk uses this PC's own database: {own_file}."
    assert page.sslmode.currentData() == "prefer"
    assert page.sslmode.count() == 6
    assert page.password.echoMode() == page.password.EchoMode.Password
    assert not page.own_button.isEnabled(), "it uses its own file already"
    assert f"the entry in {services}, the password in {passwords}" in page.files.text()
    secret = password_server.password
    fill(page, "127.0.0.1", password_server.port, "serre", "serre_desk", secret)

    click_and_wait(qtbot, desk, page, "test_button")
    assert page.result.text().startswith("Connected: PostgreSQL ")
    assert "The database is empty: it needs preparing." in page.result.text()
    assert page.copy_button.isVisible(), "an empty database can receive this desk's data"
    assert not services.exists(), "a test keeps nothing"

    click_and_wait(qtbot, desk, page, "save_button")
    assert page.status.text() == (
        f"Saved as the entry [serre-desk] of {services}. The desk uses this server from its "
        "next start: close Serre Desk and open it again."
    )
    assert page.password.text() == "", "the typed password leaves the screen"
    assert page.password.placeholderText() == "Saved: leave empty to keep it"
    assert page.next_start.text().startswith("From its next start: postgresql:///?service=")

    entry = services.read_text()
    assert f"[serre-desk]\nhost=127.0.0.1\nport={password_server.port}\ndbname=serre\n" in entry
    assert secret not in entry
    assert stat.S_IMODE(passwords.stat().st_mode) == 0o600
    escaped = secret.replace("\\", "\\\\").replace(":", "\\:")
    assert passwords.read_text() == (
        f"127.0.0.1:{password_server.port}:serre:serre_desk:{escaped}\n"
    )
    # The desk's next start opens the entry; its settings name the entry, never the password.
    url = paths.database_url(data_dir, None)
    assert url == "postgresql:///?service=serre-desk"
    server_db = open_database(Location(data_dir, url))  # libpq finds the password itself
    server_db.dispose()
    tested = cli("--lang", "en", "db", "test")  # the next start: no --db, the entry chosen
    assert tested.returncode == 0, tested.stderr
    assert tested.stdout.startswith("Connected to PostgreSQL ")
    assert "postgresql:///?service=serre-desk" in tested.stdout
    assert "service = serre-desk" in (data_dir / "desk.ini").read_text()
    window_settings = desk_settings(data_dir)  # the window's QSettings
    assert all(secret not in str(window_settings.value(k)) for k in window_settings.allKeys())
    kept = [f for f in data_dir.rglob("*") if f.is_file()]  # settings, logs, the database file
    assert {"desk.ini", "serre-desk.db", "audit.key"} <= {f.name for f in kept}
    for file in kept:
        assert secret.encode() not in file.read_bytes(), file
    assert all(secret not in record.getMessage() for record in caplog.records)
    assert all(secret not in message.text for message in desk.messages.shown)  # type: ignore[attr-defined]

    changed = list_events(db, LOCAL_ADMIN, AuditFilter(action="setting"))[-1]
    assert changed.actor == "Anna"
    assert changed.detail["key"] == "desk.database"
    assert changed.detail["before"] == own_file
    assert changed.detail["value"] == (
        f"postgresql:///?service=serre-desk (serre_desk@127.0.0.1:{password_server.port}/serre)"
    )
    assert secret not in str(changed.detail)

    # The way back: this PC's own file from the next start; the entry stays for psql.
    assert page.own_button.isEnabled()
    click_and_wait(qtbot, desk, page, "own_button")
    assert "From its next start this desk uses this PC's own database again" in page.status.text()
    assert paths.database_url(data_dir, None) is None
    assert services.exists() and passwords.exists()
    back = list_events(db, LOCAL_ADMIN, AuditFilter(action="setting"))[-1]
    assert (back.detail["value"], back.detail["key"]) == (own_file, "desk.database")
    assert back.detail["before"].startswith("postgresql:///?service=serre-desk")


def test_a_wrong_password_is_said_in_words_and_nothing_is_kept(
    password_server: PasswordServer,  # noqa: F811
    libpq_files: tuple[Path, Path],
    db: Database,
    make_desk: DeskFactory,
    qtbot: QtBot,
    data_dir: Path,
) -> None:
    services, passwords = libpq_files
    desk = manager_desk(db, make_desk)
    page = connection_page(qtbot, desk)
    fill(page, "127.0.0.1", password_server.port, "serre", "serre_desk", "not-the-password")
    said = (
        f"The server 127.0.0.1:{password_server.port} refused the password of serre_desk: "
        "check the password."
    )
    click_and_wait(qtbot, desk, page, "test_button")
    assert page.result.text() == said
    assert not page.copy_button.isVisible()

    QTest.keyClick(page.password, Qt.Key.Key_Return)  # Enter saves the page: it tests first
    qtbot.waitUntil(lambda: not page._testing, timeout=15_000)
    settle(qtbot, desk)
    assert page.result.text() == said
    assert page.status.text() == ""
    assert not services.exists() and not passwords.exists()
    assert paths.database_url(data_dir, None) is None
    assert not any(
        e.detail.get("key") == "desk.database"
        for e in list_events(db, LOCAL_ADMIN, AuditFilter(action="setting"))
    )


def test_a_server_that_is_not_there_and_empty_fields_are_said_next_to_them(
    libpq_files: tuple[Path, Path],
    db: Database,
    make_desk: DeskFactory,
    qtbot: QtBot,
) -> None:
    desk = manager_desk(db, make_desk)
    page = connection_page(qtbot, desk)
    fill(page, "", 5432, "serre", "")
    click_and_wait(qtbot, desk, page, "test_button")
    assert page.error_for("host").text() == "Write the server's name or address."
    assert page.error_for("user").text() == "Write the database user (its role)."
    assert page.result.text() == ""

    fill(page, "127.0.0.1", 1, "serre", "serre_desk")  # nothing listens on port 1
    click_and_wait(qtbot, desk, page, "test_button")
    said = (
        "The database server 127.0.0.1:1 cannot be reached: check that PostgreSQL runs there, "
        "the address and port, and the network."
    )
    assert page.result.text() == said
    assert page.error_for("host").text() == "", "said once, beside the button"
    assert not libpq_files[0].exists()


def test_an_empty_database_receives_this_desks_data(
    libpq_files: tuple[Path, Path],
    pg_url: str,
    db: Database,
    make_desk: DeskFactory,
    qtbot: QtBot,
    data_dir: Path,
) -> None:
    person(db, "Prima Persona")
    desk = manager_desk(db, make_desk)
    page = connection_page(qtbot, desk)
    target = make_url(pg_url)
    assert target.host and target.port and target.database and target.username
    fill(page, target.host, target.port, target.database, target.username)
    page.sslmode.setCurrentIndex(page.sslmode.findData("disable"))
    click_and_wait(qtbot, desk, page, "test_button")
    assert "not encrypted" in page.result.text() and "is empty" in page.result.text()
    page.copy_button.click()
    messages = desk.messages
    assert isinstance(messages, RecordingMessages)
    assert messages.shown[-1].title == "Copy this desk's data"
    qtbot.waitUntil(lambda: page.copy_status.text().startswith("Copied"), timeout=60_000)
    assert page.copy_status.text().startswith("Copied: 1 people, 0 visits, ")
    assert "counts and checksums match" in page.copy_status.text()
    assert (  # what becomes of this PC's file, said on the page as on the command line
        f"{data_dir / 'serre-desk.db'} stays as it was. Once this desk uses the server, every "
        "erasure and retention on the server also reaches this file"
    ) in page.copy_status.text()
    copied = open_database(Location(data_dir, pg_url))
    try:
        assert [p.name for p in search_people(copied, "")] == ["Prima Persona"]
    finally:
        copied.dispose()
    click_and_wait(qtbot, desk, page, "test_button")
    assert "The database is a desk's, ready to use." in page.result.text()
    assert not page.copy_button.isVisible()


def test_staff_cannot_reach_the_connection_page(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    make_team(db)
    desk = make_desk(actor=authenticate(db, "Bruno", STAFF_PIN))
    assert not desk.settings_entry.action.isEnabled()
    QTest.keyClick(desk.window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert desk.settings_entry.open() is None
    assert desk.settings_entry.window is None, "the page is only in the managers' window"
    messages = desk.messages
    assert isinstance(messages, RecordingMessages)
    assert "Only a manager" in messages.shown[-1].text
