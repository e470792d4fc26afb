"""Which format to pick, and what would make an estimate fit: one place for both front ends.

:func:`best_pick` marks one format per fit-table row (``vramscope fit`` and the window's table
both call it on the same :class:`table_cache.Cell` objects); :func:`suggestions` re-plans one
estimate with a few changed settings (``vramscope estimate`` and the window's breakdown). Both
only call the planner; the words come from ``present.advice``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from vramscope.core import (
    COMMON_FORMAT_IDS,
    Hardware,
    Note,
    Plan,
    SpecError,
    WeightFormat,
    parse_weight_format,
)

from .present import Translate, identity, render
from .session import ModelChoice, RunSettings, context_figures, plan_for, runtime_loads
from .table_cache import Cell

__all__ = [
    "DEFAULT_MIN_SPEED_TPS",
    "FITTING_VERDICTS",
    "MAX_SUGGESTIONS",
    "Suggestion",
    "best_pick",
    "bits_per_weight",
    "is_usable",
    "suggestions",
]

# A usable decode speed: about reading speed. 10 tokens/s is the figure the issue (#12) sets as
# the default; the user changes it with --min-speed.
DEFAULT_MIN_SPEED_TPS = 10.0
# The verdicts of a run that works (disk_offload pages weights from disk: not a pick)
FITTING_VERDICTS = ("fits_gpu", "spills_to_ram", "cpu_only")
# How many changes the estimate lists (issue #12: "up to three")
MAX_SUGGESTIONS = 3
# How many smaller weight formats, in order of size, are tried (issue #12: "one or two steps")
FORMAT_STEPS_DOWN = 2
# KV cache type suggested (llama.cpp -ctk/-ctv q8_0; quantized V needs flash attention, which
# "auto" turns on where supported)
SUGGESTED_KV_TYPE = "q8_0"
# Context suggestions are rounded down to this many tokens (the slider's rounding)
CONTEXT_ROUND_TOKENS = 256


def bits_per_weight(p: Plan) -> float:
    """Quality as bits per weight from the layout's bytes (weights_bytes * 8 / parameters), not
    the format's nominal bits: a Q4_K_M file keeps some tensors at Q6_K, and float formats, GPTQ
    and EXL2 are compared on one scale."""
    est = p.estimate
    return est.weights_bytes * 8 / est.params_total if est.params_total else 0.0


def is_fitting(p: Plan) -> bool:
    return p.verdict in FITTING_VERDICTS


def is_usable(p: Plan, min_speed_tps: float) -> bool:
    """Fits, and decodes at ``min_speed_tps`` or faster (training has no speed: fitting is
    enough)."""
    tps = p.tokens_per_second
    return is_fitting(p) and (tps is None or tps >= min_speed_tps)


def best_pick(
    cells: Mapping[str, Cell], min_speed_tps: float = DEFAULT_MIN_SPEED_TPS
) -> str | None:
    """The format id of a row's best pick: the most bits per weight among the usable cells
    (the faster one on a tie); None when no format is usable."""
    usable = [
        (bits_per_weight(c.plan), c.tokens_per_s or 0.0, fmt_id)
        for fmt_id, c in cells.items()
        if c.plan is not None and is_usable(c.plan, min_speed_tps)
    ]
    return max(usable)[2] if usable else None


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One change and the plan it gives. ``change`` uses ``estimate --json``'s settings keys."""

    change: Mapping[str, Any]
    change_note: Note
    plan: Plan

    def effect_note(self) -> Note:
        p = self.plan
        tps = p.tokens_per_second
        if tps is None:
            return Note.of("advice.effect.fits", context_tokens=p.estimate.workload.context_tokens)
        return Note.of(f"advice.effect.{p.verdict}", decode_tps=tps)

    def text(self, tr: Translate = identity) -> str:
        """``KV cache q8_0 → all layers on GPU, 38 tok/s`` in ``tr``'s language."""
        line = Note.of(
            "advice.line",
            change=render(self.change_note, tr),
            effect=render(self.effect_note(), tr),
        )
        return render(line, tr)

    def to_json(self) -> dict[str, Any]:
        p = self.plan
        tps = p.tokens_per_second
        return {
            "change": dict(self.change),
            "verdict": p.verdict,
            "tokens_per_second": round(tps, 2) if tps is not None else None,
            "needed_gpu_bytes": p.estimate.needed_gpu_bytes,
            "needed_ram_bytes": p.estimate.needed_ram_bytes,
            "text": self.text(),
        }


def _same_kind(runtime: str, a: WeightFormat, b: WeightFormat) -> bool:
    """Formats a user of ``runtime`` swaps for one another: the same family, and in llama.cpp
    any GGUF file, float or quantized (a BF16 GGUF's next step down is Q8_0)."""
    if a.family == b.family:
        return True
    return runtime == "llama.cpp" and {a.family, b.family} <= {"float", "gguf"}


