"""System RAM's bandwidth: from the memory type, speed and channels the firmware lists (SMBIOS
type 17, read through ``dmidecode`` on Linux and ``Win32_PhysicalMemory`` on Windows), or
measured with a short multi-threaded copy.

The parsers are pure functions of the tools' text; :func:`ram_speed_of_devices` turns the
modules into a :class:`RamSpeed`. The planner's :class:`~vramscope.core.hardware.Hardware` holds
the *theoretical* bandwidth (MT/s x 8 bytes x 64-bit channels): the speed model applies its own
sustained share to it (``core.constants.DECODE_EFFICIENCY_CPU``, reference §7.1: llama.cpp's CPU
decode reads weights at 0.65-0.68 of the theoretical rate). A measured copy rate is already
sustained, so :func:`peak_equivalent` scales it back by the same share: the speed model then reads
CPU layers at exactly the measured rate.
"""

from __future__ import annotations

import ctypes
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

from vramscope.core.constants import DECODE_EFFICIENCY_CPU
from vramscope.core.notes import Note

from . import notes as notes_

__all__ = [
    "MEASURE_BUFFER_BYTES",
    "MEASURE_SECONDS",
    "SMBIOS_MEMORY_TYPES",
    "MemoryDevice",
    "RamSpeed",
    "RamSpeedSource",
    "channel_key",
    "measure_copy_bandwidth",
    "parse_dmidecode",
    "parse_wmi_memory",
    "peak_equivalent",
    "ram_speed_note",
    "ram_speed_of_devices",
]

RamSpeedSource = Literal["memory_type", "measured", "given"]

# SMBIOS type 17 "Memory Type" codes (DMTF DSP0134 3.8.0, 7.18.2) as Win32_PhysicalMemory's
# SMBIOSMemoryType reports them; only the types whose bus is 64 bits per channel per module are
# listed (a code missing here reads as unknown).
SMBIOS_MEMORY_TYPES: dict[int, str] = {
    18: "DDR",
    19: "DDR2",
    24: "DDR3",
    26: "DDR4",
    27: "LPDDR",
    28: "LPDDR2",
    29: "LPDDR3",
    30: "LPDDR4",
    34: "DDR5",
    35: "LPDDR5",
}
# Bytes per transfer of one channel: a DDR channel (and a DIMM's two DDR5 sub-channels
# together) is 64 bits wide. source: JEDEC JESD79-4 (DDR4) and JESD79-5 (DDR5) module data
# width; DDR4-3200 dual channel = 3200 MT/s x 8 B x 2 = 51.2 GB/s (reference §7.2).
CHANNEL_BITS = 64
# A module whose locators name no channel is counted as its own channel, up to this bus width
# in all: desktop and laptop processors have two 64-bit channels (Intel Core and AMD Ryzen
# client memory controllers), so four unlabelled DIMMs are two per channel, not four channels.
# source: Intel ARK / AMD product pages, "Max # of Memory Channels: 2" on every client part
UNLABELLED_MAX_BITS = 2 * CHANNEL_BITS
# The memory bus of x86 laptop processors with soldered LPDDR4X/5/5X: 128 bits. source: Intel
# Core Ultra (Meteor Lake, Lunar Lake) and AMD Ryzen AI 300 (Strix Point) product briefs; AMD's
# Ryzen AI Max (Strix Halo, 256-bit) is the exception this underestimates by half.
LPDDR_MAX_BITS = 2 * CHANNEL_BITS
# speeds outside this range are a misread field, not a memory module (MT/s). source: DDR-200
# (the slowest JEDEC DDR grade) and DDR5-12000 with margin above the fastest overclocked kits
_MT_RANGE = (200, 16_000)


@dataclass(frozen=True, slots=True)
class MemoryDevice:
    """One populated memory module (or soldered package) as the firmware lists it."""

    memory_type: str
    mt_per_s: int  # the configured speed when known, else the rated speed; 0 when unknown
    data_width_bits: int | None = None
    locator: str = ""
    bank_locator: str = ""


