"""The settings window's privacy page: a retention period of 0 is refused next to its field and
nothing is saved; a person is put on legal hold and released with a reason; a changed privacy
notice is published as a new version, and someone who acknowledged the old one is asked again."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from serre_desk.clock import utcnow
from serre_desk.services.notice_version import needs_acknowledgement
from serre_desk.services.privacy import people_on_hold, retention_policy
from serre_desk.services.privacy_notice import current_notice
from serre_desk.services.startup import Database
from serre_desk.ui.dialogs.settings.privacy_page import PrivacyPage
from tests.helpers import person
from tests.ui.conftest import DeskFactory, settle
from tests.ui.settings_helpers import manager_desk, open_settings, show


def privacy_page(qtbot: QtBot, desk: object) -> PrivacyPage:
    page = show(qtbot, desk, open_settings(qtbot, desk), PrivacyPage)  # type: ignore[arg-type]
    assert isinstance(page, PrivacyPage)
    return page


def test_retention_periods_are_checked_next_to_their_field(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = manager_desk(db, make_desk)
    page = privacy_page(qtbot, desk)
    assert page.periods["guest_days"].value() == 30
    page.periods["guest_days"].setValue(0)
    page.periods["audit_months"].setValue(24)
    page.save_button.click()
    settle(qtbot, desk)
    assert page.error_for("guest_days").text() == "A retention period is between 1 and 3650."
    assert retention_policy(db).audit_months == 12, "nothing saved"
    page.periods["guest_days"].setValue(14)
    QTest.keyClick(page.periods["guest_days"], Qt.Key.Key_Return)
    settle(qtbot, desk)
    policy = retention_policy(db)
    assert (policy.guest_days, policy.audit_months) == (14, 24)


def test_a_legal_hold_is_set_and_lifted_with_a_reason(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    pid = person(db, "Niccolò Bianchi")
    desk = manager_desk(db, make_desk)
    page = privacy_page(qtbot, desk)
    page.find_field.setFocus()
    QTest.keyClicks(page.find_field, "niccolo")
    QTest.keyClick(page.find_field, Qt.Key.Key_Return)
    settle(qtbot, desk)
    assert page.matches.currentItem().text() == "Niccolò Bianchi"
    page.hold_button.click()
    settle(qtbot, desk)
    assert page.error_for("hold_reason").text() == "Write the reason: it is kept in the audit log."
    assert people_on_hold(db) == []
    page.hold_reason.setText("Richiesta della polizia municipale")
    page.hold_button.click()
    settle(qtbot, desk)
    settle(qtbot, desk)
    assert people_on_hold(db) == [(pid, "Niccolò Bianchi")]
    assert page.on_hold.count() == 1
    page.on_hold.setCurrentRow(0)
    page.hold_reason.setText("Caso chiuso")
    page.lift_button.click()
    settle(qtbot, desk)
    assert people_on_hold(db) == []


def test_a_new_notice_version_asks_for_a_new_acknowledgement(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    acknowledged = utcnow() - timedelta(days=1)
    desk = manager_desk(db, make_desk)
    page = privacy_page(qtbot, desk)
    assert page.version.text() == "Version 1: the notice shipped with Serre Desk."
    with db.read() as session:
        assert not needs_acknowledgement(session, acknowledged)
    page.texts["en"].setPlainText("")
    page.publish_button.click()  # the question is answered "Publish" by the test
    settle(qtbot, desk)
    assert page.error_for("notice_en").text() == "The privacy notice cannot be empty."
    assert current_notice(db).version == 1
    page.texts["en"].setPlainText("# Privacy\nNew text, version two.")
    page.publish_button.click()
    settle(qtbot, desk)
    notice = current_notice(db)
    assert notice.version == 2 and notice.text("en") == "# Privacy\nNew text, version two."
    assert page.version.text().startswith("Version 2, published on ")
    with db.read() as session:
        assert needs_acknowledgement(session, acknowledged)
        assert not needs_acknowledgement(session, utcnow() + timedelta(seconds=1))
