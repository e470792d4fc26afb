"""Issue 14 (the window a hobbyist trusts): one test per item of the window's part."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from tests._support.window import rtx3060_machine, wait_ready

from vramscope.app.present import format_params, format_size, format_speed, gpu_list, size_value
from vramscope.cli import main as cli_main
from vramscope.core.units import GIB
from vramscope.hardware import fake_machine
from vramscope.ui import launch, texts
from vramscope.ui.main_window import MainWindow
from vramscope.ui.state import MeasuredPoint


def _selected_cell(window: MainWindow):  # type: ignore[no-untyped-def]
    st = window.state
    return st.cells[(st.model.key, st.format_id)]


def test_stale_headline_follows_every_setting(qtbot, window: MainWindow) -> None:
    """Issue 14 item 1: with the chosen model a row of the table, changing KV cache, parallel
    sequences, flash attention (inference) or optimiser, LoRA rank, checkpointing (training)
    updates the headline and breakdown, not only the cell."""
    st = window.state
    st.set_row_source("model")
    wait_ready(qtbot, st)
    changes: list[dict[str, object]] = [
        {"flash_attention": "off"},
        {"flash_attention": "on", "kv_cache_type": "q4_0"},
        {"batch": 4},
        {"mode": "lora"},
        {"optimizer": "sgd"},
        {"lora_rank": 256},
        {"grad_checkpointing": False},
    ]
    for change in changes:
        st.set_workload(**change)
        wait_ready(qtbot, st)
        assert st.plan is not None
        wl = st.plan.estimate.workload
        for name, value in change.items():
            assert getattr(wl, name) == value, (change, wl)
        cell = _selected_cell(window)
        assert cell.plan is not None
        # the headline is the cell's verdict, in the same words
        assert window.breakdown.sentence.text() == texts.plan_sentence(cell.plan, st.binary_units)
        assert st.plan.estimate.peak_gpu_bytes == cell.peak_gpu_bytes


# ----- the --state-json hook ------------------------------------------------------------------


def _state_json(tmp_path: Path, argv: list[str]) -> dict[str, Any]:
    """``python -m vramscope --screenshot ... --state-json ...`` in this process (the window's
    launcher, offscreen), in English, with default settings."""
    png, out = tmp_path / "shot.png", tmp_path / "state.json"
    with redirect_stdout(io.StringIO()):
        code = launch.main(
            ["--screenshot", str(png), "--state-json", str(out), "--lang", "en", *argv]
        )
    assert code == 0
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def _cli_json(argv: list[str]) -> dict[str, Any]:
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli_main(["estimate", *argv, "--json"]) == 0
    data: dict[str, Any] = json.loads(out.getvalue())
    return data


def _no_gpu_machine(tmp_path: Path) -> str:
    path = tmp_path / "no-gpu.json"
    path.write_text(json.dumps(fake_machine([], 32 * GIB, ram_available_bytes=28 * GIB).to_json()))
    return str(path)


# (model, options shared by both commands): a 70B model spilling from two 3090s, an MoE on a
# 3060, LoRA training in transformers, a machine without a GPU, and a fixed placement
STATE_CASES: list[tuple[str, list[str]]] = [
    (
        "llama-3.1-70b",
        ["--weights", "q4_k_m", "--gpu", "RTX 3090", "--gpu", "RTX 3090", "--ram", "64"],
    ),
    (
        "qwen3-30b-a3b",
        [
            *("--weights", "q4_k_m", "--kv-cache", "q8_0", "--flash-attn", "on"),
            *("--gpu", "RTX 3060", "--ram", "32"),
        ],
    ),
    (
        "llama-3.1-8b",
        [
            *("--mode", "lora", "--runtime", "transformers", "--weights", "bf16"),
            *("--lora-rank", "64", "--optimizer", "adamw-8bit", "--gpu", "RTX 4090", "--ram", "64"),
        ],
    ),
    ("llama-3.1-8b", ["--weights", "q4_k_m", "--batch", "2", "--ctx", "8192", "NO_GPU"]),
    (
        "llama-3.1-8b",
        ["--weights", "q8_0", "--gpu-layers", "20", "--gpu", "RTX 3060", "--ram", "32"],
    ),
]


@pytest.mark.parametrize(("model", "options"), STATE_CASES)
def test_state_json_matches_estimate_json(
    qapp, tmp_path: Path, model: str, options: list[str]
) -> None:
    """Issue 14's hook: what the window shows (``--state-json``) equals ``vramscope estimate
    --json`` for the same model, options and machine: verdict, sentence, speed, peaks, every
    breakdown row, the chosen cell and the chart's series at the chosen context."""
    options = [
        a
        for o in options
        for a in (["--fake-hardware", _no_gpu_machine(tmp_path)] if o == "NO_GPU" else [o])
    ]
    shown = _state_json(tmp_path, ["--model", model, "--rows", "model", *options])
    cli = _cli_json([model, *options])
    head = shown["headline"]
    assert head["verdict"] == cli["verdict"]
    assert head["verdict_detail"] == cli["verdict_detail"]
    assert head["sentence"] == cli["sentence"]
    assert head["tokens_per_second"] == cli["tokens_per_second"]
    assert head["peak_gpu_bytes"] == cli["peak_gpu_bytes"]
    assert head["peak_ram_bytes"] == cli["peak_ram_bytes"]
    assert shown["settings"]["runtime"] == cli["settings"]["runtime"]
    assert shown["settings"]["mode"] == cli["settings"]["mode"]
    assert shown["weights"] == cli["settings"]["weights"]
    terms = [(t["name"], t["device"], t["bytes"]) for t in cli["terms"] if t["bytes"]]
    rows = [(r["name"], r["device_id"], r["bytes"]) for r in shown["breakdown"]]
    assert rows == terms
    # the chosen model's row: its cell for the chosen format is the same plan (auto placement)
    (row,) = shown["table"]["rows"]
    cell = next(c for c in row["cells"] if c["weights"] == shown["weights"])
    assert cell["text"]
    if "--gpu-layers" not in options:
        assert cell["verdict"] == cli["verdict"]
        assert cell["peak_gpu_bytes"] == cli["peak_gpu_bytes"]
        assert cell["tokens_per_second"] == cli["tokens_per_second"]
    # the chart's stack at the chosen context: every term of the estimate, summed over devices
    series = shown["chart"]["series"]
    assert series and {s["name"] for s in series} <= {t["name"] for t in cli["terms"]}
    assert [s["y"] for s in series] == sorted(s["y"] for s in series)  # stacked: cumulative


