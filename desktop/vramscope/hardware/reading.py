"""What a probe read: frozen records with every unknown field spelled out, and their JSON form.

A reading keeps more than the planner needs (UUIDs, PCIe links, processes) because the window and
``vramscope hardware`` show it; :meth:`MachineReading.to_hardware` reduces it to the planner's
:class:`~vramscope.core.hardware.Hardware`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from vramscope.core.hardware import CPU_KINDS, CpuKind, GpuDevice, Hardware
from vramscope.core.notes import Note

from .constants import (
    APPLE_RAM_BANDWIDTH_BYTES_PER_S,
    DEFAULT_DISK_READ_BYTES_PER_S,
    DEFAULT_RAM_BANDWIDTH_BYTES_PER_S,
    PCIE_LANE_BYTES_PER_S,
)
from .notes import note_json
from .ram_speed import RamSpeed

__all__ = [
    "AVX2_FMA_FP32_FLOPS_PER_CYCLE",
    "AVX512_FP32_FLOPS_PER_CYCLE",
    "NEON_FP32_FLOPS_PER_CYCLE",
    "CpuReading",
    "DiskReading",
    "GpuProcess",
    "GpuReading",
    "MachineReading",
    "MemoryReading",
    "PlatformReading",
    "SwapReading",
    "cpu_kind_of",
    "pcie_bytes_per_s",
]


def cpu_kind_of(flags: tuple[str, ...], *, apple_silicon: bool = False) -> CpuKind | None:
    """The CPU as llama.cpp's CPU backend sees it, from the instruction sets read (the names of
    ``host.CPU_FLAGS``); None when nothing tells (no flags read). ggml picks its repack kernels
    by AVX2 and AVX-512F on x86 (ggml_cpu_has_avx2/avx512) and by NEON dotprod/i8mm on AArch64;
    an AArch64 CPU without dotprod (Cortex-A72) is counted as arm64 too."""
    if apple_silicon:
        return "apple"
    have = set(flags)
    if "avx512f" in have:
        return "x86-avx512"
    if "avx2" in have:
        return "x86-avx2"
    if "neon" in have:
        return "arm64"
    if have:
        return "x86"  # x86 vector flags were read, AVX2 is not among them
    return None


# Peak FP32 FLOPs per cycle per core, by the widest vector FMA the CPU reports; an FMA counts as
# two FLOPs. Used for the CPU's prefill speed when no GPU takes the model.
# source: Intel 64 and IA-32 Architectures Optimization Reference Manual, Skylake Server
# microarchitecture: two 512-bit FMA units per core (Xeon Gold 6xxx / Platinum) = 2 x 16 lanes
# x 2. Chips that split AVX-512 over 256-bit datapaths (Zen 4, one-FMA Xeons) reach half of it.
AVX512_FP32_FLOPS_PER_CYCLE = 64
# source: same manual, Haswell microarchitecture: two 256-bit FMA units per core (ports 0 and 1)
# = 2 x 8 lanes x 2; Zen 2 and later match it.
AVX2_FMA_FP32_FLOPS_PER_CYCLE = 32
# source: Arm Cortex-A76 / Neoverse N1 Software Optimization Guides: two 128-bit ASIMD pipes that
# both take FMLA = 2 x 4 lanes x 2. Wider cores (Apple's four FP pipes) do more; this is a floor.
NEON_FP32_FLOPS_PER_CYCLE = 16


def pcie_bytes_per_s(generation: int | None, width: int | None) -> int | None:
    """Host link bandwidth, one direction: per-lane rate of ``generation`` times ``width`` lanes."""
    if generation is None or width is None:
        return None
    lane = PCIE_LANE_BYTES_PER_S.get(generation)
    return None if lane is None else lane * width


@dataclass(frozen=True, slots=True)
class GpuProcess:
    """A program holding GPU memory. ``used_bytes`` is None where the driver hides it (Windows)."""

    pid: int
    name: str | None
    used_bytes: int | None

    def to_json(self) -> dict[str, Any]:
        return {"pid": self.pid, "name": self.name, "used_bytes": self.used_bytes}


@dataclass(frozen=True, slots=True)
class GpuReading:
    """One GPU as read. A field the driver could not give is None, its reason in ``unknown``.

    ``source`` says where the reading came from: ``"nvml"``, ``"apple_unified"`` (Apple Silicon,
    a share of system RAM) or ``"fake"`` (a file or ``--gpu``).
    """

    name: str
    total_bytes: int | None
    free_bytes: int | None
    index: int | None = None
    uuid: str | None = None
    used_bytes: int | None = None
    reserved_bytes: int | None = None
    bandwidth_bytes_per_s: int | None = None
    memory_bus_width_bits: int | None = None
    max_memory_clock_mhz: int | None = None
    compute_capability: str | None = None
    driver_version: str | None = None
    cuda_driver_version: str | None = None
    pcie_generation: int | None = None
    pcie_width: int | None = None
    pcie_generation_current: int | None = None
    pcie_width_current: int | None = None
    pcie_bytes_per_s: int | None = None
    display_active: bool | None = None
    mig_enabled: bool | None = None
    processes: tuple[GpuProcess, ...] | None = None
    unified_memory: bool = False
    source: str = "nvml"
    unknown: tuple[tuple[str, str], ...] = ()

    @property
    def usable(self) -> bool:
        """True when the planner can use it: its memory size is known."""
        return self.total_bytes is not None and self.total_bytes > 0

    def reason(self, field_name: str) -> str | None:
        """Why ``field_name`` is unknown, or None when it is known."""
        return dict(self.unknown).get(field_name)

    def to_device(
        self,
        bandwidth_fallback: Callable[[str], int | None] | None = None,
        flops_fallback: Callable[[str], int | None] | None = None,
    ) -> GpuDevice:
        """The planner's view. Raises ``SpecError`` when not :attr:`usable`.

        NVML reports neither peak bandwidth on every device nor FP16 throughput at all: the
        fallbacks (the catalog, looked up by name) fill them in; 0 means unknown.
        """
        total = self.total_bytes or 0
        free = total if self.free_bytes is None else min(max(self.free_bytes, 0), total)
        bandwidth = self.bandwidth_bytes_per_s
        if bandwidth is None and bandwidth_fallback is not None:
            bandwidth = bandwidth_fallback(self.name)
        flops = flops_fallback(self.name) if flops_fallback is not None else None
        return GpuDevice(
            name=self.name,
            total_bytes=total,
            free_bytes=free,
            bandwidth_bytes_per_s=bandwidth or 0,
            pcie_bytes_per_s=self.pcie_bytes_per_s or 0,
            unified_memory=self.unified_memory,
            fp16_flops_per_s=max(flops or 0, 0),
            # NVML sees NVIDIA GPUs only: CUDA graphs apply to them (core/speed.py)
            vendor="NVIDIA" if self.source == "nvml" else "",
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "total_bytes": self.total_bytes,
            "free_bytes": self.free_bytes,
            "bandwidth_bytes_per_s": self.bandwidth_bytes_per_s,
            "index": self.index,
            "uuid": self.uuid,
            "used_bytes": self.used_bytes,
            "reserved_bytes": self.reserved_bytes,
            "memory_bus_width_bits": self.memory_bus_width_bits,
            "max_memory_clock_mhz": self.max_memory_clock_mhz,
            "compute_capability": self.compute_capability,
            "driver_version": self.driver_version,
            "cuda_driver_version": self.cuda_driver_version,
            "pcie_generation": self.pcie_generation,
            "pcie_width": self.pcie_width,
            "pcie_generation_current": self.pcie_generation_current,
            "pcie_width_current": self.pcie_width_current,
            "pcie_bytes_per_s": self.pcie_bytes_per_s,
            "display_active": self.display_active,
            "mig_enabled": self.mig_enabled,
            "processes": (
                None if self.processes is None else [p.to_json() for p in self.processes]
            ),
            "unified_memory": self.unified_memory,
            "source": self.source,
            "unknown": dict(self.unknown),
        }


@dataclass(frozen=True, slots=True)
class MemoryReading:
    """System RAM. ``available_bytes`` is what programs can take without swapping (psutil)."""

    total_bytes: int
    available_bytes: int

    def to_json(self) -> dict[str, Any]:
        return {"total_bytes": self.total_bytes, "available_bytes": self.available_bytes}


@dataclass(frozen=True, slots=True)
class SwapReading:
    """Swap space (the page file on Windows). Zeroes when there is none or it is unknown."""

    total_bytes: int = 0
    free_bytes: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"total_bytes": self.total_bytes, "free_bytes": self.free_bytes}


@dataclass(frozen=True, slots=True)
class CpuReading:
    """The processor and the instruction sets CPU inference speed depends on (AVX2, NEON...)."""

    model: str | None = None
    physical_cores: int | None = None
    logical_cores: int | None = None
    flags: tuple[str, ...] = ()
    # the highest clock the OS reports (psutil.cpu_freq().max); None where it reports none
    max_mhz: int | None = None
    # which CPU llama.cpp's repack follows (core.hardware.CPU_KINDS); None when unknown
    kind: CpuKind | None = None

    def __post_init__(self) -> None:
        if self.kind is not None and self.kind not in CPU_KINDS:
            raise ValueError(f"CPU kind must be one of {CPU_KINDS}, got {self.kind!r}")

    @property
    def flops_per_cycle(self) -> int:
        """Peak FP32 FLOPs per cycle per core from the ISA flags; 0 when no known vector FMA."""
        flags = set(self.flags)
        if "avx512f" in flags:
            return AVX512_FP32_FLOPS_PER_CYCLE
        if {"avx2", "fma"} <= flags:
            return AVX2_FMA_FP32_FLOPS_PER_CYCLE
        if "neon" in flags:
            return NEON_FP32_FLOPS_PER_CYCLE
        return 0

    @property
    def peak_flops_per_s(self) -> int:
        """Physical cores x max clock x FLOPs per cycle: a peak no program reaches (the
        planner applies its utilisation factor). 0 when any of the three is unknown."""
        if not self.physical_cores or not self.max_mhz or self.max_mhz <= 0:
            return 0
        return self.physical_cores * self.max_mhz * 1_000_000 * self.flops_per_cycle

    def to_json(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "physical_cores": self.physical_cores,
            "logical_cores": self.logical_cores,
            "flags": list(self.flags),
            "max_mhz": self.max_mhz,
            "kind": self.kind,
        }


@dataclass(frozen=True, slots=True)
class DiskReading:
    """Free space on the drive that holds models. ``path`` is the folder that was measured."""

    path: str | None = None
    free_bytes: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "free_bytes": self.free_bytes}


@dataclass(frozen=True, slots=True)
class PlatformReading:
    """Platform facts that change the verdict. ``os``: ``linux``, ``windows``, ``macos``..."""

    os: str = "unknown"
    is_windows: bool = False
    is_wsl: bool = False
    apple_silicon: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "os": self.os,
            "is_windows": self.is_windows,
            "is_wsl": self.is_wsl,
            "apple_silicon": self.apple_silicon,
        }


@dataclass(frozen=True, slots=True)
class MachineReading:
    """Everything one probe read, plus notes (codes: ``notes.py``) on what is unknown and why."""

    gpus: tuple[GpuReading, ...]
    ram: MemoryReading
    swap: SwapReading = field(default_factory=SwapReading)
    cpu: CpuReading = field(default_factory=CpuReading)
    disk: DiskReading = field(default_factory=DiskReading)
    platform: PlatformReading = field(default_factory=PlatformReading)
    notes: tuple[Note, ...] = ()
    # the RAM's bandwidth from its memory type and channels (ram_speed.py); None: unknown
    ram_speed: RamSpeed | None = None

    @property
    def usable_gpus(self) -> tuple[GpuReading, ...]:
        return tuple(g for g in self.gpus if g.usable)

    def to_json(self) -> dict[str, Any]:
        """The hardware file object; ``load_fake_machine`` reads it.

        Notes are ``{"code", "params"}`` objects here: ``vramscope hardware --json`` replaces
        them with sentences (DESIGN.md), which a hardware file may hold too.
        """
        return {
            "gpus": [g.to_json() for g in self.gpus],
            "ram": self.ram.to_json(),
            "swap": self.swap.to_json(),
            "cpu": self.cpu.to_json(),
            "disk": self.disk.to_json(),
            "platform": self.platform.to_json(),
            "ram_speed": None if self.ram_speed is None else self.ram_speed.to_json(),
            "notes": [note_json(n) for n in self.notes],
        }

    def to_hardware(
        self,
        *,
        bandwidth_fallback: Callable[[str], int | None] | None = None,
        flops_fallback: Callable[[str], int | None] | None = None,
    ) -> Hardware:
        """The planner's view of this machine.

        GPUs whose memory size is unknown are left out (the notes say so). A GPU whose bandwidth
        NVML could not give takes ``bandwidth_fallback(name)`` (the catalog), else 0, which the
        planner treats as unknown; its FP16 throughput is ``flops_fallback(name)``, else 0
        (no prefill speed is given then). The CPU's peak comes from its cores, clock and vector
        flags (:attr:`CpuReading.peak_flops_per_s`). RAM bandwidth comes from the memory type
        and channels where the probe could read them (:attr:`ram_speed`), from the chip on
        Apple Silicon, else a documented default (``constants.py``), as is the disk speed.

        Example:
            >>> reading.to_hardware(  # doctest: +SKIP
            ...     bandwidth_fallback=gpu_bandwidth_by_name, flops_fallback=gpu_flops_by_name
            ... )
        """
        ram_bandwidth = DEFAULT_RAM_BANDWIDTH_BYTES_PER_S
        if self.ram_speed is not None:
            ram_bandwidth = self.ram_speed.bandwidth_bytes_per_s
        elif self.platform.apple_silicon:
            ram_bandwidth = APPLE_RAM_BANDWIDTH_BYTES_PER_S
            unified = [g.name for g in self.gpus if g.unified_memory]
            chip = unified[0] if unified else self.cpu.model
            if bandwidth_fallback is not None and chip:
                # On Apple Silicon the chip's memory bandwidth serves CPU and GPU alike.
                ram_bandwidth = bandwidth_fallback(chip) or ram_bandwidth
        has_nvidia = any(g.source == "nvml" for g in self.usable_gpus)
        return Hardware(
            gpus=tuple(g.to_device(bandwidth_fallback, flops_fallback) for g in self.usable_gpus),
            ram_total_bytes=self.ram.total_bytes,
            ram_available_bytes=min(max(self.ram.available_bytes, 0), self.ram.total_bytes),
            ram_bandwidth_bytes_per_s=ram_bandwidth,
            disk_read_bytes_per_s=DEFAULT_DISK_READ_BYTES_PER_S,
            cpu_flops_per_s=self.cpu.peak_flops_per_s,
            cpu=self.cpu.kind,
            shared_memory_spill=has_nvidia and (self.platform.is_windows or self.platform.is_wsl),
        )
