"""Qt-free logic behind the window: model choices, formats per runtime, table cells, chart data.

Everything here is plain Python on top of the core and the catalog, so it is tested without Qt
and can run on worker threads. The window (``state.py``) only schedules it and shows results.
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from vramscope.app.planning import default_weights, load_user_model, plan_json, runtime_loads
from vramscope.catalog.models import CatalogModel, load_models
from vramscope.catalog.presets import SizePreset, load_presets
from vramscope.core.api import check_runtime_format, estimate, layout_for
from vramscope.core.band import Band, band_of
from vramscope.core.errors import SpecError
from vramscope.core.estimate import DEVICE_RAM, Estimate
from vramscope.core.formats import COMMON_FORMAT_IDS, WeightFormat, parse_weight_format
from vramscope.core.hardware import Hardware
from vramscope.core.model import ModelSpec
from vramscope.core.plan import Plan, plan
from vramscope.core.units import GB, GIB
from vramscope.core.weights import WeightLayout

__all__ = [
    "CONTEXT_MIN_TOKENS",
    "Cell",
    "ModelChoice",
    "RowSource",
    "WorkloadSettings",
    "catalog_choices",
    "chart_contexts",
    "chart_series",
    "compute_cell",
    "context_stops",
    "default_format",
    "estimate_json",
    "format_size",
    "formats_for",
    "layout_cached",
    "local_choice",
    "nearest_stop",
    "plan_category",
    "preset_choices",
    "table_rows",
    "total_band",
]

CONTEXT_MIN_TOKENS = 512
# The slider moves on stops spaced by sqrt(2) (two per octave): fine enough to read the curve,
# few enough that the table for every stop can be cached.
_STOPS_PER_OCTAVE = 2
CHART_POINTS = 48
# Every table row uses the same context, clamped to the row's own maximum (like `vramscope fit`).

RowSource = str  # "presets" | "catalog" | "model"
ROW_SOURCES: tuple[RowSource, ...] = ("presets", "catalog", "model")


@dataclass(frozen=True, slots=True)
class ModelChoice:
    """Something the user can plan for: a catalog model, a size preset or a local file."""

    key: str  # "catalog:<id>", "preset:<id>", "file:<path>"
    name: str
    spec: ModelSpec
    kind: str  # "catalog" | "preset" | "file"
    group: str  # catalog family, "presets" or "files"
    default_weights: str | None = None
    file_layout: WeightLayout | None = field(default=None, compare=False)
    file_format: str | None = None
    based_on: str = ""  # the catalog model a preset borrows its architecture from
    warnings: tuple[str, ...] = ()

    @property
    def max_context_tokens(self) -> int:
        return max(self.spec.max_context_tokens, CONTEXT_MIN_TOKENS)


@dataclass(frozen=True, slots=True)
class WorkloadSettings:
    """The window's workload inputs other than the context (one key for the table cache)."""

    runtime: str = "llama.cpp"
    mode: str = "inference"
    batch: int = 1
    kv_cache_type: str = "f16"
    flash_attention: str = "auto"
    optimizer: str = "adamw"
    grad_checkpointing: bool = False
    lora_rank: int = 16

    def workload(self, context_tokens: int) -> Any:
        from vramscope.core.workload import Workload

        return Workload(
            runtime=self.runtime,  # type: ignore[arg-type]
            mode=self.mode,  # type: ignore[arg-type]
            context_tokens=context_tokens,
            batch=self.batch,
            kv_cache_type=self.kv_cache_type,
            flash_attention=self.flash_attention,  # type: ignore[arg-type]
            optimizer=self.optimizer,  # type: ignore[arg-type]
            grad_checkpointing=self.grad_checkpointing,
            lora_rank=self.lora_rank,
        )


@dataclass(frozen=True, slots=True)
class Cell:
    """One fit-table cell: a plan summarised, plus the plan itself for tooltips and selection."""

    verdict: str
    detail: str
    peak_gpu_bytes: int
    peak_ram_bytes: int
    max_context_tokens: int
    tokens_per_s: float | None
    context_tokens: int
    plan: Plan | None = field(default=None, compare=False)
    error: str = ""

    @property
    def category(self) -> str:
        """The colour class: fits_gpu, tight, kv_in_ram, layers_in_ram, shared_memory_spill..."""
        if self.error:
            return "error"
        return plan_category(self.verdict, self.detail)


def plan_category(verdict: str, detail: str) -> str:
    """A plan's colour class: its verdict, or the kind of spill, or "tight" for a fit whose
    band's upper edge does not fit."""
    if verdict == "spills_to_ram":
        return detail or "layers_in_ram"
    if verdict == "fits_gpu" and detail == "tight":
        return "tight"
    return verdict


def total_band(est: Estimate) -> Band:
    """The band of the whole footprint (GPUs and RAM together): what the chart's total shows."""
    gpu, ram = band_of(est, "gpu"), band_of(est, DEVICE_RAM)
    return Band(
        gpu.low_bytes + ram.low_bytes,
        gpu.central_bytes + ram.central_bytes,
        gpu.high_bytes + ram.high_bytes,
    )


