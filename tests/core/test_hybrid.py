"""Hybrid models: Gated DeltaNet (linear-attention) layers beside full attention (Qwen3-Next,
Qwen3.5). Linear layers cache no tokens; they keep a fixed recurrent state per sequence."""

from __future__ import annotations

import dataclasses
import re

import pytest
from tests._support.messages import english, message
from tests._support.specs import LLAMA_31_8B, QWEN3_NEXT_80B

from vramscope.core.api import estimate
from vramscope.core.errors import SpecError
from vramscope.core.formats import parse_weight_format
from vramscope.core.kv import hf_kv_layers, llamacpp_kv_layers, vllm_kv_layers
from vramscope.core.tensors import model_tensors, param_counts
from vramscope.core.workload import Workload

MIB = 1 << 20
Q4 = parse_weight_format("q4_k_m")
BF16 = parse_weight_format("bf16")


def _by_device(est: object, name: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for t in est.terms:  # type: ignore[attr-defined]
        if t.name == name:
            out[t.device] = out.get(t.device, 0) + t.bytes
    return out


def test_parameter_counts_match_the_model_card() -> None:
    # source: Qwen/Qwen3-Next-80B-A3B-Instruct model card: "80B in total and 3B activated",
    # "Number of Parameters (Non-Embedding): 79B"
    counts = param_counts(QWEN3_NEXT_80B)
    assert round(counts.total / 1e9) == 80
    head = 2048 * 151936  # untied output head, counted as an embedding by the card
    assert round((counts.total - counts.embedding - head) / 1e9) == 79
    assert 3.0e9 < counts.active_excluding_embedding < 4.0e9


def test_linear_layers_have_deltanet_tensors_and_attention_layers_a_gated_query() -> None:
    tensors = model_tensors(QWEN3_NEXT_80B)
    by_layer = {i: {t.role: t for t in tensors if t.layer == i} for i in (0, 3)}
    linear, full = by_layer[0], by_layer[3]
    assert "attn_q" not in linear and "attn_q" in full
    # in_proj_qkvz: q and k 16 x 128 each, v and z 32 x 128 each
    assert linear["ssm_in"].shape == (2048, 2 * 2048 + 2 * 4096)
    assert linear["ssm_beta_alpha"].shape == (2048, 64)
    # depthwise conv over q, k and v channels, 4 taps, no bias
    assert linear["ssm_conv1d"].shape == (4, 2 * 2048 + 4096)
    assert linear["ssm_out"].shape == (4096, 2048)
    assert {t.hf_module for t in linear.values() if t.linear} >= {"in_proj_qkvz", "out_proj"}
    # query and output gate side by side: 2 x 16 heads x 256
    assert full["attn_q"].shape == (2048, 2 * 16 * 256)
    assert full["attn_k"].shape == (2048, 2 * 256)


def test_split_projections_for_qwen35_keep_the_same_size() -> None:
    split = dataclasses.replace(QWEN3_NEXT_80B, model_type="qwen3_5_moe_text")
    roles = {t.role for t in model_tensors(split) if t.layer == 0}
    assert {"attn_qkv", "attn_gate", "ssm_beta", "ssm_alpha"} <= roles
    assert "ssm_in" not in roles
    assert param_counts(split).total == param_counts(QWEN3_NEXT_80B).total


def test_only_attention_layers_cache_tokens() -> None:
    kv = llamacpp_kv_layers(
        QWEN3_NEXT_80B, context_tokens=4096, n_seq=1, ubatch_tokens=512, k_type="f16",
        v_type="f16",
    )  # fmt: skip
    assert sum(1 for k in kv if k.cells) == 12
    # 12 layers x 4096 cells x (2 x 512 elements) x 2 bytes
    assert sum(k.bytes for k in kv) == 12 * 4096 * 1024 * 2
    for layers in (
        hf_kv_layers(QWEN3_NEXT_80B, tokens=100, batch=2, kv_type="bf16"),
        vllm_kv_layers(QWEN3_NEXT_80B, tokens=100, batch=2, kv_type="bf16"),
    ):
        assert sum(1 for k in layers if k.cells) == 12


def test_llamacpp_recurrent_state_is_fixed_and_on_the_layers_device() -> None:
    def run(ctx: int, ngl: int, n_seq: int = 1) -> object:
        wl = Workload(runtime="llama.cpp", context_tokens=ctx, batch=n_seq)
        return estimate(QWEN3_NEXT_80B, Q4, wl, gpu_layers=ngl)

    # per layer and sequence: conv 3 x (2 x 2048 + 4096) + state 128 x 4096, f32; 36 layers.
    # source: llama.cpp llama-hparams.cpp n_embd_r()/n_embd_s() with the converter's mapping
    per_layer = (3 * 8192 + 128 * 4096) * 4
    assert per_layer * 36 == pytest.approx(75.38 * MIB, abs=0.01 * MIB)
    short, long = run(4096, 49), run(65536, 49)
    assert _by_device(short, "recurrent_state") == {"gpu0": 36 * per_layer}
    assert _by_device(long, "recurrent_state") == {"gpu0": 36 * per_layer}
    assert sum(_by_device(long, "kv_cache").values()) == 16 * sum(
        _by_device(short, "kv_cache").values()
    )
    # two sequences: two cells
    assert _by_device(run(4096, 49, 2), "recurrent_state") == {"gpu0": 2 * 36 * per_layer}
    # -ngl 25: layers 24..47 on the GPU (18 of them linear), 0..23 in RAM
    split = _by_device(run(4096, 25), "recurrent_state")
    assert split == {"gpu0": 18 * per_layer, "ram": 18 * per_layer}
    cpu = _by_device(
        estimate(QWEN3_NEXT_80B, Q4, Workload(context_tokens=4096), n_gpus=0), "recurrent_state"
    )
    assert cpu == {"ram": 36 * per_layer}


def test_hybrid_needs_far_less_cache_than_the_same_model_all_attention() -> None:
    dense = dataclasses.replace(
        QWEN3_NEXT_80B, layer_attention=(), linear_kind="", attn_output_gate=False
    )
    wl = Workload(runtime="llama.cpp", context_tokens=131072)
    hybrid_kv = sum(_by_device(estimate(QWEN3_NEXT_80B, Q4, wl), "kv_cache").values())
    dense_kv = sum(_by_device(estimate(dense, Q4, wl), "kv_cache").values())
    assert dense_kv == 4 * hybrid_kv


def test_transformers_and_vllm_count_the_states() -> None:
    wl = Workload(runtime="transformers", context_tokens=1024, batch=2)
    est = estimate(QWEN3_NEXT_80B, BF16, wl)
    # conv (batch, 8192 channels, 4 taps) in bf16 + (batch, 32, 128, 128) f32, 36 layers
    expected = 36 * 2 * (4 * 8192 * 2 + 32 * 128 * 128 * 4)
    assert _by_device(est, "recurrent_state") == {"gpu0": expected}
    assert any("flash-linear-attention" in n for n in english(est.notes))
    vl = estimate(QWEN3_NEXT_80B, BF16, Workload(runtime="vllm", context_tokens=1024, batch=2))
    assert _by_device(vl, "recurrent_state") == {"gpu0": 36 * 2 * (3 * 8192 + 128 * 4096) * 2}
    plain = estimate(LLAMA_31_8B, BF16, wl)
    assert not _by_device(plain, "recurrent_state")


def test_deltanet_prefill_dominates_the_moe_temporaries_in_transformers() -> None:
    # 10 x 512 routed + 512 shared expert width is small next to eight f32 value-width tensors
    short = estimate(QWEN3_NEXT_80B, BF16, Workload(runtime="transformers", context_tokens=512))
    long = estimate(QWEN3_NEXT_80B, BF16, Workload(runtime="transformers", context_tokens=8192))
    acts = [_by_device(e, "activations")["gpu0"] for e in (short, long)]
    assert acts[1] > 8 * 4096 * 4 * 8192  # at least the f32 value tensors
    assert acts[1] == pytest.approx(16 * acts[0], rel=0.02)


def test_invalid_linear_layouts_are_refused() -> None:
    with pytest.raises(SpecError) as raised:
        dataclasses.replace(QWEN3_NEXT_80B, linear_kind="")
    assert re.search("linear_kind", message(raised.value))
    with pytest.raises(SpecError) as raised:
        dataclasses.replace(QWEN3_NEXT_80B, linear_key_heads=0)
    assert re.search("linear_key_heads", message(raised.value))
    with pytest.raises(SpecError) as raised:
        dataclasses.replace(QWEN3_NEXT_80B, linear_key_heads=12)
    assert re.search("must divide", message(raised.value))


def test_deltanet_chunk_sets_the_compute_buffer_of_a_gpu_without_the_output_layer() -> None:
    est = estimate(QWEN3_NEXT_80B, Q4, Workload(context_tokens=4096), n_gpus=2)
    first = next(t for t in est.terms if t.name == "compute_buffer" and t.device == "gpu0")
    # 4 x 512 tokens x (2 x 8192 conv channels + 4 x 4096 value width + 2 x 32 heads x 64)
    assert first.bytes == 4 * 512 * (2 * 8192 + 4 * 4096 + 2 * 32 * 64)
    assert "Gated DeltaNet" in english([first.formula])[0]
