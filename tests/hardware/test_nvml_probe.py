"""The NVML probe against a fake ``pynvml``: every field, every failure the issue lists."""

from __future__ import annotations

import sys
import threading

import pynvml
import pytest
from tests._support.fakenvml import GIB, FakeGpu, FakeNvml, proc
from tests._support.messages import english

from vramscope.hardware import SystemProbe, probe_machine, refresh_machine
from vramscope.hardware.constants import PCIE_LANE_BYTES_PER_S
from vramscope.hardware.nvml import NvmlSession, import_nvml

MIB = 1 << 20
NO_DRIVER = "No NVIDIA driver found (NVML library not installed): planning for CPU and RAM only."


def read(fake: FakeNvml):
    return probe_machine(nvml=fake)


# -- NVML not usable at all ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (pynvml.NVMLError_LibraryNotFound(), [NO_DRIVER]),
        (pynvml.NVMLError_DriverNotLoaded(), ["not running", "driver not loaded", "CPU and RAM"]),
        (pynvml.NVMLError_LibRmVersionMismatch(), ["different versions", "restart", "CPU and RAM"]),
        (pynvml.NVMLError_NoPermission(), ["permission denied", "CPU and RAM"]),
        (pynvml.NVMLError_Unknown(), ["could not be queried", "Unknown Error"]),
        (RuntimeError("binding exploded"), ["could not be queried", "binding exploded"]),
    ],
)
def test_nvml_unavailable_gives_no_gpus_and_a_note(error: BaseException, words: list[str]) -> None:
    reading = read(FakeNvml(init_error=error))
    assert reading.gpus == ()
    assert reading.to_json()["gpus"] == []
    first = english(reading.notes)[0]
    for word in words:
        assert word in first
    assert reading.to_hardware().gpus == ()


def test_this_machine_without_a_driver_says_so() -> None:
    """The real binding on a machine with no NVIDIA driver (this one) reads as "no GPU"."""
    try:
        pynvml.nvmlInit()
    except pynvml.NVMLError_LibraryNotFound:
        pass
    else:  # pragma: no cover - only on GPU machines
        pynvml.nvmlShutdown()
        pytest.skip("an NVIDIA driver is present")
    reading = probe_machine()
    assert reading.gpus == ()
    assert NO_DRIVER in english(reading.notes)


def test_missing_binding_becomes_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pynvml", None)  # makes `import pynvml` raise ImportError
    module, note = import_nvml()
    assert module is None
    assert note is not None and "nvidia-ml-py is not installed" in english([note.note])[0]
    reading = probe_machine()
    assert reading.gpus == ()
    assert any("nvidia-ml-py is not installed" in n for n in english(reading.notes))


def test_driver_with_zero_gpus() -> None:
    reading = read(FakeNvml(gpus=[]))
    assert reading.gpus == ()
    assert "reports no GPUs" in english(reading.notes)[0]


# -- one healthy GPU: every field --------------------------------------------------------------


def test_every_field_of_a_healthy_gpu() -> None:
    fake = FakeNvml(
        [
            FakeGpu(
                compute=[proc(4242, 3 * GIB)],
                graphics=[proc(1000, 300 * MIB), proc(4242, 3 * GIB)],
            )
        ],
        names={4242: "/usr/bin/python3", 1000: r"C:\Windows\explorer.exe"},
    )
    (gpu,) = read(fake).gpus
    assert gpu.name == "NVIDIA GeForce RTX 4090"
    assert gpu.index == 0
    assert gpu.uuid == "GPU-11111111-2222-3333-4444-555555555555"
    assert gpu.total_bytes == 24564 * MIB
    assert gpu.free_bytes == 20000 * MIB
    assert gpu.used_bytes == 4000 * MIB
    assert gpu.reserved_bytes == 564 * MIB
    assert gpu.memory_bus_width_bits == 384
    assert gpu.max_memory_clock_mhz == 10501
    # source: RTX 4090 spec sheet, 1008 GB/s (384-bit, 21 Gbps GDDR6X)
    assert gpu.bandwidth_bytes_per_s == 48 * 10501 * 10**6 * 2 == 1_008_096_000_000
    assert gpu.compute_capability == "8.9"
    assert gpu.driver_version == "550.54.14"
    assert gpu.cuda_driver_version == "12.4"
    assert (gpu.pcie_generation, gpu.pcie_width) == (4, 16)
    assert (gpu.pcie_generation_current, gpu.pcie_width_current) == (1, 16)
    assert gpu.pcie_bytes_per_s == PCIE_LANE_BYTES_PER_S[4] * 16
    assert gpu.display_active is False
    assert gpu.mig_enabled is False  # a GeForce: MIG not supported means not in MIG mode
    assert gpu.unified_memory is False
    assert gpu.source == "nvml"
    assert gpu.unknown == ()
    # one entry per program, biggest first; the program in both lists counted once
    assert [(p.pid, p.name, p.used_bytes) for p in gpu.processes or ()] == [
        (4242, "python3", 3 * GIB),
        (1000, "explorer.exe", 300 * MIB),
    ]
    assert "nvmlShutdown" in fake.calls


