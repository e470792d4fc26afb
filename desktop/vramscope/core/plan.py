"""The placement solver: where a model goes on given hardware, how much context fits, how fast.

Verdicts (``Plan.verdict``, the stable CLI codes): ``fits_gpu`` (weights and cache on the
GPUs), ``spills_to_ram`` (some layers or the KV cache in system RAM: slower), ``cpu_only``,
``disk_offload`` (weights streamed from disk through mmap: very slow), ``does_not_fit``.
``Plan.detail`` says which kind (``tight``, ``kv_in_ram``, ``layers_in_ram``,
``shared_memory_spill``, ``cpu_only``, ``disk_offload``, ``no_gpu``).

The plan speaks no English: :class:`Verdict` carries the code, the detail and the numbers a
sentence needs, and ``Speed.assumptions`` are :class:`~vramscope.core.notes.Note` codes;
``vramscope.app.present.verdicts`` turns both into sentences in the user's language.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Literal, NamedTuple

from .api import check_runtime_format, estimate, layout_for
from .band import Band, band_of
from .constants import RAM_SAFETY_MARGIN_BYTES
from .errors import SpecError
from .estimate import DEVICE_RAM, Estimate, gpu_device
from .formats import WeightFormat
from .hardware import DEFAULT_CPU, Hardware
from .model import ModelSpec
from .notes import Note, ParamValue
from .runtimes.llamacpp.footprint import Footprint, FootprintModel, footprint_of
from .runtimes.vision import loads_tower
from .speed import Speed, SpeedInputs, speed_of
from .weights import WeightLayout
from .workload import Workload

__all__ = [
    "DETAILS",
    "VERDICTS",
    "Alternative",
    "Plan",
    "Speed",
    "Verdict",
    "VerdictCode",
    "largest_contexts",
    "plan",
]

VerdictCode = Literal["fits_gpu", "spills_to_ram", "cpu_only", "disk_offload", "does_not_fit"]
VERDICTS: tuple[VerdictCode, ...] = (
    "fits_gpu",
    "spills_to_ram",
    "cpu_only",
    "disk_offload",
    "does_not_fit",
)
# Which kind of fit or spill; "" when the verdict says it all.
DETAILS = (
    "",
    "tight",
    "kv_in_ram",
    "layers_in_ram",
    "experts_in_ram",
    "shared_memory_spill",
    "cpu_only",
    "disk_offload",
    "no_gpu",
)
CONTEXT_STEP_TOKENS = 256
# Windows' shared GPU memory is system RAM read over PCIe: decode is about ten times slower
# than from VRAM (what users report for a spilling model; the plan says "about").
SHARED_MEMORY_SLOWDOWN = 10


@dataclass(frozen=True, slots=True)
class Verdict:
    """The placement in codes: ``code`` (one of :data:`VERDICTS`), ``detail`` (one of
    :data:`DETAILS`) and the numbers a sentence about it needs, named by unit as a
    :class:`Note`'s are (``gpus``, ``needed_bytes``, ``likely_low_bytes``, ``decode_tps``...)."""

    code: VerdictCode
    detail: str = ""
    params: tuple[tuple[str, ParamValue], ...] = ()

    def __post_init__(self) -> None:
        if self.code not in VERDICTS:
            raise ValueError(f"verdict code must be one of {VERDICTS}, got {self.code!r}")
        if self.detail not in DETAILS:
            raise ValueError(f"verdict detail must be one of {DETAILS}, got {self.detail!r}")
        Note(f"verdict.{self.code}", self.params)  # the same checks as a note's parameters

    @property
    def args(self) -> dict[str, ParamValue]:
        """The parameters by name."""
        return dict(self.params)


@dataclass(frozen=True, slots=True)
class Alternative:
    """Another placement the llama.cpp solver found that fits, slower than the chosen one:
    ``-ngl gpu_layers``, ``--n-cpu-moe n_cpu_moe``, KV cache on the GPU or not (``-nkvo``)."""

    gpu_layers: int
    n_cpu_moe: int
    kv_offload: bool
    detail: str
    decode_tokens_per_s: float
    needed_gpu_bytes: int
    needed_ram_bytes: int


@dataclass(frozen=True, slots=True)
class Plan:
    """A placement decision for one model, format and workload on one machine."""

    estimate: Estimate
    outcome: Verdict
    headroom_bytes: int  # free GPU memory left (or RAM for CPU plans); negative when over
    max_context_tokens: int  # 0 when no context fits
    speed: Speed | None
    gpu_budget_bytes: tuple[int, ...]
    ram_budget_bytes: int
    gpu_band: Band
    ram_band: Band
    # llama.cpp with the placement left to the solver: the next fastest placements that fit,
    # fastest first, and why this one was chosen (note codes)
    alternatives: tuple[Alternative, ...] = ()
    placement_notes: tuple[Note, ...] = ()
    # llama.cpp over several GPUs with experts in RAM: the tensor split the solver chose, in
    # layers per GPU (``-ts``); empty when the plan uses the user's or llama.cpp's default split
    tensor_split: tuple[int, ...] = ()

    @property
    def verdict(self) -> VerdictCode:
        """The verdict code (``estimate --json``'s ``verdict``)."""
        return self.outcome.code

    @property
    def detail(self) -> str:
        """Which kind of fit or spill (``estimate --json``'s ``verdict_detail``)."""
        return self.outcome.detail

    @property
    def tokens_per_second(self) -> float | None:
        return self.speed.decode_tokens_per_s if self.speed else None

    @property
    def needed_ram_band(self) -> Band:
        """The likely range of the needed RAM (``ram_band`` is the resident RAM's: what a
        monitor shows, which the measure checks compare with)."""
        return _less(self.ram_band, self.estimate.reclaimable_ram_bytes)


