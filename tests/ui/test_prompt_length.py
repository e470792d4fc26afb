"""Issue 13: the window takes the expected prompt length, as ``--prompt-tokens`` does."""

from __future__ import annotations

import json
import subprocess
import sys

from tests._support.window import rtx3060_machine, wait_ready

from vramscope.hardware import FakeProbe
from vramscope.ui.main_window import MainWindow
from vramscope.ui.settings import Settings
from vramscope.ui.state import EstimatorState


def _speed(window: MainWindow) -> float:
    p = window.state.plan
    assert p is not None and p.tokens_per_second is not None
    return p.tokens_per_second


def test_prompt_length_changes_the_speed_not_the_memory(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    st.set_context(32768)
    wait_ready(qtbot, st)
    spin = window.run_panel.prompt_spin
    assert spin.value() == 0 and spin.text() == "Half the context"
    half = _speed(window)
    memory = st.plan.estimate.needed_gpu_bytes  # type: ignore[union-attr]
    spin.setValue(30000)
    wait_ready(qtbot, st)
    assert st.workload.prompt_tokens == 30000
    # decode reads the cache the prompt filled: a longer prompt is never faster
    assert _speed(window) < half
    assert st.plan.estimate.needed_gpu_bytes == memory  # type: ignore[union-attr]
    spin.setValue(512)
    wait_ready(qtbot, st)
    assert _speed(window) > half


def test_prompt_length_is_restored(qtbot, qapp, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    st = EstimatorState(FakeProbe(rtx3060_machine()), settings)
    st.set_workload(prompt_tokens=2048)
    st.save()
    st.wait_idle()
    again = EstimatorState(FakeProbe(rtx3060_machine()), settings)
    assert again.workload.prompt_tokens == 2048
    again.wait_idle()


def test_prompt_length_hidden_in_training(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    panel = window.run_panel
    assert panel._form.isRowVisible(panel.prompt_spin)
    window.state.set_workload(mode="lora")
    wait_ready(qtbot, window.state)
    assert not panel._form.isRowVisible(panel.prompt_spin)


def test_window_and_cli_agree_on_the_prompt_speed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The same --prompt-tokens gives the same speed in the window's state and the CLI."""
    common = ["--gpu", "RTX-3060:12", "--ram", "32", "--ctx", "16384", "--prompt-tokens", "12000"]
    state_json = tmp_path / "state.json"
    shot = [sys.executable, "-m", "vramscope", "--screenshot", str(tmp_path / "s.png")]
    subprocess.run(
        [
            *shot,
            "--state-json",
            str(state_json),
            "--lang",
            "en",
            "--model",
            "llama-3.1-8b",
            *common,
        ],
        check=True,
        capture_output=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    cli = subprocess.run(
        [sys.executable, "-m", "vramscope", "estimate", "llama-3.1-8b", "--json", *common],
        check=True,
        capture_output=True,
        text=True,
    )
    shown = json.loads(state_json.read_text(encoding="utf-8"))
    est = json.loads(cli.stdout)
    assert est["settings"]["prompt_tokens"] == 12000
    assert shown["model"]["id"] == "llama-3.1-8b"
    assert shown["settings"]["prompt_tokens"] == 12000
    # the CLI rounds to 0.1 tokens/s, the state file to 0.01
    assert round(shown["headline"]["tokens_per_second"], 1) == est["tokens_per_second"]
