"""The "best pick" marker and the "what would make it fit" lines (app/advice.py's codes)."""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, register

register(
    "Advice",
    {
        # one suggestion: the change, then what it does
        "advice.line": QT_TRANSLATE_NOOP("Advice", "{change} → {effect}"),
        "advice.change.kv_cache": QT_TRANSLATE_NOOP("Advice", "KV cache {kv_type}"),
        "advice.change.context": QT_TRANSLATE_NOOP("Advice", "context {context_tokens}"),
        "advice.change.batch": QT_TRANSLATE_NOOP("Advice", "parallel sequences: {sequences}"),
        "advice.effect.fits_gpu": QT_TRANSLATE_NOOP(
            "Advice", "all layers on GPU, {decode_tps} tok/s"
        ),
        "advice.effect.spills_to_ram": QT_TRANSLATE_NOOP(
            "Advice", "fits with part in RAM, {decode_tps} tok/s"
        ),
        "advice.effect.cpu_only": QT_TRANSLATE_NOOP(
            "Advice", "runs on the CPU, {decode_tps} tok/s"
        ),
        # training has no decode speed
        "advice.effect.fits": QT_TRANSLATE_NOOP("Advice", "fits at {context_tokens}"),
        "advice.best_pick": QT_TRANSLATE_NOOP(
            "Advice",
            "Best pick: the most bits per weight that fits at this context at {min_tps} tok/s"
            " or faster",
        ),
    },
)
