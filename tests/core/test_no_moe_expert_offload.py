"""Issue 12, item 3 "No MoE expert offload": llama.cpp's ``--n-cpu-moe N`` keeps the routed
experts (``ffn_*_exps``) of the first N layers in system RAM while the rest of those layers stays
on the GPU, and the solver (``--gpu-layers auto``) uses it for MoE models that do not fit.

Expected placements: llama.cpp common/arg.cpp ``--n-cpu-moe`` (one override per layer i < N of
common/common.h LLM_FFN_EXPS_REGEX to the CPU buffer type)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from vramscope.catalog.models import find_model
from vramscope.cli import main
from vramscope.core import (
    GIB,
    GpuDevice,
    Hardware,
    SpecError,
    Workload,
    estimate,
    parse_weight_format,
    plan,
)
from vramscope.core.api import layout_for
from vramscope.core.estimate import DEVICE_RAM

QWEN_MOE = find_model("qwen3-30b-a3b").spec
LLAMA_8B = find_model("llama-3.1-8b").spec
Q4 = parse_weight_format("q4_k_m")


def _cli(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict[str, Any]:
    assert main([*argv, "--json"]) in (0, None)
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def _expert_bytes(layers: range) -> int:
    layout = layout_for(QWEN_MOE, Q4, "llama.cpp")
    return sum(
        b
        for b, name in zip(layout.tensor_bytes, layout.tensor_names, strict=True)
        if "_exps" in name and int(name.split(".")[1]) in layers
    )


def test_no_moe_expert_offload_moves_exactly_the_expert_tensors_of_the_first_n_layers() -> None:
    base = estimate(QWEN_MOE, Q4, Workload())
    moved = estimate(QWEN_MOE, Q4, Workload(n_cpu_moe=10))
    experts = _expert_bytes(range(10))
    assert experts > 0
    assert base.term("weights", "gpu0") - moved.term("weights", "gpu0") == experts
    assert moved.term("weights", DEVICE_RAM) - base.term("weights", DEVICE_RAM) == experts
    assert moved.experts_ram_layers == 10 and base.experts_ram_layers == 0
    # the KV cache stays with its layers on the GPU
    assert moved.term("kv_cache", "gpu0") == base.term("kv_cache", "gpu0")


def test_no_moe_expert_offload_reads_only_the_active_experts_from_ram() -> None:
    base = dict(estimate(QWEN_MOE, Q4, Workload()).read_bytes_per_token)
    moved = dict(estimate(QWEN_MOE, Q4, Workload(n_cpu_moe=QWEN_MOE.n_layers)).read_bytes_per_token)
    # what leaves the GPU's reads is what RAM now gives: the bytes per token are conserved
    assert base["gpu0"] + base[DEVICE_RAM] == moved["gpu0"] + moved[DEVICE_RAM]
    shifted = moved[DEVICE_RAM] - base[DEVICE_RAM]
    # 8 of 128 experts read per token (Qwen3-30B-A3B config.json: num_experts_per_tok 8,
    # num_experts 128), within the per-tensor rounding
    k, n = QWEN_MOE.n_experts_per_token, QWEN_MOE.n_experts
    assert shifted == pytest.approx(_expert_bytes(range(QWEN_MOE.n_layers)) * k / n, rel=1e-6)


def test_no_moe_expert_offload_n_layers_or_more_means_all() -> None:
    every = estimate(QWEN_MOE, Q4, Workload(n_cpu_moe=QWEN_MOE.n_layers))
    more = estimate(QWEN_MOE, Q4, Workload(n_cpu_moe=10_000))
    assert every.terms == more.terms and every.experts_ram_layers == QWEN_MOE.n_layers


def test_no_moe_expert_offload_changes_nothing_for_a_dense_model_or_the_cpu() -> None:
    dense = estimate(LLAMA_8B, Q4, Workload())
    assert estimate(LLAMA_8B, Q4, Workload(n_cpu_moe=32)).terms == dense.terms
    cpu = estimate(QWEN_MOE, Q4, Workload(), n_gpus=0)
    assert estimate(QWEN_MOE, Q4, Workload(n_cpu_moe=48), n_gpus=0).terms == cpu.terms


def test_no_moe_expert_offload_refuses_a_negative_count() -> None:
    with pytest.raises(SpecError):
        Workload(n_cpu_moe=-1)


def test_no_moe_expert_offload_fixed_placement_from_the_command_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = _cli(
        capsys,
        ["estimate", "qwen3-30b-a3b", "--weights", "q4_k_m", "--gpu", "RTX 4090", "--ram", "64",
         "--gpu-layers", "all", "--n-cpu-moe", "12"],
    )  # fmt: skip
    assert out["settings"]["n_cpu_moe"] == 12
    assert out["placement"]["n_cpu_moe"] == 12
    assert (out["verdict"], out["verdict_detail"]) == ("spills_to_ram", "experts_in_ram")


@pytest.mark.parametrize(
    ("argv", "n_layers"),
    [
        # the issue's cases: gpt-oss-120b (MXFP4) on an RTX 4090 with 64 GB of RAM was "streams
        # from disk, 0.04 tok/s"; Qwen3-30B-A3B Q4_K_M on an 8 GB card with 32 GB of RAM
        (["gpt-oss-120b", "--gpu", "RTX 4090", "--ram", "64"], 36),
        (["qwen3-30b-a3b", "--weights", "q4_k_m", "--gpu", "RTX 4060", "--ram", "32"], 48),
    ],
)
def test_no_moe_expert_offload_auto_plans_experts_in_ram(
    capsys: pytest.CaptureFixture[str], argv: list[str], n_layers: int
) -> None:
    out = _cli(capsys, ["estimate", *argv])
    assert (out["verdict"], out["verdict_detail"]) == ("spills_to_ram", "experts_in_ram")
    assert out["sentence"].startswith("Partly fits")
    placement = out["placement"]
    assert placement["gpu_layers"] == n_layers + 1 and 0 < placement["n_cpu_moe"] <= n_layers
    assert out["settings"]["n_cpu_moe"] == placement["n_cpu_moe"] and placement["why"]
    tps = out["tokens_per_second"]
    # a usable speed, and one at least as fast as every alternative it lists
    assert tps > 5
    assert 1 <= len(out["alternatives"]) <= 2
    assert all(a["tokens_per_second"] <= tps for a in out["alternatives"])
    # the layer-only spill of the same machine is among the slower choices
    layers_only = [a for a in out["alternatives"] if a["n_cpu_moe"] == 0]
    assert all(a["tokens_per_second"] < tps for a in layers_only)


def test_no_moe_expert_offload_auto_chooses_the_experts_place_itself() -> None:
    # with the placement left to the solver a given --n-cpu-moe does not keep experts in RAM
    # when everything fits on the GPU (Qwen3-30B-A3B Q4_K_M, about 18.6 GB, on 80 GB)
    hw = Hardware((GpuDevice("H100", 80 * GIB, 80 * GIB, 3350 * 10**9),), 64 * GIB, 64 * GIB)
    p = plan(QWEN_MOE, Q4, Workload(n_cpu_moe=20), hw)
    assert p.verdict == "fits_gpu" and p.estimate.experts_ram_layers == 0
    fixed = plan(QWEN_MOE, Q4, Workload(n_cpu_moe=20), hw, gpu_layers=QWEN_MOE.n_layers + 1)
    assert (fixed.verdict, fixed.detail) == ("spills_to_ram", "experts_in_ram")
    assert fixed.estimate.experts_ram_layers == 20
