"""A new privacy notice, published in the settings, reaches every place the desk shows it (the
registration form, the Help menu) without a restart, and asks again: the card of someone who
acknowledged the old one says a new notice needs acknowledging, and ticking it in Edit clears it;
a child's edit dialog does the same."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from serre_desk.clock import utcnow
from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.kids import ChildChanges, child_details, edit_child
from serre_desk.services.people import person_details
from serre_desk.services.privacy_notice import current_notice, publish_notice
from serre_desk.services.startup import Database
from serre_desk.ui.dialogs.child_edit import ChildEditDialog
from serre_desk.ui.dialogs.edit_person import EditPersonDialog
from serre_desk.ui.dialogs.settings.privacy_page import PrivacyPage
from tests.conftest import MORNING
from tests.helpers import person
from tests.kids_helpers import family
from tests.ui.conftest import DeskFactory, settle
from tests.ui.kids_rig import KidsRig, make_kids_rig
from tests.ui.settings_helpers import manager_desk, open_settings, show

NEW_TEXT = "# Privacy\nVersion two: photos at events."


def test_a_published_notice_is_shown_and_asked_for_again(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    lucia = person(db, "Lucia Neri", PersonKind.GUEST, privacy_acknowledged=True)
    desk = manager_desk(db, make_desk)
    settle(qtbot, desk)
    assert "Version two" not in desk.context.notice.text("en")

    desk.card.show(lucia)
    settle(qtbot, desk)
    assert desk.window.card.privacy.text().startswith("acknowledged on ")
    assert "new notice" not in desk.window.card.privacy.text()

    window = open_settings(qtbot, desk)
    page = show(qtbot, desk, window, PrivacyPage)
    assert isinstance(page, PrivacyPage)
    page.texts["en"].setPlainText(NEW_TEXT)
    page.publish_button.click()  # the question is answered "Publish" by the test
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: desk.context.notice.text("en") == NEW_TEXT)
    window.close()

    dialog = desk.registration.open(desk.window, "Marco")
    assert "Version two: photos at events." in dialog.privacy.browser.toPlainText()
    dialog.reject()
    desk.window.act_privacy.trigger()
    boxes = desk.window.findChildren(QMessageBox)
    assert any("Version two" in box.text() for box in boxes)
    for box in boxes:
        box.close()

    desk.card.show(lucia)
    settle(qtbot, desk)
    line = desk.window.card.privacy.text()
    assert line.startswith("acknowledged on ") and line.endswith(
        " — a new notice needs acknowledging"
    )
    edit = desk.card.edit()
    assert isinstance(edit, EditPersonDialog) and edit.privacy is not None
    assert "Version two: photos at events." in edit.privacy.browser.toPlainText()
    assert not edit.privacy.acknowledged.isChecked()
    edit.privacy.acknowledged.setChecked(True)
    edit.save_button.click()
    settle(qtbot, desk)
    details = person_details(db, lucia)
    assert not details.notice_due
    assert details.privacy_ack_at is not None and details.privacy_ack_at > utcnow() - timedelta(
        minutes=5
    )
    qtbot.waitUntil(lambda: "new notice" not in desk.window.card.privacy.text())
    assert desk.card.edit() is not None
    again = desk.card.edit_dialog
    assert again is not None and again.privacy is None, "nothing more to acknowledge"


def test_a_child_is_asked_again_too(db: Database) -> None:
    emma = family(db).child
    edit_child(db, LOCAL_ADMIN, emma, ChildChanges(privacy_acknowledged=True), now=MORNING)
    assert not child_details(db, emma, now=MORNING).notice_due
    later = MORNING + timedelta(days=1)
    texts = {**current_notice(db).texts, "en": NEW_TEXT}
    publish_notice(db, LOCAL_ADMIN, texts, now=later)
    assert child_details(db, emma, now=later).notice_due
    edit_child(db, LOCAL_ADMIN, emma, ChildChanges(privacy_acknowledged=True), now=later)
    details = child_details(db, emma, now=later)
    assert not details.notice_due and details.privacy_ack_at == later


@pytest.fixture
def kids_rig(qtbot: QtBot, db: Database, data_dir: Path, tmp_path: Path) -> Iterator[KidsRig]:
    yield from make_kids_rig(qtbot, db, data_dir, tmp_path)


def test_a_childs_edit_shows_the_new_notice_with_its_tick(kids_rig: KidsRig, db: Database) -> None:
    emma = family(db).child
    edit_child(db, LOCAL_ADMIN, emma, ChildChanges(privacy_acknowledged=True), now=MORNING)
    publish_notice(
        db,
        LOCAL_ADMIN,
        {**current_notice(db).texts, "en": NEW_TEXT},
        now=MORNING + timedelta(minutes=1),
    )
    later = MORNING + timedelta(hours=1)
    kids_rig.clock.set(later)
    kids = kids_rig.kids
    kids.context.notice.follow(kids.db, kids.runner, kids.hub)  # as the desk does at start
    kids_rig.settle()
    dialog = ChildEditDialog(kids, child_details(db, emma, now=later), "en")
    kids_rig.qtbot.addWidget(dialog)
    assert dialog.privacy is not None
    assert "Version two: photos at events." in dialog.privacy.browser.toPlainText()
    dialog.privacy.acknowledged.setChecked(True)
    dialog.save_button.click()
    kids_rig.settle()
    assert not child_details(db, emma, now=later).notice_due
