"""Host readers: RAM against psutil, CPU flags, platform facts, other GPUs, disk."""

from __future__ import annotations

from pathlib import Path

import psutil
import pytest
from tests._support.messages import english

from vramscope.hardware import MemoryReading, PlatformReading, host, probe_machine

GIB = 1 << 30

X86_CPUINFO = """\
processor\t: 0
vendor_id\t: GenuineIntel
model\t\t: 151
model name\t: 12th Gen Intel(R) Core(TM) i7-12700K
flags\t\t: fpu sse sse2 avx avx2 fma f16c avx_vnni bmi2 sha_ni

processor\t: 1
model name\t: 12th Gen Intel(R) Core(TM) i7-12700K
flags\t\t: fpu sse sse2 avx avx2 fma f16c avx_vnni bmi2 sha_ni
"""

ARM_CPUINFO = """\
processor\t: 0
BogoMIPS\t: 108.00
Features\t: fp asimd evtstrm aes crc32 atomics fphp asimdhp asimddp i8mm sve sve2
CPU implementer\t: 0x41

Hardware\t: NVIDIA Jetson AGX Orin
Model\t\t: NVIDIA Jetson AGX Orin Developer Kit
"""


def test_ram_matches_psutil_within_one_percent() -> None:
    reading = probe_machine()
    vm = psutil.virtual_memory()
    assert reading.ram.total_bytes == pytest.approx(vm.total, rel=0.01)
    assert reading.ram.available_bytes == pytest.approx(vm.available, rel=0.05)
    data = reading.to_json()
    assert data["ram"]["total_bytes"] == pytest.approx(vm.total, rel=0.01)


def test_swap_matches_psutil() -> None:
    swap = host.read_swap()
    assert swap.total_bytes == psutil.swap_memory().total


def test_x86_cpuinfo(tmp_path: Path) -> None:
    path = tmp_path / "cpuinfo"
    path.write_text(X86_CPUINFO)
    cpu = host.read_cpu(cpuinfo=path, system="linux", machine="x86_64")
    assert cpu.model == "12th Gen Intel(R) Core(TM) i7-12700K"
    assert cpu.flags == ("avx", "avx2", "fma", "f16c", "avx_vnni")
    assert cpu.logical_cores == psutil.cpu_count(logical=True)
    assert cpu.physical_cores == psutil.cpu_count(logical=False)


def test_arm_cpuinfo_maps_neon_and_friends(tmp_path: Path) -> None:
    path = tmp_path / "cpuinfo"
    path.write_text(ARM_CPUINFO)
    cpu = host.read_cpu(cpuinfo=path, system="linux", machine="aarch64")
    assert cpu.model == "NVIDIA Jetson AGX Orin"
    assert cpu.flags == ("neon", "dotprod", "i8mm", "sve", "sve2")


def test_unreadable_cpuinfo_still_gives_counts(tmp_path: Path) -> None:
    cpu = host.read_cpu(cpuinfo=tmp_path / "missing", system="linux", machine="x86_64")
    assert cpu.flags == ()
    assert cpu.logical_cores == psutil.cpu_count(logical=True)


def test_this_machine_cpu_flags_are_known_names() -> None:
    cpu = host.read_cpu()
    assert set(cpu.flags) <= set(host.CPU_FLAGS)


@pytest.mark.parametrize(
    ("system", "machine", "osrelease", "expected"),
    [
        ("linux", "x86_64", "6.1.0-18-amd64", PlatformReading("linux")),
        (
            "linux",
            "x86_64",
            "5.15.153.1-microsoft-standard-WSL2",
            PlatformReading("linux", is_wsl=True),
        ),
        ("win32", "AMD64", "", PlatformReading("windows", is_windows=True)),
        ("darwin", "arm64", "", PlatformReading("macos", apple_silicon=True)),
        ("darwin", "x86_64", "", PlatformReading("macos")),
    ],
)
def test_platform_facts(
    tmp_path: Path, system: str, machine: str, osrelease: str, expected: PlatformReading
) -> None:
    path = tmp_path / "osrelease"
    path.write_text(osrelease + "\n")
    assert host.read_platform(system=system, machine=machine, osrelease=path) == expected


def test_platform_notes() -> None:
    windows = host.platform_notes(PlatformReading("windows", is_windows=True), has_nvidia=True)
    assert english(windows) == [
        "Windows: when VRAM runs out the NVIDIA driver may silently use system RAM as "
        "'shared GPU memory', which is very slow.",
    ]
    assert host.platform_notes(PlatformReading("windows", is_windows=True), has_nvidia=False) == ()
    wsl = host.platform_notes(PlatformReading("linux", is_wsl=True), has_nvidia=False)
    assert "WSL2" in english(wsl)[0] and ".wslconfig" in english(wsl)[0]


