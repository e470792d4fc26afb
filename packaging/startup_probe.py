"""Start-up probe for benchmarks/startup.py; does nothing unless VRAMSCOPE_STARTUP_PROBE is set.

When the variable names a file, the first time a top-level window has been painted this writes
``time.time()`` to that file, after the time the event loop started, and ends the process, so
the benchmark can time "double-click to a window on screen" for any Qt app without touching
the app's code, and tell the work done before ``exec()`` from what delays the first paint.

It runs as a PyInstaller runtime hook in every frozen build (so the timed binary is the shipped
one) and, in source runs, before the app's own code (``runpy.run_path`` on this file). It wraps
``QApplication.exec``: the window exists and is shown by then; painting happens inside the loop.
"""

from __future__ import annotations

import os
from typing import Any

PROBE_ENV = "VRAMSCOPE_STARTUP_PROBE"


def _install(out_path: str) -> None:
    import time

    from PySide6 import QtCore, QtWidgets

    class _FirstPaint(QtCore.QObject):
        """Records the end of the first paint of a visible top-level window, then exits."""

        fired = False

        def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
            if (
                not self.fired
                and event.type() == QtCore.QEvent.Type.Paint
                and isinstance(watched, QtWidgets.QWidget)
                and watched.window().isVisible()
            ):
                self.fired = True
                # runs once this paint pass (every widget of the window) has finished
                QtCore.QTimer.singleShot(0, _record)
            return False

    def _record() -> None:
        with open(out_path, "w", encoding="ascii") as f:
            f.write(f"{time.time():.6f} {exec_started[0]:.6f}\n")
        os._exit(0)  # skip teardown: only the way up is timed

    original_exec = QtWidgets.QApplication.exec
    probe = _FirstPaint()
    exec_started = [0.0]

    def exec_with_probe(*_args: Any) -> int:
        # exec() is static: called as app.exec() this gets the instance, which Qt must not
        exec_started[0] = time.time()
        app = QtWidgets.QApplication.instance()
        if app is not None:
            app.installEventFilter(probe)
        return int(original_exec())

    QtWidgets.QApplication.exec = exec_with_probe  # type: ignore[method-assign]


_target = os.environ.get(PROBE_ENV)
if _target:
    _install(_target)
