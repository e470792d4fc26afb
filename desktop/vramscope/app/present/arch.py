"""Sentences for the architectures of late 2025-2026 (issue 15): Llama 4's chunked attention,
the Mamba2 hybrids."""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, register

__all__: list[str] = []

register(
    "Errors",
    {
        # core/model.py: a "chunked" layer (Llama 4) without its chunk length
        "spec.chunk_size_missing": QT_TRANSLATE_NOOP(
            "Errors", "attention_chunk_size must be set when some layers use chunked attention"
        ),
    },
)

register(
    "Formulas",
    {
        # core/runtimes/transformers.py: Mamba2 (HybridMambaAttentionDynamicCache) and LFM2
        "formula.transformers.recurrent_state_model_dtype": QT_TRANSLATE_NOOP(
            "Formulas",
            "{layers} recurrent layers x {sequences} sequences x (conv kernel x channels + SSM "
            "state per head), both in the model dtype",
        ),
    },
)

register(
    "EstimateNotes",
    {
        # core/runtimes/vllm.py: Llama 4 under vLLM
        "estimate.vllm_chunked_full_cache": QT_TRANSLATE_NOOP(
            "EstimateNotes",
            "vLLM turns its hybrid KV cache manager off for chunked local attention by default, "
            "so every layer caches the whole context; "
            "VLLM_ALLOW_CHUNKED_LOCAL_ATTN_WITH_HYBRID_KV_CACHE=1 keeps one chunk on the local "
            "layers.",
        ),
    },
)
