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
