"""Issue 14 item 12 ("Plan for other hardware") and issue 13's "Measure RAM speed" in the window:
free VRAM, laptop GPUs, a custom GPU with its bandwidth, the choice kept across restarts, one
"no usable GPU" line, GPU programs on the panel, and the RAM speed it plans CPU layers at."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from tests._support.window import rtx3060_machine, wait_ready

from vramscope.app.session import HardwareOptions, hardware_of
from vramscope.core import GIB
from vramscope.hardware import FakeProbe, GpuProcess, GpuReading, MachineReading, MemoryReading
from vramscope.hardware import notes as hw_notes
from vramscope.hardware.fake import fake_machine
from vramscope.hardware.ram_speed import peak_equivalent
from vramscope.ui import machine_panel
from vramscope.ui.dialogs import OtherHardwareDialog
from vramscope.ui.main_window import MainWindow
from vramscope.ui.settings import Settings
from vramscope.ui.state import EstimatorState


def test_free_vram_in_the_dialog_equals_the_cli(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A 12 GB card with a browser holding 1.5 GB: the dialog's "Free VRAM on each" plans the
    same GPUs as ``vramscope estimate --gpu "RTX 3060:12" --free-vram 10.5 --ram 32``."""
    dialog = OtherHardwareDialog(None, 32, window)
    qtbot.addWidget(dialog)
    dialog.other.setText("RTX 3060:12")
    dialog.free_vram.setValue(10.5)
    dialog.ram.setValue(32)
    o = dialog.override()
    cli = HardwareOptions.parse(["RTX 3060:12"], "32", free_vram=["10.5"])
    assert o == cli
    st = window.state
    st.set_override(o)
    wait_ready(qtbot, st)
    assert st.reading is not None and st.hardware is not None
    assert st.hardware.gpus == cli.apply(hardware_of(st.reading)).gpus
    assert st.hardware.gpus[0].free_bytes == int(10.5 * GIB)
    assert "free 10.5 GiB" in window.machine_panel.summary_text()
    # reopening the dialog shows the free VRAM again
    again = OtherHardwareDialog(st.override, 32, window)
    qtbot.addWidget(again)
    assert again.free_vram.value() == 10.5 and again.override() == o
    st.set_override(None)
    wait_ready(qtbot, st)


