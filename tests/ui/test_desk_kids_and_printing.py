"""The kids' space and printing in the desk window itself: the educators' tab and its keys, pickup
slips scanned or typed anywhere, a child's row in the area table going to the pickup, the
guardian's warning, the after-closing alarm (and the lock screen's nameless one), badges printed
from the card and offered after a registration, the emergency list, the archive at closing and
the reports tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.badges import issue_badge
from serre_desk.services.occupancy import inside
from serre_desk.services.people import PersonFields
from serre_desk.services.startup import Database
from serre_desk.services.users import add_user
from serre_desk.services.visits import check_in
from serre_desk.ui.dialogs.badge_print import BadgePrintDialog
from serre_desk.ui.dialogs.child_alarm_dialog import ChildAlarmDialog
from serre_desk.ui.dialogs.dropoff_dialog import DropOffDialog
from serre_desk.ui.dialogs.pickup_dialog import PickupDialog
from serre_desk.ui.style import Tone
from tests.conftest import MORNING
from tests.helpers import person
from tests.kids_helpers import drop, educator, family
from tests.roles_helpers import MANAGER_PASSWORD
from tests.ui.conftest import DeskFactory, focus, scanner_types, settle
from tests.ui.print_helpers import PdfPrinters, RecordingFiles, qr_codes
from tests.ui.test_translations import visible_texts


@pytest.fixture
def printers(tmp_path: Path) -> PdfPrinters:
    out = tmp_path / "printed"
    out.mkdir()
    return PdfPrinters(out)


def shown(kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_the_kids_tab_and_its_keys(db: Database, make_desk: DeskFactory, qtbot: QtBot) -> None:
    emma = family(db)
    educator(db)
    drop(db, emma)
    desk = make_desk()
    window = desk.window
    index = window.area_tabs.indexOf(desk.kids_view)
    assert window.area_tabs.tabText(index) == "Kids' space — educators"
    settle(qtbot, desk)
    assert desk.kids_view.model.rowCount() == 1
    kids_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Kids' space")
    assert desk.kids_view.act_drop_off in kids_menu.actions()
    assert desk.kids_view.act_drop_off in window.actions()

    QTest.keyClick(window, Qt.Key.Key_F6)
    assert len(shown(DropOffDialog)) == 1
    shown(DropOffDialog)[0].reject()
    QTest.keyClick(window, Qt.Key.Key_F7)
    assert len(shown(PickupDialog)) == 1


def test_a_pickup_code_typed_in_the_scan_field_opens_the_pickup_and_releases(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    emma = family(db)
    educator(db)
    code = drop(db, emma).pickup_code
    assert code is not None
    desk = make_desk()
    field = desk.window.top_bar.scan_field
    QTest.keyClicks(field, code.lower(), Qt.KeyboardModifier.NoModifier, 30)
    QTest.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot, desk)
    [dialog] = shown(PickupDialog)
    assert dialog.child.currentData() == emma.child
    assert dialog.adult.currentData() == emma.parent
    dialog.release_button.click()
    settle(qtbot, desk)
    assert emma.child not in {row.id for row in inside(db)}
    assert desk.window.banner.tone is Tone.OUT
    assert field.text() == ""


def test_a_pickup_slip_scanned_with_focus_anywhere_opens_the_pickup(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    emma = family(db)
    educator(db)
    code = drop(db, emma).pickup_code
    assert code is not None
    desk = make_desk()
    table = desk.window.panels["coworking"].table
    focus(qtbot, table)
    scanner_types(table, code)
    settle(qtbot, desk)
    [dialog] = shown(PickupDialog)
    assert dialog.child.currentData() == emma.child and dialog.code.text() == code


def test_enter_on_a_child_in_the_kids_area_table_opens_the_pickup_for_that_child(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    emma = family(db)
    educator(db)
    drop(db, emma)
    desk = make_desk()
    panel = desk.window.panels["kids"]
    desk.window.area_tabs.setCurrentWidget(panel)
    focus(qtbot, panel.table)
    panel.table.select_person(emma.child)
    QTest.keyClick(panel.table, Qt.Key.Key_Return)
    settle(qtbot, desk)
    [dialog] = shown(PickupDialog)
    assert dialog.child.currentData() == emma.child
    assert emma.child in {row.id for row in inside(db)}, "nothing released without the code"


def test_a_guardian_leaving_while_their_child_is_inside_gets_an_amber_warning(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    emma = family(db)
    educator(db)
    check_in(db, LOCAL_ADMIN, emma.parent, now=MORNING)
    drop(db, emma)
    desk = make_desk()
    desk.routing.toggle(emma.parent)
    settle(qtbot, desk)
    banner = desk.window.banner
    assert banner.tone is Tone.WARNING and "Emma Rossi" in banner.details
    assert banner.title == "Anna Rossi"


def test_the_after_closing_alarm_stays_until_handled_and_the_lock_screen_names_nobody(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    add_user(db, LOCAL_ADMIN, "Anna", "manager", MANAGER_PASSWORD, now=MORNING)
    emma = family(db, health="Allergia: arachidi")
    educator(db)
    drop(db, emma)
    desk = make_desk(actor=LOCAL_ADMIN)
    desk.clock.set(MORNING.replace(hour=21))
    desk.actions.close_day()
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: bool(shown(ChildAlarmDialog)), timeout=10_000)
    tabs = desk.window.area_tabs
    assert not tabs.tabIcon(tabs.indexOf(desk.kids_view)).isNull()

    desk.lock.lock()
    assert shown(ChildAlarmDialog) == []
    text = " ".join(visible_texts(desk.window))
    assert "ALARM: 1 child still inside after closing" in text
    assert "Emma" not in text and "arachidi" not in text
    desk.lock.screen.sign_in.user.setCurrentText("Anna")
    QTest.keyClicks(desk.lock.screen.sign_in.secret, MANAGER_PASSWORD)
    QTest.keyClick(desk.lock.screen.sign_in.secret, Qt.Key.Key_Return)
    settle(qtbot, desk)
    desk.refresher.request()
    qtbot.waitUntil(lambda: bool(shown(ChildAlarmDialog)), timeout=10_000)
    [alarm] = shown(ChildAlarmDialog)
    scanner_types(alarm.note, issue_badge(db, LOCAL_ADMIN, emma.parent, now=MORNING).code)
    settle(qtbot, desk)
    assert shown(ChildAlarmDialog) == [alarm], "a scanned badge is not a note"
    assert "scanned code" in alarm.error.text() and alarm.note.text() == ""
    alarm.note.setText("called the mother: she arrives at 21:30")
    alarm.confirm.click()
    settle(qtbot, desk)
    assert shown(ChildAlarmDialog) == []


def test_ctrl_p_prints_the_badge_of_the_person_on_the_card(
    db: Database, make_desk: DeskFactory, qtbot: QtBot, printers: PdfPrinters
) -> None:
    giulia = person(db, "Giulia Bianchi")
    desk = make_desk(printers=printers, files=RecordingFiles().actions())
    desk.window.act_print_badge.trigger()
    assert "Find the person first" in desk.window.banner.details
    desk.hub.person_selected.emit(giulia)
    settle(qtbot, desk)
    QTest.keyClick(desk.window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, desk)
    [dialog] = shown(BadgePrintDialog)
    assert dialog.badge is not None and dialog.badge.person_id == giulia
    dialog.print_button.click()
    settle(qtbot, desk)
    assert qr_codes(printers.printed[-1]) == [dialog.badge.code]
    assert desk.window.top_bar.printer.text == "Printer"


def test_a_registered_guest_is_offered_their_day_pass(
    db: Database, make_desk: DeskFactory, qtbot: QtBot, printers: PdfPrinters
) -> None:
    desk = make_desk(printers=printers)
    dialog = desk.registration.open(desk.window, "Ingrid Øberg")
    desk.registration._register(
        dialog, PersonFields("Ingrid Øberg", PersonKind.GUEST, privacy_acknowledged=True)
    )
    settle(qtbot, desk)
    banner = desk.window.banner
    assert banner.tone is Tone.IN and banner.offered is desk.window.act_print_badge
    banner._offer.click()
    settle(qtbot, desk)
    [badge] = shown(BadgePrintDialog)
    assert badge.badge is not None and badge.badge.name == "Ingrid Øberg"
    assert "day pass" in badge.validity.text()


def test_f9_prints_the_emergency_list_from_anywhere(
    db: Database, make_desk: DeskFactory, qtbot: QtBot, printers: PdfPrinters
) -> None:
    check_in(db, LOCAL_ADMIN, person(db, "Giulia Bianchi"), now=MORNING)
    desk = make_desk(printers=printers)
    registration = desk.registration.open(desk.window, "Zoë")
    field = registration.form.name
    qtbot.waitUntil(field.hasFocus)
    with qtbot.waitSignal(desk.emergency.done, timeout=20_000):
        QTest.keyClick(field, Qt.Key.Key_F9)  # from inside a dialog too
    settle(qtbot, desk)
    assert printers.printed and printers.printed[-1].exists()
    registration.reject()
    assert desk.window.banner.title == "Emergency list printed"
    assert desk.window.banner.tone is Tone.CALM  # good news, not the amber warning


def test_closing_writes_the_days_sheet_into_the_archive(
    db: Database, make_desk: DeskFactory, qtbot: QtBot, data_dir: Path
) -> None:
    check_in(db, LOCAL_ADMIN, person(db, "Giulia Bianchi"), now=MORNING)
    desk = make_desk()
    desk.clock.set(MORNING.replace(hour=21))
    desk.actions.close_day()
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: not desk.archive.running, timeout=20_000)
    settle(qtbot, desk)
    assert (data_dir / "reports" / "presenze-2026-11-25.pdf").exists()
    assert any("Attendance sheets archived" in line for line in desk.window.recent.lines())


def test_the_reports_tab_makes_and_shows_the_daily_sheet(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    check_in(db, LOCAL_ADMIN, person(db, "Giulia Bianchi"), now=MORNING)
    desk = make_desk()
    desk.window.show_tab(desk.reports_tab)
    assert not desk.window.tiles.isVisible(), "the preview has the room"
    desk.reports.generate_button.click()
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: desk.reports.pane.page_count >= 1, timeout=20_000)
    desk.window.area_tabs.setCurrentIndex(0)
    assert desk.window.tiles.isVisible()