def test_json_has_every_field() -> None:
    data = read(FakeNvml()).to_json()
    (gpu,) = data["gpus"]
    for key in [
        "name",
        "total_bytes",
        "free_bytes",
        "bandwidth_bytes_per_s",
        "index",
        "uuid",
        "used_bytes",
        "reserved_bytes",
        "memory_bus_width_bits",
        "max_memory_clock_mhz",
        "compute_capability",
        "driver_version",
        "cuda_driver_version",
        "pcie_generation",
        "pcie_width",
        "pcie_generation_current",
        "pcie_width_current",
        "pcie_bytes_per_s",
        "display_active",
        "mig_enabled",
        "processes",
        "unified_memory",
        "source",
        "unknown",
    ]:
        assert key in gpu, key
    assert gpu["processes"] == []
    # ram_speed: the RAM bandwidth from the memory type (issue 13), null where unread
    assert set(data) == {"gpus", "ram", "swap", "cpu", "disk", "platform", "ram_speed", "notes"}


def test_bytes_from_an_old_binding_are_decoded() -> None:
    fake = FakeNvml([FakeGpu(name=b"Tesla V100-SXM2-16GB")], driver=b"470.82.01")  # type: ignore[arg-type]
    (gpu,) = read(fake).gpus
    assert gpu.name == "Tesla V100-SXM2-16GB"
    assert gpu.driver_version == "470.82.01"


@pytest.mark.parametrize(
    ("bus_bits", "clock_mhz", "published_gb_s"),
    [
        (512, 14001, 1792),  # RTX 5090, GDDR7 28 Gbps
        (384, 9751, 936),  # RTX 3090, GDDR6X 19.5 Gbps
        (256, 7001, 448),  # RTX 3060 Ti, GDDR6 14 Gbps
        (5120, 2619, 3350),  # H100 SXM, HBM3
        (5120, 1215, 1555),  # A100 40GB, HBM2
    ],
)
def test_bandwidth_matches_published_figures(
    bus_bits: int, clock_mhz: int, published_gb_s: int
) -> None:
    # source: each vendor's spec sheet; NVML clocks from nvidia-smi -q "Max Clocks / Memory"
    (gpu,) = read(FakeNvml([FakeGpu(bus_bits=bus_bits, mem_clock_mhz=clock_mhz)])).gpus
    assert gpu.bandwidth_bytes_per_s is not None
    assert gpu.bandwidth_bytes_per_s / 1e9 == pytest.approx(published_gb_s, rel=0.01)


# -- fields the driver will not give ---------------------------------------------------------


def test_not_supported_fields_are_none_with_a_reason() -> None:
    nope = pynvml.NVMLError_NotSupported()
    gpu_fake = FakeGpu(
        errors={
            "nvmlDeviceGetMemoryBusWidth": nope,
            "nvmlDeviceGetCudaComputeCapability": nope,
            "nvmlDeviceGetMaxPcieLinkGeneration": nope,
            "nvmlDeviceGetCurrPcieLinkWidth": nope,
            "nvmlDeviceGetDisplayActive": nope,
            "nvmlDeviceGetUUID": nope,
        }
    )
    reading = read(FakeNvml([gpu_fake], system_errors={"nvmlSystemGetDriverVersion": nope}))
    (gpu,) = reading.gpus
    for name in (
        "memory_bus_width_bits",
        "compute_capability",
        "pcie_generation",
        "pcie_width_current",
        "display_active",
        "uuid",
        "driver_version",
    ):
        assert getattr(gpu, name) is None, name
        assert gpu.reason(name) == "not supported by this GPU or driver", name
    assert gpu.bandwidth_bytes_per_s is None
    assert "bus width" in (gpu.reason("bandwidth_bytes_per_s") or "")
    assert gpu.pcie_bytes_per_s is None and gpu.reason("pcie_bytes_per_s")
    assert gpu.max_memory_clock_mhz == 10501  # the rest still read
    assert gpu.to_json()["unknown"]["compute_capability"] == "not supported by this GPU or driver"
    # the catalog fills in the bandwidth
    hw = reading.to_hardware(bandwidth_fallback={"NVIDIA GeForce RTX 4090": 1_008_000_000_000}.get)
    assert hw.gpus[0].bandwidth_bytes_per_s == 1_008_000_000_000
    assert reading.to_hardware().gpus[0].bandwidth_bytes_per_s == 0  # unknown to the planner


