"""What ``vramscope catalog show ID`` prints: one model's published facts next to what the
estimator computes from its config (parameter counts, KV cache per token, the GGUF file size of
each common quant mix), so a user can see where every number comes from before downloading.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from vramscope.app.present import format_size
from vramscope.catalog.models import CatalogModel
from vramscope.core import (
    SpecError,
    Workload,
    estimate,
    layout_for,
    param_counts,
    parse_weight_format,
)

__all__ = [
    "GGUF_MIXES",
    "ModelFacts",
    "facts_json",
    "facts_lines",
    "facts_of",
]

# The mixes hobbyists download, largest first: what a Hugging Face GGUF repository usually
# lists (bartowski's and unsloth's repos carry these names). source: llama.cpp
# tools/quantize/quantize.cpp QUANT_OPTIONS (the ftype names)
GGUF_MIXES = ("bf16", "q8_0", "q6_k", "q5_k_m", "q4_k_m", "iq4_xs", "q3_k_m", "q2_k")
# The context the KV slope is taken at: long enough that a sliding window (4k-8k tokens in
# Gemma, gpt-oss, Llama 4's chunks) is full, short enough for every model in the catalog.
_KV_SLOPE_CONTEXT = 32_768


@dataclass(frozen=True, slots=True)
class ModelFacts:
    """The published facts of one catalog model and the figures computed from its config."""

    model: CatalogModel
    # the vision tower read from the config included (the vendors' totals count it)
    params_total: int
    params_active: int
    params_vision: int
    # KV cache bytes per context token at f16 in llama.cpp, at ``kv_context`` tokens (windowed
    # and recurrent layers make it a mean, not a constant).
    kv_bytes_per_token: int
    kv_context: int
    # The GGUF file of each mix, computed from the tensor shapes (llama.cpp's layout).
    gguf_bytes: Mapping[str, int]


def _kv_bytes_per_token(model: CatalogModel, context: int) -> int:
    wl = Workload(runtime="llama.cpp", context_tokens=context, kv_cache_type="f16")
    fmt = parse_weight_format("q8_0")
    est = estimate(model.spec, fmt, wl)
    kv = sum(t.bytes for t in est.terms if t.name == "kv_cache")
    return kv // context


def facts_of(model: CatalogModel) -> ModelFacts:
    """Compute ``model``'s figures; a mix the architecture cannot take is left out."""
    counts = param_counts(model.spec)
    active = (
        counts.active_excluding_embedding
        if model.params_active_excludes_embedding
        else counts.active
    )
    # The model's own published GGUF (gpt-oss's MXFP4 experts) joins the common mixes.
    own = model.weights_in("llama.cpp")
    mixes = GGUF_MIXES + ((own,) if own is not None and own not in GGUF_MIXES else ())
    sizes: dict[str, int] = {}
    for mix in mixes:
        try:
            sizes[mix] = layout_for(model.spec, parse_weight_format(mix), "llama.cpp").total_bytes
        except SpecError:
            continue
    context = max(1, min(model.context_tokens, _KV_SLOPE_CONTEXT))
    vision = model.spec.vision.params if model.spec.vision is not None else 0
    return ModelFacts(
        model=model,
        params_total=counts.total + vision,
        params_active=active,
        params_vision=vision,
        kv_bytes_per_token=_kv_bytes_per_token(model, context),
        kv_context=context,
        gguf_bytes=sizes,
    )


def _billions(n: int) -> str:
    return f"{n / 1e9:.2f}B"


def facts_lines(facts: ModelFacts) -> list[str]:
    """The plain-text report ``vramscope catalog show`` prints."""
    m = facts.model
    lines = [f"{m.name} ({m.model_id})"]
    if m.hf_repo:
        lines.append(f"  Hugging Face: {m.hf_repo}")
    published = _billions(m.params_published) + ("" if m.params_published_exact else " (rounded)")
    lines.append(f"  parameters: {_billions(facts.params_total)} computed, {published} published")
    if facts.params_vision:
        lines.append(f"    (of which the vision tower: {_billions(facts.params_vision)})")
    if m.params_active_published is not None:
        lines.append(
            f"  active per token: {_billions(facts.params_active)} computed, "
            f"{_billions(m.params_active_published)} published"
        )
    if m.params_note:
        lines.append(f"  ({m.params_note})")
    lines.append(
        f"  KV cache at f16: {facts.kv_bytes_per_token / 1024:.1f} KiB per token "
        f"(at {facts.kv_context} tokens)"
    )
    lines.append(f"  context: {m.context_tokens} tokens; licence: {m.licence}; {m.release_date}")
    lines.append(f"  default format: {m.default_weights}")
    for w in m.runtime_weights:
        lines.append(f"    {w.runtime}: {w.weights}")
    lines.append("  GGUF file size (computed):")
    for mix, size in facts.gguf_bytes.items():
        lines.append(f"    {mix:10s} {format_size(size, binary=False):>10s}")
    lines.append("  sources:")
    for key, url in m.sources.items():
        lines.append(f"    {key}: {url}")
    return lines


def facts_json(facts: ModelFacts) -> dict[str, Any]:
    """The same as :func:`facts_lines`, for ``--json``."""
    m = facts.model
    return {
        "id": m.model_id,
        "name": m.name,
        "hf_repo": m.hf_repo,
        "params_total": facts.params_total,
        "params_total_published": m.params_published,
        "params_total_published_exact": m.params_published_exact,
        "params_vision": facts.params_vision,
        "params_active": facts.params_active,
        "params_active_published": m.params_active_published,
        "kv_bytes_per_token_f16": facts.kv_bytes_per_token,
        "kv_context_tokens": facts.kv_context,
        "context_tokens": m.context_tokens,
        "licence": m.licence,
        "release_date": m.release_date,
        "default_weights": m.default_weights,
        "runtime_weights": {w.runtime: w.weights for w in m.runtime_weights},
        "gguf_bytes": dict(facts.gguf_bytes),
        "sources": dict(m.sources),
    }
