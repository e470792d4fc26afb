"""A fake ``pynvml`` module: an object with the binding's functions, handed to the probe.

It raises the real binding's exception classes (nvidia-ml-py is installed everywhere the tests
run), so error codes and messages are the ones a driver would produce. Each GPU can be told to
fail any function, or to be lost from some moment on. The benchmarks use it too
(:func:`fake_binding`): run them from the repository root as ``python -m benchmarks.probe``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pynvml

GIB = 1 << 30


def proc(pid: int, used: int | None) -> SimpleNamespace:
    return SimpleNamespace(pid=pid, usedGpuMemory=used)


@dataclass
class FakeGpu:
    name: str = "NVIDIA GeForce RTX 4090"
    uuid: str = "GPU-11111111-2222-3333-4444-555555555555"
    total: int = 24564 * (1 << 20)
    free: int = 20000 * (1 << 20)
    used: int = 4000 * (1 << 20)
    reserved: int = 564 * (1 << 20)
    bus_bits: int = 384
    mem_clock_mhz: int = 10501
    capability: tuple[int, int] = (8, 9)
    pcie_max: tuple[int, int] = (4, 16)
    pcie_now: tuple[int, int] = (1, 16)
    display: int = 0
    mig: list[int] | None = None  # None: MIG not supported (a GeForce)
    compute: list[Any] = field(default_factory=list)
    graphics: list[Any] = field(default_factory=list)
    # function name -> exception raised on every call for this GPU
    errors: dict[str, BaseException] = field(default_factory=dict)
    lost: bool = False


class FakeNvml:
    """Quacks like ``pynvml`` for the functions the probe uses."""

    NVMLError = pynvml.NVMLError
    NVML_CLOCK_MEM = pynvml.NVML_CLOCK_MEM
    NVML_DEVICE_MIG_ENABLE = pynvml.NVML_DEVICE_MIG_ENABLE
    nvmlMemory_v2 = pynvml.nvmlMemory_v2  # noqa: N815 - the binding's own name

    def __init__(
        self,
        gpus: list[FakeGpu] | None = None,
        *,
        init_error: BaseException | None = None,
        driver: str | bytes = "550.54.14",
        cuda: int = 12040,
        names: dict[int, str] | None = None,
        system_errors: dict[str, BaseException] | None = None,
        memory_v2: bool = True,
        process_name: str | None = None,
        record_calls: bool = True,
    ) -> None:
        self.gpus = [FakeGpu()] if gpus is None else gpus
        self.init_error = init_error
        self.driver = driver
        self.cuda = cuda
        self.names = names or {}
        self.system_errors = system_errors or {}
        self.memory_v2 = memory_v2
        # the name of any pid missing from ``names``; None: NVML does not know it
        self.process_name = process_name
        # a benchmark sampling for minutes would keep millions of call names
        self.record_calls = record_calls
        self.calls: list[str] = []

    def _system(self, function: str) -> None:
        if self.record_calls:
            self.calls.append(function)
        if function in self.system_errors:
            raise self.system_errors[function]

    def _gpu(self, function: str, handle: int) -> FakeGpu:
        if self.record_calls:
            self.calls.append(function)
        gpu = self.gpus[handle]
        if gpu.lost:
            raise pynvml.NVMLError_GpuIsLost()
        if function in gpu.errors:
            raise gpu.errors[function]
        return gpu

    # -- system ---------------------------------------------------------------------------

    def nvmlInit(self) -> None:
        self._system("nvmlInit")
        if self.init_error is not None:
            raise self.init_error

    def nvmlShutdown(self) -> None:
        self._system("nvmlShutdown")

    def nvmlSystemGetDriverVersion(self) -> str | bytes:
        self._system("nvmlSystemGetDriverVersion")
        return self.driver

    def nvmlSystemGetCudaDriverVersion_v2(self) -> int:
        self._system("nvmlSystemGetCudaDriverVersion_v2")
        return self.cuda

    def nvmlSystemGetCudaDriverVersion(self) -> int:
        self._system("nvmlSystemGetCudaDriverVersion")
        return self.cuda

    def nvmlSystemGetProcessName(self, pid: int) -> str:
        self._system("nvmlSystemGetProcessName")
        name = self.names.get(pid, self.process_name)
        if name is None:
            raise pynvml.NVMLError_NotFound()
        return name

    def nvmlDeviceGetCount(self) -> int:
        self._system("nvmlDeviceGetCount")
        return len(self.gpus)

    def nvmlDeviceGetHandleByIndex(self, index: int) -> int:
        self._gpu("nvmlDeviceGetHandleByIndex", index)
        return index

    # -- per GPU --------------------------------------------------------------------------

    def nvmlDeviceGetName(self, h: int) -> str:
        return self._gpu("nvmlDeviceGetName", h).name

    def nvmlDeviceGetUUID(self, h: int) -> str:
        return self._gpu("nvmlDeviceGetUUID", h).uuid

    def nvmlDeviceGetMemoryInfo(self, h: int, version: int | None = None) -> SimpleNamespace:
        gpu = self._gpu("nvmlDeviceGetMemoryInfo", h)
        if version is not None:
            if not self.memory_v2:
                raise pynvml.NVMLError_FunctionNotFound()
            return SimpleNamespace(
                version=version,
                total=gpu.total,
                free=gpu.free,
                used=gpu.used,
                reserved=gpu.reserved,
            )
        # v1: "used" includes what the driver reserves
        return SimpleNamespace(total=gpu.total, free=gpu.free, used=gpu.used + gpu.reserved)

    def nvmlDeviceGetMemoryBusWidth(self, h: int) -> int:
        return self._gpu("nvmlDeviceGetMemoryBusWidth", h).bus_bits

    def nvmlDeviceGetMaxClockInfo(self, h: int, clock: int) -> int:
        gpu = self._gpu("nvmlDeviceGetMaxClockInfo", h)
        assert clock == pynvml.NVML_CLOCK_MEM
        return gpu.mem_clock_mhz

    def nvmlDeviceGetCudaComputeCapability(self, h: int) -> tuple[int, int]:
        return self._gpu("nvmlDeviceGetCudaComputeCapability", h).capability

    def nvmlDeviceGetMaxPcieLinkGeneration(self, h: int) -> int:
        return self._gpu("nvmlDeviceGetMaxPcieLinkGeneration", h).pcie_max[0]

    def nvmlDeviceGetMaxPcieLinkWidth(self, h: int) -> int:
        return self._gpu("nvmlDeviceGetMaxPcieLinkWidth", h).pcie_max[1]

    def nvmlDeviceGetCurrPcieLinkGeneration(self, h: int) -> int:
        return self._gpu("nvmlDeviceGetCurrPcieLinkGeneration", h).pcie_now[0]

    def nvmlDeviceGetCurrPcieLinkWidth(self, h: int) -> int:
        return self._gpu("nvmlDeviceGetCurrPcieLinkWidth", h).pcie_now[1]

    def nvmlDeviceGetDisplayActive(self, h: int) -> int:
        return self._gpu("nvmlDeviceGetDisplayActive", h).display

    def nvmlDeviceGetMigMode(self, h: int) -> list[int]:
        gpu = self._gpu("nvmlDeviceGetMigMode", h)
        if gpu.mig is None:
            raise pynvml.NVMLError_NotSupported()
        return gpu.mig

    def nvmlDeviceGetComputeRunningProcesses(self, h: int) -> list[Any]:
        return self._gpu("nvmlDeviceGetComputeRunningProcesses", h).compute

    def nvmlDeviceGetGraphicsRunningProcesses(self, h: int) -> list[Any]:
        return self._gpu("nvmlDeviceGetGraphicsRunningProcesses", h).graphics


def fake_binding(
    gpus: int, processes: Sequence[tuple[int, int]] = ((1, 1),), process_name: str = "/sbin/init"
) -> FakeNvml:
    """NVML with ``gpus`` healthy RTX 4090s on driver 550, each listing ``processes`` as
    ``(pid, used bytes)`` and naming every pid ``process_name`` (for the benchmarks)."""
    return FakeNvml(
        [
            FakeGpu(uuid=f"GPU-{i}", mig=[0, 0], compute=[proc(p, b) for p, b in processes])
            for i in range(gpus)
        ],
        process_name=process_name,
        record_calls=False,
    )
