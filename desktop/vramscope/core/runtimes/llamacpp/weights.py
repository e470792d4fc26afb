"""Weights: each GPU's share of the layers (the last GPU also holds the output layer), the
host's (token embedding, CPU layers) and the x86 CPU backend's repacked copies.

source: llama.cpp src/llama-model.cpp layer placement; ggml-cpu/repack.cpp."""

from __future__ import annotations

from ...terms import WEIGHTS, WEIGHTS_REPACKED
from .._part import Part, note_of
from .layout import span
from .run import Run

__all__ = ["gpu_weights", "host_weights", "output_on_gpu_bytes", "repacked_weights"]


def output_on_gpu_bytes(run: Run) -> int:
    """The output layer as the last GPU holds it (with a tied head, a copy of the embedding)."""
    tied = run.layout.output_head_bytes_if_tied if run.spec.tied_embeddings else 0
    return run.layout.output_bytes + tied


def gpu_weights(run: Run, rng: range, *, last: bool) -> Part:
    """The repeating layers of one GPU, plus the output layer on the last one."""
    n_bytes = span(run.sums.layer, rng)
    params = {"layers": len(rng), "n_layers": run.spec.n_layers}
    code = "formula.llamacpp.weights_gpu"
    if last and run.output_on_gpu:
        n_bytes += run.layout.output_bytes
        code += "_output"
        if run.spec.tied_embeddings:
            n_bytes += run.layout.output_head_bytes_if_tied
            code += "_tied"
    return Part(
        WEIGHTS, n_bytes, note_of(code, **params), "llama.cpp llama-model.cpp layer placement"
    )


def host_weights(run: Run) -> Part:
    """The token embedding (llama.cpp keeps it in host memory), the CPU's layers and, when no
    GPU holds it, the output layer."""
    layout = run.layout
    n_bytes = layout.token_embd_bytes + layout.encoder_bytes + span(run.sums.layer, run.cpu_layers)
    code = "formula.llamacpp.weights_host"
    params = {}
    if run.cpu_layers:
        code += "_layers"
        params["layers"] = len(run.cpu_layers)
    if not run.output_on_gpu:
        n_bytes += layout.output_bytes
        code += "_output"
    return Part(WEIGHTS, n_bytes, note_of(code, **params), "llama.cpp llama-model.cpp")


def repacked_weights(run: Run) -> Part:
    """Interleaved copies of the CPU layers' Q4_0/Q4_K/IQ4_NL tensors (0 without repacking)."""
    n_bytes = span(run.sums.repack, run.cpu_layers) if run.cpu_repack else 0
    return Part(
        WEIGHTS_REPACKED,
        n_bytes,
        note_of("formula.llamacpp.weights_repacked"),
        "ggml-cpu/repack.cpp; calibration llamacpp-cpu.jsonl (CPU_REPACK)",
    )
