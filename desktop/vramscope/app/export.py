"""An estimate written out: the ``estimate --json`` object (DESIGN.md's contract), the JSON the
window saves, and the plain-text and Markdown tables both front ends print or copy.

The words in the tables (term labels, device names, the verdict sentence) come in already
rendered in the user's language; this module only lays them out, so the CLI's English and the
window's translations share one layout.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from vramscope.core import Estimate, Hardware, Note, Plan, Workload

from .advice import Suggestion
from .present import render
from .present.verdicts import speed_assumptions, verdict_sentence
from .run_settings import run_settings
from .session import ModelChoice, RunSettings, tensor_split_for

__all__ = [
    "EstimateTable",
    "dumps",
    "estimate_json",
    "estimate_notes",
    "json_safe",
    "markdown_table",
    "plan_json",
    "settings_json",
    "text_table",
]


def settings_json(
    wl: Workload, fmt_id: str, gpu_layers: int, tensor_split: Sequence[float] = ()
) -> dict[str, Any]:
    """Every option as applied. ``kv_cache`` is the K half's type (``--cache-type-k``),
    ``kv_cache_v`` the V half's; ``parallel`` (llama-server slots) and ``max_num_seqs`` (vLLM)
    are ``batch`` under their runtime's name, None in the other runtimes, as are
    ``gpu_memory_utilization`` outside vLLM and ``kv_offload`` outside llama.cpp;
    ``tensor_split`` is None when llama.cpp splits by free memory; ``split_mode`` is -sm."""
    llamacpp, vllm = wl.runtime == "llama.cpp", wl.runtime == "vllm"
    return {
        "runtime": wl.runtime,
        "weights": fmt_id,
        "compute_dtype": wl.compute_dtype,
        "ctx": wl.context_tokens,
        "batch": wl.batch,
        "mode": wl.mode,
        "kv_cache": wl.kv_cache_type,
        "kv_cache_v": wl.v_cache_type,
        "flash_attn": wl.flash_attention,
        "gpu_layers": gpu_layers,
        "ubatch": wl.ubatch_tokens,
        "mmap": wl.mmap,
        "optimizer": wl.optimizer,
        "grad_checkpointing": wl.grad_checkpointing,
        "lora_rank": wl.lora_rank,
        "lora_targets": list(wl.lora_targets),
        "n_cpu_moe": wl.n_cpu_moe,
        "kv_offload": wl.kv_offload if llamacpp else None,
        "tensor_split": list(tensor_split) if tensor_split and llamacpp else None,
        "split_mode": wl.split_mode if llamacpp else None,
        "parallel": wl.batch if llamacpp else None,
        "max_num_seqs": wl.batch if vllm else None,
        "gpu_memory_utilization": wl.gpu_memory_utilization if vllm else None,
        # --prompt-tokens (None: the speed assumes half the context)
        "prompt_tokens": wl.prompt_tokens,
        # --images: images per prompt (their tokens are in the cache; core.vision)
        "images": wl.images,
    }


def plan_json(
    p: Plan,
    *,
    model_id: str,
    name: str,
    hardware: dict[str, Any],
    tensor_split: Sequence[float] = (),
    choice: ModelChoice | None = None,
    contexts: tuple[int, int] | None = None,
) -> dict[str, Any]:
    """One estimate as DESIGN.md's ``estimate --json`` object; ``tensor_split`` is the split the
    plan was made with when the user gave one (:func:`session.tensor_split_for`), else the
    solver's when it chose one (``Plan.tensor_split``, layers per GPU). With
    ``choice`` it also holds the settings that reproduce it (``run_settings``); ``contexts``
    adds the two labelled largest-context figures (:func:`session.context_figures`)."""
    est = p.estimate
    devices: dict[str, dict[str, Any]] = {}
    for i in range(est.n_gpus):
        dev = f"gpu{i}"
        cap = p.gpu_budget_bytes[i] if i < len(p.gpu_budget_bytes) else None
        devices[dev] = {"bytes": est.device_bytes(dev), "capacity_bytes": cap}
    devices["ram"] = {"bytes": est.peak_ram_bytes, "capacity_bytes": p.ram_budget_bytes}
    speed = p.speed
    out: dict[str, Any] = {
        "model": {
            "id": model_id,
            "name": name,
            "params_total": est.params_total,
            "params_active": est.params_active,
        },
        "settings": settings_json(
            est.workload, est.weights_format, est.gpu_layers, tensor_split or p.tensor_split
        ),
        "hardware": hardware,
        "terms": [
            {
                "name": t.name,
                "bytes": t.bytes,
                "device": t.device,
                "formula": render(t.formula),
                "source": t.source,
                "exact": t.exact,
            }
            for t in est.terms
        ],
        "devices": devices,
        "peak_gpu_bytes": est.peak_gpu_bytes,
        "peak_ram_bytes": est.peak_ram_bytes,
        # needed: what must fit (verdicts and the window's figures use it); resident: what a
        # task manager shows, reclaimable mapped file pages included (= peak_ram_bytes)
        "needed_gpu_bytes": est.needed_gpu_bytes,
        "needed_ram_bytes": est.needed_ram_bytes,
        "resident_ram_bytes": est.resident_ram_bytes,
        "reclaimable_ram_bytes": est.reclaimable_ram_bytes,
        "weights_bytes": est.weights_bytes,
        "band": {
            "peak_gpu_low_bytes": p.gpu_band.low_bytes,
            "peak_gpu_high_bytes": p.gpu_band.high_bytes,
            "peak_ram_low_bytes": p.ram_band.low_bytes,
            "peak_ram_high_bytes": p.ram_band.high_bytes,
            # the range of the needed RAM (the CPU-only sentence's "likely" figures)
            "needed_ram_low_bytes": p.needed_ram_band.low_bytes,
            "needed_ram_high_bytes": p.needed_ram_band.high_bytes,
        },
        "verdict": p.verdict,
        "verdict_detail": p.detail,
        "sentence": verdict_sentence(p),
        "headroom_bytes": p.headroom_bytes,
        "max_ctx_tokens": p.max_context_tokens,
        "tokens_per_second": round(speed.decode_tokens_per_s, 2) if speed else None,
        # the likely range of the decode speed (core/speed.py: the spread of its fit)
        "tokens_per_second_low": round(speed.decode_low_tokens_per_s, 2) if speed else None,
        "tokens_per_second_high": round(speed.decode_high_tokens_per_s, 2) if speed else None,
        "prefill_tokens_per_second": (
            round(speed.prefill_tokens_per_s, 1) if speed and speed.prefill_tokens_per_s else None
        ),
        "speed_assumptions": speed_assumptions(p),
        "notes": [render(note) for note in estimate_notes(est)],
        "placement": placement_json(p),
        **(
            {
                # the largest context with the placement chosen again for it, and with
                # everything on the GPU (max_ctx_tokens keeps this placement)
                "max_ctx_reoptimised_tokens": contexts[0],
                "max_ctx_all_gpu_tokens": contexts[1],
            }
            if contexts is not None
            else {}
        ),
        "alternatives": [
            {
                "gpu_layers": a.gpu_layers,
                "n_cpu_moe": a.n_cpu_moe,
                "kv_offload": a.kv_offload,
                "verdict_detail": a.detail,
                "tokens_per_second": round(a.decode_tokens_per_s, 2),
                "needed_gpu_bytes": a.needed_gpu_bytes,
                "needed_ram_bytes": a.needed_ram_bytes,
            }
            for a in p.alternatives
        ],
    }
    if choice is not None:
        out["run_settings"] = run_settings(choice, p, tensor_split).to_json()
    return out


def placement_json(p: Plan) -> dict[str, Any]:
    """Where llama.cpp's solver put the model (``-ngl``, ``--n-cpu-moe``, ``-nkvo``) and why."""
    est = p.estimate
    return {
        "gpu_layers": est.gpu_layers,
        "n_cpu_moe": est.experts_ram_layers and min(est.workload.n_cpu_moe, est.model.n_layers),
        "kv_offload": est.workload.kv_offload,
        "why": [render(note) for note in p.placement_notes],
    }