def suggestions(
    choice: ModelChoice,
    fmt: WeightFormat,
    run: RunSettings,
    context_tokens: int,
    hardware: Hardware,
    p: Plan,
    *,
    min_speed_tps: float = DEFAULT_MIN_SPEED_TPS,
    gpu_layers: int | None = None,
    file_tensors: bool = True,
) -> list[Suggestion]:
    """Up to three changes that make plan ``p`` fit (or reach ``min_speed_tps``), each checked
    by planning again: KV cache q8_0, a smaller weight format, a shorter context, fewer
    sequences. Empty when ``p`` is already usable."""
    if is_usable(p, min_speed_tps):
        return []

    def replan(f: WeightFormat, r: RunSettings, ctx: int) -> Plan | None:
        try:
            return plan_for(
                choice, f, r, ctx, hardware, gpu_layers=gpu_layers, file_tensors=file_tensors
            )
        except (SpecError, ValueError):
            return None

    def helps(q: Plan | None) -> bool:
        # a fit where there was none, or a usable speed where it was slow
        return q is not None and (
            is_usable(q, min_speed_tps) or (is_fitting(q) and not is_fitting(p))
        )

    found: list[Suggestion] = []
    wl = p.estimate.workload
    # 1. the KV cache in q8_0 (llama.cpp's -ctk/-ctv), when it is wider now
    if (
        run.runtime == "llama.cpp"
        and wl.mode == "inference"
        and wl.kv_cache_type
        in (
            "f32",
            "f16",
            "bf16",
        )
    ):
        kv_run = dataclasses.replace(
            run, kv_cache_type=SUGGESTED_KV_TYPE, kv_cache_type_v=None, flash_attention="auto"
        )
        q = replan(fmt, kv_run, context_tokens)
        if helps(q) and q is not None:
            change = {"kv_cache": SUGGESTED_KV_TYPE, "kv_cache_v": SUGGESTED_KV_TYPE}
            change["flash_attn"] = "auto"
            found.append(Suggestion(change, Note.of("advice.change.kv_cache", kv_type="q8_0"), q))
    # 2. a smaller weight format of the same family, one or two steps down
    smaller: list[tuple[int, WeightFormat, Plan]] = []
    for fid in COMMON_FORMAT_IDS:
        f = parse_weight_format(fid)
        if f.id == fmt.id or not _same_kind(run.runtime, f, fmt):
            continue
        if not runtime_loads(run.runtime, f):
            continue
        q = replan(f, run, context_tokens)
        if q is not None and q.estimate.weights_bytes < p.estimate.weights_bytes:
            smaller.append((q.estimate.weights_bytes, f, q))
    smaller.sort(key=lambda t: -t[0])
    # a slow run looks one or two steps down; one that does not fit (or streams from disk)
    # looks as far down as the first format that fits: that is the answer it lacks
    steps = FORMAT_STEPS_DOWN if is_fitting(p) else len(smaller)
    for _, f, q in smaller[:steps]:
        if helps(q):
            found.append(Suggestion({"weights": f.id}, f.label, q))
            break
    # 3. a shorter context: the largest that fits, re-placed for it, then with this placement
    try:
        reoptimised, all_gpu = context_figures(
            choice, fmt, run, context_tokens, hardware, p, file_tensors=file_tensors
        )
    except (SpecError, ValueError):
        reoptimised, all_gpu = 0, 0
    tried: set[int] = set()
    for top in sorted({reoptimised, all_gpu, p.max_context_tokens}, reverse=True):
        ctx = top // CONTEXT_ROUND_TOKENS * CONTEXT_ROUND_TOKENS
        if not 0 < ctx < context_tokens or ctx in tried:
            continue
        tried.add(ctx)
        q = replan(fmt, run, ctx)
        if helps(q) and q is not None:
            found.append(
                Suggestion({"ctx": ctx}, Note.of("advice.change.context", context_tokens=ctx), q)
            )
            break
    # 4. fewer sequences, halving down to one
    batch = wl.batch // 2
    while batch >= 1:
        q = replan(fmt, dataclasses.replace(run, batch=batch), context_tokens)
        if helps(q) and q is not None:
            found.append(
                Suggestion({"batch": batch}, Note.of("advice.change.batch", sequences=batch), q)
            )
            break
        batch //= 2
    # the usable ones first, the fastest first
    found.sort(
        key=lambda s: (not is_usable(s.plan, min_speed_tps), -(s.plan.tokens_per_second or 0.0))
    )
    return found[:MAX_SUGGESTIONS]
