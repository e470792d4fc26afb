"""Hardware the user describes instead of owns: ``--gpu NAME[:GB] --ram GB`` and hardware files.

A hardware file has the shape of ``vramscope hardware --json``, so a reading saved on one PC can
be planned for on another. Files are read through ``core.jsondata`` (bounded size and depth, no
NaN); a :class:`HardwareFileError` code names the file, the field and the value.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, cast

from vramscope.core.errors import SpecError
from vramscope.core.hardware import CPU_KINDS, CpuKind, GpuDevice
from vramscope.core.jsondata import JsonData, describe, load_json
from vramscope.core.notes import Note

from .notes import DESCRIBED, FILE_TEXT, NO_GPU_CODES, NO_GPU_GIVEN, file_note
from .ram_speed import RamSpeed, RamSpeedSource
from .reading import (
    CpuReading,
    DiskReading,
    GpuProcess,
    GpuReading,
    MachineReading,
    MemoryReading,
    PlatformReading,
    SwapReading,
    cpu_kind_of,
)

__all__ = [
    "FAKE_NOTE",
    "HardwareFileError",
    "fake_machine",
    "load_fake_machine",
    "machine_from_json",
]

FAKE_NOTE = Note.of(DESCRIBED)
NO_GPU_NOTE = Note.of(NO_GPU_GIVEN)
# A real reading is a few kB; anything much larger is not a hardware file.
_MAX_FILE_BYTES = 1 << 20
# NVML enumerates at most 64 devices; a GPU runs at most a few hundred programs.
_MAX_GPUS = 64
_MAX_PROCESSES = 4096
_MAX_NOTE_CHARS = 4096
# Hostile-value bounds: a field outside them is an error naming it, never an OverflowError
# when a byte count meets a float (10**400 / GIB) further on.
# source: the largest single-image machines ship with 32-48 TiB of RAM (HPE Superdome Flex,
# "up to 48 TB"); 1 PiB leaves a 20x margin and keeps every sum far inside a float.
MAX_MEMORY_BYTES = 1 << 50
# Fastest memory bus shipping (B200 HBM3e, 8 TB/s) x 125: any larger bandwidth is corrupt.
MAX_BANDWIDTH_BYTES_PER_S = 1 << 50
# A GPU's or CPU's clock above 1 THz, or more than a million cores, is corrupt.
MAX_CLOCK_MHZ = 1_000_000
MAX_CORES = 1 << 20
# Names, UUIDs, versions and the CPU's model: NVML's longest name buffer is 96 bytes
# (NVML_DEVICE_NAME_V2_BUFFER_SIZE); 4096 keeps anything a driver could report.
MAX_TEXT_CHARS = 4096
MAX_CPU_FLAGS = 4096
# the reasons why fields are unknown: one per field a reading has, with room for new ones
_MAX_UNKNOWN = 64
_MAX_PID = (1 << 32) - 1  # pids are 32-bit on Linux, macOS and Windows
_SOURCES: frozenset[str] = frozenset({"nvml", "apple_unified", "fake"})
_RAM_SPEED_SOURCES: frozenset[str] = frozenset({"memory_type", "measured", "given"})
# memory channels of one machine: 12 per socket on today's largest servers, x 8 sockets
_MAX_CHANNELS = 96
# field -> (min, max); PCIe generations and widths, bus widths: above every spec with room.
_INT_FIELDS: dict[str, tuple[int, int]] = {
    "index": (0, _MAX_GPUS - 1),
    "used_bytes": (0, MAX_MEMORY_BYTES),
    "reserved_bytes": (0, MAX_MEMORY_BYTES),
    "bandwidth_bytes_per_s": (1, MAX_BANDWIDTH_BYTES_PER_S),
    "memory_bus_width_bits": (1, 1 << 16),
    "max_memory_clock_mhz": (1, MAX_CLOCK_MHZ),
    "pcie_generation": (1, 64),
    "pcie_width": (1, 64),
    "pcie_generation_current": (1, 64),
    "pcie_width_current": (1, 64),
    "pcie_bytes_per_s": (1, MAX_BANDWIDTH_BYTES_PER_S),
}
_STR_FIELDS = ("uuid", "compute_capability", "driver_version", "cuda_driver_version")
_BOOL_FIELDS = ("display_active", "mig_enabled")


class HardwareFileError(SpecError):
    """A hardware file that cannot be used; its code names the file, the field and the value."""


def fake_machine(
    gpus: Sequence[GpuDevice],
    ram_total_bytes: int,
    *,
    ram_available_bytes: int | None = None,
    notes: Sequence[Note] = (FAKE_NOTE,),
) -> MachineReading:
    """A reading for hardware the user does not own (``--gpu`` / ``--ram``, tests).

    CPU, disk and platform are left unknown: they describe no real machine.

    Example:
        >>> fake_machine([GpuDevice("RTX 4090", 24 * GIB, 24 * GIB)], 64 * GIB)  # doctest: +SKIP
    """
    readings = tuple(
        GpuReading(
            name=g.name,
            total_bytes=g.total_bytes,
            free_bytes=g.free_bytes,
            index=i,
            bandwidth_bytes_per_s=g.bandwidth_bytes_per_s or None,
            pcie_bytes_per_s=g.pcie_bytes_per_s or None,
            unified_memory=g.unified_memory,
            source="fake",
        )
        for i, g in enumerate(gpus)
    )
    available = ram_total_bytes if ram_available_bytes is None else ram_available_bytes
    all_notes = tuple(notes) + (() if readings else (NO_GPU_NOTE,))
    return MachineReading(
        gpus=readings,
        ram=MemoryReading(total_bytes=ram_total_bytes, available_bytes=available),
        notes=all_notes,
    )


def load_fake_machine(path: str | os.PathLike[str]) -> MachineReading:
    """Read a hardware file (the ``vramscope hardware --json`` shape).

    Raises:
        HardwareFileError: the file is missing, too large, not JSON, or a field is wrong.
    """
    data = load_json(path, max_bytes=_MAX_FILE_BYTES, error=HardwareFileError)
    reading = machine_from_json(data)
    if FAKE_NOTE in reading.notes:
        return reading
    return replace(reading, notes=(FAKE_NOTE, *reading.notes))


def machine_from_json(data: JsonData) -> MachineReading:
    """Build a reading from a parsed hardware file; the error names the first bad field."""
    gpus = tuple(_gpu(g) for g in data.objects("gpus", max_items=_MAX_GPUS, optional=True))
    ram = data.obj("ram")
    total = ram.int("total_bytes", min=1, max=MAX_MEMORY_BYTES)
    available = ram.int("available_bytes", total, max=MAX_MEMORY_BYTES)
    _not_above(ram, "available_bytes", available, "total_bytes", total)
    swap = data.obj("swap", optional=True)
    cpu = data.obj("cpu", optional=True)
    disk = data.obj("disk", optional=True)
    plat = data.obj("platform", optional=True)
    flags = cpu.str_list("flags", max_items=MAX_CPU_FLAGS)
    if any(len(flag) > MAX_TEXT_CHARS for flag in flags):
        cpu.fail("json.too_long", "flags", limit=MAX_TEXT_CHARS)
    apple = plat.bool("apple_silicon", False)
    # the file may state the CPU kind; else it follows the flags and the platform as a probe's
    kind = (
        cast(CpuKind, cpu.one_of("kind", frozenset(CPU_KINDS)))
        if cpu.has("kind") and cpu.opt_str("kind") is not None
        else cpu_kind_of(flags, apple_silicon=apple)
    )
    notes = [_note(data, i) for i in data.list("notes", optional=True).indexes()]
    if not any(g.usable for g in gpus) and not any(n.code in NO_GPU_CODES for n in notes):
        notes.append(NO_GPU_NOTE)
    return MachineReading(
        gpus=gpus,
        ram=MemoryReading(total_bytes=total, available_bytes=available),
        swap=SwapReading(
            total_bytes=swap.int("total_bytes", 0, max=MAX_MEMORY_BYTES),
            free_bytes=swap.int("free_bytes", 0, max=MAX_MEMORY_BYTES),
        ),
        cpu=CpuReading(
            model=cpu.opt_str("model", max_len=MAX_TEXT_CHARS),
            physical_cores=cpu.opt_int("physical_cores", max=MAX_CORES),
            logical_cores=cpu.opt_int("logical_cores", max=MAX_CORES),
            flags=flags,
            max_mhz=cpu.opt_int("max_mhz", min=1, max=MAX_CLOCK_MHZ),
            kind=kind,
        ),
        disk=DiskReading(
            path=disk.opt_str("path", max_len=MAX_TEXT_CHARS),
            free_bytes=disk.opt_int("free_bytes", max=MAX_MEMORY_BYTES),
        ),
        platform=PlatformReading(
            os=plat.opt_str("os", max_len=MAX_TEXT_CHARS) or "unknown",
            is_windows=plat.bool("is_windows", False),
            is_wsl=plat.bool("is_wsl", False),
            apple_silicon=apple,
        ),
        notes=tuple(notes),
        ram_speed=_ram_speed(data),
    )


def _ram_speed(data: JsonData) -> RamSpeed | None:
    """The file's ``ram_speed`` (``MachineReading.to_json`` writes it; null or absent: none)."""
    if not data.has("ram_speed"):
        return None
    obj = data.obj("ram_speed")
    return RamSpeed(
        bandwidth_bytes_per_s=obj.int(
            "bandwidth_bytes_per_s", min=1, max=MAX_BANDWIDTH_BYTES_PER_S
        ),
        source=cast(RamSpeedSource, obj.one_of("source", _RAM_SPEED_SOURCES, "memory_type")),
        memory_type=obj.opt_str("memory_type", max_len=MAX_TEXT_CHARS) or "",
        mt_per_s=obj.int("mt_per_s", 0, max=MAX_CLOCK_MHZ),
        channels=obj.int("channels", 0, max=_MAX_CHANNELS),
        measured_bytes_per_s=obj.int("measured_bytes_per_s", 0, max=MAX_BANDWIDTH_BYTES_PER_S),
    )


