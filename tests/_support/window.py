"""The window's test machine and a wait for its background work (shared by tests/ui)."""

from __future__ import annotations

from typing import Any

from vramscope.core.hardware import GpuDevice
from vramscope.core.units import GIB
from vramscope.hardware import MachineReading, fake_machine

__all__ = ["RTX3060_BANDWIDTH", "rtx3060_machine", "wait_ready"]

# An RTX 3060 12 GB with 1 GiB held by the desktop, and 32 GiB of RAM: a common home PC.
# source: NVIDIA GeForce RTX 3060 specifications (360 GB/s, 12 GB GDDR6).
RTX3060_BANDWIDTH = 360 * 10**9


def rtx3060_machine() -> MachineReading:
    gpu = GpuDevice("NVIDIA GeForce RTX 3060", 12 * GIB, 11 * GIB, RTX3060_BANDWIDTH)
    return fake_machine([gpu], 32 * GIB, ram_available_bytes=28 * GIB)


def wait_ready(qtbot: Any, state: Any, timeout: int = 60_000) -> None:
    """Wait until the state has read the hardware and finished the plan, table and chart."""
    qtbot.waitUntil(
        lambda: (
            state.hardware is not None
            and not state.busy
            and state.table_complete
            and state.plan is not None
            and state.format_id in state.chart
        ),
        timeout=timeout,
    )
