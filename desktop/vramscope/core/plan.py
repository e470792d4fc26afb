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

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from .api import estimate
from .band import Band, band_of
from .constants import (
    DECODE_EFFICIENCY_CPU,
    DECODE_EFFICIENCY_GPU,
    DECODE_EFFICIENCY_UNIFIED,
    DECODE_FIXED_SECONDS_PER_TOKEN,
    DEFAULT_DISK_READ_BANDWIDTH,
    DEFAULT_GPU_BANDWIDTH,
    DEFAULT_RAM_BANDWIDTH,
    PREFILL_MFU,
    RAM_SAFETY_MARGIN_BYTES,
)
from .estimate import DEVICE_RAM, Estimate, gpu_device
from .formats import WeightFormat
from .hardware import Hardware
from .model import ModelSpec
from .notes import Note, ParamValue
from .weights import WeightLayout
from .workload import Workload

__all__ = ["DETAILS", "VERDICTS", "Plan", "Speed", "Verdict", "VerdictCode", "plan"]

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
class Speed:
    """Expected decode and prefill speed, with the assumptions used (as note codes)."""

    decode_tokens_per_s: float
    prefill_tokens_per_s: float | None
    assumptions: tuple[Note, ...]


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


def _gpu_over(est: Estimate, budgets: Sequence[int]) -> int:
    """Bytes by which the worst GPU exceeds its budget (<= 0 when all fit)."""
    if not budgets:
        return 0
    return max(est.device_bytes(gpu_device(i)) - budgets[i] for i in range(est.n_gpus))


def _fits(est: Estimate, budgets: Sequence[int], ram: int, *, allow_disk: bool) -> bool:
    if est.n_gpus and _gpu_over(est, budgets) > 0:
        return False
    need_ram = est.needed_ram_bytes
    if allow_disk:
        need_ram -= est.term("weights", DEVICE_RAM)
    return need_ram <= ram


def _speed(est: Estimate, hw: Hardware, *, disk_bytes: int = 0) -> Speed:
    assumptions = []
    seconds = DECODE_FIXED_SECONDS_PER_TOKEN
    for dev, n_bytes in est.read_bytes_per_token:
        if n_bytes == 0:
            continue
        if dev == DEVICE_RAM:
            bw = hw.ram_bandwidth_bytes_per_s or DEFAULT_RAM_BANDWIDTH
            eff = DECODE_EFFICIENCY_CPU
            assumptions.append(Note.of("speed.ram", bandwidth_bps=bw, efficiency_fraction=eff))
        else:
            g = hw.gpus[int(dev[3:])] if int(dev[3:]) < len(hw.gpus) else None
            bw = (g.bandwidth_bytes_per_s if g else 0) or DEFAULT_GPU_BANDWIDTH
            eff = DECODE_EFFICIENCY_UNIFIED if g and g.unified_memory else DECODE_EFFICIENCY_GPU
            assumptions.append(
                Note.of(
                    "speed.gpu", gpu=g.name if g else dev, bandwidth_bps=bw, efficiency_fraction=eff
                )
            )
        seconds += n_bytes / (bw * eff)
    if disk_bytes:
        disk = hw.disk_read_bytes_per_s or DEFAULT_DISK_READ_BANDWIDTH
        seconds += disk_bytes / disk
        assumptions.append(Note.of("speed.disk", streamed_bytes=disk_bytes, disk_bps=disk))
    assumptions.append(
        Note.of("speed.fixed_cost", fixed_ms=round(DECODE_FIXED_SECONDS_PER_TOKEN * 1000))
    )
    flops = sum(g.fp16_flops_per_s for g in hw.gpus) if est.n_gpus else hw.cpu_flops_per_s
    prefill = None
    if flops:
        prefill = PREFILL_MFU * flops / (2 * max(est.params_active, 1))
        assumptions.append(
            Note.of("speed.prefill", mfu_fraction=PREFILL_MFU, compute_tflops=round(flops / 1e12))
        )
    return Speed(1.0 / seconds, prefill, tuple(assumptions))


