"""How long the window takes from a context-slider move to a redrawn table and chart.

    QT_QPA_PLATFORM=offscreen python benchmarks/ui_latency.py

For the size-preset table and the whole catalog (the biggest table the window shows) it prints
the slider-to-redraw time when the stop's table is cached (the normal case while dragging: the
stops around the current one are precomputed off the GUI thread), and the time a worker needs
to fill one stop that is not cached yet (the GUI stays responsive meanwhile: cells show the
previous context, dimmed, and are replaced row by row).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings

from vramscope.core.hardware import GpuDevice
from vramscope.core.units import GIB
from vramscope.hardware import FakeProbe, fake_machine
from vramscope.ui.app import create_app, install_language
from vramscope.ui.main_window import MainWindow
from vramscope.ui.settings import Settings
from vramscope.ui.state import EstimatorState


def _wait(state: EstimatorState, timeout_s: float = 600) -> float:
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout_s:
        QCoreApplication.processEvents()
        if state.hardware is not None and not state.busy and state.table_complete:
            return time.perf_counter() - t0
        time.sleep(0.002)
    raise SystemExit("timed out")


def _redraw(window: MainWindow) -> tuple[float, float, float]:
    """Events (state, signals, widget updates), then a forced full repaint of the table and of
    the chart; returns the three times in ms."""
    t0 = time.perf_counter()
    QCoreApplication.processEvents()
    t1 = time.perf_counter()
    window.fit_table.view.viewport().repaint()
    t2 = time.perf_counter()
    window.chart.plot_widget.viewport().repaint()
    t3 = time.perf_counter()
    return (t1 - t0) * 1000, (t2 - t1) * 1000, (t3 - t2) * 1000


def measure(rows: str) -> None:
    app = create_app()
    install_language(app, "en")
    tmp = Path(tempfile.mkdtemp()) / "s.ini"
    settings = Settings(QSettings(str(tmp), QSettings.Format.IniFormat))
    gpu = GpuDevice("NVIDIA GeForce RTX 3060", 12 * GIB, 11 * GIB, 360 * 10**9)
    state = EstimatorState(FakeProbe(fake_machine([gpu], 32 * GIB)), settings)
    state.set_row_source(rows)
    window = MainWindow(state, settings, "en")
    window.show()
    state.refresh_hardware()
    first = _wait(state)
    cells = len(state.rows) * len(state.formats)
    slider = window.run_panel.context_slider
    here = slider.value()
    # cold: a stop far from the current one, never computed
    slider.setValue(0)
    cold = _wait(state)
    # warm: let the worker precompute the neighbours, then step back and forth across them
    _wait(state)
    slider.setValue(here)
    _wait(state)
    samples = []
    parts: list[tuple[float, float, float]] = []
    for _ in range(10):
        for value in (here - 1, here, here + 1, here):
            t0 = time.perf_counter()
            slider.setValue(value)
            part = _redraw(window)
            if state.table_complete:
                samples.append((time.perf_counter() - t0) * 1000)
                parts.append(part)
            _wait(state)
    window.close()
    state.wait_idle()
    med = statistics.median(samples) if samples else float("nan")
    worst = max(samples) if samples else float("nan")
    print(
        f"{rows:8s} {cells:5d} cells  slider->redraw (cached stop): median {med:6.2f} ms, "
        f"max {worst:6.2f} ms over {len(samples)} moves  |  first table {first:6.2f} s, "
        f"uncached stop {cold:6.2f} s (off the GUI thread)"
    )
    if parts:
        ev, tab, ch = (statistics.median(p[i] for p in parts) for i in range(3))
        print(
            f"{'':8s} medians: events {ev:5.2f} ms, table repaint {tab:5.2f} ms, "
            f"chart repaint {ch:5.2f} ms"
        )


if __name__ == "__main__":
    measure("presets")
    measure("catalog")
