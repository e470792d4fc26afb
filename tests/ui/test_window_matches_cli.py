"""The window and ``vramscope estimate --json`` agree: for the same model, settings and machine,
the verdict, totals, terms and speed the window shows are the command line's (DESIGN.md:
"a test holds the window's numbers equal to ``vramscope estimate --json``")."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from tests._support.model_files import write_llama_gguf
from tests._support.window import RTX3060_BANDWIDTH, wait_ready

from vramscope.app.present import format_speed
from vramscope.app.table_cache import plan_category
from vramscope.cli import main as cli_main
from vramscope.core.hardware import GpuDevice
from vramscope.core.units import GIB
from vramscope.hardware import FakeProbe, MachineReading, fake_machine
from vramscope.ui.app import create_app, install_language
from vramscope.ui.main_window import MainWindow
from vramscope.ui.settings import Settings
from vramscope.ui.state import EstimatorState

# A GGUF file type llama.cpp has no name for: the reader calls the file "gguf-mixed".
UNNAMED_FILE_TYPE = 1234


def _machine(n_gpus: int) -> MachineReading:
    """The conftest's home PC (RTX 3060 12 GB, 1 GiB held by the desktop), with n of the GPU."""
    gpu = GpuDevice("NVIDIA GeForce RTX 3060", 12 * GIB, 11 * GIB, RTX3060_BANDWIDTH)
    return fake_machine([gpu] * n_gpus, 32 * GIB, ram_available_bytes=28 * GIB)


@pytest.fixture
def open_window(
    qtbot, qapp, settings: Settings, tmp_path: Path
) -> Iterator[Callable[[MachineReading], tuple[MainWindow, str]]]:  # type: ignore[no-untyped-def]
    """Build the window for a machine; return it and the same machine as a --fake-hardware file."""
    states: list[EstimatorState] = []

    def build(reading: MachineReading) -> tuple[MainWindow, str]:
        create_app()
        install_language(qapp, "en")
        st = EstimatorState(FakeProbe(reading), settings)
        states.append(st)
        win = MainWindow(st, settings, "en")
        qtbot.addWidget(win)
        st.refresh_hardware()
        win.show()
        wait_ready(qtbot, st)
        path = tmp_path / f"machine-{len(states)}.json"
        path.write_text(json.dumps(reading.to_json()))
        return win, str(path)

    yield build
    for st in states:
        st.wait_idle()


def _cli_json(argv: list[str]) -> dict[str, Any]:
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli_main([*argv, "--json"]) == 0
    data: dict[str, Any] = json.loads(out.getvalue())
    return data


def _assert_window_shows(win: MainWindow, cli: dict[str, Any]) -> None:
    """The verdict, totals, terms and speed on screen equal the CLI's JSON."""
    from vramscope.ui import texts

    st = win.state
    p, hw = st.plan, st.hardware
    assert p is not None and hw is not None
    est = p.estimate
    # the same question was asked
    assert est.weights_format == cli["settings"]["weights"]
    assert est.workload.context_tokens == cli["settings"]["ctx"]
    assert est.workload.kv_cache_type == cli["settings"]["kv_cache"]
    assert est.workload.mode == cli["settings"]["mode"]
    assert est.workload.runtime == cli["settings"]["runtime"]
    # verdict: the code, and the colour class the window paints the sentence with
    assert (p.verdict, p.detail) == (cli["verdict"], cli["verdict_detail"])
    assert texts.category_hint(plan_category(p.verdict, p.detail)) == (
        win.breakdown.sentence.toolTip()
    )
    # terms: every non-zero term's bytes, in the CLI's order, as the breakdown table shows them
    shown = [t for t in cli["terms"] if t["bytes"]]
    assert [(t.name, t.device, t.bytes) for t in est.terms if t.bytes] == [
        (t["name"], t["device"], t["bytes"]) for t in shown
    ]
    table = win.breakdown.table
    assert table.rowCount() == len(shown)
    for r, t in enumerate(shown):
        assert table.item(r, 0).text() == texts.term_label(t["name"])
        assert table.item(r, 1).text() == texts.device_label(t["device"], hw)
        assert table.item(r, 2).text() == texts.size(t["bytes"], st.binary_units)
    # totals per device and the peaks
    assert est.peak_gpu_bytes == cli["peak_gpu_bytes"]
    assert est.peak_ram_bytes == cli["peak_ram_bytes"]
    figures = win.breakdown.figures.text()
    for dev, d in cli["devices"].items():
        # the totals are what must fit: RAM needed, the resident figure comes with its reason
        n_bytes = cli["needed_ram_bytes"] if dev == "ram" else d["bytes"]
        shown = f"{texts.device_label(dev, hw)} {texts.size(n_bytes, st.binary_units)}"
        if dev == "ram" and n_bytes == 0 and len(cli["devices"]) > 1:
            # a run with nothing in RAM names its GPUs only (not "RAM 0 MiB")
            assert shown not in figures
            continue
        assert shown in figures
    assert cli["resident_ram_bytes"] == cli["devices"]["ram"]["bytes"]
    if cli["needed_ram_bytes"] != cli["resident_ram_bytes"]:
        assert cli["notes"][-1] in figures  # "A task manager will show ..."
    # speed: the CLI's tokens/s, and the window's figure for it
    if cli["tokens_per_second"] is None:
        assert p.speed is None
    else:
        assert p.speed is not None
        assert round(p.speed.decode_tokens_per_s, 2) == cli["tokens_per_second"]
        assert f"about {format_speed(p.speed.decode_tokens_per_s)} tokens/s" in figures
    assert p.max_context_tokens == cli["max_ctx_tokens"]


