"""Hardware the user describes instead of owns: ``--gpu NAME[:GB] --ram GB`` and hardware files.

A hardware file has the shape of ``vramscope hardware --json``, so a reading saved on one PC can
be planned for on another. Files are treated as hostile: bounded size, every field checked, one
clear :class:`HardwareFileError` line naming the field.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vramscope.core.hardware import GpuDevice
from vramscope.core.units import GIB

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
    "FAKE_NOTE",
    "HardwareFileError",
    "HardwareOptionError",
    "fake_machine",
    "load_fake_machine",
    "machine_from_json",
    "parse_gpu_option",
    "parse_ram_option",
]

FAKE_NOTE = "Planning for hardware you described, not for this machine."
NO_GPU_NOTE = "No GPU given: planning for CPU and RAM only."
# A real reading is a few kB; anything much larger is not a hardware file.
_MAX_FILE_BYTES = 1 << 20
# Above any GPU or workstation sold (the largest single GPUs carry under 300 GB).
_MAX_OPTION_GB = 65_536
_SOURCES = frozenset({"nvml", "apple_unified", "fake"})
_INT_FIELDS = (
    "index",
    "used_bytes",
    "reserved_bytes",
    "bandwidth_bytes_per_s",
    "memory_bus_width_bits",
    "max_memory_clock_mhz",
    "pcie_generation",
    "pcie_width",
    "pcie_generation_current",
    "pcie_width_current",
    "pcie_bytes_per_s",
)
_STR_FIELDS = ("uuid", "compute_capability", "driver_version", "cuda_driver_version")
_BOOL_FIELDS = ("display_active", "mig_enabled")


class HardwareFileError(ValueError):
    """A hardware file that cannot be used; the message is one line naming the problem."""


class HardwareOptionError(ValueError):
    """A bad ``--gpu`` or ``--ram`` value; the message is one line naming the option."""


def fake_machine(
    gpus: Sequence[GpuDevice],
    ram_total_bytes: int,
    *,
    ram_available_bytes: int | None = None,
    notes: Sequence[str] = (FAKE_NOTE,),
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
    where = str(path)
    try:
        with Path(path).open("rb") as f:
            raw = f.read(_MAX_FILE_BYTES + 1)
    except OSError as err:
        raise HardwareFileError(f"{where}: cannot read ({err.strerror or err})") from None
    if len(raw) > _MAX_FILE_BYTES:
        raise HardwareFileError(
            f"{where}: larger than {_MAX_FILE_BYTES} bytes; not a hardware file"
        )
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise HardwareFileError(f"{where}: not UTF-8 text") from None
    except json.JSONDecodeError as err:
        raise HardwareFileError(
            f"{where}: not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})"
        ) from None
    except RecursionError:
        raise HardwareFileError(f"{where}: JSON nested too deeply") from None
    reading = machine_from_json(data, where=where)
    if FAKE_NOTE in reading.notes:
        return reading
    return MachineReading(
        gpus=reading.gpus,
        ram=reading.ram,
        swap=reading.swap,
        cpu=reading.cpu,
        disk=reading.disk,
        platform=reading.platform,
        notes=(FAKE_NOTE, *reading.notes),
    )


def machine_from_json(data: object, *, where: str = "hardware") -> MachineReading:
    """Build a reading from parsed JSON; :class:`HardwareFileError` names the first bad field."""
    obj = _object(data, where)
    gpus_data = obj.get("gpus", [])
    if not isinstance(gpus_data, list):
        raise HardwareFileError(f"{where}: 'gpus' must be a list, got {_kind(gpus_data)}")
    gpus = tuple(_gpu(g, f"{where}: gpus[{i}]") for i, g in enumerate(gpus_data))
    if "ram" not in obj:
        raise HardwareFileError(f"{where}: 'ram' is missing (needs at least ram.total_bytes)")
    ram_obj = _object(obj["ram"], f"{where}: ram")
    total = _int(ram_obj, "total_bytes", f"{where}: ram", required=True, positive=True)
    assert total is not None
    available = _int(ram_obj, "available_bytes", f"{where}: ram")
    available = total if available is None else available
    if available > total:
        raise HardwareFileError(
            f"{where}: ram.available_bytes ({available}) is larger than ram.total_bytes ({total})"
        )
    swap_obj = _object(obj.get("swap", {}), f"{where}: swap")
    cpu_obj = _object(obj.get("cpu", {}), f"{where}: cpu")
    disk_obj = _object(obj.get("disk", {}), f"{where}: disk")
    plat_obj = _object(obj.get("platform", {}), f"{where}: platform")
    flags = cpu_obj.get("flags", [])
    if not isinstance(flags, list) or not all(isinstance(f, str) for f in flags):
        raise HardwareFileError(f"{where}: cpu.flags must be a list of strings")
    notes = obj.get("notes", [])
    if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
        raise HardwareFileError(f"{where}: 'notes' must be a list of strings")
    if not any(g.usable for g in gpus) and not any("GPU" in n for n in notes):
        notes = [*notes, NO_GPU_NOTE]
    return MachineReading(
        gpus=gpus,
        ram=MemoryReading(total_bytes=total, available_bytes=available),
        swap=SwapReading(
            total_bytes=_int(swap_obj, "total_bytes", f"{where}: swap") or 0,
            free_bytes=_int(swap_obj, "free_bytes", f"{where}: swap") or 0,
        ),
        cpu=CpuReading(
            model=_str(cpu_obj, "model", f"{where}: cpu"),
            physical_cores=_int(cpu_obj, "physical_cores", f"{where}: cpu"),
            logical_cores=_int(cpu_obj, "logical_cores", f"{where}: cpu"),
            flags=tuple(flags),
            max_mhz=_int(cpu_obj, "max_mhz", f"{where}: cpu", positive=True),
        ),
        disk=DiskReading(
            path=_str(disk_obj, "path", f"{where}: disk"),
            free_bytes=_int(disk_obj, "free_bytes", f"{where}: disk"),
        ),
        platform=PlatformReading(
            os=_str(plat_obj, "os", f"{where}: platform") or "unknown",
            is_windows=bool(_bool(plat_obj, "is_windows", f"{where}: platform")),
            is_wsl=bool(_bool(plat_obj, "is_wsl", f"{where}: platform")),
            apple_silicon=bool(_bool(plat_obj, "apple_silicon", f"{where}: platform")),
        ),
        notes=tuple(notes),
    )


def _gpu(data: object, where: str) -> GpuReading:
    obj = _object(data, where)
    name = _str(obj, "name", where)
    if not name:
        raise HardwareFileError(f"{where}.name must be a non-empty string")
    total = _int(obj, "total_bytes", where, positive=True)
    free = _int(obj, "free_bytes", where)
    if total is not None:
        free = total if free is None else free
        if free > total:
            raise HardwareFileError(
                f"{where}.free_bytes ({free}) is larger than total_bytes ({total})"
            )
    unknown = obj.get("unknown", {})
    if not isinstance(unknown, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in unknown.items()
    ):
        raise HardwareFileError(f"{where}.unknown must map field names to reasons (strings)")
    source = obj.get("source", "fake")
    if source not in _SOURCES:
        raise HardwareFileError(
            f"{where}.source must be one of {', '.join(sorted(_SOURCES))}, got {source!r}"
        )
    fields: dict[str, Any] = {k: _int(obj, k, where) for k in _INT_FIELDS}
    fields.update({k: _str(obj, k, where) for k in _STR_FIELDS})
    fields.update({k: _bool(obj, k, where) for k in _BOOL_FIELDS})
    return GpuReading(
        name=name,
        total_bytes=total,
        free_bytes=free,
        **fields,
        processes=_processes(obj.get("processes"), f"{where}.processes"),
        unified_memory=bool(_bool(obj, "unified_memory", where)),
        source=source,
        unknown=tuple(unknown.items()),
    )


def _processes(data: object, where: str) -> tuple[GpuProcess, ...] | None:
    if data is None:
        return None
    if not isinstance(data, list):
        raise HardwareFileError(f"{where} must be a list or null, got {_kind(data)}")
    found = []
    for i, item in enumerate(data):
        obj = _object(item, f"{where}[{i}]")
        pid = _int(obj, "pid", f"{where}[{i}]", required=True)
        assert pid is not None
        found.append(
            GpuProcess(
                pid=pid,
                name=_str(obj, "name", f"{where}[{i}]"),
                used_bytes=_int(obj, "used_bytes", f"{where}[{i}]"),
            )
        )
    return tuple(found)


def _object(data: object, where: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise HardwareFileError(f"{where}: expected a JSON object, got {_kind(data)}")
    return data


def _kind(value: object) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false"}.get(
        type(value), "null" if value is None else "a number"
    )


def _int(
    obj: dict[str, Any], key: str, where: str, *, required: bool = False, positive: bool = False
) -> int | None:
    value = obj.get(key)
    if value is None:
        if required:
            raise HardwareFileError(f"{where}.{key} is missing")
        return None
    # JSON true/false are ints in Python; a byte count of "true" is a mistake.
    if isinstance(value, bool) or not isinstance(value, int) or value < (1 if positive else 0):
        kind = "a positive" if positive else "a non-negative"
        raise HardwareFileError(f"{where}.{key} must be {kind} integer, got {value!r}")
    return value


def _str(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    raise HardwareFileError(f"{where}.{key} must be a string, got {value!r}")


def _bool(obj: dict[str, Any], key: str, where: str) -> bool | None:
    value = obj.get(key)
    if value is None or isinstance(value, bool):
        return value
    raise HardwareFileError(f"{where}.{key} must be true, false or null, got {value!r}")


_SIZE = re.compile(r"\s*([0-9]+(?:\.[0-9]+)?)\s*(?:gi?b?|g)?\s*", re.IGNORECASE)


def _gb(text: str, option: str) -> int:
    match = _SIZE.fullmatch(text)
    value = float(match.group(1)) if match else 0.0
    if not 0 < value <= _MAX_OPTION_GB:
        raise HardwareOptionError(f"{option}: expected a size in GB such as 24, got {text!r}")
    # Memory is sold in binary units: a "24 GB" card and a "32 GB" DIMM both hold GiB.
    return int(value * GIB)


def parse_gpu_option(text: str) -> tuple[str, int | None]:
    """``"RTX 4090:24"`` -> ``("RTX 4090", 24 GiB)``; ``"RTX 4090"`` -> ``("RTX 4090", None)``.

    Without a size the caller looks the name up in the catalog.
    """
    name, sep, size = text.rpartition(":")
    if not sep:
        name, size = text, ""
    name = name.strip()
    if not name:
        raise HardwareOptionError(f"--gpu: expected NAME or NAME:GB, got {text!r}")
    return name, (_gb(size, "--gpu") if sep else None)


def parse_ram_option(text: str) -> int:
    """``"32"`` (or ``"32GB"``) -> 32 GiB in bytes."""
    return _gb(text, "--ram")
