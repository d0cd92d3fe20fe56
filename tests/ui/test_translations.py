"""Italian first: every string the window shows goes through the catalogue and has an Italian
translation; the catalogue itself has no unfinished entry."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QTabBar,
    QTableView,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from serre_desk.paths import resources_dir
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.startup import Database
from serre_desk.services.users import add_user
from serre_desk.services.visits import check_in
from serre_desk.ui.dialogs.manager_prompt import ManagerPrompt
from serre_desk.ui.formatting import long_date, short_date
from serre_desk.ui.printing import choose_save_path
from tests.conftest import MORNING
from tests.helpers import person
from tests.kids_helpers import drop, educator, family
from tests.roles_helpers import MANAGER_PASSWORD
from tests.ui.conftest import DeskFactory, settle

MARK = "⟦"
DATA = [
    "Giulia Bianchi",
    "Đorđe Petrović",
    "Studio Verde",
    "Coworking",
    "Spazio bimbi",
    "admin",
    "Italiano",
    "English",
    "Serre Desk",
    "Le Serre dei Giardini",
    "Ctrl",
    "Shift",
    "Esc",
    "Enter",
    "Return",
    "Del",
    "PgUp",
    "PgDown",
]
NOT_WORDS = re.compile(r"\d+ h \d+ min|\d+ min|[^\w]|\d|_")


class MarkingTranslator(QTranslator):
    """Looks every string up in the real Italian catalogue: found ones come back marked, missing
    ones are recorded."""

    def __init__(self) -> None:
        super().__init__()
        self.real = QTranslator()
        assert self.real.load(str(resources_dir() / "translations" / "serre_desk_it.qm"))
        self.missing: set[tuple[str, str]] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:  # type: ignore[override]
        found = self.real.translate(context, source, disambiguation, n)
        if found:
            return MARK + found
        if not context.startswith("Q"):  # Qt's own strings come from Qt's catalogue
            self.missing.add((context, source))
        return None


def _widget_texts(widget: QWidget) -> Iterator[str]:
    yield widget.toolTip()
    if isinstance(widget, QLabel) and widget.pixmap().isNull():
        yield widget.text()
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield widget.tabText(index)
            yield widget.tabToolTip(index)
    if isinstance(widget, QListWidget):
        for row in range(widget.count()):
            yield widget.item(row).text()
    if isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            yield widget.horizontalHeaderItem(column).text()
            for row in range(widget.rowCount()):
                yield widget.item(row, column).text()
    elif isinstance(widget, QTableView):
        model, root = widget.model(), QModelIndex()
        for column in range(model.columnCount(root)):
            yield model.headerData(column, Qt.Orientation.Horizontal)
            for row in range(model.rowCount(root)):
                yield model.index(row, column).data()


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield action.text()
        yield action.toolTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def visible_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is root or widget.isVisibleTo(root):
            texts.extend(text for text in _widget_texts(widget) if isinstance(text, str))
    for action in root.actions():
        texts += [action.text(), action.toolTip(), action.statusTip()]
        if isinstance(action.menu(), QMenu):
            texts.extend(_menu_texts(action.menu()))
    return [text for text in texts if text]


def untranslated(texts: list[str], data: list[str]) -> list[str]:
    """Visible texts with words that came neither through the catalogue nor from the data."""
    suspicious = []
    for text in texts:
        if MARK in text:
            continue
        rest = text
        for item in sorted(data, key=len, reverse=True):
            rest = rest.replace(item, " ")
        if NOT_WORDS.sub("", rest):
            suspicious.append(text)
    return suspicious


@pytest.fixture
def marker() -> MarkingTranslator:
    return MarkingTranslator()


def test_every_visible_string_of_the_italian_window_is_translated(
    db: Database, make_desk: DeskFactory, qtbot: QtBot, marker: MarkingTranslator
) -> None:
    check_in(
        db, LOCAL_ADMIN, person(db, "Đorđe Petrović", organisation="Studio Verde"), now=MORNING
    )
    giulia = person(db, "Giulia Bianchi")
    desk = make_desk(lang="it", translator=marker)
    desk.actions.toggle(giulia)
    settle(qtbot, desk)
    window = desk.window
    data = [*DATA, long_date(MORNING, "it"), short_date(MORNING, "it"), "Database", "Staff"]
    data.append(desk.station.station.name)  # the station's name (here the computer's): data
    texts = visible_texts(window)
    assert any("Giulia Bianchi" in text for text in texts)

    QTest.keyClicks(window.top_bar.scan_field, "giu", Qt.KeyboardModifier.NoModifier, 60)
    qtbot.waitUntil(lambda: window.searching and window.search_panel.model.rowCount() == 1)
    texts += visible_texts(window)
    dialog = desk.registration.open(window, "Zoë")
    texts += visible_texts(dialog)
    dialog.reject()
    window.act_close_day.trigger()
    settle(qtbot, desk)
    assert desk.closing_report is not None
    texts += visible_texts(desk.closing_report)

    assert untranslated(texts, data) == []
    assert marker.missing == set()


def test_the_italian_catalogue_has_no_unfinished_entry() -> None:
    root = ET.parse(resources_dir() / "translations" / "serre_desk_it.ts").getroot()
    unfinished = [
        f"[{context.findtext('name')}] {message.findtext('source')}"
        for context in root.iter("context")
        for message in context.iter("message")
        if (
            message.find("translation") is None
            or message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
            or not message.findtext("translation")
        )
    ]
    assert unfinished == []


def test_the_window_speaks_english_when_asked(make_desk: DeskFactory) -> None:
    desk = make_desk(lang="en")
    assert desk.window.banner.title == "Ready to scan"
    assert QCoreApplication.translate("PersonKind", "Member") == "Member"
    assert desk.window.menuBar().actions()[0].text() == "&Desk"


def test_the_kids_reports_audit_lock_and_dialogs_speak_italian(
    db: Database, make_desk: DeskFactory, qtbot: QtBot, marker: MarkingTranslator
) -> None:
    emma = family(db, "Emma Rossi", "Anna Rossi", health="Allergia: arachidi")
    educator(db, "Sara Bianchi")
    code = drop(db, emma).pickup_code
    desk = make_desk(lang="it", translator=marker, offers=True)
    window = desk.window
    data = [
        *DATA,
        "Emma Rossi",
        "Anna Rossi",
        "Sara Bianchi",
        "Allergia: arachidi",
        code or "",
        long_date(MORNING, "it"),
        short_date(MORNING, "it"),
        "Database",
        "Staff",
        "K7X3",
        "Brother QL",
        "Dymo",
        "CSV",
        "PDF",
        "A4",
        "mm",
        "Annulla",  # Qt's own Cancel, from Qt's catalogue
        "Zoë",
        "+39 333 1234567",
        "01/06/2024",
        "14/09/2025",
    ]
    texts = visible_texts(window)
    assert desk.offers.first_manager is not None and desk.offers.first_manager.isVisible()
    desk.offers.first_manager.open_form.click()
    texts += visible_texts(window)
    for view in (desk.kids_view, desk.reports_tab, desk.audit_tab):
        window.show_tab(view)
        settle(qtbot, desk)
        texts += visible_texts(window)
    desk.audit.refresh()
    settle(qtbot, desk)
    texts += visible_texts(window)
    model = desk.audit.model  # the log's rows are data: who, which desk, action codes, details
    data += [
        model.index(row, column).data()
        for row in range(model.rowCount())
        for column in (1, 2, 3, 6)
    ]
    pickup = desk.routing.pickup_code("K7X3")
    settle(qtbot, desk)
    texts += visible_texts(pickup)
    pickup.reject()
    desk.hub.person_selected.emit(emma.parent)
    settle(qtbot, desk)
    badge = desk.commands.print_badge()
    settle(qtbot, desk)
    assert badge is not None
    texts += visible_texts(badge)
    badge.reject()
    child_form = desk.kids_view.open_child_registration("Zoë")  # a new child, and Emma's card
    child_form.form.birth.setText("14/09/2025")
    child_form.finder.field.setText("anna")
    child_form.finder.search()
    settle(qtbot, desk)
    child_form.try_submit()
    texts += visible_texts(child_form)
    child_form.reject()
    desk.hub.person_selected.emit(emma.child)
    settle(qtbot, desk)
    texts += visible_texts(window)
    child_edit = desk.card.edit()
    assert child_edit is not None
    texts += visible_texts(child_edit)
    child_edit.reject()
    add_user(db, LOCAL_ADMIN, "Marta", "manager", MANAGER_PASSWORD, now=MORNING)
    desk.session.reload_users()
    settle(qtbot, desk)
    desk.lock.lock()
    texts += visible_texts(window)
    prompt = ManagerPrompt.ask_with_reason(
        window, "—", ["Marta"], desk.session.authenticate, lambda _m, _r: None
    )
    texts += visible_texts(prompt)
    prompt.reject()

    assert untranslated(texts, data) == []
    assert marker.missing == set()


def test_qt_own_dialogs_speak_italian(make_desk: DeskFactory, qtbot: QtBot) -> None:
    """The save dialog (reports, badges) and the standard buttons come from Qt's own catalogue,
    with the two labels it lacks from ours."""
    desk = make_desk(lang="it")
    choose_save_path(desk.window, "Salva", Path("presenze.pdf"), "PDF (*.pdf)", lambda _p: None)
    [dialog] = desk.window.findChildren(QFileDialog)
    texts = {w.text() for w in dialog.findChildren(QLabel)} | {
        w.text() for w in dialog.findChildren(QPushButton)
    }
    assert {"&Nome del file:", "&Salva", "Annulla", "&Cerca in:", "File di &tipo:"} <= texts
    assert {"&Look in:", "Files of &type:", "Cancel", "&Save"}.isdisjoint(texts)
    dialog.reject()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert [b.text() for b in buttons.buttons()] == ["Chiudi"]
