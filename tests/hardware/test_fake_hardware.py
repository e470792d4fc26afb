"""Planning for hardware the user does not own: fake_machine and hardware files (the --gpu and
--ram parsers are app.session's, tested in tests/app/test_session.py)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from tests._support.fakenvml import FakeGpu, FakeNvml, proc
from tests._support.messages import english, message

from vramscope.core.hardware import GpuDevice
from vramscope.hardware import (
    CpuReading,
    FakeProbe,
    GpuReading,
    HardwareFileError,
    MachineReading,
    MemoryReading,
    PlatformReading,
    SystemProbe,
    fake_machine,
    load_fake_machine,
    probe_in_background,
    probe_machine,
)
from vramscope.hardware.constants import (
    APPLE_RAM_BANDWIDTH_BYTES_PER_S,
    DEFAULT_DISK_READ_BYTES_PER_S,
    DEFAULT_RAM_BANDWIDTH_BYTES_PER_S,
)
from vramscope.hardware.reading import (
    AVX2_FMA_FP32_FLOPS_PER_CYCLE,
    AVX512_FP32_FLOPS_PER_CYCLE,
    NEON_FP32_FLOPS_PER_CYCLE,
)

GIB = 1 << 30


def test_fake_machine_from_devices() -> None:
    reading = fake_machine(
        [GpuDevice("RTX 4090", 24 * GIB, 23 * GIB, bandwidth_bytes_per_s=1_008_000_000_000)],
        64 * GIB,
        ram_available_bytes=60 * GIB,
    )
    (gpu,) = reading.gpus
    assert (gpu.name, gpu.total_bytes, gpu.free_bytes, gpu.source) == (
        "RTX 4090",
        24 * GIB,
        23 * GIB,
        "fake",
    )
    hw = reading.to_hardware()
    assert hw.gpus == (GpuDevice("RTX 4090", 24 * GIB, 23 * GIB, 1_008_000_000_000),)
    assert (hw.ram_total_bytes, hw.ram_available_bytes) == (64 * GIB, 60 * GIB)
    assert hw.ram_bandwidth_bytes_per_s == DEFAULT_RAM_BANDWIDTH_BYTES_PER_S
    assert hw.disk_read_bytes_per_s == DEFAULT_DISK_READ_BYTES_PER_S
    assert not hw.shared_memory_spill
    assert "not for this machine" in english(reading.notes)[0]


def test_fake_machine_without_gpu_says_why() -> None:
    reading = fake_machine([], 32 * GIB)
    assert reading.to_json()["gpus"] == []
    assert any("No GPU given" in n for n in english(reading.notes))
    assert reading.ram.available_bytes == 32 * GIB


def test_unknown_bandwidth_uses_the_catalog_fallback() -> None:
    reading = fake_machine([GpuDevice("RTX 3090", 24 * GIB, 24 * GIB)], 32 * GIB)
    assert reading.gpus[0].bandwidth_bytes_per_s is None
    hw = reading.to_hardware(bandwidth_fallback={"RTX 3090": 936_000_000_000}.get)
    assert hw.gpus[0].bandwidth_bytes_per_s == 936_000_000_000


def test_gpu_flops_come_from_the_catalog_fallback() -> None:
    reading = fake_machine([GpuDevice("RTX 4090", 24 * GIB, 24 * GIB)], 32 * GIB)
    assert reading.to_hardware().gpus[0].fp16_flops_per_s == 0  # unknown: no prefill speed
    hw = reading.to_hardware(flops_fallback={"RTX 4090": 165_200_000_000_000}.get)
    assert hw.gpus[0].fp16_flops_per_s == 165_200_000_000_000
    # a name the catalog does not know stays unknown
    unknown: dict[str, int] = {}
    assert reading.to_hardware(flops_fallback=unknown.get).gpus[0].fp16_flops_per_s == 0


@pytest.mark.parametrize(
    ("flags", "per_cycle"),
    [
        (("avx", "avx2", "fma", "avx512f", "avx512bw"), AVX512_FP32_FLOPS_PER_CYCLE),
        (("avx", "avx2", "fma", "f16c"), AVX2_FMA_FP32_FLOPS_PER_CYCLE),
        (("neon", "dotprod"), NEON_FP32_FLOPS_PER_CYCLE),
        (("avx",), 0),  # no FMA: not a case the estimate covers, so unknown
        ((), 0),
    ],
)
def test_cpu_flops_from_cores_clock_and_flags(flags: tuple[str, ...], per_cycle: int) -> None:
    cpu = CpuReading(physical_cores=8, logical_cores=16, flags=flags, max_mhz=5000)
    assert cpu.flops_per_cycle == per_cycle
    reading = MachineReading(gpus=(), ram=MemoryReading(32 * GIB, 30 * GIB), cpu=cpu)
    # e.g. AVX2+FMA: 8 cores x 5.0 GHz x 32 FLOP/cycle = 1.28 TFLOP/s
    assert reading.to_hardware().cpu_flops_per_s == 8 * 5_000_000_000 * per_cycle


def test_cpu_flops_unknown_without_clock_or_cores() -> None:
    avx2 = ("avx2", "fma")
    assert CpuReading(physical_cores=8, flags=avx2).peak_flops_per_s == 0
    assert CpuReading(max_mhz=4000, flags=avx2).peak_flops_per_s == 0
    assert MachineReading(gpus=(), ram=MemoryReading(GIB, GIB)).to_hardware().cpu_flops_per_s == 0


def test_cpu_max_clock_in_a_hardware_file(tmp_path: Path) -> None:
    path = tmp_path / "cpu.json"
    cpu = {"physical_cores": 16, "flags": ["avx2", "fma"], "max_mhz": 5700}
    path.write_text(json.dumps({"ram": {"total_bytes": 64 * GIB}, "cpu": cpu}))
    loaded = load_fake_machine(path)
    assert loaded.cpu.max_mhz == 5700
    assert loaded.to_hardware().cpu_flops_per_s == 16 * 5_700_000_000 * 32
    # files saved before max_mhz existed still load, with the clock unknown
    del cpu["max_mhz"]
    path.write_text(json.dumps({"ram": {"total_bytes": 64 * GIB}, "cpu": cpu}))
    assert load_fake_machine(path).cpu.max_mhz is None
    cpu["max_mhz"] = 0
    path.write_text(json.dumps({"ram": {"total_bytes": 64 * GIB}, "cpu": cpu}))
    with pytest.raises(HardwareFileError) as info:
        load_fake_machine(path)
    assert message(info.value).endswith("field 'cpu.max_mhz' must be at least 1, got 0")


def test_windows_machine_with_nvidia_may_spill() -> None:
    reading = MachineReading(
        gpus=(GpuReading("RTX 4070", 12 * GIB, 11 * GIB, source="nvml"),),
        ram=MemoryReading(32 * GIB, 20 * GIB),
        platform=PlatformReading("windows", is_windows=True),
    )
    assert reading.to_hardware().shared_memory_spill
    fake = MachineReading(
        gpus=(GpuReading("RTX 4070", 12 * GIB, 11 * GIB, source="fake"),),
        ram=MemoryReading(32 * GIB, 20 * GIB),
        platform=PlatformReading("windows", is_windows=True),
    )
    assert not fake.to_hardware().shared_memory_spill


def test_apple_silicon_ram_bandwidth() -> None:
    gpu = GpuReading(
        "Apple M2 Max", 48 * GIB, 40 * GIB, unified_memory=True, source="apple_unified"
    )
    reading = MachineReading(
        gpus=(gpu,),
        ram=MemoryReading(64 * GIB, 50 * GIB),
        platform=PlatformReading("macos", apple_silicon=True),
    )
    assert reading.to_hardware().ram_bandwidth_bytes_per_s == APPLE_RAM_BANDWIDTH_BYTES_PER_S
    catalog = {"Apple M2 Max": 400_000_000_000}.get
    hw = reading.to_hardware(bandwidth_fallback=catalog)
    assert hw.ram_bandwidth_bytes_per_s == 400_000_000_000
    assert hw.gpus[0].unified_memory and hw.gpus[0].bandwidth_bytes_per_s == 400_000_000_000


def test_json_round_trip_through_a_file(tmp_path: Path) -> None:
    nvml = FakeNvml(
        [FakeGpu(compute=[proc(7, GIB)], mig=[0, 0]), FakeGpu(uuid="GPU-2", display=1)],
        names={7: "llama-server"},
    )
    original = probe_machine(nvml=nvml, models_dir=str(tmp_path))
    path = tmp_path / "my.json"
    path.write_text(json.dumps(original.to_json()))
    loaded = load_fake_machine(path)
    assert loaded.gpus == original.gpus
    assert (loaded.ram, loaded.swap, loaded.cpu, loaded.disk, loaded.platform) == (
        original.ram,
        original.swap,
        original.cpu,
        original.disk,
        original.platform,
    )
    assert english(loaded.notes)[0].startswith("Planning for hardware you described")
    assert loaded.notes[1:] == original.notes
    assert loaded.to_hardware() == original.to_hardware()
    # saving the loaded reading again changes nothing
    path.write_text(json.dumps(loaded.to_json()))
    assert load_fake_machine(path) == loaded


def test_minimal_file(tmp_path: Path) -> None:
    path = tmp_path / "min.json"
    path.write_text(
        '{"gpus": [{"name": "RTX 4090", "total_bytes": 25757220864}],'
        ' "ram": {"total_bytes": 68719476736}}'
    )
    reading = load_fake_machine(path)
    assert reading.gpus[0].free_bytes == 25757220864
    assert reading.gpus[0].source == "fake"
    assert reading.ram.available_bytes == 68719476736


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{nope", "not valid JSON (line 1, column 2"),
        ("[]", "expected a JSON object, got a list"),
        ('{"gpus": []}', "field 'ram' is missing"),
        ('{"gpus": {}, "ram": {"total_bytes": 1}}', "field 'gpus' must be a list, got an object"),
        ('{"ram": {"total_bytes": -5}}', "field 'ram.total_bytes' must be at least 1, got -5"),
        ('{"ram": {"total_bytes": true}}', "field 'ram.total_bytes' must be an integer, got True"),
        ('{"ram": {"total_bytes": 1.5}}', "field 'ram.total_bytes' must be an integer, got 1.5"),
        (
            '{"ram": {"total_bytes": 10, "available_bytes": 11}}',
            "field 'ram.available_bytes' (11) is larger than ram.total_bytes (10)",
        ),
        (
            '{"gpus": [{"total_bytes": 1}], "ram": {"total_bytes": 1}}',
            "field 'gpus[0].name' is missing",
        ),
        (
            '{"gpus": [{"name": "x", "total_bytes": 1, "free_bytes": 2}],'
            ' "ram": {"total_bytes": 1}}',
            "field 'gpus[0].free_bytes' (2) is larger than gpus[0].total_bytes (1)",
        ),
        (
            '{"gpus": [{"name": "x", "total_bytes": 1, "processes": [{"name": "a"}]}],'
            ' "ram": {"total_bytes": 1}}',
            "field 'gpus[0].processes[0].pid' is missing",
        ),
        (
            '{"gpus": [{"name": "x", "total_bytes": 1, "mig_enabled": "yes"}],'
            ' "ram": {"total_bytes": 1}}',
            "field 'gpus[0].mig_enabled' must be true or false, got 'yes'",
        ),
        (
            '{"gpus": [{"name": "x", "total_bytes": 1, "source": "amd"}],'
            ' "ram": {"total_bytes": 1}}',
            "field 'gpus[0].source' must be one of apple_unified, fake, nvml, got 'amd'",
        ),
        (
            '{"ram": {"total_bytes": 1}, "notes": [1]}',
            "field 'notes[0]' must be a note or a string, got 1",
        ),
        ('{"ram": {"total_bytes": 1}, "cpu": {"max_mhz": NaN}}', "NaN is not a number"),
        ("[" * 100_000, "nested too deeply"),
    ],
)
def test_bad_files_name_the_problem(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(HardwareFileError) as info:
        load_fake_machine(path)
    text = message(info.value)
    assert words in text
    assert text.startswith(str(path))
    assert "\n" not in text
    assert isinstance(info.value, ValueError)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(HardwareFileError) as info:
        load_fake_machine(tmp_path / "nope.json")
    assert info.value.note.code == "json.unreadable" and "cannot read" in message(info.value)


def test_oversized_file_is_refused_without_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * (2 << 20))
    with pytest.raises(HardwareFileError) as info:
        load_fake_machine(path)
    assert info.value.note.code == "json.too_large"


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "bin.json"
    path.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(HardwareFileError) as info:
        load_fake_machine(path)
    assert message(info.value).endswith("not UTF-8 text")


def test_fake_probe_never_changes() -> None:
    reading = fake_machine([], 8 * GIB)
    probe = FakeProbe(reading)
    assert probe.read() is reading
    assert probe.refresh(reading) is reading


def test_probe_runs_off_the_calling_thread() -> None:
    seen: list[str] = []

    class Recording(FakeProbe):
        def read(self) -> MachineReading:
            seen.append(threading.current_thread().name)
            return super().read()

    reading = fake_machine([], 8 * GIB)
    assert probe_in_background(Recording(reading)).result() is reading
    assert seen and seen[0].startswith("vramscope-probe")
    assert seen[0] != threading.current_thread().name


def test_background_refresh_of_a_real_probe() -> None:
    nvml = FakeNvml()
    with SystemProbe(nvml=nvml) as probe:
        first = probe_in_background(probe).result()
        nvml.gpus[0].free = 1 * GIB
        second = probe_in_background(probe, first).result()
    assert second.gpus[0].free_bytes == 1 * GIB