@dataclass(frozen=True, slots=True)
class RamSpeed:
    """RAM bandwidth and where it came from. ``bandwidth_bytes_per_s`` is the theoretical
    (peak-equivalent) rate the planner's speed model takes; ``measured_bytes_per_s`` the copy
    rate a measurement saw (0 otherwise)."""

    bandwidth_bytes_per_s: int
    source: RamSpeedSource
    memory_type: str = ""
    mt_per_s: int = 0
    channels: int = 0
    measured_bytes_per_s: int = 0

    def __post_init__(self) -> None:
        if self.bandwidth_bytes_per_s <= 0:
            raise ValueError(f"bandwidth_bytes_per_s must be > 0, got {self.bandwidth_bytes_per_s}")
        if self.source not in ("memory_type", "measured", "given"):
            raise ValueError(f"source must be memory_type, measured or given, got {self.source!r}")

    def to_json(self) -> dict[str, Any]:
        return {
            "bandwidth_bytes_per_s": self.bandwidth_bytes_per_s,
            "source": self.source,
            "memory_type": self.memory_type,
            "mt_per_s": self.mt_per_s,
            "channels": self.channels,
            "measured_bytes_per_s": self.measured_bytes_per_s,
        }


def _int_of(text: str) -> int | None:
    m = re.match(r"\s*(\d+)", text)
    return int(m.group(1)) if m else None


def parse_dmidecode(text: str) -> tuple[MemoryDevice, ...]:
    """The populated modules in ``dmidecode -t memory`` (or ``-t 17``) output.

    Empty slots ("No Module Installed"), types "Unknown" and speeds it cannot read are left
    out. Older dmidecode versions print "Configured Clock Speed" and "MHz" for the figure
    newer ones print as "Configured Memory Speed" in MT/s: the same number (a DDR4-2133 module
    reads "2133 MHz" in the groeck/i2c-tools#8 recording, tests/data/ram).
    """
    devices: list[MemoryDevice] = []
    for block in re.split(r"\n\s*\n|(?=^Handle )", text, flags=re.MULTILINE):
        if "Memory Device" not in block:
            continue
        fields: dict[str, str] = {}
        for line in block.splitlines():
            key, sep, value = line.strip().partition(":")
            if sep:
                fields.setdefault(key.strip().lower(), value.strip())
        device = _device(
            size=fields.get("size", ""),
            memory_type=fields.get("type", ""),
            rated=_int_of(fields.get("speed", "")),
            configured=_int_of(
                fields.get("configured memory speed", fields.get("configured clock speed", ""))
            ),
            width=_int_of(fields.get("data width", "")),
            locator=fields.get("locator", ""),
            bank=fields.get("bank locator", ""),
        )
        if device is not None:
            devices.append(device)
    return tuple(devices)


def parse_wmi_memory(text: str) -> tuple[MemoryDevice, ...]:
    """The modules in ``wmic memorychip get ... /format:list`` output (``Key=Value`` lines) or
    PowerShell's ``Get-CimInstance Win32_PhysicalMemory | Format-List`` (``Key : Value``),
    one blank-line-separated record per module. Speed and ConfiguredClockSpeed are MT/s
    although the class documents MHz (a DDR4-3200 module reports 3200)."""
    devices: list[MemoryDevice] = []
    records: list[dict[str, str]] = [{}]
    for line in text.replace("\r", "").splitlines():
        if not line.strip():
            if records[-1]:
                records.append({})
            continue
        m = re.match(r"\s*([A-Za-z]+)\s*(?:=|:)\s*(.*)$", line)
        if m:
            key = m.group(1).lower()
            if key in records[-1]:
                records.append({})  # a record without a blank line before it
            records[-1][key] = m.group(2).strip()
    for rec in records:
        if not rec:
            continue
        code = _int_of(rec.get("smbiosmemorytype", ""))
        device = _device(
            size=rec.get("capacity", ""),
            memory_type=SMBIOS_MEMORY_TYPES.get(code or 0, ""),
            rated=_int_of(rec.get("speed", "")),
            configured=_int_of(rec.get("configuredclockspeed", "")),
            width=_int_of(rec.get("datawidth", "")),
            locator=rec.get("devicelocator", ""),
            bank=rec.get("banklabel", ""),
        )
        if device is not None:
            devices.append(device)
    return tuple(devices)