def _max_context(
    build: _Builder,
    budgets: Sequence[int],
    ram: int,
    *,
    allow_disk: bool,
    cap: int,
    start: Estimate,
) -> int:
    """Largest context (a multiple of 256, at most ``cap``) that fits, solved from the memory
    slope in context tokens and then checked exactly: usually two or three estimates."""
    step = CONTEXT_STEP_TOKENS

    def fits(est: Estimate) -> bool:
        return _fits(est, budgets, ram, allow_disk=allow_disk)

    def solve(est: Estimate, ctx: int) -> int:
        # Slack on the tightest device divided by its memory per token: a linear solve that is
        # exact between the breakpoints of the padded and windowed terms.
        slacks = []
        for i in range(est.n_gpus):
            dev = gpu_device(i)
            slope = sum(t.per_token_bytes for t in est.terms if t.device == dev)
            if slope > 0:
                slacks.append((budgets[i] - est.device_bytes(dev)) / slope)
        ram_slope = est.ram_per_token_bytes
        if ram_slope > 0:
            need = est.needed_ram_bytes
            if allow_disk:
                need -= est.term("weights", DEVICE_RAM)
            slacks.append((ram - need) / ram_slope)
        if not slacks:
            return cap
        return max(step, min(cap, int(ctx + min(slacks)) // step * step))

    guess = solve(start, start.workload.context_tokens)
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


class _Builder:
    """Rebuilds the estimate at another context with everything else fixed."""

    def __init__(self, setup: _Setup, wl: Workload, n_gpus: int, gpu_layers: int | None):
        self.setup, self.wl, self.n_gpus, self.gpu_layers = setup, wl, n_gpus, gpu_layers
        self._memo: dict[int, Estimate] = {}

    def __call__(self, ctx: int) -> Estimate:
        est = self._memo.get(ctx)
        if est is None:
            s = self.setup
            est = self._memo[ctx] = estimate(
                s.spec,
                s.fmt,
                replace(self.wl, context_tokens=ctx),
                n_gpus=self.n_gpus,
                gpu_layers=self.gpu_layers,
                gpu_split=s.split,
                layout=s.layout,
            )
        return est


@dataclass(frozen=True, slots=True)
class _Setup:
    """One planning question: the model, the workload, the machine and its budgets."""

    spec: ModelSpec
    fmt: WeightFormat
    wl: Workload
    hw: Hardware
    budgets: tuple[int, ...]  # free bytes per GPU
    ram: int  # usable system RAM
    layout: WeightLayout | None  # a real file's weights instead of the predicted ones
    split: tuple[int, ...] | None  # llama.cpp's tensor split, by free memory

    def build(self, ngl: int | None, wl: Workload | None = None) -> Estimate:
        """The estimate with ``-ngl`` ``ngl`` (llama.cpp; the other runtimes use every GPU)."""
        if self.wl.runtime == "llama.cpp":
            n_gpus = len(self.hw.gpus)
        else:
            n_gpus, ngl = max(len(self.hw.gpus), 1), None
        return estimate(
            self.spec,
            self.fmt,
            self.wl if wl is None else wl,
            n_gpus=n_gpus,
            gpu_layers=ngl,
            gpu_split=self.split,
            layout=self.layout,
        )


def plan(
    spec: ModelSpec,
    fmt: WeightFormat,
    workload: Workload,
    hardware: Hardware,
    *,
    gpu_layers: int | None = None,
    layout: WeightLayout | None = None,
) -> Plan:
    """Place the model on ``hardware``: ``gpu_layers`` None lets the solver choose (llama.cpp),
    an integer fixes ``-ngl`` and the verdict says whether that fits."""
    budgets = tuple(g.free_bytes for g in hardware.gpus)
    split = tuple(max(b, 1) for b in budgets) or None
    setup = _Setup(
        spec,
        fmt,
        workload,
        hardware,
        budgets,
        _ram_budget(hardware),
        layout,
        split,
    )
    if workload.runtime != "llama.cpp":
        return _plan_all_on_gpu(setup)
    if gpu_layers is not None or not hardware.gpus:
        return _classify_fixed(setup, setup.build(gpu_layers if hardware.gpus else 0))
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
    if _gpu_over(est, s.budgets) <= 0:
        return _finish(s, est, "fits_gpu")
    if s.hw.shared_memory_spill and est.peak_gpu_bytes <= s.hw.gpu_free_bytes + s.ram // 2:
        return _finish(s, est, "spills_to_ram", "shared_memory_spill")
    return _finish(s, est, "does_not_fit")


def _plan_llamacpp(s: _Setup) -> Plan:
    """llama.cpp with the offload left to the solver: all layers, else the fastest spill."""
    n_layer = s.spec.n_layers
    full = s.build(n_layer + 1)
    if _fits(full, s.budgets, s.ram, allow_disk=False):
        return _finish(s, full, "fits_gpu")
    lo = _most_gpu_layers(s, full)
    candidates: list[tuple[Estimate, str]] = []
    if lo > 0:
        candidates.append((s.build(lo), "layers_in_ram"))
    kv_ram = s.build(n_layer + 1, replace(s.wl, kv_offload=False))
    if _gpu_over(kv_ram, s.budgets) <= 0:
        candidates.append((kv_ram, "kv_in_ram"))
    usable = [(e, d) for e, d in candidates if _fits(e, s.budgets, s.ram, allow_disk=False)]
    if usable:
        best, detail = max(usable, key=lambda ed: _speed(ed[0], s.hw).decode_tokens_per_s)
        return _finish(s, best, "spills_to_ram", detail)
    return _classify_fixed(s, s.build(0))


def _most_gpu_layers(s: _Setup, full: Estimate) -> int:
    """Largest -ngl whose GPU part fits (0 when not even one does). GPU memory grows by about
    one layer's weights and cache per step, so interpolate between one layer and all of them,
    then check and step."""
    n_layer = s.spec.n_layers
    over_full = _gpu_over(full, s.budgets)
    over_one = _gpu_over(s.build(1), s.budgets)
    if over_one > 0:
        return 0
    per_layer = max((over_full - over_one) / n_layer, 1.0)
    lo = min(n_layer, 1 + int(-over_one / per_layer))
    while lo > 1 and _gpu_over(s.build(lo), s.budgets) > 0:
        lo -= 1
    while lo < n_layer and _gpu_over(s.build(lo + 1), s.budgets) <= 0:
        lo += 1
    return lo


def _classify_fixed(s: _Setup, est: Estimate) -> Plan:
    """The verdict for a placement already chosen (a fixed -ngl, or the CPU)."""
    ngl = est.gpu_layers
    on_cpu_only = est.n_gpus == 0
    if _fits(est, s.budgets, s.ram, allow_disk=False):
        if on_cpu_only:
            return _finish(s, est, "cpu_only", "cpu_only")
        if ngl >= s.spec.n_layers + 1 and s.wl.kv_offload:
            return _finish(s, est, "fits_gpu")
        detail = "layers_in_ram" if ngl < s.spec.n_layers + 1 else "kv_in_ram"
        return _finish(s, est, "spills_to_ram", detail)
    gpu_ok = on_cpu_only or _gpu_over(est, s.budgets) <= 0
    if gpu_ok and s.wl.mmap and _fits(est, s.budgets, s.ram, allow_disk=True):
        return _finish(s, est, "disk_offload", "disk_offload")
    if not gpu_ok and s.hw.shared_memory_spill:
        return _finish(s, est, "spills_to_ram", "shared_memory_spill")
    return _finish(s, est, "does_not_fit")


def _finish(s: _Setup, est: Estimate, verdict: VerdictCode, detail: str = "") -> Plan:
    """The plan for a chosen placement: headroom, largest context, bands and speed."""
    budgets, ram, wl = s.budgets, s.ram, s.wl
    allow_disk = verdict == "disk_offload"
    if est.n_gpus and verdict != "cpu_only":
        headroom = -_gpu_over(est, budgets) if budgets else 0
    else:
        headroom = ram - est.needed_ram_bytes
    ngl: int | None = None
    if wl.runtime == "llama.cpp":
        ngl = est.gpu_layers
        if wl.kv_offload and detail == "kv_in_ram":
            # only then does the workload change: a replace re-validates it (once per plan)
            wl = replace(wl, kv_offload=False)
    if verdict == "does_not_fit" or detail == "shared_memory_spill":
        max_ctx = 0
    else:
        max_ctx = _max_context(
            _Builder(s, wl, est.n_gpus, ngl),
            budgets,
            ram,
            allow_disk=allow_disk,
            cap=s.spec.max_context_tokens,
            start=est,
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
        speed = replace(
            speed,
            decode_tokens_per_s=speed.decode_tokens_per_s / SHARED_MEMORY_SLOWDOWN,
            assumptions=(
                *speed.assumptions,
                Note.of("speed.shared_memory", slowdown=SHARED_MEMORY_SLOWDOWN),
            ),
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
        # -ngl counts the output layer as one slot; the sentence counts repeating layers.
        on_gpu = max(est.gpu_layers - 1, 0)
        params.update(layers_on_gpu=on_gpu, n_layers=est.model.n_layers, gpus=gpus)
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
