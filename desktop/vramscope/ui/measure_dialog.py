"""'Measure': sample GPU memory (NVML) and RAM while the user loads and uses a model in another
program, then compare the peak with the estimate's band for the setup the user names."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vramscope.app import session, table_cache
from vramscope.app.checks import MeasureResult, context_from_label, measure_result, recording_label
from vramscope.app.present import render
from vramscope.app.present.errors import error_text
from vramscope.core import Plan, SpecError
from vramscope.hardware import MemorySampler, Recording, load_recording

from . import texts
from .state import EstimatorState, MeasuredPoint
from .workers import TaskRunner

__all__ = ["PROCESS_PRESETS", "MeasureDialog", "SamplerFactory"]

# Names the sampler matches (case, spaces and punctuation ignored; commas separate names).
PROCESS_PRESETS: tuple[str, ...] = ("llama-server, llama-cli", "ollama", "LM Studio", "python")
# The live readout refreshes at 4 Hz: fast enough to watch a model load, cheap on the GUI thread.
_READOUT_MS = 250

SamplerFactory = Callable[[str | None], MemorySampler]


def _default_sampler(name_filter: str | None) -> MemorySampler:
    return MemorySampler(process_name_filter=name_filter)


class MeasureDialog(QDialog):
    """Start/Stop sampling, a live readout, the comparison, and saving/loading recordings."""

    def __init__(
        self,
        state: EstimatorState,
        parent: QWidget | None = None,
        *,
        sampler_factory: SamplerFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._factory = sampler_factory or _default_sampler
        self.sampler: MemorySampler | None = None
        self.recording: Recording | None = None
        self.plan: Plan | None = None
        self.comparison: MeasureResult | None = None
        self._context = state.context
        self.setWindowTitle(self.tr("Measure a run"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Press Start, then load and use the model in another program (a long prompt "
                "shows the real peak). VRAMScope samples GPU memory and RAM; press Stop when "
                "done and compare the peak with the estimate."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.process_combo = QComboBox()
        self.process_combo.setEditable(True)
        self.process_combo.addItems(list(PROCESS_PRESETS))
        self.process_combo.setCurrentIndex(0)
        line = self.process_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("any program (whole GPU and RAM)"))
        self.process_combo.setToolTip(
            self.tr(
                "Programs to watch by name (commas separate names); empty: measure the whole "
                "GPU and RAM"
            )
        )
        form.addRow(self.tr("&Program:"), self.process_combo)
        self.model_combo = QComboBox()
        for choice in state.all_choices():
            self.model_combo.addItem(choice.name, choice.key)
        self.model_combo.setCurrentIndex(max(self.model_combo.findData(state.model.key), 0))
        self.model_combo.currentIndexChanged.connect(self._on_model_changed)
        form.addRow(self.tr("Compare with &model:"), self.model_combo)
        self.format_combo = QComboBox()
        form.addRow(self.tr("&Weight format:"), self.format_combo)
        self.context_spin = QSpinBox()
        self.context_spin.setRange(session.CONTEXT_MIN_TOKENS, 1 << 24)
        self.context_spin.setSingleStep(1024)
        self.context_spin.setSuffix(" " + self.tr("tokens"))
        self.context_spin.setValue(state.context)
        form.addRow(self.tr("&Context:"), self.context_spin)
        layout.addLayout(form)
        self._fill_formats(state.format_id)
        self.format_combo.currentIndexChanged.connect(self._on_setup_changed)
        self.context_spin.valueChanged.connect(self._on_setup_changed)
        self.estimate_label = QLabel()
        self.estimate_label.setWordWrap(True)
        layout.addWidget(self.estimate_label)

        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("S&top"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        row.addWidget(self.start_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        layout.addLayout(row)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Added since Start</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Now</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Peak</b>")), 0, 2)
        self.readout: dict[str, tuple[QLabel, QLabel]] = {}
        for r, (key, text) in enumerate(
            (
                ("gpu", self.tr("VRAM (all GPUs)")),
                ("ram", self.tr("System RAM")),
                ("rss", self.tr("Watched programs (resident)")),
            ),
            start=1,
        ):
            grid.addWidget(QLabel(text), r, 0)
            now, peak = QLabel("—"), QLabel("—")
            for label in (now, peak):
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(now, r, 1)
            grid.addWidget(peak, r, 2)
            self.readout[key] = (now, peak)
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        font = self.result_label.font()
        font.setBold(True)
        self.result_label.setFont(font)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Sa&ve recording…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_recording)
        self.open_button = QPushButton(self.tr("&Open recording…"))
        self.open_button.clicked.connect(self.open_recording)
        self.chart_button = QPushButton(self.tr("Show on c&hart"))
        self.chart_button.setEnabled(False)
        self.chart_button.setToolTip(
            self.tr("Mark the measured peak on the memory chart at the measured context")
        )
        self.chart_button.clicked.connect(self.show_on_chart)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for b in (self.save_button, self.open_button, self.chart_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setInterval(_READOUT_MS)
        self._timer.timeout.connect(self.update_readout)
        # three runners, so saving a file never cancels a plan or a stop in flight
        self._planner = TaskRunner(self)
        self._planner.finished.connect(self._on_planned)
        self._planner.failed.connect(self._on_plan_failed)
        self._stopper = TaskRunner(self)
        self._stopper.finished.connect(self._on_recording)
        self._stopper.failed.connect(self._on_failed)
        self._files = TaskRunner(self)
        self._files.finished.connect(self._on_file_done)
        self._files.failed.connect(self._on_failed)
        self.resize(620, 600)
        self._on_setup_changed()

    # ----- the setup compared with ----------------------------------------------------------

    def _choice(self) -> session.ModelChoice:
        # a file the main window closed meanwhile falls back to the window's own model
        key = str(self.model_combo.currentData())
        return next((c for c in self._state.all_choices() if c.key == key), self._state.model)

    def _fill_formats(self, selected: str) -> None:
        self.format_combo.blockSignals(True)
        self.format_combo.clear()
        choice = self._choice()
        formats = session.formats_for(self._state.workload.runtime, choice)
        for fmt in formats:
            self.format_combo.addItem(texts.format_label(fmt), fmt.id)
        i = self.format_combo.findData(selected)
        if i < 0:
            default = session.initial_format(choice, self._state.workload.runtime)
            i = self.format_combo.findData(default)
        self.format_combo.setCurrentIndex(max(i, 0))
        self.format_combo.blockSignals(False)
        self.context_spin.setMaximum(choice.max_context_tokens)

    def _on_model_changed(self, _index: int) -> None:
        self._fill_formats(str(self.format_combo.currentData()))
        self._on_setup_changed()

    def setup_label(self) -> str:
        """The setup in words, as the recording file keeps it ("<model> Q4_K_M, ctx 8192...")."""
        return recording_label(
            self._choice().name,
            str(self.format_combo.currentData()),
            self.context_spin.value(),
            self._state.workload.runtime,
        )

    def _on_setup_changed(self, *_args: object) -> None:
        """Plan the named setup on a worker thread (a big model's layout takes a moment)."""
        hw = self._state.hardware
        if hw is None:
            self.estimate_label.setText(self.tr("No estimate yet: the hardware is being read."))
            return
        choice, settings = self._choice(), self._state.workload
        ctx = self.context_spin.value()
        try:
            fmt = session.format_of(str(self.format_combo.currentData()), choice)
        except (SpecError, ValueError) as exc:
            self.estimate_label.setText(error_text(exc, QCoreApplication.translate))
            return

        def work(_report: Callable[[object], None], _cancel: threading.Event) -> object:
            return table_cache.cell_plan(choice, fmt, settings, ctx, hw)

        self._planner.start(work)

    def _on_planned(self, result: object) -> None:
        if not isinstance(result, Plan):
            return
        self.plan = result
        binary = self._state.binary_units
        est = result.estimate
        if est.n_gpus:
            text = self.tr("Estimate: %1 on the GPU (likely %2), %3 in RAM.")
            text = text.replace("%1", texts.size(est.peak_gpu_bytes, binary))
            text = text.replace("%2", texts.band_range(result.gpu_band, binary))
            text = text.replace("%3", texts.size(est.peak_ram_bytes, binary))
        else:
            text = self.tr("Estimate: %1 in RAM (likely %2).")
            text = text.replace("%1", texts.size(est.peak_ram_bytes, binary))
            text = text.replace("%2", texts.band_range(result.ram_band, binary))
        self.estimate_label.setText(text)
        if self.recording is not None:
            self._show_result()

    def _on_plan_failed(self, exc: object) -> None:
        self.plan = None
        self.estimate_label.setText(
            self.tr("No estimate for this setup: %1").replace(
                "%1", error_text(exc, QCoreApplication.translate).splitlines()[0]
            )
        )

    # ----- sampling ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start sampling memory; the baseline is what is in use at this moment."""
        if self.sampler is not None:
            return
        name = self.process_combo.currentText().strip() or None
        try:
            sampler = self._factory(name)
            sampler.start()
        except (ValueError, RuntimeError, OSError) as exc:
            reason = error_text(exc, QCoreApplication.translate)
            self.status.setText(self.tr("Cannot measure: %1").replace("%1", reason))
            return
        self.sampler = sampler
        self.recording = None
        self.comparison = None
        self._context = self.context_spin.value()
        self.result_label.setText("")
        self.notes.setText("")
        self.status.setText(self.tr("Measuring… load and use the model now, then press Stop."))
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.save_button.setEnabled(False)
        self.chart_button.setEnabled(False)
        self._timer.start()

    def update_readout(self) -> None:
        """Current and peak memory added since Start, from the sampler's cheap running maxima
        (never the whole recording: this runs on the GUI thread)."""
        sampler = self.sampler
        if sampler is None:
            return
        binary = self._state.binary_units
        sample = sampler.snapshot()
        peaks = {p.key: p for p in sampler.live_peaks()}
        for key, (now_label, peak_label) in self.readout.items():
            peak = peaks.get(key)
            if peak is None:
                now_label.setText("—")
                peak_label.setText("—")
                continue
            current = sample.value(key) if sample is not None else None
            base = 0 if key == "rss" else peak.baseline_bytes
            if current is not None:
                now_label.setText(texts.size(max(current - base, 0), binary))
            peak_label.setText(texts.size(max(peak.peak_bytes - base, 0), binary))
        if sample is not None and not sample.gpus:
            self.status.setText(
                self.tr(
                    "GPUs are unavailable (no NVIDIA driver or NVML): measuring system RAM and "
                    "the programs' resident memory only."
                )
            )

    def stop(self) -> None:
        """Stop on a worker thread: a hung driver call can hold the sampler for seconds."""
        sampler = self.sampler
        if sampler is None:
            return
        self._timer.stop()
        self.update_readout()
        self.stop_button.setEnabled(False)
        self.status.setText(self.tr("Stopping…"))
        label = self.setup_label()

        def work(_report: Callable[[object], None], _cancel: threading.Event) -> object:
            rec = sampler.stop()
            return replace(rec, label=label)

        self._stopper.start(work)

    def _on_recording(self, result: object) -> None:
        self.sampler = None
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        if isinstance(result, Recording):
            self._set_recording(result)

    def _set_recording(self, rec: Recording) -> None:
        self.recording = rec
        self.save_button.setEnabled(True)
        self.status.setText(
            self.tr("%1 samples over %2 s.")
            .replace("%1", f"{rec.sample_count or len(rec.samples):,}")
            .replace("%2", f"{rec.duration_s:.1f}")
        )
        if not rec.gpus:
            self.status.setText(
                self.status.text()
                + " "
                + self.tr("GPUs were unavailable: RAM and resident memory only.")
            )
        tr = QCoreApplication.translate
        self.notes.setText("\n".join(f"• {render(n, tr)}" for n in rec.notes[:6]))
        self._show_result()

    def _show_result(self) -> None:
        rec, p = self.recording, self.plan
        if rec is None:
            return
        if p is None:
            self.result_label.setText(self.tr("No estimate to compare with."))
            return
        res = measure_result(rec, p)
        self.comparison = res
        if res is None:
            self.result_label.setText(self.tr("The recording holds nothing to compare."))
            self.chart_button.setEnabled(False)
            return
        binary = self._state.binary_units
        text = (
            self.tr("VRAM: measured %1, estimated %2 (likely %3).")
            if res.kind == "gpu"
            else self.tr("RAM: measured %1, estimated %2 (likely %3).")
        )
        text = (
            text.replace("%1", texts.size(res.measured_bytes, binary))
            .replace("%2", texts.size(res.estimated_bytes, binary))
            .replace("%3", texts.band_range(res.band, binary))
        )
        where = {
            "inside": self.tr("Inside the likely range."),
            "above": self.tr("Above the likely range: the estimate is too low."),
            "below": self.tr("Below the likely range: the estimate is too high."),
        }[res.position]
        self.result_label.setText(text + " " + where)
        self.chart_button.setEnabled(True)

    def show_on_chart(self) -> None:
        """Put the measured peak on the main window's chart, at the context it ran."""
        rec, res = self.recording, self.comparison
        if rec is None or res is None:
            return
        # an opened recording carries its context in its label; a fresh one used the spin box
        ctx = context_from_label(rec.label) or self._context
        self._state.set_measured(MeasuredPoint(ctx, res.measured_bytes, rec.label, res.kind))

    # ----- files ------------------------------------------------------------------------------

    def save_recording(self, path: str = "") -> None:
        """Write the recording as JSON (asks where when no ``path`` is given)."""
        rec = self.recording
        if rec is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save recording"),
                str(Path.home() / "vramscope-recording.json"),
                self.tr("JSON files (*.json)"),
            )
        if not path:
            return
        if not path.lower().endswith(".json"):
            path += ".json"

        # a long recording is megabytes of JSON: written off the GUI thread
        def work(_report: Callable[[object], None], _cancel: threading.Event) -> object:
            rec.save(path)
            return ("saved", path)

        self._files.start(work)

    def open_recording(self, path: str = "") -> None:
        """Read a saved recording and compare it with the current estimate."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Open recording"),
                str(Path.home()),
                self.tr("JSON files (*.json);;All files (*)"),
            )
        if not path:
            return
        self.status.setText(self.tr("Reading %1…").replace("%1", Path(path).name))

        def work(_report: Callable[[object], None], _cancel: threading.Event) -> object:
            return ("opened", load_recording(path))

        self._files.start(work)

    def _on_file_done(self, result: object) -> None:
        if not isinstance(result, tuple):
            return
        kind, value = result
        if kind == "saved":
            self.status.setText(self.tr("Recording saved: %1").replace("%1", str(value)))
            return
        if isinstance(value, Recording):
            ctx = context_from_label(value.label)
            if ctx is not None:
                # compare with the estimate at the context that was measured, not the current
                self._context = ctx
                self.context_spin.setValue(min(ctx, self.context_spin.maximum()))
            self._set_recording(value)

    def _on_failed(self, exc: object) -> None:
        self.start_button.setEnabled(self.sampler is None)
        # A recording file's error is a code (RecordingFileError): shown in the user's language.
        text = error_text(exc, QCoreApplication.translate) if isinstance(exc, Exception) else ""
        reason = " ".join(text.split()) or type(exc).__name__
        self.status.setText(self.tr("Failed: %1").replace("%1", reason))

    @property
    def busy(self) -> bool:
        """True while a plan, a stop or a file is in progress."""
        return self._planner.running or self._stopper.running or self._files.running

    def wait_idle(self, msecs: int = 30_000) -> None:
        """Block until every worker of the dialog is done (tests)."""
        for r in (self._planner, self._stopper, self._files):
            r.wait(msecs)

    def done(self, result: int) -> None:
        """Close the dialog; a recording in progress stops in the background."""
        # closing the dialog stops a run in progress (the thread must not outlive its owner)
        self._timer.stop()
        if self.sampler is not None:
            sampler, self.sampler = self.sampler, None
            threading.Thread(target=sampler.stop, daemon=True).start()
        super().done(result)