def catalog_choices() -> list[ModelChoice]:
    """Every bundled model, in catalog order."""
    return [_from_catalog(m) for m in load_models()]


def _from_catalog(m: CatalogModel) -> ModelChoice:
    return ModelChoice(
        key=f"catalog:{m.model_id}",
        name=m.name,
        spec=m.spec,
        kind="catalog",
        group=m.family,
        default_weights=m.default_weights,
    )


def preset_choices() -> list[ModelChoice]:
    """The size presets ("7-8B"), each with the architecture of a real catalog model."""
    try:
        presets: Sequence[SizePreset] = load_presets()
    except Exception:  # presets.json is optional: without it the table falls back to the catalog
        return []
    return [
        ModelChoice(
            key=f"preset:{p.preset_id}",
            name=p.label,
            spec=p.spec,
            kind="preset",
            group="presets",
            default_weights=p.based_on.default_weights,
            based_on=p.based_on.name,
        )
        for p in presets
    ]


def local_choice(path: str) -> ModelChoice:
    """Read a user's config.json, model folder or GGUF (slow: call off the GUI thread).

    Raises ModelFileError (a ValueError) with a one-line message.
    """
    local, layout = load_user_model(path)
    return ModelChoice(
        key=f"file:{local.path}",
        name=local.spec.display_name,
        spec=local.spec,
        kind="file",
        group="files",
        default_weights=local.weights_format_id,
        file_layout=layout,
        file_format=local.weights_format_id,
        warnings=tuple(local.warnings),
    )


def formats_for(runtime: str, choice: ModelChoice | None = None) -> list[WeightFormat]:
    """The table's columns: the common formats this runtime loads (plus a file's own format)."""
    out: list[WeightFormat] = []
    ids = list(COMMON_FORMAT_IDS)
    if runtime != "llama.cpp":
        # the GGUF-heavy common list has few torch formats; add the usual torch ones
        ids += ["fp16", "int8", "fp8", "awq-4bit"]
    if choice is not None and choice.file_format and choice.file_format not in ids:
        ids.insert(0, choice.file_format)
    for fid in dict.fromkeys(ids):
        try:
            fmt = parse_weight_format(fid)
        except (SpecError, ValueError):
            continue  # a file's own mixed format may not be a named one
        if runtime_loads(runtime, fmt):
            out.append(fmt)
    return out


def default_format(runtime: str, choice: ModelChoice) -> str:
    """The format a user of ``runtime`` most likely downloads (the CLI's rule)."""
    return default_weights(
        runtime,
        default_weights=choice.default_weights,
        stored_format=choice.spec.stored_format,
        file_format=choice.file_format,
    )


def table_rows(source: RowSource, current: ModelChoice | None) -> list[ModelChoice]:
    """Rows of the fit table: size presets, the whole catalog, or the chosen model alone."""
    if source == "catalog":
        return catalog_choices()
    if source == "model" and current is not None:
        return [current]
    rows = preset_choices()
    return rows or catalog_choices()


_layouts: dict[tuple[str, str, str], WeightLayout] = {}
_layouts_lock = threading.Lock()


def layout_cached(choice: ModelChoice, fmt: WeightFormat, runtime: str) -> WeightLayout:
    """Predicted weight layout, cached: computing a GGUF mix for a 400B model takes ~100 ms and
    does not depend on context, hardware or workload."""
    if choice.file_layout is not None and fmt.id == choice.file_format:
        return choice.file_layout
    key = (choice.key if choice.kind != "preset" else choice.spec.model_id, fmt.id, runtime)
    with _layouts_lock:
        found = _layouts.get(key)
    if found is not None:
        return found
    lay = layout_for(choice.spec, fmt, runtime)
    with _layouts_lock:
        _layouts[key] = lay
    return lay


def clamp_context(choice: ModelChoice, context_tokens: int) -> int:
    return max(1, min(context_tokens, choice.spec.max_context_tokens))


def compute_plan(
    choice: ModelChoice,
    fmt: WeightFormat,
    settings: WorkloadSettings,
    context_tokens: int,
    hardware: Hardware,
) -> Plan:
    """The core's plan for one choice (raises SpecError for impossible combinations)."""
    check_runtime_format(settings.runtime, fmt)  # before the layout: its error is clearer
    wl = settings.workload(clamp_context(choice, context_tokens))
    return plan(choice.spec, fmt, wl, hardware, layout=layout_cached(choice, fmt, settings.runtime))


