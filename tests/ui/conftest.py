"""The desk window under test: a real window on the test's SQLite file, the real services, a
fixed desk clock that tests move, message boxes recorded instead of shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from serre_desk.i18n import DEFAULT_LANGUAGE, set_language
from serre_desk.services.actor import Actor
from serre_desk.services.startup import Database, Location
from serre_desk.ui.desk import Desk
from serre_desk.ui.deskclock import DeskClock
from serre_desk.ui.messages import Answer, Closed, Messages
from serre_desk.ui.printing import FileActions, Printers
from serre_desk.ui.settings import desk_settings
from serre_desk.ui.translations import install_translations, remove_translations
from tests.conftest import MORNING


@dataclass
class Shown:
    kind: str
    title: str
    text: str


class RecordingMessages(Messages):
    """Records every message box instead of opening it; questions get `answer_with`."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[Shown] = []
        self.answer_with = True
        self.for_real = False  # open the real message boxes (the fit test looks at them)

    def inform(
        self, title: str, text: str, details: str | None = None, on_closed: Closed | None = None
    ) -> None:
        if self.for_real:
            super().inform(title, text, details, on_closed)
            return
        self.shown.append(Shown("inform", title, text))

    def warn(
        self, title: str, text: str, details: str | None = None, on_closed: Closed | None = None
    ) -> None:
        if self.for_real:
            super().warn(title, text, details, on_closed)
            return
        self.shown.append(Shown("warn", title, text))

    def ask(
        self, title: str, text: str, yes: str, no: str, answer: Answer, default_yes: bool = False
    ) -> None:
        if self.for_real:
            super().ask(title, text, yes, no, answer, default_yes)
            return
        self.shown.append(Shown("ask", title, text))
        answer(self.answer_with)


@dataclass
class FakeMonotonic:
    now: float = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class DeskFactory:
    """Builds desks on the test's database; closes them at the end of the test."""

    db: Database
    qtbot: QtBot
    data_dir: Path
    built: list[Desk] = field(default_factory=list)
    translators: list[QTranslator] = field(default_factory=list)

    def __call__(
        self,
        lang: str = "en",
        now: datetime | None = MORNING,  # None: the real clock
        scan_service: Callable[..., object] | None = None,
        translator: QTranslator | None = None,
        offers: bool = False,
        actor: Actor | None = None,
        printers: Printers | None = None,
        files: FileActions | None = None,
    ) -> Desk:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_translations(app, lang)
        if translator is not None:  # consulted before the desk's own catalogue
            app.installTranslator(translator)
            self.translators.append(translator)
        options: dict[str, object] = {}
        if scan_service is not None:
            options["scan_service"] = scan_service
        if files is not None:
            options["files"] = files
        desk = Desk(
            self.db,
            location=Location(self.data_dir),
            actor=actor,
            clock=DeskClock(now),
            lang=lang,
            settings=desk_settings(self.data_dir),
            messages=RecordingMessages(),
            offers=offers,
            printers=printers,
            monotonic=FakeMonotonic(),
            **options,
        )  # type: ignore[arg-type]
        self.qtbot.addWidget(desk.window)
        desk.start()
        desk.window.activateWindow()
        self.qtbot.waitUntil(lambda: desk.refresher.latest is not None)
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        self.qtbot.waitUntil(lambda: desk.runner.idle, timeout=10_000)  # the start's duties
        self.built.append(desk)
        return desk


@pytest.fixture(autouse=True)
def no_catalogue_left_installed() -> Iterator[None]:
    """Each test starts and ends with the English sources: no translator left installed (a
    later test would read Italian), the Qt-free texts in the default language."""
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication):
        remove_translations(app)
    set_language(DEFAULT_LANGUAGE)


@pytest.fixture
def make_desk(db: Database, qtbot: QtBot, data_dir: Path) -> Iterator[DeskFactory]:
    factory = DeskFactory(db, qtbot, data_dir)
    yield factory
    for desk in factory.built:
        for dialog in desk.open_dialogs():
            dialog.done(QDialog.DialogCode.Rejected)
        desk.window.close()
    for translator in factory.translators:
        QApplication.removeTranslator(translator)


@pytest.fixture
def desk(make_desk: DeskFactory) -> Desk:
    return make_desk()


def settle(qtbot: QtBot, desk: Desk) -> None:
    """Wait until every background task has finished and delivered its result."""
    qtbot.waitUntil(lambda: desk.runner.idle, timeout=10_000)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def scanner_types(widget: QWidget, code: str, delay_ms: int = -1) -> None:
    """Type `code` as a keyboard-wedge scanner does, then Enter: for each capital, Shift is
    pressed, the key sent with Shift held, and Shift released (real key events)."""
    for char in code:
        if char.isupper():
            QTest.keyPress(widget, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier, delay_ms)
            QTest.keyClick(widget, char, Qt.KeyboardModifier.ShiftModifier, delay_ms)
            QTest.keyRelease(widget, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier, delay_ms)
        else:
            QTest.keyClick(widget, char, Qt.KeyboardModifier.NoModifier, delay_ms)
    QTest.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, delay_ms)
