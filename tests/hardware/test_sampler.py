"""The live memory sampler against a fake ``pynvml``, a fake clock and a fake psutil host.

Most tests step the sampler by hand (``_sample_once``) so they need no sleeping; two run the real
thread for a few tens of milliseconds. The last test needs a real NVIDIA GPU.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pynvml
import pytest
from tests._support.fakenvml import FakeGpu, FakeNvml, proc
from tests._support.messages import english, message

from vramscope.hardware import (
    MemorySampler,
    Recording,
    RecordingFileError,
    Sample,
    load_recording,
    peak_delta_bytes,
    recording_from_json,
    series,
)
from vramscope.hardware import recording as recording_module

MIB = 1 << 20
GIB = 1 << 30
OWN_PID = os.getpid()


class FakeClock:
    """Seconds that move only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeHost:
    """The psutil seam: RAM in use, each process's RSS, the process table."""

    def __init__(
        self,
        *,
        ram: int = 8 * GIB,
        rss: dict[int, int | None] | None = None,
        table: list[tuple[int, int | None, str | None]] | None = None,
    ) -> None:
        self.ram = ram
        self.rss = rss or {}
        self.table = table or []
        self.denied: set[int] = set()
        self.ram_error: Exception | None = None
        self.table_error: Exception | None = None

    def ram_used_bytes(self) -> int:
        if self.ram_error is not None:
            raise self.ram_error
        return self.ram

    def rss_bytes(self, pid: int) -> int | None:
        if pid in self.denied:
            raise PermissionError(f"permission denied reading process {pid}")
        return self.rss.get(pid)

    def processes(self) -> Iterable[tuple[int, int | None, str | None]]:
        if self.table_error is not None:
            raise self.table_error
        return list(self.table)

    def process_name(self, pid: int) -> str | None:
        return next((name for p, _, name in self.table if p == pid), None)


def make(
    fake: FakeNvml | None = None,
    host: FakeHost | None = None,
    clock: FakeClock | None = None,
    **kwargs: Any,
) -> tuple[MemorySampler, FakeNvml, FakeHost, FakeClock]:
    fake = FakeNvml() if fake is None else fake
    host = FakeHost() if host is None else host
    clock = FakeClock() if clock is None else clock
    sampler = MemorySampler(nvml=fake, host=host, clock=clock, **kwargs)
    return sampler, fake, host, clock


def step(sampler: MemorySampler, clock: FakeClock, seconds: float = 0.05) -> Sample:
    sample = sampler._sample_once()
    assert sample is not None
    clock.advance(seconds)
    return sample


def sampler_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "vramscope-sampler"]


# -- peaks and baselines ------------------------------------------------------------------------


def test_peak_of_a_scripted_curve_and_what_the_model_added() -> None:
    sampler, fake, _, clock = make()
    # A model loading in steps, a prefill spike, then the compute buffer released.
    curve_mib = [4000, 4000, 6000, 9000, 8500, 5000]
    for used in curve_mib:
        fake.gpus[0].used = used * MIB
        step(sampler, clock)
    live = sampler.live_peaks()
    rec = sampler.stop()
    assert live == rec.peaks  # the running maxima agree with the recording's
    assert sampler.live_peaks() == tuple(p for p in rec.peaks if p.key in {"gpu", "gpu:0", "ram"})
    assert rec.sample_count == len(rec.samples) == 6
    assert rec.baseline is not None and rec.baseline.gpu_used_bytes == 4000 * MIB
    peak = rec.gpu_peak(0)
    assert peak is not None
    assert (peak.peak_bytes, peak.baseline_bytes, peak.delta_bytes) == (
        9000 * MIB,
        4000 * MIB,
        5000 * MIB,
    )
    assert peak.t == pytest.approx(0.15)
    assert peak_delta_bytes(rec, 0) == peak_delta_bytes(rec) == 5000 * MIB
    times, values = series(rec, "gpu:0")
    assert times == pytest.approx([0.0, 0.05, 0.1, 0.15, 0.2, 0.25])
    assert values == [m * MIB for m in curve_mib]
    assert rec.duration_s == pytest.approx(0.3)  # stop() came one step after the last sample
    assert rec.gpus[0].name == "NVIDIA GeForce RTX 4090"
    assert rec.gpus[0].total_bytes == 24564 * MIB
    assert rec.notes == ()