# ----- item 2: the chart's readout ------------------------------------------------------------


def test_hover_wrecks_layout_readout_keeps_its_size(qtbot, window: MainWindow) -> None:
    """Issue 14 item 2: a hover fills the readout with a long line; at 1440x900 the breakdown
    beside the chart must keep its width, the readout its height, and the readout clears when
    the mouse leaves the plot."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtWidgets import QApplication

    window.resize(1440, 900)
    QApplication.processEvents()
    chart = window.chart
    width_before = window.breakdown.width()
    height_before = chart.readout.height()
    rect = chart.plot.getViewBox().sceneBoundingRect()
    chart._on_mouse_moved((QPointF(rect.right() - 3, rect.center().y()),))
    for _ in range(3):
        QApplication.processEvents()
    full = chart.readout_full_text
    assert full.startswith("At ") and len(full) > 80  # the long line that used to widen it
    assert chart.readout.height() == height_before
    assert window.breakdown.width() == width_before
    assert chart.readout.fontMetrics().horizontalAdvance(chart.readout.text()) <= chart.width()
    QApplication.sendEvent(chart.plot_widget, QEvent(QEvent.Type.Leave))
    assert chart.readout_full_text == ""
    assert chart.readout.text().strip() == ""


# ----- item 3: sentences that contradict themselves --------------------------------------------


def test_sentences_that_contradict_themselves_speed_is_one_figure(
    qtbot, window: MainWindow
) -> None:
    """Issue 14 item 3: the headline's "about N tokens/s", the cell's "N tok/s" and the
    breakdown's generation speed are the same figure (a 70B spilling: 1-10 tokens/s)."""
    st = window.state
    st.set_row_source("model")
    st.set_model("catalog:llama-3.1-70b")
    st.set_format("q2_k")
    wait_ready(qtbot, st)
    p = st.plan
    assert p is not None and p.tokens_per_second is not None
    assert p.tokens_per_second < 10, p.tokens_per_second
    figure = format_speed(p.tokens_per_second)
    assert f"about {figure} tokens/s" in window.breakdown.sentence.text()
    assert f"Generation: about {figure} tokens/s" in window.breakdown.figures.text()
    cell = window.fit_table.model.cell_text(st.cells[(st.model.key, st.format_id)])
    # the cell's caption names the unit: "~1.7 (1.2-2.3)"
    assert f"~{figure} (" in cell


