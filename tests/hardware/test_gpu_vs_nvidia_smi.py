"""On a real NVIDIA machine: every field the probe reports against ``nvidia-smi``'s own answer."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from vramscope.hardware import GpuReading, probe_machine

MIB = 1 << 20
# Free and used memory move while other programs run; allow this much between the two reads.
_DRIFT_BYTES = 512 * MIB
_FIELDS = (
    "index,name,uuid,memory.total,memory.free,memory.used,compute_cap,driver_version,"
    "pcie.link.gen.max,pcie.link.width.max,pcie.link.gen.current,pcie.link.width.current,"
    "display_active,mig.mode.current,clocks.max.memory"
)

pytestmark = pytest.mark.gpu


def _nvidia_smi(*args: str) -> str:
    exe = shutil.which("nvidia-smi")
    if exe is None:
        pytest.skip("nvidia-smi not found: no NVIDIA driver")
    done = subprocess.run([exe, *args], capture_output=True, text=True, timeout=60, check=False)
    if done.returncode != 0:
        pytest.skip(f"nvidia-smi failed: {done.stderr.strip() or done.stdout.strip()}")
    return done.stdout


def _rows() -> list[dict[str, str]]:
    out = _nvidia_smi(f"--query-gpu={_FIELDS}", "--format=csv,noheader,nounits")
    keys = _FIELDS.split(",")
    rows = [
        dict(zip(keys, (c.strip() for c in line.split(",")), strict=True))
        for line in out.strip().splitlines()
    ]
    if not rows:
        pytest.skip("nvidia-smi lists no GPUs")
    return rows


def _int_or_none(text: str) -> int | None:
    return None if text in {"[N/A]", "N/A", "[Not Supported]"} else int(text)


def _check(gpu: GpuReading, row: dict[str, str]) -> None:
    assert gpu.index == int(row["index"])
    assert gpu.name == row["name"]
    assert gpu.uuid == row["uuid"]
    assert gpu.total_bytes == int(row["memory.total"]) * MIB
    assert gpu.free_bytes is not None and gpu.used_bytes is not None
    assert abs(gpu.free_bytes - int(row["memory.free"]) * MIB) <= _DRIFT_BYTES
    # nvidia-smi's memory.used leaves out the driver reservation, as NVML memory info v2 does
    assert abs(gpu.used_bytes - int(row["memory.used"]) * MIB) <= _DRIFT_BYTES
    assert gpu.compute_capability == row["compute_cap"]
    assert gpu.driver_version == row["driver_version"]
    assert gpu.pcie_generation == _int_or_none(row["pcie.link.gen.max"])
    assert gpu.pcie_width == _int_or_none(row["pcie.link.width.max"])
    # the current link changes with load (power saving), so only its range is checked
    if gpu.pcie_generation_current is not None and gpu.pcie_generation is not None:
        assert 1 <= gpu.pcie_generation_current <= gpu.pcie_generation
    if gpu.pcie_width_current is not None and gpu.pcie_width is not None:
        assert 1 <= gpu.pcie_width_current <= gpu.pcie_width
    assert gpu.display_active == (row["display_active"] == "Enabled")
    # "[N/A]" on GPUs without MIG, which the probe reads as "not in MIG mode"
    assert gpu.mig_enabled is (row["mig.mode.current"] == "Enabled")
    assert gpu.max_memory_clock_mhz == _int_or_none(row["clocks.max.memory"])
    if gpu.bandwidth_bytes_per_s is not None:
        # nvidia-smi has no bus-width query; the product is checked against its clock instead
        assert gpu.memory_bus_width_bits is not None and gpu.max_memory_clock_mhz is not None
        assert gpu.bandwidth_bytes_per_s == (
            gpu.memory_bus_width_bits // 8 * gpu.max_memory_clock_mhz * 10**6 * 2
        )


def test_every_field_matches_nvidia_smi() -> None:
    rows = _rows()
    reading = probe_machine()
    nvidia = [g for g in reading.gpus if g.source == "nvml"]
    assert len(nvidia) == len(rows), reading.notes
    for gpu, row in zip(nvidia, rows, strict=True):
        _check(gpu, row)
    match = re.search(r"CUDA Version:\s*([0-9.]+)", _nvidia_smi())
    if match:
        assert nvidia[0].cuda_driver_version == match.group(1)


def test_processes_match_nvidia_smi() -> None:
    _rows()
    out = _nvidia_smi(
        "--query-compute-apps=gpu_uuid,pid,used_memory", "--format=csv,noheader,nounits"
    )
    smi = {int(line.split(",")[1]) for line in out.strip().splitlines() if line.strip()}
    reading = probe_machine()
    ours = {p.pid for g in reading.gpus for p in (g.processes or ())}
    # a program may start or stop between the two reads
    if smi:
        assert len(smi & ours) >= len(smi) - 1