def test_two_gpus_the_total_is_the_peak_of_the_sum() -> None:
    second = FakeGpu(uuid="GPU-2", used=1000 * MIB)
    sampler, fake, _, clock = make(FakeNvml([FakeGpu(used=1000 * MIB), second]))
    step(sampler, clock)
    for a, b in [(5000, 1000), (1000, 5000), (4000, 4000)]:  # layers split over two cards
        fake.gpus[0].used, fake.gpus[1].used = a * MIB, b * MIB
        step(sampler, clock)
    rec = sampler.stop()
    assert peak_delta_bytes(rec, 0) == peak_delta_bytes(rec, 1) == 4000 * MIB
    # Not 4000 + 4000 of the per-GPU peaks at different moments: 8000 at once, minus 2000.
    assert peak_delta_bytes(rec) == 6000 * MIB
    with pytest.raises(ValueError, match="gpu_index 2 is not in this recording"):
        peak_delta_bytes(rec, 2)


def test_ram_baseline_and_watched_rss() -> None:
    host = FakeHost(ram=10 * GIB, rss={4242: 100 * MIB}, table=[(4242, 1, "llama-server")])
    sampler, _, _, clock = make(host=host, process_name_filter="llama-server")
    step(sampler, clock)
    for ram, rss in [(14 * GIB, 4 * GIB), (15 * GIB, 5 * GIB), (13 * GIB, 3 * GIB)]:
        host.ram, host.rss[4242] = ram, rss
        step(sampler, clock)
    rec = sampler.stop()
    assert rec.ram_peak is not None and rec.ram_peak.delta_bytes == 5 * GIB
    assert rec.rss_peak is not None and rec.rss_peak.peak_bytes == 5 * GIB
    assert rec.rss_peak.delta_bytes == 5 * GIB - 100 * MIB
    assert series(rec, "rss:4242")[1] == [100 * MIB, 4 * GIB, 5 * GIB, 3 * GIB]
    assert [(p.pid, p.name) for p in rec.processes] == [(4242, "llama-server")]


# -- which processes are watched ----------------------------------------------------------------


def _busy_gpu() -> FakeNvml:
    gpu = FakeGpu(compute=[proc(100, 2 * GIB), proc(OWN_PID, 300 * MIB)], graphics=[proc(200, GIB)])
    names = {100: "/usr/bin/llama-server", 200: "/usr/lib/xorg/Xorg", OWN_PID: "/usr/bin/python3"}
    return FakeNvml([gpu], names=names)


TABLE = [
    (1, None, "systemd"),
    (100, 1, "llama-server"),
    (101, 100, "worker"),  # a child of the watched program
    (200, 1, "Xorg"),
    (300, 1, "LM Studio.exe"),
    (OWN_PID, 1, "python3"),
]


def _one_sample(**kwargs: Any) -> tuple[Sample, Recording]:
    host = FakeHost(rss={100: GIB, 101: 10 * MIB, 200: 50 * MIB, 300: 70 * MIB}, table=TABLE)
    sampler, _, _, clock = make(_busy_gpu(), host, **kwargs)
    sample = step(sampler, clock)
    return sample, sampler.stop()


def test_name_filter_selects_gpu_processes_and_rss_with_children() -> None:
    sample, rec = _one_sample(process_name_filter="llama-server")
    gpu = sample.gpu(0)
    assert gpu is not None and gpu.processes == ((100, 2 * GIB),)
    assert gpu.used_bytes == 4000 * MIB  # the whole GPU is recorded as well
    assert sample.rss_bytes == ((100, GIB), (101, 10 * MIB))
    assert rec.peak("gpu:0:watched") is not None
    assert {p.pid for p in rec.processes} == {100, 101}


def test_pid_set_selects_processes() -> None:
    sample, _ = _one_sample(pids=[200])
    gpu = sample.gpu(0)
    assert gpu is not None and gpu.processes == ((200, GIB),)
    assert sample.rss_bytes == ((200, 50 * MIB),)


