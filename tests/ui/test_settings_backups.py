"""The settings window's backups: how many are kept is checked next to its field; a new folder
and "Back up now" put a backup there; "Restore…" names the backup's date and counts before it
replaces the database, keeps the replaced one, and records the restore."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.audit import AuditFilter, list_events
from serre_desk.services.backups import backup_folder, backups_kept, list_backups
from serre_desk.services.people import search_people
from serre_desk.services.startup import Database, Location
from serre_desk.ui.dialogs.settings.backups_page import BackupsPage
from tests.helpers import person
from tests.ui.conftest import DeskFactory, RecordingMessages, settle
from tests.ui.settings_helpers import manager_desk, open_settings, show


def test_backups_are_kept_where_and_as_many_as_asked_and_restored_after_a_confirmation(
    db: Database, make_desk: DeskFactory, qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    person(db, "Prima Persona")
    desk = manager_desk(db, make_desk)
    location = Location(data_dir)
    page = show(qtbot, desk, open_settings(qtbot, desk), BackupsPage)
    assert isinstance(page, BackupsPage)
    assert page.kept.value() == 7
    page.kept.setValue(0)
    page.save_button.click()
    settle(qtbot, desk)
    assert page.error_for("kept").text() == "Keep 1 to 60 daily backups, not 0."
    assert backups_kept(location) == 7

    other_disk = tmp_path / "usb" / "serre-backups"
    page.folder.setText(str(other_disk))
    page.kept.setValue(3)
    page.save_button.click()
    settle(qtbot, desk)
    settle(qtbot, desk)
    assert backup_folder(location) == other_disk.resolve() and backups_kept(location) == 3
    page.backup_button.click()
    settle(qtbot, desk)
    settle(qtbot, desk)
    assert len(list_backups(other_disk)) == 1
    assert page.list.count() == 1

    person(db, "Dopo Il Backup")
    messages = desk.messages
    assert isinstance(messages, RecordingMessages)
    page.list.setCurrentRow(0)
    page.restore_button.click()
    settle(qtbot, desk)
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: messages.shown[-1].title == "Backup restored", timeout=10_000)
    question = next(m for m in messages.shown if m.kind == "ask")  # answered "Restore"
    assert question.title == "Restore a backup"
    assert "It holds 1 people, 0 visits and" in question.text
    backup = list_backups(other_disk)[0]
    assert backup.taken_at.strftime("%Y") in question.text
    assert [p.name for p in search_people(db, "")] == ["Prima Persona"]
    assert list_events(db, LOCAL_ADMIN, AuditFilter(action="restore"))[-1].actor == "Anna"
    kept = list(data_dir.rglob("before-restore-*.db"))
    assert len(kept) == 1, "the replaced database is kept"