def test_sentences_that_contradict_themselves_small_figures() -> None:
    """Issue 14 item 3: no "0.0 tokens/s", "0.00 GB", "0.0 B parameters" or "about 1 tokens/s";
    the spare memory is not followed by the usage range as if it were the spare's; several GPUs
    are listed once each."""
    assert format_speed(0.0) == "<0.1"
    assert format_speed(0.04) == "<0.1"
    assert format_speed(0.55) == "0.6"
    assert format_speed(1.0) == "1.0"  # "about 1.0 tokens/s": never a bare "1 tokens/s"
    assert format_speed(1.5) == "1.5"
    assert format_speed(9.97) == "10"
    assert format_speed(25.4) == "25"
    assert format_size(0, binary=False) == "0 MB"
    assert format_size(48 * 10**6, binary=False) == "48 MB"
    assert format_size(48 * 2**20, binary=True) == "48 MiB"
    assert format_size(1.5 * 10**9, binary=False) == "1.50 GB"
    assert format_size(12 * GIB) == "12.0 GiB"  # a "12 GB" card reads 12.0 by default
    assert format_params(494_032_768) == "494 M"
    assert format_params(8_030_261_248) == "8.0 B"
    assert gpu_list("RTX 3090 + NVIDIA GeForce RTX 3090") == "2× RTX 3090"
    assert gpu_list("NVIDIA GeForce RTX 4090 + RTX 3060") == "RTX 4090 + RTX 3060"
    assert gpu_list("NVIDIA GeForce RTX 3060") == "NVIDIA GeForce RTX 3060"


def test_sentences_that_contradict_themselves_fit_and_small_model(
    qtbot, window: MainWindow
) -> None:
    """Issue 14 item 3: a fit says what it likely uses, not "to spare (likely ...)"; a 0.5B
    model shows its parameters in millions and no size as 0.00."""
    st = window.state
    st.set_model("catalog:qwen2.5-0.5b")
    wait_ready(qtbot, st)
    sentence = window.breakdown.sentence.text()
    assert "to spare (it likely uses" in sentence, sentence
    info = window.run_panel.model_info.text()
    assert "M parameters" in info and "0.0 B" not in info, info
    shown = [
        window.breakdown.table.item(r, 2).text() for r in range(window.breakdown.table.rowCount())
    ]
    assert shown and not any(s.startswith(("0.00", "0.0 ")) for s in shown), shown
    assert "0.00 " not in window.breakdown.figures.text()


# ----- item 5: the measured-peak star ------------------------------------------------------------


def test_measured_peak_star_sits_on_its_device_curve(qtbot, window: MainWindow) -> None:
    """Issue 14 item 5: a measured VRAM peak is drawn with the estimated VRAM curve (not the
    stacked VRAM + RAM total); a RAM peak with the RAM curve."""
    st = window.state
    series = st.chart[st.format_id]
    i = len(series.contexts) // 2
    ctx = series.contexts[i]
    assert series.ram_totals[i] > 0  # llama.cpp keeps the token embeddings in RAM
    st.set_measured(MeasuredPoint(ctx, series.gpu_totals[i], "llama-server", "gpu"))
    chart = window.chart
    gpu_curve = chart.device_curve_at(ctx)
    assert gpu_curve is not None
    star = chart.measured_point
    assert star is not None
    # the star equals the VRAM curve it is compared with; the total is higher by the RAM part
    assert star[1] == pytest.approx(gpu_curve, rel=1e-6)
    assert size_value(series.totals[i]) > gpu_curve
    st.set_measured(MeasuredPoint(ctx, series.ram_totals[i], "cpu run", "ram"))
    ram_curve = chart.device_curve_at(ctx)
    assert ram_curve == pytest.approx(size_value(series.ram_totals[i]), rel=1e-6)
    st.set_measured(None)
    assert chart.device_curve_at(ctx) is None


