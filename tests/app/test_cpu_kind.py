"""Issue 12 item 2: the CPU kind is read by the hardware probe, carried to the planner and
overridden by ``--cpu`` (estimate, fit, hardware and the window launcher alike)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from vramscope.app import session
from vramscope.app.session import HardwareOptions, RunSettings, hardware_of, parse_cpu
from vramscope.app.table_cache import compute_cell
from vramscope.cli import main
from vramscope.core import SpecError, parse_weight_format
from vramscope.hardware import host
from vramscope.hardware.fake import load_fake_machine
from vramscope.hardware.reading import cpu_kind_of

# /proc/cpuinfo excerpts in the form tests/hardware/test_host.py uses
X86_AVX2 = "processor\t: 0\nmodel name\t: AMD EPYC\nflags\t\t: fpu sse2 avx avx2 fma f16c\n"
X86_AVX512 = X86_AVX2.replace("f16c", "f16c avx512f avx512bw avx512vl")
X86_OLD = "processor\t: 0\nmodel name\t: Intel Xeon E5-2670\nflags\t\t: fpu sse2 avx\n"
JETSON = (
    "processor\t: 0\nFeatures\t: fp asimd evtstrm aes crc32 atomics asimddp\n"
    "Hardware\t: NVIDIA Jetson AGX Orin\n"
)
CPU_ONLY = {
    "gpus": [],
    "ram": {"total_bytes": 64 * 2**30, "available_bytes": 64 * 2**30},
    "swap": {"total_bytes": 0, "free_bytes": 0},
}


@pytest.mark.parametrize(
    ("cpuinfo", "machine", "kind"),
    [
        (X86_AVX2, "x86_64", "x86-avx2"),
        (X86_AVX512, "x86_64", "x86-avx512"),
        (X86_OLD, "x86_64", "x86"),
        (JETSON, "aarch64", "arm64"),
    ],
)
def test_repack_follows_the_cpu_the_probe_reads_the_kind(
    tmp_path: Path, cpuinfo: str, machine: str, kind: str
) -> None:
    path = tmp_path / "cpuinfo"
    path.write_text(cpuinfo)
    cpu = host.read_cpu(cpuinfo=path, system="linux", machine=machine)
    assert cpu.kind == kind
    assert cpu.to_json()["kind"] == kind


def test_repack_follows_the_cpu_apple_silicon_and_unknown() -> None:
    assert cpu_kind_of(("neon", "dotprod", "i8mm"), apple_silicon=True) == "apple"
    assert cpu_kind_of((), apple_silicon=False) is None  # nothing read: the planner's default
    assert host.read_cpu().kind in (None, "x86", "x86-avx2", "x86-avx512", "arm64", "apple")


def test_repack_follows_the_cpu_a_hardware_file_may_state_it(tmp_path: Path) -> None:
    path = tmp_path / "hw.json"
    path.write_text(json.dumps({**CPU_ONLY, "cpu": {"kind": "arm64"}}))
    assert hardware_of(load_fake_machine(path)).cpu == "arm64"
    # without a kind, the flags and the platform decide, as for a probe
    path.write_text(json.dumps({**CPU_ONLY, "cpu": {"flags": ["avx", "avx2", "fma"]}}))
    assert hardware_of(load_fake_machine(path)).cpu == "x86-avx2"
    path.write_text(json.dumps({**CPU_ONLY, "platform": {"apple_silicon": True}}))
    assert hardware_of(load_fake_machine(path)).cpu == "apple"
    path.write_text(json.dumps({**CPU_ONLY, "cpu": {"kind": "sparc"}}))
    with pytest.raises(SpecError):
        load_fake_machine(path)


def test_repack_follows_the_cpu_option_overrides_the_probe(tmp_path: Path) -> None:
    path = tmp_path / "hw.json"
    path.write_text(json.dumps({**CPU_ONLY, "cpu": {"kind": "x86-avx2"}}))
    reading = load_fake_machine(path)
    assert HardwareOptions.parse(cpu="arm64").apply(hardware_of(reading)).cpu == "arm64"
    assert hardware_of(reading, "apple").cpu == "apple"
    # --cpu alone describes no other GPUs or RAM: the window keeps this machine
    assert HardwareOptions.parse(cpu="arm64").empty
    assert parse_cpu(" ARM64 ") == "arm64" and parse_cpu(None) is None
    with pytest.raises(SpecError) as err:
        parse_cpu("riscv")
    assert err.value.note.code == "option.cpu"


def _cli(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict[str, Any]:
    assert main([*argv, "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_repack_follows_the_cpu_in_estimate_fit_and_hardware(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hw.json"
    path.write_text(json.dumps(CPU_ONLY))
    base = ["estimate", "llama-3.1-8b", "--weights", "q8_0", "--fake-hardware", str(path)]
    x86 = _cli(capsys, [*base, "--cpu", "x86-avx2"])
    arm = _cli(capsys, [*base, "--cpu", "arm64"])

    def repacked(out: dict[str, Any]) -> int:
        return sum(t["bytes"] for t in out["terms"] if t["name"] == "weights_repacked")

    # Q8_0 has AArch64 repack kernels only: the file pages stay mapped beside the copy
    assert repacked(x86) == 0 < repacked(arm)
    assert arm["needed_ram_bytes"] == x86["needed_ram_bytes"]
    assert arm["resident_ram_bytes"] == x86["resident_ram_bytes"] + repacked(arm)
    # the window's path (app.session + table_cache) gives the CLI's numbers
    reading = load_fake_machine(path)
    hw = HardwareOptions.parse(cpu="arm64").apply(hardware_of(reading))
    cell = compute_cell(
        session.catalog_choice("llama-3.1-8b"),
        parse_weight_format("q8_0"),
        RunSettings(),
        4096,
        hw,
    )
    assert cell.peak_ram_bytes == arm["peak_ram_bytes"]
    assert cell.needed_ram_bytes == arm["needed_ram_bytes"]
    fit = _cli(capsys, ["fit", "--fake-hardware", str(path), "--cpu", "arm64"])
    row = next(
        r for r in fit["rows"] if r["model"]["id"] == "llama-3.1-8b" and r["weights"] == "q8_0"
    )
    assert row["peak_ram_bytes"] == arm["peak_ram_bytes"]
    hw_json = _cli(capsys, ["hardware", "--fake-hardware", str(path), "--cpu", "apple"])
    assert hw_json["cpu"]["kind"] == "apple"