def test_names_match_ignoring_case_spaces_and_punctuation() -> None:
    sample, _ = _one_sample(process_name_filter="lm-studio, XORG")
    assert sample.rss_bytes == ((200, 50 * MIB), (300, 70 * MIB))


def test_our_own_process_is_never_matched_by_name() -> None:
    sample, _ = _one_sample(process_name_filter="python")
    gpu = sample.gpu(0)
    assert gpu is not None and gpu.processes == ()
    assert sample.rss_bytes == ()


def test_without_a_filter_no_process_is_recorded() -> None:
    sample, rec = _one_sample()
    gpu = sample.gpu(0)
    assert gpu is not None and gpu.processes is None
    assert sample.rss_bytes is None
    assert rec.series_keys == ("gpu", "gpu:0", "ram")


def test_a_program_started_after_measure_is_found_on_the_next_scan() -> None:
    host = FakeHost(table=[(1, None, "init")])
    sampler, _, _, clock = make(host=host, process_name_filter="ollama")
    assert step(sampler, clock).rss_bytes == ()
    host.table.append((500, 1, "ollama"))
    host.rss[500] = 3 * GIB
    assert step(sampler, clock, 1.0).rss_bytes == ()  # the table is read once a second
    assert step(sampler, clock).rss_bytes == ((500, 3 * GIB),)


def test_a_watched_program_that_exits_is_noted_and_dropped() -> None:
    host = FakeHost(rss={100: GIB}, table=[(100, 1, "llama-server")])
    sampler, _, _, clock = make(host=host, process_name_filter="llama-server")
    step(sampler, clock)
    host.rss[100] = None
    assert step(sampler, clock).rss_bytes == ()
    rec = sampler.stop()
    assert any("llama-server (pid 100) exited 0.1 s into the run" in n for n in english(rec.notes))


# -- failures become notes -----------------------------------------------------------------------


def test_gpu_lost_mid_run_keeps_earlier_samples() -> None:
    fake = FakeNvml([FakeGpu(), FakeGpu(uuid="GPU-2", name="NVIDIA RTX A4000")])
    sampler, fake, _, clock = make(fake)
    step(sampler, clock)
    fake.gpus[0].used = 9000 * MIB
    step(sampler, clock)
    fake.gpus[0].lost = True
    after = step(sampler, clock)
    step(sampler, clock)
    rec = sampler.stop()
    assert [g.index for g in after.gpus] == [1]  # the other card is still read
    assert after.ram_used_bytes == 8 * GIB
    assert len(rec.samples) == 4
    assert series(rec, "gpu:0")[1] == [4000 * MIB, 9000 * MIB]
    assert peak_delta_bytes(rec, 0) == 5000 * MIB
    lost = [n for n in english(rec.notes) if "stopped responding" in n]
    assert lost == [
        "GPU 0 (NVIDIA GeForce RTX 4090) stopped responding 0.1 s into the run (lost, reset or "
        "removed); its earlier samples are kept."
    ]


def test_nvml_missing_still_records_ram_and_rss() -> None:
    fake = FakeNvml(init_error=pynvml.NVMLError_LibraryNotFound())
    host = FakeHost(rss={7: GIB}, table=[(7, 1, "llama-cli")])
    sampler, _, _, clock = make(fake, host, process_name_filter="llama")
    for ram in (8 * GIB, 12 * GIB):
        host.ram = ram
        sample = step(sampler, clock)
        assert sample.gpus == ()
        assert sample.rss_bytes == ((7, GIB),)
    rec = sampler.stop()
    assert english(rec.notes)[0].startswith("GPU memory is not measured: No NVIDIA driver found")
    assert rec.ram_peak is not None and rec.ram_peak.delta_bytes == 4 * GIB
    assert rec.gpus == () and peak_delta_bytes(rec) == 0
    assert rec.rss_peak is not None and rec.rss_peak.peak_bytes == GIB