@pytest.mark.parametrize(
    ("ram_gib", "share"),
    [(16, 2 / 3), (32, 2 / 3), (36, 2 / 3), (64, 3 / 4), (192, 3 / 4)],
)
def test_apple_unified_memory_share(ram_gib: int, share: float) -> None:
    # source: Metal recommendedMaxWorkingSetSize as llama.cpp logs it (constants.py)
    ram = MemoryReading(total_bytes=ram_gib * GIB, available_bytes=ram_gib * GIB // 2)
    gpu = host.apple_unified_gpu("Apple M2 Max", ram)
    assert gpu.total_bytes == pytest.approx(ram_gib * GIB * share, abs=1)
    assert gpu.free_bytes == min(gpu.total_bytes or 0, ram.available_bytes)
    assert gpu.unified_memory and gpu.source == "apple_unified" and gpu.name == "Apple M2 Max"
    notes = host.platform_notes(
        PlatformReading("macos", apple_silicon=True), has_nvidia=False, unified=gpu
    )
    assert "unified memory" in english(notes)[0]


def _card(drm: Path, n: int, vendor: str, slot: str, vram: int | None = None) -> None:
    dev = drm.parent / "devices" / slot
    dev.mkdir(parents=True)
    (dev / "vendor").write_text(vendor + "\n")
    if vram is not None:
        (dev / "mem_info_vram_total").write_text(f"{vram}\n")
    (drm / f"card{n}").mkdir(parents=True)
    (drm / f"card{n}" / "device").symlink_to(dev)
    (drm / f"card{n}-eDP-1").mkdir()  # connectors are not cards


def test_laptop_with_intel_igpu_beside_nvidia(tmp_path: Path) -> None:
    drm = tmp_path / "drm"
    _card(drm, 0, "0x8086", "0000:00:02.0")
    _card(drm, 1, "0x10de", "0000:01:00.0")
    others = host.find_other_gpus(drm=drm, system="linux")
    assert others == (("Intel graphics (PCI 0000:00:02.0)", True),)
    (note,) = english(host.other_gpu_notes(others, has_nvidia=True))
    assert note.startswith("Integrated GPU ignored: Intel graphics (PCI 0000:00:02.0)")
    assert "borrows system RAM" in note and "NVIDIA GPU is the one planned for" in note


def test_amd_apu_and_amd_card(tmp_path: Path) -> None:
    drm = tmp_path / "drm"
    _card(drm, 0, "0x1002", "0000:05:00.0", vram=512 << 20)
    _card(drm, 1, "0x1002", "0000:03:00.0", vram=16 << 30)
    others = host.find_other_gpus(drm=drm, system="linux")
    assert others == (
        ("AMD graphics (PCI 0000:05:00.0)", True),
        ("AMD graphics (PCI 0000:03:00.0)", False),
    )
    notes = english(host.other_gpu_notes(others, has_nvidia=False))
    assert notes[0].startswith("Integrated GPU ignored")
    assert notes[1].startswith("GPU ignored") and "NVIDIA GPUs only" in notes[1]


def test_no_drm_folder(tmp_path: Path) -> None:
    assert host.find_other_gpus(drm=tmp_path / "none", system="linux") == ()
    assert host.find_other_gpus(system="darwin") == ()


@pytest.mark.parametrize(
    ("name", "integrated"),
    [
        ("Intel(R) UHD Graphics 770", True),
        ("Intel(R) Arc(TM) Graphics", True),
        ("Intel(R) Arc(TM) A770 Graphics", False),
        ("Intel(R) Arc(TM) B580 Graphics", False),
        ("AMD Radeon(TM) Graphics", True),
        ("AMD Radeon RX 7900 XTX", False),
    ],
)
def test_windows_adapter_names(name: str, integrated: bool) -> None:
    assert host._looks_integrated(name) is integrated


def test_disk_of_a_folder_not_created_yet(tmp_path: Path) -> None:
    disk = host.read_disk(tmp_path / "models" / "not-yet")
    assert disk.path == str(tmp_path / "models" / "not-yet")
    assert disk.free_bytes == pytest.approx(psutil.disk_usage(str(tmp_path)).free, rel=0.01)


def test_default_models_dir_prefers_runtime_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OLLAMA_MODELS", str(tmp_path))
    assert host.default_models_dir() == tmp_path


def test_probe_reports_disk_for_models_dir(tmp_path: Path) -> None:
    reading = probe_machine(models_dir=str(tmp_path))
    assert reading.disk.path == str(tmp_path)
    assert reading.disk.free_bytes is not None and reading.disk.free_bytes > 0


def test_process_name_of_this_process_and_a_missing_one() -> None:
    import os

    assert host.process_name(os.getpid())
    assert host.process_name(2**22 + 12345) is None


class _Freq:
    def __init__(self, current: float, max_: float) -> None:
        self.current, self.min, self.max = current, 0.0, max_


def test_max_clock_from_psutil(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(psutil, "cpu_freq", lambda: _Freq(3600.0, 4999.6))
    assert host.read_max_mhz() == 5000
    path = tmp_path / "cpuinfo"
    path.write_text(X86_CPUINFO)
    cpu = host.read_cpu(cpuinfo=path, system="linux", machine="x86_64")
    assert cpu.max_mhz == 5000
    assert cpu.to_json()["max_mhz"] == 5000


@pytest.mark.parametrize(
    "cpu_freq",
    [
        lambda: None,  # psutil: no cpufreq on this platform
        lambda: _Freq(2400.0, 0.0),  # only the current clock is known (many VMs)
        lambda: (_ for _ in ()).throw(FileNotFoundError("/sys/devices/system/cpu")),
        lambda: (_ for _ in ()).throw(NotImplementedError),
    ],
)
def test_max_clock_unknown_is_none(monkeypatch: pytest.MonkeyPatch, cpu_freq: object) -> None:
    monkeypatch.setattr(psutil, "cpu_freq", cpu_freq)
    assert host.read_max_mhz() is None
    assert host.read_cpu(system="linux", machine="x86_64").peak_flops_per_s == 0