def compute_cell(
    choice: ModelChoice,
    fmt: WeightFormat,
    settings: WorkloadSettings,
    context_tokens: int,
    hardware: Hardware,
) -> Cell:
    """One table cell; an impossible combination becomes a cell with ``error`` set."""
    ctx = clamp_context(choice, context_tokens)
    try:
        p = compute_plan(choice, fmt, settings, ctx, hardware)
    except (SpecError, ValueError) as exc:
        return Cell("error", "", 0, 0, 0, None, ctx, None, str(exc).splitlines()[0])
    return Cell(
        verdict=p.verdict,
        detail=p.detail,
        peak_gpu_bytes=p.estimate.peak_gpu_bytes,
        peak_ram_bytes=p.estimate.peak_ram_bytes,
        max_context_tokens=p.max_context_tokens,
        tokens_per_s=p.tokens_per_second,
        context_tokens=ctx,
        plan=p,
    )


def context_stops(max_tokens: int) -> list[int]:
    """Slider stops from 512 to ``max_tokens`` on a log scale, rounded to 256 tokens."""
    top = max(max_tokens, CONTEXT_MIN_TOKENS)
    stops: list[int] = []
    k = 0
    while True:
        value = CONTEXT_MIN_TOKENS * 2 ** (k / _STOPS_PER_OCTAVE)
        tokens = int(round(value / 256) * 256)
        if tokens >= top:
            break
        if not stops or tokens > stops[-1]:
            stops.append(tokens)
        k += 1
    stops.append(top)
    return stops


def nearest_stop(stops: Sequence[int], tokens: int) -> int:
    """Index of the stop closest to ``tokens`` on the log scale."""
    target = math.log(max(tokens, 1))
    return min(range(len(stops)), key=lambda i: abs(math.log(stops[i]) - target))


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

    @property
    def totals(self) -> tuple[int, ...]:
        if not self.terms:
            return ()
        return tuple(sum(vals[i] for _, vals in self.terms) for i in range(len(self.contexts)))


def chart_series(
    choice: ModelChoice,
    fmt: WeightFormat,
    settings: WorkloadSettings,
    hardware: Hardware,
    contexts: Iterable[int] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ChartSeries:
    """Every term, summed over devices, at each context, with everything on the GPUs.

    The all-on-GPU placement makes the stacked total the memory the model needs; where it
    crosses the free-VRAM line is where spilling to RAM starts.
    """
    ctxs = list(contexts) if contexts is not None else chart_contexts(choice.max_context_tokens)
    n_gpus = max(len(hardware.gpus), 1) if settings.runtime != "llama.cpp" else len(hardware.gpus)
    try:
        layout = layout_cached(choice, fmt, settings.runtime)
        per_term: dict[str, list[int]] = {}
        low = [0] * len(ctxs)
        high = [0] * len(ctxs)
        for i, ctx in enumerate(ctxs):
            if cancelled():
                break
            est: Estimate = estimate(
                choice.spec, fmt, settings.workload(ctx), n_gpus=n_gpus, layout=layout
            )
            sums: dict[str, int] = {}
            for t in est.terms:
                sums[t.name] = sums.get(t.name, 0) + t.bytes
            for name, value in sums.items():
                per_term.setdefault(name, [0] * len(ctxs))[i] = value
            band = total_band(est)
            low[i], high[i] = band.low_bytes, band.high_bytes
    except (SpecError, ValueError) as exc:
        return ChartSeries(fmt.id, tuple(ctxs), (), str(exc).splitlines()[0])
    return ChartSeries(
        fmt.id,
        tuple(ctxs),
        tuple((name, tuple(vals)) for name, vals in per_term.items()),
        band_low=tuple(low),
        band_high=tuple(high),
    )


def format_size(n_bytes: float, binary: bool, unit_labels: tuple[str, str] = ("GB", "GiB")) -> str:
    """``5.42 GB`` or ``5.05 GiB``: one decimal from 10 up, two below (what users compare)."""
    value = n_bytes / (GIB if binary else GB)
    digits = 1 if abs(value) >= 10 else 2
    return f"{value:.{digits}f} {unit_labels[1] if binary else unit_labels[0]}"


def size_value(n_bytes: float, binary: bool) -> float:
    return n_bytes / (GIB if binary else GB)


def format_tokens(tokens: int) -> str:
    """``32k`` for 32,768 tokens: the way context sizes are usually written."""
    if tokens >= 1024 and tokens % 1024 == 0:
        return f"{tokens // 1024}k"
    if tokens >= 10_000:
        return f"{tokens / 1024:.0f}k"
    if tokens >= 1024:
        return f"{tokens / 1024:.1f}k"
    return f"{tokens:,}"


def estimate_json(choice: ModelChoice, p: Plan, hardware: Hardware) -> dict[str, Any]:
    """The breakdown as JSON, in the CLI's ``estimate --json`` shape (DESIGN.md)."""
    hw = {
        "gpus": [
            {"name": g.name, "total_bytes": g.total_bytes, "free_bytes": g.free_bytes}
            for g in hardware.gpus
        ],
        "ram": {
            "total_bytes": hardware.ram_total_bytes,
            "available_bytes": hardware.ram_available_bytes,
        },
    }
    return plan_json(p, model_id=choice.spec.model_id, name=choice.name, hardware=hw)


def dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, indent=2) + "\n"
