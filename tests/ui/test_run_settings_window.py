"""Issue 12, item 6 in the window: "Copy settings" copies the settings ``estimate --json`` gives
for the same plan, the Markdown export has them, and the verdict and the "GPU layers" figure
count GPU layers the same way (as -ngl does)."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from tests._support.window import RTX3060_BANDWIDTH, wait_ready

from vramscope.cli import main as cli_main
from vramscope.core.hardware import GpuDevice
from vramscope.core.units import GIB
from vramscope.hardware import FakeProbe, fake_machine
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


def test_run_settings_copy_button_matches_estimate_json(  # type: ignore[no-untyped-def]
    qtbot, qapp, settings: Settings, tmp_path: Path
) -> None:
    # the conftest's home PC: an RTX 3060 12 GB with 1 GiB held by the desktop, 32 GB RAM
    gpu = GpuDevice("NVIDIA GeForce RTX 3060", 12 * GIB, 11 * GIB, RTX3060_BANDWIDTH)
    reading = fake_machine([gpu], 32 * GIB, ram_available_bytes=28 * GIB)
    create_app()
    install_language(qapp, "en")
    st = EstimatorState(FakeProbe(reading), settings)
    win = MainWindow(st, settings, "en")
    qtbot.addWidget(win)
    st.refresh_hardware()
    win.show()
    wait_ready(qtbot, st)
    st.set_model("catalog:qwen2.5-14b")
    st.set_format("q8_0")
    st.set_context(8192)
    wait_ready(qtbot, st)
    hw_file = tmp_path / "machine.json"
    hw_file.write_text(json.dumps(reading.to_json()))
    cli = _cli_json(["estimate", "qwen2.5-14b", "--weights", "q8_0", "--ctx", "8192",
                     "--fake-hardware", str(hw_file)])  # fmt: skip
    assert cli["verdict_detail"] == "layers_in_ram"
    rs = cli["run_settings"]
    assert win.breakdown.copy_settings_button.isEnabled()
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(win.breakdown.copy_settings_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Run settings\n")
    # the window copies the command lines and values the command line prints
    assert f"    {rs['llama_server']}\n" in copied
    assert f"    {rs['llama_cli']}\n" in copied
    for line in rs["ollama"]["modelfile"]:
        assert f"    {line}\n" in copied
    for name, value in rs["ollama"]["env"].items():
        assert f"    {name}={value}\n" in copied
    lm = rs["lm_studio"]
    assert f"GPU offload {lm['gpu_offload']} of {lm['of']} layers" in copied
    # one layer count: the sentence and the "GPU layers" figure both say -ngl's numbers
    ngl, slots = cli["settings"]["gpu_layers"], st.model.spec.n_layers + 1
    assert f"-ngl {ngl} " in rs["llama_server"]
    assert f"{ngl} of {slots} layers" in win.breakdown.sentence.text()
    assert f"GPU layers: {ngl} of {slots}" in win.breakdown.figures.text()
    # the Markdown export carries the same settings in a section of its own
    win.copy_markdown()
    md = QGuiApplication.clipboard().text()
    assert "### Run settings" in md and f"```\n{rs['llama_server']}\n```" in md
    st.wait_idle()