def _note(data: JsonData, index: int) -> Note:
    # Notes written by this version are codes; `vramscope hardware --json` prints sentences.
    notes = data.list("notes")
    item = notes.get(index)
    if isinstance(item, str):
        return Note.of(FILE_TEXT, text=notes.str(index, max_len=_MAX_NOTE_CHARS))
    note = file_note(item)
    if note is None:
        notes.fail("hardware.file.bad_note", index, value=describe(item))
    return note


def _not_above(node: JsonData, key: str, value: int, total_key: str, total: int) -> None:
    if value > total:
        node.fail(
            "hardware.file.free_above_total",
            key,
            value=describe(value),
            total_field=node.field(total_key),
            total=total,
        )


def _gpu(obj: JsonData) -> GpuReading:
    name = obj.str("name", max_len=MAX_TEXT_CHARS)
    total = obj.opt_int("total_bytes", min=1, max=MAX_MEMORY_BYTES)
    free = obj.opt_int("free_bytes", max=MAX_MEMORY_BYTES)
    if total is not None:
        free = total if free is None else free
        _not_above(obj, "free_bytes", free, "total_bytes", total)
    unknown = obj.str_map("unknown") if obj.has("unknown") else {}
    if len(unknown) > _MAX_UNKNOWN:
        obj.fail("json.too_many", "unknown", count=len(unknown), limit=_MAX_UNKNOWN)
    for key, text in unknown.items():
        if len(key) > MAX_TEXT_CHARS or len(text) > MAX_TEXT_CHARS:
            obj.fail("json.too_long", "unknown", limit=MAX_TEXT_CHARS)
    fields: dict[str, Any] = {
        k: obj.opt_int(k, min=lo, max=hi) for k, (lo, hi) in _INT_FIELDS.items()
    }
    fields.update({k: obj.opt_str(k, max_len=MAX_TEXT_CHARS) for k in _STR_FIELDS})
    fields.update({k: obj.opt_bool(k) for k in _BOOL_FIELDS})
    return GpuReading(
        name=name,
        total_bytes=total,
        free_bytes=free,
        **fields,
        processes=_processes(obj),
        unified_memory=obj.bool("unified_memory", False),
        source=obj.one_of("source", _SOURCES, "fake"),
        unknown=tuple(unknown.items()),
    )


def _processes(gpu: JsonData) -> tuple[GpuProcess, ...] | None:
    if not gpu.has("processes"):
        return None
    return tuple(
        GpuProcess(
            pid=p.int("pid", max=_MAX_PID),
            name=p.opt_str("name", max_len=MAX_TEXT_CHARS),
            used_bytes=p.opt_int("used_bytes", max=MAX_MEMORY_BYTES),
        )
        for p in gpu.objects("processes", max_items=_MAX_PROCESSES)
    )
