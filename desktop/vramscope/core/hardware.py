"""Hardware as the planner sees it: devices with capacity, free memory and bandwidth.

The hardware probe (``vramscope.hardware``) and the catalog ("plan for an RTX 4090") both produce
these records; the core never reads the machine itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .errors import SpecError, shown

__all__ = ["CPU_KINDS", "DEFAULT_CPU", "CpuKind", "GpuDevice", "Hardware"]

# The CPU as llama.cpp's CPU backend sees it: which weight types it repacks at load
# (constants.LLAMACPP_REPACKED_TYPES_BY_CPU) and whether a GPU beside it is Apple's (Metal).
# "x86": an x86-64 CPU without AVX2; "arm64": AArch64 with dotprod/i8mm (Jetson, Graviton,
# Snapdragon); "apple": Apple Silicon (macOS, Metal).
CpuKind = Literal["x86", "x86-avx2", "x86-avx512", "arm64", "apple"]
CPU_KINDS: tuple[CpuKind, ...] = ("x86", "x86-avx2", "x86-avx512", "arm64", "apple")
# When the CPU is unknown: the x86 AVX2 machine the CPU calibration ran on (llamacpp-cpu.jsonl).
DEFAULT_CPU: CpuKind = "x86-avx2"


@dataclass(frozen=True, slots=True)
class GpuDevice:
    """One GPU. ``bandwidth_bytes_per_s`` 0 means unknown (the planner then uses a default)."""

    name: str
    total_bytes: int
    free_bytes: int
    bandwidth_bytes_per_s: int = 0
    pcie_bytes_per_s: int = 0
    unified_memory: bool = False
    # dense fp16/bf16 tensor throughput; 0 = unknown (no prefill speed is given then)
    fp16_flops_per_s: int = 0
    # For the speed model (core/speed.py): the memory technology (GDDR6X, HBM3...; "" unknown),
    # SMs / CUs / GPU cores and their boost clock (0 unknown), and the maker ("NVIDIA": CUDA
    # graphs apply).
    memory_type: str = ""
    compute_units: int = 0
    clock_mhz: int = 0
    vendor: str = ""

    def __post_init__(self) -> None:
        if self.total_bytes <= 0:
            raise SpecError(
                "hardware.gpu_total", gpu=shown(self.name), value=shown(self.total_bytes)
            )
        if not 0 <= self.free_bytes <= self.total_bytes:
            raise SpecError(
                "hardware.gpu_free",
                gpu=shown(self.name),
                total=shown(self.total_bytes),
                value=shown(self.free_bytes),
            )
        if self.bandwidth_bytes_per_s < 0 or self.pcie_bytes_per_s < 0:
            raise SpecError("hardware.gpu_bandwidth", gpu=shown(self.name))


@dataclass(frozen=True, slots=True)
class Hardware:
    """A machine to plan for: its GPUs (possibly none), system RAM and model storage."""

    gpus: tuple[GpuDevice, ...]
    ram_total_bytes: int
    ram_available_bytes: int
    ram_bandwidth_bytes_per_s: int = 0
    disk_read_bytes_per_s: int = 0
    cpu_flops_per_s: int = 0
    # Windows' NVIDIA driver can silently back VRAM with system RAM ("shared GPU memory").
    shared_memory_spill: bool = False
    # None: not known (the planner assumes DEFAULT_CPU)
    cpu: CpuKind | None = None

    def __post_init__(self) -> None:
        if self.cpu is not None and self.cpu not in CPU_KINDS:
            raise SpecError("hardware.cpu_kind", value=shown(self.cpu), kinds=", ".join(CPU_KINDS))
        if self.ram_total_bytes <= 0:
            raise SpecError("hardware.ram_total", value=shown(self.ram_total_bytes))
        if not 0 <= self.ram_available_bytes <= self.ram_total_bytes:
            raise SpecError(
                "hardware.ram_available",
                total=shown(self.ram_total_bytes),
                value=shown(self.ram_available_bytes),
            )

    @property
    def gpu_free_bytes(self) -> int:
        return sum(g.free_bytes for g in self.gpus)

    @property
    def gpu_total_bytes(self) -> int:
        return sum(g.total_bytes for g in self.gpus)