def test_cuda_version_falls_back_to_v1() -> None:
    fake = FakeNvml(
        system_errors={"nvmlSystemGetCudaDriverVersion_v2": pynvml.NVMLError_FunctionNotFound()},
        cuda=12080,
    )
    (gpu,) = read(fake).gpus
    assert gpu.cuda_driver_version == "12.8"
    assert gpu.reason("cuda_driver_version") is None


def test_memory_info_v1_on_old_drivers() -> None:
    (gpu,) = read(FakeNvml(memory_v2=False)).gpus
    assert gpu.total_bytes == 24564 * MIB
    assert gpu.used_bytes == 4564 * MIB  # v1 counts the reservation as used
    assert gpu.reserved_bytes is None
    assert "v2" in (gpu.reason("reserved_bytes") or "")


def test_gpu_without_memory_size_is_left_out_of_the_plan() -> None:
    fake = FakeNvml(
        [
            FakeGpu(
                name="NVIDIA GB10",
                errors={"nvmlDeviceGetMemoryInfo": pynvml.NVMLError_NotSupported()},
            )
        ]
    )
    reading = read(fake)
    (gpu,) = reading.gpus
    assert gpu.total_bytes is None and gpu.free_bytes is None
    assert gpu.reason("total_bytes") == "not supported by this GPU or driver"
    assert not gpu.usable
    assert reading.to_hardware().gpus == ()
    assert any("does not report its memory size" in n for n in english(reading.notes))
    assert any(n.startswith("No usable NVIDIA GPU") for n in english(reading.notes))


def test_implausible_bandwidth_is_ignored() -> None:
    (gpu,) = read(FakeNvml([FakeGpu(bus_bits=64, mem_clock_mhz=405)])).gpus  # an idle clock
    assert gpu.bandwidth_bytes_per_s is None
    assert "not plausible" in (gpu.reason("bandwidth_bytes_per_s") or "")


def test_unexpected_exception_in_a_field_is_contained() -> None:
    fake = FakeNvml([FakeGpu(errors={"nvmlDeviceGetMigMode": ValueError("boom")})])
    (gpu,) = read(fake).gpus
    assert gpu.mig_enabled is None
    assert "boom" in (gpu.reason("mig_enabled") or "")


# -- GPU lost ----------------------------------------------------------------------------------


def test_gpu_lost_in_the_middle_of_a_read() -> None:
    lost = FakeGpu(
        name="NVIDIA GeForce RTX 3090",
        errors={"nvmlDeviceGetMemoryInfo": pynvml.NVMLError_GpuIsLost()},
    )
    reading = read(FakeNvml([lost, FakeGpu()]))
    assert [g.name for g in reading.gpus] == ["NVIDIA GeForce RTX 4090"]
    assert reading.gpus[0].index == 1
    note = next(n for n in english(reading.notes) if "stopped responding" in n)
    assert "GPU 0 (NVIDIA GeForce RTX 3090)" in note
    assert "GPU is lost" in note


def test_gpu_lost_between_probe_and_refresh() -> None:
    fake = FakeNvml([FakeGpu(), FakeGpu(name="NVIDIA RTX A6000", uuid="GPU-a6000")])
    first = read(fake)
    assert len(first.gpus) == 2
    fake.gpus[1].lost = True
    second = refresh_machine(first, nvml=fake)
    assert [g.name for g in second.gpus] == ["NVIDIA GeForce RTX 4090"]
    assert any("GPU 1 (NVIDIA RTX A6000) stopped responding" in n for n in english(second.notes))


def test_only_gpu_lost_on_refresh_leaves_cpu_and_ram() -> None:
    fake = FakeNvml()
    first = read(fake)
    fake.gpus[0].lost = True
    second = refresh_machine(first, nvml=fake)
    assert second.gpus == ()
    assert second.to_json()["gpus"] == []
    assert any("No usable NVIDIA GPU left" in n for n in english(second.notes))


# -- processes ---------------------------------------------------------------------------------


def test_no_permission_for_process_lists() -> None:
    fake = FakeNvml(
        [FakeGpu(errors={"nvmlDeviceGetComputeRunningProcesses": pynvml.NVMLError_NoPermission()})]
    )
    reading = read(fake)
    (gpu,) = reading.gpus
    assert gpu.processes is None
    assert "permission denied" in (gpu.reason("processes") or "")
    assert gpu.to_json()["processes"] is None
    assert gpu.free_bytes == 20000 * MIB  # memory is still known
    assert any("cannot be listed (permission denied)" in n for n in english(reading.notes))


