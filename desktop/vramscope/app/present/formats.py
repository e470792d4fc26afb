"""Weight format names in words (``WeightFormat.label`` codes): what the table, the menus and
the CLI's header call a format. Format and type names (Q4_K_M, NF4, GPTQ) stay as written."""

from __future__ import annotations

from vramscope.core import WeightFormat

from . import QT_TRANSLATE_NOOP, Translate, identity, register, render

__all__ = ["format_label"]

register(
    "Formats",
    {
        "format_label.gguf": QT_TRANSLATE_NOOP("Formats", "{name} (GGUF)"),
        "format_label.gguf_mixed": QT_TRANSLATE_NOOP(
            "Formats", "GGUF file (mixed types, mostly {main_type})"
        ),
        "format_label.float": QT_TRANSLATE_NOOP("Formats", "{name} ({dtype})"),
        "format_label.fp8": QT_TRANSLATE_NOOP("Formats", "FP8 (E4M3, per-channel scales)"),
        "format_label.int8": QT_TRANSLATE_NOOP("Formats", "INT8 (bitsandbytes LLM.int8)"),
        "format_label.nf4": QT_TRANSLATE_NOOP("Formats", "NF4 (bitsandbytes, double quant)"),
        "format_label.fp4": QT_TRANSLATE_NOOP("Formats", "FP4 (bitsandbytes)"),
        "format_label.mxfp4": QT_TRANSLATE_NOOP("Formats", "MXFP4 experts, BF16 rest (gpt-oss)"),
        "format_label.gptq_group": QT_TRANSLATE_NOOP(
            "Formats", "{name} {bits}-bit (group {group})"
        ),
        "format_label.gptq_channel": QT_TRANSLATE_NOOP(
            "Formats", "{name} {bits}-bit (per channel)"
        ),
        "format_label.exl2": QT_TRANSLATE_NOOP("Formats", "EXL2 {bpw} bpw"),
    },
)


def format_label(fmt: WeightFormat, tr: Translate = identity) -> str:
    """``Q4_K_M (GGUF)``, ``GPTQ 4-bit (group 128)``... in the language ``tr`` translates to."""
    return render(fmt.label, tr)