def test_binding_not_installed_is_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pynvml", None)  # `import pynvml` raises ImportError
    clock = FakeClock()
    sampler = MemorySampler(host=FakeHost(), clock=clock)
    step(sampler, clock)
    rec = sampler.stop()
    assert "nvidia-ml-py is not installed" in english(rec.notes)[0]
    assert rec.samples[0].ram_used_bytes == 8 * GIB


def test_nvml_going_away_mid_run_is_a_note() -> None:
    sampler, fake, _, clock = make()
    step(sampler, clock)
    fake.system_errors["nvmlDeviceGetCount"] = pynvml.NVMLError_DriverNotLoaded()
    step(sampler, clock)
    step(sampler, clock)
    rec = sampler.stop()
    assert [len(s.gpus) for s in rec.samples] == [1, 0, 0]
    assert any("NVML stopped answering 0.1 s into the run" in n for n in english(rec.notes))


def test_permission_denied_on_process_lists() -> None:
    gpu = FakeGpu(errors={"nvmlDeviceGetComputeRunningProcesses": pynvml.NVMLError_NoPermission()})
    host = FakeHost(rss={9: GIB}, table=[(9, 1, "ollama")])
    host.denied.add(9)
    sampler, _, _, clock = make(FakeNvml([gpu]), host, process_name_filter="ollama")
    sample = step(sampler, clock)
    rec = sampler.stop()
    assert sample.gpus[0].processes is None and sample.gpus[0].used_bytes == 4000 * MIB
    assert sample.rss_bytes == ()
    assert any("cannot be listed (permission denied" in n for n in english(rec.notes))
    assert any("ollama (pid 9) cannot be read (permission denied)" in n for n in english(rec.notes))


def test_windows_without_per_process_memory_is_a_note() -> None:
    fake = FakeNvml([FakeGpu(compute=[proc(100, None)])], names={100: "llama-server.exe"})
    sampler, _, _, clock = make(fake, process_name_filter="llama-server")
    sample = step(sampler, clock)
    rec = sampler.stop()
    assert sample.gpus[0].processes is None
    assert any("does not say how much memory each program holds" in n for n in english(rec.notes))


def test_host_failures_are_notes_and_repeat_once() -> None:
    host = FakeHost()
    host.ram_error = OSError("no /proc/meminfo")
    host.table_error = RuntimeError("process table locked")
    sampler, _, _, clock = make(host=host, pids=[55])
    for _ in range(3):
        assert step(sampler, clock).ram_used_bytes is None
    rec = sampler.stop()
    assert english(rec.notes).count("System RAM cannot be read (OSError: no /proc/meminfo).") == 1
    assert any("list of running programs cannot be read" in n for n in english(rec.notes))
    assert rec.samples[0].gpus  # the GPU is still measured


# -- bounded storage ----------------------------------------------------------------------------


def test_downsampling_keeps_baseline_and_peaks() -> None:
    host = FakeHost()
    sampler, fake, _, clock = make(host=host, max_samples=16)
    for i in range(1000):
        fake.gpus[0].used = (9999 if i == 637 else 4000 + i % 7) * MIB
        host.ram = (20 if i == 371 else 8) * GIB
        step(sampler, clock, 0.01)
    rec = sampler.stop()
    assert rec.sample_count == 1000
    assert 4 <= len(rec.samples) < 16
    assert rec.samples[0].t == 0.0 and rec.baseline is not None
    assert rec.baseline.gpu_used_bytes == 4000 * MIB
    times = [s.t for s in rec.samples]
    assert times == sorted(times)
    gpu_peak, ram_peak = rec.gpu_peak(0), rec.ram_peak
    assert gpu_peak is not None and gpu_peak.peak_bytes == 9999 * MIB
    assert gpu_peak.t == pytest.approx(6.37)
    assert ram_peak is not None and ram_peak.peak_bytes == 20 * GIB
    assert ram_peak.t == pytest.approx(3.71)
    # Kept samples stay spread over the whole run, not bunched at the start.
    assert times[-1] > 8.0


# -- the thread ------------------------------------------------------------------------------------


