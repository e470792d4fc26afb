"""KV cache layouts: grouped-query heads, sliding windows, MLA, quantized types."""

from __future__ import annotations

from dataclasses import replace

from tests._support.specs import LLAMA_31_8B

from vramscope.core.kv import hf_kv_layers, llamacpp_kv_layers, vllm_kv_layers
from vramscope.core.model import ModelSpec

LLAMA_8B = LLAMA_31_8B


def _llama(spec: ModelSpec, ctx: int, k: str = "f16", v: str = "f16", n_seq: int = 1) -> int:
    layers = llamacpp_kv_layers(
        spec, context_tokens=ctx, n_seq=n_seq, ubatch_tokens=512, k_type=k, v_type=v
    )
    return sum(x.bytes for x in layers)


def test_grouped_query_attention_cache() -> None:
    # source: reference §2.1, llama.cpp log "KV self size = 1024.00 MiB" (Llama-3-8B, 8192 ctx)
    assert _llama(LLAMA_8B, 8192) == 1024 * 2**20
    # source: calibration llamacpp-h100.jsonl, kv_buffers_mib 512.0 at n_ctx 4096
    assert _llama(LLAMA_8B, 4096) == 512 * 2**20


def test_llamacpp_pads_context_to_256_cells() -> None:
    assert _llama(LLAMA_8B, 4000) == _llama(LLAMA_8B, 4096)
    assert _llama(LLAMA_8B, 4097) == _llama(LLAMA_8B, 4352)


def test_quantized_cache_sizes() -> None:
    # source: calibration llamacpp-cpu.jsonl, Llama-3.2-1B c2048: q8_0/q8_0 34.0 MiB,
    # q8_0/f16 49.0 MiB, f16/f16 64.0 MiB
    spec = replace(LLAMA_8B, n_layers=16, hidden_size=2048, head_dim=64, intermediate_size=8192)
    assert _llama(spec, 2048) == 64 * 2**20
    assert _llama(spec, 2048, "q8_0", "q8_0") == 34 * 2**20
    assert _llama(spec, 2048, "q8_0", "f16") == 49 * 2**20


def test_sliding_window_layers_keep_only_the_window_in_llamacpp() -> None:
    # Gemma 3 style: 5 local layers (window 1024) per global layer.
    pattern = tuple("full" if (i + 1) % 6 == 0 else "sliding" for i in range(12))
    spec = replace(
        LLAMA_8B,
        model_type="gemma3",
        n_layers=12,
        layer_attention=pattern,
        sliding_window_tokens=1024,
    )
    layers = llamacpp_kv_layers(
        spec, context_tokens=32768, n_seq=1, ubatch_tokens=512, k_type="f16", v_type="f16"
    )
    # source: reference §2.2, a llama.cpp log "SWA KV cache, size = 1536 cells"
    # (window 1024 + ubatch 512)
    assert {x.cells for x in layers if x.sliding} == {1536}
    assert {x.cells for x in layers if not x.sliding} == {32768}
    # Mistral v0.1 runs as plain llama in llama.cpp: no window there, a window in transformers.
    mistral = replace(
        spec, model_type="mistral", layer_attention=("sliding",) * 12, sliding_window_tokens=4096
    )
    assert all(
        not x.sliding
        for x in llamacpp_kv_layers(
            mistral, context_tokens=8192, n_seq=1, ubatch_tokens=512, k_type="f16", v_type="f16"
        )
    )
    assert {x.cells for x in hf_kv_layers(mistral, tokens=8192, batch=1, kv_type="bf16")} == {4096}


def test_mla_cache_is_compressed_in_llamacpp_and_vllm_but_not_in_transformers() -> None:
    ds = replace(
        LLAMA_8B,
        model_type="deepseek_v3",
        n_layers=61,
        hidden_size=7168,
        n_heads=128,
        n_kv_heads=128,
        head_dim=192,
        q_lora_rank=1536,
        kv_lora_rank=512,
        qk_rope_head_dim=64,
        qk_nope_head_dim=128,
        v_head_dim=128,
    )
    # source: reference §2.1 table: DeepSeek-V3 MLA 61 x 576 x 2 B = 70,272 B per token;
    # transformers 61 x 128 x (192 + 128) x 2 B = 4,997,120 B per token
    per_token = sum(x.bytes for x in vllm_kv_layers(ds, tokens=1024, batch=1, kv_type="f16")) / 1024
    assert per_token == 70272
    hf = sum(x.bytes for x in hf_kv_layers(ds, tokens=1024, batch=1, kv_type="bf16")) / 1024
    assert hf == 4_997_120
    assert _llama(ds, 1024) / 1024 == 70272