def estimate_notes(est: Estimate) -> tuple[Note, ...]:
    """The notes to show with an estimate: its own, then why the resident RAM is above the
    needed RAM (when it is)."""
    ram = est.ram_note
    return (*est.notes, ram) if ram is not None else est.notes


def estimate_json(
    choice: ModelChoice,
    p: Plan,
    hardware: Hardware,
    run: RunSettings | None = None,
    *,
    suggestions: Sequence[Suggestion] = (),
    best_pick: str | None = None,
) -> dict[str, Any]:
    """The window's "Save JSON": the ``estimate --json`` object, with the hardware as planned
    (``run``: the settings the plan was made with, for what the plan does not carry), what
    would make it fit (``suggestions``, as ``estimate --json`` lists them) and the best pick
    of the model's row in the window's table (``best_pick``, the format id ``fit --json`` marks
    ``recommended``; None until the row is computed or when no format is usable)."""
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
    split = tensor_split_for(run, hardware) if run is not None else None
    out = plan_json(
        p,
        model_id=choice.model_id,
        name=choice.name,
        hardware=hw,
        tensor_split=split or (),
        choice=choice,
    )
    out["suggestions"] = [s.to_json() for s in suggestions]
    out["best_pick"] = best_pick
    out["recommended"] = best_pick is not None and best_pick == p.estimate.weights_format
    return out