def test_thread_runs_stops_idempotently_and_leaves_nothing_behind() -> None:
    before = sampler_threads()
    sampler = MemorySampler(nvml=FakeNvml(), host=FakeHost(), interval_s=0.002)
    assert sampler.snapshot() is None and not sampler.is_running
    sampler.start()
    deadline = time.monotonic() + 2.0
    while sampler.snapshot() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    assert sampler.is_running
    assert sampler.current_recording().sample_count >= 1
    with pytest.raises(RuntimeError, match="already running"):
        sampler.start()
    time.sleep(0.03)
    rec = sampler.stop()
    assert sampler.stop() is rec
    assert not sampler.is_running
    assert sampler_threads() == before
    assert rec.sample_count >= 3  # 30 ms at 2 ms, plus the last reading at stop
    assert rec.notes == ()
    with pytest.raises(RuntimeError, match="has stopped"):
        sampler.start()


def test_errors_inside_the_thread_never_escape() -> None:
    class Exploding(FakeNvml):
        def nvmlDeviceGetMemoryInfo(self, h: int, version: int | None = None) -> Any:
            raise ZeroDivisionError("fake driver bug")

    host = FakeHost()
    host.ram_error = MemoryError("psutil exploded")
    with MemorySampler(nvml=Exploding(), host=host, interval_s=0.002) as sampler:
        time.sleep(0.02)
    rec = sampler.stop()
    assert sampler_threads() == []
    assert rec.sample_count >= 1
    assert any("psutil exploded" in n for n in english(rec.notes))
    assert any("memory use cannot be read" in n for n in english(rec.notes))


def test_stop_without_start_returns_what_was_sampled_by_hand() -> None:
    sampler, _, _, _ = make()
    assert sampler.stop().samples == ()
    assert sampler.stop().sample_count == 0


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"interval_s": 0}, "interval_s must be a number of seconds >= 0.001, got 0"),
        ({"interval_s": float("nan")}, "interval_s must be"),
        ({"max_samples": 3}, "max_samples must be at least 16, got 3"),
        ({"pids": [-5]}, "pids must be positive process ids, got -5"),
        ({"pids": [True]}, "pids must be positive process ids, got True"),
        ({"process_name_filter": " ,- "}, "process_name_filter must contain a letter or digit"),
    ],
)
def test_bad_arguments_name_the_field(kwargs: dict[str, Any], words: str) -> None:
    with pytest.raises(ValueError, match=words.replace("(", r"\(")):
        MemorySampler(nvml=FakeNvml(), host=FakeHost(), **kwargs)


def test_series_of_an_unknown_key_lists_the_keys() -> None:
    sampler, _, _, clock = make()
    step(sampler, clock)
    with pytest.raises(ValueError, match=r"'rss' is not in this recording \(it has: gpu, gpu:0, "):
        series(sampler.stop(), "rss")


# -- files -----------------------------------------------------------------------------------------


def _full_recording() -> Recording:
    host = FakeHost(rss={100: GIB, 101: MIB}, table=TABLE)
    sampler, fake, _, clock = make(_busy_gpu(), host, process_name_filter="llama-server")
    for used in (4000, 7000, 6000):
        fake.gpus[0].used = used * MIB
        step(sampler, clock, 0.05)
    fake.gpus[0].lost = True
    step(sampler, clock)
    return dataclasses.replace(sampler.stop(), label="Llama-3.1-8B Q4_K_M, ctx 8192")


def test_json_round_trip(tmp_path: Path) -> None:
    rec = _full_recording()
    assert recording_from_json(json.loads(json.dumps(rec.to_json()))) == rec
    path = tmp_path / "run.json"
    rec.save(path)
    loaded = load_recording(path)
    assert loaded == rec
    assert loaded.peaks == rec.peaks and loaded.notes and loaded.label == rec.label
    assert peak_delta_bytes(loaded, 0) == 3000 * MIB
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def _valid() -> dict[str, Any]:
    return _full_recording().to_json()


