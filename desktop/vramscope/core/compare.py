"""Estimate against reality: line an estimate's terms up with the buffers a runtime logged.

llama.cpp logs one size per buffer it allocates, per backend buffer type: ``model`` (weights),
``KV``, ``compute`` and ``output``. Buffer types name a device, and several map onto one
device of an estimate:

=================================================  ================
log buffer type                                    estimate device
=================================================  ================
``CUDA0``, ``ROCm0``, ``Vulkan0``, ``SYCL0``,       ``gpu0``
``MTL0``/``Metal``, ``CUDA0 (split)`` ...
``CUDA1`` ...                                      ``gpu1`` ...
``CPU``, ``CPU_Mapped`` (mmapped file),            ``ram``
``CUDA_Host`` (pinned host memory), ``CPU_REPACK``
(x86 interleaved copies), ``CPU_AARCH64``
=================================================  ================

Each kind maps to estimate terms: model -> ``weights`` + ``weights_repacked``, KV ->
``kv_cache``, compute -> ``compute_buffer``, output -> ``output_buffer``. Terms nobody logs
(``runtime_overhead``: CUDA context, process base) are compared only with a measured total the
caller passes (an NVML peak, a peak RSS). Standard library only; no I/O.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

from .errors import shown
from .estimate import DEVICE_RAM, Estimate, gpu_device
from .notes import Note

__all__ = [
    "KINDS",
    "Comparison",
    "ComparisonRow",
    "compare_buffers",
    "estimate_device",
]

MIB = 1 << 20

# Buffer kind -> the estimate terms that predict it.
KINDS: dict[str, tuple[str, ...]] = {
    "weights": ("weights", "weights_repacked"),
    "kv_cache": ("kv_cache",),
    # llama.cpp logs the recurrent (linear-attention) states as "RS buffer"
    "recurrent_state": ("recurrent_state",),
    "compute_buffer": ("compute_buffer",),
    "output_buffer": ("output_buffer",),
}
# Spellings of the kinds: calibration records use "model_buffers_mib", logs say "model", "KV".
_KIND_ALIASES = {
    "model": "weights",
    "model_buffers_mib": "weights",
    "weights": "weights",
    "kv": "kv_cache",
    "kv_buffers_mib": "kv_cache",
    "kv_cache": "kv_cache",
    "rs": "recurrent_state",
    "rs_buffers_mib": "recurrent_state",
    "recurrent_state": "recurrent_state",
    "compute": "compute_buffer",
    "compute_buffers_mib": "compute_buffer",
    "compute_buffer": "compute_buffer",
    "output": "output_buffer",
    "output_buffers_mib": "output_buffer",
    "output_buffer": "output_buffer",
}
_HOST_TYPES = frozenset({"cpu", "cpu_mapped", "cuda_host", "cpu_repack", "cpu_aarch64", "host"})
_GPU_TYPE = re.compile(r"^(?:cuda|rocm|hip|vulkan|sycl|mtl|metal|opencl|cann|musa)(\d*)", re.I)
# A relative error this small reads as "matches" in the summary: logs print MiB to 2 decimals.
_MATCH_REL = 0.005


def estimate_device(log_device: str) -> str | None:
    """The estimate device (``gpu0``, ``ram``) a logged buffer type lives on; None if unknown."""
    key = log_device.strip().lower()
    if key in _HOST_TYPES or key.endswith("_host") or key.startswith("cpu"):
        return DEVICE_RAM
    m = _GPU_TYPE.match(key)
    if m:
        return gpu_device(int(m.group(1)) if m.group(1) else 0)
    return None


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    """One kind of buffer on one device: what we estimated and what the runtime logged."""

    term: str
    device: str
    log_devices: tuple[str, ...]
    estimated_bytes: int
    logged_bytes: int

    @property
    def difference_bytes(self) -> int:
        """Estimate minus reality: positive means we over-estimated."""
        return self.estimated_bytes - self.logged_bytes

    @property
    def relative_error(self) -> float:
        """Difference over the logged size (inf when nothing was logged but we estimated)."""
        if self.logged_bytes == 0:
            return 0.0 if self.estimated_bytes == 0 else math.inf
        return self.difference_bytes / self.logged_bytes


@dataclass(frozen=True, slots=True)
class Comparison:
    """Rows per (term, device), per-device totals over the logged kinds, and a summary."""

    rows: tuple[ComparisonRow, ...]
    # one sentence per device (codes ``compare.within``, ``compare.over`` ...), in row order
    summary: tuple[Note, ...]
    # what was left out of the comparison and why (codes ``compare.*``)
    notes: tuple[Note, ...] = ()

    def row(self, term: str, device: str) -> ComparisonRow | None:
        for r in self.rows:
            if r.term == term and r.device == device:
                return r
        return None


def _mib_to_bytes(value: float) -> int:
    return round(value * MIB)


def _normalise(
    logged: Mapping[str, Mapping[str, float]],
) -> tuple[dict[tuple[str, str], int], dict[tuple[str, str], list[str]], list[Note]]:
    sums: dict[tuple[str, str], int] = {}
    sources: dict[tuple[str, str], list[str]] = {}
    notes: list[Note] = []
    for raw_kind, per_device in logged.items():
        kind = _KIND_ALIASES.get(str(raw_kind).strip().lower())
        if kind is None:
            notes.append(Note.of("compare.unknown_kind", kind=repr(str(raw_kind)[:40])))
            continue
        for log_dev, mib in per_device.items():
            dev = estimate_device(str(log_dev))
            if dev is None:
                notes.append(Note.of("compare.unknown_device", device=repr(str(log_dev)[:40])))
                continue
            if not isinstance(mib, (int, float)) or not math.isfinite(mib) or mib < 0:
                notes.append(
                    Note.of("compare.bad_size", kind=kind, device=str(log_dev), value=shown(mib))
                )
                continue
            key = (kind, dev)
            sums[key] = sums.get(key, 0) + _mib_to_bytes(float(mib))
            sources.setdefault(key, []).append(str(log_dev))
    return sums, sources, notes


def compare_buffers(
    estimate: Estimate,
    logged: Mapping[str, Mapping[str, float]],
    *,
    measured_bytes: Mapping[str, int] | None = None,
    runtime: str = "llama.cpp",
) -> Comparison:
    """Line ``estimate`` up with ``logged`` buffer sizes (kind -> log device -> MiB).

    Kinds may be spelled as in logs (``model``, ``KV``, ``compute``, ``output``) or as in the
    calibration records (``model_buffers_mib`` ...). ``measured_bytes`` (estimate device ->
    bytes, e.g. ``{"gpu0": nvml_peak}``) adds a ``total`` row per device compared with the
    estimate's whole device total, overheads included.
    """
    sums, sources, notes = _normalise(logged)
    rows: list[ComparisonRow] = []
    devices = sorted({dev for _, dev in sums}, key=lambda d: (d == DEVICE_RAM, d))
    for dev in devices:
        for kind, names in KINDS.items():
            key = (kind, dev)
            if key not in sums:
                continue
            est = sum(estimate.term(n, dev) for n in names)
            rows.append(ComparisonRow(kind, dev, tuple(sources[key]), est, sums[key]))
    for dev, measured in (measured_bytes or {}).items():
        rows.append(
            ComparisonRow("total", dev, ("measured",), estimate.device_bytes(dev), measured)
        )
    return Comparison(tuple(rows), _summary(rows, runtime), tuple(notes))


def _error(rel: float) -> dict[str, float]:
    # No logged bytes to divide by: the sentence says the error is not available.
    return {} if math.isinf(rel) else {"error_fraction": abs(rel)}


def _summary(rows: list[ComparisonRow], runtime: str) -> tuple[Note, ...]:
    if not rows:
        return (Note.of("compare.nothing", runtime=runtime),)
    parts: list[Note] = []
    for dev in dict.fromkeys(r.device for r in rows):
        dev_rows = [r for r in rows if r.device == dev and r.term != "total"]
        if dev_rows:
            est = sum(r.estimated_bytes for r in dev_rows)
            got = sum(r.logged_bytes for r in dev_rows)
            rel = (est - got) / got if got else (0.0 if est == 0 else math.inf)
            names = "/".join(dict.fromkeys(n for r in dev_rows for n in r.log_devices))
            if abs(rel) <= _MATCH_REL:
                parts.append(
                    Note.of("compare.within", **_error(rel), runtime=runtime, devices=names)
                )
            else:
                worst = max(dev_rows, key=lambda r: abs(r.difference_bytes))
                code = "compare.over" if rel > 0 else "compare.under"
                parts.append(
                    Note.of(
                        code,
                        **_error(rel),
                        devices=names,
                        term=worst.term,
                        gap_bytes=worst.difference_bytes,
                    )
                )
        total = next((r for r in rows if r.device == dev and r.term == "total"), None)
        if total is not None:
            parts.append(
                Note.of("compare.total_within", device=dev, **_error(total.relative_error))
            )
    return tuple(parts)
