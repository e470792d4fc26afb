"""The placement loop: each GPU's terms for its layers, then the host's."""

from __future__ import annotations

from collections.abc import Sequence

from ...estimate import DEVICE_RAM, Estimate, Term, gpu_device
from ...hardware import DEFAULT_CPU, CpuKind
from ...model import ModelSpec
from ...notes import Note
from ...tensors import ParamCounts, param_counts
from ...weights import WeightLayout
from ...workload import Workload
from .cache import cuda_pool, kv_cache, recurrent_state
from .compute import Graph, compute_buffer
from .layout import span
from .overhead import gpu_overhead, host_overhead, output_buffer
from .run import Run, prepare, with_flash_attention_for_cache
from .weights import (
    expert_weights,
    gpu_weights,
    host_weights,
    output_on_gpu_bytes,
    overlap,
    repacked_weights,
)

__all__ = ["estimate_llamacpp"]

_FULL_CACHE_NO_SWA = (Note("estimate.full_cache_no_swa"),)
# "CPU weights, GPU-assisted prompt processing": a CUDA build at -ngl 0 (see compute.py)
GPU_ASSISTED_PROMPT = "estimate.gpu_assisted_prompt"


def estimate_llamacpp(
    spec: ModelSpec,
    layout: WeightLayout,
    workload: Workload,
    *,
    gpu_layers: int,
    gpu_split: Sequence[float] = (1.0,),
    cpu: CpuKind = DEFAULT_CPU,
    gpu_assist: bool = False,
) -> Estimate:
    """Memory of a llama.cpp run with ``-ngl gpu_layers`` over ``len(gpu_split)`` GPUs.

    ``gpu_layers`` 0 (or no GPUs) is a CPU-only run; ``n_layers + 1`` puts everything on GPUs.
    ``cpu`` decides which weight types the CPU backend repacks (x86 AVX2: Q4_0/Q4_K/IQ4_NL/
    MXFP4). ``gpu_assist`` with ``gpu_layers`` 0 is a CUDA build with -ngl 0: the first GPU
    keeps a compute buffer for the prompt's matrix products (the note says so).
    """
    workload, switched = with_flash_attention_for_cache(workload)
    run = prepare(spec, layout, workload, gpu_layers, gpu_split, cpu, gpu_assist)
    graph = Graph.of(run)
    terms: list[Term] = []
    read: dict[str, int] = {}
    notes = _notes(spec) if switched is None else (*_notes(spec), switched)
    if run.gpu_assist:
        dev = gpu_device(0)
        assist = compute_buffer(graph, "gpu_assist", dev)
        terms += [assist, gpu_overhead(dev)]
        notes = (*notes, Note.of(GPU_ASSISTED_PROMPT, gpu_compute_bytes=assist.bytes))
    for g, rng in enumerate(run.ranges):
        dev = gpu_device(g)
        last = g == run.n_gpus - 1
        terms += _gpu_terms(run, graph, rng, dev, last=last)
        read[dev] = _gpu_read(run, rng, last=last)
    repacked = repacked_weights(run)
    terms += _host_terms(run, graph, repacked)
    read[DEVICE_RAM] = _host_read(run)
    counts = _param_counts(spec)
    return Estimate(
        model=spec,
        weights_format=layout.format_id,
        workload=workload,
        terms=tuple(terms),
        gpu_layers=run.gpu_layers,
        n_gpus=run.n_gpus or int(run.gpu_assist),
        params_total=counts.total,
        params_active=counts.active,
        weights_bytes=layout.total_bytes,
        read_bytes_per_token=tuple(read.items()),
        reclaimable_ram_bytes=repacked.bytes if workload.mmap else 0,
        experts_ram_layers=len(run.moe_cpu_layers)
        if span(run.sums.exps, run.moe_cpu_layers)
        else 0,
        prompt_stream_bytes=_host_stream(run) if run.n_gpus else 0,
        notes=notes,
    )


_COUNTS: dict[int, tuple[ModelSpec, ParamCounts]] = {}


def _param_counts(spec: ModelSpec) -> ParamCounts:
    """:func:`param_counts` looked up by the spec's identity (as layout.py's caches): hashing a
    spec's every field costs more than the rest of the lookup, once per estimate."""
    hit = _COUNTS.get(id(spec))
    if hit is not None and hit[0] is spec:
        return hit[1]
    if len(_COUNTS) > 4096:
        _COUNTS.clear()
    counts = param_counts(spec)
    _COUNTS[id(spec)] = (spec, counts)  # holding the spec keeps its id from being reused
    return counts


