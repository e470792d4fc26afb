"""The window's "Measure RAM speed" on this machine: its copy rate, how long it takes, how much
the repeated runs agree, and what the probe reads from the memory type.

    PYTHONPATH=desktop python benchmarks/ram_speed.py

The copy rate counts the bytes read and written (STREAM's "Copy" convention); the planner reads
CPU layers at it (hardware/ram_speed.peak_equivalent). For comparison the script also prints
one thread's rate: a single core cannot saturate a dual-channel bus, which is why the window
copies with several.
"""

from __future__ import annotations

import os
import statistics
import time

from vramscope.hardware import host
from vramscope.hardware.ram_speed import measure_copy_bandwidth, peak_equivalent
from vramscope.ui.machine_panel import _MEASURE_THREADS_MAX

RUNS = 5


def main() -> None:
    threads = min(os.cpu_count() or 1, _MEASURE_THREADS_MAX)
    rates, seconds = [], []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        rates.append(measure_copy_bandwidth(threads=threads))
        seconds.append(time.perf_counter() - t0)
    single = measure_copy_bandwidth(threads=1)
    median = statistics.median(rates)
    print(f"threads                 {threads}")
    print(f"copy rate, median of {RUNS}  {median / 1e9:.1f} GB/s")
    print(f"copy rate, min..max     {min(rates) / 1e9:.1f}..{max(rates) / 1e9:.1f} GB/s")
    print(f"one thread              {single / 1e9:.1f} GB/s")
    print(f"wall time per run       {statistics.median(seconds):.2f} s (median)")
    print(f"planner's bandwidth     {peak_equivalent(round(median)) / 1e9:.1f} GB/s")
    speed = host.read_ram_speed()
    if speed is None:
        print(
            "memory type             not readable (dmidecode needs root here, or not Linux/Windows)"
        )
    else:
        print(
            f"memory type             {speed.memory_type}-{speed.mt_per_s}, {speed.channels} ch,"
            f" {speed.bandwidth_bytes_per_s / 1e9:.1f} GB/s theoretical"
        )


if __name__ == "__main__":
    main()
