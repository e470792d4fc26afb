"""Placement, verdicts, largest context and the monotonic properties of the estimator."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests._support.messages import message

from vramscope.core.api import estimate
from vramscope.core.constants import RAM_SAFETY_MARGIN_BYTES
from vramscope.core.errors import SpecError
from vramscope.core.formats import parse_weight_format
from vramscope.core.hardware import GpuDevice, Hardware
from vramscope.core.hf_config import spec_from_config
from vramscope.core.plan import CONTEXT_STEP_TOKENS, Verdict, plan
from vramscope.core.units import GIB
from vramscope.core.workload import Workload

CONFIGS = Path(__file__).resolve().parents[1] / "data" / "calibration" / "configs"
LLAMA_8B = spec_from_config(
    json.loads((CONFIGS / "llama-3.1-8b.json").read_text()), model_id="llama-3.1-8b"
)
QWEN_05B = spec_from_config(
    json.loads((CONFIGS / "qwen2.5-0.5b.json").read_text()), model_id="qwen2.5-0.5b"
)
Q4 = parse_weight_format("q4_k_m")
BF16 = parse_weight_format("bf16")


def _machine(vram_gib: float | None, ram_gib: float = 32, *, windows: bool = False) -> Hardware:
    gpus: tuple[GpuDevice, ...] = ()
    if vram_gib is not None:
        total = int(vram_gib * GIB)
        gpus = (GpuDevice("Test GPU", total, total, 448 * 10**9),)
    ram = int(ram_gib * GIB)
    return Hardware(gpus, ram, ram, shared_memory_spill=windows)


def test_8b_q4_fits_a_12_gib_card_at_4k() -> None:
    p = plan(LLAMA_8B, Q4, Workload(), _machine(12))
    assert p.verdict == "fits_gpu"
    assert p.estimate.gpu_layers == LLAMA_8B.n_layers + 1
    assert p.headroom_bytes == 12 * GIB - p.estimate.peak_gpu_bytes
    assert p.outcome.args["gpus"] == "Test GPU"
    assert p.outcome.args["spare_bytes"] == p.headroom_bytes
    assert p.tokens_per_second and p.tokens_per_second > 10
    assert p.outcome.args["decode_tps"] == p.tokens_per_second


def test_8b_q4_on_a_4_gib_card_spills_layers_and_says_how_many() -> None:
    p = plan(LLAMA_8B, Q4, Workload(), _machine(4))
    assert p.verdict == "spills_to_ram"
    assert 0 < p.estimate.gpu_layers < LLAMA_8B.n_layers + 1
    assert p.estimate.peak_gpu_bytes <= 4 * GIB
    assert p.detail == "layers_in_ram"
    # counted as -ngl counts (the output layer is one of n_layers + 1 slots), issue 12
    assert p.outcome.args["gpu_layers"] == p.estimate.gpu_layers
    assert p.outcome.args["layer_slots"] == LLAMA_8B.n_layers + 1


def test_no_gpu_means_cpu_only_or_disk_or_nothing() -> None:
    assert plan(LLAMA_8B, Q4, Workload(), _machine(None, 32)).verdict == "cpu_only"
    q8 = parse_weight_format("q8_0")  # Q4_K gets repacked into anonymous memory on x86
    assert plan(LLAMA_8B, q8, Workload(), _machine(None, 4)).verdict == "disk_offload"
    assert plan(LLAMA_8B, q8, Workload(mmap=False), _machine(None, 4)).verdict == "does_not_fit"


def test_transformers_too_big_does_not_fit_and_windows_spills() -> None:
    wl = Workload(runtime="transformers", kv_cache_type="bf16")
    assert plan(LLAMA_8B, BF16, wl, _machine(12)).verdict == "does_not_fit"
    spill = plan(LLAMA_8B, BF16, wl, _machine(12, windows=True))
    assert (spill.verdict, spill.detail) == ("spills_to_ram", "shared_memory_spill")


def test_fixed_gpu_layers_are_estimated_even_when_they_do_not_fit() -> None:
    p = plan(LLAMA_8B, Q4, Workload(), _machine(2), gpu_layers=99)
    assert p.estimate.gpu_layers == LLAMA_8B.n_layers + 1
    assert p.verdict == "does_not_fit"
    assert p.headroom_bytes < 0


def test_largest_context_fits_and_one_more_step_does_not() -> None:
    hw = _machine(8)
    p = plan(LLAMA_8B, Q4, Workload(), hw)
    ctx = p.max_context_tokens
    assert CONTEXT_STEP_TOKENS <= ctx < LLAMA_8B.max_context_tokens
    at = estimate(LLAMA_8B, Q4, replace(Workload(), context_tokens=ctx), n_gpus=1)
    beyond = estimate(
        LLAMA_8B, Q4, replace(Workload(), context_tokens=ctx + CONTEXT_STEP_TOKENS), n_gpus=1
    )
    assert at.peak_gpu_bytes <= 8 * GIB < beyond.peak_gpu_bytes


def test_two_gpus_split_layers_by_free_memory() -> None:
    gpus = (GpuDevice("A", 6 * GIB, 6 * GIB), GpuDevice("B", 3 * GIB, 3 * GIB))
    p = plan(LLAMA_8B, Q4, Workload(), Hardware(gpus, 32 * GIB, 32 * GIB))
    assert p.verdict == "fits_gpu"
    assert p.estimate.device_bytes("gpu0") > p.estimate.device_bytes("gpu1") > 0


def test_runtime_format_mismatch_is_a_clear_error() -> None:
    with pytest.raises(SpecError) as raised:
        estimate(LLAMA_8B, parse_weight_format("nf4"), Workload())
    assert message(raised.value).startswith("llama.cpp cannot load nf4 weights")
    with pytest.raises(SpecError) as raised:
        estimate(LLAMA_8B, Q4, Workload(runtime="transformers", kv_cache_type="bf16"))
    assert message(raised.value).startswith("transformers cannot load q4_k_m")


contexts = st.integers(min_value=1, max_value=131072)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    ctx=contexts,
    extra=st.integers(min_value=1, max_value=65536),
    batch=st.integers(1, 8),
    runtime=st.sampled_from(["llama.cpp", "transformers", "vllm"]),
)
def test_more_context_or_batch_never_needs_less_memory(
    ctx: int, extra: int, batch: int, runtime: str
) -> None:
    kv = "f16" if runtime != "transformers" else "bf16"
    fmt = Q4 if runtime == "llama.cpp" else BF16
    wl = Workload(runtime=runtime, context_tokens=ctx, batch=batch, kv_cache_type=kv)  # type: ignore[arg-type]
    base = estimate(QWEN_05B, fmt, wl)
    more_ctx = estimate(QWEN_05B, fmt, replace(wl, context_tokens=ctx + extra))
    more_batch = estimate(QWEN_05B, fmt, replace(wl, batch=batch + 1))
    for bigger in (more_ctx, more_batch):
        assert bigger.peak_gpu_bytes >= base.peak_gpu_bytes
        assert bigger.peak_ram_bytes >= base.peak_ram_bytes


@settings(max_examples=40, deadline=None, derandomize=True)
@given(ngl=st.integers(min_value=0, max_value=32), ctx=contexts)
def test_more_gpu_layers_never_needs_less_vram(ngl: int, ctx: int) -> None:
    wl = Workload(context_tokens=ctx)
    fewer = estimate(LLAMA_8B, Q4, wl, n_gpus=1, gpu_layers=ngl)
    more = estimate(LLAMA_8B, Q4, wl, n_gpus=1, gpu_layers=ngl + 1)
    assert more.peak_gpu_bytes >= fewer.peak_gpu_bytes
    assert more.peak_ram_bytes <= fewer.peak_ram_bytes + 1


@settings(max_examples=25, deadline=None, derandomize=True)
@given(
    vram=st.floats(min_value=5.0, max_value=48.0),
    runtime=st.sampled_from(["llama.cpp", "transformers"]),
)
def test_reported_largest_context_really_fits(vram: float, runtime: str) -> None:
    fmt = Q4 if runtime == "llama.cpp" else BF16
    kv = "f16" if runtime == "llama.cpp" else "bf16"
    spec = LLAMA_8B if runtime == "llama.cpp" else QWEN_05B
    wl = Workload(runtime=runtime, kv_cache_type=kv)  # type: ignore[arg-type]
    hw = _machine(vram)
    p = plan(spec, fmt, wl, hw)
    if p.verdict != "fits_gpu" or p.max_context_tokens == 0:
        return
    ctx = p.max_context_tokens
    fits = estimate(spec, fmt, replace(wl, context_tokens=ctx), n_gpus=1)
    assert fits.peak_gpu_bytes <= hw.gpus[0].free_bytes
    if ctx + CONTEXT_STEP_TOKENS <= spec.max_context_tokens:
        over = estimate(spec, fmt, replace(wl, context_tokens=ctx + CONTEXT_STEP_TOKENS), n_gpus=1)
        assert over.peak_gpu_bytes > hw.gpus[0].free_bytes


def test_a_fit_whose_band_straddles_the_free_memory_is_called_tight() -> None:
    wl = Workload(context_tokens=8192)
    need = estimate(LLAMA_8B, Q4, wl, n_gpus=1).peak_gpu_bytes
    # free memory just above the estimate: the central value fits, the upper edge does not
    hw = Hardware(
        (GpuDevice("Test GPU", need + 10 * 2**20, need + 10 * 2**20),), 32 * GIB, 32 * GIB
    )
    p = plan(LLAMA_8B, Q4, wl, hw)
    assert (p.verdict, p.detail) == ("fits_gpu", "tight")
    assert p.gpu_band.straddles(hw.gpus[0].free_bytes)
    assert p.outcome.args["needed_bytes"] == p.estimate.peak_gpu_bytes
    assert p.outcome.args["free_bytes"] == hw.gpus[0].free_bytes
    roomy = plan(LLAMA_8B, Q4, wl, _machine(24))
    assert roomy.detail == "" and roomy.gpu_band.fits(24 * GIB)


def test_a_verdict_holds_only_known_codes_and_note_like_params() -> None:
    assert Verdict("fits_gpu", "tight", (("needed_bytes", 5),)).args == {"needed_bytes": 5}
    bad: list[tuple[str, str, tuple[tuple[str, float], ...]]] = [
        ("fits", "", ()),
        ("fits_gpu", "snug", ()),
        ("fits_gpu", "", (("free bytes", 1),)),
        ("fits_gpu", "", (("free_bytes", float("nan")),)),
    ]
    for code, detail, params in bad:
        with pytest.raises(ValueError):
            Verdict(code, detail, params)  # type: ignore[arg-type]


def test_needed_ram_leaves_out_the_reclaimable_mapped_pages() -> None:
    """Issue 12 item 1: with mmap, the file pages of Q4_K tensors the x86 CPU backend repacked
    stay mapped (resident) but the OS drops them under pressure: the plan fits, reports its
    headroom and names its RAM by what is needed, not by what a task manager shows."""
    cpu = plan(LLAMA_8B, Q4, Workload(), _machine(None, 64))
    est = cpu.estimate
    assert est.reclaimable_ram_bytes == est.term("weights_repacked") > 0
    assert est.resident_ram_bytes == est.peak_ram_bytes
    assert est.needed_ram_bytes == est.peak_ram_bytes - est.reclaimable_ram_bytes
    assert est.needed_gpu_bytes == est.peak_gpu_bytes == 0
    assert cpu.headroom_bytes == cpu.ram_budget_bytes - est.needed_ram_bytes
    assert cpu.outcome.args["needed_bytes"] == est.needed_ram_bytes
    assert cpu.needed_ram_band.covers(est.needed_ram_bytes)
    assert est.ram_note is not None
    assert est.ram_note.args["reclaimable_bytes"] == est.reclaimable_ram_bytes
    # RAM between the needed and the resident figure: it runs (a monitor would show it full)
    between = (est.needed_ram_bytes + est.resident_ram_bytes) // 2 + RAM_SAFETY_MARGIN_BYTES
    tight = plan(LLAMA_8B, Q4, Workload(), Hardware((), between, between))
    assert tight.verdict == "cpu_only" and tight.headroom_bytes > 0
    # without mmap nothing is mapped: needed and resident agree, and there is no note
    nommap = estimate(LLAMA_8B, Q4, Workload(mmap=False), n_gpus=0)
    assert nommap.needed_ram_bytes == nommap.resident_ram_bytes and nommap.ram_note is None
