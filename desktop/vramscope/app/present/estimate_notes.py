"""Notes an estimate carries (``Estimate.notes``): what the user should know about the numbers."""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, register

__all__ = ["CONTEXT"]

CONTEXT = "EstimateNotes"

register(
    CONTEXT,
    {
        "estimate.full_cache_no_swa": QT_TRANSLATE_NOOP(
            "EstimateNotes", "llama.cpp runs this model with a full cache (no sliding window)."
        ),
        "estimate.linear_attention_fallback": QT_TRANSLATE_NOOP(
            "EstimateNotes",
            "Linear-attention activations assume transformers' PyTorch fallback; with "
            "flash-linear-attention installed the prefill needs less.",
        ),
        "estimate.qlora_not_4bit": QT_TRANSLATE_NOOP(
            "EstimateNotes", "QLoRA normally loads the base model in 4-bit (nf4)."
        ),
        "estimate.vllm_reserves_budget": QT_TRANSLATE_NOOP(
            "EstimateNotes",
            "vLLM reserves gpu_memory_utilization x total memory ({utilization_fraction}) at "
            "start, whatever the model needs; the rest of that budget becomes KV cache.",
        ),
        # context and native_context arrive written with thousands separators (131,072)
        "estimate.beyond_native_context": QT_TRANSLATE_NOOP(
            "EstimateNotes",
            "{context} tokens is beyond the model's native context of {native_context}: quality "
            "may drop without RoPE scaling.",
        ),
    },
)
