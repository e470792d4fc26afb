"""The host: RAM, swap, CPU, disk and platform facts (psutil, /proc, sysfs, the registry).

Each reader returns a value for any machine; what cannot be read becomes None or an empty tuple.
File locations are parameters so tests can point them at a temporary folder.
"""

from __future__ import annotations

import functools
import os
import platform as _platform
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import psutil  # type: ignore[import-untyped,unused-ignore]

from vramscope.core.notes import Note

from . import notes as notes_
from .constants import (
    APPLE_GPU_SHARE_LARGE,
    APPLE_GPU_SHARE_SMALL,
    APPLE_GPU_SHARE_THRESHOLD_BYTES,
)
from .ram_speed import RamSpeed, parse_dmidecode, parse_wmi_memory, ram_speed_of_devices
from .reading import (
    CpuReading,
    DiskReading,
    GpuReading,
    MemoryReading,
    PlatformReading,
    SwapReading,
    cpu_kind_of,
)

__all__ = [
    "CPU_FLAGS",
    "PsutilHost",
    "apple_unified_gpu",
    "default_models_dir",
    "find_other_gpus",
    "other_gpu_notes",
    "platform_notes",
    "process_name",
    "read_cpu",
    "read_disk",
    "read_max_mhz",
    "read_memory",
    "read_platform",
    "read_ram_speed",
    "read_swap",
]

# The instruction sets llama.cpp and friends pick kernels by, under their /proc/cpuinfo names.
CPU_FLAGS = (
    "avx",
    "avx2",
    "fma",
    "f16c",
    "avx512f",
    "avx512bw",
    "avx512vl",
    "avx512_vnni",
    "avx512_bf16",
    "avx_vnni",
    "amx_bf16",
    "amx_int8",
    "neon",
    "dotprod",
    "i8mm",
    "sve",
    "sve2",
)
# ARM Linux names these differently in the "Features" line (arch/arm64/kernel/cpuinfo.c).
_ARM_FLAG_NAMES = {
    "asimd": "neon",
    "asimddp": "dotprod",
    "i8mm": "i8mm",
    "sve": "sve",
    "sve2": "sve2",
}
# Windows IsProcessorFeaturePresent ids (winnt.h PF_*_INSTRUCTIONS_AVAILABLE).
_WINDOWS_FEATURES = {"avx": 39, "avx2": 40, "avx512f": 41}
_PCI_VENDORS = {"0x10de": "NVIDIA", "0x8086": "Intel", "0x1002": "AMD"}
# Windows keeps display adapters under this device class GUID (Microsoft, "System-Defined Device
# Setup Classes").
_DISPLAY_CLASS_KEY = (
    r"SYSTEM\CurrentControlSet\Control\Class\{4d36e968-e325-11ce-bfc1-08002be10318}"
)


def read_memory() -> MemoryReading:
    vm = psutil.virtual_memory()
    return MemoryReading(total_bytes=int(vm.total), available_bytes=int(vm.available))


# SMBIOS tables: readable by root only on most distributions; dmidecode is run only when this
# user can read them (it needs no other privilege then), never through sudo.
_DMI_TABLE = Path("/sys/firmware/dmi/tables/DMI")
# Win32_PhysicalMemory's fields parse_wmi_memory reads
_WMI_FIELDS = (
    "BankLabel,Capacity,ConfiguredClockSpeed,DataWidth,DeviceLocator,SMBIOSMemoryType,Speed"
)
# a tool that hangs (a broken WMI repository) must not hold the probe up for long
_TOOL_TIMEOUT_S = 5.0


@functools.lru_cache(maxsize=1)
def read_ram_speed(system: str | None = None) -> RamSpeed | None:
    """The RAM's theoretical bandwidth from its memory type, speed and channels, as the
    firmware lists them (Linux: ``dmidecode -t 17`` when the SMBIOS table is readable without
    root; Windows: Win32_PhysicalMemory through wmic, else PowerShell, with no console
    window); None where nothing can be read (Linux without access, macOS: Apple Silicon's
    bandwidth comes from the chip's catalog entry). Cached: the modules do not change while
    the program runs."""
    system = sys.platform if system is None else system
    text = ""
    if system.startswith("linux"):
        tool = shutil.which("dmidecode")
        if tool and os.access(_DMI_TABLE, os.R_OK):
            text = _run([tool, "-t", "17"])
        return ram_speed_of_devices(parse_dmidecode(text)) if text else None
    if system == "win32":
        text = _run(["wmic", "memorychip", "get", _WMI_FIELDS, "/format:list"])
        if not text.strip():
            # wmic is gone from Windows 11 24H2 on: the same class through PowerShell
            script = f"Get-CimInstance Win32_PhysicalMemory | Format-List {_WMI_FIELDS}"
            text = _run(["powershell", "-NoProfile", "-NonInteractive", "-Command", script])
        return ram_speed_of_devices(parse_wmi_memory(text)) if text else None
    return None


