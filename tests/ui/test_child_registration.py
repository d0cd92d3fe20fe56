"""Registering a child from the desk window and changing a child's guardians from their card, as
staff would: Shift+F2 (or the kind "child" in the visitor's form), a name, a birth date that shows
the age band as it is typed, guardians found by typing part of a name — authorised (Enter) or not
(Shift+Enter), a phone asked for on the spot —, the privacy notice; refusals in the form, which
keeps everything typed. On the card: guardians, phones, notes and photo consent; a one-day
authorisation only with a manager; nothing of it on the locked screen."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN, Actor, Role
from serre_desk.services.audit import AuditFilter, list_events
from serre_desk.services.kids import child_details, guardians_of
from serre_desk.services.occupancy import inside
from serre_desk.services.people import person_details, search_people
from serre_desk.services.startup import Database
from serre_desk.services.users import add_user, authenticate
from serre_desk.storage.models import AuditEvent
from serre_desk.ui.desk import Desk
from serre_desk.ui.dialogs.child_edit import ChildEditDialog
from serre_desk.ui.dialogs.child_form import ChildForm, parse_birth_date
from serre_desk.ui.dialogs.child_registration import ChildRegistrationDialog
from serre_desk.ui.dialogs.dropoff_dialog import DropOffDialog
from serre_desk.ui.dialogs.guardian_finder import GuardianFinder
from serre_desk.ui.dialogs.manager_prompt import ManagerPrompt
from serre_desk.ui.style import Tone
from serre_desk.ui.translations import install_translations
from tests.conftest import MORNING
from tests.kids_helpers import adult, family
from tests.roles_helpers import MANAGER_PASSWORD, STAFF_PIN
from tests.ui.conftest import DeskFactory, focus, settle
from tests.ui.kids_rig import KidsRig, make_kids_rig
from tests.ui.test_translations import visible_texts

STAFF = Actor("bruno", Role.STAFF, "desk-1")


@pytest.fixture
def kids_rig(qtbot: QtBot, db: Database, data_dir: Path, tmp_path: Path) -> Iterator[KidsRig]:
    yield from make_kids_rig(qtbot, db, data_dir, tmp_path)


@pytest.fixture
def team(db: Database) -> Database:
    add_user(db, LOCAL_ADMIN, "Anna", "manager", MANAGER_PASSWORD, now=MORNING)
    anna = authenticate(db, "Anna", MANAGER_PASSWORD)
    add_user(db, anna, "Bruno", "staff", STAFF_PIN, now=MORNING)
    return db


def _closed(dialog: QWidget) -> bool:
    """Closed (a dialog deleted on close is gone)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _type(widget: QWidget, text: str) -> None:
    QTest.keyClicks(widget, text, Qt.KeyboardModifier.NoModifier, 20)


def _open_with_shift_f2(qtbot: QtBot, desk: Desk) -> ChildRegistrationDialog:
    QTest.keyClick(desk.window, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    [dialog] = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ChildRegistrationDialog) and w.isVisible()
    ]
    qtbot.waitUntil(lambda: dialog.form.name.hasFocus())
    return dialog


def _find(qtbot: QtBot, finder: GuardianFinder, text: str) -> None:
    """Type part of a name and wait for the adults found."""
    finder.window().activateWindow()  # e.g. back from the manager's prompt
    focus(qtbot, finder.field)
    finder.field.clear()
    _type(finder.field, text)
    qtbot.waitUntil(lambda: finder.found.isVisible() or finder.nobody.isVisible())


def _press_enter(
    widget: QWidget, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Return, modifier)


# --- the birth date ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["14/09/2025", "14.9.2025", "14-9-25", "14 9 2025", "14092025", "140925", "2025-09-14"]
)
def test_a_birth_date_is_typed_the_quick_way(typed: str) -> None:
    assert parse_birth_date(typed) == date(2025, 9, 14)


