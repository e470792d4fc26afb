"""The memory chart's data: every term against context length, with its likely range.

Qt-free so it runs on a worker thread and is tested without widgets; the window only draws it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from vramscope.core import (
    DEVICE_RAM,
    Band,
    Estimate,
    Hardware,
    SpecError,
    WeightFormat,
    band_of,
    estimate,
)

from .present.errors import error_text
from .session import CONTEXT_MIN_TOKENS, ModelChoice, RunSettings, weights_layout

__all__ = ["CHART_POINTS", "ChartSeries", "chart_contexts", "chart_series", "total_band"]

# Enough points for a smooth curve on a log axis; each is one estimate (about a millisecond).
CHART_POINTS = 48


def total_band(est: Estimate) -> Band:
    """The band of the whole footprint (GPUs and RAM together): what the chart's total shows."""
    gpu, ram = band_of(est, "gpu"), band_of(est, DEVICE_RAM)
    return Band(
        gpu.low_bytes + ram.low_bytes,
        gpu.central_bytes + ram.central_bytes,
        gpu.high_bytes + ram.high_bytes,
    )


def chart_contexts(max_tokens: int, points: int = CHART_POINTS) -> list[int]:
    """Log-spaced contexts from 512 to ``max_tokens`` for the memory chart."""
    top = max(max_tokens, CONTEXT_MIN_TOKENS + 1)
    lo, hi = math.log(CONTEXT_MIN_TOKENS), math.log(top)
    values = {int(math.exp(lo + (hi - lo) * i / (points - 1))) for i in range(points)}
    values.add(top)
    return sorted(values)


@dataclass(frozen=True, slots=True)
class ChartSeries:
    """Memory against context for one format: bytes per term name at each context."""

    format_id: str
    contexts: tuple[int, ...]
    terms: tuple[tuple[str, tuple[int, ...]], ...]  # stacking order = order of first appearance
    error: str = ""
    # the likely range of the total at each context (core.band), for the shaded band
    band_low: tuple[int, ...] = ()
    band_high: tuple[int, ...] = ()
    # the part of the stacked total on the GPUs and the part in system RAM at each context: a
    # measured VRAM (or RAM) peak is compared with its own device's curve, not the total
    gpu_totals: tuple[int, ...] = ()
    ram_totals: tuple[int, ...] = ()

    @property
    def totals(self) -> tuple[int, ...]:
        if not self.terms:
            return ()
        return tuple(sum(vals[i] for _, vals in self.terms) for i in range(len(self.contexts)))


def chart_series(
    choice: ModelChoice,
    fmt: WeightFormat,
    run: RunSettings,
    hardware: Hardware,
    contexts: Iterable[int] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ChartSeries:
    """Every term, summed over devices, at each context, with everything on the GPUs; the
    stacked total is the needed memory (``Estimate.needed_ram_bytes`` for the RAM part).

    The all-on-GPU placement makes the stacked total the memory the model needs; where it
    crosses the free-VRAM line is where spilling to RAM starts.
    """
    ctxs = list(contexts) if contexts is not None else chart_contexts(choice.max_context_tokens)
    n_gpus = max(len(hardware.gpus), 1) if run.runtime != "llama.cpp" else len(hardware.gpus)
    try:
        layout = weights_layout(choice, fmt, run.runtime)
        per_term: dict[str, list[int]] = {}
        low = [0] * len(ctxs)
        high = [0] * len(ctxs)
        on_gpu = [0] * len(ctxs)
        in_ram = [0] * len(ctxs)
        for i, ctx in enumerate(ctxs):
            if cancelled():
                break
            est: Estimate = estimate(
                choice.spec, fmt, run.workload(ctx), n_gpus=n_gpus, layout=layout
            )
            sums: dict[str, int] = {}
            for t in est.terms:
                sums[t.name] = sums.get(t.name, 0) + t.bytes
            # The stack shows the needed memory: the reclaimable pages are the mapped file
            # pages of the repacked weights (inside "weights"), which the OS can drop.
            reclaimable = est.reclaimable_ram_bytes
            if reclaimable:
                sums["weights"] -= reclaimable
            for name, value in sums.items():
                per_term.setdefault(name, [0] * len(ctxs))[i] = value
            on_gpu[i] = sum(t.bytes for t in est.terms if t.device != DEVICE_RAM)
            in_ram[i] = sum(t.bytes for t in est.terms if t.device == DEVICE_RAM) - reclaimable
            band = total_band(est)
            low[i], high[i] = band.low_bytes - reclaimable, band.high_bytes - reclaimable
    except (SpecError, ValueError) as exc:
        return ChartSeries(fmt.id, tuple(ctxs), (), error_text(exc).splitlines()[0])
    return ChartSeries(
        fmt.id,
        tuple(ctxs),
        tuple((name, tuple(vals)) for name, vals in per_term.items()),
        band_low=tuple(low),
        band_high=tuple(high),
        gpu_totals=tuple(on_gpu),
        ram_totals=tuple(in_ram),
    )
