"""The window's worker runner: a stopped runner runs nothing more, so a state about to be
destroyed has no pool thread left running its Python code."""

from __future__ import annotations

import threading

from vramscope.ui.workers import TaskRunner


def test_a_stopped_runner_cancels_its_task_and_starts_no_more(qapp) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    started = threading.Event()
    saw_cancel = threading.Event()
    ran_after_stop = threading.Event()

    def long_task(report: object, cancel: threading.Event) -> None:
        started.set()
        if cancel.wait(10):
            saw_cancel.set()

    runner.start(long_task)
    assert started.wait(10)
    assert runner.stop(10_000)  # returns once the pool is idle
    assert saw_cancel.is_set() and not runner.running
    runner.start(lambda report, cancel: ran_after_stop.set())
    assert runner.wait(10_000)
    assert not ran_after_stop.is_set()
