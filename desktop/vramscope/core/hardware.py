"""Hardware as the planner sees it: devices with capacity, free memory and bandwidth.

The hardware probe (``vramscope.hardware``) and the catalog ("plan for an RTX 4090") both produce
these records; the core never reads the machine itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import SpecError

__all__ = ["GpuDevice", "Hardware"]


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

    def __post_init__(self) -> None:
        if self.total_bytes <= 0:
            raise SpecError(
                f"GPU {self.name!r}: total memory must be positive, got {self.total_bytes}"
            )
        if not 0 <= self.free_bytes <= self.total_bytes:
            raise SpecError(
                f"GPU {self.name!r}: free memory must be between 0 and total "
                f"({self.total_bytes}), got {self.free_bytes}"
            )
        if self.bandwidth_bytes_per_s < 0 or self.pcie_bytes_per_s < 0:
            raise SpecError(f"GPU {self.name!r}: bandwidth cannot be negative")


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

    def __post_init__(self) -> None:
        if self.ram_total_bytes <= 0:
            raise SpecError(f"RAM total must be positive, got {self.ram_total_bytes}")
        if not 0 <= self.ram_available_bytes <= self.ram_total_bytes:
            raise SpecError(
                f"available RAM must be between 0 and total ({self.ram_total_bytes}), "
                f"got {self.ram_available_bytes}"
            )

    @property
    def gpu_free_bytes(self) -> int:
        return sum(g.free_bytes for g in self.gpus)

    @property
    def gpu_total_bytes(self) -> int:
        return sum(g.total_bytes for g in self.gpus)
