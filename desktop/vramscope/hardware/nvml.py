"""NVIDIA GPUs through NVML (the ``nvidia-ml-py`` binding, imported as ``pynvml``).

Every NVML call goes through :meth:`NvmlSession._call`, the one place that touches the binding
(nvitop's ``nvmlQuery`` habit). The binding is a parameter, so tests hand in a fake module
instead of patching calls one by one; failures come back as readings with reasons, never as
exceptions.
"""

from __future__ import annotations

import contextlib
import ntpath
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from vramscope.core.notes import Note

from . import notes as notes_
from .constants import (
    GPU_BANDWIDTH_MAX_BYTES_PER_S,
    GPU_BANDWIDTH_MIN_BYTES_PER_S,
    NVML_MEMORY_DATA_RATE_FACTOR,
)
from .notes import gpu_label
from .reading import GpuProcess, GpuReading, pcie_bytes_per_s

__all__ = ["NvmlSession", "NvmlUnavailableError", "import_nvml"]

# NVML return codes, stable across driver releases (nvml.h, nvmlReturn_t).
_UNINITIALIZED = 1
_NOT_SUPPORTED = 3
_NO_PERMISSION = 4
_DRIVER_NOT_LOADED = 9
_LIBRARY_NOT_FOUND = 12
_FUNCTION_NOT_FOUND = 13
_GPU_IS_LOST = 15
_RESET_REQUIRED = 16
_LIB_RM_VERSION_MISMATCH = 18
_ARGUMENT_VERSION_MISMATCH = 25
_GPU_NOT_FOUND = 28
_GPU_GONE = frozenset({_GPU_IS_LOST, _RESET_REQUIRED, _GPU_NOT_FOUND, _UNINITIALIZED})

# Defaults for the enum values when a fake binding leaves them out (nvml.h).
_NVML_CLOCK_MEM = 2
_NVML_FEATURE_ENABLED = 1
_NVML_DEVICE_MIG_ENABLE = 1


class NvmlUnavailableError(Exception):
    """NVML cannot be used at all. ``cause`` is one of ``notes.NVML_CAUSES``; :attr:`note` is
    the probe's note (no GPU planned for), :attr:`measure_note` the measurement's."""

    def __init__(self, cause: str, **params: str) -> None:
        super().__init__(cause, *params.values())
        self.cause = cause
        self.params = params

    @property
    def note(self) -> Note:
        return Note.of(f"nvml.{self.cause}", **self.params)

    @property
    def measure_note(self) -> Note:
        return Note.of(f"measure.nvml.{self.cause}", **self.params)


