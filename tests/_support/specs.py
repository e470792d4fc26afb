"""Model specs several core tests share, from the models' published config.json files."""

from __future__ import annotations

from vramscope.core.model import ModelSpec

# source: meta-llama/Llama-3.1-8B config.json (also tests/data/calibration/configs)
LLAMA_31_8B = ModelSpec(
    model_id="meta-llama/Llama-3.1-8B",
    model_type="llama",
    n_layers=32,
    hidden_size=4096,
    n_heads=32,
    n_kv_heads=8,
    head_dim=128,
    intermediate_size=14336,
    vocab_size=128256,
    max_context_tokens=131072,
)

# source: meta-llama/Llama-3.2-1B config.json (tie_word_embeddings true)
LLAMA_32_1B = ModelSpec(
    model_id="meta-llama/Llama-3.2-1B",
    model_type="llama",
    n_layers=16,
    hidden_size=2048,
    n_heads=32,
    n_kv_heads=8,
    head_dim=64,
    intermediate_size=8192,
    vocab_size=128256,
    max_context_tokens=131072,
    tied_embeddings=True,
)

# source: Qwen/Qwen3-Next-80B-A3B-Instruct config.json (full_attention_interval 4: layers 3, 7,
# ..., 47 are gated full attention, the other 36 Gated DeltaNet)
QWEN3_NEXT_80B = ModelSpec(
    model_id="Qwen/Qwen3-Next-80B-A3B-Instruct",
    model_type="qwen3_next",
    n_layers=48,
    hidden_size=2048,
    n_heads=16,
    n_kv_heads=2,
    head_dim=256,
    intermediate_size=5120,
    vocab_size=151936,
    max_context_tokens=262144,
    qk_norm=True,
    attn_output_gate=True,
    layer_attention=tuple("full" if (i + 1) % 4 == 0 else "linear" for i in range(48)),
    linear_kind="gated_deltanet",
    linear_conv_kernel=4,
    linear_key_heads=16,
    linear_value_heads=32,
    linear_key_head_dim=128,
    linear_value_head_dim=128,
    n_experts=512,
    n_experts_per_token=10,
    moe_intermediate_size=512,
    shared_expert_intermediate_size=512,
    shared_expert_gate=True,
)