def _run(argv: Sequence[str]) -> str:
    """A tool's standard output, or "" when it is missing, fails or hangs."""
    # CREATE_NO_WINDOW (Windows only): no console flashes up from the windowed app
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    try:
        done = subprocess.run(
            list(argv),
            capture_output=True,
            text=True,
            errors="replace",
            timeout=_TOOL_TIMEOUT_S,
            check=False,
            creationflags=flags,
        )
    except (OSError, subprocess.SubprocessError, ValueError):
        return ""
    return done.stdout if done.returncode == 0 else ""


def read_swap() -> SwapReading:
    try:
        swap = psutil.swap_memory()
    except (OSError, RuntimeError):  # psutil raises on some containers without /proc/swaps
        return SwapReading()
    return SwapReading(total_bytes=int(swap.total), free_bytes=int(swap.free))


def read_platform(
    *,
    system: str | None = None,
    machine: str | None = None,
    osrelease: Path = Path("/proc/sys/kernel/osrelease"),
) -> PlatformReading:
    system = sys.platform if system is None else system
    machine = (_platform.machine() if machine is None else machine).lower()
    is_wsl = False
    if system.startswith("linux"):
        try:
            is_wsl = "microsoft" in osrelease.read_text(encoding="ascii", errors="replace").lower()
        except OSError:
            is_wsl = False
    os_name = {"win32": "windows", "darwin": "macos"}.get(system, system.rstrip("0123456789"))
    return PlatformReading(
        os=os_name,
        is_windows=system == "win32",
        is_wsl=is_wsl,
        apple_silicon=system == "darwin" and machine in {"arm64", "aarch64"},
    )


def read_cpu(
    *, cpuinfo: Path = Path("/proc/cpuinfo"), system: str | None = None, machine: str | None = None
) -> CpuReading:
    system = sys.platform if system is None else system
    machine = (_platform.machine() if machine is None else machine).lower()
    model: str | None = None
    flags: set[str] = set()
    if system.startswith("linux"):
        model, flags = _parse_cpuinfo(cpuinfo)
    elif system == "darwin":
        model = _sysctl("machdep.cpu.brand_string")
        features = (
            (_sysctl("machdep.cpu.features") or "")
            + " "
            + (_sysctl("machdep.cpu.leaf7_features") or "")
        )
        flags = _normalise_flags(features.lower().replace("avx1.0", "avx").split())
    elif system == "win32":
        model, flags = _windows_cpu()
    if machine in {"arm64", "aarch64"}:
        flags.add("neon")  # Advanced SIMD is mandatory in AArch64 (Arm ARM, A1.5)
    physical = psutil.cpu_count(logical=False)
    logical = psutil.cpu_count(logical=True)
    known = tuple(f for f in CPU_FLAGS if f in flags)
    apple = system == "darwin" and machine in {"arm64", "aarch64"}
    return CpuReading(
        model=model or _platform.processor() or None,
        physical_cores=physical,
        logical_cores=logical,
        flags=known,
        max_mhz=read_max_mhz(),
        kind=cpu_kind_of(known, apple_silicon=apple),
    )


def read_max_mhz() -> int | None:
    """The CPU's highest clock in MHz (psutil.cpu_freq().max), or None where the OS gives none.

    psutil returns None or raises where there is no cpufreq (many containers and VMs, some
    Apple Silicon builds) and reports max 0.0 where only the current clock is known.
    """
    try:
        freq = psutil.cpu_freq()
    except (OSError, RuntimeError, NotImplementedError, AttributeError):
        return None
    top = getattr(freq, "max", None) if freq is not None else None
    if not isinstance(top, int | float) or top <= 0:
        return None
    return round(top)


def _parse_cpuinfo(path: Path) -> tuple[str | None, set[str]]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None, set()
    model = None
    flags: set[str] = set()
    for line in text.splitlines():
        key, _, value = line.partition(":")
        key = key.strip().lower()
        if key in {"model name", "hardware", "model"} and model is None and value.strip():
            # x86 says "model name"; ARM boards say "Hardware" or "Model"; x86 "model" is a number.
            if not value.strip().isdigit():
                model = value.strip()
        elif key in {"flags", "features"} and not flags:
            words = value.split()
            flags = _normalise_flags(words) | {
                _ARM_FLAG_NAMES[w] for w in words if w in _ARM_FLAG_NAMES
            }
    return model, flags


