"""Issue 15 (vision): ``--images N`` in ``vramscope estimate`` / ``fit`` and the window's run
panel; the window starts a vision model on one image, a text model on none."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from tests._support.window import wait_ready

from vramscope.cli import main
from vramscope.ui.main_window import MainWindow

ONE_GPU = ["--gpu", "RTX 4090", "--ram", "64"]


def _estimate(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(["estimate", *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _vision_bytes(out: dict) -> int:
    return sum(t["bytes"] for t in out["terms"] if t["name"].startswith("vision_"))


def test_images_option_adds_the_encoder_and_the_image_tokens(
    capsys: pytest.CaptureFixture[str],
) -> None:
    none = _estimate(capsys, "gemma-3-27b", *ONE_GPU)
    one = _estimate(capsys, "gemma-3-27b", *ONE_GPU, "--images", "1")
    four = _estimate(capsys, "gemma-3-27b", *ONE_GPU, "--images", "4")
    assert none["settings"]["images"] == 0 and _vision_bytes(none) == 0
    assert one["settings"]["images"] == 1 and _vision_bytes(one) > 0
    assert none["peak_gpu_bytes"] < one["peak_gpu_bytes"] < four["peak_gpu_bytes"]
    # Gemma 3: 256 tokens per image (mm_tokens_per_image)
    assert any("256 tokens" in n for n in one["notes"])


def test_images_for_a_text_model_are_ignored_with_a_note(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = _estimate(capsys, "llama-3.1-8b", *ONE_GPU)
    asked = _estimate(capsys, "llama-3.1-8b", *ONE_GPU, "--images", "2")
    assert asked["peak_gpu_bytes"] == text["peak_gpu_bytes"]
    assert any("no vision encoder" in n for n in asked["notes"])


def test_a_negative_image_count_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["estimate", "gemma-3-4b", *ONE_GPU, "--images", "-1"])
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip()
    assert "images" in err and "-1" in err and len(err.splitlines()) == 1


def test_window_starts_a_vision_model_on_one_image(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    spin = window.run_panel.images_spin
    st.set_model("catalog:gemma-3-4b")
    wait_ready(qtbot, st)
    assert st.workload.images == 1 and spin.value() == 1
    st.set_model("catalog:llama-3.1-8b")
    wait_ready(qtbot, st)
    assert st.workload.images == 0 and spin.text() == "None"
    # once the user sets it, the count stays when the model changes
    spin.setValue(3)
    wait_ready(qtbot, st)
    st.set_model("catalog:gemma-3-4b")
    wait_ready(qtbot, st)
    assert st.workload.images == 3
    assert st.plan is not None
    assert st.plan.estimate.term("vision_weights") > 0


def test_window_and_cli_agree_on_images(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The same --images gives the same memory in the window's state and the CLI."""
    common = ["--gpu", "RTX-4090:24", "--ram", "64", "--ctx", "8192", "--images", "2"]
    state_json = tmp_path / "state.json"
    subprocess.run(
        [
            sys.executable, "-m", "vramscope", "--screenshot", str(tmp_path / "s.png"),
            "--state-json", str(state_json), "--lang", "en", "--model", "gemma-3-12b", *common,
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    cli = subprocess.run(
        [sys.executable, "-m", "vramscope", "estimate", "gemma-3-12b", "--json", *common],
        check=True,
        capture_output=True,
        text=True,
    )
    shown = json.loads(state_json.read_text(encoding="utf-8"))
    est = json.loads(cli.stdout)
    assert shown["settings"]["images"] == est["settings"]["images"] == 2
    assert shown["headline"]["peak_gpu_bytes"] == est["peak_gpu_bytes"]


def test_run_settings_give_the_projector_and_the_longer_context(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Gemma 3: two images of 256 tokens beside 4096 tokens of text need -c 4608
    assert main(["estimate", "gemma-3-4b", *ONE_GPU, "--ctx", "4096", "--images", "2"]) == 0
    text = capsys.readouterr().out
    assert "-c 4608 --mmproj mmproj-F16.gguf" in text
    assert "PARAMETER num_ctx 4608" in text
    assert main(["estimate", "gemma-3-4b", *ONE_GPU, "--ctx", "4096"]) == 0
    text = capsys.readouterr().out
    assert "-c 4096 " in text and "--mmproj" not in text


def test_the_chosen_image_count_is_kept_across_restarts(qapp, settings, state) -> None:  # type: ignore[no-untyped-def]
    """An image count the user set comes back at the next start; one never set keeps following
    the model (1 for a vision model, 0 for a text model)."""
    from tests.ui.test_window_matches_cli import _machine

    from vramscope.hardware import FakeProbe
    from vramscope.ui.state import EstimatorState

    state.save()
    assert settings.get("run/images") == -1  # not chosen: follows the model
    state.set_images(3)
    state.save()
    again = EstimatorState(FakeProbe(_machine(1)), settings)
    try:
        assert again.images_chosen and again.workload.images == 3
    finally:
        again.wait_idle()
