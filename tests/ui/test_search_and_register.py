"""Typing a name searches as you type (accents and case ignored); Enter checks the chosen person in
or out; nobody found: the registration form, with look-alikes pointed out and the privacy notice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.areas_admin import set_area
from serre_desk.services.occupancy import inside
from serre_desk.services.people import person_details, search_people
from serre_desk.services.startup import Database
from serre_desk.services.visits import check_in
from serre_desk.ui.dialogs.registration import RegistrationDialog
from serre_desk.ui.style import Tone
from serre_desk.ui.views.search_results import WHERE, SearchModel
from tests.conftest import MORNING
from tests.helpers import person
from tests.ui.conftest import DeskFactory, focus, settle


def _type(qtbot: QtBot, widget: object, text: str) -> None:
    """A person typing: slower than a scanner."""
    QTest.keyClicks(widget, text, Qt.KeyboardModifier.NoModifier, 60)  # type: ignore[arg-type]


def test_search_ignores_accents_and_case_and_enter_checks_in_then_out(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    niccolo = person(db, "Niccolò Ñúñez")
    person(db, "Nicola Rossi")
    desk = make_desk()
    field = desk.window.top_bar.scan_field
    focus(qtbot, field)
    _type(qtbot, field, "NICCOLO")
    results = desk.window.search_panel.model
    qtbot.waitUntil(lambda: desk.window.searching and results.rowCount() == 1)
    assert desk.window.search_panel.model.rows()[0].id == niccolo

    QTest.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot, desk)
    assert [row.id for row in inside(db)] == [niccolo]
    assert desk.window.banner.tone is Tone.IN
    assert field.text() == "" and not desk.window.searching, "back to ready-to-scan"

    _type(qtbot, field, "niccolo")
    qtbot.waitUntil(lambda: desk.window.search_panel.model.rowCount() == 1)
    assert "Coworking" in desk.window.search_panel.model.index(0, 3).data()
    QTest.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot, desk)
    assert inside(db) == []
    assert desk.window.banner.tone is Tone.OUT


def test_arrow_keys_in_the_field_choose_among_results(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    person(db, "Anna Bianchi")
    second = person(db, "Anna Rossi")
    desk = make_desk()
    field = desk.window.top_bar.scan_field
    focus(qtbot, field)
    _type(qtbot, field, "anna")
    qtbot.waitUntil(lambda: desk.window.search_panel.model.rowCount() == 2)
    QTest.keyClick(field, Qt.Key.Key_Down)
    assert desk.window.search_panel.selected_person() == second
    assert QApplication_focus_is(field)
    QTest.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot, desk)
    assert [row.id for row in inside(db)] == [second]


def QApplication_focus_is(widget: object) -> bool:
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget() is widget


def _open_registration(qtbot: QtBot, desk: object, name: str) -> RegistrationDialog:
    field = desk.window.top_bar.scan_field  # type: ignore[attr-defined]
    focus(qtbot, field)
    _type(qtbot, field, name)
    QTest.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.registration.dialog is not None)  # type: ignore[attr-defined]
    dialog = desk.registration.dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, RegistrationDialog)
    return dialog


def test_nobody_found_registers_with_the_privacy_notice_and_checks_in(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = make_desk()
    dialog = _open_registration(qtbot, desk, "Ingrid Øberg")
    assert dialog.form.name.text() == "Ingrid Øberg"
    assert "Informativa" not in dialog.privacy.browser.toPlainText()
    assert "GDPR" in dialog.privacy.browser.toPlainText()
    dialog.form.organisation.setText("Studio Verde")
    dialog.form.email.setText("Ingrid@Example.org")

    dialog.register_button.click()  # the notice was not acknowledged yet
    settle(qtbot, desk)
    assert dialog.isVisible() and dialog.privacy.hint.isVisible()
    assert search_people(db, "ingrid") == []

    dialog.privacy.acknowledged.setChecked(True)
    dialog.register_button.click()
    settle(qtbot, desk)
    assert desk.registration.dialog is None, "the form closes once the person is registered"
    [found] = search_people(db, "ingrid")
    details = person_details(db, found.id)
    assert details.privacy_ack_at == MORNING
    assert details.kind is PersonKind.GUEST
    assert details.email == "ingrid@example.org"
    assert [row.id for row in inside(db)] == [found.id]
    assert desk.window.banner.title == "Ingrid Øberg"


def test_a_look_alike_name_is_pointed_out_before_a_second_person_is_made(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    mario = person(db, "Mario Rossi", organisation="Kilowatt")
    desk = make_desk()
    dialog = desk.registration.open(desk.window, "")
    dialog.form.name.setText("MARIO  ROSSI")
    dialog.privacy.acknowledged.setChecked(True)
    dialog.register_button.click()
    qtbot.waitUntil(lambda: dialog.similar_box.isVisible())
    settle(qtbot, desk)
    assert "Mario Rossi" in dialog.similar_list.item(0).text()
    assert "already registered" in dialog.error.text()
    assert len(search_people(db, "mario rossi")) == 1, "not created while the look-alike shows"

    dialog.use_existing.click()
    settle(qtbot, desk)
    assert [row.id for row in inside(db)] == [mario]
    assert len(search_people(db, "mario rossi")) == 1


def test_register_anyway_after_the_look_alike_was_shown(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    person(db, "Mario Rossi")
    desk = make_desk()
    dialog = desk.registration.open(desk.window, "Mario Rossi")
    dialog.privacy.acknowledged.setChecked(True)
    qtbot.waitUntil(lambda: dialog.similar_box.isVisible())
    assert dialog.register_button.text() == "Register anyway and check in"
    assert len(search_people(db, "mario rossi")) == 1
    dialog.register_button.click()
    settle(qtbot, desk)
    assert len(search_people(db, "mario rossi")) == 2


def test_an_invalid_email_is_refused_in_the_form_which_stays_open(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = make_desk()
    dialog = desk.registration.open(desk.window, "Kwame Nowak")
    dialog.form.email.setText("not an email")
    dialog.privacy.acknowledged.setChecked(True)
    dialog.register_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    settle(qtbot, desk)
    assert "not an email address" in dialog.error.text()
    assert dialog.isVisible() and dialog.register_button.isEnabled()
    assert search_people(db, "kwame") == []


def test_a_full_area_refuses_with_a_red_banner_that_says_what_to_do(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    set_area(db, LOCAL_ADMIN, "coworking", capacity=1, now=MORNING)
    first, second = person(db, "Chiara Fontana"), person(db, "Luca Fontana")
    desk = make_desk()
    desk.actions.toggle(first)
    settle(qtbot, desk)
    tile = desk.window.tiles.tiles["coworking"]
    assert tile.count.text() == "1 / 1"
    assert "Full" in tile.state.text()

    desk.actions.toggle(second)
    settle(qtbot, desk)
    assert desk.window.banner.tone is Tone.REFUSED
    assert "Coworking is full (1): a manager can authorise." in desk.window.banner.details
    assert [row.id for row in inside(db)] == [first]


def test_person_card_shows_details_and_edit_saves_them(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    anna = person(db, "Anna Serra", organisation="Orto Lab")
    desk = make_desk()
    desk.actions.toggle(anna)
    settle(qtbot, desk)
    card = desk.window.card
    assert card.person_id == anna
    assert card.name.text() == "Anna Serra"
    assert "Orto Lab" in card.summary.text()
    assert card.where.text() == "Inside: Coworking since 09:00"
    assert card.visits.rowCount() == 1

    dialog = desk.card.edit()
    assert dialog is not None
    dialog.form.phone.setText("+39 051 123 4567")
    dialog.save_button.click()
    settle(qtbot, desk)
    assert person_details(db, anna).phone == "+39 051 123 4567"
    qtbot.waitUntil(lambda: card.phone.text() == "+39 051 123 4567")


def test_the_search_model_passes_the_model_tester_through_new_results(
    db: Database, qtmodeltester: ModelTester
) -> None:
    """The search results' table model, with real rows from the search service: empty, a few
    people (one inside), fewer, none again."""
    for name in ("Mario Rossi", "Maria Bianchi", "Marta Verdi"):
        person(db, name)
    check_in(db, LOCAL_ADMIN, search_people(db, "Marta")[0].id, now=MORNING)
    model = SearchModel()
    model.set_area_names({"coworking": "Coworking"})
    qtmodeltester.check(model)
    model.set_rows(search_people(db, "mar"))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert "inside: Coworking" in [model.index(r, WHERE).data() for r in range(3)]
    model.set_rows(search_people(db, "mario"))
    model.set_rows([])
    qtmodeltester.check(model)
