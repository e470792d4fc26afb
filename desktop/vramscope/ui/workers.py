"""Work off the GUI thread: a function runs in a QThreadPool, its result comes back by signal.

Signals emitted from a worker thread to an object living in the GUI thread are queued by Qt, so
the callbacks always run on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

__all__ = ["CancelledError", "TaskRunner"]


class CancelledError(Exception):
    """Raised inside a task whose result nobody wants any more."""


class _Relay(QObject):
    # Lives in the GUI thread: a worker emitting on it gets its signal queued to that thread.
    # The ticket travels with each result so a runner can drop answers to superseded tasks.
    done = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, object)


class _Job(QRunnable):
    def __init__(
        self,
        relay: _Relay,
        ticket: int,
        fn: Callable[[Callable[[object], None], threading.Event], object],
        cancel: threading.Event,
    ) -> None:
        super().__init__()
        self._relay, self._ticket, self._fn, self._cancel = relay, ticket, fn, cancel
        self.setAutoDelete(True)

    def run(self) -> None:
        """Run the task on a pool thread and relay its result, failure or partial results."""
        if self._cancel.is_set():
            return  # superseded while it waited in the pool's queue
        try:
            result = self._fn(
                lambda part: self._relay.progress.emit(self._ticket, part), self._cancel
            )
        except CancelledError:
            return
        except Exception as exc:  # any failure becomes a message in the window, never a crash
            self._relay.failed.emit(self._ticket, exc)
            return
        # a result that arrives after a newer task started is stale: nobody shows it
        if not self._cancel.is_set():
            self._relay.done.emit(self._ticket, result)


class TaskRunner(QObject):
    """Runs one kind of task; starting a new one cancels the previous (only the latest counts).

    ``fn(report, cancel)`` may call ``report(part)`` for partial results and should poll
    ``cancel.is_set()`` (or let :class:`CancelledError` escape) so superseded work stops early.
    """

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(object)

    def __init__(self, parent: QObject | None = None, *, threads: int = 1) -> None:
        super().__init__(parent)
        # A pool of its own, not the global one: a long table job must not queue the plan of
        # the selected cell behind it.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_relay_done)
        self._relay.failed.connect(self._on_relay_failed)
        self._relay.progress.connect(self._on_relay_progress)
        self._ticket = 0
        self._cancel = threading.Event()
        self._running = False
        self._stopped = False

    @property
    def running(self) -> bool:
        """True from :meth:`start` until the latest task finished, failed or was cancelled."""
        return self._running

    def start(self, fn: Callable[[Callable[[object], None], threading.Event], Any]) -> None:
        """Run ``fn`` on the pool; the task before it is told to stop and its result dropped.
        Nothing runs once the runner is :meth:`stop`-ped."""
        if self._stopped:
            return
        # Each task gets its own event: setting the old one stops the old task without
        # touching the new one, which may start before the old one has noticed.
        self._cancel.set()
        self._cancel = threading.Event()
        self._ticket += 1
        self._running = True
        self._pool.start(_Job(self._relay, self._ticket, fn, self._cancel))

    def cancel(self) -> None:
        """Stop the running task (it checks its event) and forget its result."""
        self._cancel.set()
        self._running = False

    def stop(self, msecs: int = -1) -> bool:
        """Cancel the running task, refuse new ones and wait for the pool: a queued result must
        not start more work on an object about to be destroyed (a pool thread still running
        Python while its owner is collected crashes the process). False when ``msecs`` ran
        out."""
        self._stopped = True
        self.cancel()
        return self.wait(msecs)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (tests, closing); False when ``msecs`` ran out."""
        return self._pool.waitForDone(msecs)

    def _on_relay_done(self, ticket: int, result: object) -> None:
        if ticket == self._ticket:
            self._running = False
            self.finished.emit(result)

    def _on_relay_failed(self, ticket: int, exc: object) -> None:
        if ticket == self._ticket:
            self._running = False
            self.failed.emit(exc)

    def _on_relay_progress(self, ticket: int, part: object) -> None:
        if ticket == self._ticket:
            self.progress.emit(part)