class _CallError(Exception):
    def __init__(self, code: int | None, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


class _GpuSkippedError(Exception):
    """A GPU that cannot be read any more (lost, reset, gone between two reads)."""

    def __init__(self, reason: str, name: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.name = name


def import_nvml() -> tuple[Any | None, NvmlUnavailableError | None]:
    """Import the binding lazily: ``(module, None)`` or ``(None, why not)``."""
    try:
        import pynvml
    except ImportError as err:
        return None, NvmlUnavailableError("not_installed", reason=str(err))
    return pynvml, None


def _reason(code: int | None, text: str) -> str:
    if code == _NOT_SUPPORTED:
        return "not supported by this GPU or driver"
    if code == _NO_PERMISSION:
        return "permission denied (needs administrator or root rights)"
    if code == _FUNCTION_NOT_FOUND:
        return "the installed NVIDIA driver is too old for this query"
    return f"NVML error: {text}"


def _unavailable(err: _CallError) -> NvmlUnavailableError:
    if err.code == _LIBRARY_NOT_FOUND:
        return NvmlUnavailableError("no_driver")
    if err.code == _DRIVER_NOT_LOADED:
        return NvmlUnavailableError("driver_not_loaded")
    if err.code == _LIB_RM_VERSION_MISMATCH:
        return NvmlUnavailableError("version_mismatch")
    if err.code == _NO_PERMISSION:
        return NvmlUnavailableError("no_permission")
    return NvmlUnavailableError("query_failed", reason=err.reason)


def _decode(value: Any) -> Any:
    # Older bindings return char arrays as bytes.
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value


class NvmlSession:
    """One NVML session: :meth:`open`, read or refresh any number of times, :meth:`close`.

    ``process_name`` names a PID when NVML cannot (the host's psutil lookup).
    """

    def __init__(
        self, module: Any, *, process_name: Callable[[int], str | None] | None = None
    ) -> None:
        self._nvml = module
        self._process_name = process_name
        self._open = False

    # -- the chokepoint ---------------------------------------------------------------------

    def _call(self, function: str, *args: Any) -> Any:
        func = getattr(self._nvml, function, None)
        if func is None:
            raise _CallError(None, f"this nvidia-ml-py has no {function}")
        try:
            return _decode(func(*args))
        # The binding raises NVMLError subclasses; anything else still must not escape the probe.
        except Exception as err:
            code = getattr(err, "value", None)
            try:
                text = str(err) or type(err).__name__
            except Exception:  # pynvml's __str__ calls into the library, which may be gone
                text = type(err).__name__
            raise _CallError(code if isinstance(code, int) else None, text) from None

    def _field(self, unknown: dict[str, str], name: str, function: str, *args: Any) -> Any:
        """Read one field; None (and a reason in ``unknown``) when the driver cannot say."""
        try:
            return self._call(function, *args)
        except _CallError as err:
            if err.code in _GPU_GONE:
                raise _GpuSkippedError(err.reason) from None
            unknown[name] = _reason(err.code, err.reason)
            return None

    # -- session ----------------------------------------------------------------------------

    def open(self) -> None:
        """Initialise NVML. Raises :class:`NvmlUnavailableError` with the note to show."""
        if self._open:
            return
        try:
            self._call("nvmlInit")
        except _CallError as err:
            raise _unavailable(err) from None
        self._open = True

    def close(self) -> None:
        if self._open:
            self._open = False
            # Nothing to release if the driver went away meanwhile.
            with contextlib.suppress(_CallError):
                self._call("nvmlShutdown")

    def __enter__(self) -> NvmlSession:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ----------------------------------------------------------------------------

    def read_gpus(self) -> tuple[tuple[GpuReading, ...], tuple[Note, ...]]:
        """All GPUs with every field, and notes. Raises :class:`NvmlUnavailableError`."""
        self.open()
        try:
            count = int(self._call("nvmlDeviceGetCount"))
        except _CallError as err:
            raise _unavailable(err) from None
        if count == 0:
            raise NvmlUnavailableError("no_gpus")
        system_unknown: dict[str, str] = {}
        driver = self._system_field(system_unknown, "driver_version", "nvmlSystemGetDriverVersion")
        cuda = self._cuda_version(system_unknown)
        gpus: list[GpuReading] = []
        notes: list[Note] = []
        for index in range(count):
            try:
                gpu = self._read_gpu(index, driver, cuda, system_unknown)
            except _GpuSkippedError as lost:
                notes.append(_lost_note(index, lost.name, lost.reason))
                continue
            gpus.append(gpu)
            notes.extend(_gpu_notes(gpu))
        if not any(g.usable for g in gpus):
            notes.append(Note.of(notes_.NVML_NO_USABLE_GPU))
        return tuple(gpus), tuple(notes)

    def refresh_gpus(
        self, previous: Sequence[GpuReading]
    ) -> tuple[tuple[GpuReading, ...], tuple[Note, ...]] | None:
        """Re-read memory and processes of ``previous``; None when a full read is needed."""
        self.open()
        try:
            count = int(self._call("nvmlDeviceGetCount"))
        except _CallError as err:
            raise _unavailable(err) from None
        gpus: list[GpuReading] = []
        notes: list[Note] = []
        for old in previous:
            if old.index is None or old.index >= count:
                return None
            try:
                handle = self._handle(old.index)
                unknown = {k: v for k, v in old.unknown if k not in _VOLATILE}
                uuid = self._field(unknown, "uuid", "nvmlDeviceGetUUID", handle)
                if uuid != old.uuid:
                    return None  # a different card at this index (hot-plug, reordering)
                gpus.append(
                    replace(
                        old,
                        **self._memory(handle, unknown),
                        processes=self._processes(handle, unknown),
                        unknown=tuple(unknown.items()),
                    )
                )
            except _GpuSkippedError as lost:
                notes.append(_lost_note(old.index, old.name, lost.reason))
        if previous and not any(g.usable for g in gpus):
            notes.append(Note.of(notes_.NVML_NO_USABLE_GPU_LEFT))
        return tuple(gpus), tuple(notes)

    def _system_field(self, unknown: dict[str, str], name: str, function: str) -> Any:
        try:
            return self._field(unknown, name, function)
        except _GpuSkippedError as err:
            unknown[name] = err.reason
            return None

    def _cuda_version(self, unknown: dict[str, str]) -> str | None:
        value = self._system_field(
            unknown, "cuda_driver_version", "nvmlSystemGetCudaDriverVersion_v2"
        )
        if value is None:
            unknown.pop("cuda_driver_version", None)
            value = self._system_field(
                unknown, "cuda_driver_version", "nvmlSystemGetCudaDriverVersion"
            )
        if value is None:
            return None
        # NVML encodes CUDA 12.8 as 12080 (1000 * major + 10 * minor).
        return f"{int(value) // 1000}.{int(value) % 1000 // 10}"

    def _handle(self, index: int) -> Any:
        try:
            return self._call("nvmlDeviceGetHandleByIndex", index)
        except _CallError as err:
            raise _GpuSkippedError(err.reason) from None

    def _read_gpu(
        self, index: int, driver: str | None, cuda: str | None, system_unknown: dict[str, str]
    ) -> GpuReading:
        handle = self._handle(index)
        unknown = dict(system_unknown)
        name: str | None = None
        try:
            name = self._field(unknown, "name", "nvmlDeviceGetName", handle)
            uuid = self._field(unknown, "uuid", "nvmlDeviceGetUUID", handle)
            memory = self._memory(handle, unknown)
            bus = self._field(
                unknown, "memory_bus_width_bits", "nvmlDeviceGetMemoryBusWidth", handle
            )
            clock = self._field(
                unknown,
                "max_memory_clock_mhz",
                "nvmlDeviceGetMaxClockInfo",
                handle,
                getattr(self._nvml, "NVML_CLOCK_MEM", _NVML_CLOCK_MEM),
            )
            capability = self._field(
                unknown, "compute_capability", "nvmlDeviceGetCudaComputeCapability", handle
            )
            pcie = {
                "pcie_generation": self._field(
                    unknown, "pcie_generation", "nvmlDeviceGetMaxPcieLinkGeneration", handle
                ),
                "pcie_width": self._field(
                    unknown, "pcie_width", "nvmlDeviceGetMaxPcieLinkWidth", handle
                ),
                "pcie_generation_current": self._field(
                    unknown,
                    "pcie_generation_current",
                    "nvmlDeviceGetCurrPcieLinkGeneration",
                    handle,
                ),
                "pcie_width_current": self._field(
                    unknown, "pcie_width_current", "nvmlDeviceGetCurrPcieLinkWidth", handle
                ),
            }
            display = self._field(unknown, "display_active", "nvmlDeviceGetDisplayActive", handle)
            mig = self._mig(handle, unknown)
            processes = self._processes(handle, unknown)
        except _GpuSkippedError as lost:
            raise _GpuSkippedError(lost.reason, name) from None
        bandwidth = _bandwidth(bus, clock, unknown)
        link: dict[str, Any] = {k: None if v is None else int(v) for k, v in pcie.items()}
        # The best link the slot and card agree on; the current one drops at idle to save power.
        link_bytes = pcie_bytes_per_s(link["pcie_generation"], link["pcie_width"])
        if link_bytes is None:
            unknown["pcie_bytes_per_s"] = "needs PCIe generation and width"
        return GpuReading(
            name=name or f"NVIDIA GPU {index}",
            index=index,
            uuid=uuid,
            **memory,
            bandwidth_bytes_per_s=bandwidth,
            memory_bus_width_bits=None if bus is None else int(bus),
            max_memory_clock_mhz=None if clock is None else int(clock),
            compute_capability=(None if capability is None else f"{capability[0]}.{capability[1]}"),
            driver_version=driver,
            cuda_driver_version=cuda,
            **link,
            pcie_bytes_per_s=link_bytes,
            display_active=None if display is None else display == _NVML_FEATURE_ENABLED,
            mig_enabled=mig,
            processes=processes,
            source="nvml",
            unknown=tuple(unknown.items()),
        )

    def _memory(self, handle: Any, unknown: dict[str, str]) -> dict[str, Any]:
        for key in _MEMORY_FIELDS:
            unknown.pop(key, None)
        # v2 separates driver-reserved memory from "used" (nvidia-smi's "Reserved" line); older
        # drivers only have v1, where used includes the reservation.
        version = getattr(self._nvml, "nvmlMemory_v2", None)
        info = None
        if version is not None:
            info = self._field({}, "memory", "nvmlDeviceGetMemoryInfo", handle, version)
        if info is None:
            info = self._field(unknown, "memory", "nvmlDeviceGetMemoryInfo", handle)
        if info is None:
            reason = unknown.pop("memory")
            for key in _MEMORY_FIELDS:
                unknown[key] = reason
            return dict.fromkeys(_MEMORY_FIELDS)
        reserved = getattr(info, "reserved", None)
        if reserved is None:
            unknown["reserved_bytes"] = "needs NVML memory info v2 (driver 510 or newer)"
        return {
            "total_bytes": int(info.total),
            "free_bytes": int(info.free),
            "used_bytes": int(info.used),
            "reserved_bytes": None if reserved is None else int(reserved),
        }

    def _mig(self, handle: Any, unknown: dict[str, str]) -> bool | None:
        probe: dict[str, str] = {}
        modes = self._field(probe, "mig_enabled", "nvmlDeviceGetMigMode", handle)
        if modes is None:
            # A GPU without MIG support (every GeForce) cannot be in MIG mode.
            if probe.get("mig_enabled") == _NOT_SUPPORTED_REASON:
                return False
            unknown.update(probe)
            return None
        enable = getattr(self._nvml, "NVML_DEVICE_MIG_ENABLE", _NVML_DEVICE_MIG_ENABLE)
        return bool(modes[0] == enable)

    def _processes(self, handle: Any, unknown: dict[str, str]) -> tuple[GpuProcess, ...] | None:
        found: dict[int, int | None] = {}
        for function in (
            "nvmlDeviceGetComputeRunningProcesses",
            "nvmlDeviceGetGraphicsRunningProcesses",
        ):
            listed = self._field(unknown, "processes", function, handle)
            if listed is None:
                return None
            for proc in listed:
                pid = int(proc.pid)
                used = getattr(proc, "usedGpuMemory", None)
                # A program in both lists reports the same allocation twice; keep one.
                if found.get(pid) is None:
                    found[pid] = None if used is None else int(used)
        return tuple(
            GpuProcess(pid=pid, name=self._name_of(pid), used_bytes=used)
            for pid, used in sorted(found.items(), key=lambda item: -(item[1] or 0))
        )

    def _name_of(self, pid: int) -> str | None:
        try:
            path = self._call("nvmlSystemGetProcessName", pid)
        except _CallError:
            path = None
        if not path and self._process_name is not None:
            try:
                path = self._process_name(pid)
            except Exception:  # a process can exit between the list and the lookup
                path = None
        # ntpath splits on both / and \, so Windows and Linux paths both reduce to the file.
        return (ntpath.basename(str(path)) or None) if path else None


_NOT_SUPPORTED_REASON = _reason(_NOT_SUPPORTED, "")
_MEMORY_FIELDS = ("total_bytes", "free_bytes", "used_bytes", "reserved_bytes")
_VOLATILE = frozenset({*_MEMORY_FIELDS, "processes"})


def _bandwidth(bus: Any, clock: Any, unknown: dict[str, str]) -> int | None:
    if bus is None or clock is None:
        missing = unknown.get("memory_bus_width_bits") or unknown.get("max_memory_clock_mhz")
        unknown["bandwidth_bytes_per_s"] = f"needs memory bus width and clock ({missing})"
        return None
    bandwidth = int(bus) // 8 * int(clock) * 1_000_000 * NVML_MEMORY_DATA_RATE_FACTOR
    if not GPU_BANDWIDTH_MIN_BYTES_PER_S <= bandwidth <= GPU_BANDWIDTH_MAX_BYTES_PER_S:
        unknown["bandwidth_bytes_per_s"] = (
            f"NVML reports a {bus}-bit bus at {clock} MHz ({bandwidth / 1e9:.0f} GB/s), "
            "which is not plausible; ignored"
        )
        return None
    return bandwidth


def _lost_note(index: int, name: str | None, reason: str) -> Note:
    return Note.of(notes_.GPU_LOST, gpu=gpu_label(index, name), reason=reason)


def _gpu_notes(gpu: GpuReading) -> list[Note]:
    label = gpu_label(gpu.index or 0, gpu.name)
    notes = []
    if not gpu.usable:
        reason = gpu.reason("total_bytes") or ""
        notes.append(Note.of(notes_.GPU_NO_MEMORY_SIZE, gpu=label, reason=reason))
    if gpu.mig_enabled:
        notes.append(Note.of(notes_.GPU_MIG, gpu=label))
    if gpu.display_active:
        notes.append(Note.of(notes_.GPU_DISPLAY, gpu=label))
    if gpu.processes is None and gpu.reason("processes") == _reason(_NO_PERMISSION, ""):
        notes.append(Note.of(notes_.GPU_PROCESSES_DENIED, gpu=label))
    return notes
