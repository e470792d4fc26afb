"""The estimators keep caches between calls (a cache's layers and sums per spec, formulas, term
records) for speed; an estimate must never depend on what was asked before it."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from tests._support.specs import LLAMA_31_8B, QWEN3_NEXT_80B

from vramscope.core.api import estimate
from vramscope.core.formats import parse_weight_format
from vramscope.core.model import ModelSpec
from vramscope.core.notes import Note
from vramscope.core.workload import Workload

# Gemma 3 style: 5 window layers (1024 tokens) per full one, so the ubatch changes the cache.
GEMMA_LIKE = replace(
    LLAMA_31_8B,
    model_type="gemma3",
    n_layers=12,
    layer_attention=tuple("full" if (i + 1) % 6 == 0 else "sliding" for i in range(12)),
    sliding_window_tokens=1024,
)

# Each workload differs from the one before it in one setting the caches are keyed on: a key
# missing a setting would hand the later workload the earlier one's cache.
LLAMACPP_WORKLOADS = (
    Workload(context_tokens=4096),
    Workload(context_tokens=8192),
    Workload(context_tokens=8192, batch=2),
    Workload(context_tokens=8192, batch=2, ubatch_tokens=256),
    Workload(context_tokens=8192, batch=2, ubatch_tokens=256, kv_cache_type="q8_0"),
    Workload(
        context_tokens=8192,
        batch=2,
        ubatch_tokens=256,
        kv_cache_type="q8_0",
        kv_cache_type_v="q4_0",
        flash_attention="on",
    ),
    Workload(context_tokens=8192, kv_offload=False),
)
TORCH_WORKLOADS = (
    Workload(runtime="transformers", kv_cache_type="bf16", context_tokens=2048),
    Workload(runtime="transformers", kv_cache_type="bf16", context_tokens=4096),
    Workload(runtime="transformers", kv_cache_type="bf16", context_tokens=4096, batch=3),
    Workload(runtime="transformers", kv_cache_type="f32", context_tokens=4096, batch=3),
    Workload(runtime="vllm", kv_cache_type="bf16", context_tokens=4096, batch=3),
    Workload(runtime="vllm", kv_cache_type="fp8", context_tokens=4096, batch=3),
)


@pytest.mark.parametrize(
    "spec", [LLAMA_31_8B, GEMMA_LIKE, QWEN3_NEXT_80B], ids=["llama", "gemma_like", "hybrid"]
)
def test_a_llamacpp_estimate_does_not_depend_on_the_ones_before_it(spec: ModelSpec) -> None:
    fmt = parse_weight_format("q4_k_m")
    for wl in LLAMACPP_WORKLOADS:
        for kwargs in ({}, {"gpu_layers": spec.n_layers // 2}, {"n_gpus": 0}):
            warm = estimate(spec, fmt, wl, **kwargs)
            # an equal spec that is another object shares no cache entry with ``spec``
            fresh = estimate(replace(spec), fmt, wl, **kwargs)
            assert warm == fresh
            assert warm.terms == fresh.terms


@pytest.mark.parametrize("spec", [LLAMA_31_8B, GEMMA_LIKE], ids=["llama", "gemma_like"])
def test_a_torch_estimate_does_not_depend_on_the_ones_before_it(spec: ModelSpec) -> None:
    fmt = parse_weight_format("bf16")
    for wl in TORCH_WORKLOADS:
        for n_gpus in (1, 2):
            warm = estimate(spec, fmt, wl, n_gpus=n_gpus)
            assert warm.terms == estimate(replace(spec), fmt, wl, n_gpus=n_gpus).terms


@pytest.mark.parametrize(
    ("code", "params"),
    [
        ("a..b", ()),
        ("a b", ()),
        ("fine.code", (("not a name", 1),)),
        ("fine.code", (("value", True),)),
        ("fine.code", (("value", math.nan),)),
        ("fine.code", (("value", None),)),
    ],
)
def test_a_note_checks_its_input_even_after_its_code_and_names_were_seen(
    code: str, params: tuple[tuple[str, object], ...]
) -> None:
    # The note remembers codes and names it has checked; a bad value under a known name, or a
    # bad code, must still be refused every time.
    Note("fine.code", (("value", 1),))
    for _ in range(2):
        with pytest.raises(ValueError):
            Note(code, params)  # type: ignore[arg-type]
