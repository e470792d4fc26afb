"""What measuring a run costs: CPU time per sample, the fastest sampling rate, and finishing up.

Usage, from the repository root: ``python -m benchmarks.sampler_overhead [--samples N]
[--fake-gpus K] [--processes P]``. Runs without a GPU: NVML is the tests' in-memory fake binding
(``tests/_support/fakenvml.py``; so the figures are the cost of our own
code plus psutil, not of the driver; a real ``nvmlDeviceGetMemoryInfo`` adds roughly 10-50 us
per call). RAM and RSS are read from this machine through psutil.

Figures: CPU time and wall time per sample for three set-ups (GPUs and watched processes; GPUs
only; no NVML), the sampler thread's CPU share at the default 50 ms interval, the rate the thread
reaches at the 1 ms minimum, and the cost of building, saving and loading a full-size recording.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from tests._support.fakenvml import fake_binding

from vramscope.hardware import MemorySampler, Sample, load_recording, peak_delta_bytes
from vramscope.hardware.recording import DEFAULT_INTERVAL_S, GpuInfo, GpuSample, Recording

_MIB = 1 << 20


def _fake_binding(gpus: int, processes: int, own_pid: int) -> Any:
    """NVML with ``gpus`` GPUs, each listing ``processes`` programs (one of them this one)."""
    procs = [(own_pid, 500 * _MIB)] + [(100_000 + i, 10 * _MIB) for i in range(processes - 1)]
    return fake_binding(gpus, procs, "/usr/bin/llama-server")


class _Missing:
    """A binding whose nvmlInit fails like a machine without a driver."""

    def nvmlInit(self) -> None:  # noqa: N802 - the binding's own name
        raise RuntimeError("NVML Shared Library Not Found")


def _per_sample(sampler: MemorySampler, n: int) -> tuple[float, float]:
    """Median CPU and wall microseconds per sample, in blocks of 100 samples."""
    sampler._sample_once()  # opens NVML, scans processes: not part of the steady state
    cpu: list[float] = []
    wall: list[float] = []
    for _ in range(max(1, n // 100)):
        c0, w0 = time.thread_time(), time.perf_counter()
        for _ in range(100):
            sampler._sample_once()
        cpu.append((time.thread_time() - c0) / 100 * 1e6)
        wall.append((time.perf_counter() - w0) / 100 * 1e6)
    sampler.stop()
    return statistics.median(cpu), statistics.median(wall)


def _thread_run(nvml: Any, interval_s: float, seconds: float, pid: int) -> tuple[int, float]:
    """Samples taken and the process CPU share while the thread samples for ``seconds``."""
    sampler = MemorySampler(nvml=nvml, interval_s=interval_s, pids=[pid])
    c0, w0 = time.process_time(), time.perf_counter()
    sampler.start()
    time.sleep(seconds)
    recording = sampler.stop()
    share = (time.process_time() - c0) / (time.perf_counter() - w0)
    return recording.sample_count, share


def _synthetic(n: int, gpus: int) -> Recording:
    samples = tuple(
        Sample(
            t=round(i * DEFAULT_INTERVAL_S, 4),
            ram_used_bytes=(8 << 30) + i,
            gpus=tuple(GpuSample(g, (4 << 30) + i, ((1234, (3 << 30) + i),)) for g in range(gpus)),
            rss_bytes=((1234, (1 << 30) + i),),
        )
        for i in range(n)
    )
    infos = tuple(GpuInfo(g, "NVIDIA GeForce RTX 4090", f"GPU-{g}", 24 << 30) for g in range(gpus))
    return Recording(samples=samples, gpus=infos, sample_count=n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=2000, help="samples per timing")
    parser.add_argument("--fake-gpus", type=int, default=1, metavar="K")
    parser.add_argument("--processes", type=int, default=8, metavar="P", help="per GPU")
    parser.add_argument("--recording", type=int, default=200_000, help="samples in the file test")
    args = parser.parse_args()
    pid = os.getpid()
    nvml = _fake_binding(args.fake_gpus, args.processes, pid)

    rows = [
        ("GPUs + watched process", MemorySampler(nvml=nvml, pids=[pid])),
        ("GPUs only", MemorySampler(nvml=nvml)),
        ("no NVML (RAM + RSS)", MemorySampler(nvml=_Missing(), pids=[pid])),
    ]
    print(
        f"fake GPUs: {args.fake_gpus}, processes per GPU: {args.processes}, "
        f"samples per timing: {args.samples}"
    )
    for name, sampler in rows:
        cpu_us, wall_us = _per_sample(sampler, args.samples)
        print(
            f"{name:24s} {cpu_us:8.1f} us CPU/sample  {wall_us:8.1f} us wall/sample  "
            f"max {1e6 / wall_us:8.0f} samples/s"
        )

    # Samples 50 ms apart cost more than back-to-back ones: caches go cold, the CPU clocks down.
    sparse = MemorySampler(nvml=nvml, pids=[pid])
    sparse._sample_once()
    cpu = 0.0
    for _ in range(20):
        c0 = time.thread_time()
        sparse._sample_once()
        cpu += time.thread_time() - c0
        time.sleep(DEFAULT_INTERVAL_S)
    sparse.stop()
    print(f"{'GPUs + watched, 50 ms gap':24s} {cpu / 20 * 1e6:8.1f} us CPU/sample")

    count, share = _thread_run(nvml, DEFAULT_INTERVAL_S, 2.0, pid)
    print(
        f"thread at {DEFAULT_INTERVAL_S * 1000:.0f} ms for 2 s: {count} samples, "
        f"process CPU {share * 100:.2f}% of one core"
    )
    count, share = _thread_run(nvml, 0.001, 1.0, pid)
    print(
        f"thread at 1 ms for 1 s:   {count} samples ({count:.0f}/s), "
        f"process CPU {share * 100:.1f}% of one core"
    )

    recording = _synthetic(args.recording, args.fake_gpus)
    # What stop() adds at the end of a long run: the peaks over every kept sample.
    t0 = time.perf_counter()
    recording = Recording(
        samples=recording.samples, gpus=recording.gpus, sample_count=args.recording
    )
    build_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "run.json"
        t0 = time.perf_counter()
        recording.save(path)
        save_s = time.perf_counter() - t0
        size = path.stat().st_size
        t0 = time.perf_counter()
        loaded = load_recording(path)
        load_s = time.perf_counter() - t0
    assert peak_delta_bytes(loaded) == peak_delta_bytes(recording)
    print(
        f"recording of {args.recording} samples: peaks {build_s:.2f} s, save {save_s:.2f} s "
        f"({size / _MIB:.1f} MiB), load {load_s:.2f} s"
    )


if __name__ == "__main__":
    main()
