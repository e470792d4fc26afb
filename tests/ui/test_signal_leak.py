"""Regression guard for PySide6 6.12.0 on Python 3.11 (DESIGN.md pitfalls): every
Signal.emit() leaked a reference to True and the interpreter aborted after some thousands."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(int)


def test_emit_a_signal_100000_times(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter = _Emitter()
    seen = [0]

    def count(_value: int) -> None:
        seen[0] += 1

    emitter.changed.connect(count)
    for i in range(100_000):
        emitter.changed.emit(i)
    assert seen[0] == 100_000