def test_laptop_gpus_are_offered(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = OtherHardwareDialog(None, 32, window)
    qtbot.addWidget(dialog)
    dialog.show_kind("laptop")
    shown = [
        dialog.list.item(i).text()
        for i in range(dialog.list.count())
        if not dialog.list.item(i).isHidden()
    ]
    for model in ("3050", "4050", "4060", "4070", "4080", "4090"):
        assert any(f"RTX {model} Laptop" in text for text in shown), model
    assert all("Laptop" in text for text in shown)
    dialog.search.setText("4060")
    visible = [
        dialog.list.item(i)
        for i in range(dialog.list.count())
        if not dialog.list.item(i).isHidden()
    ]
    assert [i.text().split(" — ")[0] for i in visible] == ["NVIDIA GeForce RTX 4060 Laptop GPU"]
    visible[0].setSelected(True)
    ((gpu, size),) = dialog.override().gpus
    assert gpu.laptop and size == 8 * GIB


def test_custom_gpu_with_its_bandwidth(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = OtherHardwareDialog(None, 32, window)
    qtbot.addWidget(dialog)
    dialog.other.setText("Arc B580:12")
    dialog.other_bandwidth.setValue(456)  # 192-bit x 19 Gbps. source: Intel Arc B580 specs
    o = dialog.override()
    ((gpu, size),) = o.gpus
    assert (gpu.name, size, gpu.bandwidth_bytes_per_s) == ("Arc B580", 12 * GIB, 456 * 10**9)
    # nothing is assumed about it: no "bandwidth unknown" note
    assert not any(n.code == hw_notes.GPU_NOT_IN_CATALOG for n in o.notes)
    st = window.state
    st.set_override(o)
    wait_ready(qtbot, st)
    assert st.hardware is not None and st.hardware.gpus[0].bandwidth_bytes_per_s == 456 * 10**9
    st.set_override(None)
    wait_ready(qtbot, st)


def test_the_choice_is_restored_on_restart(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = str(tmp_path / "restart.ini")
    first = EstimatorState(
        FakeProbe(rtx3060_machine()), Settings(QSettings(path, QSettings.Format.IniFormat))
    )
    o = HardwareOptions.parse(["RTX 4060 Laptop GPU:8", "Arc B580:12"], "16", free_vram=["6"])
    custom = o.gpus[1][0]
    from dataclasses import replace

    o = replace(o, gpus=(o.gpus[0], (replace(custom, bandwidth_bytes_per_s=456 * 10**9), 12 * GIB)))
    first.set_override(o)
    first.set_ram_measured(41_000_000_000)
    first.save()
    first.wait_idle()
    second = EstimatorState(
        FakeProbe(rtx3060_machine()), Settings(QSettings(path, QSettings.Format.IniFormat))
    )
    assert second.override is not None
    assert second.override.gpus == o.gpus
    assert second.override.ram_bytes == 16 * GIB
    assert second.override.free_vram_bytes == (6 * GIB,)
    assert second.ram_measured_bps == 41_000_000_000
    second.refresh_hardware()
    qtbot.waitUntil(lambda: second.hardware is not None, timeout=10_000)
    assert second.hardware is not None
    assert [g.free_bytes for g in second.hardware.gpus] == [6 * GIB, 6 * GIB]
    second.wait_idle()


def _panel_lines(qtbot, window: MainWindow) -> list[str]:  # type: ignore[no-untyped-def]
    """The panel's lines once they are on screen (labels added to a shown widget appear on the
    next event loop turn)."""
    panel = window.machine_panel
    qtbot.waitUntil(
        lambda: all(lb.isVisible() for lb in panel.findChildren(QLabel) if lb in panel._lines)
    )
    return panel.summary_text().split("<br>")


def test_no_usable_gpu_is_said_once(qtbot, qapp, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    st = EstimatorState(FakeProbe(fake_machine([], 16 * GIB)), settings)
    win = MainWindow(st, settings, "en")
    qtbot.addWidget(win)
    st.refresh_hardware()
    win.show()
    qtbot.waitUntil(lambda: st.hardware is not None, timeout=10_000)
    lines = _panel_lines(qtbot, win)
    said = [t for t in lines if "GPU" in t and ("No " in t or "no " in t)]
    assert len(said) == 1, lines
    st.wait_idle()


def test_gpu_programs_are_listed_on_the_panel(qtbot, qapp, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    gpu = GpuReading(
        name="NVIDIA GeForce RTX 3060",
        total_bytes=12 * GIB,
        free_bytes=10 * GIB,
        processes=(
            GpuProcess(pid=4242, name="firefox", used_bytes=int(1.5 * GIB)),
            GpuProcess(pid=1200, name="Xorg", used_bytes=GIB // 2),
        ),
        source="fake",
    )
    reading = MachineReading(gpus=(gpu,), ram=MemoryReading(32 * GIB, 28 * GIB))
    st = EstimatorState(FakeProbe(reading), settings)
    win = MainWindow(st, settings, "en")
    qtbot.addWidget(win)
    st.refresh_hardware()
    win.show()
    qtbot.waitUntil(lambda: st.hardware is not None, timeout=10_000)
    # visible text, not only a tooltip: largest first
    (line,) = [t for t in _panel_lines(qtbot, win) if "firefox" in t]
    assert line.index("firefox") < line.index("Xorg")
    st.wait_idle()


def test_measure_ram_speed_off_the_gui_thread(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The panel's "Measure RAM speed" runs the copy on a worker thread with progress, keeps
    the result and plans CPU layers at it; the panel says which RAM speed is used."""
    ran_on: list[threading.Thread] = []

    def fake(report: Callable[[object], None], _cancel: threading.Event) -> object:
        ran_on.append(threading.current_thread())
        report(0.5)
        return 38_000_000_000

    monkeypatch.setattr(machine_panel, "measure_ram", fake)
    st = window.state
    assert "RAM speed unknown" in window.machine_panel.summary_text()
    window.machine_panel.measure_button.click()
    qtbot.waitUntil(lambda: not window.machine_panel.measuring, timeout=10_000)
    wait_ready(qtbot, st)
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert st.ram_measured_bps == 38_000_000_000
    assert st.hardware is not None
    assert st.hardware.ram_bandwidth_bytes_per_s == peak_equivalent(38_000_000_000)
    assert "RAM speed measured on this machine: 38 GB/s" in window.machine_panel.summary_text()
    assert window.machine_panel.measure_button.isEnabled()


def test_given_ram_bandwidth_wins_and_is_reported(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    st.set_ram_measured(38_000_000_000)
    st.machine_options = HardwareOptions.parse(ram_bandwidth="60")
    st.set_override(None)
    wait_ready(qtbot, st)
    assert st.hardware is not None and st.hardware.ram_bandwidth_bytes_per_s == 60 * 10**9
    assert "RAM speed as given: 60 GB/s." in window.machine_panel.summary_text()


def test_window_launcher_takes_the_cli_options() -> None:
    from vramscope.ui.launch import _probe, build_parser, hardware_options

    args = build_parser().parse_args(
        ["--gpu", "RTX 3060:12", "--free-vram", "10.5", "--ram", "32", "--ram-bandwidth", "60"]
    )
    _source, override = _probe(args)
    cli = HardwareOptions.parse(["RTX 3060:12"], "32", None, "60", ["10.5"])
    assert override == hardware_options(args) == cli
    alone = build_parser().parse_args(["--free-vram", "7"])
    assert _probe(alone)[1] is None
    assert hardware_options(alone).free_vram_bytes == (7 * GIB,)