def _device(
    *,
    size: str,
    memory_type: str,
    rated: int | None,
    configured: int | None,
    width: int | None,
    locator: str,
    bank: str,
) -> MemoryDevice | None:
    if not size or size.lower().startswith(("no module", "0", "not installed", "unknown")):
        return None
    low, high = _MT_RANGE
    speeds = [s for s in (configured, rated) if s is not None and low <= s <= high]
    kind = memory_type.strip().upper()
    if not speeds or not re.fullmatch(r"(LP)?DDR\d?X?", kind):
        return None
    return MemoryDevice(
        memory_type=memory_type.strip(),
        mt_per_s=speeds[0],
        data_width_bits=width if width and 8 <= width <= 128 else None,
        locator=locator.strip(),
        bank_locator=bank.strip(),
    )


_CHANNEL = re.compile(r"channel\s*[_-]?\s*([a-z0-9]+)", re.IGNORECASE)
_OWNER = re.compile(r"(?<![a-z])(controller|cpu|proc|p|node|socket)\s*[_-]?\s*(\d+)", re.IGNORECASE)
_DIMM_LETTER = re.compile(r"dimm\s*[_-]?\s*([a-h])(?:\s*[_-]?\s*\d+)?(?![a-z])", re.IGNORECASE)
_SLOT_LETTER = re.compile(r"\s*([a-p])\s*\d+\s*", re.IGNORECASE)


def channel_key(device: MemoryDevice) -> str | None:
    """The memory channel a module sits on, from its locators ("P0 CHANNEL A",
    "Controller1-ChannelA-DIMM0", "DIMM_B2", "A1"), or None when they name none ("DIMM 0"
    with "BANK 0"). The socket or controller is part of the key: Intel names its two
    channels Controller0-ChannelA and Controller1-ChannelA."""
    text = f"{device.locator} {device.bank_locator}"
    owner = ":".join(f"{m.group(1).lower()}{m.group(2)}" for m in _OWNER.finditer(text))
    m = _CHANNEL.search(text)
    if m:
        return f"{owner}/{m.group(1).upper()}"
    m = _DIMM_LETTER.search(device.locator)
    if m:
        return f"{owner}/{m.group(1).upper()}"
    m = _SLOT_LETTER.fullmatch(device.locator)
    if m:
        return f"{owner}/{m.group(1).upper()}"
    return None


def ram_speed_of_devices(devices: Iterable[MemoryDevice]) -> RamSpeed | None:
    """Theoretical bandwidth of the modules: the slowest module's MT/s (every channel runs at
    it) x 8 bytes x the number of 64-bit channels populated. None without a usable module."""
    found = [d for d in devices if d.mt_per_s > 0]
    if not found:
        return None
    widths: dict[str, int] = {}
    unlabelled = 0
    for d in found:
        width = d.data_width_bits or CHANNEL_BITS
        key = channel_key(d)
        if key is None:
            unlabelled += width
        else:
            # two modules on one channel share its bus: the bus is as wide as the widest
            widths[key] = max(widths.get(key, 0), width)
    bits = sum(widths.values()) + min(unlabelled, UNLABELLED_MAX_BITS)
    kind = Counter(d.memory_type for d in found).most_common(1)[0][0]
    if kind.upper().startswith("LPDDR"):
        # soldered LPDDR is listed package by package, some firmware giving each a 64-bit
        # width: the processor's bus is the limit
        bits = min(bits, LPDDR_MAX_BITS)
    channels = max(round(bits / CHANNEL_BITS), 1)
    mt = min(d.mt_per_s for d in found)
    return RamSpeed(
        bandwidth_bytes_per_s=mt * 1_000_000 * bits // 8,
        source="memory_type",
        memory_type=kind,
        mt_per_s=mt,
        channels=channels,
    )


