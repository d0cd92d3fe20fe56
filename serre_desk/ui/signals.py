"""Emitting Qt signals from Python code without wearing out `True`.

PySide6 6.12.0's `SignalInstance.emit()` returns `True` without a reference of its own, so every
`.emit(...)` made from Python takes one reference away from `True` (Python 3.11 counts them; from
3.12 `True` is immortal). After some thousands of emits the interpreter aborts with "Fatal Python
error: bool_dealloc: deallocating True or False" — in a desk that runs all day, or at the end of a
test run. `emit()` gives the reference back when (and only when) this PySide6 takes it.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None
PROBES = 8


class _Probe(QObject):
    ping = Signal()


def _emit_borrows_its_result() -> bool:
    """Whether `emit()` hands back a reference it does not own (measured, not assumed)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    results = [probe.ping.emit() for _ in range(PROBES)]
    owned = sys.getrefcount(True) - before  # PROBES when each result is a reference of its own
    borrowed = owned < PROBES // 2
    if borrowed:
        for result in results:  # the list gives back what it was never given
            _incref(result)
    return borrowed


EMIT_BORROWS = _emit_borrows_its_result()


def emit(signal: SignalInstance, *args: object) -> None:
    """`signal.emit(*args)`, keeping the reference count of its result right. Safe on any thread
    (ctypes calls into Python with the GIL held)."""
    result = signal.emit(*args)
    if EMIT_BORROWS:
        _incref(result)
