"""Labels of the estimate's terms (``term.kv_cache`` -> "KV cache"), one per ``core.terms`` name."""

from __future__ import annotations

from vramscope.core import TERMS

from . import QT_TRANSLATE_NOOP, Translate, identity, register, render

__all__ = ["CONTEXT", "term_label"]

CONTEXT = "Terms"

register(
    CONTEXT,
    {
        "term.weights": QT_TRANSLATE_NOOP("Terms", "Weights"),
        "term.weights_repacked": QT_TRANSLATE_NOOP("Terms", "Weights (CPU repack)"),
        "term.kv_cache": QT_TRANSLATE_NOOP("Terms", "KV cache"),
        "term.recurrent_state": QT_TRANSLATE_NOOP("Terms", "Recurrent state"),
        "term.compute_buffer": QT_TRANSLATE_NOOP("Terms", "Compute buffers"),
        "term.output_buffer": QT_TRANSLATE_NOOP("Terms", "Output buffer"),
        "term.runtime_overhead": QT_TRANSLATE_NOOP("Terms", "Runtime overhead"),
        # llama.cpp's CUDA memory pool: the F16 copy of a quantized KV cache during prefill
        "term.cuda_pool": QT_TRANSLATE_NOOP("Terms", "CUDA pool (F16 KV copy)"),
        "term.activations": QT_TRANSLATE_NOOP("Terms", "Activations"),
        "term.allocator_cache": QT_TRANSLATE_NOOP("Terms", "Allocator cache"),
        "term.autocast_copies": QT_TRANSLATE_NOOP("Terms", "Autocast copies"),
        "term.gradients": QT_TRANSLATE_NOOP("Terms", "Gradients"),
        "term.loss": QT_TRANSLATE_NOOP("Terms", "Loss and logits"),
        "term.optimizer_states": QT_TRANSLATE_NOOP("Terms", "Optimizer states"),
        "term.optimizer_step_temp": QT_TRANSLATE_NOOP("Terms", "Optimizer step buffers"),
        "term.cuda_graphs": QT_TRANSLATE_NOOP("Terms", "CUDA graphs"),
    },
)


def term_label(name: str, tr: Translate = identity) -> str:
    """The label of a term name in the language ``tr`` translates to; an unknown name (a term
    in a saved check from another version) shows as written, underscores as spaces."""
    kind = TERMS.get(name)
    if kind is None:
        return name.replace("_", " ")
    return render(kind.label, tr)
