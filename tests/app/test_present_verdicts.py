"""The verdict sentences: one set for both front ends, every verdict the planner gives renders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from vramscope.app.present import Translate, identity
from vramscope.app.present.verdicts import speed_assumptions, verdict_sentence
from vramscope.catalog.models import find_model
from vramscope.cli import main
from vramscope.core.api import estimate
from vramscope.core.formats import parse_weight_format
from vramscope.core.hardware import GpuDevice, Hardware
from vramscope.core.hf_config import spec_from_config
from vramscope.core.plan import DETAILS, VERDICTS, Plan, plan
from vramscope.core.units import GIB
from vramscope.core.workload import Workload
from vramscope.paths import resources_dir

CONFIGS = Path(__file__).resolve().parents[1] / "data" / "calibration" / "configs"
LLAMA_8B = spec_from_config(
    json.loads((CONFIGS / "llama-3.1-8b.json").read_text()), model_id="llama-3.1-8b"
)
Q4 = parse_weight_format("q4_k_m")
Q8 = parse_weight_format("q8_0")
BF16 = parse_weight_format("bf16")
TORCH = Workload(runtime="transformers", kv_cache_type="bf16")
LANGS = ("ru", "zh_CN", "pl")


def _machine(vram_gib: float | None, ram_gib: float = 32, *, windows: bool = False) -> Hardware:
    gpus: tuple[GpuDevice, ...] = ()
    if vram_gib is not None:
        total = int(vram_gib * GIB)
        gpus = (GpuDevice("Test GPU", total, total, 448 * 10**9),)
    ram = int(ram_gib * GIB)
    return Hardware(gpus, ram, ram, shared_memory_spill=windows)


def _qt(lang: str) -> Translate:
    """The translate function of ``lang``'s compiled .qm ("" where a string has none)."""
    t = QTranslator()
    assert t.load(str(resources_dir() / "translations" / f"vramscope_{lang}.qm"))
    return lambda context, source: t.translate(context, source) or ""


def _tight() -> Plan:
    # free memory just above the estimate: the central value fits, the band's upper edge not
    wl = Workload(context_tokens=8192)
    free = estimate(LLAMA_8B, Q4, wl, n_gpus=1).peak_gpu_bytes + 10 * 2**20
    hw = Hardware((GpuDevice("Test GPU", free, free),), 32 * GIB, 32 * GIB)
    return plan(LLAMA_8B, Q4, wl, hw)


def _every_outcome() -> dict[tuple[str, str], Plan]:
    """One plan for each verdict and detail the planner gives."""
    plans = [
        plan(LLAMA_8B, Q4, Workload(), _machine(12)),
        _tight(),
        plan(LLAMA_8B, Q4, Workload(kv_offload=False), _machine(12), gpu_layers=99),
        plan(LLAMA_8B, Q4, Workload(), _machine(4)),
        plan(LLAMA_8B, BF16, TORCH, _machine(12, windows=True)),
        plan(LLAMA_8B, Q4, Workload(), _machine(None, 32)),
        plan(LLAMA_8B, Q8, Workload(), _machine(None, 4)),
        plan(LLAMA_8B, Q8, Workload(mmap=False), _machine(None, 4)),
        plan(LLAMA_8B, BF16, TORCH, _machine(None)),
        # an MoE model on an 8 GB card: the experts of some layers in RAM (--n-cpu-moe)
        plan(find_model("qwen3-30b-a3b").spec, Q4, Workload(), _machine(8, 32)),
    ]
    return {(p.verdict, p.detail): p for p in plans}


def test_the_cases_reach_every_verdict_and_detail() -> None:
    outcomes = _every_outcome()
    assert {v for v, _ in outcomes} == set(VERDICTS)
    assert {d for _, d in outcomes} == set(DETAILS)


def test_every_outcome_renders_in_english() -> None:
    sentences = {key: verdict_sentence(p) for key, p in _every_outcome().items()}
    assert len(set(sentences.values())) == len(sentences)  # each says something different
    for (verdict, detail), text in sentences.items():
        assert "{" not in text and text.endswith("."), (verdict, detail, text)
    fits = _every_outcome()[("fits_gpu", "")]
    assert fits.speed is not None
    assert sentences[("fits_gpu", "")].startswith("Fits on Test GPU with ")
    assert f"about {fits.speed.decode_tokens_per_s:.0f} tokens/s" in sentences[("fits_gpu", "")]
    assert sentences[("fits_gpu", "tight")].startswith("Tight fit on Test GPU: needs ")
    layers = _every_outcome()[("spills_to_ram", "layers_in_ram")]
    # counted as -ngl counts (the output layer is one of 32 + 1 slots), as the window's
    # "GPU layers" figure and the run settings do (issue 12)
    ngl = layers.estimate.gpu_layers
    partly = sentences[("spills_to_ram", "layers_in_ram")]
    assert f"Partly fits: {ngl} of 33 layers on Test GPU (-ngl {ngl};" in partly
    assert sentences[("does_not_fit", "")].startswith("Does not fit: needs ")


