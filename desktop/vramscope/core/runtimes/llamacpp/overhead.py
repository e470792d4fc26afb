"""Memory outside the model's buffers: the CUDA context on each GPU, the process in RAM, and the
host's logits output buffer."""

from __future__ import annotations

from functools import lru_cache

from ...constants import (
    LLAMACPP_CUDA_HOST_RUNTIME_BYTES,
    LLAMACPP_CUDA_OVERHEAD_BYTES,
    LLAMACPP_HOST_BASE_BYTES,
)
from ...estimate import DEVICE_RAM, Term
from ...notes import Note
from ...terms import OUTPUT_BUFFER, RUNTIME_OVERHEAD
from .._part import EXACT
from .compute import SOURCE
from .run import Run

__all__ = ["gpu_overhead", "host_overhead", "output_buffer"]

_OUTPUT = Note("formula.llamacpp.output_buffer")


# Terms are immutable and these depend on the device alone: built once, not per estimate.
@lru_cache(maxsize=64)
def gpu_overhead(device: str) -> Term:
    """CUDA context, cuBLAS and kernel images (measured 597-605 MiB on an H100)."""
    return Term(
        RUNTIME_OVERHEAD,
        LLAMACPP_CUDA_OVERHEAD_BYTES,
        device,
        Note("formula.llamacpp.overhead_gpu"),
        source="calibration llamacpp-h100.jsonl",
        exact=EXACT[RUNTIME_OVERHEAD],
    )


@lru_cache(maxsize=2)
def _host_overhead(with_gpus: bool) -> Term:
    if with_gpus:
        n_bytes = LLAMACPP_HOST_BASE_BYTES + LLAMACPP_CUDA_HOST_RUNTIME_BYTES
        code = "formula.llamacpp.overhead_host_cuda"
    else:
        n_bytes = LLAMACPP_HOST_BASE_BYTES
        code = "formula.llamacpp.overhead_host"
    return Term(
        RUNTIME_OVERHEAD,
        n_bytes,
        DEVICE_RAM,
        Note(code),
        source="calibration llamacpp-*.jsonl",
        exact=EXACT[RUNTIME_OVERHEAD],
    )


def host_overhead(run: Run) -> Term:
    """The process and its libraries, plus the CUDA runtime's host memory when GPUs are used."""
    return _host_overhead(run.n_gpus > 0 or run.gpu_assist)


def output_buffer(run: Run) -> Term:
    """The logits of one position per sequence, in f32, in host memory."""
    return Term(
        OUTPUT_BUFFER,
        4 * run.spec.vocab_size * run.n_seq,
        DEVICE_RAM,
        _OUTPUT,
        source=SOURCE,
        exact=EXACT[OUTPUT_BUFFER],
    )
