"""The person at the desk, for the week test: opens the real window on the venue's file, moves the
desk's clock, signs in on the lock screen, scans badges and slips with real key events through
the scan detector, and reads what the screen shows. Every scan is kept, to check at the end that
none was lost."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from serre_desk.clock import local_date
from serre_desk.storage.database import Database
from serre_desk.ui.desk import Desk
from serre_desk.ui.dialogs.pickup_dialog import PickupDialog
from serre_desk.ui.views.kids import SINCE
from tests.e2e.venue import SECRETS
from tests.ui.conftest import DeskFactory, FakeMonotonic, RecordingMessages, focus, scanner_types
from tests.ui.print_helpers import PdfPrinters

SETTLE_MS = 20_000
D = TypeVar("D", bound=QDialog)


@dataclass(frozen=True)
class Scan:
    """A burst of the scanner: when, what code, and who it moves (the badge's holder; for a
    pickup slip, or a guardian's badge read by the drop-off, the child)."""

    at: datetime
    code: str
    holder: int | None


@dataclass
class FrontDesk:
    db: Database
    qtbot: QtBot
    make_desk: DeskFactory
    printers: PdfPrinters
    now: datetime
    desk: Desk | None = None
    scans: list[Scan] = field(default_factory=list)

    # --- the desk and its clock -------------------------------------------------------------

    def open(self, when: datetime) -> Desk:
        """Start the desk (closing the one running, as a restart does) at `when`."""
        if self.desk is not None:
            self.desk.window.close()
        self.now = when
        self.desk = self.make_desk(lang="en", now=when, printers=self.printers)
        self.settle()
        return self.desk

    def shut_down(self, when: datetime) -> None:
        """The desk's window closed at `when` (the PC switched off): time passes unseen."""
        self.go(when)
        self.d.window.close()
        self.desk = None

    @property
    def d(self) -> Desk:
        assert self.desk is not None, "the desk is not running"
        return self.desk

    def settle(self) -> None:
        """Every background task finished and its result delivered."""
        desk = self.d
        self.qtbot.waitUntil(lambda: desk.runner.idle, timeout=SETTLE_MS)

    def go(self, when: datetime) -> None:
        """The desk's clock moves on to `when`; what the desk's timers would do meanwhile runs
        (the clock shown, the closing at closing time, the daily duties, the refresh)."""
        desk = self.d
        seconds = (when - self.now).total_seconds()
        assert seconds >= 0, f"the clock only moves forward ({self.now} → {when})"
        new_day = local_date(when) != local_date(self.now)
        self.now = when
        desk.clock.set(when)
        monotonic = desk.actions._monotonic  # the desk's FakeMonotonic
        assert isinstance(monotonic, FakeMonotonic)
        monotonic.now += seconds + 5
        desk.clock_face.tick()
        desk.closing.check()
        self.settle()
        if new_day and desk.duty_start.started:
            desk.daily.check()
        desk.refresher.request()
        self.settle()

    # --- what staff and visitors do ---------------------------------------------------------

    def sign_in(self, user: str) -> None:
        """On the lock screen: choose the name, type the secret fast (as a password manager
        does: typing, never a scan), Enter."""
        screen = self.d.lock.screen
        form = screen.sign_in
        form.user.setCurrentText(user)
        focus(self.qtbot, form.secret)
        QTest.keyClicks(form.secret, SECRETS[user])
        QTest.keyClick(form.secret, Qt.Key.Key_Return)
        self.settle()

    def lock(self) -> None:
        self.key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert self.d.lock.is_locked

    def scan(self, code: str, holder: int | None, at: datetime | None = None) -> None:
        """A scanner burst into whatever has the focus, at `at` (default: now)."""
        if at is not None:
            self.go(at)
        self.scans.append(Scan(self.now, code, holder))
        self.front_window()
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the focus: the keys would go nowhere"
        scanner_types(widget, code)
        self.settle()

    def keys(self, widget: QWidget, text: str) -> None:
        """Typing into a dialog's field, then Enter (there, keys are typing however fast). ASCII
        only: QTest's key events know no other keys."""
        QTest.keyClicks(widget, text)
        QTest.keyClick(widget, Qt.Key.Key_Return)
        self.settle()

    def key(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        """A key pressed where the focus is (a shortcut of the window, once no dialog is open)."""
        self.front_window()
        widget = QApplication.focusWidget()
        assert widget is not None
        QTest.keyClick(widget, key, modifier)
        self.settle()

    def front_window(self) -> None:
        """The desk's window active again once no dialog is open, as the window system makes it
        when a dialog closes (the offscreen platform does not)."""
        window = self.d.window
        if not self.d.open_dialogs() and QApplication.activeWindow() is not window:
            window.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def retype(self, field: QLineEdit, text: str) -> None:
        """Select what a field holds and type `text` over it, then Enter."""
        focus(self.qtbot, field)
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.keys(field, text)

    def choose_adult(self, pickup: PickupDialog, adult: int) -> None:
        """In the pickup's "someone else" field, ↑/↓ to `adult`; Enter goes on to "Release"."""
        focus(self.qtbot, pickup.other)
        ids = [pickup.adult.itemData(n) for n in range(pickup.adult.count())]
        step = Qt.Key.Key_Down if ids.index(adult) > pickup.adult.currentIndex() else Qt.Key.Key_Up
        while pickup.adult.currentData() != adult:
            QTest.keyClick(pickup.other, step)
        QTest.keyClick(pickup.other, Qt.Key.Key_Return)
        self.settle()

    # --- what the screen shows --------------------------------------------------------------

    @property
    def banner(self) -> str:
        banner = self.d.window.banner
        return f"{banner.title} — {banner.details}"

    def tile(self, area: str) -> str:
        tile = self.d.window.tiles.tiles[area]
        return f"{tile.count.text()} {tile.state.text()} {tile.extra.text()}".strip()

    def count(self, area: str) -> str:
        return self.d.window.tiles.tiles[area].count.text()

    def recent(self) -> list[str]:
        return self.d.window.recent.lines()

    def movements(self) -> list[str]:
        """The lines of *Ultimi movimenti* that are check-ins and check-outs."""
        return [line for line in self.recent() if " — checked " in line]

    def children(self) -> dict[str, str]:
        """The kids' view: each child inside and since when, as shown."""
        model = self.d.kids_view.model
        return {
            model.data(model.index(row, 0)): model.data(model.index(row, SINCE))
            for row in range(model.rowCount())
        }

    @staticmethod
    def texts(widget: QWidget) -> str:
        """Every label's text in `widget`, one a line."""
        return "\n".join(label.text() for label in widget.findChildren(QLabel))

    def lock_answer(self) -> str:
        screen = self.d.lock.screen
        assert screen.answer.isVisible(), "the lock screen answered nothing"
        return f"{screen.answer_title.text()} {screen.answer_details.text()}"

    def dialog(self, kind: type[D]) -> D:
        """The one dialog of `kind` on screen, active (as the window system makes a new window)
        with the focus inside it."""
        [dialog] = [d for d in self.d.open_dialogs() if isinstance(d, kind)]
        dialog.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        return dialog

    def no_dialog(self, kind: type[QDialog]) -> None:
        assert not [d for d in self.d.open_dialogs() if isinstance(d, kind)]

    def messages(self) -> RecordingMessages:
        messages = self.d.messages
        assert isinstance(messages, RecordingMessages)
        return messages

    def no_bug_shown(self) -> None:
        bugs = [m for m in self.messages().shown if m.title == "Something went wrong"]
        assert bugs == [], bugs
