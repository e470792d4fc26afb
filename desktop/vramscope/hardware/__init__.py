"""What this machine has: NVIDIA GPUs through NVML, RAM and disk through psutil, and a fake."""

from __future__ import annotations

from .fake import (
    HardwareFileError,
    HardwareOptionError,
    fake_machine,
    load_fake_machine,
    machine_from_json,
    parse_gpu_option,
    parse_ram_option,
)
from .probe import (
    FakeProbe,
    HardwareProbe,
    SystemProbe,
    probe_in_background,
    probe_machine,
    refresh_machine,
)
from .reading import (
    CpuReading,
    DiskReading,
    GpuProcess,
    GpuReading,
    MachineReading,
    MemoryReading,
    PlatformReading,
    SwapReading,
)

__all__ = [
    "CpuReading",
    "DiskReading",
    "FakeProbe",
    "GpuProcess",
    "GpuReading",
    "HardwareFileError",
    "HardwareOptionError",
    "HardwareProbe",
    "MachineReading",
    "MemoryReading",
    "PlatformReading",
    "SwapReading",
    "SystemProbe",
    "fake_machine",
    "load_fake_machine",
    "machine_from_json",
    "parse_gpu_option",
    "parse_ram_option",
    "probe_in_background",
    "probe_machine",
    "refresh_machine",
]
