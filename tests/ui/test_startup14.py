"""Issue 14, the last speed and table items: the chart built after the first paint, the table's
filters kept between runs, and a fit table without a sideways scroll bar at 1024x768."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from vramscope.app.session import formats_for
from vramscope.app.table_filter import TableFilter
from vramscope.ui.main_window import MainWindow
from vramscope.ui.memory_chart import MemoryChart
from vramscope.ui.settings import Settings
from vramscope.ui.state import EstimatorState

ROOT = Path(__file__).resolve().parents[2]

# Builds the window as `python -m vramscope` does, then reports which heavy modules were loaded
# right after it was constructed and shown (before any event-loop turn), and after the loop
# has painted the window and built the chart. A fresh process: this one has pyqtgraph loaded.
_LAZY_CHART = """
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from vramscope.ui.launch import _make_window, build_parser

args = build_parser().parse_args(["--gpu", "RTX 3060:12", "--ram", "32", "--lang", "en"])
window, state = _make_window(args, persistent=False)
window.show()
heavy = ("pyqtgraph", "numpy")
before = sorted(m for m in heavy if m in sys.modules)
built_before = window.chart_built
from PySide6.QtCore import QCoreApplication
deadline = time.monotonic() + 60
while not window.chart_built and time.monotonic() < deadline:
    QCoreApplication.processEvents()
    time.sleep(0.005)
print(json.dumps({
    "before": before,
    "built_before": built_before,
    "built": window.chart_built,
    "chart_class": type(window.chart).__name__,
    "after": sorted(m for m in heavy if m in sys.modules),
}))
"""


def test_chart_is_built_after_the_first_paint() -> None:
    """Start-up (item 14): the window is constructed and shown without pyqtgraph or numpy;
    the first turns of the event loop (the first paint) then build the real chart."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}
    r = subprocess.run(
        [sys.executable, "-c", _LAZY_CHART],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=ROOT,
    )
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout.strip().splitlines()[-1])
    assert out["before"] == [] and out["built_before"] is False
    assert out["built"] is True and out["chart_class"] == "MemoryChart"
    assert out["after"] == ["numpy", "pyqtgraph"]


def test_screenshot_holds_the_real_chart(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """--screenshot builds the chart before it grabs the window (the grab sees the real chart,
    not its stand-in), and --state-json reads the chart's own lines."""
    from vramscope.ui import launch

    grabbed: list[bool] = []
    original = MainWindow.grab

    def grab(self: MainWindow, *args: object) -> object:
        grabbed.append(self.chart_built)
        return original(self, *args)

    monkeypatch.setattr(MainWindow, "grab", grab)
    shot, state = tmp_path / "shot.png", tmp_path / "state.json"
    argv = ["--screenshot", str(shot), "--state-json", str(state), "--gpu", "RTX 3060:12"]
    assert launch.main([*argv, "--ram", "32", "--lang", "en"]) == 0
    assert grabbed == [True]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    chart = json.loads(state.read_text(encoding="utf-8"))["chart"]
    assert chart["series"] and chart["lines"], chart


def test_chart_slot_is_replaced_in_place(qtbot, window: MainWindow) -> None:
    """The chart takes the stand-in's place beside the breakdown, and a language switch
    rebuilds it at once (no stand-in left behind)."""
    assert window.chart_built  # the window fixture showed it: the first paint built it
    assert isinstance(window.chart, MemoryChart)
    assert window.bottom_splitter.indexOf(window.chart) == 0
    window.set_language("en")
    assert window.chart_built
    assert window.bottom_splitter.indexOf(window.chart) == 0


def _filtered() -> TableFilter:
    return TableFilter(
        fits_gpu_only=True,
        min_tps=20.0,
        min_params=1_500_000_000,
        max_params=15_000_000_000,
        runtime_compatible_only=True,
        classics=True,
        sort="speed",
    )


def test_table_filters_persist(
    qtbot, state: EstimatorState, settings: Settings, tmp_path: Path
) -> None:
    """Item 2: the sort, filters and classics chosen in one run are there in the next (a new
    window on the same settings file); the search text is not kept."""
    first = MainWindow(state, settings, "en")
    qtbot.addWidget(first)
    wanted = _filtered()
    first.fit_table.find_bar.set_filter(wanted)
    first.fit_table.find_bar.search.setText("qwen")
    assert first.fit_table.model.filter.search == "qwen"
    first.close()
    settings.sync()

    again = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert again.get("table/sort") == "speed"
    second = MainWindow(state, again, "en")
    qtbot.addWidget(second)
    assert second.fit_table.find_bar.current() == wanted
    assert second.fit_table.model.filter == wanted
    assert second.fit_table.find_bar.search.text() == ""
    assert "5" in second.fit_table.find_bar.filters_button.text()  # "Filters (5)"


def test_table_family_filter_persists(qtbot, state: EstimatorState, settings: Settings) -> None:
    """A family is restored once the rows offer it (the whole catalog)."""
    state.set_row_source("catalog")
    first = MainWindow(state, settings, "en")
    qtbot.addWidget(first)
    bar = first.fit_table.find_bar
    bar.family.setCurrentIndex(bar.family.findData("qwen"))
    assert first.fit_table.model.filter.family == "qwen"
    second = MainWindow(state, settings, "en")
    qtbot.addWidget(second)
    assert second.fit_table.model.filter.family == "qwen"


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(30)
    QApplication.processEvents()


@pytest.mark.parametrize("rows", ["presets", "catalog"])
@pytest.mark.parametrize("runtime", ["llama.cpp", "transformers"])
def test_no_sideways_scroll_at_1024x768(qtbot, window: MainWindow, rows: str, runtime: str) -> None:
    """Item 4: at 1024x768 every format's column is in view without a horizontal scroll bar
    (the table's, or the scroll area around it), model sizes or the whole catalog."""
    st = window.state
    st.set_row_source(rows)
    st.set_runtime(runtime)
    # the columns are the runtime's formats: the cells need not be computed for their widths
    want = len(formats_for(runtime))
    qtbot.waitUntil(lambda: window.fit_table.model.columnCount() == want)
    window.resize(1024, 768)
    _settle(qtbot)
    view = window.fit_table.view
    assert view.model().columnCount() >= 7
    assert not view.horizontalScrollBar().isVisible()
    assert view.horizontalScrollBar().maximum() == 0
    assert not window.table_scroll.horizontalScrollBar().isVisible()
    header = view.horizontalHeader()
    last = view.model().columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        view.viewport().width()
    )
