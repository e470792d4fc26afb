"""Sentences for the errors the runtimes and the estimate entry point raise (``runtime.*``).

As in ``errors``, each names the field and the value it got; format ids, cache types and
runtime names arrive as the user typed them, a LoRA target as Python writes it (quoted).
"""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, register

__all__ = ["CONTEXT"]

CONTEXT = "RuntimeErrors"

register(
    CONTEXT,
    {
        "runtime.needs_gguf": QT_TRANSLATE_NOOP(
            "RuntimeErrors", "{runtime} cannot load {value} weights; use a GGUF type such as q4_k_m"
        ),
        "runtime.needs_safetensors": QT_TRANSLATE_NOOP(
            "RuntimeErrors",
            "{runtime} cannot load {value} weights; use bf16, nf4, gptq-4bit or awq-4bit",
        ),
        "runtime.gguf_needs_llamacpp": QT_TRANSLATE_NOOP(
            "RuntimeErrors", "{runtime} cannot load GGUF weights ({value}); use llama.cpp"
        ),
        "runtime.needs_gpu": QT_TRANSLATE_NOOP(
            "RuntimeErrors", "{value} runs on a GPU; this machine has none (use llama.cpp)"
        ),
        "runtime.negative_gpus": QT_TRANSLATE_NOOP(
            "RuntimeErrors", "number of GPUs must be 0 or more, got {value}"
        ),
        "runtime.negative_gpu_layers": QT_TRANSLATE_NOOP(
            "RuntimeErrors", "gpu layers must be 0 or more, got {value}"
        ),
        "runtime.lora_target_unknown": QT_TRANSLATE_NOOP(
            "RuntimeErrors", "lora target {value} is not a linear module of {model}; known: {known}"
        ),
        "runtime.full_needs_float": QT_TRANSLATE_NOOP(
            "RuntimeErrors", "full fine-tuning needs float weights (fp32 or bf16), got {value}"
        ),
        "runtime.negative_term_bytes": QT_TRANSLATE_NOOP(
            "RuntimeErrors", "term {field} has negative bytes: {value}"
        ),
    },
)
