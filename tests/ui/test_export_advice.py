"""Issue 12, "best pick and what would make it fit" in the window's exports: Save JSON carries
the suggestions ``estimate --json`` lists for the same plan and the best pick of the model's
row (the format the table stars), and the Markdown copy says both."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication
from tests._support.window import rtx3060_machine, wait_ready

from vramscope.app import advice, table_cache
from vramscope.cli import main as cli_main
from vramscope.hardware import FakeProbe
from vramscope.ui.app import create_app, install_language
from vramscope.ui.main_window import MainWindow
from vramscope.ui.settings import Settings
from vramscope.ui.state import EstimatorState


def _cli_json(argv: list[str]) -> dict[str, Any]:
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli_main([*argv, "--json"]) == 0
    data: dict[str, Any] = json.loads(out.getvalue())
    return data


def test_export_advice_save_json_and_markdown_carry_suggestions_and_best_pick(  # type: ignore[no-untyped-def]
    qtbot, qapp, settings: Settings, tmp_path: Path
) -> None:
    reading = rtx3060_machine()
    create_app()
    install_language(qapp, "en")
    st = EstimatorState(FakeProbe(reading), settings)
    win = MainWindow(st, settings, "en")
    qtbot.addWidget(win)
    st.refresh_hardware()
    win.show()
    wait_ready(qtbot, st)
    # Qwen2.5 14B in Q8_0 at 8k on a 12 GB card: layers in RAM, slower than a usable speed
    st.set_model("catalog:qwen2.5-14b")
    st.set_format("q8_0")
    st.set_context(8192)
    wait_ready(qtbot, st)
    qtbot.waitUntil(lambda: bool(st.suggestions()) and st.best_pick() is not None, timeout=60_000)
    hw_file = tmp_path / "machine.json"
    hw_file.write_text(json.dumps(reading.to_json()))
    cli = _cli_json(["estimate", "qwen2.5-14b", "--weights", "q8_0", "--ctx", "8192",
                     "--fake-hardware", str(hw_file)])  # fmt: skip
    assert cli["suggestions"]

    saved = tmp_path / "estimate.json"
    win.save_json(str(saved))
    out = json.loads(saved.read_text(encoding="utf-8"))
    # the same changes with the same effects as the command line lists
    assert out["suggestions"] == cli["suggestions"]
    # the best pick of the row: app.advice's over the table's formats, as `fit` marks it
    assert st.hardware is not None
    cells = {
        f.id: table_cache.compute_cell(st.model, f, st.workload, 8192, st.hardware)
        for f in st.formats
    }
    pick = advice.best_pick(cells, st.min_speed_tps)
    assert pick is not None and out["best_pick"] == pick
    assert out["recommended"] is (pick == "q8_0")

    win.copy_markdown()
    md = QGuiApplication.clipboard().text()
    assert f"- Best pick in the table: {pick.upper()}" in md
    assert "- What would make it fit:" in md
    for s in cli["suggestions"]:
        assert f"- {s['text']}" in md
    st.wait_idle()
