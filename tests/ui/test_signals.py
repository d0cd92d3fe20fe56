"""Emitting signals from Python keeps `True` alive: PySide6 6.12.0's `emit()` returns it without
a reference of its own, and a few thousand plain `.emit()` calls abort the interpreter."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from serre_desk.ui.signals import emit


class _Source(QObject):
    changed = Signal(int)


def test_emit_leaves_the_reference_count_of_true_as_it_was() -> None:
    source = _Source()
    heard: list[int] = []
    source.changed.connect(heard.append)
    before = sys.getrefcount(True)
    for value in range(2_000):
        emit(source.changed, value)
    assert abs(sys.getrefcount(True) - before) <= 2  # plain .emit(): 2,000 fewer
    assert heard == list(range(2_000))
