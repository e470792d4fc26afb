"""Issue 12, item 6 in the window: the fit table stars the best pick ``vramscope fit`` marks,
and the breakdown lists the ``suggestions`` of ``vramscope estimate --json``."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from tests._support.window import rtx3060_machine, wait_ready

from vramscope.cli import main as cli_main
from vramscope.hardware import FakeProbe
from vramscope.ui.app import create_app, install_language
from vramscope.ui.fit_table import BEST_PICK_MARK
from vramscope.ui.main_window import MainWindow
from vramscope.ui.settings import Settings
from vramscope.ui.state import EstimatorState


@pytest.fixture
def window(qtbot, qapp, settings: Settings, tmp_path: Path) -> Iterator[tuple[MainWindow, str]]:  # type: ignore[no-untyped-def]
    """The window on the conftest's home PC (RTX 3060 12 GB), and that PC as a
    --fake-hardware file for the CLI."""
    create_app()
    install_language(qapp, "en")
    reading = rtx3060_machine()
    st = EstimatorState(FakeProbe(reading), settings)
    win = MainWindow(st, settings, "en")
    qtbot.addWidget(win)
    st.refresh_hardware()
    win.show()
    wait_ready(qtbot, st)
    path = tmp_path / "machine.json"
    path.write_text(json.dumps(reading.to_json()))
    yield win, str(path)
    st.wait_idle()


def _cli(argv: list[str]) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli_main(argv) == 0
    return out.getvalue()


def test_what_would_make_it_fit_window_lists_the_cli_suggestions(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    win, hw_file = window
    st = win.state
    # Q8_0 of a 14B at 8k spills on a 12 GB card at about 4.5 tok/s, Q5_K_M about 15 (the
    # estimator's figures, core/speed.py)
    st.set_model("catalog:qwen2.5-14b")
    st.set_format("q8_0")
    st.set_context(8192)
    wait_ready(qtbot, st)
    argv = ["estimate", "qwen2.5-14b", "--weights", "q8_0", "--ctx", "8192"]
    cli: dict[str, Any] = json.loads(_cli([*argv, "--fake-hardware", hw_file, "--json"]))
    assert cli["suggestions"], "a slow or unfitting case was meant"
    shown = st.suggestions()
    assert [s.to_json() for s in shown] == cli["suggestions"]
    figures = win.breakdown.figures.text()
    assert "What would make it fit:" in figures
    for s in cli["suggestions"]:
        assert s["text"] in figures


@pytest.mark.parametrize("min_speed", [10.0, 20.0])  # Q5_K_M (about 15 tok/s), then Q4_K_M
def test_nothing_answers_which_to_pick_window_stars_the_cli_pick(  # type: ignore[no-untyped-def]
    qtbot, window, min_speed: float
) -> None:
    """The starred cell is the CLI's marked row, at the default speed and at the Preferences'
    usable speed (= --min-speed)."""
    win, hw_file = window
    st = win.state
    st.set_min_speed(min_speed)
    st.set_model("catalog:qwen2.5-14b")
    st.set_format("q4_k_m")
    st.set_context(8192)
    st.set_row_source("model")
    wait_ready(qtbot, st)
    text = _cli(["fit", "--ctx", "8192", "--min-speed", str(min_speed), "--fake-hardware", hw_file])
    marked = [
        line.split()[1][1:]
        for line in text.splitlines()
        if line.startswith("qwen2.5-14b ") and line.split()[1].startswith("*")
    ]
    assert len(marked) == 1
    model = win.fit_table.model
    assert [r.key for r in st.rows] == ["catalog:qwen2.5-14b"]
    starred = []
    for col, fmt in enumerate(st.formats):
        index = model.index(0, col)
        shown = index.data(Qt.ItemDataRole.DisplayRole)
        if shown.startswith(BEST_PICK_MARK):
            starred.append(fmt.id)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            assert "Best pick: the most bits per weight" in tip
    assert starred == marked