def _normalise_flags(words: Iterable[str]) -> set[str]:
    return {w for w in words if w in CPU_FLAGS}


def _sysctl(name: str) -> str | None:
    try:
        done = subprocess.run(
            ["sysctl", "-n", name], capture_output=True, text=True, timeout=2, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None


def _windows_cpu() -> tuple[str | None, set[str]]:
    model = None
    flags: set[str] = set()
    try:
        import ctypes
        import winreg  # type: ignore[import-not-found,unused-ignore]

        with winreg.OpenKey(  # type: ignore[attr-defined,unused-ignore]
            winreg.HKEY_LOCAL_MACHINE,  # type: ignore[attr-defined,unused-ignore]
            r"HARDWARE\DESCRIPTION\System\CentralProcessor\0",
        ) as key:
            model = str(winreg.QueryValueEx(key, "ProcessorNameString")[0]).strip()  # type: ignore[attr-defined,unused-ignore]
        present = ctypes.windll.kernel32.IsProcessorFeaturePresent  # type: ignore[attr-defined,unused-ignore]
        flags = {name for name, pf in _WINDOWS_FEATURES.items() if present(pf)}
    except (ImportError, OSError, AttributeError):
        pass
    return model, flags


def default_models_dir() -> Path:
    """Where models most likely live: the first existing runtime folder, else the home folder."""
    home = Path.home()
    candidates = [
        os.environ.get("OLLAMA_MODELS"),
        os.environ.get("HF_HUB_CACHE"),
        os.environ.get("HF_HOME"),
        home / ".ollama" / "models",
        home / ".cache" / "huggingface",
        home / ".lmstudio" / "models",
        home / ".cache" / "lm-studio" / "models",
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return home


def read_disk(models_dir: str | os.PathLike[str] | None = None) -> DiskReading:
    path = Path(models_dir) if models_dir is not None else default_models_dir()
    # A folder the user named but has not created yet lives on its nearest existing parent.
    probe = path
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    try:
        free = int(psutil.disk_usage(str(probe)).free)
    except OSError:
        return DiskReading(path=str(path), free_bytes=None)
    return DiskReading(path=str(path), free_bytes=free)


def process_name(pid: int) -> str | None:
    """The executable name of ``pid``, or None when it exited or is not ours to see."""
    try:
        return str(psutil.Process(pid).name()) or None
    except (psutil.Error, OSError):
        return None


class PsutilHost:
    """The sampler's view of the host (``sampler.HostMemory``) through psutil. Keeps ``Process``
    objects so each RSS read is one syscall."""

    def __init__(self) -> None:
        self._procs: dict[int, Any] = {}

    def ram_used_bytes(self) -> int:
        vm = psutil.virtual_memory()
        # "available" is what programs can still take without swapping on every OS; psutil's
        # "used" is defined differently on Linux, macOS and Windows.
        return int(vm.total) - int(vm.available)

    def rss_bytes(self, pid: int) -> int | None:
        try:
            proc = self._procs.get(pid)
            if proc is None:
                proc = self._procs[pid] = psutil.Process(pid)
            return int(proc.memory_info().rss)
        except psutil.NoSuchProcess:
            self._procs.pop(pid, None)
            return None
        except psutil.AccessDenied:
            raise PermissionError(f"permission denied reading process {pid}") from None

    def processes(self) -> list[tuple[int, int | None, str | None]]:
        # Fields psutil may not read (another user's process on Windows) come back as None.
        return [
            (int(p.info["pid"]), p.info.get("ppid"), p.info.get("name"))
            for p in psutil.process_iter(["pid", "ppid", "name"])
        ]

    def process_name(self, pid: int) -> str | None:
        try:
            return str(psutil.Process(pid).name()) or None
        except (psutil.Error, OSError):
            return None


def apple_unified_gpu(chip: str | None, ram: MemoryReading) -> GpuReading:
    """Apple Silicon's GPU as the planner sees it: the share of RAM macOS lets it wire."""
    num, den = (
        APPLE_GPU_SHARE_SMALL
        if ram.total_bytes <= APPLE_GPU_SHARE_THRESHOLD_BYTES
        else APPLE_GPU_SHARE_LARGE
    )
    total = ram.total_bytes * num // den
    return GpuReading(
        name=chip or "Apple Silicon GPU",
        total_bytes=total,
        free_bytes=min(total, ram.available_bytes),
        unified_memory=True,
        source="apple_unified",
        unknown=(
            ("bandwidth_bytes_per_s", "macOS does not report it; taken from the catalog by chip"),
        ),
    )


def find_other_gpus(
    *, drm: Path = Path("/sys/class/drm"), system: str | None = None
) -> tuple[tuple[str, bool], ...]:
    """Non-NVIDIA GPUs as ``(description, integrated)``: sysfs on Linux, the registry on Windows."""
    system = sys.platform if system is None else system
    if system.startswith("linux"):
        return _linux_other_gpus(drm)
    if system == "win32":
        return tuple((name, _looks_integrated(name)) for name in _windows_display_adapters())
    return ()


def _linux_other_gpus(drm: Path) -> tuple[tuple[str, bool], ...]:
    found = []
    try:
        cards = sorted(p for p in drm.iterdir() if re.fullmatch(r"card\d+", p.name))
    except OSError:
        return ()
    for card in cards:
        device = card / "device"
        try:
            vendor = (device / "vendor").read_text(encoding="ascii").strip().lower()
        except OSError:
            continue
        if vendor == "0x10de":
            continue
        brand = _PCI_VENDORS.get(vendor, f"vendor {vendor}")
        slot = device.resolve().name if device.exists() else card.name
        # Intel GPUs on the CPU's root bus are integrated; Arc cards sit behind a bridge and
        # report their own local memory. AMD APUs report a small carve-out (<= 2 GiB) as VRAM.
        integrated = vendor == "0x8086" and slot.endswith(":00:02.0")
        if vendor == "0x1002":
            try:
                vram = int((device / "mem_info_vram_total").read_text(encoding="ascii").strip())
                integrated = vram <= 2 << 30
            except (OSError, ValueError):
                integrated = False
        found.append((f"{brand} graphics (PCI {slot})", integrated))
    return tuple(found)


def _windows_display_adapters() -> Sequence[str]:
    names: list[str] = []
    try:
        import winreg

        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, _DISPLAY_CLASS_KEY) as cls:  # type: ignore[attr-defined,unused-ignore]
            for i in range(64):
                try:
                    sub = winreg.EnumKey(cls, i)  # type: ignore[attr-defined,unused-ignore]
                except OSError:
                    break
                try:
                    with winreg.OpenKey(cls, sub) as key:  # type: ignore[attr-defined,unused-ignore]
                        desc = str(winreg.QueryValueEx(key, "DriverDesc")[0])  # type: ignore[attr-defined,unused-ignore]
                except OSError:
                    continue
                if "nvidia" not in desc.lower() and "microsoft basic" not in desc.lower():
                    names.append(desc)
    except (ImportError, OSError):
        pass
    return names


def _looks_integrated(name: str) -> bool:
    lowered = name.lower()
    if re.search(r"\barc(\(tm\))?\s+[ab]\d{3}", lowered):
        return False  # Arc A770, B580...: discrete cards; plain "Arc Graphics" is the iGPU
    return "intel" in lowered or ("amd" in lowered and "radeon(tm) graphics" in lowered)


def other_gpu_notes(others: Sequence[tuple[str, bool]], *, has_nvidia: bool) -> tuple[Note, ...]:
    """A note per non-NVIDIA GPU: integrated ones count as RAM, discrete ones are not read."""
    notes = []
    for description, integrated in others:
        if integrated:
            code = notes_.INTEGRATED_GPU_BESIDE_NVIDIA if has_nvidia else notes_.INTEGRATED_GPU
        else:
            code = notes_.OTHER_GPU
        notes.append(Note.of(code, device=description))
    return tuple(notes)


def platform_notes(
    facts: PlatformReading, *, has_nvidia: bool, unified: GpuReading | None = None
) -> tuple[Note, ...]:
    """Notes on what the platform changes: Windows' shared GPU memory, WSL2, unified memory."""
    notes = []
    if facts.is_windows and has_nvidia:
        notes.append(Note.of(notes_.WINDOWS_SPILL))
    if facts.is_wsl:
        notes.append(Note.of(notes_.WSL))
    if unified is not None and unified.total_bytes is not None:
        notes.append(
            Note.of(notes_.APPLE_UNIFIED, share_gib=round(unified.total_bytes / (1 << 30), 1))
        )
    return tuple(notes)