# ----- item 9: training mode ----------------------------------------------------------------------


def test_training_mode_hides_inference_controls_and_ram_line(qtbot, window: MainWindow) -> None:
    """Issue 14 item 9: training hides the KV cache and flash attention, calls the batch a
    batch, and draws no "free VRAM + RAM" line (transformers cannot spill); the y-axis stays
    near the curve and the GPU."""
    st = window.state
    panel = window.run_panel
    assert panel.kv_combo.isVisibleTo(panel)
    assert "both" in window.chart.limit_lines
    st.set_workload(mode="lora")
    wait_ready(qtbot, st)
    assert not panel.kv_combo.isVisibleTo(panel)
    assert not panel.flash_combo.isVisibleTo(panel)
    assert "Batch" in panel.batch_label.text()
    assert "both" not in window.chart.limit_lines
    series = st.chart[st.format_id]
    top = max(
        size_value(max(series.band_high)),
        size_value(max(series.totals)),
        size_value(st.hardware.gpu_total_bytes),
    )
    _lo, y_max = window.chart.plot.getViewBox().viewRange()[1]
    assert y_max <= top * 1.1
    # the GPU's line in the upper half, the chosen context's total in view
    i = min(range(len(series.contexts)), key=lambda k: abs(series.contexts[k] - st.context))
    at_ctx = size_value(series.totals[i])
    gpu = size_value(st.hardware.gpu_total_bytes)
    assert at_ctx <= y_max <= max(2 * gpu, at_ctx * 1.15) * 1.05 + 1e-6
    st.set_workload(mode="inference")
    wait_ready(qtbot, st)
    assert panel.kv_combo.isVisibleTo(panel)
    assert "Parallel" in panel.batch_label.text()


# ----- item 12: the machine panel ---------------------------------------------------------------


def _panel_lines(window: MainWindow) -> list[str]:
    return window.machine_panel.summary_text().split("<br>")


def test_machine_panel_says_no_gpu_once(qtbot, qapp, settings) -> None:  # type: ignore[no-untyped-def]
    """Issue 14 item 12: with no usable GPU the panel says so once (the probe's reason), not
    twice."""
    from vramscope.core import Note
    from vramscope.hardware import FakeProbe
    from vramscope.hardware import notes as hw_notes
    from vramscope.ui.state import EstimatorState

    # what the probe reports on a PC without an NVIDIA driver
    reading = fake_machine(
        [], 32 * GIB, ram_available_bytes=28 * GIB, notes=(Note.of(hw_notes.NVML_NO_USABLE_GPU),)
    )
    st = EstimatorState(FakeProbe(reading), settings)
    win = MainWindow(st, settings, "en")
    qtbot.addWidget(win)
    st.refresh_hardware()
    win.show()
    qtbot.waitUntil(lambda: st.hardware is not None, timeout=30_000)
    lines = [line.lower() for line in _panel_lines(win)]
    assert sum("no usable" in line for line in lines) == 1, lines
    st.wait_idle()


def test_machine_panel_lists_gpu_processes(qtbot, qapp, settings) -> None:  # type: ignore[no-untyped-def]
    """Issue 14 item 12: the programs holding GPU memory are on the panel, not only in a
    tooltip."""
    from dataclasses import replace

    from vramscope.hardware import FakeProbe
    from vramscope.hardware.reading import GpuProcess
    from vramscope.ui.state import EstimatorState

    reading = rtx3060_machine()
    procs = (
        GpuProcess(101, "ollama", 5 * GIB),
        GpuProcess(7, "Xorg", 300 * 2**20),
        GpuProcess(8, "firefox", 200 * 2**20),
        GpuProcess(9, "steam", 100 * 2**20),
    )
    reading = replace(reading, gpus=(replace(reading.gpus[0], processes=procs),))
    st = EstimatorState(FakeProbe(reading), settings)
    win = MainWindow(st, settings, "en")
    qtbot.addWidget(win)
    st.refresh_hardware()
    win.show()
    qtbot.waitUntil(lambda: st.hardware is not None, timeout=30_000)
    line = next(x for x in _panel_lines(win) if x.startswith("Using it:"))
    assert "ollama" in line and "Xorg" in line and "firefox" in line
    assert "steam" not in line and "1 more" in line
    st.wait_idle()