def _gpu_terms(run: Run, graph: Graph, rng: range, dev: str, *, last: bool) -> list[Term]:
    """One GPU's terms: its layers' weights and caches, its compute buffer and CUDA context."""
    offload = run.wl.kv_offload
    terms = [gpu_weights(run, rng, dev, last=last)]
    if offload and rng:
        terms.append(kv_cache(run, rng, dev))
    if offload and run.rs_layer:
        state = recurrent_state(run, rng, dev)
        if state.bytes:
            terms.append(state)
    terms.append(compute_buffer(graph, "gpu_last" if last else "gpu", dev))
    if run.quantized_kv and offload and rng:
        terms.append(cuda_pool(run, rng, dev))
    terms.append(gpu_overhead(dev))
    return terms


def _host_terms(run: Run, graph: Graph, repacked: Term) -> list[Term]:
    """System RAM: the embedding and CPU layers, their caches, buffers and the process."""
    terms = [host_weights(run)]
    if run.moe_cpu_layers:
        experts = expert_weights(run)
        if experts.bytes:
            terms.append(experts)
    if repacked.bytes and run.wl.mmap:
        # With mmap the file pages of repacked tensors stay mapped beside the repacked copy.
        terms.append(repacked)
    layers = run.host_kv_layers
    if layers:
        terms.append(kv_cache(run, layers, DEVICE_RAM, in_ram=True))
        if run.rs_layer:
            state = recurrent_state(run, layers, DEVICE_RAM)
            if state.bytes:
                terms.append(state)
    gpu = run.n_gpus or run.gpu_assist
    terms.append(compute_buffer(graph, "host" if gpu else "cpu", DEVICE_RAM))
    terms += [output_buffer(run), host_overhead(run)]
    return terms


def _gpu_read(run: Run, rng: range, *, last: bool) -> int:
    """Bytes one GPU reads per generated token: its active weights and, with KV offload, half
    its cache (half full on average over a chat) and all its recurrent states (read and
    rewritten every token)."""
    read = span(run.sums.active, rng) - span(run.sums.exps_active, overlap(rng, run.moe_cpu_layers))
    if last and run.output_on_gpu:
        read += output_on_gpu_bytes(run)
    if run.wl.kv_offload:
        read += span(run.kv.bytes, rng) // 2
        read += span(run.rs_prefix, rng)
    return read


def _host_read(run: Run) -> int:
    """Bytes system RAM gives per generated token (the CPU layers, the active experts kept in
    RAM by --n-cpu-moe, their caches, the output)."""
    layers = run.host_kv_layers
    return (
        span(run.sums.active, run.cpu_layers)
        + span(run.sums.exps_active, run.moe_cpu_layers)
        + (0 if run.output_on_gpu else run.layout.output_bytes)
        + span(run.kv.bytes, layers) // 2
        + span(run.rs_prefix, layers)
    )


def _host_stream(run: Run) -> int:
    """Weight bytes in system RAM that a prompt micro-batch copies to the GPU. The CUDA backend
    takes over a matrix product of 32 or more tokens whose weights are in host memory and copies
    the weights in (source: ggml/src/ggml-cuda/ggml-cuda.cu ggml_backend_cuda_device_offload_op,
    op_offload_min_batch_size 32; ggml-backend.cpp ggml_backend_sched_split_graph "1.off").
    For the routed experts it copies those the batch uses (ggml-backend.cpp, MUL_MAT_ID input
    copy): with k of E experts per token, a 512-token batch leaves a given expert unused with
    probability (1 - k/E)^512, below 1e-6 for every catalog MoE, so all of them."""
    return (
        span(run.sums.layer, run.cpu_layers)
        + span(run.sums.exps, run.moe_cpu_layers)
        + (0 if run.output_on_gpu else run.layout.output_bytes)
    )


def _notes(spec: ModelSpec) -> tuple[Note, ...]:
    """Mistral's window is ignored: llama.cpp runs it as llama, with a full cache."""
    if (
        spec.model_type in ("mistral",)
        and spec.sliding_window_tokens
        and "sliding" in spec.layer_attention
    ):
        return _FULL_CACHE_NO_SWA
    return ()
