"""Weights: each GPU's share of the layers (the last GPU also holds the output layer), the
host's (token embedding, CPU layers) and the x86 CPU backend's repacked copies.

source: llama.cpp src/llama-model.cpp layer placement; ggml-cpu/repack.cpp."""

from __future__ import annotations

from functools import lru_cache

from ...estimate import DEVICE_RAM, Term
from ...notes import Note
from ...terms import WEIGHTS, WEIGHTS_REPACKED
from .._part import EXACT
from .layout import span
from .run import Run

__all__ = [
    "expert_weights",
    "gpu_weights",
    "host_weights",
    "output_on_gpu_bytes",
    "overlap",
    "repacked_weights",
]


@lru_cache(maxsize=16)
def _repacked_note(types: frozenset[str]) -> Note:
    return Note.of("formula.llamacpp.weights_repacked", types="/".join(sorted(types)))


# The formulas are built once per placement, not on every estimate (one per slider move).
@lru_cache(maxsize=1024)
def _gpu_note(code: str, layers: int, n_layers: int) -> Note:
    return Note.of(code, layers=layers, n_layers=n_layers)


@lru_cache(maxsize=1024)
def _host_note(code: str, layers: int) -> Note:
    return Note.of(code, layers=layers) if layers else Note(code)


def output_on_gpu_bytes(run: Run) -> int:
    """The output layer as the last GPU holds it (with a tied head, a copy of the embedding)."""
    tied = run.layout.output_head_bytes_if_tied if run.spec.tied_embeddings else 0
    return run.layout.output_bytes + tied


def gpu_weights(run: Run, rng: range, device: str, *, last: bool) -> Term:
    """The repeating layers of one GPU, plus the output layer on the last one."""
    n_bytes = span(run.sums.layer, rng) - span(run.sums.exps, overlap(rng, run.moe_cpu_layers))
    code = "formula.llamacpp.weights_gpu"
    if last and run.output_on_gpu:
        n_bytes += run.layout.output_bytes
        code += "_output"
        if run.spec.tied_embeddings:
            n_bytes += run.layout.output_head_bytes_if_tied
            code += "_tied"
    return Term(
        WEIGHTS,
        n_bytes,
        device,
        _gpu_note(code, len(rng), run.spec.n_layers),
        source="llama.cpp llama-model.cpp layer placement",
        exact=EXACT[WEIGHTS],
    )


def host_weights(run: Run) -> Term:
    """The token embedding (llama.cpp keeps it in host memory), the CPU's layers and, when no
    GPU holds it, the output layer."""
    layout = run.layout
    n_bytes = layout.token_embd_bytes + layout.encoder_bytes + span(run.sums.layer, run.cpu_layers)
    code = "formula.llamacpp.weights_host"
    if run.cpu_layers:
        code += "_layers"
    if not run.output_on_gpu:
        n_bytes += layout.output_bytes
        code += "_output"
    return Term(
        WEIGHTS,
        n_bytes,
        DEVICE_RAM,
        _host_note(code, len(run.cpu_layers)),
        source="llama.cpp llama-model.cpp",
        exact=EXACT[WEIGHTS],
    )


@lru_cache(maxsize=256)
def _experts_note(layers: int) -> Note:
    return Note.of("formula.llamacpp.weights_experts_ram", layers=layers)


def expert_weights(run: Run) -> Term:
    """The routed-expert tensors (``ffn_*_exps``) of the GPU layers --n-cpu-moe keeps in system
    RAM; attention, norms, the router and shared experts of those layers stay on the GPU."""
    return Term(
        WEIGHTS,
        span(run.sums.exps, run.moe_cpu_layers),
        DEVICE_RAM,
        _experts_note(len(run.moe_cpu_layers)),
        source="llama.cpp common/arg.cpp --n-cpu-moe, common/common.h LLM_FFN_EXPS_REGEX",
        exact=EXACT[WEIGHTS],
    )


def overlap(a: range, b: range) -> range:
    """The layers in both ranges."""
    return range(max(a.start, b.start), max(min(a.stop, b.stop), max(a.start, b.start)))


def repacked_weights(run: Run) -> Term:
    """Interleaved copies of the CPU layers' tensors in the types the CPU repacks (x86 AVX2:
    Q4_0/Q4_K/IQ4_NL/MXFP4; 0 without repacking)."""
    # An override to the CPU buffer type also takes the CPU's repacked types, so the experts
    # --n-cpu-moe keeps in RAM are repacked like CPU layers. source: llama.cpp
    # src/llama-model.cpp load_tensors ("when overriding to a CPU buffer, consider the extra
    # buffer types", PR #14990, b6049)
    # A GPU build's CPU layers are not repacked (run.py prepare), its overridden experts are;
    # the types are the CPU's (LLAMACPP_REPACKED_TYPES_BY_CPU, none on x86 without AVX2).
    n_bytes = (span(run.sums.repack, run.cpu_layers) if run.cpu_repack else 0) + span(
        run.sums.exps_repack, run.moe_cpu_layers
    )
    return Term(
        WEIGHTS_REPACKED,
        n_bytes,
        DEVICE_RAM,
        _repacked_note(run.sums.repacked),
        source="ggml-cpu/repack.cpp; calibration llamacpp-cpu.jsonl (CPU_REPACK)",
        exact=EXACT[WEIGHTS_REPACKED],
    )
