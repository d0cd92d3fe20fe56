"""The kids' space widgets under test: the real services on the test's SQLite file, a fixed desk
clock, the desk's print service with printers that write PDF files, English texts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from serre_desk.i18n import DEFAULT_LANGUAGE, set_language
from serre_desk.services.actor import LOCAL_ADMIN, Actor
from serre_desk.services.startup import Database
from serre_desk.ui.deskclock import DeskClock
from serre_desk.ui.kids_desk import Approved, KidsDesk, PickupLabelPrinter
from tests.conftest import MORNING
from tests.ui.print_helpers import Rig


@dataclass
class Approvals:
    """A manager's prompt that records what it was asked and approves as `manager`."""

    manager: Actor | None = None
    asked: list[str] = field(default_factory=list)

    def __call__(self, _parent: object, what: str, then: Approved) -> None:
        self.asked.append(what)
        if self.manager is not None:
            then(self.manager)


@dataclass
class KidsRig:
    db: Database
    qtbot: QtBot
    printing: Rig
    clock: DeskClock
    approvals: Approvals
    actor: Actor = LOCAL_ADMIN
    kids: KidsDesk = field(init=False)

    def __post_init__(self) -> None:
        context = replace(
            self.printing.context(self.db, MORNING), clock=self.clock, actor=lambda: self.actor
        )
        self.kids = KidsDesk(context, PickupLabelPrinter(context), approve=self.approvals)

    def settle(self) -> None:
        self.printing.settle()


def make_kids_rig(qtbot: QtBot, db: Database, data_dir: Path, tmp_path: Path) -> Iterator[KidsRig]:
    """The body of each test module's `kids_rig` fixture (a fixture here would not be found)."""
    set_language("en")
    rig = KidsRig(db, qtbot, Rig(qtbot, data_dir, tmp_path), DeskClock(MORNING), Approvals())
    yield rig
    rig.printing.close()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(QDialog.DialogCode.Rejected)
    set_language(DEFAULT_LANGUAGE)
