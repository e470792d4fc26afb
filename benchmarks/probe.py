"""How long reading the machine takes: a full probe and a refresh, median of N runs.

Usage, from the repository root: ``python -m benchmarks.probe [--runs N] [--fake-gpus K]``. With
``--fake-gpus`` the NVML part runs against the tests' in-memory fake binding
(``tests/_support/fakenvml.py``: the cost of our own code, not the driver's).
The aim is under 200 ms for a full probe on a machine without a GPU.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from tests._support.fakenvml import fake_binding

from vramscope.hardware import SystemProbe, probe_machine

_AIM_MS = 200.0


def _median_ms(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--fake-gpus", type=int, default=0, metavar="K")
    args = parser.parse_args()
    nvml = fake_binding(args.fake_gpus) if args.fake_gpus else None

    # The first probe pays for imports and the NVML library load; report it apart.
    start = time.perf_counter()
    first = probe_machine(nvml=nvml)
    cold_ms = (time.perf_counter() - start) * 1000

    full_ms, full_max = _median_ms(lambda: probe_machine(nvml=nvml), args.runs)
    with SystemProbe(nvml=nvml) as probe:
        reading = probe.read()
        refresh_ms, refresh_max = _median_ms(lambda: probe.refresh(reading), args.runs)

    kind = f"{args.fake_gpus} fake GPU(s)" if args.fake_gpus else f"{len(first.gpus)} GPU(s)"
    print(f"machine: {kind}; notes: {len(first.notes)}")
    print(f"first probe (cold):          {cold_ms:8.2f} ms")
    print(f"full probe, median of {args.runs:3d}:  {full_ms:8.2f} ms  (max {full_max:.2f})")
    print(f"refresh, median of {args.runs:3d}:     {refresh_ms:8.2f} ms  (max {refresh_max:.2f})")
    print(f"full probe vs {_AIM_MS:.0f} ms aim:     {full_ms / _AIM_MS:8.3f}x")


if __name__ == "__main__":
    main()
