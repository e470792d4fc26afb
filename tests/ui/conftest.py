"""Fixtures for the window: settings in tmp_path, a fake machine, the state and the window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings

from vramscope.core.hardware import GpuDevice
from vramscope.core.units import GIB
from vramscope.hardware import FakeProbe, MachineReading, fake_machine
from vramscope.ui.app import create_app, install_language
from vramscope.ui.main_window import MainWindow
from vramscope.ui.settings import Settings
from vramscope.ui.state import EstimatorState

# An RTX 3060 12 GB with 1 GiB held by the desktop, and 32 GiB of RAM: a common home PC.
RTX3060_BANDWIDTH = 360 * 10**9


def rtx3060_machine() -> MachineReading:
    gpu = GpuDevice("NVIDIA GeForce RTX 3060", 12 * GIB, 11 * GIB, RTX3060_BANDWIDTH)
    return fake_machine([gpu], 32 * GIB, ram_available_bytes=28 * GIB)


@pytest.fixture
def settings(tmp_path) -> Settings:  # type: ignore[no-untyped-def]
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def state(qapp, settings: Settings) -> Iterator[EstimatorState]:  # type: ignore[no-untyped-def]
    create_app()
    install_language(qapp, "en")
    st = EstimatorState(FakeProbe(rtx3060_machine()), settings)
    yield st
    st.wait_idle()


def wait_ready(qtbot, state: EstimatorState, timeout: int = 60_000) -> None:  # type: ignore[no-untyped-def]
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


@pytest.fixture
def window(qtbot, state: EstimatorState, settings: Settings) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(state, settings, "en")
    qtbot.addWidget(win)
    state.refresh_hardware()
    win.show()
    wait_ready(qtbot, state)
    return win