def _with(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    data = _valid()
    node: Any = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return data


HOSTILE: list[tuple[str, bytes | dict[str, Any], str]] = [
    ("not json", b"{not json", "not valid JSON (line 1, column 2"),
    ("not utf-8", b"\xff\xfe\x00", "not UTF-8 text"),
    ("nested", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ("huge int", b'{"format": ' + b"9" * 5000 + b"}", "a number has too many digits"),
    ("nan", b'{"duration_s": NaN}', "NaN is not a number (JSON has no NaN or Infinity)"),
    ("a list", b"[]", "expected a JSON object, got a list"),
    ("no format", b'{"version": 1}', "not a VRAMScope recording"),
    ("future", _with(("version",), 2), "recording version 2 is not supported"),
    ("bool version", _with(("version",), True), "recording version True is not supported"),
    ("no samples", _with(("samples",), None), "'samples' is missing"),
    ("short row", _with(("samples", 0), [0.0, 1]), "'samples[0]' must be a list of 4 items"),
    ("negative", _with(("samples", 1, 1), -1), "'samples[1][1]' must be at least 0, got -1"),
    ("bool bytes", _with(("samples", 1, 1), True), "must be an integer, got True"),
    ("float bytes", _with(("samples", 1, 1), 1.5), "must be an integer, got 1.5"),
    ("time back", _with(("samples", 2, 0), 0.01), "times must not decrease, 0.01 after 0.05"),
    ("inf time", _with(("samples", 2, 0), 1e300), "must be at most 1e+10, got 1e+300"),
    ("ghost gpu", _with(("samples", 0, 2, 0, 0), 7), "GPU 7 is not listed in 'gpus'"),
    ("dup gpu", _with(("gpus",), [{"index": 0, "name": "a"}] * 2), "same GPU index appears"),
    ("empty name", _with(("gpus", 0, "name"), ""), "'gpus[0].name' must be a non-empty string"),
    ("dup pid", _with(("samples", 0, 3), [[1, 2], [1, 3]]), "the same pid appears twice"),
    ("bad pair", _with(("samples", 0, 3), [[1, 2, 3]]), "must be a list of 2 items: [pid, bytes]"),
    ("pid range", _with(("samples", 0, 3), [[1 << 40, 2]]), "must be at most 4294967295"),
    ("long note", _with(("notes",), ["x" * 5000]), "'notes[0]' is longer than 4096 characters"),
    ("note type", _with(("notes",), [{}]), "'notes[0]' must be a note or a string, got an object"),
    ("count", _with(("sample_count",), 1), "'sample_count' (1) is less than the samples stored"),
    ("watch", _with(("watch",), []), "'watch' must be an object, got a list"),
]


@pytest.mark.parametrize(("name", "content", "words"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_files_are_rejected_in_one_line(
    tmp_path: Path, name: str, content: bytes | dict[str, Any], words: str
) -> None:
    path = tmp_path / "run.json"
    raw = content if isinstance(content, bytes) else json.dumps(content).encode()
    path.write_bytes(raw)
    with pytest.raises(RecordingFileError) as info:
        load_recording(path)
    message = english([info.value.note])[0]
    assert words in message
    assert "\n" not in message and len(message) < 400


def test_oversized_and_overlong_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "run.json"
    _full_recording().save(path)
    monkeypatch.setattr(recording_module, "_MAX_FILE_SAMPLES", 2)
    with pytest.raises(RecordingFileError) as info:
        load_recording(path)
    assert info.value.note.code == "json.too_many"
    assert "4 items, more than the 2 allowed" in message(info.value)
    monkeypatch.setattr(recording_module, "_MAX_FILE_BYTES", 100)
    with pytest.raises(RecordingFileError) as info:
        load_recording(path)
    assert message(info.value) == f"{path}: larger than 100 bytes; not a file VRAMScope reads"
    with pytest.raises(RecordingFileError) as info:
        load_recording(tmp_path / "missing.json")
    assert info.value.note.code == "json.unreadable" and "cannot read" in message(info.value)


# -- a real GPU ------------------------------------------------------------------------------------

_ALLOCATE = r"""
import ctypes, sys, time
size, hold = int(sys.argv[1]), float(sys.argv[2])
try:
    cuda = ctypes.CDLL("nvcuda.dll" if sys.platform == "win32" else "libcuda.so.1")
except OSError:
    print("no-libcuda", flush=True); sys.exit(0)
print("ready", flush=True)
def check(rc, what):
    if rc:
        print(f"error {what} {rc}", flush=True); sys.exit(3)
sys.stdin.readline()  # wait until the sampler has its baseline
check(cuda.cuInit(0), "cuInit")
dev, ctx, ptr = ctypes.c_int(), ctypes.c_void_p(), ctypes.c_uint64()
check(cuda.cuDeviceGet(ctypes.byref(dev), 0), "cuDeviceGet")
check(cuda.cuDevicePrimaryCtxRetain(ctypes.byref(ctx), dev), "cuDevicePrimaryCtxRetain")
check(cuda.cuCtxSetCurrent(ctx), "cuCtxSetCurrent")
check(cuda.cuMemAlloc_v2(ctypes.byref(ptr), ctypes.c_size_t(size)), "cuMemAlloc")
print("allocated", flush=True)
time.sleep(hold)
cuda.cuMemFree_v2(ptr)
cuda.cuDevicePrimaryCtxRelease(dev)
print("freed", flush=True)
"""


@pytest.mark.gpu
def test_real_gpu_sampling_sees_an_allocation() -> None:
    """Sample about 1 s while a child process allocates 1 GiB through the CUDA driver API."""
    try:
        pynvml.nvmlInit()
    except pynvml.NVMLError as err:
        pytest.skip(f"no NVIDIA driver: {err}")
    try:
        if pynvml.nvmlDeviceGetCount() == 0:
            pytest.skip("the driver lists no GPUs")
    finally:
        pynvml.nvmlShutdown()
    size = GIB
    # CUDA's device 0 is NVML's index 0 only in PCI order.
    env = {**os.environ, "CUDA_DEVICE_ORDER": "PCI_BUS_ID"}
    with subprocess.Popen(
        [sys.executable, "-c", _ALLOCATE, str(size), "0.6"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    ) as child:
        assert child.stdin is not None and child.stdout is not None
        first = child.stdout.readline().strip()
        if first == "no-libcuda":
            pytest.skip("libcuda (the CUDA driver library) is not installed")
        assert first == "ready", first
        sampler = MemorySampler(interval_s=0.01, pids=[child.pid])
        try:
            sampler.start()
            deadline = time.monotonic() + 10
            while sampler.snapshot() is None and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(0.1)  # a few baseline samples before the allocation
            child.stdin.write("go\n")
            child.stdin.flush()
            assert child.stdout.readline().strip() == "allocated"
            assert child.stdout.readline().strip() == "freed"
            time.sleep(0.1)
        finally:
            rec = sampler.stop()
            child.kill()
    assert not any("not measured" in n for n in english(rec.notes)), rec.notes
    assert rec.sample_count >= 30, rec.sample_count
    assert rec.gpus and all(g.total_bytes for g in rec.gpus)
    # 1 GiB plus the CUDA context (hundreds of MiB); other tenants of the GPU add noise.
    added = peak_delta_bytes(rec)
    assert size <= added <= size + 4 * GIB, added
    for sample in rec.samples:
        for gpu in sample.gpus:
            total = next(g.total_bytes for g in rec.gpus if g.index == gpu.index)
            assert total is not None and gpu.used_bytes <= total
    watched = [rec.peak(f"gpu:{g.index}:watched") for g in rec.gpus]
    seen = [p.peak_bytes for p in watched if p is not None and p.peak_bytes > 0]
    # In a container NVML lists host pids, so the child may not be found by pid: only the GPU
    # totals are certain. Where it is found, its own share holds the allocation.
    if seen:
        assert max(seen) >= size
    assert rec.rss_peak is not None and rec.rss_peak.peak_bytes > 0
    smi = shutil.which("nvidia-smi")
    if smi is not None:  # the sampler's GPU set is nvidia-smi's
        out = subprocess.run([smi, "-L"], capture_output=True, text=True, timeout=60, check=False)
        if out.returncode == 0:
            assert len(rec.gpus) == len([x for x in out.stdout.splitlines() if x.startswith("GPU")])