def ram_speed_note(speed: RamSpeed) -> Note:
    """The hardware report's line on where ``speed`` came from."""
    if speed.source == "measured":
        return Note.of(notes_.RAM_SPEED_MEASURED, measured_bps=speed.measured_bytes_per_s)
    if speed.source == "given":
        return Note.of(notes_.RAM_SPEED_GIVEN, bandwidth_bps=speed.bandwidth_bytes_per_s)
    return Note.of(
        notes_.RAM_SPEED_FROM_TYPE,
        memory_type=speed.memory_type,
        speed_mts=speed.mt_per_s,
        channels=speed.channels,
        bandwidth_bps=speed.bandwidth_bytes_per_s,
    )


def peak_equivalent(measured_bytes_per_s: int) -> int:
    """The theoretical bandwidth whose sustained share (the speed model's
    DECODE_EFFICIENCY_CPU) is the measured copy rate: what the planner's Hardware takes."""
    return round(measured_bytes_per_s / DECODE_EFFICIENCY_CPU)


# -- the copy benchmark ------------------------------------------------------------------------

# Buffers together larger than any desktop CPU's last-level cache (AMD's 3D V-Cache parts: up to
# 128 MB of L3), so the copy runs from and to DRAM: 128 MiB source + 128 MiB destination, split
# among the threads.
MEASURE_BUFFER_BYTES = 128 << 20
# How long the copies run after one warm-up pass: a few hundred milliseconds, as the issue asks.
MEASURE_SECONDS = 0.4
_MAX_THREADS = 16
# Copies go in chunks this size, so the clock can stop mid-buffer; big enough that a call's
# overhead is nothing next to moving it (16 MiB at 10 GB/s: 1.7 ms).
_CHUNK_BYTES = 16 << 20
# how often the progress is reported
_REPORT_S = 0.05


def measure_copy_bandwidth(
    *,
    buffer_bytes: int = MEASURE_BUFFER_BYTES,
    seconds: float = MEASURE_SECONDS,
    threads: int = 4,
    report: Callable[[float], None] | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Copy rate of system RAM in bytes per second, counting the bytes read and written (as
    STREAM's "Copy" counts them: 2 x 8 bytes per element, McCalpin, "STREAM: Sustainable
    Memory Bandwidth in High Performance Computers", cs.virginia.edu/stream/ref.html).

    ``threads`` copy their own share of the buffers at once, chunk by chunk, for ``seconds``
    after one warm-up pass (ctypes.memmove releases the GIL; one core cannot saturate a
    DDR4/DDR5 bus). ``report`` gets the fraction done; ``cancel`` stops early (0 is returned).
    Raises MemoryError when the buffers cannot be had.
    """
    if buffer_bytes < 1 << 20 or seconds <= 0:
        raise ValueError(f"buffer_bytes must be >= 1 MiB and seconds > 0, got {buffer_bytes}")
    n = min(max(threads, 1), _MAX_THREADS)
    share = buffer_bytes // n
    chunk = min(share, _CHUNK_BYTES)
    stop = threading.Event()
    counting = threading.Event()
    copied = [0] * n
    ready = threading.Barrier(n + 1)

    def copy(i: int) -> None:
        src, dst = ctypes.create_string_buffer(share), ctypes.create_string_buffer(share)
        ctypes.memmove(dst, src, share)  # warm-up: every page mapped before the clock starts
        ready.wait()
        offset = 0
        base_src, base_dst = ctypes.addressof(src), ctypes.addressof(dst)
        while not stop.is_set():
            size = min(chunk, share - offset)
            ctypes.memmove(base_dst + offset, base_src + offset, size)
            if counting.is_set():
                copied[i] += size
            offset = (offset + size) % share

    workers = [threading.Thread(target=copy, args=(i,), daemon=True) for i in range(n)]
    for w in workers:
        w.start()
    try:
        ready.wait()
        counting.set()
        t0 = time.perf_counter()
        while (elapsed := time.perf_counter() - t0) < seconds:
            if cancel is not None and cancel.is_set():
                return 0
            if report is not None:
                report(min(elapsed / seconds, 1.0))
            time.sleep(min(_REPORT_S, seconds / 4))
        total = sum(copied)
        elapsed = time.perf_counter() - t0
    finally:
        stop.set()
        for w in workers:
            w.join()
    if report is not None:
        report(1.0)
    return round(2 * total / elapsed) if elapsed > 0 else 0