def test_windows_hides_per_process_memory() -> None:
    (gpu,) = read(FakeNvml([FakeGpu(graphics=[proc(77, None)])])).gpus
    assert gpu.processes is not None
    assert gpu.processes[0].used_bytes is None


def test_process_name_falls_back_to_the_host_lookup() -> None:
    session = NvmlSession(
        FakeNvml([FakeGpu(compute=[proc(9, GIB)])]), process_name={9: "ollama"}.get
    )
    with session:
        gpus, _ = session.read_gpus()
    assert gpus[0].processes is not None
    assert gpus[0].processes[0].name == "ollama"


# -- MIG, displays, several GPUs ---------------------------------------------------------------


def test_mig_enabled() -> None:
    fake = FakeNvml([FakeGpu(name="NVIDIA A100-SXM4-80GB", mig=[1, 1], capability=(8, 0))])
    reading = read(fake)
    (gpu,) = reading.gpus
    assert gpu.mig_enabled is True
    assert any("MIG instances" in n for n in english(reading.notes))


def test_mig_supported_but_disabled() -> None:
    (gpu,) = read(FakeNvml([FakeGpu(mig=[0, 0])])).gpus
    assert gpu.mig_enabled is False


def test_mig_permission_denied_is_unknown() -> None:
    fake = FakeNvml([FakeGpu(errors={"nvmlDeviceGetMigMode": pynvml.NVMLError_NoPermission()})])
    (gpu,) = read(fake).gpus
    assert gpu.mig_enabled is None
    assert "permission denied" in (gpu.reason("mig_enabled") or "")


def test_display_attached_gpu() -> None:
    reading = read(FakeNvml([FakeGpu(display=pynvml.NVML_FEATURE_ENABLED)]))
    assert reading.gpus[0].display_active is True
    assert any("drives a display" in n for n in english(reading.notes))


def test_two_gpus() -> None:
    fake = FakeNvml(
        [
            FakeGpu(),
            FakeGpu(
                name="NVIDIA GeForce RTX 3060",
                uuid="GPU-3060",
                total=12 * GIB,
                free=11 * GIB,
                bus_bits=192,
                mem_clock_mhz=7501,
                capability=(8, 6),
                pcie_max=(4, 8),
            ),
        ]
    )
    reading = read(fake)
    assert [g.index for g in reading.gpus] == [0, 1]
    hw = reading.to_hardware()
    assert [d.name for d in hw.gpus] == ["NVIDIA GeForce RTX 4090", "NVIDIA GeForce RTX 3060"]
    assert hw.gpu_total_bytes == 24564 * MIB + 12 * GIB
    assert hw.gpus[1].bandwidth_bytes_per_s == 24 * 7501 * 10**6 * 2  # 360 GB/s (spec 360)
    assert hw.gpus[1].pcie_bytes_per_s == PCIE_LANE_BYTES_PER_S[4] * 8


# -- refresh -----------------------------------------------------------------------------------


def test_refresh_rereads_free_memory_and_processes_only() -> None:
    fake = FakeNvml()
    with SystemProbe(nvml=fake) as probe:
        first = probe.read()
        fake.gpus[0].free = 10 * GIB
        fake.gpus[0].compute = [proc(5, 9 * GIB)]
        fake.calls.clear()
        second = probe.refresh(first)
    assert second.gpus[0].free_bytes == 10 * GIB
    assert second.gpus[0].processes is not None and second.gpus[0].processes[0].pid == 5
    assert second.gpus[0].bandwidth_bytes_per_s == first.gpus[0].bandwidth_bytes_per_s
    assert "nvmlInit" not in fake.calls  # the session stayed open
    assert "nvmlDeviceGetMemoryBusWidth" not in fake.calls  # static fields are not re-read
    assert fake.calls[-1] == "nvmlShutdown"


def test_refresh_with_a_different_card_reads_everything_again() -> None:
    fake = FakeNvml()
    first = read(fake)
    fake.gpus[0] = FakeGpu(name="NVIDIA GeForce RTX 5090", uuid="GPU-5090", bus_bits=512)
    second = refresh_machine(first, nvml=fake)
    assert second.gpus[0].name == "NVIDIA GeForce RTX 5090"
    assert second.gpus[0].memory_bus_width_bits == 512


def test_probe_is_safe_from_two_threads() -> None:
    fake = FakeNvml()
    probe = SystemProbe(nvml=fake)
    results = []
    threads = [threading.Thread(target=lambda: results.append(probe.read())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    probe.close()
    assert len(results) == 4 and all(len(r.gpus) == 1 for r in results)
