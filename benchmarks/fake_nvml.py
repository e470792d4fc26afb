"""A minimal NVML stand-in for benchmarks that run without a GPU (the same calls the probe and
the sampler make, answering like an RTX 4090 on driver 550)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import SimpleNamespace
from typing import Any

__all__ = ["fake_binding"]


def fake_binding(
    gpus: int, processes: Sequence[tuple[int, int]] = ((1, 1),), process_name: str = "/sbin/init"
) -> Any:
    """NVML with ``gpus`` healthy GPUs, each listing ``processes`` as (pid, used bytes)."""
    memory = SimpleNamespace(total=24 << 30, free=20 << 30, used=3 << 30, reserved=1 << 30)
    procs = [SimpleNamespace(pid=pid, usedGpuMemory=used) for pid, used in processes]
    functions: dict[str, Callable[..., object]] = {
        "nvmlInit": lambda: None,
        "nvmlShutdown": lambda: None,
        "nvmlDeviceGetCount": lambda: gpus,
        "nvmlSystemGetDriverVersion": lambda: "550.54.14",
        "nvmlSystemGetCudaDriverVersion_v2": lambda: 12040,
        "nvmlDeviceGetHandleByIndex": lambda i: i,
        "nvmlDeviceGetName": lambda h: "NVIDIA GeForce RTX 4090",
        "nvmlDeviceGetUUID": lambda h: f"GPU-{h}",
        "nvmlDeviceGetMemoryInfo": lambda h, version=None: memory,
        "nvmlDeviceGetMemoryBusWidth": lambda h: 384,
        "nvmlDeviceGetMaxClockInfo": lambda h, clock: 10501,
        "nvmlDeviceGetCudaComputeCapability": lambda h: (8, 9),
        "nvmlDeviceGetMaxPcieLinkGeneration": lambda h: 4,
        "nvmlDeviceGetMaxPcieLinkWidth": lambda h: 16,
        "nvmlDeviceGetCurrPcieLinkGeneration": lambda h: 1,
        "nvmlDeviceGetCurrPcieLinkWidth": lambda h: 16,
        "nvmlDeviceGetDisplayActive": lambda h: 0,
        "nvmlDeviceGetMigMode": lambda h: [0, 0],
        "nvmlDeviceGetComputeRunningProcesses": lambda h: procs,
        "nvmlDeviceGetGraphicsRunningProcesses": lambda h: [],
        "nvmlSystemGetProcessName": lambda pid: process_name,
    }
    return SimpleNamespace(nvmlMemory_v2=0x02000028, NVML_CLOCK_MEM=2, **functions)