def json_safe(value: Any) -> Any:
    """``value`` with every NaN or infinite float replaced by null: JSON has no such numbers
    (Python would write ``NaN``, which strict readers such as ``jq`` refuse)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    return value


def dumps(obj: dict[str, Any]) -> str:
    """JSON as both front ends write it: indented by two, one trailing newline; strict JSON
    (never NaN or Infinity)."""
    return json.dumps(json_safe(obj), indent=2, allow_nan=False) + "\n"


@dataclass(frozen=True, slots=True)
class EstimateTable:
    """An estimate in words: a title, the verdict sentence, one row per non-zero term
    ``(label, device, size, formula)``, the totals ``(device, size)`` and closing lines."""

    title: str
    sentence: str
    rows: Sequence[tuple[str, str, str, str]]
    totals: Sequence[tuple[str, str]]
    header: tuple[str, str, str, str] = ("Term", "Device", "Size", "Formula")
    total_line: str = "Total on {device}: {size}"  # already translated; {device} and {size}
    total_word: str = "Total"
    footer: Sequence[str] = ()
    # the settings that reproduce the estimate, already laid out as a Markdown section
    # (app.run_settings.run_settings_markdown); "" leaves the section out
    run_settings_markdown: str = ""


def text_table(t: EstimateTable) -> str:
    """Plain text for a terminal or the clipboard: columns aligned to the widest cell."""
    lines = [t.title, t.sentence, ""]
    w0 = max([len(r[0]) for r in t.rows] + [4])
    w1 = max([len(r[1]) for r in t.rows] + [4])
    for name, dev, size, formula in t.rows:
        lines.append(f"{name:<{w0}}  {dev:<{w1}}  {size:>10}  {formula}")
    lines.append("")
    for dev, size in t.totals:
        lines.append(t.total_line.format(device=dev, size=size))
    lines.extend(t.footer)
    return "\n".join(lines) + "\n"


def markdown_table(t: EstimateTable) -> str:
    """Markdown (a table that pastes into forums and issues); ``|`` in cells is escaped."""
    lines = [
        f"**{t.title}**",
        "",
        t.sentence,
        "",
        "| " + " | ".join(t.header) + " |",
        "|---|---|---:|---|",
    ]
    for row in t.rows:
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")
    for dev, size in t.totals:
        lines.append(f"| **{t.total_word}** | {dev} | **{size}** | |")
    if t.footer:
        # the closing lines (largest contexts, placement, notes) as the text copy has them
        lines += ["", *(f"- {line}" for line in t.footer)]
    if t.run_settings_markdown:
        lines += ["", t.run_settings_markdown.rstrip("\n")]
    return "\n".join(lines) + "\n"
