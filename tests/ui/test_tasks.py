"""The background-task runner: a result whose window is gone is dropped, never delivered into a
deleted widget; closing stops the workers before the application goes away."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from serre_desk.services.startup import Database
from serre_desk.ui.dialogs.registration import RegistrationDialog
from serre_desk.ui.tasks import TaskRunner
from tests.helpers import person
from tests.ui.conftest import DeskFactory, settle


def gated(gate: threading.Event, result: object = None) -> Callable[[], object]:
    def work() -> object:
        assert gate.wait(10)
        return result

    return work


def delete_now(widget: QDialog | QLineEdit) -> None:
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(widget)


def test_a_look_alike_search_ending_after_its_form_was_closed_is_dropped(
    db: Database, make_desk: DeskFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    person(db, "Mario Rossi")
    gate = threading.Event()
    searched = threading.Event()

    def slow_similar_names(_db: Database, _name: str) -> list[object]:
        searched.set()
        assert gate.wait(10)
        return []

    monkeypatch.setattr("serre_desk.ui.controllers.registration.similar_names", slow_similar_names)
    desk = make_desk()
    dialog: RegistrationDialog = desk.registration.open(desk.window, "Mario Rosi")
    qtbot.waitUntil(searched.is_set, timeout=5_000)
    dialog.done(QDialog.DialogCode.Rejected)  # the form closes while its search runs
    delete_now(dialog)

    gate.set()
    settle(qtbot, desk)  # the late result reaches nobody: no "already deleted" error
    assert desk.registration.dialog is None


def test_a_result_for_a_deleted_widget_is_dropped_and_the_others_delivered(
    qtbot: QtBot,
) -> None:
    errors: list[BaseException] = []
    runner = TaskRunner(errors.append)
    gate = threading.Event()
    field, kept = QLineEdit(), QLineEdit()
    runner.read(gated(gate, "late"), field.setText)
    runner.read(gated(gate, "shown"), kept.setText)
    delete_now(field)
    gate.set()
    qtbot.waitUntil(lambda: runner.idle, timeout=5_000)
    assert kept.text() == "shown" and errors == []
    runner.shutdown()


def test_shutdown_cancels_queued_reads_finishes_the_writes_and_ends_the_threads(
    qtbot: QtBot,
) -> None:
    runner = TaskRunner(lambda error: None)
    gate = threading.Event()
    started = threading.Barrier(3)
    ran: list[str] = []
    delivered: list[object] = []

    def step(name: str, *, blocks: bool = False) -> Callable[[], None]:
        def work() -> None:
            if blocks:
                started.wait(5)
                assert gate.wait(10)
            ran.append(name)

        return work

    runner.read(step("read 1", blocks=True), delivered.append)
    runner.read(step("read 2", blocks=True), delivered.append)
    runner.read(step("queued read"), delivered.append)  # two readers: this one waits its turn
    runner.write(step("write 1"), delivered.append)
    runner.write(step("write 2"), delivered.append)  # a scan made just before closing
    started.wait(5)
    threading.Timer(0.2, gate.set).start()
    runner.shutdown()

    assert sorted(ran) == ["read 1", "read 2", "write 1", "write 2"], "the queued read never ran"
    assert runner._writes.activeThreadCount() == 0 and runner._reads.activeThreadCount() == 0
    runner.write(step("after"), delivered.append)
    QCoreApplication.processEvents()
    assert "after" not in ran and delivered == [], "nothing delivered, nothing new run"
    assert runner.idle
