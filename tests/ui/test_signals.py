"""Signals emitted from Python leave `True` alone. PySide6 6.12.0's `SignalInstance.emit()`
returned `True` without a reference of its own, so a desk running all day aborted the
interpreter ("bool_dealloc: deallocating True"); pyproject pins a PySide6 without that bug, and
this test fails if an upgrade brings it back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

EMITS = 1_000


class _Source(QObject):
    changed = Signal(int)


def test_a_thousand_emits_leave_the_reference_count_of_true_unchanged() -> None:
    source = _Source()
    heard: list[int] = []
    source.changed.connect(heard.append)
    before = sys.getrefcount(True)
    for value in range(EMITS):
        source.changed.emit(value)
    after = sys.getrefcount(True)  # outside the assert: pytest's rewriting holds its operands
    assert after == before
    assert heard == list(range(EMITS))
