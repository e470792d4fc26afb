"""'Your machine': each GPU's memory bar (used / free / total), RAM, and the probe's notes."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vramscope.app.present import render
from vramscope.core import Note
from vramscope.hardware import GpuReading
from vramscope.hardware import notes as hw_notes

from . import texts
from .state import EstimatorState
from .workers import TaskRunner

__all__ = ["MachinePanel", "MemoryBar"]

_BAR_HEIGHT = 18
# Programs named under a GPU's bar; the rest are counted (all are in the tooltip).
_PROCESSES_SHOWN = 3
# Threads of the RAM copy benchmark: enough to saturate a dual-channel bus (one core reaches
# about half of it), not so many that a 4-core laptop stalls; ram_speed.measure_copy_bandwidth
_MEASURE_THREADS_MAX = 8


def measure_ram(report: Callable[[object], None], cancel: threading.Event) -> object:
    """The RAM copy benchmark, run on a worker thread (TaskRunner's signature)."""
    import os

    from vramscope.hardware.ram_speed import measure_copy_bandwidth

    threads = min(os.cpu_count() or 1, _MEASURE_THREADS_MAX)
    return measure_copy_bandwidth(threads=threads, report=report, cancel=cancel)


class MemoryBar(QWidget):
    """A horizontal bar: the used part filled, the free part light, labelled with sizes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._used = 0
        self._total = 1
        self.setMinimumHeight(_BAR_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # keyboard users can reach the tooltip

    def set_values(self, used_bytes: int, total_bytes: int) -> None:
        self._used, self._total = max(used_bytes, 0), max(total_bytes, 1)
        self.update()

    @property
    def fraction_used(self) -> float:
        return min(self._used / self._total, 1.0)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, _BAR_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        r = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(pal.color(QPalette.ColorRole.Mid))
        p.setBrush(pal.color(QPalette.ColorRole.Base))
        p.drawRoundedRect(r, 3, 3)
        used = QRectF(r)
        used.setWidth(r.width() * self.fraction_used)
        accent = QColor(pal.color(QPalette.ColorRole.Highlight))
        accent.setAlpha(200)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(accent)
        p.drawRoundedRect(used, 3, 3)
        if self.hasFocus():
            p.setPen(pal.color(QPalette.ColorRole.Highlight))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(r, 3, 3)
        p.end()


def _short_notes() -> dict[str, str]:
    # Shorter lines than the notes' full sentences (those are the tooltips), by note code.
    # QCoreApplication.translate spelled out each time: lupdate reads a bare tr() as QObject.tr.
    return {
        hw_notes.INTEGRATED_GPU: QCoreApplication.translate(
            "MachinePanel", "Integrated GPU ignored: it has no memory of its own and counts as RAM."
        ),
        hw_notes.INTEGRATED_GPU_BESIDE_NVIDIA: QCoreApplication.translate(
            "MachinePanel", "Integrated GPU ignored: it has no memory of its own and counts as RAM."
        ),
        hw_notes.OTHER_GPU: QCoreApplication.translate(
            "MachinePanel",
            "A GPU that is not NVIDIA was ignored; use “Plan for other hardware” for it.",
        ),
        hw_notes.WINDOWS_SPILL: QCoreApplication.translate(
            "MachinePanel",
            "Windows may spill into shared GPU memory when VRAM runs out (very slow).",
        ),
        hw_notes.WSL: QCoreApplication.translate(
            "MachinePanel",
            "WSL2: RAM is the virtual machine's limit; the GPU is shared with Windows.",
        ),
        hw_notes.APPLE_UNIFIED: QCoreApplication.translate(
            "MachinePanel", "Apple Silicon: the GPU shares system RAM (unified memory)."
        ),
        hw_notes.NVML_NO_USABLE_GPU: QCoreApplication.translate(
            "MachinePanel", "No usable NVIDIA GPU found: planning for CPU and RAM only."
        ),
        hw_notes.GPU_DISPLAY: QCoreApplication.translate(
            "MachinePanel", "A GPU drives a display: the desktop holds some of its memory."
        ),
        hw_notes.GPU_MIG: QCoreApplication.translate(
            "MachinePanel", "A GPU is split into MIG instances: one program sees only its share."
        ),
        hw_notes.GPU_PROCESSES_DENIED: QCoreApplication.translate(
            "MachinePanel",
            "The programs using GPU memory cannot be listed without administrator rights.",
        ),
        hw_notes.GPU_LOST: QCoreApplication.translate(
            "MachinePanel", "A GPU stopped responding and is left out of the plan."
        ),
        hw_notes.GPU_NO_MEMORY_SIZE: QCoreApplication.translate(
            "MachinePanel", "A GPU does not report its memory size and is left out of the plan."
        ),
        hw_notes.DETECTION_FAILED: QCoreApplication.translate(
            "MachinePanel", "Hardware detection failed; use “Plan for other hardware”."
        ),
    }


def note_summary(note: Note) -> str:
    """A short translated line for the probe's note (the full sentence is the tooltip); notes
    without a short form, and every "no NVIDIA driver" reason, fall back to the full sentence."""
    short = _short_notes().get(note.code)
    if short is None and note.code in hw_notes.NO_GPU_CODES and note.code.startswith("nvml."):
        short = _short_notes()[hw_notes.NVML_NO_USABLE_GPU]
    return short if short is not None else render(note, QCoreApplication.translate)


class MachinePanel(QGroupBox):
    """The detected (or described) hardware, with Refresh and 'Plan for other hardware'."""

    refresh_requested = Signal()
    other_hardware_requested = Signal()
    own_hardware_requested = Signal()

    def __init__(self, state: EstimatorState, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your machine"), parent)
        self._state = state
        outer = QVBoxLayout(self)
        self._rows = QVBoxLayout()
        self._rows.setSpacing(4)
        outer.addLayout(self._rows)
        buttons = QGridLayout()
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read free GPU memory and RAM again"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.other_button = QPushButton(self.tr("Plan for &other hardware…"))
        self.other_button.setToolTip(
            self.tr("Pick GPUs from the catalog and a RAM size instead of this machine's")
        )
        self.other_button.clicked.connect(self.other_hardware_requested)
        self.own_button = QPushButton(self.tr("Use &this machine"))
        self.own_button.setToolTip(self.tr("Go back to the detected hardware"))
        self.own_button.clicked.connect(self.own_hardware_requested)
        self.measure_button = QPushButton(self.tr("Measure R&AM speed"))
        self.measure_button.setToolTip(
            self.tr(
                "Copy a few hundred MB in memory for under a second and plan CPU layers at the "
                "speed seen (kept for the next start)"
            )
        )
        self.measure_button.clicked.connect(self.start_ram_measure)
        self.measure_progress = QProgressBar()
        self.measure_progress.setRange(0, 100)
        self.measure_progress.setTextVisible(False)
        self.measure_progress.setMaximumHeight(8)
        self.measure_progress.setVisible(False)
        # the benchmark on a worker thread: the window stays responsive while it copies
        self._measure_runner = TaskRunner(self)
        self._measure_runner.progress.connect(self._on_measure_progress)
        self._measure_runner.finished.connect(self._on_measure_finished)
        self._measure_runner.failed.connect(self._on_measure_failed)
        # two rows: three buttons side by side overflow the column in longer languages
        buttons.addWidget(self.refresh_button, 0, 0)
        buttons.addWidget(self.own_button, 0, 1)
        buttons.addWidget(self.other_button, 1, 0, 1, 2)
        buttons.addWidget(self.measure_button, 2, 0, 1, 2)
        buttons.addWidget(self.measure_progress, 3, 0, 1, 2)
        outer.addLayout(buttons)
        state.hardware_changed.connect(self._on_state_hardware_changed)
        state.units_changed.connect(self._on_state_hardware_changed)
        self.gpu_bars: list[MemoryBar] = []
        self._lines: list[QLabel] = []
        self._on_state_hardware_changed()

    def _clear(self) -> None:
        self._lines = []
        while self._rows.count():
            item = self._rows.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()

    def _add_bar(self, title: str, used: int, total: int, caption: str, tip: str) -> MemoryBar:
        head = QLabel(f"<b>{_escape(title)}</b>")
        head.setToolTip(tip)
        bar = MemoryBar()
        bar.set_values(used, total)
        bar.setToolTip(tip)
        bar.setAccessibleName(title)
        bar.setAccessibleDescription(caption)
        cap = QLabel(caption)
        cap.setToolTip(tip)
        self._rows.addWidget(head)
        self._lines.append(head)
        self._rows.addWidget(bar)
        self._rows.addWidget(cap)
        self._lines.append(cap)
        return bar

    def _on_state_hardware_changed(self) -> None:
        self._clear()
        self.gpu_bars = []
        reading = self._state.shown_reading()
        override = self._state.override is not None
        self.own_button.setVisible(override)
        self.refresh_button.setEnabled(not override)
        if reading is None:
            self._add_line(self.tr("Detecting hardware…"))
            return
        binary = self._state.binary_units
        for gpu in reading.gpus:
            self.gpu_bars.append(self._add_gpu(gpu, binary))
        # "no usable GPU" is said once: by the probe's note when it gives one (it says why),
        # else by this line
        no_gpu = [n for n in reading.notes if n.code in hw_notes.NO_GPU_CODES]
        if not reading.usable_gpus and not no_gpu:
            self._add_line(self.tr("No usable GPU: planning for CPU and RAM."))
        shown: set[str] = set()
        # the no-GPU statement where the GPUs would be, the other notes under the RAM
        for note in no_gpu:
            self._add_note(note, shown)
        ram = reading.ram
        used = max(ram.total_bytes - ram.available_bytes, 0)
        caption = (
            self.tr("%1 available of %2")
            .replace("%1", texts.size(ram.available_bytes, binary))
            .replace("%2", texts.size(ram.total_bytes, binary))
        )
        self._add_bar(self.tr("System RAM"), used, ram.total_bytes, caption, caption)
        # which RAM speed CPU layers are planned at: measured, given, from the memory type or
        # the default (the probe's note is replaced by the state's, which knows all four)
        speed = self._add_line(render(self._state.ram_speed_note(), QCoreApplication.translate))
        speed.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        for note in reading.notes:
            if note.code not in hw_notes.RAM_SPEED_CODES and note.code not in hw_notes.NO_GPU_CODES:
                self._add_note(note, shown)

    def _add_note(self, note: Note, shown: set[str]) -> None:
        line = note_summary(note)
        if line in shown:
            return  # two notes with one short form (e.g. two "no NVIDIA driver" causes)
        shown.add(line)
        if note.code in hw_notes.NO_GPU_CODES:
            # the one statement that there is no usable GPU: as plain as the bars' text
            label = self._add_line(line)
        else:
            label = self._add_line("• " + line)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        label.setToolTip(render(note, QCoreApplication.translate))

    def start_ram_measure(self) -> None:
        """Run the RAM copy benchmark off the GUI thread, with progress under the buttons."""
        if self._measure_runner.running:
            return
        self.measure_button.setEnabled(False)
        self.measure_progress.setValue(0)
        self.measure_progress.setVisible(True)
        self._measure_runner.start(measure_ram)

    @property
    def measuring(self) -> bool:
        return self._measure_runner.running

    def _on_measure_progress(self, part: object) -> None:
        if isinstance(part, float):
            self.measure_progress.setValue(round(part * 100))

    def _on_measure_finished(self, result: object) -> None:
        self.measure_button.setEnabled(True)
        self.measure_progress.setVisible(False)
        if isinstance(result, int) and result > 0:
            self._state.set_ram_measured(result)

    def _on_measure_failed(self, exc: object) -> None:
        self.measure_button.setEnabled(True)
        self.measure_progress.setVisible(False)
        self._state.message.emit(
            "error",
            self.tr("Could not measure the RAM speed: %1").replace(
                "%1", str(exc) or type(exc).__name__
            ),
        )

    def _add_line(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        self._rows.addWidget(label)
        self._lines.append(label)
        return label

    def summary_text(self) -> str:
        """Every line the panel shows, one per line (the window's --state-json)."""
        return "<br>".join(label.text() for label in self._lines)

    def _add_gpu(self, gpu: GpuReading, binary: bool) -> MemoryBar:
        total = gpu.total_bytes or 0
        free = gpu.free_bytes if gpu.free_bytes is not None else total
        used = max(total - free, 0)
        caption = (
            self.tr("used %1 · free %2 · total %3")
            .replace("%1", texts.size(used, binary))
            .replace("%2", texts.size(free, binary))
            .replace("%3", texts.size(total, binary))
        )
        bar = self._add_bar(gpu.name, used, total, caption, self._process_tip(gpu, binary))
        programs = self._process_line(gpu, binary)
        if programs:
            label = self._add_line(programs)
            label.setToolTip(self._process_tip(gpu, binary))
        return bar

    def _process_line(self, gpu: GpuReading, binary: bool) -> str:
        """The programs holding this GPU's memory, largest first, on the panel itself: they
        explain why "free" is less than "total" (the tooltip lists every one with its PID)."""
        if not gpu.processes:
            return ""
        procs = sorted(gpu.processes, key=lambda p: -(p.used_bytes or 0))
        parts = []
        for proc in procs[:_PROCESSES_SHOWN]:
            name = proc.name or f"PID {proc.pid}"
            amount = texts.size(proc.used_bytes, binary) if proc.used_bytes is not None else ""
            parts.append(f"{name} {amount}".strip())
        text = self.tr("Using it: %1").replace("%1", ", ".join(parts))
        if len(procs) > _PROCESSES_SHOWN:
            text += self.tr(" and %1 more").replace("%1", str(len(procs) - _PROCESSES_SHOWN))
        return text

    def _process_tip(self, gpu: GpuReading, binary: bool) -> str:
        if gpu.processes is None:
            return self.tr("The programs holding this GPU's memory are not known.")
        if not gpu.processes:
            return self.tr("No program holds memory on this GPU.")
        lines = [self.tr("Programs holding memory:")]
        for proc in sorted(gpu.processes, key=lambda p: -(p.used_bytes or 0)):
            amount = texts.size(proc.used_bytes, binary) if proc.used_bytes is not None else "?"
            lines.append(f"{proc.name or proc.pid} (PID {proc.pid}): {amount}")
        return "\n".join(lines)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
