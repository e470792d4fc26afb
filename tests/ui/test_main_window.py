"""Drive the real window offscreen: the numbers shown are the core's numbers."""

from __future__ import annotations

import json
import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from tests._support.window import wait_ready

from vramscope.app.present import render
from vramscope.app.session import HardwareOptions
from vramscope.catalog.gpus import find_gpu
from vramscope.core.formats import parse_weight_format
from vramscope.core.plan import plan
from vramscope.core.units import GIB
from vramscope.ui import texts
from vramscope.ui.fit_table import CELL_ROLE, KEY_ROLE
from vramscope.ui.main_window import MainWindow
from vramscope.ui.state import EstimatorState


def _core_plan(state: EstimatorState, ctx: int | None = None):  # type: ignore[no-untyped-def]
    assert state.hardware is not None
    wl = state.workload.workload(min(ctx or state.context, state.model.spec.max_context_tokens))
    return plan(state.model.spec, parse_weight_format(state.format_id), wl, state.hardware)


def _index_of(window: MainWindow, row_key: str, fmt_id: str):  # type: ignore[no-untyped-def]
    model = window.fit_table.model
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            idx = model.index(r, c)
            if idx.data(KEY_ROLE) == (row_key, fmt_id):
                return idx
    raise AssertionError(f"no cell {row_key} {fmt_id}")


def test_window_shows_the_machine_and_the_core_verdict(window: MainWindow) -> None:
    st = window.state
    assert len(window.machine_panel.gpu_bars) == 1
    assert 0.05 < window.machine_panel.gpu_bars[0].fraction_used < 0.1  # 1 of 12 GiB used
    p = _core_plan(st)
    assert st.plan is not None and st.plan.verdict == p.verdict
    assert window.breakdown.sentence.text() == texts.plan_sentence(p, window.state.binary_units)  # type: ignore[arg-type]


