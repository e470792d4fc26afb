"""Memory outside the model's buffers: the CUDA context on each GPU, the process in RAM, and the
host's logits output buffer."""

from __future__ import annotations

from ...constants import (
    LLAMACPP_CUDA_HOST_RUNTIME_BYTES,
    LLAMACPP_CUDA_OVERHEAD_BYTES,
    LLAMACPP_HOST_BASE_BYTES,
)
from ...terms import OUTPUT_BUFFER, RUNTIME_OVERHEAD
from .._part import Part, note_of
from .compute import SOURCE
from .run import Run

__all__ = ["gpu_overhead", "host_overhead", "output_buffer"]


def gpu_overhead() -> Part:
    """CUDA context, cuBLAS and kernel images (measured 597-605 MiB on an H100)."""
    return Part(
        RUNTIME_OVERHEAD,
        LLAMACPP_CUDA_OVERHEAD_BYTES,
        note_of("formula.llamacpp.overhead_gpu"),
        "calibration llamacpp-h100.jsonl",
    )


def host_overhead(run: Run) -> Part:
    """The process and its libraries, plus the CUDA runtime's host memory when GPUs are used."""
    if run.n_gpus:
        n_bytes = LLAMACPP_HOST_BASE_BYTES + LLAMACPP_CUDA_HOST_RUNTIME_BYTES
        code = "formula.llamacpp.overhead_host_cuda"
    else:
        n_bytes = LLAMACPP_HOST_BASE_BYTES
        code = "formula.llamacpp.overhead_host"
    return Part(RUNTIME_OVERHEAD, n_bytes, note_of(code), "calibration llamacpp-*.jsonl")


def output_buffer(run: Run) -> Part:
    """The logits of one position per sequence, in f32, in host memory."""
    return Part(
        OUTPUT_BUFFER,
        4 * run.spec.vocab_size * run.n_seq,
        note_of("formula.llamacpp.output_buffer"),
        SOURCE,
    )
