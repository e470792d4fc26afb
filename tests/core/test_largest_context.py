"""Issue 12, item 5 "Largest context means with this exact layer split": two labelled figures,
the largest context when the placement is chosen again for that context and the largest with
everything on the GPU; never a context figure for streaming weights from disk.

The issue's case: Llama 70B Q4_K_M on an RTX 4090 with 64 GB said "max 5k" at 4k, "max 8k" at
8k and "max 35k" at 32k (each the figure of that context's layer split)."""

from __future__ import annotations

import json

import pytest

from vramscope.catalog.models import find_model
from vramscope.cli import main
from vramscope.core import (
    GIB,
    GpuDevice,
    Hardware,
    Workload,
    largest_contexts,
    parse_weight_format,
    plan,
)

RTX_4090 = GpuDevice("NVIDIA GeForce RTX 4090", 24 * GIB, 24 * GIB, 1008 * 10**9)
Q4 = parse_weight_format("q4_k_m")


def _pc(ram_gib: int, *gpus: GpuDevice) -> Hardware:
    return Hardware(tuple(gpus), ram_gib * GIB, ram_gib * GIB)


def test_largest_context_does_not_depend_on_the_requested_context() -> None:
    spec = find_model("llama-3.1-70b").spec
    hw = _pc(32, RTX_4090)
    figures = set()
    for ctx in (4096, 8192, 32768):
        reoptimised, all_gpu = largest_contexts(spec, Q4, Workload(context_tokens=ctx), hw)
        p = plan(spec, Q4, Workload(context_tokens=ctx), hw)
        # re-placing for a longer context never does worse than keeping this split
        assert reoptimised >= p.max_context_tokens > 0
        # about 40 GB of Q4_K_M weights never fit on a 24 GB card, whatever the context
        assert all_gpu == 0
        figures.add(reoptimised)
    assert len(figures) == 1
    # and it is the largest: one step more fits in no placement
    (best,) = figures
    assert best < spec.max_context_tokens
    assert plan(spec, Q4, Workload(context_tokens=best), hw).verdict == "spills_to_ram"
    over = plan(spec, Q4, Workload(context_tokens=best + 256), hw)
    assert over.verdict in ("disk_offload", "does_not_fit")


def test_largest_context_all_on_gpu_for_a_model_that_fits() -> None:
    spec = find_model("llama-3.1-8b").spec
    p = plan(spec, Q4, Workload(context_tokens=8192), _pc(32, RTX_4090))
    assert p.verdict == "fits_gpu"
    assert largest_contexts(spec, Q4, Workload(context_tokens=8192), _pc(32, RTX_4090)) == (
        p.max_context_tokens,
        p.max_context_tokens,
    )


def test_largest_context_is_never_given_for_disk_streaming() -> None:
    spec = find_model("llama-3.1-8b").spec
    q8 = parse_weight_format("q8_0")
    p = plan(spec, q8, Workload(), _pc(4))  # 8 GB of weights, 4 GB of RAM, no GPU
    assert p.verdict == "disk_offload"
    assert p.max_context_tokens == 0
    assert largest_contexts(spec, q8, Workload(), _pc(4)) == (0, 0)


@pytest.mark.parametrize("ctx", [4096, 32768])
def test_largest_context_both_figures_in_estimate_json(
    ctx: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["estimate", "llama-3.1-70b", "--weights", "q4_k_m", "--gpu", "RTX 4090",
                 "--ram", "64", "--ctx", str(ctx), "--json"]) in (0, None)  # fmt: skip
    out = json.loads(capsys.readouterr().out)
    assert out["max_ctx_reoptimised_tokens"] >= out["max_ctx_tokens"] > 0
    assert out["max_ctx_all_gpu_tokens"] == 0
