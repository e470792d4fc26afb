"""Issue 12 item 2, "Repack and CPU-only details that don't match the build": the CPU backend's
repacked copies follow the CPU and the build, and a CUDA build at -ngl 0 keeps its GPU compute
buffer ("CPU weights, GPU-assisted prompt processing")."""

from __future__ import annotations

import pytest

from vramscope.app.present import render
from vramscope.catalog.models import find_model
from vramscope.core import CPU_KINDS, Hardware, SpecError, Workload, parse_weight_format, plan
from vramscope.core.api import estimate, layout_for
from vramscope.core.constants import LLAMACPP_REPACKED_TYPES_BY_CPU
from vramscope.core.estimate import Estimate
from vramscope.core.hardware import GpuDevice
from vramscope.core.units import GIB, MIB

LLAMA_8B = find_model("llama-3.1-8b").spec
QWEN3_06B = find_model("qwen3-0.6b").spec


def _repacked(est: Estimate) -> int:
    return est.term("weights_repacked")


def _blk_bytes(fmt_id: str, types: frozenset[str]) -> int:
    """Bytes of the repeating layers' tensors in ``types`` (what a CPU-only run repacks)."""
    lay = layout_for(LLAMA_8B, parse_weight_format(fmt_id), "llama.cpp")
    return sum(
        b
        for b, t, n in zip(lay.tensor_bytes, lay.tensor_types, lay.tensor_names, strict=True)
        if t in types and n.startswith("blk.")
    )


def _cpu_only(fmt_id: str, cpu: str | None) -> Estimate:
    return estimate(
        LLAMA_8B,
        parse_weight_format(fmt_id),
        Workload(),
        n_gpus=0,
        cpu=cpu,  # type: ignore[arg-type]
    )


def test_repack_follows_the_cpu_x86_avx2_is_the_calibrated_default() -> None:
    # the CPU calibration (llamacpp-cpu.jsonl) ran on an x86 AVX2 machine: an unknown CPU is
    # that one, so benchmarks/accuracy.py does not move
    unknown, avx2 = _cpu_only("q4_k_m", None), _cpu_only("q4_k_m", "x86-avx2")
    assert unknown.terms == avx2.terms
    assert _repacked(avx2) == _blk_bytes("q4_k_m", frozenset({"Q4_K"})) > 0


def test_repack_follows_the_cpu_on_arm64_and_apple_the_aarch64_kernels_apply() -> None:
    # Q4_0: both x86 AVX2 and AArch64 dotprod/i8mm repack it (repack.cpp q4_0_8x8 / 4x4 / 4x8)
    x86, arm = _cpu_only("q4_0", "x86-avx2"), _cpu_only("q4_0", "arm64")
    assert _repacked(x86) == _repacked(arm) == _blk_bytes("q4_0", frozenset({"Q4_0"})) > 0
    # Q8_0 and Q6_K have AArch64 kernels only (PRs #18096, #18888): nothing on x86
    assert _repacked(_cpu_only("q8_0", "x86-avx512")) == 0
    assert _repacked(_cpu_only("q8_0", "arm64")) == _blk_bytes("q8_0", frozenset({"Q8_0"})) > 0
    q4km_arm = _cpu_only("q4_k_m", "arm64")
    assert _repacked(q4km_arm) == _blk_bytes("q4_k_m", frozenset({"Q4_K", "Q6_K"}))
    assert _repacked(q4km_arm) > _repacked(_cpu_only("q4_k_m", "x86-avx2"))
    # Apple Silicon runs the same AArch64 branches on its CPU
    for fmt in ("q4_0", "q4_k_m", "q8_0"):
        assert _cpu_only(fmt, "apple").terms == _cpu_only(fmt, "arm64").terms


def test_repack_follows_the_cpu_x86_without_avx2_and_avx512_extras() -> None:
    assert LLAMACPP_REPACKED_TYPES_BY_CPU.keys() == set(CPU_KINDS)
    assert _repacked(_cpu_only("q4_k_m", "x86")) == 0  # every x86 kernel needs AVX2
    # Q2_K 8x8 needs AVX-512 (repack.cpp ggml_cpu_has_avx512)
    q2k = frozenset({"Q2_K"})
    assert _blk_bytes("q2_k", q2k) > 0
    avx512, avx2 = _cpu_only("q2_k", "x86-avx512"), _cpu_only("q2_k", "x86-avx2")
    assert _repacked(avx512) - _repacked(avx2) == _blk_bytes("q2_k", q2k)


