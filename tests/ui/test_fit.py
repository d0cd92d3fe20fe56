"""Nothing on the desk's screens is clipped or elided, at 1366×768 and at 1920×1080, in Italian
and in English: the desk on a busy morning (a full area, children in the kids' space), a card with
visits, every dialog staff open there, the sign-in and the locked desk with the after-closing
alarm, and the offer to create the first manager. `tests/ui/fit.py` does the measuring.

The screen is 1366×768 (tests/offscreen-screen.json): dialogs and message boxes size themselves
for the smallest screen the desk is made for."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.areas_admin import set_area
from serre_desk.services.demo import generate_demo
from serre_desk.services.people import PersonFields, add_person, search_people
from serre_desk.services.startup import Database
from serre_desk.services.users import add_user, authenticate
from serre_desk.ui.desk import Desk
from tests.conftest import MORNING
from tests.roles_helpers import MANAGER_PASSWORD, STAFF_PIN
from tests.ui.conftest import DeskFactory, RecordingMessages, settle
from tests.ui.fit import Misfit, misfits, window_misfits

BUSY = MORNING.replace(hour=10, minute=30)
EVENING = MORNING.replace(hour=19, minute=40)  # after closing, children still inside
SIZES = (QSize(1366, 768), QSize(1920, 1080))
SHOTS = os.environ.get("SERRE_DESK_FIT_SHOTS")  # a folder: what was looked at, as PNG files


class Walk:
    """Looks at one screen after another and keeps what does not fit, named by screen: the
    window at each size, a dialog as it opens (its size does not depend on the window's)."""

    def __init__(self, qtbot: QtBot, lang: str) -> None:
        self.qtbot = qtbot
        self.lang = lang
        self.found: list[str] = []

    def at(self, desk: Desk) -> Desk:
        self.desk = desk
        return desk

    def look(self, screen: str) -> None:
        """The window at each size."""
        window = self.desk.window
        for size in SIZES:
            window.setGeometry(0, 0, size.width(), size.height())
            self._settle()
            where = f"{screen}, {size.width()}×{size.height()}"
            if window.size() != size:
                self.found.append(f"{where}: the window is larger than the screen")
            self._keep(where, misfits(window), window)

    def dialog(self, screen: str, open_it: Callable[[], object]) -> None:
        """Open a dialog, look at it, and close it."""
        before = set(self.desk.open_dialogs())
        open_it()
        self.qtbot.waitUntil(lambda: bool(set(self.desk.open_dialogs()) - before))
        [dialog] = [d for d in self.desk.open_dialogs() if d not in before]
        self.look_at(screen, dialog)
        assert isinstance(dialog, QDialog)
        dialog.done(QDialog.DialogCode.Rejected)

    def look_at(self, screen: str, window: QWidget) -> None:
        self._settle()
        self._keep(screen, window_misfits(window, window.screen().size()), window)

    def message(self, screen: str, trigger: Callable[[], object]) -> None:
        """A message box, as the desk shows it (the tests' desks only record them)."""
        recorder = self.desk.messages
        assert isinstance(recorder, RecordingMessages)
        recorder.for_real = True
        try:
            self.dialog(screen, trigger)
        finally:
            recorder.for_real = False

    def _settle(self) -> None:
        settle(self.qtbot, self.desk)
        QApplication.processEvents()

    def _keep(self, where: str, found: list[Misfit], window: QWidget) -> None:
        self.found.extend(f"{where}: {misfit}" for misfit in found)
        if SHOTS:
            name = "".join(c if c.isalnum() else "-" for c in where)
            window.grab().save(str(Path(SHOTS) / f"{self.lang}-{name}.png"))

    def check(self) -> None:
        assert not self.found, "Texts that do not fit:\n" + "\n".join(self.found)


@pytest.fixture
def busy(db: Database) -> Database:
    """A busy morning of demo data; the coworking area full; a manager and a staff member."""
    generate_demo(db, LOCAL_ADMIN, now=BUSY, days=3, people=70)
    add_user(db, LOCAL_ADMIN, "Marta", "manager", MANAGER_PASSWORD, now=BUSY)
    marta = authenticate(db, "Marta", MANAGER_PASSWORD)
    add_user(db, marta, "Giulia", "staff", STAFF_PIN, now=BUSY)
    inside = sum(1 for row in search_people(db, "") if row.inside_area == "coworking")
    set_area(db, marta, "coworking", capacity=inside, now=BUSY)
    return db


def a_long_name(db: Database) -> int:
    """A member whose name and organisation are long (they wrap, or are elided with a tip)."""
    fields = PersonFields(
        name="Maria Antonietta Fernández de la Castellana Ruiz-Pérez",
        kind=PersonKind.MEMBER,
        organisation="Consorzio per lo Sviluppo delle Aree Industriali della Città Metropolitana",
        email="maria.antonietta.fernandez.castellana@consorzio-aree-industriali.example.it",
        privacy_acknowledged=True,
    )
    return add_person(db, LOCAL_ADMIN, fields, now=BUSY).id


def someone(db: Database, kind: PersonKind, inside: bool) -> int:
    return next(
        row.id
        for row in search_people(db, "")
        if row.kind is kind and (row.inside_area is not None) is inside
    )


@pytest.mark.parametrize("lang", ["it", "en"])
def test_the_desk_and_its_dialogs_fit(
    make_desk: DeskFactory, busy: Database, qtbot: QtBot, lang: str
) -> None:
    giulia = authenticate(busy, "Giulia", STAFF_PIN)
    walk = Walk(qtbot, lang)
    desk = walk.at(make_desk(lang, now=BUSY, actor=giulia))
    window = desk.window

    desk.hub.person_selected.emit(someone(busy, PersonKind.MEMBER, inside=True))
    qtbot.waitUntil(lambda: window.card.person_id is not None)
    walk.look("the desk, a member's card")
    walk.dialog("Ctrl+P badge", window.act_print_badge.trigger)
    walk.dialog("Ctrl+E edit", window.act_edit.trigger)
    window.top_bar.scan_field.setText("ma")
    qtbot.waitUntil(lambda: window.searching and window.search_panel.model.rowCount() > 0)
    walk.look("search results")
    desk.commands.scan_ready()
    window.show_tab(desk.kids_view)
    desk.hub.person_selected.emit(someone(busy, PersonKind.CHILD, inside=True))
    walk.look("the kids' space, a child's card")
    window.show_tab(desk.reports_tab)
    walk.look("the reports")
    window.area_tabs.setCurrentIndex(0)

    walk.message("F1 shortcuts", window.act_shortcuts.trigger)
    walk.message("closing confirmation", window.act_close_day.trigger)
    walk.dialog("F2 new visitor", window.act_new_visitor.trigger)
    walk.dialog("Shift+F2 new child", desk.kids_view.act_register_child.trigger)
    walk.dialog("F6 drop-off", desk.kids_view.act_drop_off.trigger)
    walk.dialog("F7 pickup", desk.kids_view.act_pickup.trigger)

    desk.routing.toggle(a_long_name(busy))  # the coworking area is full
    settle(qtbot, desk)
    walk.look("a full area refused")
    walk.dialog("manager override", window.act_override.trigger)

    desk.clock.set(EVENING)
    desk.refresher.request()
    qtbot.waitUntil(lambda: desk.kids_view.alarm_dialog is not None)
    alarm = desk.kids_view.alarm_dialog
    assert alarm is not None
    walk.look_at("the after-closing alarm", alarm)
    walk.dialog("the closing report", desk.actions.close_day)
    walk.look("the desk after closing")
    window.act_lock.trigger()
    qtbot.waitUntil(lambda: desk.lock.screen.alarm.isVisible())
    walk.look("the locked desk with the alarm")
    walk.check()


@pytest.mark.parametrize("lang", ["it", "en"])
def test_the_sign_in_and_the_first_manager_fit(
    make_desk: DeskFactory, db: Database, qtbot: QtBot, lang: str
) -> None:
    generate_demo(db, LOCAL_ADMIN, now=BUSY, days=1, people=40)
    walk = Walk(qtbot, lang)
    first = walk.at(make_desk(lang, now=BUSY, offers=True))
    qtbot.waitUntil(lambda: first.offers.first_manager is not None)
    walk.look("the first manager's offer")
    first.window.close()

    add_user(db, LOCAL_ADMIN, "Marta", "manager", MANAGER_PASSWORD, now=EVENING)
    desk = walk.at(make_desk(lang, now=EVENING + timedelta(minutes=1), actor=None))
    qtbot.waitUntil(lambda: desk.lock.screen.alarm.isVisible())
    walk.look("the sign-in with the alarm")
    desk.lock.screen.sign_in.show_recovery()
    walk.look("the recovery code")
    walk.check()


def test_the_check_finds_what_is_cut_and_passes_what_fits(qtbot: QtBot) -> None:
    """The measure itself: a label, a wrapped label, a button and a placeholder cut short are
    each found, with their text; the same widgets with room are not."""
    long = "Una frase abbastanza lunga da non stare in cento pixel"
    box = QWidget()
    layout = QVBoxLayout(box)
    short = QLabel(long)
    wrapped = QLabel(long)
    wrapped.setWordWrap(True)
    button = QPushButton(long)
    field = QLineEdit()
    field.setPlaceholderText(long)
    for widget in (short, wrapped, button, field):
        widget.setFixedSize(100, 20)
        layout.addWidget(widget)
    roomy = QLabel("Breve")
    layout.addWidget(roomy)
    qtbot.addWidget(box)
    box.show()
    found = misfits(box)
    assert [misfit.text for misfit in found] == [long] * 4
    assert all("needs" in str(misfit) for misfit in found)
    for widget in (short, wrapped, button, field):
        widget.setFixedSize(800, 60)
    box.adjustSize()
    qtbot.waitUntil(lambda: box.width() > 800)
    assert misfits(box) == []
