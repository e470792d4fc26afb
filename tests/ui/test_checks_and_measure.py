"""Numbers users can check, in the window: bands, the tight colour, checking a real load log,
and measuring a run (with a fake NVML and a fake host)."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from pathlib import Path

import pytest
from tests._support.fakenvml import FakeGpu, FakeNvml
from tests._support.messages import english
from tests._support.window import wait_ready

from vramscope.app.chart import total_band
from vramscope.app.checks import check_log, context_from_label, list_checks, read_log_file
from vramscope.app.present.checks import comparison_summary
from vramscope.core.compare import compare_buffers
from vramscope.core.formats import parse_weight_format
from vramscope.core.hardware import GpuDevice
from vramscope.core.units import GIB
from vramscope.hardware import FakeProbe, MemorySampler, fake_machine, load_recording
from vramscope.readers.runlog import parse_load_log, runlog_setup
from vramscope.ui import texts
from vramscope.ui.check_dialog import CheckRunDialog
from vramscope.ui.fit_table import CELL_ROLE, KEY_ROLE, FitTableModel
from vramscope.ui.main_window import MainWindow
from vramscope.ui.measure_dialog import MeasureDialog

LOGS = Path(__file__).resolve().parents[1] / "data" / "logs"
MIB = 1 << 20


# --- bands and the tight verdict --------------------------------------------------------------


def test_band_in_the_breakdown_sentence_and_figures(window: MainWindow) -> None:
    st = window.state
    p = st.plan
    assert p is not None and st.hardware is not None
    likely = texts.band_range(p.gpu_band, True)
    assert p.gpu_band.low_bytes < p.gpu_band.high_bytes
    assert f"(it likely uses {likely})" in window.breakdown.sentence.text()
    assert likely in window.breakdown.figures.text()


def test_band_in_the_chart_data(window: MainWindow) -> None:
    st = window.state
    series = st.chart[st.format_id]
    assert len(series.band_low) == len(series.contexts) == len(series.band_high)
    for lo, total, hi in zip(series.band_low, series.totals, series.band_high, strict=True):
        assert lo <= total <= hi
    _xs, ys = window.chart.band_high_item.getData()
    assert math.isclose(ys[-1], series.band_high[-1] / 2**30)
    assert window.chart.band_high_item.isVisible()
    # the error bar at the chosen context is the breakdown plan's band
    assert st.plan is not None
    band = total_band(st.plan.estimate)
    bar = window.chart.band_at_context
    assert bar is not None
    assert math.isclose(bar[0], band.low_bytes / 2**30, rel_tol=1e-9)
    assert math.isclose(bar[2], band.high_bytes / 2**30, rel_tol=1e-9)


def _tight_state_window(qtbot, settings):  # type: ignore[no-untyped-def]
    """A GPU sized so that Llama 3.1 8B Q4_K_M at 4k fits, but not its band's upper edge."""
    from vramscope.core.plan import plan
    from vramscope.ui.state import EstimatorState

    wide = fake_machine([GpuDevice("Probe", 80 * GIB, 80 * GIB, 10**12)], 64 * GIB)
    hw = wide.to_hardware()
    spec_state = EstimatorState(FakeProbe(wide), None)
    wl = spec_state.workload.workload(4096)
    p = plan(spec_state.model.spec, parse_weight_format("q4_k_m"), wl, hw)
    # free memory between the estimate and the band's upper edge
    free = (p.estimate.peak_gpu_bytes + p.gpu_band.high_bytes) // 2
    gpu = GpuDevice("Tight GPU", free + GIB // 2, free, 4 * 10**11)
    st = EstimatorState(FakeProbe(fake_machine([gpu], 64 * GIB)), settings)
    st.set_model("catalog:llama-3.1-8b")
    st.set_format("q4_k_m")
    st.set_context(4096)
    st.set_row_source("model")
    win = MainWindow(st, settings, "en")
    qtbot.addWidget(win)
    st.refresh_hardware()
    win.show()
    wait_ready(qtbot, st)
    return st, win


def test_tight_cell_has_the_tight_colour(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    st, win = _tight_state_window(qtbot, settings)
    assert st.plan is not None and st.plan.verdict == "fits_gpu"
    assert st.plan.detail == "tight"
    model: FitTableModel = win.fit_table.model
    idx = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.index(r, c).data(KEY_ROLE) == ("catalog:llama-3.1-8b", "q4_k_m")
    )
    cell = idx.data(CELL_ROLE)
    assert cell.category == "tight"
    tight_fill = texts.verdict_colors(False)["tight"][0]
    assert model.data(idx, 8) == tight_fill  # Qt.BackgroundRole
    assert tight_fill != texts.verdict_colors(False)["fits_gpu"][0]
    assert "≈ Tight" in [chip.text() for chip in win.fit_table._legend_chips]
    assert win.breakdown.sentence.text().startswith("Tight fit on Tight GPU")
    st.wait_idle()


# --- checking a real run ----------------------------------------------------------------------


def _wait_dialog(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)


def test_check_dialog_with_a_real_log(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = CheckRunDialog(window.state, window, checks_dir=tmp_path / "checks")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(str(LOGS / "llamacpp-2025-09-cpu-only.log"))
    _wait_dialog(qtbot, dialog)
    # the excerpt lacks the model's shape: the dialog asks for it, never crashes
    assert dialog.message_level == "error"
    assert "choose the model" in dialog.message.text()
    assert dialog.rows_shown() == []
    dialog.model_combo.setCurrentIndex(dialog.model_combo.findData("catalog:qwen2.5-7b"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("bf16"))
    dialog.run_check()
    _wait_dialog(qtbot, dialog)
    assert dialog.message_level == ""
    rows = {(r[0], r[1]): r for r in dialog.rows_shown()}
    # golden: the numbers llama.cpp printed (issue #15946)
    weights = rows[("Weights", "RAM (CPU_Mapped)")]
    assert weights[3] == "14,526.27 MiB"
    kv = rows[("KV cache", "RAM (CPU)")]
    assert kv[3] == "7,000.00 MiB"
    assert rows[("Compute buffers", "RAM (CPU)")][3] == "403.02 MiB"
    # our estimate of the same setup, beside them
    log = parse_load_log((LOGS / "llamacpp-2025-09-cpu-only.log").read_text())
    spec = next(c.spec for c in window.state.catalog if c.key == "catalog:qwen2.5-7b")
    setup = runlog_setup(log, spec=spec, fmt=parse_weight_format("bf16"))
    cmp = compare_buffers(setup.estimate(), log.buffers_mib)
    row = cmp.row("kv_cache", "ram")
    assert row is not None
    assert kv[2] == f"{row.estimated_bytes / MIB:,.2f} MiB" and kv[4] == "+0.00 MiB"
    assert "128,000 tokens" in dialog.setup_label.text()
    # the window shows the summary and the notes app.present renders (English under test)
    assert dialog.summary.text() == comparison_summary(cmp)
    assert dialog.summary.text().startswith("Estimate within 0.1% of what llama.cpp allocated")
    # the notes check_log gives: the log's origin (app.checks) and what the setup assumed
    checked = check_log(
        (LOGS / "llamacpp-2025-09-cpu-only.log").read_text(),
        spec=spec,
        fmt=parse_weight_format("bf16"),
    )
    assert dialog.notes.text() == "\n".join(f"• {n}" for n in english(checked.notes))
    assert english(checked.notes)[0] == (
        "written by llama.cpp, llama.cpp build 6448; output of 2025-09 or later"
    )
    # save, list, export
    dialog.save()
    _wait_dialog(qtbot, dialog)
    checks, skipped = list_checks(tmp_path / "checks")
    assert len(checks) == 1 and not skipped
    out = tmp_path / "report.md"
    dialog.export_all(str(out))
    _wait_dialog(qtbot, dialog)
    assert "7000.00" in out.read_text()
    out_json = tmp_path / "report.json"
    dialog.export_all(str(out_json))
    _wait_dialog(qtbot, dialog)
    assert len(json.loads(out_json.read_text())["checks"]) == 1


def test_check_dialog_shows_what_the_log_left_unsaid(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    # source: ollama/ollama issue #8098 (2024-12): 4 sequences share 8192 tokens; the log
    # prints neither flash attention nor the KV cache type
    dialog = CheckRunDialog(window.state, window)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText((LOGS / "ollama-2024-12-offload-to-cuda.log").read_text())
    dialog.model_combo.setCurrentIndex(dialog.model_combo.findData("catalog:qwen2.5-7b"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("q4_k_m"))
    dialog.run_check()
    _wait_dialog(qtbot, dialog)
    assert dialog.message_level == ""
    assert dialog.notes.text().split("\n") == [
        "• flash attention is not in the log; assumed off",
        "• the KV cache type is not in the log; assumed f16",
        "• Ollama's context of 8,192 tokens is shared by 4 sequences",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "hello world\nnothing to see",
        "\x00\xff garbage \x1b[31m" * 500,
        "llama_context: n_ctx = 99999999999999999999\nload_tensors: CUDA0 model buffer size = x",
        "print_info: file type = Q9_Z - Huge\nllama_context: n_ctx = 4096\n",
    ],
)
def test_check_dialog_garbage_shows_a_message(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    dialog = CheckRunDialog(window.state, window)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(text)
    dialog.run_check()
    _wait_dialog(qtbot, dialog)
    assert dialog.message_level == "error"
    assert dialog.message.text()
    assert dialog.rows_shown() == []
    assert not dialog.save_button.isEnabled()


def test_check_dialog_empty_and_missing_file(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = CheckRunDialog(window.state, window)
    qtbot.addWidget(dialog)
    dialog.run_check()
    assert dialog.message_level == "error"
    dialog.load_file(str(tmp_path / "nope.log"))
    _wait_dialog(qtbot, dialog)
    assert dialog.message_level == "error" and "nope.log" in dialog.message.text()


def test_big_log_file_is_read_from_its_end(tmp_path: Path) -> None:
    from vramscope.app import checks as checking

    path = tmp_path / "server.log"
    body = (LOGS / "llamacpp-2025-09-cpu-only.log").read_bytes()
    path.write_bytes(b"x" * 100 + b"\n" + body)
    old = checking.MAX_LOG_FILE_BYTES
    checking.MAX_LOG_FILE_BYTES = len(body) + 10
    try:
        text, note = read_log_file(path)
    finally:
        checking.MAX_LOG_FILE_BYTES = old
    assert note and "x" * 50 not in text and "CPU KV buffer size" in text
    assert check_log(text).needs == "model"


# --- measuring --------------------------------------------------------------------------------


class StubHost:
    """psutil's seam: RAM in use and one watched program."""

    def __init__(self) -> None:
        self.ram = 8 * GIB
        self.rss: dict[int, int] = {}

    def ram_used_bytes(self) -> int:
        return self.ram

    def rss_bytes(self, pid: int) -> int | None:
        return self.rss.get(pid)

    def processes(self) -> Iterable[tuple[int, int | None, str | None]]:
        return [(pid, 1, "llama-server") for pid in self.rss]

    def process_name(self, pid: int) -> str | None:
        return "llama-server" if pid in self.rss else None


Measured = tuple[MeasureDialog, FakeGpu | None, StubHost]


def _measure(qtbot, window: MainWindow, nvml: object) -> Measured:  # type: ignore[no-untyped-def]
    host = StubHost()
    dialog = MeasureDialog(
        window.state,
        window,
        sampler_factory=lambda name: MemorySampler(
            nvml=nvml, host=host, interval_s=0.005, process_name_filter=name
        ),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    gpu = nvml.gpus[0] if isinstance(nvml, FakeNvml) else None
    return dialog, gpu, host


def test_measure_records_a_peak_and_compares(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    nvml = FakeNvml([FakeGpu(used=1 * GIB, free=23 * GIB)])
    dialog, gpu, host = _measure(qtbot, window, nvml)
    assert gpu is not None and dialog.plan is not None
    assert "likely" in dialog.estimate_label.text()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.sampler is not None and dialog.sampler.snapshot() is not None)
    # "load the model": the GPU gains exactly the estimate, then it drops again
    est = dialog.plan.estimate.peak_gpu_bytes
    gpu.used += est
    host.rss[4242] = 2 * GIB
    qtbot.waitUntil(
        lambda: any(p.key == "gpu" and p.delta_bytes == est for p in dialog.sampler.live_peaks())  # type: ignore[union-attr]
    )
    dialog.update_readout()
    assert dialog.readout["gpu"][1].text() == texts.size(est, True)
    gpu.used -= est
    dialog.stop()
    _wait_dialog(qtbot, dialog)
    rec = dialog.recording
    assert rec is not None and dialog.comparison is not None
    assert dialog.comparison.measured_bytes == est and dialog.comparison.position == "inside"
    text = dialog.result_label.text()
    size = texts.size(est, True)
    assert text.startswith(f"VRAM: measured {size}, estimated {size} (likely ")
    assert "Inside the likely range." in text
    assert f"ctx {window.state.context}" in rec.label
    # save and load round-trip
    path = tmp_path / "run.json"
    dialog.save_recording(str(path))
    _wait_dialog(qtbot, dialog)
    back = load_recording(path)
    assert back.peaks == rec.peaks and back.label == rec.label
    assert len(back.samples) == len(rec.samples)
    dialog.recording = None
    dialog.open_recording(str(path))
    _wait_dialog(qtbot, dialog)
    assert dialog.recording is not None and dialog.recording.peaks == rec.peaks
    assert dialog.result_label.text() == text
    # show on chart: a marker at the recording's context, at the measured height
    assert window.chart.measured_point is None
    dialog.show_on_chart()
    point = window.chart.measured_point
    assert point is not None
    assert math.isclose(point[0], context_from_label(rec.label) or 0, rel_tol=1e-9)
    assert math.isclose(point[1], est / 2**30, rel_tol=1e-9)
    window.clear_measured_action.trigger()
    assert window.chart.measured_point is None


def test_measure_without_nvml_still_measures_ram(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    import pynvml

    nvml = FakeNvml(init_error=pynvml.NVMLError_LibraryNotFound())
    dialog, _gpu, host = _measure(qtbot, window, nvml)
    dialog.process_combo.setEditText("")
    dialog.start()
    qtbot.waitUntil(lambda: dialog.sampler is not None and dialog.sampler.snapshot() is not None)
    host.ram += 3 * GIB
    qtbot.waitUntil(
        lambda: any(p.key == "ram" and p.delta_bytes for p in dialog.sampler.live_peaks())  # type: ignore[union-attr]
    )
    dialog.update_readout()
    assert "GPUs are unavailable" in dialog.status.text()
    dialog.stop()
    _wait_dialog(qtbot, dialog)
    assert dialog.recording is not None and not dialog.recording.gpus
    assert dialog.result_label.text().startswith(f"RAM: measured {texts.size(3 * GIB, True)}")
    assert "GPUs were unavailable" in dialog.status.text()


def test_open_a_broken_recording_shows_a_message(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "vramscope-recording", "version": 1, "samples": 5}')
    dialog = MeasureDialog(window.state, window)
    qtbot.addWidget(dialog)
    dialog.open_recording(str(bad))
    _wait_dialog(qtbot, dialog)
    assert dialog.status.text().startswith("Failed:")
    assert dialog.recording is None


def test_menu_actions_open_the_dialogs(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.check_action.shortcut().toString() == "Ctrl+Shift+L"
    assert window.measure_action.shortcut().toString() == "Ctrl+Shift+M"
    check = window.show_check_dialog()
    assert check.isVisible()
    check.close()
    measure = window.show_measure_dialog()
    assert measure.isVisible()
    measure.close()
    measure.wait_idle()
    check.wait_idle()
