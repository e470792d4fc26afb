"""Needed vs resident memory (issue 12): cells, headlines and verdicts use the memory a run
needs; the resident RAM (what a task manager shows, reclaimable mapped pages included) is
kept beside it with a note saying why it is higher."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from vramscope.app import session
from vramscope.app.chart import chart_series
from vramscope.app.export import estimate_notes, plan_json
from vramscope.app.present import render
from vramscope.app.session import RunSettings
from vramscope.app.table_cache import Cell, compute_cell, fit_rows
from vramscope.cli import main
from vramscope.core.formats import (
    COMMON_FORMAT_IDS,
    WEIGHT_FORMAT_IDS,
    WeightFormat,
    parse_weight_format,
)
from vramscope.core.hardware import GpuDevice, Hardware
from vramscope.core.units import GIB
from vramscope.hardware.fake import load_fake_machine

# An RTX 4090: 24 GiB, 1008 GB/s (NVIDIA's specification, as in the GPU catalog).
RTX_4090 = GpuDevice("NVIDIA GeForce RTX 4090", 24 * GIB, 24 * GIB, 1008 * 10**9)
RUN = RunSettings()
CTX = 4096
GGUF_MIXES = tuple(f for f in map(parse_weight_format, WEIGHT_FORMAT_IDS) if f.family == "gguf")
COMMON_MIXES = tuple(f for f in GGUF_MIXES if f.id in COMMON_FORMAT_IDS)


def _machine(gpu_gib: int, ram_gib: int) -> Hardware:
    # 360 GB/s: an RTX 3060's bandwidth (NVIDIA's specification); it only sets the speeds
    gpus = [GpuDevice(f"GPU {n} GiB", n * GIB, n * GIB, 360 * 10**9) for n in (gpu_gib,) if n]
    return Hardware(tuple(gpus), ram_gib * GIB, ram_gib * GIB)


def _cell(model_id: str, fmt_id: str, hw: Hardware, ctx: int = CTX) -> Cell:
    return compute_cell(session.catalog_choice(model_id), parse_weight_format(fmt_id), RUN, ctx, hw)


def _resident(cell: Cell) -> int:
    return cell.peak_gpu_bytes + cell.peak_ram_bytes


@pytest.mark.parametrize(
    ("model_id", "hw"),
    [
        # the three cases of issue 12, item 1
        ("llama-3.1-70b", Hardware((RTX_4090,), 64 * GIB, 64 * GIB)),
        ("mixtral-8x7b", Hardware((RTX_4090,), 64 * GIB, 64 * GIB)),
        ("mixtral-8x7b", Hardware((), 64 * GIB, 64 * GIB)),
        ("llama-3.1-8b", Hardware((), 64 * GIB, 64 * GIB)),
    ],
)
def test_sizes_that_look_like_bugs_q4_k_m_needs_less_than_q5_k_m_and_q6_k(
    model_id: str, hw: Hardware
) -> None:
    q4, q5, q6 = (_cell(model_id, f, hw) for f in ("q4_k_m", "q5_k_m", "q6_k"))
    assert q4.verdict == q5.verdict == q6.verdict != "error"
    # What the cell shows (needed) shrinks with the format...
    assert q4.needed_bytes < q5.needed_bytes < q6.needed_bytes
    # ...while the resident figure keeps the Q4_K mapped file pages (the old cell's figure)
    # where the CPU backend repacks: a CPU-only run, or experts kept in RAM by --n-cpu-moe. A
    # CUDA build keeps its CPU layers unrepacked (see test_repack_follows_the_cpu_*).
    assert q4.plan is not None
    est = q4.plan.estimate
    if not hw.gpus:
        assert est.reclaimable_ram_bytes > 0
    assert (
        est.resident_ram_bytes
        == q4.peak_ram_bytes
        == est.needed_ram_bytes + (est.reclaimable_ram_bytes)
    )
    if est.reclaimable_ram_bytes:
        assert est.ram_note is not None and est.ram_note in estimate_notes(est)


def test_sizes_that_look_like_bugs_llama_8b_cpu_only_figures_of_the_issue() -> None:
    """Issue 12 reports Llama-3.1-8B CPU-only as Q4_K_M 9.15 GB, Q5_K_M 6.60 GB: the resident
    figures. The window now shows the needed one, and the resident one with its reason."""
    hw = Hardware((), 64 * GIB, 64 * GIB)
    q4, q5 = _cell("llama-3.1-8b", "q4_k_m", hw), _cell("llama-3.1-8b", "q5_k_m", hw)
    assert round(_resident(q4) / 1e9, 2) == 9.15
    assert round(_resident(q5) / 1e9, 2) == 6.60 == round(q5.needed_bytes / 1e9, 2)
    assert q4.needed_bytes < q5.needed_bytes
    assert q4.plan is not None
    args = q4.plan.outcome.args  # the sentence names the needed RAM and its likely range
    assert args["needed_bytes"] == q4.needed_ram_bytes
    assert int(args["likely_low_bytes"]) <= q4.needed_ram_bytes <= int(args["likely_high_bytes"])
    note = q4.plan.estimate.ram_note
    assert note is not None
    assert render(note, binary=False) == (
        "A task manager will show 9.15 GB of RAM, but 5.79 GB is needed: 3.36 GB are file pages "
        "of repacked weights that the system frees when memory runs short."
    )


def test_needed_equals_resident_without_repacked_pages() -> None:
    hw = Hardware((), 64 * GIB, 64 * GIB)
    q5 = _cell("llama-3.1-8b", "q5_k_m", hw)  # Q5_K is not repacked
    assert q5.plan is not None
    assert q5.needed_ram_bytes == q5.peak_ram_bytes
    assert q5.plan.estimate.ram_note is None
    # --no-mmap: the repacked tensors are read straight into their buffer, nothing is mapped
    nommap = compute_cell(
        session.catalog_choice("llama-3.1-8b"),
        parse_weight_format("q4_k_m"),
        RunSettings(mmap=False),
        CTX,
        hw,
    )
    assert nommap.needed_ram_bytes == nommap.peak_ram_bytes


def test_estimate_json_adds_needed_and_resident_beside_the_peak() -> None:
    hw = Hardware((), 64 * GIB, 64 * GIB)
    cell = _cell("llama-3.1-8b", "q4_k_m", hw)
    assert cell.plan is not None
    out = plan_json(cell.plan, model_id="llama-3.1-8b", name="Llama 3.1 8B", hardware={})
    assert out["peak_ram_bytes"] == out["resident_ram_bytes"] == cell.peak_ram_bytes
    assert out["needed_ram_bytes"] == cell.needed_ram_bytes < out["resident_ram_bytes"]
    assert out["needed_ram_bytes"] + out["reclaimable_ram_bytes"] == out["resident_ram_bytes"]
    assert out["needed_gpu_bytes"] == out["peak_gpu_bytes"]
    note = cell.plan.estimate.ram_note
    assert note is not None and render(note) in out["notes"]


def test_the_chart_stacks_the_needed_memory() -> None:
    choice = session.catalog_choice("llama-3.1-8b")
    q4 = parse_weight_format("q4_k_m")
    hw = Hardware((), 64 * GIB, 64 * GIB)
    series = chart_series(choice, q4, RUN, hw, contexts=[CTX])
    cell = compute_cell(choice, q4, RUN, CTX, hw)
    assert series.totals == (cell.needed_bytes,)
    assert series.band_low[0] <= cell.needed_bytes <= series.band_high[0]


def _weights_loaded(cell: Cell) -> int:
    """The bytes of weights llama.cpp loads at the cell's placement: the file's tensors plus,
    for tied embeddings, the output head's copy on the GPU (llama.cpp duplicates the embedding
    there; that copy is real memory, so mixes are ordered by what is loaded, not by file size).
    At -ngl 0 beside a GPU the GPU's prompt buffer holds a copy of the largest weight it
    multiplies (a mix with a smaller file can have a larger one): counted too."""
    assert cell.plan is not None
    est = cell.plan.estimate
    assist = est.term("compute_buffer", "gpu0") if est.n_gpus and not est.gpu_layers else 0
    return est.term("weights") + assist


def _inversions(cells: list[tuple[str, Cell]]) -> list[tuple[str, str, str, str]]:
    """Pairs at the same placement kind where the smaller mix needs more memory."""
    bad = []
    for (f1, c1), (f2, c2) in itertools.permutations(cells, 2):
        same_kind = (c1.verdict, c1.detail) == (c2.verdict, c2.detail)
        smaller = _weights_loaded(c1) < _weights_loaded(c2)
        if same_kind and smaller and c1.needed_bytes > c2.needed_bytes:
            bad.append((f1, f2, c1.verdict, c1.detail))
    return bad


# Every GGUF mix on one RAM size per GPU size, and the common mixes on every combination
# (0 / 8 / 12 / 24 GiB of GPU x 16 / 32 / 64 GiB of RAM): the whole product takes ~13 s.
_PRESETS = [(0, 16, GGUF_MIXES), (8, 32, GGUF_MIXES), (12, 32, GGUF_MIXES), (24, 64, GGUF_MIXES)]
_PRESETS += [
    (g, r, COMMON_MIXES)
    for g in (0, 8, 12, 24)
    for r in (16, 32, 64)
    if (g, r) not in {(p[0], p[1]) for p in _PRESETS}
]


@pytest.mark.parametrize(
    ("gpu_gib", "ram_gib", "mixes"), _PRESETS, ids=[f"gpu{g}-ram{r}" for g, r, _ in _PRESETS]
)
def test_a_smaller_gguf_mix_never_needs_more_at_the_same_placement(
    gpu_gib: int, ram_gib: int, mixes: tuple[WeightFormat, ...]
) -> None:
    hw = _machine(gpu_gib, ram_gib)
    found = []
    for choice in fit_rows():
        cells = [(f.id, compute_cell(choice, f, RUN, CTX, hw)) for f in mixes]
        cells = [(f, c) for f, c in cells if c.plan is not None]
        found += [(choice.model_id, *b) for b in _inversions(cells)]
    assert found == []


@pytest.mark.parametrize(
    "hardware",
    [
        {"gpus": [], "ram": {"total_bytes": 32 * GIB, "available_bytes": 32 * GIB}},
        {
            "gpus": [
                {
                    "name": RTX_4090.name,
                    "total_bytes": 24 * GIB,
                    "free_bytes": 24 * GIB,
                    "bandwidth_bytes_per_s": RTX_4090.bandwidth_bytes_per_s,
                }
            ],
            "ram": {"total_bytes": 64 * GIB, "available_bytes": 64 * GIB},
        },
    ],
    ids=["cpu-32", "4090-64"],
)
def test_fit_json_has_no_row_where_a_smaller_mix_needs_more(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], hardware: dict[str, object]
) -> None:
    path = tmp_path / "hw.json"
    path.write_text(json.dumps({**hardware, "swap": {"total_bytes": 0, "free_bytes": 0}}))
    assert main(["fit", "--fake-hardware", str(path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    gguf = {f.id for f in GGUF_MIXES}
    by_model: dict[str, list[dict[str, object]]] = {}
    for r in rows:
        assert r["needed_ram_bytes"] <= r["resident_ram_bytes"] == r["peak_ram_bytes"]
        if r["weights"] in gguf:
            by_model.setdefault(r["model"]["id"], []).append(r)
    hw = session.hardware_of(load_fake_machine(str(path)))  # the machine the CLI planned for
    found = []
    for choice in fit_rows():
        found += _fit_inversions(choice, by_model.get(choice.model_id, []), hw)
    assert found == []


def _fit_inversions(
    choice: session.ModelChoice, rows: list[dict[str, object]], hw: Hardware
) -> list[tuple[str, str, str]]:
    """``fit --json`` rows of one model where a mix with fewer loaded weight bytes needs more
    (GPU + needed RAM) at the same verdict and detail."""
    loaded = {
        str(r["weights"]): _weights_loaded(
            compute_cell(choice, parse_weight_format(str(r["weights"])), RUN, CTX, hw)
        )
        for r in rows
    }
    bad = []
    for a, b in itertools.permutations(rows, 2):
        same_kind = (a["verdict"], a["verdict_detail"]) == (b["verdict"], b["verdict_detail"])
        need_a = int(a["peak_gpu_bytes"]) + int(a["needed_ram_bytes"])  # type: ignore[call-overload]
        need_b = int(b["peak_gpu_bytes"]) + int(b["needed_ram_bytes"])  # type: ignore[call-overload]
        smaller = loaded[str(a["weights"])] < loaded[str(b["weights"])]
        if same_kind and smaller and need_a > need_b:
            bad.append((choice.model_id, str(a["weights"]), str(b["weights"])))
    return bad