@pytest.mark.parametrize("lang", LANGS)
def test_every_outcome_renders_in_every_language(qapp, lang: str) -> None:  # type: ignore[no-untyped-def]
    tr = _qt(lang)
    for key, p in _every_outcome().items():
        text = verdict_sentence(p, tr)
        assert text and "{" not in text, (lang, key, text)
        assert text != verdict_sentence(p), (lang, key)
        for line in speed_assumptions(p, tr, binary=True):
            assert line and "{" not in line and line not in speed_assumptions(p, binary=True)


def test_sizes_and_units_follow_the_binary_setting_and_the_language(qapp) -> None:  # type: ignore[no-untyped-def]
    p = _every_outcome()[("cpu_only", "cpu_only")]
    # the sentence names the needed RAM's range (Q4_K_M's repacked pages are reclaimable)
    lo, hi = p.needed_ram_band.low_bytes / GIB, p.needed_ram_band.high_bytes / GIB
    assert f"likely {lo:.1f}-{hi:.1f} GiB" in verdict_sentence(p, identity, binary=True)
    assert f"вероятно {lo:.1f}-{hi:.1f} ГиБ" in verdict_sentence(p, _qt("ru"), binary=True)


def test_the_speed_assumptions_say_what_the_planner_assumed() -> None:
    p = _every_outcome()[("disk_offload", "disk_offload")]
    lines = speed_assumptions(p)
    assert lines[0] == "system RAM 51 GB/s at 65%"  # DEFAULT_RAM_BANDWIDTH, DECODE_EFFICIENCY_CPU
    assert lines[1].endswith(" per token streamed from disk at 3.0 GB/s")  # DEFAULT_DISK_READ_...
    assert speed_assumptions(_every_outcome()[("does_not_fit", "")]) == []


def test_the_cli_cpu_only_sentence_shows_the_likely_range(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # The CLI's CPU-only sentence once lacked the range the window showed (issue 11).
    machine = {
        "gpus": [],
        "ram": {"total_bytes": 32 * GIB, "available_bytes": 32 * GIB},
        "swap": {"total_bytes": 0, "free_bytes": 0},
        "notes": [],
    }
    hw = tmp_path / "hw.json"
    hw.write_text(json.dumps(machine))
    argv = ["estimate", "llama-3.1-8b", "--weights", "q4_k_m", "--fake-hardware", str(hw)]
    assert main([*argv, "--json"]) in (0, None)
    out = json.loads(capsys.readouterr().out)
    assert out["verdict"] == "cpu_only"
    band = out["band"]
    # in GiB, the unit every front end shows by default (app.present.DEFAULT_BINARY)
    low, high = band["needed_ram_low_bytes"] / GIB, band["needed_ram_high_bytes"] / GIB
    likely = f"likely {low:.1f}-{high:.1f} GiB"
    assert likely in out["sentence"]
    assert main(argv) in (0, None)
    text = capsys.readouterr().out
    assert out["sentence"] in text.splitlines()


def test_experts_in_ram_with_every_layer_on_the_gpu_does_not_read_as_n_of_n_layers() -> None:
    # Qwen3-30B-A3B Q4_K_M on an 8 GB card: the optimiser keeps every layer on the GPU and the
    # experts of some in RAM (issue 12's example); "49 of 49 layers" would read as a full fit
    p = plan(find_model("qwen3-30b-a3b").spec, Q4, Workload(), _machine(8, 32))
    est = p.estimate
    assert (p.verdict, p.detail) == ("spills_to_ram", "experts_in_ram")
    assert est.gpu_layers == est.model.n_layers + 1 and est.experts_ram_layers > 0
    text = verdict_sentence(p)
    assert text.startswith("Partly fits: every layer on Test GPU except the MoE experts of ")
    assert f"-ngl {est.gpu_layers} --n-cpu-moe {est.experts_ram_layers};" in text
