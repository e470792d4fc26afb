"""Error bands: how far the real peak may sit from the estimate, term by term.

Exact terms (weights of a known layout, the KV cache, the output buffer) carry no band. Each
modelled term carries a relative uncertainty downwards and upwards, set from the calibration
residuals (``tests/data/calibration``) and widened where the calibration hardware is not the
user's: the CUDA context measured on an H100 (about 600 MiB) is 300-500 MiB on consumer cards.
``benchmarks/accuracy.py`` prints, for every calibration case, the band and whether it covers
the measured value.
"""

from __future__ import annotations

from dataclasses import dataclass

from .estimate import DEVICE_RAM, Estimate, Term

__all__ = ["TERM_UNCERTAINTY", "Band", "band_of"]

# (runtime, term, "gpu" | "ram") -> (relative down, relative up). Terms not listed are exact.
# source: calibration residuals per runtime (benchmarks/accuracy.py prints them): llama.cpp
# GPU runs within 5 MB of 0.9 GB modelled; CPU runs -20%/+34% of modelled (touched compute
# pages with long prompts); transformers -5%/+24% of modelled (allocator caching varies most).
# The GPU runtime overhead is widened downwards: consumer cards hold 300-500 MiB of context
# where the H100 held 600 (reference §4.1: pytorch/pytorch#86509, #109888).
TERM_UNCERTAINTY: dict[tuple[str, str, str], tuple[float, float]] = {
    ("llama.cpp", "compute_buffer", "gpu"): (0.05, 0.10),
    ("llama.cpp", "runtime_overhead", "gpu"): (0.50, 0.10),
    # decode-only kernels read the quantized cache directly: the pool copy may never happen
    ("llama.cpp", "cuda_pool", "gpu"): (1.00, 0.25),
    ("llama.cpp", "compute_buffer", "ram"): (0.30, 0.40),
    ("llama.cpp", "runtime_overhead", "ram"): (0.30, 0.40),
    ("transformers", "activations", "gpu"): (0.10, 0.15),
    ("transformers", "loss", "gpu"): (0.10, 0.15),
    ("transformers", "allocator_cache", "gpu"): (0.70, 0.90),
    ("transformers", "optimizer_step_temp", "gpu"): (0.10, 0.10),
    ("transformers", "runtime_overhead", "gpu"): (0.50, 0.25),
    ("vllm", "activations", "gpu"): (0.25, 0.25),
    ("vllm", "cuda_graphs", "gpu"): (0.80, 0.50),
    ("vllm", "runtime_overhead", "gpu"): (0.50, 0.20),
}


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


def _kind(term: Term) -> str:
    return "ram" if term.device == DEVICE_RAM else "gpu"


def band_of(est: Estimate, device: str) -> Band:
    """Band of one device's peak; ``device`` is "gpu" (summed over GPUs), "gpu0"... or "ram"."""
    runtime = est.workload.runtime
    low = high = central = 0
    for t in est.terms:
        on = t.device == device or (device == "gpu" and t.device.startswith("gpu"))
        if not on:
            continue
        central += t.bytes
        down, up = TERM_UNCERTAINTY.get((runtime, t.name, _kind(t)), (0.0, 0.0))
        low += round(t.bytes * (1 - down))
        high += round(t.bytes * (1 + up))
    return Band(low, central, high)