@pytest.mark.parametrize("typed", ["", "14/09", "31/02/2025", "14/13/2025", "hello", "1/1/202"])
def test_what_is_not_a_birth_date(typed: str) -> None:
    assert parse_birth_date(typed) is None


def test_the_age_band_shows_as_the_birth_date_is_typed(qtbot: QtBot) -> None:
    install_translations(QApplication.instance(), "en")  # type: ignore[arg-type]  # as the desk
    form = ChildForm(MORNING.date())
    qtbot.addWidget(form)
    assert form.band.text() == "The age and its band appear as you type."
    _type(form.birth, "14/09")
    assert form.band.text() == "Day, month, year: for example 14/09/2025."
    _type(form.birth, "/2025")
    assert form.band.text() == "1 year 2 months — band 12 to 36 months"
    form.birth.setText("01/05/2026")
    assert form.band.text() == "6 months — band under 12 months"
    form.birth.setText("10/01/2022")
    assert form.band.text() == "4 years 10 months — band over 36 months"
    form.birth.setText("01/01/2027")
    assert form.band.text() == "This date is in the future."


# --- registering --------------------------------------------------------------------------------


def test_a_child_is_registered_with_an_authorised_guardian_then_brought_by_them(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    anna = adult(db, "Anna Rossi")
    uncle = adult(db, "Carlo Rossi", phone=None)
    desk = make_desk()
    dialog = _open_with_shift_f2(qtbot, desk)
    _type(dialog.form.name, "Tommaso Rossi")
    QTest.keyClick(dialog.form.name, Qt.Key.Key_Tab)
    assert dialog.form.birth.hasFocus(), "name, then the birth date"
    _type(dialog.form.birth, "14092025")
    assert dialog.form.band.text() == "1 year 2 months — band 12 to 36 months"
    dialog.form.notes.setPlainText("Allergia alle uova")
    dialog.form.photo_consent.setChecked(True)

    _find(qtbot, dialog.finder, "anna")
    assert dialog.finder.found.item(0).text() == "Anna Rossi · Member"
    _press_enter(dialog.finder.field)  # Enter: authorised for pickup
    qtbot.waitUntil(lambda: len(dialog.guardians.entries) == 1)
    assert dialog.isVisible(), "Enter in the finder adds a guardian, it does not register"
    _find(qtbot, dialog.finder, "carlo")
    _press_enter(dialog.finder.field, Qt.KeyboardModifier.ShiftModifier)  # not authorised
    qtbot.waitUntil(lambda: len(dialog.guardians.entries) == 2)
    assert "Authorised for pickup" in dialog.guardians.row_text(anna)
    assert "+39 333 1234567" in dialog.guardians.row_text(anna)
    assert "Not authorised" in dialog.guardians.row_text(uncle)
    assert not dialog.finder.phone_box.isVisible(), "no phone needed to be not authorised"

    dialog.privacy.acknowledged.setChecked(True)
    dialog.register_button.click()
    settle(qtbot, desk)
    assert _closed(dialog)
    [tommaso] = [row for row in search_people(db, "tommaso")]
    assert tommaso.kind is PersonKind.CHILD
    details = child_details(db, tommaso.id, now=MORNING, with_health=True)
    assert (details.birth_date, details.health_notes, details.photo_consent) == (
        date(2025, 9, 14),
        "Allergia alle uova",
        True,
    )
    assert person_details(db, tommaso.id).privacy_ack_at == MORNING
    assert [(g.name, g.authorised) for g in details.guardians] == [
        ("Anna Rossi", True),
        ("Carlo Rossi", False),
    ]
    assert inside(db) == [], "registered, not checked in"
    banner = desk.window.banner
    assert banner.title == "Tommaso Rossi is registered"
    assert banner.tone is Tone.CALM  # good news, not the amber warning
    assert "drop-off (F6)" in banner.details
    qtbot.waitUntil(lambda: desk.window.card.person_id == tommaso.id)
    [event] = list_events(db, LOCAL_ADMIN, AuditFilter(action="person_add", subject_id=tommaso.id))
    assert "uova" not in str(event)

    drop = DropOffDialog.open_for(desk.kids, desk.window, guardian_id=anna)
    settle(qtbot, desk)
    choices = [drop.child_list.item(n).text() for n in range(drop.child_list.count())]
    assert choices == ["Tommaso Rossi · 1 year 2 months"]
    drop.reject()


def test_without_an_authorised_guardian_the_form_says_so_and_keeps_what_was_typed(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    adult(db, "Carlo Rossi", phone=None)
    desk = make_desk()
    dialog = desk.kids_view.open_child_registration("Tommaso Rossi")
    dialog.form.birth.setText("14/09/2025")
    dialog.form.notes.setPlainText("Allergia alle uova")
    _find(qtbot, dialog.finder, "carlo")
    dialog.finder.add_not_authorised.click()
    qtbot.waitUntil(lambda: len(dialog.guardians.entries) == 1)
    dialog.privacy.acknowledged.setChecked(True)

    dialog.register_button.click()
    settle(qtbot, desk)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == (
        "Add at least one adult authorised for pickup: type their "
        "name under Guardians and press Enter."
    )
    assert dialog.finder.field.hasFocus(), "the focus goes where the answer is typed"
    assert (dialog.form.name.text(), dialog.form.birth.text(), dialog.form.notes_text()) == (
        "Tommaso Rossi",
        "14/09/2025",
        "Allergia alle uova",
    )
    assert len(dialog.guardians.entries) == 1 and dialog.privacy.acknowledged.isChecked()
    assert search_people(db, "tommaso") == []


def test_a_refusal_of_the_service_shows_in_the_form_which_keeps_everything(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    adult(db, "Anna Rossi")
    desk = make_desk()
    dialog = desk.kids_view.open_child_registration("Tommaso Rossi")
    dialog.form.birth.setText("14/09/2027")
    assert dialog.form.band.text() == "This date is in the future."
    _find(qtbot, dialog.finder, "anna")
    _press_enter(dialog.finder.field)
    qtbot.waitUntil(lambda: len(dialog.guardians.entries) == 1)
    dialog.privacy.acknowledged.setChecked(True)
    dialog.register_button.click()
    settle(qtbot, desk)
    assert dialog.isVisible()
    assert dialog.error.text() == "The birth date 2027-09-14 is in the future."
    assert dialog.register_button.isEnabled()
    assert dialog.form.birth.text() == "14/09/2027" and len(dialog.guardians.entries) == 1
    assert search_people(db, "tommaso") == []

    dialog.form.birth.setText("14/09/2025")  # corrected: the same press registers
    dialog.register_button.click()
    settle(qtbot, desk)
    assert _closed(dialog) and len(search_people(db, "tommaso")) == 1


def test_an_authorised_guardian_without_a_phone_is_asked_for_it_on_the_spot(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    marco = adult(db, "Marco Rossi", phone=None)
    desk = make_desk()
    dialog = desk.kids_view.open_child_registration("Tommaso Rossi")
    dialog.form.birth.setText("14/09/2025")
    finder = dialog.finder
    _find(qtbot, finder, "marc")
    QTest.keyClick(finder.field, Qt.Key.Key_Escape)  # a search given up: the form stays
    assert dialog.isVisible() and finder.field.text() == "" and not finder.found.isVisible()
    _find(qtbot, finder, "marco")
    _press_enter(finder.field)
    qtbot.waitUntil(lambda: finder.phone_box.isVisible())
    assert finder.phone_text.text() == (
        "Marco Rossi has no phone number: an adult authorised for pickup needs one. Write it "
        "here; it is saved in their details."
    )
    assert dialog.guardians.entries == [], "not added without a phone"
    assert finder.phone.hasFocus()

    _type(finder.phone, "abc")
    _press_enter(finder.phone)
    settle(qtbot, desk)
    assert finder.phone_error.text() == "'abc' is not a phone number."
    assert finder.phone_box.isVisible() and dialog.isVisible()
    assert person_details(db, marco).phone is None
    assert (dialog.form.name.text(), dialog.form.birth.text()) == ("Tommaso Rossi", "14/09/2025")

    finder.phone.setText("+39 347 555 0101")
    _press_enter(finder.phone)
    settle(qtbot, desk)
    assert person_details(db, marco).phone == "+39 347 555 0101"
    assert not finder.phone_box.isVisible()
    assert "+39 347 555 0101" in dialog.guardians.row_text(marco)
    assert "Authorised for pickup" in dialog.guardians.row_text(marco)

    dialog.privacy.acknowledged.setChecked(True)
    dialog.register_button.click()
    settle(qtbot, desk)
    [tommaso] = search_people(db, "tommaso")
    assert [g.phone for g in guardians_of(db, tommaso.id, now=MORNING)] == ["+39 347 555 0101"]


def test_tab_follows_the_reading_order_and_reaches_new_guardian_rows(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    anna = adult(db, "Anna Rossi")
    desk = make_desk()
    dialog = desk.kids_view.open_child_registration()
    qtbot.waitUntil(lambda: dialog.form.name.hasFocus())

    def tabs(count: int) -> list[QWidget | None]:
        seen = []
        for _ in range(count):
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            seen.append(QApplication.focusWidget())
        return seen

    form, finder, privacy = dialog.form, dialog.finder, dialog.privacy
    assert tabs(7) == [
        form.birth,
        form.notes,
        form.photo_consent,
        finder.field,
        privacy.browser,
        privacy.acknowledged,
        dialog.register_button,
    ]
    _find(qtbot, finder, "anna")
    _press_enter(finder.field)
    qtbot.waitUntil(lambda: len(dialog.guardians.entries) == 1)
    assert QApplication.focusWidget() is finder.field, "ready for the next guardian"
    qtbot.waitUntil(lambda: dialog.guardians.remove_button(anna).isVisible())  # shown queued
    assert tabs(2) == [dialog.guardians.remove_button(anna), privacy.browser]


def test_enter_typed_straight_after_the_name_adds_the_adult_once_found(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    anna = adult(db, "Anna Rossi")
    desk = make_desk()
    dialog = desk.kids_view.open_child_registration("Tommaso Rossi")
    focus(qtbot, dialog.finder.field)
    QTest.keyClicks(dialog.finder.field, "anna")  # as fast as a keyboard goes
    _press_enter(dialog.finder.field)
    qtbot.waitUntil(lambda: len(dialog.guardians.entries) == 1)
    assert dialog.guardians.entries[0].adult_id == anna and dialog.guardians.entries[0].authorised


def test_a_guardian_removed_from_the_list_before_registering(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    anna = adult(db, "Anna Rossi")
    desk = make_desk()
    dialog = desk.kids_view.open_child_registration("Tommaso Rossi")
    _find(qtbot, dialog.finder, "anna")
    _press_enter(dialog.finder.field)
    qtbot.waitUntil(lambda: len(dialog.guardians.entries) == 1)
    _find(qtbot, dialog.finder, "anna")  # found again: changed to not authorised
    _press_enter(dialog.finder.field, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not dialog.guardians.entries[0].authorised)
    assert len(dialog.guardians.entries) == 1
    dialog.guardians.remove_button(anna).click()
    assert dialog.guardians.entries == [] and dialog.guardians.empty.isVisible()


def test_a_name_found_nowhere_says_how_to_register_the_adult_first(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    family(db)  # Emma Rossi, a child: never offered as a guardian
    desk = make_desk()
    dialog = desk.kids_view.open_child_registration()
    _find(qtbot, dialog.finder, "emma")
    assert dialog.finder.nobody.isVisible() and not dialog.finder.found.isVisible()
    assert "register them first as a visitor (F2)" in dialog.finder.nobody.text()
    assert not dialog.finder.add_authorised.isEnabled()


def test_the_kind_child_in_the_visitors_form_opens_the_childs_form_with_the_name(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = make_desk()
    adult_form = desk.registration.open(desk.window, "Tommaso Rossi")
    adult_form.form.kind.setCurrentIndex(adult_form.form.kind.findData(PersonKind.CHILD.value))
    qtbot.waitUntil(lambda: not adult_form.isVisible())
    [dialog] = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ChildRegistrationDialog) and w.isVisible()
    ]
    assert dialog.form.name.text() == "Tommaso Rossi"
    qtbot.waitUntil(lambda: dialog.form.birth.hasFocus())  # the name is there: the date next


def test_a_look_alike_child_is_pointed_out_before_a_second_is_registered(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    emma = family(db)
    desk = make_desk()
    dialog = desk.kids_view.open_child_registration("EMMA  ROSSI")
    dialog.form.birth.setText("01/06/2024")
    _find(qtbot, dialog.finder, "anna")
    _press_enter(dialog.finder.field)
    qtbot.waitUntil(lambda: len(dialog.guardians.entries) == 1)
    dialog.privacy.acknowledged.setChecked(True)
    dialog.register_button.click()
    settle(qtbot, desk)
    assert dialog.similar.isVisible() and "Emma Rossi" in dialog.similar.text()
    assert dialog.register_button.text() == "Register anyway"
    assert [row.id for row in search_people(db, "emma")] == [emma.child]
    dialog.register_button.click()
    settle(qtbot, desk)
    assert len(search_people(db, "emma")) == 2


# --- the card of a child ------------------------------------------------------------------------


def _show_card(qtbot: QtBot, desk: Desk, person_id: int) -> None:
    desk.hub.person_selected.emit(person_id)
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: desk.window.card.person_id == person_id)


def _child_dialog(qtbot: QtBot, desk: Desk) -> ChildEditDialog:
    QTest.keyClick(desk.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = desk.card.child_dialog
    assert isinstance(dialog, ChildEditDialog) and dialog.isVisible()
    return dialog


def test_a_childs_card_offers_no_badge_an_adults_card_does(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    emma = family(db)
    desk = make_desk()
    card = desk.window.card

    def badge_button_shown() -> bool:
        return any(
            button.defaultAction() is desk.window.act_print_badge and button.isVisibleTo(card)
            for button in card.findChildren(QToolButton)
        )

    _show_card(qtbot, desk, emma.child)
    assert not badge_button_shown(), "children never have a badge"
    _show_card(qtbot, desk, emma.parent)
    assert badge_button_shown()


def test_a_childs_card_shows_guardians_notes_and_consent_and_changes_the_guardians(
    db: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    emma = family(db, health="Allergia: arachidi")
    marco = adult(db, "Marco Rossi", phone="+39 347 555 0101")
    desk = make_desk()
    _show_card(qtbot, desk, emma.child)
    card = desk.window.card
    assert card.health.text() == "⚠ Allergies / medical notes: Allergia: arachidi"
    assert card.guardians.text() == "Anna Rossi — Authorised for pickup\n    +39 333 1234567"
    assert card.photos.text() == "not allowed"
    assert card.born.text() == "01/06/2024 · 2 years 5 months — band 12 to 36 months"
    assert not card.email.isVisibleTo(card) and card.edit_child.isVisibleTo(card)

    dialog = _child_dialog(qtbot, desk)
    qtbot.waitUntil(lambda: dialog.finder.field.hasFocus())
    _find(qtbot, dialog.finder, "marco")
    _press_enter(dialog.finder.field, Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, desk)
    assert [(g.name, g.authorised) for g in guardians_of(db, emma.child, now=MORNING)] == [
        ("Anna Rossi", True),
        ("Marco Rossi", False),
    ]
    assert "Not authorised" in dialog.guardians.row_text(marco)
    qtbot.waitUntil(lambda: "Marco Rossi — Not authorised" in card.guardians.text())

    _find(qtbot, dialog.finder, "marco")  # again, as authorised: the link changes
    _press_enter(dialog.finder.field)
    settle(qtbot, desk)
    assert "Authorised for pickup" in dialog.guardians.row_text(marco)
    dialog.guardians.remove_button(emma.parent).click()
    settle(qtbot, desk)
    assert [g.name for g in guardians_of(db, emma.child, now=MORNING)] == ["Marco Rossi"]
    dialog.guardians.remove_button(marco).click()  # the last authorised one: refused
    settle(qtbot, desk)
    assert dialog.guardian_error.text() == (
        "Emma Rossi needs at least one authorised guardian: add another one first."
    )
    assert [g.name for g in guardians_of(db, emma.child, now=MORNING)] == ["Marco Rossi"]
    qtbot.waitUntil(lambda: card.guardians.text().startswith("Marco Rossi — Authorised"))

    dialog.form.notes.setPlainText("Allergia: arachidi e kiwi")
    dialog.form.photo_consent.setChecked(True)
    dialog.save_button.click()
    settle(qtbot, desk)
    assert _closed(dialog)
    qtbot.waitUntil(lambda: "kiwi" in card.health.text())
    assert card.photos.text() == "allowed"
    with db.read() as session:
        details = [e.detail for e in session.scalars(select(AuditEvent))]
    assert not any("kiwi" in d or "arachidi" in d for d in details)


def test_a_one_day_authorisation_asks_a_manager_and_happens_only_with_one(
    team: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    emma = family(team)
    granny = adult(team, "Pina Rossi", phone="+39 051 998877")
    desk = make_desk(actor=authenticate(team, "Bruno", STAFF_PIN))
    _show_card(qtbot, desk, emma.child)
    dialog = _child_dialog(qtbot, desk)
    assert dialog.finder.add_today is not None
    assert "(Ctrl+Enter)" in dialog.finder.add_today.toolTip()

    _find(qtbot, dialog.finder, "pina")
    _press_enter(dialog.finder.field, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, desk)
    [prompt] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ManagerPrompt) and w.isVisible()
    ]
    assert prompt.action.text() == (
        "Authorise Pina Rossi to collect Emma Rossi today only, until closing."
    )
    prompt.reject()  # no manager at hand
    settle(qtbot, desk)
    assert [g.name for g in guardians_of(team, emma.child, now=MORNING)] == ["Anna Rossi"]

    _find(qtbot, dialog.finder, "pina")
    dialog.finder.add_today.click()
    settle(qtbot, desk)
    [prompt] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ManagerPrompt) and w.isVisible()
    ]
    prompt.form.user.setCurrentText("Anna")
    QTest.keyClicks(prompt.form.secret, MANAGER_PASSWORD)
    QTest.keyClick(prompt.form.secret, Qt.Key.Key_Return)
    settle(qtbot, desk)
    links = guardians_of(team, emma.child, now=MORNING)
    assert [(g.name, g.only_on) for g in links] == [
        ("Anna Rossi", None),
        ("Pina Rossi", MORNING.date()),
    ]
    assert "Only today, until closing" in dialog.guardians.row_text(granny)
    [event] = list_events(team, LOCAL_ADMIN, AuditFilter(action="guardian_add"))
    assert event.actor == "Anna", "the manager who approved"
    assert desk.session.actor.user == "Bruno", "the staff member stays signed in"
    qtbot.waitUntil(
        lambda: "Pina Rossi — Only today, until closing" in desk.window.card.guardians.text()
    )


def test_staff_authorising_a_guardian_for_good_need_a_manager_on_the_spot(
    team: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    emma = family(team)
    pina = adult(team, "Pina Rossi", phone="+39 051 998877")
    desk = make_desk(actor=authenticate(team, "Bruno", STAFF_PIN))
    _show_card(qtbot, desk, emma.child)
    dialog = _child_dialog(qtbot, desk)

    def prompt() -> ManagerPrompt:
        [shown] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ManagerPrompt) and w.isVisible()
        ]
        return shown

    _find(qtbot, dialog.finder, "pina")
    _press_enter(dialog.finder.field)
    settle(qtbot, desk)
    assert prompt().action.text() == "Authorise Pina Rossi to collect Emma Rossi."
    prompt().reject()
    settle(qtbot, desk)
    assert [g.name for g in guardians_of(team, emma.child, now=MORNING)] == ["Anna Rossi"]

    _find(qtbot, dialog.finder, "pina")  # not authorised: staff may, at once
    _press_enter(dialog.finder.field, Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, desk)
    assert "Not authorised" in dialog.guardians.row_text(pina)

    _find(qtbot, dialog.finder, "pina")  # the upgrade to authorised: a manager again
    _press_enter(dialog.finder.field)
    settle(qtbot, desk)
    prompt().form.user.setCurrentText("Anna")
    QTest.keyClicks(prompt().form.secret, MANAGER_PASSWORD)
    QTest.keyClick(prompt().form.secret, Qt.Key.Key_Return)
    settle(qtbot, desk)
    links = guardians_of(team, emma.child, now=MORNING)
    assert [(g.name, g.authorised, g.only_on) for g in links] == [
        ("Anna Rossi", True, None),
        ("Pina Rossi", True, None),
    ]
    events = list_events(team, LOCAL_ADMIN, AuditFilter(action="guardian_add"))
    assert [(e.actor, e.subject_id) for e in events][-1] == ("Anna", emma.child)
    assert sorted(e.actor for e in events) == ["Anna", "Bruno"]
    assert desk.session.actor.user == "Bruno", "the staff member stays signed in"
    qtbot.waitUntil(
        lambda: (
            "Pina Rossi — Authorised for pickup (authorised by Anna, 25/11/2026 09:00)"
            in desk.window.card.guardians.text()
        )
    )


def test_without_a_manager_to_ask_the_one_day_authorisation_is_refused(
    kids_rig: KidsRig, db: Database
) -> None:
    emma = family(db)
    adult(db, "Pina Rossi", phone="+39 051 998877")
    kids_rig.actor = STAFF
    kids_rig.kids = replace(kids_rig.kids, approve=None)  # no way to ask a manager
    details = child_details(db, emma.child, now=MORNING, with_health=True)
    dialog = ChildEditDialog(kids_rig.kids, details, "en")
    kids_rig.qtbot.addWidget(dialog)
    dialog.show()
    _find(kids_rig.qtbot, dialog.finder, "pina")
    kids_rig.settle()
    _press_enter(dialog.finder.field, Qt.KeyboardModifier.ControlModifier)
    kids_rig.settle()
    assert dialog.guardian_error.text() == "Only a manager can do this: ask a manager to sign in."
    assert [g.name for g in guardians_of(db, emma.child, now=MORNING)] == ["Anna Rossi"]


def test_allergy_notes_never_show_on_the_locked_screen(
    team: Database, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    emma = family(team, health="Allergia: arachidi")
    desk = make_desk(actor=authenticate(team, "Bruno", STAFF_PIN))
    _show_card(qtbot, desk, emma.child)
    assert any("arachidi" in text for text in visible_texts(desk.window))
    dialog = _child_dialog(qtbot, desk)
    assert dialog.form.notes_text() == "Allergia: arachidi"

    desk.lock.watcher.idle.emit()
    assert desk.lock.is_locked
    assert _closed(dialog) and desk.open_dialogs() == []
    shown = " ".join(visible_texts(desk.window))
    assert "arachidi" not in shown and "Emma" not in shown and "Anna Rossi" not in shown
    card = desk.window.card
    assert (card.health.text(), card.guardians.text()) == ("", ""), "wiped, not only hidden"
    assert desk.window.banner.tone is not Tone.REFUSED