def test_catalog_model(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    win, hw_file = open_window(_machine(1))
    st = win.state
    st.set_model("catalog:llama-3.1-8b")
    st.set_format("q4_k_m")
    st.set_context(8192)
    wait_ready(qtbot, st)
    cli = _cli_json(["estimate", "llama-3.1-8b", "--weights", "q4_k_m", "--ctx", "8192",
                     "--fake-hardware", hw_file])  # fmt: skip
    assert cli["verdict"] == "fits_gpu"
    _assert_window_shows(win, cli)


def test_gguf_file_of_a_mixed_type(qtbot, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Mismatch 2 of issue 11: the window plans the file's own tensors, as the CLI does."""
    path = write_llama_gguf(tmp_path / "mixed.gguf", file_type=UNNAMED_FILE_TYPE)[0]
    win, hw_file = open_window(_machine(1))
    st = win.state
    st.open_model_file(str(path))
    qtbot.waitUntil(lambda: st.model.kind == "file", timeout=30_000)
    st.set_context(2048)
    wait_ready(qtbot, st)
    assert st.format_id == "gguf-mixed"
    assert "gguf-mixed" in {f.id for f in st.available_formats()}  # the file keeps its column
    cli = _cli_json(["estimate", str(path), "--ctx", "2048", "--fake-hardware", hw_file])
    assert cli["settings"]["weights"] == "gguf-mixed"
    _assert_window_shows(win, cli)


def test_sizes_that_look_like_bugs_cpu_only_q4_k_m(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Issue 12 item 1: on a machine without a GPU, Q4_K_M's figures are the needed RAM (the
    mapped pages of its repacked tensors are reclaimable), as `estimate --json` says."""
    win, hw_file = open_window(_machine(0))
    st = win.state
    st.set_model("catalog:llama-3.1-8b")
    st.set_format("q4_k_m")
    st.set_context(4096)
    wait_ready(qtbot, st)
    cli = _cli_json(["estimate", "llama-3.1-8b", "--weights", "q4_k_m", "--ctx", "4096",
                     "--fake-hardware", hw_file])  # fmt: skip
    assert cli["verdict"] == "cpu_only"
    assert cli["needed_ram_bytes"] < cli["resident_ram_bytes"]
    _assert_window_shows(win, cli)


def test_partial_offload(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    win, hw_file = open_window(_machine(1))
    st = win.state
    st.set_model("catalog:qwen2.5-14b")
    st.set_format("q8_0")
    st.set_context(8192)
    wait_ready(qtbot, st)
    cli = _cli_json(["estimate", "qwen2.5-14b", "--weights", "q8_0", "--ctx", "8192",
                     "--fake-hardware", hw_file])  # fmt: skip
    # about 15 GB of Q8_0 weights on 11 GiB free: some layers run from system RAM
    assert cli["verdict"] == "spills_to_ram"
    assert 0 < cli["settings"]["gpu_layers"] < st.model.spec.n_layers + 1
    _assert_window_shows(win, cli)


def test_two_gpus(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    win, hw_file = open_window(_machine(2))
    st = win.state
    st.set_model("catalog:qwen2.5-14b")
    st.set_format("q6_k")
    st.set_context(16384)
    wait_ready(qtbot, st)
    cli = _cli_json(["estimate", "qwen2.5-14b", "--weights", "q6_k", "--ctx", "16384",
                     "--fake-hardware", hw_file])  # fmt: skip
    assert set(cli["devices"]) == {"gpu0", "gpu1", "ram"} and cli["devices"]["gpu1"]["bytes"]
    _assert_window_shows(win, cli)


def test_lora(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    win, hw_file = open_window(_machine(1))
    st = win.state
    st.set_model("catalog:llama-3.2-1b")
    st.set_workload(mode="lora")
    st.set_context(2048)
    wait_ready(qtbot, st)
    assert st.workload.runtime == "transformers"
    cli = _cli_json(["estimate", "llama-3.2-1b", "--runtime", "transformers", "--mode", "lora",
                     "--weights", st.format_id, "--ctx", "2048",
                     "--fake-hardware", hw_file])  # fmt: skip
    assert any(t["name"] == "optimizer_states" and t["bytes"] for t in cli["terms"])
    _assert_window_shows(win, cli)


def test_quantized_kv_cache(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    win, hw_file = open_window(_machine(1))
    st = win.state
    st.set_model("catalog:llama-3.1-8b")
    st.set_format("q4_k_m")
    st.set_workload(kv_cache_type="q8_0")
    st.set_context(32768)
    wait_ready(qtbot, st)
    cli = _cli_json(["estimate", "llama-3.1-8b", "--weights", "q4_k_m", "--kv-cache", "q8_0",
                     "--ctx", "32768", "--fake-hardware", hw_file])  # fmt: skip
    assert cli["settings"]["kv_cache"] == "q8_0"
    _assert_window_shows(win, cli)


def test_wrong_default_formats_window_offers_mxfp4_moe_for_gpt_oss(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Issue 12 item 4: choosing gpt-oss (from a model on its usual Q4_K_M) starts on the
    published MXFP4 GGUF, which the format menu offers, and shows what `vramscope estimate
    gpt-oss-20b` (no --weights) prints."""
    win, hw_file = open_window(_machine(1))
    st = win.state
    st.set_model("catalog:llama-3.1-8b")
    wait_ready(qtbot, st)
    assert st.format_id == "q4_k_m"
    st.set_model("catalog:gpt-oss-20b")
    wait_ready(qtbot, st)
    assert st.format_id == "mxfp4_moe"
    assert "mxfp4_moe" in {f.id for f in st.available_formats()}
    # the fit table of this model has an MXFP4_MOE column (not one of the common formats)
    st.set_row_source("model")
    wait_ready(qtbot, st)
    header = win.fit_table.model.headerData(0, Qt.Orientation.Horizontal)
    assert st.formats[0].id == "mxfp4_moe" and "MXFP4" in header
    assert st.cells[("catalog:gpt-oss-20b", "mxfp4_moe")].verdict == st.plan.verdict  # type: ignore[union-attr]
    cli = _cli_json(["estimate", "gpt-oss-20b", "--fake-hardware", hw_file])
    assert cli["settings"]["weights"] == "mxfp4_moe"
    _assert_window_shows(win, cli)
    # a format the user picked stays when the model changes; the default follows the model
    st.set_format("q8_0")
    st.set_model("catalog:llama-3.1-8b")
    assert st.format_id == "q8_0"


def test_wrong_default_formats_window_qlora_is_nf4_with_checkpointing(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Switching the window to QLoRA trains on an NF4 base with gradient checkpointing on, as
    `vramscope estimate --mode qlora` (no --weights) does; LoRA goes back to BF16."""
    win, hw_file = open_window(_machine(1))
    st = win.state
    st.set_model("catalog:llama-3.2-1b")
    st.set_workload(mode="qlora")
    st.set_context(2048)
    wait_ready(qtbot, st)
    assert (st.workload.runtime, st.format_id) == ("transformers", "nf4")
    assert st.workload.grad_checkpointing
    cli = _cli_json(["estimate", "llama-3.2-1b", "--runtime", "transformers", "--mode", "qlora",
                     "--ctx", "2048", "--fake-hardware", hw_file])  # fmt: skip
    assert (cli["settings"]["weights"], cli["settings"]["grad_checkpointing"]) == ("nf4", True)
    _assert_window_shows(win, cli)
    # the breakdown states the training stack assumed
    assert "Training stack assumed" in win.breakdown.figures.text()
    st.set_workload(mode="lora")
    assert st.format_id == "bf16"


def test_bad_combination_never_blanks_the_table(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Issue 12: KV q8_0 with flash attention off blanked every fit-table cell (an error per
    cell). It is now estimated with flash attention auto, as llama.cpp runs it, with a note:
    every cell has a verdict, and the window's estimate is the CLI's."""
    from vramscope.app.present import render

    win, hw_file = open_window(_machine(1))
    st = win.state
    st.set_model("catalog:llama-3.1-8b")
    st.set_format("q4_k_m")
    st.set_workload(kv_cache_type="q8_0", flash_attention="off")
    st.set_context(8192)
    wait_ready(qtbot, st)
    assert st.cells and len(st.cells) == len(st.rows) * len(st.formats)
    assert not [key for key, cell in st.cells.items() if cell.error], "blank cells"
    cli = _cli_json(["estimate", "llama-3.1-8b", "--weights", "q4_k_m", "--kv-cache", "q8_0",
                     "--flash-attn", "off", "--ctx", "8192",
                     "--fake-hardware", hw_file])  # fmt: skip
    assert st.plan is not None
    shown = [render(n) for n in st.plan.estimate.notes]
    assert any("needs flash attention" in n for n in shown)
    # the breakdown shows the note under the figures
    flash = next(n for n in shown if "needs flash attention" in n)
    assert flash in win.breakdown.figures.text()
    assert [n for n in cli["notes"] if "flash attention" in n] == [
        n for n in shown if "flash attention" in n
    ]
    _assert_window_shows(win, cli)


def test_no_moe_expert_offload_window_plans_the_experts_as_the_cli(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Issue 12 item 3: Qwen3-30B-A3B Q4_K_M (about 18 GB) on the 11 GiB free of an RTX 3060:
    both front ends choose the same --n-cpu-moe placement, speed and terms."""
    win, hw_file = open_window(_machine(1))
    st = win.state
    st.set_model("catalog:qwen3-30b-a3b")
    st.set_format("q4_k_m")
    wait_ready(qtbot, st)
    cli = _cli_json(["estimate", "qwen3-30b-a3b", "--weights", "q4_k_m",
                     "--fake-hardware", hw_file])  # fmt: skip
    assert (cli["verdict"], cli["verdict_detail"]) == ("spills_to_ram", "experts_in_ram")
    p = st.plan
    assert p is not None
    assert p.estimate.workload.n_cpu_moe == cli["placement"]["n_cpu_moe"] > 0
    _assert_window_shows(win, cli)


def test_repack_follows_the_cpu_window_cpu_option(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Issue 12 item 2: ``vramscope-window --cpu arm64`` plans as ``estimate --cpu arm64``
    (Q8_0 is repacked by the AArch64 CPU backend only)."""
    win, hw_file = open_window(_machine(0))
    st = win.state
    st.cpu = "arm64"  # what the launcher sets from --cpu
    st.refresh_hardware()
    st.set_model("catalog:llama-3.1-8b")
    st.set_format("q8_0")
    st.set_context(4096)
    wait_ready(qtbot, st)
    assert st.hardware is not None and st.hardware.cpu == "arm64"
    cli = _cli_json(["estimate", "llama-3.1-8b", "--weights", "q8_0", "--ctx", "4096",
                     "--fake-hardware", hw_file, "--cpu", "arm64"])  # fmt: skip
    assert any(t["name"] == "weights_repacked" and t["bytes"] for t in cli["terms"])
    _assert_window_shows(win, cli)
