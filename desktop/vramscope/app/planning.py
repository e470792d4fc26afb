"""What the command line and the window share: which weights to plan with, and the JSON shape
of an estimate (DESIGN.md's ``vramscope estimate --json`` contract). Qt-free."""

from __future__ import annotations

from typing import Any

from vramscope.core.api import RUNTIME_FAMILIES
from vramscope.core.errors import SpecError
from vramscope.core.formats import WeightFormat, parse_weight_format
from vramscope.core.plan import Plan
from vramscope.core.weights import WeightLayout, layout_from_file_tensors
from vramscope.core.workload import Workload
from vramscope.readers.local import LocalModel, load_local_model

__all__ = ["default_weights", "load_user_model", "plan_json", "runtime_loads", "settings_json"]


def load_user_model(path: str) -> tuple[LocalModel, WeightLayout | None]:
    """A user's config.json, model folder or GGUF, with the exact weight layout of its tensor
    files when it has some. Raises ModelFileError (a SpecError) with a one-line message."""
    local = load_local_model(path)
    layout = None
    if local.file_tensors:
        layout = layout_from_file_tensors(
            local.spec, local.file_tensors, format_id=local.weights_format_id
        )
    return local, layout


def runtime_loads(runtime: str, fmt: WeightFormat) -> bool:
    """Whether ``runtime`` can load weights stored as ``fmt`` (vLLM has no LLM.int8)."""
    return fmt.family in RUNTIME_FAMILIES[runtime] and not (runtime == "vllm" and fmt.id == "int8")


def default_weights(
    runtime: str,
    *,
    default_weights: str | None = None,
    stored_format: str | None = None,
    file_format: str | None = None,
) -> str:
    """The format a user of ``runtime`` most likely runs: a file's own format when the runtime
    loads it; for llama.cpp the catalog's usual GGUF (q4_k_m when none); otherwise the
    checkpoint's stored format (bf16 when not quantized)."""
    if file_format:
        try:
            if runtime_loads(runtime, parse_weight_format(file_format)):
                return file_format
        except SpecError:
            pass  # a file's own mixed type has no format name: fall through to the defaults
    if runtime == "llama.cpp":
        fmt = default_weights or "q4_k_m"
        if fmt == "mxfp4":
            return "mxfp4_moe"  # gpt-oss GGUFs keep the experts in MXFP4
        try:
            return fmt if runtime_loads(runtime, parse_weight_format(fmt)) else "q4_k_m"
        except SpecError:
            return "q4_k_m"
    return stored_format or "bf16"


def settings_json(wl: Workload, fmt_id: str, gpu_layers: int) -> dict[str, Any]:
    """Every option as applied."""
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
    }


def plan_json(p: Plan, *, model_id: str, name: str, hardware: dict[str, Any]) -> dict[str, Any]:
    """One estimate as DESIGN.md's ``estimate --json`` object."""
    est = p.estimate
    devices: dict[str, dict[str, Any]] = {}
    for i in range(est.n_gpus):
        dev = f"gpu{i}"
        cap = p.gpu_budget_bytes[i] if i < len(p.gpu_budget_bytes) else None
        devices[dev] = {"bytes": est.device_bytes(dev), "capacity_bytes": cap}
    devices["ram"] = {"bytes": est.peak_ram_bytes, "capacity_bytes": p.ram_budget_bytes}
    speed = p.speed
    return {
        "model": {
            "id": model_id,
            "name": name,
            "params_total": est.params_total,
            "params_active": est.params_active,
        },
        "settings": settings_json(est.workload, est.weights_format, est.gpu_layers),
        "hardware": hardware,
        "terms": [
            {
                "name": t.name,
                "bytes": t.bytes,
                "device": t.device,
                "formula": t.formula,
                "source": t.source,
                "exact": t.exact,
            }
            for t in est.terms
        ],
        "devices": devices,
        "peak_gpu_bytes": est.peak_gpu_bytes,
        "peak_ram_bytes": est.peak_ram_bytes,
        "weights_bytes": est.weights_bytes,
        "band": {
            "peak_gpu_low_bytes": p.gpu_band.low_bytes,
            "peak_gpu_high_bytes": p.gpu_band.high_bytes,
            "peak_ram_low_bytes": p.ram_band.low_bytes,
            "peak_ram_high_bytes": p.ram_band.high_bytes,
        },
        "verdict": p.verdict,
        "verdict_detail": p.detail,
        "sentence": p.sentence,
        "headroom_bytes": p.headroom_bytes,
        "max_ctx_tokens": p.max_context_tokens,
        "tokens_per_second": round(speed.decode_tokens_per_s, 2) if speed else None,
        "prefill_tokens_per_second": (
            round(speed.prefill_tokens_per_s, 1) if speed and speed.prefill_tokens_per_s else None
        ),
        "speed_assumptions": list(speed.assumptions) if speed else [],
        "notes": list(est.notes),
    }