def test_repack_follows_the_cpu_and_the_build_a_cuda_build_never_repacks_cpu_layers() -> None:
    """A GPU's host buffer type comes before the CPU's repack types (llama-model.cpp
    make_cpu_buft_list): calibration llamacpp-h100.jsonl, -ngl 16 Q4_K_M, logs CUDA_Host and no
    CPU_REPACK. Metal has no host buffer type: on Apple the CPU layers are repacked beside it."""
    q4 = parse_weight_format("q4_k_m")
    for cpu in ("x86-avx2", "x86-avx512", "arm64"):
        cuda = estimate(LLAMA_8B, q4, Workload(), n_gpus=1, gpu_layers=16, cpu=cpu)  # type: ignore[arg-type]
        assert _repacked(cuda) == 0 and cuda.reclaimable_ram_bytes == 0
    metal = estimate(LLAMA_8B, q4, Workload(), n_gpus=1, gpu_layers=16, cpu="apple")
    # layers 0..16 stay on the CPU (-ngl 16 holds the output layer and 15 repeating layers)
    assert 0 < _repacked(metal) < _blk_bytes("q4_k_m", frozenset({"Q4_K", "Q6_K"}))


def test_repack_follows_the_cpu_through_the_planner() -> None:
    q8 = parse_weight_format("q8_0")
    machine = Hardware((), 64 * GIB, 64 * GIB, cpu="arm64")
    arm = plan(LLAMA_8B, q8, Workload(), machine).estimate
    x86 = plan(LLAMA_8B, q8, Workload(), Hardware((), 64 * GIB, 64 * GIB)).estimate
    assert _repacked(arm) > 0 == _repacked(x86)
    # the repacked pages are reclaimable: the needed RAM is the same, the resident grows
    assert arm.needed_ram_bytes == x86.needed_ram_bytes
    assert arm.resident_ram_bytes == x86.resident_ram_bytes + _repacked(arm)
    with pytest.raises(SpecError) as err:
        Hardware((), GIB, GIB, cpu="sparc")  # type: ignore[arg-type]
    assert err.value.note.code == "hardware.cpu_kind"


JETSON = GpuDevice("NVIDIA Jetson AGX Orin", 32 * GIB, 30 * GIB, unified_memory=True)


def test_cuda_build_with_zero_gpu_layers_keeps_the_gpu_compute_buffer() -> None:
    """Issue 12: Qwen3-0.6B at -ngl 0 on a Jetson logged CUDA0 compute 423 MiB and host compute
    12 MiB; the estimate used to drop the GPU and put 299 MiB (the whole graph) in RAM."""
    q4 = parse_weight_format("q4_k_m")
    wl = Workload(context_tokens=8192, flash_attention="on")
    est = estimate(QWEN3_06B, q4, wl, n_gpus=1, gpu_layers=0, cpu="arm64")
    gpu = est.term("compute_buffer", "gpu0")
    # logits (4 x 512 x (vocab + hidden)) and the copy of the tied output head (Q6_K)
    assert gpu / MIB == pytest.approx(423, rel=0.01)
    assert est.term("compute_buffer", "ram") / MIB == pytest.approx(12, abs=0.5)
    assert est.n_gpus == 1 and est.gpu_layers == 0
    assert est.term("weights", "gpu0") == 0 and est.term("kv_cache", "gpu0") == 0
    assert est.term("runtime_overhead", "gpu0") > 0  # the CUDA context is created all the same
    assert _repacked(est) == 0  # a CUDA build: no CPU_REPACK
    note = next(n for n in est.notes if n.code == "estimate.gpu_assisted_prompt")
    assert note.args["gpu_compute_bytes"] == gpu
    assert render(note).startswith("CPU weights, GPU-assisted prompt processing:")
    # the mechanism, not the model: without a GPU the whole graph is reserved in RAM again
    cpu_only = estimate(QWEN3_06B, q4, wl, n_gpus=0, cpu="arm64")
    assert cpu_only.n_gpus == 0 and cpu_only.peak_gpu_bytes == 0
    assert cpu_only.term("compute_buffer", "ram") / MIB == pytest.approx(298.8, abs=0.1)


def test_cuda_build_with_zero_gpu_layers_is_planned_as_a_cpu_run() -> None:
    q4 = parse_weight_format("q4_k_m")
    machine = Hardware((JETSON,), 32 * GIB, 24 * GIB, cpu="arm64")
    p = plan(QWEN3_06B, q4, Workload(), machine, gpu_layers=0)
    assert (p.verdict, p.detail) == ("cpu_only", "cpu_only")
    assert p.estimate.term("compute_buffer", "gpu0") > 0
    assert "estimate.gpu_assisted_prompt" in {n.code for n in p.estimate.notes}
    # the GPU still has to hold the buffer and the CUDA context
    tiny = Hardware((GpuDevice("Small GPU", GIB, GIB // 4),), 32 * GIB, 24 * GIB, cpu="arm64")
    assert plan(QWEN3_06B, q4, Workload(mmap=False), tiny, gpu_layers=0).verdict == "does_not_fit"
    # Apple's Metal: not modelled as GPU-assisted, a plain CPU run
    mac = Hardware((GpuDevice("Apple M2", 16 * GIB, 16 * GIB, unified_memory=True),), 24 * GIB,
                   24 * GIB, cpu="apple")  # fmt: skip
    on_mac = plan(QWEN3_06B, q4, Workload(), mac, gpu_layers=0).estimate
    assert on_mac.n_gpus == 0 and on_mac.peak_gpu_bytes == 0