# ----- item 4: one unit system --------------------------------------------------------------------


def test_units_one_system_a_12_gb_card_reads_12(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """Issue 14 item 4: by default every size is in GiB, as nvidia-smi and the OS count: the
    RTX 3060 (12 GiB) reads 12.0 in the machine panel and on the chart's line; the CLI's
    sentence and the window's use the same unit; choosing GB switches the whole window."""
    from vramscope.ui.dialogs import PreferencesDialog

    st = window.state
    assert st.binary_units  # a fresh settings file: GiB
    panel = window.machine_panel.summary_text()
    assert "total 12.0 GiB" in panel, panel
    assert window.chart.limit_lines["total"].label.format.endswith("12.0 GiB")
    assert "GiB" in window.breakdown.sentence.text()
    assert " GB" not in window.breakdown.figures.text()
    # the command line prints the window's sentence, unit included
    machine = tmp_path / "m.json"
    machine.write_text(json.dumps(rtx3060_machine().to_json()))
    cli = _cli_json(
        [
            "llama-3.1-8b",
            "--weights",
            st.format_id,
            "--ctx",
            str(st.context),
            "--fake-hardware",
            str(machine),
        ]
    )
    assert cli["sentence"] == window.breakdown.sentence.text()
    # the preferences name the unit, GiB first (the default)
    dialog = PreferencesDialog(st.binary_units, "en", window)
    assert dialog.units.itemData(0) is True and "GiB" in dialog.units.itemText(0)
    assert dialog.binary
    dialog.deleteLater()
    st.set_binary_units(False)
    assert "total 12.9 GB" in window.machine_panel.summary_text()
    assert "GiB" not in window.breakdown.sentence.text()
    assert window.chart.unit() == "GB"


def test_sentences_that_contradict_themselves_no_gpu_training() -> None:
    """Issue 14 item 3: a GPU-only runtime on a machine without a GPU does not read "needs
    25 GiB, 0 MiB more than is free"."""
    from vramscope.app import session
    from vramscope.app.present.verdicts import verdict_sentence
    from vramscope.app.session import RunSettings
    from vramscope.core import Hardware

    choice = next(c for c in session.catalog_choices() if c.key == "catalog:llama-3.1-8b")
    run = RunSettings(runtime="transformers", mode="lora")
    fmt = session.format_of(session.initial_format(choice, "transformers", "lora"), choice)
    p = session.plan_for(choice, fmt, run, 4096, Hardware((), 64 * GIB, 64 * GIB))
    assert (p.verdict, p.detail) == ("does_not_fit", "no_gpu")
    sentence = verdict_sentence(p)
    assert "runs on a GPU only" in sentence and "more than is free" not in sentence


def test_suggestions_are_planned_off_the_gui_thread(qtbot, window: MainWindow) -> None:
    """Issue 12 leftover: "what would make it fit" (a replan per alternative) runs on a worker:
    showing a plan that is not usable returns before they are known, and they arrive in the
    breakdown with ``suggestions_changed``."""
    import threading

    from vramscope.app import advice

    st = window.state
    st.set_model("catalog:llama-3.1-70b")
    st.set_format("q4_k_m")
    wait_ready(qtbot, st)
    p = st.plan
    assert p is not None and not advice.is_usable(p, st.min_speed_tps)
    threads: list[threading.Thread] = []
    real = advice.suggestions

    def spy(*args: Any, **kwargs: Any) -> list[advice.Suggestion]:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    advice.suggestions = spy  # type: ignore[assignment]
    try:
        st._suggestions = None
        window.breakdown._texts_key = ()
        with qtbot.waitSignal(st.suggestions_changed, timeout=30_000):
            st._set_plan(p, "")
            assert st.suggestions() == []  # not known yet: the GUI thread did not plan them
    finally:
        advice.suggestions = real  # type: ignore[assignment]
    assert threads and all(t is not threading.main_thread() for t in threads)
    found = st.suggestions()
    assert found
    assert "What would make it fit:" in window.breakdown.figures.text()
