"""A placement's memory without its breakdown: the bytes each device needs, summed as the
estimate's terms sum them, for the placement solver (core/plan.py). The solver tries a dozen
placements per table cell and reads only these sums, so building every term, formula and note
of each try cost most of a table; the full estimate is built for the placements it keeps.

:func:`footprint_llamacpp` repeats :func:`~.estimate.estimate_llamacpp`'s sums term by term;
tests/core/test_footprint.py holds it equal to :func:`footprint_of` of the full estimate over the
catalog, the formats and several machines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ...errors import SpecError
from ...estimate import DEVICE_RAM, Estimate, gpu_device
from ...hardware import CpuKind
from ...model import ModelSpec
from ...terms import WEIGHTS
from ...weights import WeightLayout
from ...workload import Workload
from .compute import Graph, compute_parts
from .layout import span
from .overhead import _host_overhead, gpu_overhead
from .run import FLOAT_CACHE_TYPES, _ranges, prepare, with_flash_attention_for_cache
from .weights import overlap

__all__ = ["Footprint", "FootprintModel", "footprint_llamacpp", "footprint_of"]


class Footprint(NamedTuple):
    """What the solver reads of an estimate: the bytes on each of its GPUs and their slopes in
    context tokens, the needed RAM (resident less reclaimable pages) and its slope, the weights
    in RAM (what mmap could leave on disk), ``-ngl`` as applied, and the GPU layers whose
    experts are in RAM."""

    gpu: tuple[int, ...]
    gpu_slope: tuple[float, ...]
    ram: int
    ram_slope: float
    ram_weights: int
    gpu_layers: int
    experts_ram_layers: int


def footprint_of(est: Estimate) -> Footprint:
    """The footprint of a full estimate (any runtime)."""
    gpu, slopes = [], []
    for i in range(est.n_gpus):
        dev = gpu_device(i)
        gpu.append(est.device_bytes(dev))
        slopes.append(sum(t.per_token_bytes for t in est.terms if t.device == dev))
    return Footprint(
        tuple(gpu),
        tuple(slopes),
        est.needed_ram_bytes,
        est.ram_per_token_bytes,
        est.term(WEIGHTS, DEVICE_RAM),
        est.gpu_layers,
        est.experts_ram_layers,
    )


class FootprintModel:
    """The footprints of one model, layout, workload and CPU at any placement (``-ngl``, split,
    a CUDA build at -ngl 0, ``--n-cpu-moe``, ``-nkvo``): what does not depend on the placement
    (the padded cache, the compute buffers of each role, the per-layer sums) is worked out
    once, by the estimate's own functions on a reference run, and a placement costs a few
    prefix-sum lookups. The workload's ``n_cpu_moe`` and ``kv_offload`` are the defaults of a
    call, which may give others."""

    __slots__ = (
        "_cpu",
        "_cpu_kind",
        "_gpu",
        "_gpu_last",
        "_graph",
        "_host",
        "_host_experts",
        "_run",
    )
    _cpu: tuple[int, float] | None
    _host: tuple[int, float] | None
    _host_experts: tuple[int, float] | None

    def __init__(self, spec: ModelSpec, layout: WeightLayout, workload: Workload, cpu: CpuKind):
        wl, _ = with_flash_attention_for_cache(workload)
        self._cpu_kind = cpu
        # the reference run: every layer on one GPU
        run = self._run = prepare(spec, layout, wl, spec.n_layers + 1, (1.0,), cpu)
        graph = self._graph = Graph.of(run)
        self._gpu = compute_parts(graph, "gpu")[:2]
        self._gpu_last = compute_parts(graph, "gpu_last")[:2]
        self._host = self._host_experts = self._cpu = None

    @property
    def spec(self) -> ModelSpec:
        return self._run.spec

    @property
    def workload(self) -> Workload:
        """The workload as llama.cpp runs it (flash attention on for a quantized V cache)."""
        return self._run.wl

    def _host_bytes(self, experts: bool) -> tuple[int, float]:
        """The host's compute buffer beside GPUs: the reference run's, or with routed experts
        in RAM (their FFN intermediates too; only whether there are any counts)."""
        if experts:
            if self._host_experts is None:
                self._host_experts = self._host_of(range(self._run.spec.n_layers))
            return self._host_experts
        if self._host is None:
            self._host = self._host_of(range(0))
        return self._host

    def _host_of(self, moe: range) -> tuple[int, float]:
        run = self._run._replace(moe_cpu_layers=moe)
        return compute_parts(self._graph._replace(run=run), "host")[:2]

    def _cpu_bytes(self) -> tuple[int, float]:
        """The compute buffer of a CPU-only run (its KQ mask in f32: a graph of its own)."""
        if self._cpu is None:
            run = self._run
            cpu_run = prepare(run.spec, run.layout, run.wl, 0, (1.0,), self._cpu_kind)
            self._cpu = compute_parts(Graph.of(cpu_run), "cpu")[:2]
        return self._cpu

    def __call__(
        self,
        gpu_layers: int,
        gpu_split: Sequence[float],
        gpu_assist: bool,
        *,
        n_cpu_moe: int | None = None,
        kv_offload: bool | None = None,
    ) -> Footprint:
        """``footprint_of(estimate_llamacpp(...))`` at this placement. The placement is applied
        as :func:`~.run.prepare` applies it; slopes are summed in the estimate's term order
        (terms without one add 0.0), so the floats are the same too."""
        spec, run = self.spec, self._run
        wl, layout, sums = run.wl, run.layout, run.sums
        n_layer = spec.n_layers
        if gpu_layers < 0:  # as prepare
            raise SpecError("runtime.negative_gpu_layers", field="gpu_layers", value=gpu_layers)
        n_gpus = len(gpu_split) if gpu_layers > 0 else 0
        ngl = min(gpu_layers, n_layer + 1) if n_gpus else 0
        ranges = _ranges(n_layer, ngl, tuple(gpu_split)) if n_gpus else ()
        cpu_layers = range(ranges[0].start if ranges else n_layer)
        n_moe = wl.n_cpu_moe if n_cpu_moe is None else n_cpu_moe
        moe = range(cpu_layers.stop, max(cpu_layers.stop, min(n_moe, n_layer)))
        output_on_gpu = n_gpus > 0 and ngl >= 1
        offload = wl.kv_offload if kv_offload is None else kv_offload
        gpu: list[int] = []
        slopes: list[float] = []
        if gpu_assist and not n_gpus:
            # compute.py _gpu_assist reads nothing the placement changes
            a_bytes, a_slope, _ = compute_parts(self._graph, "gpu_assist")
            gpu.append(a_bytes + gpu_overhead(gpu_device(0)).bytes)
            slopes.append(0 + a_slope)
        for g, rng in enumerate(ranges):
            n_bytes, slope = self._on_gpu(rng, moe, offload, last=g == n_gpus - 1)
            gpu.append(n_bytes + gpu_overhead(gpu_device(g)).bytes)
            slopes.append(slope)
        # system RAM (estimate.py _host_terms); the repacked copy is reclaimable with mmap and
        # left out without it, so the needed RAM never holds it
        weights = layout.token_embd_bytes + layout.encoder_bytes + span(sums.layer, cpu_layers)
        if not output_on_gpu:
            weights += layout.output_bytes
        experts = span(sums.exps, moe) if moe else 0
        weights += experts
        ram = weights
        ram_slope: float = 0
        host_kv = cpu_layers if offload else range(n_layer)
        if host_kv:
            kv_bytes, kv_slope, _ = run.kv.of("formula.llamacpp.kv_ram", host_kv)
            ram += kv_bytes
            ram_slope += kv_slope
            if run.rs_layer:
                ram += span(run.rs_prefix, host_kv)
        with_gpu = n_gpus > 0 or gpu_assist
        c_bytes, c_slope = self._host_bytes(experts > 0) if with_gpu else self._cpu_bytes()
        # the logits output buffer (overhead.py output_buffer) and the process
        ram += c_bytes + 4 * spec.vocab_size * run.n_seq + _host_overhead(with_gpu).bytes
        ram_slope += c_slope
        return Footprint(
            tuple(gpu),
            tuple(slopes),
            ram,
            ram_slope,
            weights,
            ngl,
            len(moe) if experts else 0,
        )

    def _on_gpu(self, rng: range, moe: range, offload: bool, *, last: bool) -> tuple[int, float]:
        """One GPU's bytes and slope but its CUDA context (estimate.py _gpu_terms): weights,
        cache, recurrent state, compute buffer, the CUDA pool of a quantized cache."""
        run = self._run
        # weights.py gpu_weights: the output layer on the last GPU (any GPU layer puts it there)
        n_bytes = span(run.sums.layer, rng) - span(run.sums.exps, overlap(rng, moe))
        if last:
            n_bytes += run.layout.output_bytes
            if run.spec.tied_embeddings:
                n_bytes += run.layout.output_head_bytes_if_tied
        slope: float = 0
        if offload and rng:
            kv_bytes, kv_slope, _ = run.kv.of("formula.llamacpp.kv", rng)
            n_bytes += kv_bytes
            slope += kv_slope
        if offload and run.rs_layer:
            n_bytes += span(run.rs_prefix, rng)
        c_bytes, c_slope = self._gpu_last if last else self._gpu
        n_bytes += c_bytes
        slope += c_slope
        if run.quantized_kv and offload and rng:
            # cache.py cuda_pool
            wl = run.wl
            k_quant = int(wl.kv_cache_type not in FLOAT_CACHE_TYPES)
            v_quant = int(wl.v_cache_type not in FLOAT_CACHE_TYPES)
            kv = run.kv.layers
            full = max(kv[i].cells for i in rng)
            width = max(kv[i].k_elements for i in rng) * k_quant + (
                max(kv[i].v_elements for i in rng) * v_quant
            )
            n_bytes += 2 * full * width
            slope += 2 * width * run.n_seq
        return n_bytes, slope


def footprint_llamacpp(
    spec: ModelSpec,
    layout: WeightLayout,
    workload: Workload,
    *,
    gpu_layers: int,
    gpu_split: Sequence[float],
    cpu: CpuKind,
    gpu_assist: bool,
) -> Footprint:
    """``footprint_of(estimate_llamacpp(...))`` with the same arguments, without the terms
    (one placement of a :class:`FootprintModel`). The image encoder's terms are not here: the
    solver falls back to the full estimate when the run loads one."""
    model = FootprintModel(spec, layout, workload, cpu)
    return model(gpu_layers, gpu_split, gpu_assist)
