"""The placement solver: where a model goes on given hardware, how much context fits, how fast.

Verdicts (``Plan.verdict``, the stable CLI codes): ``fits_gpu`` (weights and cache on the
GPUs), ``spills_to_ram`` (some layers or the KV cache in system RAM: slower), ``cpu_only``,
``disk_offload`` (weights streamed from disk through mmap: very slow), ``does_not_fit``.
``Plan.detail`` says which kind of spill (``kv_in_ram``, ``layers_in_ram``,
``shared_memory_spill``).
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
from .weights import WeightLayout
from .workload import Workload

__all__ = ["VERDICTS", "Plan", "Speed", "plan"]

Verdict = Literal["fits_gpu", "spills_to_ram", "cpu_only", "disk_offload", "does_not_fit"]
VERDICTS: tuple[Verdict, ...] = (
    "fits_gpu",
    "spills_to_ram",
    "cpu_only",
    "disk_offload",
    "does_not_fit",
)
CONTEXT_STEP_TOKENS = 256


@dataclass(frozen=True, slots=True)
class Speed:
    """Expected decode and prefill speed, with the assumptions used."""

    decode_tokens_per_s: float
    prefill_tokens_per_s: float | None
    assumptions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Plan:
    """A placement decision for one model, format and workload on one machine."""

    estimate: Estimate
    verdict: Verdict
    detail: str
    sentence: str
    headroom_bytes: int  # free GPU memory left (or RAM for CPU plans); negative when over
    max_context_tokens: int  # 0 when no context fits
    speed: Speed | None
    gpu_budget_bytes: tuple[int, ...]
    ram_budget_bytes: int
    gpu_band: Band
    ram_band: Band

    @property
    def tokens_per_second(self) -> float | None:
        return self.speed.decode_tokens_per_s if self.speed else None


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
    need_ram = est.peak_ram_bytes - est.reclaimable_ram_bytes
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
            assumptions.append(f"system RAM {bw / 1e9:.0f} GB/s at {eff:.0%}")
        else:
            g = hw.gpus[int(dev[3:])] if int(dev[3:]) < len(hw.gpus) else None
            bw = (g.bandwidth_bytes_per_s if g else 0) or DEFAULT_GPU_BANDWIDTH
            eff = DECODE_EFFICIENCY_UNIFIED if g and g.unified_memory else DECODE_EFFICIENCY_GPU
            assumptions.append(f"{g.name if g else dev} {bw / 1e9:.0f} GB/s at {eff:.0%}")
        seconds += n_bytes / (bw * eff)
    if disk_bytes:
        disk = hw.disk_read_bytes_per_s or DEFAULT_DISK_READ_BANDWIDTH
        seconds += disk_bytes / disk
        assumptions.append(
            f"{disk_bytes / 1e9:.1f} GB per token streamed from disk at {disk / 1e9:.1f} GB/s"
        )
    assumptions.append(f"+{DECODE_FIXED_SECONDS_PER_TOKEN * 1000:.0f} ms per token fixed cost")
    flops = sum(g.fp16_flops_per_s for g in hw.gpus) if est.n_gpus else hw.cpu_flops_per_s
    prefill = None
    if flops:
        prefill = PREFILL_MFU * flops / (2 * max(est.params_active, 1))
        assumptions.append(f"prefill at {PREFILL_MFU:.0%} of {flops / 1e12:.0f} TFLOP/s")
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
            need = est.peak_ram_bytes - est.reclaimable_ram_bytes
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

    def __init__(self, spec: ModelSpec, fmt: WeightFormat, wl: Workload, kw: dict[str, object]):
        self.spec, self.fmt, self.wl, self.kw = spec, fmt, wl, kw
        self._memo: dict[int, Estimate] = {}

    def __call__(self, ctx: int) -> Estimate:
        est = self._memo.get(ctx)
        if est is None:
            wl = replace(self.wl, context_tokens=ctx)
            est = self._memo[ctx] = estimate(self.spec, self.fmt, wl, **self.kw)  # type: ignore[arg-type]
        return est


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
    n_gpus = len(hardware.gpus)
    budgets = tuple(g.free_bytes for g in hardware.gpus)
    ram = _ram_budget(hardware)
    split = tuple(max(b, 1) for b in budgets) or None
    base: dict[str, object] = {"layout": layout, "gpu_split": split}
    wl = workload
    n_layer = spec.n_layers

    def build(ngl: int | None, w: Workload = wl) -> Estimate:
        if wl.runtime == "llama.cpp":
            return estimate(spec, fmt, w, n_gpus=n_gpus, gpu_layers=ngl, **base)  # type: ignore[arg-type]
        return estimate(spec, fmt, w, n_gpus=max(n_gpus, 1), **base)  # type: ignore[arg-type]

    if wl.runtime != "llama.cpp":
        est = build(None)
        if n_gpus == 0:
            return _finish(
                spec, fmt, wl, hardware, est, "does_not_fit", "no_gpu", budgets, ram, base, None
            )
        over = _gpu_over(est, budgets)
        if wl.runtime == "vllm":
            # vLLM reserves its whole budget at start: util x total must be free, and the
            # minimum the workload needs must fit in that budget.
            reserve = [int(g.total_bytes * wl.gpu_memory_utilization) for g in hardware.gpus]
            fits = all(
                est.device_bytes(gpu_device(i)) <= reserve[i] <= budgets[i] for i in range(n_gpus)
            )
            verdict: Verdict = "fits_gpu" if fits else "does_not_fit"
            return _finish(
                spec, fmt, wl, hardware, est, verdict, "", tuple(reserve), ram, base, None
            )
        if over <= 0:
            return _finish(spec, fmt, wl, hardware, est, "fits_gpu", "", budgets, ram, base, None)
        if (
            hardware.shared_memory_spill
            and est.peak_gpu_bytes <= hardware.gpu_free_bytes + ram // 2
        ):
            return _finish(
                spec,
                fmt,
                wl,
                hardware,
                est,
                "spills_to_ram",
                "shared_memory_spill",
                budgets,
                ram,
                base,
                None,
            )
        return _finish(spec, fmt, wl, hardware, est, "does_not_fit", "", budgets, ram, base, None)

    # llama.cpp
    if gpu_layers is not None or n_gpus == 0:
        ngl = 0 if n_gpus == 0 else gpu_layers
        est = build(ngl)
        return _classify_fixed(spec, fmt, wl, hardware, est, budgets, ram, base)
    full = build(n_layer + 1)
    if _fits(full, budgets, ram, allow_disk=False):
        return _finish(
            spec, fmt, wl, hardware, full, "fits_gpu", "", budgets, ram, base, n_layer + 1
        )
    # Largest -ngl whose GPU part fits. GPU memory grows by about one layer's weights and cache
    # per step, so interpolate between one layer and all of them, then check and step.
    over_full = _gpu_over(full, budgets)
    one = build(1)
    over_one = _gpu_over(one, budgets)
    if over_one > 0:
        lo = 0
    else:
        per_layer = max((over_full - over_one) / n_layer, 1.0)
        lo = min(n_layer, 1 + int(-over_one / per_layer))
        while lo > 1 and _gpu_over(build(lo), budgets) > 0:
            lo -= 1
        while lo < n_layer and _gpu_over(build(lo + 1), budgets) <= 0:
            lo += 1
    candidates: list[tuple[Estimate, str]] = []
    if lo > 0:
        candidates.append((build(lo), "layers_in_ram"))
    kv_ram = build(n_layer + 1, replace(wl, kv_offload=False))
    if _gpu_over(kv_ram, budgets) <= 0:
        candidates.append((kv_ram, "kv_in_ram"))
    usable = [(e, d) for e, d in candidates if _fits(e, budgets, ram, allow_disk=False)]
    if usable:
        best = max(usable, key=lambda ed: _speed(ed[0], hardware).decode_tokens_per_s)
        return _finish(
            spec,
            fmt,
            wl,
            hardware,
            best[0],
            "spills_to_ram",
            best[1],
            budgets,
            ram,
            base,
            best[0].gpu_layers,
        )
    cpu = build(0)
    return _classify_fixed(spec, fmt, wl, hardware, cpu, budgets, ram, base)


def _classify_fixed(
    spec: ModelSpec,
    fmt: WeightFormat,
    wl: Workload,
    hw: Hardware,
    est: Estimate,
    budgets: tuple[int, ...],
    ram: int,
    base: dict[str, object],
) -> Plan:
    ngl = est.gpu_layers
    on_cpu_only = est.n_gpus == 0
    if _fits(est, budgets, ram, allow_disk=False):
        if on_cpu_only:
            verdict: Verdict = "cpu_only"
            detail = "cpu_only"
        elif ngl >= spec.n_layers + 1 and wl.kv_offload:
            verdict, detail = "fits_gpu", ""
        else:
            verdict, detail = (
                "spills_to_ram",
                "layers_in_ram" if ngl < spec.n_layers + 1 else "kv_in_ram",
            )
        return _finish(spec, fmt, wl, hw, est, verdict, detail, budgets, ram, base, ngl)
    gpu_ok = on_cpu_only or _gpu_over(est, budgets) <= 0
    if gpu_ok and wl.mmap and _fits(est, budgets, ram, allow_disk=True):
        return _finish(
            spec, fmt, wl, hw, est, "disk_offload", "disk_offload", budgets, ram, base, ngl
        )
    if not gpu_ok and hw.shared_memory_spill:
        return _finish(
            spec, fmt, wl, hw, est, "spills_to_ram", "shared_memory_spill", budgets, ram, base, ngl
        )
    return _finish(spec, fmt, wl, hw, est, "does_not_fit", "", budgets, ram, base, ngl)


def _finish(
    spec: ModelSpec,
    fmt: WeightFormat,
    wl: Workload,
    hw: Hardware,
    est: Estimate,
    verdict: Verdict,
    detail: str,
    budgets: tuple[int, ...],
    ram: int,
    base: dict[str, object],
    ngl: int | None,
) -> Plan:
    allow_disk = verdict == "disk_offload"
    if est.n_gpus and verdict != "cpu_only":
        headroom = -_gpu_over(est, budgets) if budgets else 0
    else:
        headroom = ram - est.peak_ram_bytes
    kw = dict(base)
    if wl.runtime == "llama.cpp":
        kw["n_gpus"] = est.n_gpus
        kw["gpu_layers"] = est.gpu_layers
        wl_fixed = replace(wl, kv_offload=wl.kv_offload and detail != "kv_in_ram")
    else:
        kw["n_gpus"] = est.n_gpus
        wl_fixed = wl
    builder = _Builder(spec, fmt, wl_fixed, kw)
    ctx_budgets = budgets
    if verdict == "does_not_fit" or detail == "shared_memory_spill":
        max_ctx = 0
    else:
        max_ctx = _max_context(
            builder, ctx_budgets, ram, allow_disk=allow_disk, cap=spec.max_context_tokens, start=est
        )
    gpu_band = band_of(est, "gpu")
    ram_band = band_of(est, DEVICE_RAM)
    if verdict == "fits_gpu" and any(
        not band_of(est, gpu_device(i)).fits(budgets[i]) for i in range(est.n_gpus)
    ):
        # The estimate fits but its upper edge does not: say so rather than promise a fit.
        detail = "tight"
    disk = est.term("weights", DEVICE_RAM) if allow_disk else 0
    speed = _speed(est, hw, disk_bytes=disk) if verdict != "does_not_fit" else None
    if speed and detail == "shared_memory_spill":
        speed = replace(
            speed,
            decode_tokens_per_s=speed.decode_tokens_per_s / 10,
            assumptions=(*speed.assumptions, "shared GPU memory over PCIe: about 10x slower"),
        )
    return Plan(
        estimate=est,
        verdict=verdict,
        detail=detail,
        sentence=_sentence(est, verdict, detail, headroom, speed, hw, gpu_band),
        headroom_bytes=headroom,
        max_context_tokens=max_ctx,
        speed=speed,
        gpu_budget_bytes=budgets,
        ram_budget_bytes=ram,
        gpu_band=gpu_band,
        ram_band=ram_band,
    )


def _gb(n: int) -> str:
    return f"{n / 1e9:.1f} GB"


def _sentence(
    est: Estimate,
    verdict: Verdict,
    detail: str,
    headroom: int,
    speed: Speed | None,
    hw: Hardware,
    band: Band,
) -> str:
    if speed is None:
        tps = ""
    elif speed.decode_tokens_per_s >= 1:
        tps = f"; about {speed.decode_tokens_per_s:.0f} tokens/s"
    else:
        tps = f"; about {speed.decode_tokens_per_s:.2f} tokens/s"
    gpus = " + ".join(g.name for g in hw.gpus) or "this machine"
    likely = f"likely {band.low_bytes / 1e9:.1f}-{band.high_bytes / 1e9:.1f} GB"
    if verdict == "fits_gpu" and detail == "tight":
        return (
            f"Tight fit on {gpus}: needs {_gb(est.peak_gpu_bytes)} ({likely}) with "
            f"{_gb(est.peak_gpu_bytes + headroom)} free; it may not fit{tps}."
        )
    if verdict == "fits_gpu":
        return f"Fits on {gpus} with {_gb(headroom)} to spare ({likely}){tps}."
    if verdict == "spills_to_ram":
        if detail == "kv_in_ram":
            return f"Weights fit on {gpus} but the KV cache goes to system RAM (slower){tps}."
        if detail == "shared_memory_spill":
            return (
                f"Does not fit in VRAM: the Windows driver will spill into shared GPU memory "
                f"(system RAM over PCIe), very slow{tps}."
            )
        on_gpu = max(est.gpu_layers - 1, 0)
        return (
            f"Partly fits: {on_gpu} of {est.model.n_layers} layers on {gpus}, the rest in "
            f"system RAM (slower){tps}."
        )
    if verdict == "cpu_only":
        return f"Runs on the CPU from system RAM ({_gb(est.peak_ram_bytes)}){tps}."
    if verdict == "disk_offload":
        return f"Too big for RAM: weights would stream from disk (mmap), extremely slow{tps}."
    need = est.peak_gpu_bytes if est.n_gpus else est.peak_ram_bytes
    return f"Does not fit: needs {_gb(need)}, {_gb(-headroom)} more than is free."