def test_clicking_a_cell_updates_table_chart_and_breakdown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    idx = _index_of(window, "preset:13-14b", "q6_k")
    rect = window.fit_table.view.visualRect(idx)
    window.fit_table.view.scrollTo(idx)
    rect = window.fit_table.view.visualRect(idx)
    qtbot.mouseClick(window.fit_table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_ready(qtbot, st)
    assert st.model.key == "preset:13-14b" and st.format_id == "q6_k"
    p = _core_plan(st)
    cell = idx.data(CELL_ROLE)
    assert cell.verdict == p.verdict
    assert cell.peak_gpu_bytes == p.estimate.peak_gpu_bytes
    assert cell.max_context_tokens == p.max_context_tokens
    # breakdown: one row per non-zero term, in the core's order, with the core's sizes
    terms = [t for t in p.estimate.terms if t.bytes]
    table = window.breakdown.table
    assert table.rowCount() == len(terms)
    for r, t in enumerate(terms):
        assert table.item(r, 0).text() == texts.term_label(t.name)
        assert table.item(r, 2).text() == texts.size(t.bytes, window.state.binary_units)
        assert table.item(r, 3).text() == render(t.formula, QCoreApplication.translate)
    # chart: the stacked top curve at the chosen context equals the estimate's total there
    series = st.chart["q6_k"]
    items = window.chart.stack_items
    assert set(items) == {name for name, _ in series.terms}
    top_name = series.terms[-1][0]
    xs, ys = items[top_name].getData()
    i = list(series.contexts).index(series.contexts[10])
    est_total = sum(v[i] for _, v in series.terms)
    assert math.isclose(ys[i], est_total / 2**30, rel_tol=1e-9)  # GiB, the default unit
    assert math.isclose(xs[i], math.log2(series.contexts[i]))


def test_format_change_recomputes_the_plan(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    st.set_format("q8_0")
    wait_ready(qtbot, st)
    p = _core_plan(st)
    assert st.plan is not None
    assert st.plan.estimate.peak_gpu_bytes == p.estimate.peak_gpu_bytes
    assert "Q8_0" in window.chart.title.text()


def test_slider_moves_the_chart_marker_and_the_table(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    slider = window.run_panel.context_slider
    stops = st.context_stops()
    target = stops.index(32768)
    slider.setFocus()
    while slider.value() < target:
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert st.context == 32768
    assert math.isclose(window.chart.marker_tokens, 32768, rel_tol=1e-9)
    assert window.run_panel.context_spin.value() == 32768
    wait_ready(qtbot, st)
    p = _core_plan(st)
    assert st.plan is not None and st.plan.estimate.workload.context_tokens == 32768
    assert st.plan.estimate.peak_gpu_bytes == p.estimate.peak_gpu_bytes
    assert math.isclose(window.chart.fit_marker_tokens or 0, p.max_context_tokens)
    cell = _index_of(window, "preset:7-8b", st.format_id).data(CELL_ROLE)
    assert cell.context_tokens == 32768


def test_typed_context_is_used_exactly(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    spin = window.run_panel.context_spin
    spin.setValue(10_000)
    wait_ready(qtbot, window.state)
    assert window.state.plan is not None
    assert window.state.plan.estimate.workload.context_tokens == 10_000


def test_corrupt_model_file_dropped_gives_a_message(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "model.gguf"
    bad.write_bytes(b"GGUF\x03\x00\x00\x00" + b"\xff" * 41)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bad))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    before = window.state.model
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=30_000)
    assert window.message_bar.level == "error"
    assert "model.gguf" in window.message_bar.label.text()
    assert window.state.model == before


def test_config_json_dropped_becomes_the_model(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from vramscope.catalog.models import find_model

    cfg = tmp_path / "config.json"
    source = Path(__file__).resolve().parents[2] / "resources" / "catalog" / "models" / "qwen.json"
    entry = next(m for m in json.loads(source.read_text())["models"] if m["id"] == "qwen2.5-7b")
    cfg.write_text(json.dumps(entry["config"]))
    window.state.open_model_file(str(cfg))
    qtbot.waitUntil(lambda: window.state.model.kind == "file", timeout=30_000)
    wait_ready(qtbot, window.state)
    assert window.state.model.spec.n_layers == find_model("qwen2.5-7b").spec.n_layers
    assert window.run_panel.model_combo.currentText().startswith(window.state.model.name)


def test_model_file_notes_are_shown_rendered(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # a dtype VRAMScope does not know: the note says what was assumed instead
    source = Path(__file__).resolve().parents[2] / "resources" / "catalog" / "models" / "qwen.json"
    entry = next(m for m in json.loads(source.read_text())["models"] if m["id"] == "qwen2.5-7b")
    cfg = tmp_path / "config.json"
    cfg.write_text(json.dumps({**entry["config"], "torch_dtype": "float8"}))
    shown: list[tuple[str, str]] = []
    window.state.message.connect(lambda level, text: shown.append((level, text)))
    window.state.open_model_file(str(cfg))
    qtbot.waitUntil(lambda: window.state.model.kind == "file", timeout=30_000)
    wait_ready(qtbot, window.state)
    assert ("info", "torch_dtype 'float8' not recognised: assumed bfloat16") in shown


def test_planning_for_other_hardware_changes_verdicts(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    key = ("preset:27-32b", "q4_k_m")
    before = st.cells[key].verdict
    assert before != "fits_gpu"  # a 32B Q4_K_M does not fit in 11 GiB
    gpu = find_gpu("RTX 4090")
    st.set_override(HardwareOptions(((gpu, gpu.vram_bytes), (gpu, gpu.vram_bytes)), 64 * GIB))
    wait_ready(qtbot, st)
    assert st.cells[key].verdict == "fits_gpu"
    assert len(window.machine_panel.gpu_bars) == 2
    assert window.machine_panel.own_button.isVisible()
    st.set_override(None)
    wait_ready(qtbot, st)
    assert st.cells[key].verdict == before


def test_other_hardware_dialog_builds_an_override(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from vramscope.ui.dialogs import OtherHardwareDialog

    dialog = OtherHardwareDialog(None, 32, window)
    qtbot.addWidget(dialog)
    gpu = find_gpu("RTX 4090")
    dialog.select_gpu(gpu.gpu_id)
    dialog.count.setValue(2)
    dialog.ram.setValue(64)
    o = dialog.override()
    assert [g.gpu_id for g, _ in o.gpus] == [gpu.gpu_id, gpu.gpu_id]
    assert o.ram_bytes == 64 * GIB


def test_any_gpu_name_with_size(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Issue 12: the dialog takes a GPU the catalog lacks as NAME:GB, parsed as --gpu parses
    it; the machine panel says its bandwidth is unknown, as ``vramscope hardware`` does."""
    from PySide6.QtWidgets import QLabel

    from vramscope.ui.dialogs import OtherHardwareDialog

    dialog = OtherHardwareDialog(None, 32, window)
    qtbot.addWidget(dialog)
    dialog.other.setText("RTX 2050 Laptop")  # no size: the catalog does not know its memory
    dialog.accept()
    assert dialog.result() != OtherHardwareDialog.DialogCode.Accepted
    assert dialog.error.isVisibleTo(dialog) and "RTX 2050 Laptop" in dialog.error.text()
    dialog.other.setText("RTX 2050 Laptop:4")
    dialog.ram.setValue(16)
    o = dialog.override()
    assert o == HardwareOptions.parse(["RTX 2050 Laptop:4"], "16")
    st = window.state
    st.set_override(o)
    wait_ready(qtbot, st)
    assert st.hardware is not None and st.hardware.gpus[0].total_bytes == 4 * GIB
    shown = [lb.toolTip() for lb in window.machine_panel.findChildren(QLabel)]
    for note in o.notes:  # the same sentences as `vramscope hardware --gpu ...`
        assert render(note, QCoreApplication.translate) in shown
    # reopening the dialog shows the GPU again
    again = OtherHardwareDialog(st.override, 16, window)
    qtbot.addWidget(again)
    assert again.other.text() == "RTX 2050 Laptop:4" and again.override() == o
    st.set_override(None)
    wait_ready(qtbot, st)


def test_ambiguous_gpu_name_picks_the_common_variant(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Issue 12: "V100" in the dialog (or ``--gpu V100`` at launch) plans for the 16 GB card
    and the machine panel says which, in the CLI's words."""
    from PySide6.QtWidgets import QLabel

    from vramscope.ui.dialogs import OtherHardwareDialog

    dialog = OtherHardwareDialog(None, 32, window)
    qtbot.addWidget(dialog)
    dialog.other.setText("V100")
    o = dialog.override()
    assert [g.gpu_id for g, _ in o.gpus] == ["v100-16gb"]
    assert o.notes == HardwareOptions.parse(["V100"]).notes != ()
    st = window.state
    st.set_override(o)
    wait_ready(qtbot, st)
    shown = [lb.toolTip() for lb in window.machine_panel.findChildren(QLabel)]
    assert render(o.notes[0], QCoreApplication.translate) in shown
    st.set_override(None)
    wait_ready(qtbot, st)


def test_units_switch_to_gib(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.state.set_binary_units(True)
    assert "GiB" in window.breakdown.table.item(0, 2).text()
    assert "GiB" in window.chart.plot.getAxis("left").labelText


def test_training_mode_switches_to_transformers(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    combo = window.run_panel.mode_combo
    combo.setCurrentIndex(combo.findData("qlora"))
    wait_ready(qtbot, window.state)
    assert window.state.workload.runtime == "transformers"
    assert window.run_panel.training_row.isVisible()
    assert window.state.plan is not None
    assert window.state.plan.estimate.workload.mode == "qlora"


def test_exports(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.copy_markdown()
    md = QGuiApplication.clipboard().text()
    assert md.startswith("**") and "| Weights |" in md
    window.copy_text()
    assert window.breakdown.sentence.text() in QGuiApplication.clipboard().text()
    window.save_json(str(tmp_path / "e.json"))
    data = json.loads((tmp_path / "e.json").read_text())
    assert data["verdict"] == window.state.plan.verdict  # type: ignore[union-attr]
    window.save_png(str(tmp_path / "c.png"))
    window.save_svg(str(tmp_path / "c.svg"))
    assert (tmp_path / "c.png").stat().st_size > 1000
    assert "<svg" in (tmp_path / "c.svg").read_text()


def test_choices_are_remembered(qtbot, window: MainWindow, settings) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    st.set_model("catalog:qwen3-8b")
    st.set_context(16384)
    st.set_binary_units(True)
    window.close()
    again = EstimatorState(st._probe, settings)
    assert again.model.key == "catalog:qwen3-8b"
    assert again.context == 16384 and again.binary_units


def test_corrupt_settings_file_is_reset_with_a_notice(qtbot, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from vramscope.ui.settings import Settings

    path = tmp_path / "broken.ini"
    path.write_bytes(b"\x00\xff[run\nmodel=\x01\n[[[\n")
    s = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert s.was_reset
    assert s.get("run/context") == 4096
    from tests._support.window import rtx3060_machine

    from vramscope.hardware import FakeProbe

    st = EstimatorState(FakeProbe(rtx3060_machine()), s)
    win = MainWindow(st, s, "en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.message_bar.isVisible(), timeout=5000)
    assert "reset" in win.message_bar.label.text()
    st.wait_idle()


def test_language_switch_rebuilds_in_russian(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.set_language("ru")
    try:
        assert window.machine_panel.title() == "Ваш компьютер"
        assert window.menuBar().actions()[0].text() == "&Файл"
        wait_ready(qtbot, window.state)
        assert "ГиБ" in window.breakdown.table.item(0, 2).text()
    finally:
        window.set_language("en")
    assert window.machine_panel.title() == "Your machine"