def _ram_budget(hw: Hardware) -> int:
    return max(hw.ram_available_bytes - RAM_SAFETY_MARGIN_BYTES, 0)


def _gpu_over(fp: Footprint, budgets: Sequence[int]) -> int:
    """Bytes by which the worst GPU exceeds its budget (<= 0 when all fit)."""
    if not budgets:
        return 0
    return max(fp.gpu[i] - budgets[i] for i in range(len(fp.gpu)))


def _fits(fp: Footprint, budgets: Sequence[int], ram: int, *, allow_disk: bool) -> bool:
    if fp.gpu and _gpu_over(fp, budgets) > 0:
        return False
    need_ram = fp.ram
    if allow_disk:
        need_ram -= fp.ram_weights
    return need_ram <= ram


def _speed(est: Estimate, hw: Hardware, *, disk_bytes: int = 0, detail: bool = True) -> Speed:
    """The speed of a placement (core/speed.py), for the prompt the workload expects (None:
    half the context); ``detail`` False to rank placements (no assumptions worded)."""
    inputs = SpeedInputs(prompt_tokens=est.workload.prompt_tokens)
    return speed_of(est, hw, inputs, disk_bytes=disk_bytes, detail=detail)


def _max_context(
    build: _Builder,
    budgets: Sequence[int],
    ram: int,
    *,
    allow_disk: bool,
    cap: int,
    start: Footprint,
    context: int,
) -> int:
    """Largest context (a multiple of 256, at most ``cap``) that fits, solved from the memory
    slope in context tokens and then checked exactly: usually two or three footprints.
    ``start`` is the placement's footprint at ``context``."""
    step = CONTEXT_STEP_TOKENS

    def fits(fp: Footprint) -> bool:
        return _fits(fp, budgets, ram, allow_disk=allow_disk)

    def solve(fp: Footprint, ctx: int) -> int:
        # Slack on the tightest device divided by its memory per token: a linear solve that is
        # exact between the breakpoints of the padded and windowed terms.
        slacks = []
        for i, slope in enumerate(fp.gpu_slope):
            if slope > 0:
                slacks.append((budgets[i] - fp.gpu[i]) / slope)
        if fp.ram_slope > 0:
            need = fp.ram
            if allow_disk:
                need -= fp.ram_weights
            slacks.append((ram - need) / fp.ram_slope)
        if not slacks:
            return cap
        return max(step, min(cap, int(ctx + min(slacks)) // step * step))

    guess = solve(start, context)
    for _ in range(4):
        nxt = solve(build(guess), guess)
        if nxt == guess:
            break
        guess = nxt
    # The solve is linear; padding and windowed terms make it exact only up to a step or two.
    while guess > step and not fits(build(guess)):
        guess -= step
    if not fits(build(guess)):
        return 0
    while guess + step <= cap and fits(build(guess + step)):
        guess += step
    if guess < cap < guess + step and fits(build(cap)):
        guess = cap
    return guess


@lru_cache(maxsize=8192)
def _variant(wl: Workload, name: str, value: int | bool) -> Workload:
    """``wl`` with one setting changed: the solver tries the same few variants (another
    context, --n-cpu-moe N, -nkvo) for every cell, and a replaced workload is validated again,
    which costs a fifth of an estimate. Workloads are immutable, so one copy serves them all."""
    changes: dict[str, Any] = {name: value}
    return replace(wl, **changes)


class _Builder:
    """The footprint at another context with everything else fixed."""

    def __init__(self, setup: _Setup, wl: Workload, n_gpus: int, gpu_layers: int | None):
        self.setup, self.wl, self.n_gpus, self.gpu_layers = setup, wl, n_gpus, gpu_layers
        self._memo: dict[int, Footprint] = {}

    def __call__(self, ctx: int) -> Footprint:
        fp = self._memo.get(ctx)
        if fp is None:
            s = self.setup
            fp = self._memo[ctx] = s.footprint(
                _variant(self.wl, "context_tokens", ctx), self.n_gpus, self.gpu_layers, s.split
            )
        return fp


class _Place(NamedTuple):
    """A placement the solver tries, and its footprint: ``-ngl``, the workload (the experts'
    and the cache's place) and the tensor split."""

    ngl: int
    wl: Workload
    split: tuple[float, ...] | None
    fp: Footprint


@dataclass(frozen=True, slots=True)
class _Setup:
    """One planning question: the model, the workload, the machine and its budgets."""

    spec: ModelSpec
    fmt: WeightFormat
    wl: Workload
    hw: Hardware
    budgets: tuple[int, ...]  # free bytes per GPU
    ram: int  # usable system RAM
    layout: WeightLayout  # a real file's weights, or the predicted ones
    split: tuple[float, ...] | None  # llama.cpp's tensor split: -ts, else by free memory
    # whether the user gave the split (-ts): the solver then never chooses another
    split_given: bool = False
    # The estimates already built for this question, by -ngl, workload and split (shared by
    # the setups ``replace`` derives, which differ in the workload, the split or the budgets,
    # never in what an estimate depends on besides its key): the searches come back to the
    # same placement (a bisection's last probe is its answer, the most GPU layers are built
    # again).
    built: dict[tuple[int | None, Workload, tuple[float, ...] | None], Estimate] = field(
        default_factory=dict, compare=False, repr=False
    )
    # the footprints the searches tried, by the same key (shared the same way)
    probed: dict[tuple[int, Workload, tuple[float, ...] | None], _Place] = field(
        default_factory=dict, compare=False, repr=False
    )
    # llama.cpp's memory at any placement, by workload (core/runtimes/llamacpp/footprint.py)
    models: dict[Workload, FootprintModel] = field(default_factory=dict, compare=False, repr=False)

    def place(
        self, ngl: int, wl: Workload | None = None, split: tuple[float, ...] | None = None
    ) -> _Place:
        """The llama.cpp placement ``-ngl ngl`` (workload and split as in :meth:`build`) with
        its footprint, not its estimate: what the searches compare."""
        work = self.wl if wl is None else wl
        gpu_split = self.split if split is None else split
        key = (ngl, work, gpu_split)
        hit = self.probed.get(key)
        if hit is None:
            fp = self.footprint(work, len(self.hw.gpus), ngl, gpu_split)
            hit = self.probed[key] = _Place(ngl, work, gpu_split, fp)
        return hit

    def realize(self, p: _Place) -> Estimate:
        """The full estimate of a placement the search keeps."""
        return self.build(p.ngl, p.wl, p.split)

    def footprint(
        self, wl: Workload, n_gpus: int, ngl: int | None, split: tuple[float, ...] | None
    ) -> Footprint:
        """``footprint_of(estimate(...))`` with these arguments: computed without the terms for
        llama.cpp (the arguments applied as :func:`~.api.estimate` applies them), from the full
        estimate for the other runtimes and for a run that loads an image encoder."""
        spec = self.spec
        if wl.runtime == "llama.cpp" and not loads_tower(spec, wl):
            gpu_split = split if split else (1.0,) * max(n_gpus, 1)
            layers = (spec.n_layers + 1 if ngl is None else ngl) if n_gpus else 0
            cpu = DEFAULT_CPU if self.hw.cpu is None else self.hw.cpu
            model = self.models.get(wl)
            if model is None:
                # one model serves every --n-cpu-moe and -nkvo of a workload
                base = wl
                if wl.n_cpu_moe or not wl.kv_offload:
                    base = _variant(_variant(wl, "n_cpu_moe", 0), "kv_offload", True)
                model = self.models.get(base)
                if model is None:
                    model = self.models[base] = FootprintModel(spec, self.layout, base, cpu)
                self.models[wl] = model
            assist = n_gpus > 0 and layers == 0 and cpu != "apple"
            return model(
                layers, gpu_split, assist, n_cpu_moe=wl.n_cpu_moe, kv_offload=wl.kv_offload
            )
        return footprint_of(
            estimate(
                spec,
                self.fmt,
                wl,
                n_gpus=n_gpus,
                gpu_layers=ngl,
                gpu_split=split,
                layout=self.layout,
                cpu=self.hw.cpu,
            )
        )

    def build(
        self, ngl: int | None, wl: Workload | None = None, split: tuple[float, ...] | None = None
    ) -> Estimate:
        """The estimate with ``-ngl`` ``ngl`` (llama.cpp; the other runtimes use every GPU),
        with the setup's tensor split unless another is given."""
        work = self.wl if wl is None else wl
        gpu_split = self.split if split is None else split
        key = (ngl, work, gpu_split)
        est = self.built.get(key)
        if est is not None:
            return est
        if self.wl.runtime == "llama.cpp":
            n_gpus = len(self.hw.gpus)
        else:
            n_gpus, ngl = max(len(self.hw.gpus), 1), None
        est = self.built[key] = estimate(
            self.spec,
            self.fmt,
            work,
            n_gpus=n_gpus,
            gpu_layers=ngl,
            gpu_split=gpu_split,
            layout=self.layout,
            cpu=self.hw.cpu,
        )
        return est


def _setup(
    spec: ModelSpec,
    fmt: WeightFormat,
    workload: Workload,
    hardware: Hardware,
    layout: WeightLayout | None,
    tensor_split: Sequence[float] | None,
) -> _Setup:
    """The planning question: budgets per GPU and in RAM, and the tensor split."""
    budgets = tuple(g.free_bytes for g in hardware.gpus)
    split: tuple[float, ...] | None = tuple(max(b, 1) for b in budgets) or None
    given = False
    if tensor_split and hardware.gpus:
        if len(tensor_split) != len(hardware.gpus) or not all(x > 0 for x in tensor_split):
            raise SpecError(
                "plan.tensor_split",
                value=",".join(f"{x:g}" for x in tensor_split),
                gpus=len(hardware.gpus),
            )
        split = tuple(tensor_split)
        given = True
    if layout is None:
        # the predicted layout once per question, not looked up again in every estimate (the
        # runtime's formats checked first, as the estimate would)
        check_runtime_format(workload.runtime, fmt)
        layout = layout_for(spec, fmt, workload.runtime)
    return _Setup(
        spec,
        fmt,
        workload,
        hardware,
        budgets,
        _ram_budget(hardware),
        layout,
        split,
        given,
    )


def plan(
    spec: ModelSpec,
    fmt: WeightFormat,
    workload: Workload,
    hardware: Hardware,
    *,
    gpu_layers: int | None = None,
    layout: WeightLayout | None = None,
    tensor_split: Sequence[float] | None = None,
) -> Plan:
    """Place the model on ``hardware``: ``gpu_layers`` None lets the solver choose (llama.cpp),
    an integer fixes ``-ngl`` and the verdict says whether that fits. ``tensor_split`` is
    llama.cpp's ``-ts``: one positive proportion per GPU (None: by free memory, as llama.cpp
    splits without it)."""
    setup = _setup(spec, fmt, workload, hardware, layout, tensor_split)
    if workload.runtime != "llama.cpp":
        return _plan_all_on_gpu(setup)
    if gpu_layers is not None or not hardware.gpus:
        return _classify_fixed(setup, setup.build(gpu_layers if hardware.gpus else 0))
    if workload.n_cpu_moe:
        # auto chooses the experts' place too: a given --n-cpu-moe applies to a fixed -ngl
        setup = replace(setup, wl=replace(workload, n_cpu_moe=0))
    return _plan_llamacpp(setup)


def _plan_all_on_gpu(s: _Setup) -> Plan:
    """transformers and vLLM: everything on the GPU(s), or the Windows driver's spill."""
    est = s.build(None)
    if not s.hw.gpus:
        return _finish(s, est, "does_not_fit", "no_gpu")
    if s.wl.runtime == "vllm":
        # vLLM reserves its whole budget at start: util x total must be free, and the
        # minimum the workload needs must fit in that budget.
        reserve = tuple(int(g.total_bytes * s.wl.gpu_memory_utilization) for g in s.hw.gpus)
        fits = all(
            est.device_bytes(gpu_device(i)) <= reserve[i] <= s.budgets[i]
            for i in range(len(s.hw.gpus))
        )
        return _finish(replace(s, budgets=reserve), est, "fits_gpu" if fits else "does_not_fit")
    if _gpu_over(footprint_of(est), s.budgets) <= 0:
        return _finish(s, est, "fits_gpu")
    if s.hw.shared_memory_spill and est.peak_gpu_bytes <= s.hw.gpu_free_bytes + s.ram // 2:
        return _finish(s, est, "spills_to_ram", "shared_memory_spill")
    return _finish(s, est, "does_not_fit")


def _plan_llamacpp(s: _Setup) -> Plan:
    """llama.cpp with the placement left to the solver (``auto``, as llama.cpp's own ``--fit``):
    everything on the GPUs when it fits, else the fastest predicted decode among the placements
    that fit: the most GPU layers, the KV cache in RAM (``-nkvo``), and for MoE models the
    fewest layers' experts in RAM (``--n-cpu-moe N``, or all of them with the most GPU layers
    that then fit), with the cache on or off the GPU."""
    n_layer = s.spec.n_layers
    full = s.place(n_layer + 1)
    if _fits(full.fp, s.budgets, s.ram, allow_disk=False):
        if not s.wl.kv_offload:  # -nkvo given: every layer on the GPU, the cache in RAM
            return _finish(s, s.realize(full), "spills_to_ram", "kv_in_ram", full.fp)
        return _finish(s, s.realize(full), "fits_gpu", fp=full.fp)
    # the searches compared footprints: the full estimates of the placements that fit only
    usable = [(s.realize(p), d, split, p.fp) for p, d, split in _spills_that_fit(s, full)]
    if usable:
        ranked = sorted(
            (
                (_speed(e, s.hw, detail=False).decode_tokens_per_s, i, e, d, split, fp)
                for i, (e, d, split, fp) in enumerate(usable)
            ),
            key=lambda r: (-r[0], r[1]),
        )
        tps, _, best, detail, split, best_fp = ranked[0]
        others = [_alternative(e, d, t) for t, _, e, d, _, _ in ranked[1:]]
        alternatives = tuple(_distinct(others, best))[:2]
        why = Note.of(
            "placement.fastest_that_fits" if len(usable) > 1 else "placement.only_one_fits",
            decode_tps=tps,
            candidates=len(usable),
        )
        if split:  # the largest context is solved with the split the plan uses
            chosen = _finish(
                replace(s, split=tuple(map(float, split))), best, "spills_to_ram", detail, best_fp
            )
        else:
            chosen = _finish(s, best, "spills_to_ram", detail, best_fp)
        return replace(
            chosen, alternatives=alternatives, placement_notes=(why,), tensor_split=split
        )
    return _classify_fixed(s, s.build(0), s.place(0).fp)


# A partial placement that fits: the placement, its verdict detail, and the tensor split in
# layers per GPU when the solver chose one (empty: the setup's split).
_Candidate = tuple[_Place, str, tuple[int, ...]]


def _spills_that_fit(s: _Setup, full: _Place) -> list[_Candidate]:
    """The partial placements that fit when everything on the GPUs (``full``) does not: the most
    GPU layers, the KV cache in RAM, and for MoE models experts in RAM (with the cache on or off
    the GPU; over several GPUs with the split chosen too); each with its verdict detail."""
    n_layer = s.spec.n_layers
    lo = _most_gpu_layers(s, full.fp)
    candidates: list[_Candidate] = []
    if lo > 0:
        candidates.append((s.place(lo), "layers_in_ram", ()))
    no_kv = _variant(s.wl, "kv_offload", False) if s.wl.kv_offload else None
    kv_ram = s.place(n_layer + 1, no_kv)
    if _gpu_over(kv_ram.fp, s.budgets) <= 0:
        candidates.append((kv_ram, "kv_in_ram", ()))
    if s.spec.is_moe:
        on_gpu = _expert_placements(s, full.fp)
        candidates += [(e, d, ()) for e, d in on_gpu]
        off_gpu = _expert_placements(s, kv_ram.fp, no_kv) if no_kv is not None else []
        candidates += [(e, d, ()) for e, d in off_gpu]
        if len(s.hw.gpus) > 1 and not s.split_given:
            # the cache in RAM only when no split fits with it on the GPUs (a search is some
            # twenty footprints, and the cache's attention on the CPU is the slower placement)
            split = _split_expert_placements(s, full.fp, s.wl, on_gpu)
            if no_kv is not None and not any(
                _fits(c[0].fp, s.budgets, s.ram, allow_disk=False) for c in split
            ):
                split += _split_expert_placements(s, kv_ram.fp, no_kv, off_gpu)
            candidates += split
    return [c for c in candidates if _fits(c[0].fp, s.budgets, s.ram, allow_disk=False)]


def _split_expert_placements(
    s: _Setup, start: Footprint, wl: Workload, by_free: list[tuple[_Place, str]]
) -> list[_Candidate]:
    """Experts in RAM over several GPUs with the tensor split chosen as well (no -ts given).
    ``--n-cpu-moe N`` keeps the experts of the first N layers in RAM, and those are the first
    GPU's layers, so the split by free memory leaves that GPU part empty while the others
    overflow. Every layer stays on the GPUs; for the smallest N where some split fits, each GPU
    but the last takes as many layers as fit on it, in order, and the last takes the rest (a
    GPU's memory only grows with its layers, so this fill leaves the last GPU the fewest, and
    no other split fits at an N this one misses). ``start`` is the placement with no experts in
    RAM and ``by_free`` what the split by free memory found (:func:`_expert_placements`): its N
    bounds the search, which starts where the summed GPU memory meets the summed budgets."""
    n_layer, n_gpus = s.spec.n_layers, len(s.hw.gpus)
    # each GPU's last layer count, the next fill's first guess (the split by free memory first)
    total = sum(s.split or (1.0,))
    share = [0] * n_gpus
    for g in range(n_gpus):
        share[g] = round(n_layer * (s.split[g] if s.split else 1.0) / total)

    def build(n: int, counts: tuple[int, ...]) -> _Place:
        return s.place(n_layer + 1, _variant(wl, "n_cpu_moe", n), tuple(map(float, counts)))

    def fill(n: int) -> tuple[_Place, tuple[int, ...]] | None:
        counts: tuple[int, ...] = ()
        for g in range(n_gpus - 1):
            rest = n_layer - sum(counts)
            pad = (0,) * (n_gpus - g - 2)

            def over(c: int, g: int = g, rest: int = rest, pad: tuple[int, ...] = pad) -> bool:
                p = build(n, (*counts, c, rest - c, *pad))  # noqa: B023 (used at once)
                return p.fp.gpu[g] > s.budgets[g]

            if over(0):
                return None
            # the most layers that fit: one less than the fewest that do not (rest + 1: none)
            most = _first_fit(over, rest + 1, min(share[g], rest) + 1) - 1
            share[g] = most
            counts = (*counts, most)
        counts = (*counts, n_layer - sum(counts))
        p = build(n, counts)
        return (p, counts) if _gpu_over(p.fp, s.budgets) <= 0 else None

    hi = n_layer
    if by_free and by_free[0][0].fp.gpu_layers == n_layer + 1:
        # the split by free memory fits at its N, so the fill does too (or at fewer)
        hi = min(by_free[0][0].wl.n_cpu_moe, n_layer)
    last = fill(hi)
    if last is None and hi < n_layer:
        hi = n_layer
        last = fill(hi)
    if last is None or not last[0].fp.experts_ram_layers:
        return []
    every = build(n_layer, last[1]).fp
    held = sum(start.gpu[g] for g in range(n_gpus))
    need = held - sum(s.budgets)
    freed = held - sum(every.gpu[g] for g in range(n_gpus))
    guess = math.ceil(need * n_layer / freed) if need > 0 and freed > 0 else 1
    n = _first_fit(lambda k: fill(k) is not None, hi, guess)
    found = fill(n)
    if found is None:  # not monotone after all: keep what fits at the bound
        found = last
    p, counts = found
    return [(p, "experts_in_ram", counts)]


def _fits_somewhere(s: _Setup) -> bool:
    """Whether the solver finds a placement that fits without streaming from disk: everything
    on the GPUs, a partial placement, or the CPU."""
    full = s.place(s.spec.n_layers + 1)
    if _fits(full.fp, s.budgets, s.ram, allow_disk=False):
        return True
    if _spills_that_fit(s, full):
        return True
    return _fits(s.place(0).fp, s.budgets, s.ram, allow_disk=False)


def largest_contexts(
    spec: ModelSpec,
    fmt: WeightFormat,
    workload: Workload,
    hardware: Hardware,
    *,
    layout: WeightLayout | None = None,
    tensor_split: Sequence[float] | None = None,
) -> tuple[int, int]:
    """The two "largest context" figures of llama.cpp on ``hardware`` (multiples of 256, at most
    the model's native context; 0 when none fits):

    * the largest context that fits when the placement is chosen again for that context (GPU
      layers, KV cache, experts in RAM, or the CPU; never streaming from disk);
    * the largest context with everything on the GPUs (every layer, the cache, no experts in
      RAM).

    A search over the context (each step a solver run without its speed and bands), so it is
    meant for one estimate, not for every cell of a table."""
    s = _setup(spec, fmt, workload, hardware, layout, tensor_split)
    cap = spec.max_context_tokens
    step = CONTEXT_STEP_TOKENS
    n_layer = spec.n_layers
    on_gpu = replace(workload, kv_offload=True, n_cpu_moe=0)
    all_gpu = 0
    if hardware.gpus:
        all_gpu = _max_context(
            _Builder(s, on_gpu, len(hardware.gpus), n_layer + 1),
            s.budgets,
            s.ram,
            allow_disk=False,
            cap=cap,
            start=s.place(n_layer + 1, on_gpu).fp,
            context=on_gpu.context_tokens,
        )

    def feasible(ctx: int) -> bool:
        wl = replace(workload, context_tokens=ctx, n_cpu_moe=0)  # the solver places experts
        return _fits_somewhere(replace(s, wl=wl))

    # the contexts that fit form a prefix: bisect on multiples of the step
    lo = max(all_gpu // step, 0)  # known to fit (0: nothing known yet)
    hi = cap // step + 1  # known not to fit (past the cap)
    if feasible(cap):
        return cap, all_gpu
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if feasible(mid * step):
            lo = mid
        else:
            hi = mid
    return lo * step, all_gpu


def _expert_placements(
    s: _Setup, start: Footprint, wl: Workload | None = None
) -> list[tuple[_Place, str]]:
    """MoE placements with experts in RAM, from ``start`` (every layer on the GPUs): the
    smallest ``--n-cpu-moe N`` whose GPU part fits (GPU memory only falls as N grows, so a
    bisection), else all experts in RAM with the most GPU layers that then fit."""
    base = s.wl if wl is None else wl
    n_layer = s.spec.n_layers

    def build(ngl: int, n: int) -> _Place:
        return s.place(ngl, _variant(base, "n_cpu_moe", n))

    every = build(n_layer + 1, n_layer)
    if not every.fp.experts_ram_layers:
        return []  # no routed-expert tensors in this layout
    detail = "experts_in_ram"
    over_every = _gpu_over(every.fp, s.budgets)
    if over_every <= 0:
        over_start = _gpu_over(start, s.budgets)
        if over_start <= 0:
            return []
        # over at 0 (start), fits at n_layer; GPU memory falls by about one layer's experts per
        # step of N, so start from the straight line between the two ends
        guess = math.ceil(over_start * n_layer / (over_start - over_every))
        hi = _first_fit(
            lambda n: _gpu_over(build(n_layer + 1, n).fp, s.budgets) <= 0, n_layer, guess
        )
        fewest = build(n_layer + 1, hi)
        return [(fewest, detail)] if hi < n_layer else [(every, detail)]
    # all experts in RAM and still too big: fewer GPU layers as well
    lo = _most_gpu_layers(s, every.fp, lambda ngl: build(ngl, n_layer).fp)
    return [(build(lo, n_layer), detail)] if lo > 0 else []


def _first_fit(fits: Callable[[int], bool], hi: int, guess: int) -> int:
    """The smallest ``n`` in ``1..hi`` with ``fits(n)``, where ``fits`` is monotone, false at 0
    and true at ``hi``: the same answer as a bisection of ``0..hi``, found by checking ``guess``
    and its neighbour first (two checks when the guess is right), then bisecting what is left."""
    lo = 0  # does not fit at lo, fits at hi
    for n in (guess, guess - 1, guess + 1):
        if lo < n < hi:
            if fits(n):
                hi = n
            else:
                lo = n
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if fits(mid):
            hi = mid
        else:
            lo = mid
    return hi


def _alternative(est: Estimate, detail: str, tps: float) -> Alternative:
    wl = est.workload
    return Alternative(
        gpu_layers=est.gpu_layers,
        n_cpu_moe=min(wl.n_cpu_moe, est.model.n_layers) if est.experts_ram_layers else 0,
        kv_offload=wl.kv_offload,
        detail=detail,
        decode_tokens_per_s=tps,
        needed_gpu_bytes=est.needed_gpu_bytes,
        needed_ram_bytes=est.needed_ram_bytes,
    )


def _distinct(alts: list[Alternative], best: Estimate) -> list[Alternative]:
    """``alts`` without repeats of one placement (or of the chosen one)."""
    chosen = _alternative(best, "", 0.0)
    seen = {(chosen.gpu_layers, chosen.n_cpu_moe, chosen.kv_offload)}
    out = []
    for a in alts:
        key = (a.gpu_layers, a.n_cpu_moe, a.kv_offload)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def _most_gpu_layers(
    s: _Setup, full: Footprint, build: Callable[[int], Footprint] | None = None
) -> int:
    """Largest -ngl whose GPU part fits (0 when not even one does). GPU memory grows by about
    one layer's weights and cache per step, so interpolate between one layer and all of them,
    then check and step. ``build`` gives the footprint of an -ngl (default: the setup's)."""
    make = (lambda ngl: s.place(ngl).fp) if build is None else build
    n_layer = s.spec.n_layers
    over_full = _gpu_over(full, s.budgets)
    over_one = _gpu_over(make(1), s.budgets)
    if over_one > 0:
        return 0
    per_layer = max((over_full - over_one) / n_layer, 1.0)
    lo = min(n_layer, 1 + int(-over_one / per_layer))
    while lo > 1 and _gpu_over(make(lo), s.budgets) > 0:
        lo -= 1
    while lo < n_layer and _gpu_over(make(lo + 1), s.budgets) <= 0:
        lo += 1
    return lo


def _classify_fixed(s: _Setup, est: Estimate, fp: Footprint | None = None) -> Plan:
    """The verdict for a placement already chosen (a fixed -ngl, or the CPU); ``fp`` is its
    footprint when the search has it."""
    ngl = est.gpu_layers
    # -ngl 0 beside a GPU is still a CPU run: the GPU only helps with the prompt (its compute
    # buffer must fit all the same, which _fits checks)
    on_cpu_only = est.n_gpus == 0 or (est.gpu_layers == 0 and s.wl.runtime == "llama.cpp")
    if fp is None:
        fp = footprint_of(est)
    if _fits(fp, s.budgets, s.ram, allow_disk=False):
        if on_cpu_only:
            return _finish(s, est, "cpu_only", "cpu_only", fp)
        if ngl >= s.spec.n_layers + 1 and s.wl.kv_offload and not est.experts_ram_layers:
            return _finish(s, est, "fits_gpu", fp=fp)
        detail = "layers_in_ram" if ngl < s.spec.n_layers + 1 else "kv_in_ram"
        if est.experts_ram_layers:
            detail = "experts_in_ram"
        return _finish(s, est, "spills_to_ram", detail, fp)
    gpu_ok = est.n_gpus == 0 or _gpu_over(fp, s.budgets) <= 0
    if gpu_ok and s.wl.mmap and _fits(fp, s.budgets, s.ram, allow_disk=True):
        return _finish(s, est, "disk_offload", "disk_offload", fp)
    if not gpu_ok and s.hw.shared_memory_spill:
        return _finish(s, est, "spills_to_ram", "shared_memory_spill", fp)
    return _finish(s, est, "does_not_fit", fp=fp)


def _finish(
    s: _Setup,
    est: Estimate,
    verdict: VerdictCode,
    detail: str = "",
    fp: Footprint | None = None,
) -> Plan:
    """The plan for a chosen placement: headroom, largest context, bands and speed (``fp``: its
    footprint, when the search has it)."""
    budgets, ram, wl = s.budgets, s.ram, s.wl
    allow_disk = verdict == "disk_offload"
    if fp is None:
        fp = footprint_of(est)
    if est.n_gpus and verdict != "cpu_only":
        headroom = -_gpu_over(fp, budgets) if budgets else 0
    else:
        headroom = ram - est.needed_ram_bytes
    ngl: int | None = None
    if wl.runtime == "llama.cpp":
        ngl = est.gpu_layers
        if wl.kv_offload and not est.workload.kv_offload:
            # only then does the workload change: a replace re-validates it (once per plan)
            wl = replace(wl, kv_offload=False)
        if wl.n_cpu_moe != est.workload.n_cpu_moe:
            wl = replace(wl, n_cpu_moe=est.workload.n_cpu_moe)
    if verdict in ("does_not_fit", "disk_offload") or detail == "shared_memory_spill":
        # streaming weights from disk is no way to use a context: no figure for it (issue 12)
        max_ctx = 0
    else:
        max_ctx = _max_context(
            _Builder(s, wl, est.n_gpus, ngl),
            budgets,
            ram,
            allow_disk=allow_disk,
            cap=s.spec.max_context_tokens,
            start=fp,
            context=est.workload.context_tokens,
        )
    gpu_band = band_of(est, "gpu")
    ram_band = band_of(est, DEVICE_RAM)
    if verdict == "fits_gpu" and any(
        not band_of(est, gpu_device(i)).fits(budgets[i]) for i in range(est.n_gpus)
    ):
        # The estimate fits but its upper edge does not: say so rather than promise a fit.
        detail = "tight"
    disk = est.term("weights", DEVICE_RAM) if allow_disk else 0
    speed = _speed(est, s.hw, disk_bytes=disk) if verdict != "does_not_fit" else None
    if speed and detail == "shared_memory_spill":
        speed = speed.scaled(
            SHARED_MEMORY_SLOWDOWN,
            Note.of("speed.shared_memory", slowdown=SHARED_MEMORY_SLOWDOWN),
        )
    # The CPU sentence speaks of the needed RAM: its band, without the reclaimable pages.
    band = _less(ram_band, est.reclaimable_ram_bytes) if verdict == "cpu_only" else gpu_band
    return Plan(
        estimate=est,
        outcome=_outcome(est, verdict, detail, headroom, speed, s.hw, band),
        headroom_bytes=headroom,
        max_context_tokens=max_ctx,
        speed=speed,
        gpu_budget_bytes=budgets,
        ram_budget_bytes=ram,
        gpu_band=gpu_band,
        ram_band=ram_band,
    )


def _less(band: Band, n_bytes: int) -> Band:
    """``band`` moved down by ``n_bytes`` of an exact amount (reclaimable mapped pages)."""
    if not n_bytes:
        return band
    return Band(band.low_bytes - n_bytes, band.central_bytes - n_bytes, band.high_bytes - n_bytes)


def _outcome(
    est: Estimate,
    verdict: VerdictCode,
    detail: str,
    headroom: int,
    speed: Speed | None,
    hw: Hardware,
    band: Band,
) -> Verdict:
    """The verdict with the numbers its sentence needs ("" gpus: the sentence says "this
    machine"); ``band`` is the likely range of the memory the verdict is about."""
    params: dict[str, ParamValue] = {}
    gpus = " + ".join(g.name for g in hw.gpus)
    likely = {"likely_low_bytes": band.low_bytes, "likely_high_bytes": band.high_bytes}
    if verdict == "fits_gpu" and detail == "tight":
        params.update(gpus=gpus, needed_bytes=est.peak_gpu_bytes, **likely)
        params["free_bytes"] = est.peak_gpu_bytes + headroom
    elif verdict == "fits_gpu":
        params.update(gpus=gpus, spare_bytes=headroom, **likely)
    elif detail == "layers_in_ram":
        # Counted as -ngl counts (the output layer is one of n_layers + 1 slots), the number
        # the user types and the window's "GPU layers" line shows (issue 12: one convention).
        params.update(gpu_layers=est.gpu_layers, layer_slots=est.model.n_layers + 1, gpus=gpus)
    elif detail == "experts_in_ram":
        params.update(
            gpu_layers=est.gpu_layers,
            layer_slots=est.model.n_layers + 1,
            gpus=gpus,
            expert_layers=est.experts_ram_layers,
        )
    elif detail == "kv_in_ram":
        params.update(gpus=gpus)
    elif verdict == "cpu_only":
        params.update(needed_bytes=est.needed_ram_bytes, **likely)
    elif verdict == "does_not_fit":
        need = est.needed_gpu_bytes if est.n_gpus else est.needed_ram_bytes
        params.update(needed_bytes=need, over_bytes=-headroom)
    if speed is not None:
        params["decode_tps"] = speed.decode_tokens_per_s
    return Verdict(verdict, detail, tuple(params.items()))
