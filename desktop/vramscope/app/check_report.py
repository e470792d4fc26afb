"""``vramscope check LOG``: the window's "Check a real run" for one log file, as JSON or text.

The comparison is the window's own: a vLLM start-up log goes through :mod:`app.vllm_check`,
any other load log through :func:`app.checks.check_log` (llama.cpp, Ollama, LM Studio ...).
:func:`check_file` returns a :class:`CheckReport`; its :meth:`~CheckReport.to_json` is the
documented ``--json`` object (README.md) and :meth:`~CheckReport.text` the plain report.
When the log cannot be compared :func:`check_file` raises SpecError with one line saying why
and what to pass (``--model`` / ``--weights``).
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vramscope.app.checks import check_log, read_log_file
from vramscope.app.present import render
from vramscope.app.present.checks import comparison_summary
from vramscope.app.present.terms import term_label
from vramscope.app.session import resolve_model
from vramscope.app.vllm_check import check_vllm, is_vllm_text
from vramscope.core import (
    GIB,
    MIB,
    Comparison,
    ModelSpec,
    Note,
    SpecError,
    WeightFormat,
    parse_weight_format,
)
from vramscope.readers.runlog import RunLogError, RunSetup

__all__ = ["CHECK_JSON_VERSION", "CheckReport", "check_file"]

# The --json object's layout version: raised only when a key changes meaning or goes away.
CHECK_JSON_VERSION = 1


@dataclass(frozen=True, slots=True)
class CheckReport:
    """One log file compared with its re-estimate."""

    file: str
    source: str  # "vllm", "llama.cpp", "ollama", "lm studio" ...
    setup: RunSetup
    comparison: Comparison
    notes: tuple[Note, ...]
    # what the reader took from the log (JSON-ready)
    read: Mapping[str, Any] = field(default_factory=dict)

    def rows_json(self) -> list[dict[str, Any]]:
        return [
            {
                "term": r.term,
                "device": r.device,
                "log_devices": list(r.log_devices),
                "estimated_bytes": r.estimated_bytes,
                "logged_bytes": r.logged_bytes,
                "difference_bytes": r.difference_bytes,
                "relative_error": None if math.isinf(r.relative_error) else r.relative_error,
            }
            for r in self.comparison.rows
        ]

    def settings_json(self) -> dict[str, Any]:
        s = self.setup
        wl = s.workload
        out: dict[str, Any] = {
            "runtime": wl.runtime,
            "weights": s.fmt.id,
            "context_tokens": wl.context_tokens,
            "batch": wl.batch,
            "kv_cache_type": wl.kv_cache_type,
            "kv_cache_type_v": wl.kv_cache_type_v,
            "flash_attention": wl.flash_attention,
            "gpu_layers": s.gpu_layers,
            "n_gpus": s.n_gpus,
        }
        if wl.runtime == "vllm":
            out["gpu_memory_utilization"] = wl.gpu_memory_utilization
        return out

    def to_json(self) -> dict[str, Any]:
        """The ``vramscope check --json`` object (documented in README.md)."""
        spec = self.setup.spec
        return {
            "format": CHECK_JSON_VERSION,
            "file": self.file,
            "source": self.source,
            "model": {"id": spec.model_id, "name": spec.display_name},
            "settings": self.settings_json(),
            "rows": self.rows_json(),
            "summary": comparison_summary(self.comparison),
            "notes": [render(n) for n in self.notes],
            "read": dict(self.read),
        }

    def text(self) -> str:
        """The plain report: the setup, one line per term, the summary and the notes."""
        s = self.setup
        wl = s.workload
        lines = [
            f"Log: {self.file} ({self.source})",
            f"Re-estimated: {s.spec.display_name}, {s.fmt.id.upper()}, "
            f"{wl.context_tokens:,} tokens x {wl.batch}, KV {wl.kv_cache_type}, "
            f"{s.n_gpus} GPU(s), runtime {wl.runtime}",
            "",
            f"{'term':<20} {'device':<18} {'estimated':>12} {'logged':>12} {'difference':>12} "
            f"{'error':>8}",
        ]
        for r in self.comparison.rows:
            rel = r.relative_error
            device = f"{r.device} ({', '.join(r.log_devices)})"
            lines.append(
                f"{term_label(r.term):<20} {device:<18} {_size(r.estimated_bytes):>12} "
                f"{_size(r.logged_bytes):>12} {_size(r.difference_bytes, signed=True):>12} "
                f"{'n/a' if math.isinf(rel) else f'{rel * 100:+.1f}%':>8}"
            )
        lines += ["", comparison_summary(self.comparison)]
        lines += [f"Note: {render(n)}" for n in self.notes]
        return "\n".join(lines) + "\n"


def _size(n: int, *, signed: bool = False) -> str:
    sign = "+" if signed and n > 0 else ""
    if abs(n) >= GIB:
        return f"{sign}{n / GIB:,.2f} GiB"
    return f"{sign}{n / MIB:,.1f} MiB"


def _json_value(value: object) -> object:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, tuple):
        return [_json_value(v) for v in value]
    return value


def _vllm_read(log: Any) -> dict[str, Any]:
    keys = (
        "engine", "memory_format", "version", "model", "dtype", "quantization",
        "kv_cache_dtype", "max_model_len", "tensor_parallel_size", "gpu_memory_utilization",
        "max_num_seqs", "max_num_batched_tokens", "total_gpu_memory_bytes", "budget_bytes",
        "weights_bytes", "activation_bytes", "non_torch_bytes", "kv_cache_bytes",
        "gpu_blocks", "kv_cache_tokens", "cuda_graph_bytes", "max_concurrency",
        "unread_lines",
    )  # fmt: skip
    return {k: _json_value(getattr(log, k, None)) for k in keys}


def _llamacpp_read(log: Any) -> dict[str, Any]:
    # getattr: the llama.cpp reader's record grows by era; absent fields read as null
    keys = (
        "arch", "name", "file_type", "n_layer", "n_ctx", "n_ctx_per_seq", "n_seq_max",
        "flash_attn", "type_k", "type_v", "gpu_layers", "layers_total",
    )  # fmt: skip
    out = {k: _json_value(getattr(log, k, None)) for k in keys}
    out["buffers"] = [
        {"kind": kind, "device": dev, "mib": mib} for kind, dev, mib in getattr(log, "buffers", ())
    ]
    return out


def check_file(
    path: str | os.PathLike[str], *, model: str | None = None, weights: str | None = None
) -> CheckReport:
    """Read ``path``, re-estimate the setup it ran and compare, as the window does.

    ``model`` (a catalog id, config.json, model folder or .gguf) and ``weights`` (a format id)
    replace what the log shows. Raises OSError when the file cannot be read and SpecError
    (one line) when the log cannot be compared."""
    text, read_note = read_log_file(path)
    spec: ModelSpec | None = resolve_model(model).spec if model else None
    fmt: WeightFormat | None = parse_weight_format(weights) if weights else None
    name = Path(path).name
    extra = (read_note,) if read_note is not None else ()
    if is_vllm_text(text):
        try:
            v = check_vllm(text, spec=spec, fmt=fmt)
        except RunLogError as exc:
            raise _cannot(exc, model_codes=_VLLM_NEEDS_MODEL, has_model=spec is not None) from exc
        return CheckReport(
            name, "vllm", v.setup, v.comparison, (*extra, *v.notes), _vllm_read(v.log)
        )
    result = check_log(text, spec=spec, fmt=fmt)
    if result.comparison is None or result.setup is None or result.log is None:
        error = result.error or RunLogError("runlog.no_load_lines")
        if result.needs == "model":
            raise SpecError("check.needs_model", detail=_as_spec(error))
        if result.needs == "format":
            raise SpecError("check.needs_format", detail=_as_spec(error))
        raise SpecError("check.cannot", detail=_as_spec(error))
    log = result.log
    return CheckReport(
        name,
        str(getattr(log, "source", "llama.cpp")),
        result.setup,
        result.comparison,
        (*extra, *result.notes),
        _llamacpp_read(log),
    )


_VLLM_NEEDS_MODEL = frozenset({"vllm.model_unknown", "vllm.model_ambiguous", "vllm.no_model"})


def _as_spec(error: Exception) -> SpecError:
    if isinstance(error, SpecError):
        return error
    return SpecError("check.error", error=" ".join(str(error).split())[:200])


def _cannot(exc: SpecError, *, model_codes: frozenset[str], has_model: bool) -> SpecError:
    if exc.note.code in model_codes and not has_model:
        return SpecError("check.needs_model", detail=exc)
    return SpecError("check.cannot", detail=exc)
