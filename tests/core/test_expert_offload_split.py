"""Issue 12, the placement optimiser over several GPUs: with MoE experts in RAM it searches the
tensor split too. ``--n-cpu-moe N`` keeps the experts of the first N layers in RAM, and those
layers are the first GPU's, so the split by free memory leaves that GPU part empty while the
last one overflows; moving layers to the first GPU (``-ts``) lets fewer experts leave the GPUs.

Expected placements: llama.cpp common/arg.cpp ``--n-cpu-moe`` and ``-ts/--tensor-split`` (the
share of the repeating layers per GPU; core/runtimes/llamacpp/layout.py layer_ranges)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from vramscope.catalog.models import find_model
from vramscope.cli import main
from vramscope.core import GIB, GpuDevice, Hardware, Workload, estimate, parse_weight_format, plan
from vramscope.core.estimate import gpu_device

GPT_OSS = find_model("gpt-oss-120b").spec
MXFP4 = parse_weight_format("mxfp4_moe")
# A 24 GB and a 12 GB card (RTX 4090 and RTX 3060 as the catalog gives them) and 64 GB RAM.
TWO_GPUS = Hardware(
    (
        GpuDevice("RTX 4090", 24 * GIB, 23 * GIB, 1008 * 10**9),
        GpuDevice("RTX 3060", 12 * GIB, 11 * GIB, 360 * 10**9),
    ),
    64 * GIB,
    60 * GIB,
)
WL = Workload(context_tokens=16384)


def _fits_gpus(n_cpu_moe: int, split: tuple[float, ...]) -> bool:
    est = estimate(
        GPT_OSS,
        MXFP4,
        Workload(context_tokens=16384, n_cpu_moe=n_cpu_moe),
        n_gpus=2,
        gpu_layers=GPT_OSS.n_layers + 1,
        gpu_split=split,
    )
    return all(est.device_bytes(gpu_device(i)) <= g.free_bytes for i, g in enumerate(TWO_GPUS.gpus))


def test_expert_offload_split_keeps_more_experts_on_the_gpus_than_the_default_split() -> None:
    searched = plan(GPT_OSS, MXFP4, WL, TWO_GPUS)
    # the same machine with llama.cpp's default split (by free memory) given as -ts
    default = plan(GPT_OSS, MXFP4, WL, TWO_GPUS, tensor_split=[23, 11])
    assert default.detail == searched.detail == "experts_in_ram"
    assert default.tensor_split == ()  # a given -ts is never replaced
    n_default = default.estimate.workload.n_cpu_moe
    n_searched = searched.estimate.workload.n_cpu_moe
    assert 0 < n_searched < n_default
    assert searched.tokens_per_second and default.tokens_per_second
    assert searched.tokens_per_second > default.tokens_per_second
    # the split is in layers per GPU, every repeating layer on a GPU, and it is the split the
    # plan's estimate was made with
    split = searched.tensor_split
    assert len(split) == 2 and sum(split) == GPT_OSS.n_layers
    assert searched.estimate.gpu_layers == GPT_OSS.n_layers + 1
    assert _fits_gpus(n_searched, tuple(map(float, split)))
    assert searched.max_context_tokens >= WL.context_tokens


def test_expert_offload_split_finds_the_fewest_experts_in_ram_of_any_split() -> None:
    # checked by brute force over every split of the layers between the two cards
    n = plan(GPT_OSS, MXFP4, WL, TWO_GPUS).estimate.workload.n_cpu_moe
    layers = GPT_OSS.n_layers
    assert not any(_fits_gpus(n - 1, (float(c), float(layers - c))) for c in range(layers + 1))


def test_expert_offload_split_on_one_gpu_or_a_dense_model_changes_nothing() -> None:
    one = Hardware(TWO_GPUS.gpus[:1], 64 * GIB, 60 * GIB)
    assert plan(GPT_OSS, MXFP4, WL, one).tensor_split == ()
    dense = find_model("llama-3.1-70b").spec
    p = plan(dense, parse_weight_format("q4_k_m"), Workload(), TWO_GPUS)
    assert p.tensor_split == ()


def test_expert_offload_split_is_in_the_run_settings(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["estimate", "gpt-oss-120b", "--gpu", "RTX-4090:24", "--gpu", "RTX-3060:12"]
    assert main([*argv, "--ram", "64", "--ctx", "16384", "--json"]) in (0, None)
    out: dict[str, Any] = json.loads(capsys.readouterr().out)
    split = out["settings"]["tensor_split"]
    assert out["verdict_detail"] == "experts_in_ram" and len(split) == 2
    assert sum(split) == GPT_OSS.n_layers
    assert f"-ts {split[0]},{split[1]}" in out["run_settings"]["llama_server"]
    n_cpu_moe = out["settings"]["n_cpu_moe"]
    assert f"--n-cpu-moe {n_cpu_moe}" in out["run_settings"]["llama_server"]
