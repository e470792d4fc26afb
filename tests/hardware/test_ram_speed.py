"""RAM bandwidth from the memory type (issue 13, "Offload"): dmidecode and WMI parsing, channel
counting, the copy benchmark, and which source the hardware report names."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from vramscope.core.constants import DECODE_EFFICIENCY_CPU
from vramscope.core.units import GIB
from vramscope.hardware import host, notes
from vramscope.hardware.constants import DEFAULT_RAM_BANDWIDTH_BYTES_PER_S
from vramscope.hardware.fake import fake_machine
from vramscope.hardware.probe import _ram_speed_note
from vramscope.hardware.ram_speed import (
    MemoryDevice,
    RamSpeed,
    channel_key,
    measure_copy_bandwidth,
    parse_dmidecode,
    parse_wmi_memory,
    peak_equivalent,
    ram_speed_note,
    ram_speed_of_devices,
)

DATA = Path(__file__).parents[1] / "data" / "ram"


# Each file is a real `dmidecode -t memory` output posted in a public issue (its first lines
# name the URL). Expected: the memory type, the speed the module runs at (the configured one,
# not the rated one) and the theoretical bandwidth of the one module listed = MT/s x 8 bytes.
@pytest.mark.parametrize(
    ("name", "memory_type", "mt_per_s"),
    [
        # DDR5-5600 modules the board runs at 4200 MT/s (its "Configured Memory Speed")
        ("dmidecode_am5_ddr5_club3090.txt", "DDR5", 4200),
        # an empty slot is skipped; the EXPO profile's 6000 MT/s, not the rated 4800
        ("dmidecode_7950x_ddr5_corefreq.txt", "DDR5", 6000),
        # dmidecode 3.0 prints "2133 MHz" for DDR4-2133 and has no configured speed line
        ("dmidecode_crosshair_ddr4_i2ctools.txt", "DDR4", 2133),
        # "Configured Clock Speed: 1067 MHz" of a DDR3-1600 module
        ("dmidecode_hp_ddr3_netutils.txt", "DDR3", 1067),
        ("dmidecode_intel_ddr5_ckbnext.txt", "DDR5", 5200),
    ],
)
def test_recorded_dmidecode_outputs(name: str, memory_type: str, mt_per_s: int) -> None:
    devices = parse_dmidecode((DATA / name).read_text(encoding="utf-8"))
    assert len(devices) == 1
    assert devices[0].memory_type == memory_type and devices[0].mt_per_s == mt_per_s
    speed = ram_speed_of_devices(devices)
    assert speed is not None and speed.source == "memory_type"
    assert speed.channels == 1
    assert speed.bandwidth_bytes_per_s == mt_per_s * 1_000_000 * 8


def _dimm(locator: str, bank: str = "", mt: int = 3200, kind: str = "DDR4") -> MemoryDevice:
    return MemoryDevice(kind, mt, 64, locator, bank)


@pytest.mark.parametrize(
    ("devices", "channels"),
    [
        # AMD boards: "DIMM 0" in "P0 CHANNEL A" and "P0 CHANNEL B" (the locators of the
        # cyring/CoreFreq#378 and club-3090#1130 recordings)
        ([_dimm("DIMM 0", "P0 CHANNEL A"), _dimm("DIMM 0", "P0 CHANNEL B")], 2),
        # four DIMMs, two per channel: still two channels
        (
            [
                _dimm("DIMM 0", "P0 CHANNEL A"),
                _dimm("DIMM 1", "P0 CHANNEL A"),
                _dimm("DIMM 0", "P0 CHANNEL B"),
                _dimm("DIMM 1", "P0 CHANNEL B"),
            ],
            2,
        ),
        # Intel laptops and desktops: one channel per memory controller
        (
            [
                _dimm("Controller0-ChannelA-DIMM0", "BANK 0"),
                _dimm("Controller1-ChannelA-DIMM0", "BANK 0"),
            ],
            2,
        ),
        # ASUS: DIMM_A2 and DIMM_B2 (i2c-tools#8 names DIMM_A1/A2 in "Channel A")
        ([_dimm("DIMM_A2", "Channel A"), _dimm("DIMM_B2", "Channel B")], 2),
        ([_dimm("DIMM_A2"), _dimm("DIMM_A1")], 1),
        # locators that name no channel: four modules on a client platform are two channels
        ([_dimm(f"DIMM{i}", f"BANK {i}") for i in range(4)], 2),
        # a server's lettered slots, one module per channel
        ([_dimm(f"{c}1") for c in "ABCDEFGH"], 8),
        # soldered LPDDR5 listed as eight packages (linuxhw/hw-probe#191: a Dell Precision 5680
        # lists 8 LPDDR5 entries): the laptop processor's 128-bit bus
        ([_dimm(f"{c}0", kind="LPDDR5") for c in "ABCDEFGH"], 2),
    ],
)
def test_channels_from_locators(devices: list[MemoryDevice], channels: int) -> None:
    speed = ram_speed_of_devices(devices)
    assert speed is not None and speed.channels == channels
    # theoretical bandwidth = MT/s x 8 bytes x channels. source: reference §7.2 (DDR4-3200
    # dual channel 51.2 GB/s)
    assert speed.bandwidth_bytes_per_s == 3200 * 1_000_000 * 8 * channels


def test_dual_channel_ddr4_3200_is_the_reference_figure() -> None:
    # source: reference §7.2, "DDR4-3200 2ch 51.2 GB/s"; DDR5-5600 2ch 89.6 GB/s
    two = [_dimm("DIMM 0", "P0 CHANNEL A"), _dimm("DIMM 0", "P0 CHANNEL B")]
    speed = ram_speed_of_devices(two)
    assert speed is not None and speed.bandwidth_bytes_per_s == DEFAULT_RAM_BANDWIDTH_BYTES_PER_S
    ddr5 = [_dimm("DIMM 0", f"P0 CHANNEL {c}", 5600, "DDR5") for c in "AB"]
    speed5 = ram_speed_of_devices(ddr5)
    assert speed5 is not None and speed5.bandwidth_bytes_per_s == 89_600_000_000


def test_the_slowest_module_sets_the_speed_and_unknowns_are_skipped() -> None:
    mixed = [_dimm("DIMM_A1", mt=3600), _dimm("DIMM_B1", mt=2400)]
    speed = ram_speed_of_devices(mixed)
    assert speed is not None and speed.mt_per_s == 2400
    assert ram_speed_of_devices([]) is None
    empty = "Memory Device\n\tSize: No Module Installed\n\tType: Unknown\n\tSpeed: Unknown\n"
    assert parse_dmidecode(empty) == ()
    # dmidecode run without root prints no Memory Device at all
    assert (
        parse_dmidecode(
            "# dmidecode 3.5\n/sys/firmware/dmi/tables/smbios_entry_point: Permission denied\n"
        )
        == ()
    )


# Win32_PhysicalMemory's fields as wmic /format:list and PowerShell's Format-List print them.
# Constructed from the class's documented fields (learn.microsoft.com/windows/win32/cimwin32prov/
# win32-physicalmemory): no recorded output with every field was found; SMBIOSMemoryType 26 is
# DDR4 and 34 DDR5 (DMTF DSP0134 7.18.2).
WMIC_LIST = (
    "\r\n\r\nBankLabel=P0 CHANNEL A\r\nCapacity=17179869184\r\nConfiguredClockSpeed=3200\r\n"
    "DataWidth=64\r\nDeviceLocator=DIMM 1\r\nSMBIOSMemoryType=26\r\nSpeed=3600\r\n\r\n\r\n"
    "BankLabel=P0 CHANNEL B\r\nCapacity=17179869184\r\nConfiguredClockSpeed=3200\r\n"
    "DataWidth=64\r\nDeviceLocator=DIMM 1\r\nSMBIOSMemoryType=26\r\nSpeed=3600\r\n\r\n"
)
POWERSHELL_LIST = (
    "\r\nBankLabel            : BANK 0\r\nCapacity             : 17179869184\r\n"
    "ConfiguredClockSpeed : 5600\r\nDataWidth            : 64\r\n"
    "DeviceLocator        : Controller0-ChannelA-DIMM1\r\nSMBIOSMemoryType     : 34\r\n"
    "Speed                : 5600\r\n\r\nBankLabel            : BANK 0\r\n"
    "Capacity             : 17179869184\r\nConfiguredClockSpeed : 5600\r\n"
    "DataWidth            : 64\r\nDeviceLocator        : Controller1-ChannelA-DIMM1\r\n"
    "SMBIOSMemoryType     : 34\r\nSpeed                : 5600\r\n\r\n"
)


def test_windows_wmi_listing() -> None:
    devices = parse_wmi_memory(WMIC_LIST)
    assert [d.mt_per_s for d in devices] == [3200, 3200]
    speed = ram_speed_of_devices(devices)
    assert speed is not None and (speed.memory_type, speed.channels) == ("DDR4", 2)
    ps = ram_speed_of_devices(parse_wmi_memory(POWERSHELL_LIST))
    assert ps is not None and (ps.memory_type, ps.mt_per_s, ps.channels) == ("DDR5", 5600, 2)
    # an unknown memory type (SMBIOSMemoryType 0, older Windows) tells nothing
    assert parse_wmi_memory(WMIC_LIST.replace("SMBIOSMemoryType=26", "SMBIOSMemoryType=0")) == ()


def test_channel_key_names_the_controller() -> None:
    a = channel_key(_dimm("Controller0-ChannelA-DIMM0", "BANK 0"))
    b = channel_key(_dimm("Controller1-ChannelA-DIMM0", "BANK 0"))
    assert a and b and a != b
    assert channel_key(_dimm("DIMM 0", "BANK 0")) is None


def test_measured_rate_is_what_the_speed_model_reads() -> None:
    """A measured copy rate is sustained already: scaled by the speed model's CPU share, it
    comes back as itself."""
    measured = 38_000_000_000
    assert abs(peak_equivalent(measured) * DECODE_EFFICIENCY_CPU - measured) < 1


def test_copy_benchmark_reports_progress_and_stops_on_cancel() -> None:
    seen: list[float] = []
    rate = measure_copy_bandwidth(buffer_bytes=8 << 20, seconds=0.05, threads=2, report=seen.append)
    assert rate > 0 and seen and seen[-1] == 1.0
    stop = threading.Event()
    stop.set()
    assert measure_copy_bandwidth(buffer_bytes=8 << 20, seconds=0.05, cancel=stop) == 0
    with pytest.raises(ValueError, match="buffer_bytes"):
        measure_copy_bandwidth(buffer_bytes=1000)


def test_the_report_says_which_source(monkeypatch: pytest.MonkeyPatch) -> None:
    speed = RamSpeed(89_600_000_000, "memory_type", "DDR5", 5600, 2)
    assert _ram_speed_note(speed, None) == ram_speed_note(speed)
    assert ram_speed_note(speed).code == notes.RAM_SPEED_FROM_TYPE
    assert _ram_speed_note(None, None).code == notes.RAM_SPEED_DEFAULT
    reading = fake_machine([], 32 * GIB)
    assert reading.to_hardware().ram_bandwidth_bytes_per_s == DEFAULT_RAM_BANDWIDTH_BYTES_PER_S
    from dataclasses import replace

    with_speed = replace(reading, ram_speed=speed)
    assert with_speed.to_hardware().ram_bandwidth_bytes_per_s == 89_600_000_000
    assert with_speed.to_json()["ram_speed"]["memory_type"] == "DDR5"


def test_probe_reads_dmidecode_only_when_the_table_is_readable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[list[str]] = []

    def fake_run(argv: list[str]) -> str:
        calls.append(list(argv))
        return (DATA / "dmidecode_intel_ddr5_ckbnext.txt").read_text(encoding="utf-8")

    monkeypatch.setattr(host, "_run", fake_run)
    monkeypatch.setattr(host.shutil, "which", lambda _name: "/usr/sbin/dmidecode")
    monkeypatch.setattr(host, "_DMI_TABLE", tmp_path / "missing")
    host.read_ram_speed.cache_clear()
    try:
        assert host.read_ram_speed("linux") is None and calls == []  # root-only: not run
        table = tmp_path / "DMI"
        table.write_bytes(b"\0")
        monkeypatch.setattr(host, "_DMI_TABLE", table)
        host.read_ram_speed.cache_clear()
        speed = host.read_ram_speed("linux")
        assert calls == [["/usr/sbin/dmidecode", "-t", "17"]]
        assert speed is not None and speed.mt_per_s == 5200
        host.read_ram_speed.cache_clear()
        assert host.read_ram_speed("darwin") is None  # Apple Silicon: the chip's figure
    finally:
        host.read_ram_speed.cache_clear()


def test_a_hardware_file_keeps_the_ram_speed(tmp_path: Path) -> None:
    import json

    from vramscope.core.errors import SpecError
    from vramscope.hardware import load_fake_machine

    speed = RamSpeed(89_600_000_000, "memory_type", "DDR5", 5600, 2)
    reading = fake_machine([], 32 * GIB)
    from dataclasses import replace

    path = tmp_path / "hw.json"
    path.write_text(json.dumps(replace(reading, ram_speed=speed).to_json()), encoding="utf-8")
    assert load_fake_machine(path).ram_speed == speed
    bad = replace(reading, ram_speed=speed).to_json()
    bad["ram_speed"]["source"] = "guessed"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(SpecError, match="source"):
        load_fake_machine(path)
