"""What this machine has: NVIDIA GPUs through NVML, RAM and disk through psutil, and a fake.

Notes are codes (``notes.py``); ``app.present.hardware`` has their sentences.
"""

from __future__ import annotations

from .fake import (
    HardwareFileError,
    fake_machine,
    load_fake_machine,
    machine_from_json,
)
from .host import PsutilHost
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
from .recording import (
    GpuInfo,
    GpuSample,
    Peak,
    ProcessInfo,
    Recording,
    RecordingFileError,
    Sample,
    load_recording,
    peak_delta_bytes,
    recording_from_json,
    series,
)
from .sampler import HostMemory, MemorySampler

__all__ = [
    "CpuReading",
    "DiskReading",
    "FakeProbe",
    "GpuInfo",
    "GpuProcess",
    "GpuReading",
    "GpuSample",
    "HardwareFileError",
    "HardwareProbe",
    "HostMemory",
    "MachineReading",
    "MemoryReading",
    "MemorySampler",
    "Peak",
    "PlatformReading",
    "ProcessInfo",
    "PsutilHost",
    "Recording",
    "RecordingFileError",
    "Sample",
    "SwapReading",
    "SystemProbe",
    "fake_machine",
    "load_fake_machine",
    "load_recording",
    "machine_from_json",
    "peak_delta_bytes",
    "probe_in_background",
    "probe_machine",
    "recording_from_json",
    "refresh_machine",
    "series",
]
