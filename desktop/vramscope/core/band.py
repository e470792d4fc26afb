"""Error bands: how far the real peak may sit from the estimate, term by term.

Exact terms (weights of a known layout, the KV cache, the output buffer) carry no band. Each
modelled term carries a relative uncertainty downwards and upwards, kept with the term's entry
in ``core.terms`` (with the calibration residuals it comes from). ``benchmarks/accuracy.py``
prints, for every calibration case, the band and whether it covers the measured value.
"""

from __future__ import annotations

from dataclasses import dataclass

from .estimate import DEVICE_RAM, Estimate
from .terms import DeviceKind, uncertainty

__all__ = ["Band", "band_of"]


@dataclass(frozen=True, slots=True)
class Band:
    """The likely range of a peak: ``low <= central <= high`` (bytes)."""

    low_bytes: int
    central_bytes: int
    high_bytes: int

    def covers(self, n_bytes: int) -> bool:
        return self.low_bytes <= n_bytes <= self.high_bytes

    def fits(self, limit_bytes: int) -> bool:
        """Fits for sure: even the upper edge is within the limit."""
        return self.high_bytes <= limit_bytes

    def straddles(self, limit_bytes: int) -> bool:
        return self.low_bytes <= limit_bytes < self.high_bytes

    @property
    def width_bytes(self) -> int:
        return self.high_bytes - self.low_bytes


def band_of(est: Estimate, device: str) -> Band:
    """Band of one device's peak; ``device`` is "gpu" (summed over GPUs), "gpu0"... or "ram"."""
    runtime = est.workload.runtime
    all_gpus = device == "gpu"
    low = high = central = 0
    for t in est.terms:
        on = t.device == device or (all_gpus and t.device.startswith("gpu"))
        if not on:
            continue
        central += t.bytes
        kind: DeviceKind = "ram" if t.device == DEVICE_RAM else "gpu"
        down, up = uncertainty(runtime, t.name, kind)
        low += round(t.bytes * (1 - down))
        high += round(t.bytes * (1 + up))
    return Band(low, central, high)
