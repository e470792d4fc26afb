"""EstimatorState: the window's view-model. Holds the inputs, runs the core off the GUI thread,
caches results and emits past-tense signals; widgets only mirror it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from vramscope.app import advice, session, table_cache
from vramscope.app import chart as charts
from vramscope.app.chart import ChartSeries
from vramscope.app.present import DEFAULT_BINARY, render
from vramscope.app.present.errors import error_text
from vramscope.app.session import KV_TYPES_BY_RUNTIME, HardwareOptions, ModelChoice, RunSettings
from vramscope.app.table_cache import Cell, CellKey, TableCache, TableKey
from vramscope.catalog.schema import CatalogError
from vramscope.core import (
    GIB,
    KV_CACHE_TYPES,
    RUNTIMES,
    CpuKind,
    FlashAttention,
    Hardware,
    Mode,
    Note,
    Optimizer,
    Plan,
    Runtime,
    SpecError,
    WeightFormat,
)
from vramscope.hardware import HardwareProbe, MachineReading, SystemProbe
from vramscope.hardware.constants import DEFAULT_RAM_BANDWIDTH_BYTES_PER_S
from vramscope.hardware.notes import (
    DESCRIBED,
    RAM_SPEED_CODES,
    RAM_SPEED_DEFAULT,
    RAM_SPEED_GIVEN,
    RAM_SPEED_MEASURED,
)
from vramscope.hardware.ram_speed import peak_equivalent

from .settings import Settings
from .workers import CancelledError, TaskRunner

__all__ = ["EstimatorState", "MeasuredPoint"]

# KV cache types llama.cpp runs without flash attention (the float ones)
_FLOAT_KV = frozenset({"f32", "f16", "bf16"})
# the key prefix of a model file's ModelChoice (app.session.file_choice)
_FILE_KEY = "file:"


@dataclass(frozen=True, slots=True)
class MeasuredPoint:
    """A measured peak shown on the chart: what a real run added, at the context it ran."""

    context_tokens: int
    bytes: int
    label: str
    # whose memory was measured: "gpu" (VRAM, every GPU together) or "ram" (a CPU run); the
    # chart draws the point against that device's estimated curve
    device: str = "gpu"

    def __post_init__(self) -> None:
        if self.device not in ("gpu", "ram"):
            raise ValueError(f"device must be 'gpu' or 'ram', got {self.device!r}")


class EstimatorState(QObject):
    """Inputs -> plans, table cells and chart series, with signals when each is ready."""

    hardware_changed = Signal()
    choices_changed = Signal()
    inputs_changed = Signal()
    context_changed = Signal(int)
    plan_changed = Signal()
    chart_changed = Signal()
    table_reset = Signal()
    table_row_changed = Signal(int)
    cells_changed = Signal()  # same rows and columns, new values (the slider's hot path)
    units_changed = Signal()
    # NVML answered after a read stopped waiting for it (hardware.probe.NVML_TIMEOUT_S)
    _nvml_late = Signal()
    measured_changed = Signal()
    suggestions_changed = Signal()  # the shown plan's "what would make it fit" arrived
    message = Signal(str, str)  # level ("error" | "info"), text
    # a model file was read and became the chosen model and a table row: the path opened and
    # its ModelChoice (the window confirms it and lists it under File > Recent files)
    file_opened = Signal(str, object)
    busy_changed = Signal()

    def __init__(
        self, probe: HardwareProbe, settings: Settings | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._probe = probe
        self._settings = settings
        if isinstance(probe, SystemProbe):
            # emitted on the NVML thread, delivered on the GUI thread: read the GPUs then
            self._nvml_late.connect(self.refresh_hardware)
            probe.on_late = self._nvml_late.emit
        self.reading: MachineReading | None = None
        self.override: HardwareOptions | None = None
        # --cpu: the CPU kind to plan for instead of the probe's (llama.cpp's repack follows it)
        self.cpu: CpuKind | None = None
        # the launcher's --ram-bandwidth / --free-vram for this machine (None: none given)
        self.machine_options: HardwareOptions | None = None
        # "Measure RAM speed": the copy rate measured here, bytes/s (0: not measured)
        self.ram_measured_bps = 0
        self.hardware: Hardware | None = None
        self.catalog = session.catalog_choices()
        # A broken bundled presets file is a damaged install: say so once the window is up
        # (nothing is connected to ``message`` yet), and let the catalog stand in for the rows.
        self.presets_error = ""
        try:
            self.presets = session.preset_choices()
        except (CatalogError, OSError) as exc:
            self.presets = []
            self.presets_error = self.tr("The bundled size presets could not be read: %1").replace(
                "%1", error_text(exc, QCoreApplication.translate)
            )
            QTimer.singleShot(0, lambda: self.message.emit("error", self.presets_error))
        self.files: list[ModelChoice] = []
        self.model: ModelChoice = self.catalog[0]
        self.format_id = "q4_k_m"
        # the window always names its KV cache type (the run panel shows it)
        self.workload = RunSettings(kv_cache_type="f16")
        self.context = 4096
        self.binary_units = DEFAULT_BINARY
        self.min_speed_tps = advice.DEFAULT_MIN_SPEED_TPS
        self.row_source = "presets"
        self.overlay: tuple[str, ...] = ()
        self.plan: Plan | None = None
        self.plan_error = ""
        # llama.cpp's GPU layers fixed for the shown plan (--gpu-layers); None: auto
        self.gpu_layers: int | None = None
        # the plan the two largest-context figures were computed for, and the figures
        self._contexts: tuple[Plan, tuple[int, int] | None] | None = None
        self._suggestions: tuple[Plan, list[advice.Suggestion]] | None = None
        self.measured: MeasuredPoint | None = None
        self.chart: dict[str, ChartSeries] = {}
        self.rows: list[ModelChoice] = []
        self.formats: list[WeightFormat] = []
        self.cells: dict[CellKey, Cell] = {}
        self.cells_context = 0
        self._row_max: dict[str, int] = {}
        self._current_key: TableKey = ()
        self._cells_key: TableKey = ()
        self._cache = TableCache()
        self._probe_runner = TaskRunner(self)
        self._file_runner = TaskRunner(self)
        self._plan_runner = TaskRunner(self)
        self._chart_runner = TaskRunner(self)
        self._table_runner = TaskRunner(self)
        self._advice_runner = TaskRunner(self)
        self._advice_runner.finished.connect(self._on_advice_finished)
        self._advice_runner.failed.connect(lambda _exc: self.busy_changed.emit())
        self._advice_timer = QTimer(self)
        self._advice_timer.setSingleShot(True)
        self._advice_timer.setInterval(0)
        self._advice_timer.timeout.connect(self._start_suggestions)
        self._probe_runner.finished.connect(self._on_probe_finished)
        self._probe_runner.failed.connect(self._on_probe_failed)
        self._file_runner.finished.connect(self._on_file_loaded)
        self._file_runner.failed.connect(self._on_file_failed)
        self._plan_runner.finished.connect(self._on_plan_finished)
        self._plan_runner.failed.connect(self._on_plan_failed)
        self._chart_runner.finished.connect(self._on_chart_finished)
        self._chart_runner.failed.connect(self._on_chart_failed)
        self._table_runner.progress.connect(self._on_table_progress)
        self._table_runner.finished.connect(lambda _r: self.busy_changed.emit())
        self._table_runner.failed.connect(self._on_table_failed)
        # Several inputs often change together (runtime -> format -> KV type); recompute once.
        self._want_chart = False
        self._recompute_timer = QTimer(self)
        self._recompute_timer.setSingleShot(True)
        self._recompute_timer.setInterval(0)
        self._recompute_timer.timeout.connect(self._recompute)
        # the last session's model file is being read again (_reopen_file)
        self._reopening = False
        # the images per prompt follow the model (1 for a vision model, 0 otherwise) until the
        # user sets them (the run panel's Images box, --images)
        self.images_chosen = False
        self._restore()
        self._follow_model_images()

    # ----- settings -------------------------------------------------------------------------

    def _restore(self) -> None:
        s = self._settings
        if s is None:
            self.model = self._find_choice("catalog:llama-3.1-8b") or self.model
            self.format_id = session.initial_format(self.model, self.workload.runtime)
            self._rebuild_rows()
            return
        self.binary_units = bool(s.get("prefs/gib_units"))
        self.min_speed_tps = float(s.get("prefs/min_speed_tps"))
        self.row_source = str(s.get("table/rows"))
        saved_model = str(s.get("run/model"))
        self.model = (
            self._find_choice(saved_model)
            or self._find_choice("catalog:llama-3.1-8b")
            or self.model
        )
        runtime = str(s.get("run/runtime"))
        mode = str(s.get("run/mode"))
        # training exists only in transformers: a hand-edited file must not combine them
        if mode != "inference":
            runtime = "transformers"
        kv = str(s.get("run/kv_cache"))
        if kv not in KV_TYPES_BY_RUNTIME[runtime]:
            kv = KV_TYPES_BY_RUNTIME[runtime][0]
        # Settings keys hold only values their Key allows (settings.py), so the casts are safe.
        self.workload = RunSettings(
            runtime=cast(Runtime, runtime),
            mode=cast(Mode, mode),
            batch=int(s.get("run/batch")),
            kv_cache_type=kv,
            flash_attention=cast(FlashAttention, str(s.get("run/flash_attention"))),
            optimizer=cast(Optimizer, str(s.get("run/optimizer"))),
            grad_checkpointing=bool(s.get("run/grad_checkpointing")),
            lora_rank=int(s.get("run/lora_rank")),
        )
        self.workload = _restore_run_options(self.workload, s)
        images = int(s.get("run/images"))
        if images >= 0:  # the user's own choice; -1 follows the model (_follow_model_images)
            self.images_chosen = True
            self.workload = replace(self.workload, images=images)
        fmt = str(s.get("run/format"))
        valid = {f.id for f in session.formats_for(runtime, self.model)}
        self.format_id = (
            fmt if fmt in valid else session.initial_format(self.model, runtime, self.workload.mode)
        )
        self.context = min(int(s.get("run/context")), self.model.max_context_tokens)
        self.overlay = tuple(x for x in str(s.get("chart/overlay")).split(",") if x)
        self.ram_measured_bps = round(float(s.get("hardware/ram_measured_gbs")) * 1e9)
        self.override = _restore_override(s)
        self._rebuild_rows()
        if saved_model.startswith(_FILE_KEY):
            self._reopen_file(saved_model[len(_FILE_KEY) :])

    def _reopen_file(self, path: str) -> None:
        """The model file chosen when the window closed: read again (its row and selection
        come back when it is read), or a line saying it is gone and which model stands in."""
        if Path(path).exists():
            self.open_model_file(path)
            self._reopening = True
            return
        text = (
            self.tr("The model file chosen last time is no longer there (%1): showing %2.")
            .replace("%1", path)
            .replace("%2", self.model.name)
        )
        # nothing is connected to ``message`` yet: say it once the window is up
        QTimer.singleShot(0, lambda: self.message.emit("info", text))

    def save(self) -> None:
        """Write the inputs to the settings file (the window calls this when it closes)."""
        s = self._settings
        if s is None:
            return
        s.set("prefs/gib_units", self.binary_units)
        s.set("prefs/min_speed_tps", self.min_speed_tps)
        s.set("table/rows", self.row_source)
        # a file is read again at the next start when it is still there (_reopen_file)
        s.set("run/model", self.model.key)
        s.set("run/runtime", self.workload.runtime)
        s.set("run/format", self.format_id)
        s.set("run/mode", self.workload.mode)
        s.set("run/context", int(self.context))
        s.set("run/batch", int(self.workload.batch))
        s.set("run/prompt_tokens", int(self.workload.prompt_tokens or 0))
        s.set("run/images", int(self.workload.images) if self.images_chosen else -1)
        s.set("run/kv_cache", self.workload.kv_type)
        s.set("run/flash_attention", self.workload.flash_attention)
        s.set("run/optimizer", self.workload.optimizer)
        s.set("run/grad_checkpointing", bool(self.workload.grad_checkpointing))
        s.set("run/lora_rank", int(self.workload.lora_rank))
        run = self.workload
        s.set("run/kv_cache_v", run.kv_cache_type_v or "")
        s.set("run/kv_offload", bool(run.kv_offload))
        s.set("run/tensor_split", ",".join(f"{x:g}" for x in run.tensor_split))
        s.set("run/split_mode", run.split_mode)
        s.set("run/gpu_memory_utilization", float(run.gpu_memory_utilization))
        s.set("chart/overlay", ",".join(self.overlay))
        s.set("hardware/override_gpus", self.override.encode() if self.override else "")
        s.set(
            "hardware/override_ram_gib",
            (self.override.ram_bytes or 0) / (1 << 30) if self.override else 0.0,
        )
        free = self.override.free_vram_bytes if self.override else ()
        s.set("hardware/override_free_gib", free[0] / GIB if len(free) == 1 else 0.0)
        custom = [g for g, _ in self.override.gpus if not g.in_catalog] if self.override else []
        s.set("hardware/custom_gpu", custom[0].name if custom else "")
        s.set(
            "hardware/custom_gpu_bandwidth_gbs",
            custom[0].bandwidth_bytes_per_s / 1e9 if custom else 0.0,
        )
        s.sync()

    # ----- queries --------------------------------------------------------------------------

    def all_choices(self) -> list[ModelChoice]:
        """Every model the window offers: opened files first, then presets, then the catalog."""
        return [*self.files, *self.presets, *self.catalog]

    def _find_choice(self, key: str) -> ModelChoice | None:
        for c in self.all_choices():
            if c.key == key:
                return c
        return None

    @property
    def fmt(self) -> WeightFormat:
        """The selected weight format; a file's own one even when it has no name (a mix)."""
        return session.format_of(self.format_id, self.model)

    def context_figures(self) -> tuple[int, int] | None:
        """The two labelled "largest context" figures of the shown plan, as ``estimate --json``
        has them (:func:`session.context_figures`: re-placed for each context, everything on
        the GPU); None without a plan. Computed here on the GUI thread, once per plan: it took
        0.4-1.5 ms for Llama-3.1-70B Q4_K_M and gpt-oss-120b on an RTX 4090 with 64 GB and
        Qwen3-30B-A3B on an RTX 3060 (measured on the dev machine), far below a frame."""
        p, hw = self.plan, self.hardware
        if p is None or hw is None:
            return None
        if self._contexts is not None and self._contexts[0] is p:
            return self._contexts[1]
        try:
            figures: tuple[int, int] | None = session.context_figures(
                self.model,
                self.fmt,
                self.workload,
                p.estimate.workload.context_tokens,
                hw,
                p,
            )
        except (SpecError, ValueError):
            figures = None  # the settings changed under a plan still shown: no figures
        self._contexts = (p, figures)
        return figures

    def suggestions(self) -> list[advice.Suggestion]:
        """What would make the shown plan fit (or reach a usable speed), as ``estimate --json``
        lists them (:func:`app.advice.suggestions`); empty without a plan, when it is usable,
        or until the worker has them (``suggestions_changed`` says when they arrive)."""
        p = self.plan
        if p is None or advice.is_usable(p, self.min_speed_tps):
            return []
        if self._suggestions is not None and self._suggestions[0] is p:
            return self._suggestions[1]
        return []

    def _start_suggestions(self) -> None:
        """Plan the alternatives of a plan that is not usable on a worker: each is a full
        replan, 12-21 ms per plan on the dev machine (issue 12), too long for the GUI thread."""
        p, hw = self.plan, self.hardware
        if p is None or hw is None or advice.is_usable(p, self.min_speed_tps):
            self._advice_runner.cancel()
            return
        if self._suggestions is not None and self._suggestions[0] is p:
            return
        choice, run, layers, speed = self.model, self.workload, self.gpu_layers, self.min_speed_tps
        try:
            fmt = self.fmt
        except (SpecError, ValueError):
            return

        def work(_report: Callable[[object], None], _cancel: threading.Event) -> object:
            try:
                found = advice.suggestions(
                    choice,
                    fmt,
                    run,
                    p.estimate.workload.context_tokens,
                    hw,
                    p,
                    min_speed_tps=speed,
                    gpu_layers=layers,
                )
            except (SpecError, ValueError):
                found = []  # the settings changed under a plan still shown
            return (p, found)

        self._advice_runner.start(work)

    def _on_advice_finished(self, result: object) -> None:
        p, found = cast(tuple[Plan, list[advice.Suggestion]], result)
        if p is self.plan:
            self._suggestions = (p, found)
            self.suggestions_changed.emit()
        self.busy_changed.emit()

    def available_formats(self) -> list[WeightFormat]:
        """The formats the runtime loads, a file's own first: the format menu and table columns."""
        return session.formats_for(self.workload.runtime, self.model)

    def kv_types(self) -> tuple[str, ...]:
        """The KV cache types offered for the current runtime."""
        return tuple(k for k in KV_TYPES_BY_RUNTIME[self.workload.runtime] if k in KV_CACHE_TYPES)

    def context_stops(self) -> list[int]:
        """The context slider's stops for the selected model."""
        return table_cache.context_stops(self.model.max_context_tokens)

    @property
    def busy(self) -> bool:
        """True while anything is being read or computed (the status bar's "Working…")."""
        if self._recompute_timer.isActive() or self._advice_timer.isActive():
            return True  # inputs changed; the work has not started yet
        return any(
            r.running
            for r in (
                self._probe_runner,
                self._file_runner,
                self._plan_runner,
                self._chart_runner,
                self._table_runner,
                self._advice_runner,
            )
        )

    @property
    def table_complete(self) -> bool:
        """True when every cell shown is for the current context."""
        if len(self.cells) != len(self.rows) * len(self.formats):
            return False
        return not any(self.cell_is_stale(k) for k in self.cells)

    def best_pick(self) -> str | None:
        """The chosen model's best pick in the table (app.advice.best_pick, the format the
        table stars and ``fit --json`` marks ``recommended``), for the exports: None until every
        cell of its row is computed for the current context, or when no format is usable."""
        cells: dict[str, Cell] = {}
        for fmt in self.formats:
            key = (self.model.key, fmt.id)
            cell = self.cells.get(key)
            if cell is None or self.cell_is_stale(key):
                return None
            cells[fmt.id] = cell
        return advice.best_pick(cells, self.min_speed_tps) if cells else None

    def _runners(self) -> tuple[TaskRunner, ...]:
        return (
            self._probe_runner,
            self._file_runner,
            self._plan_runner,
            self._chart_runner,
            self._table_runner,
            self._advice_runner,
        )

    def wait_idle(self, msecs: int = 30_000) -> None:
        """Block until every worker is done (tests, and before the state is destroyed)."""
        for r in self._runners():
            r.wait(msecs)

    def shutdown(self, msecs: int = 30_000) -> None:
        """Stop every worker for good and wait for them: nothing runs on a pool thread once
        the state is about to go (the window closing, a test ending)."""
        for r in self._runners():
            r.stop(msecs)

    # ----- hardware -------------------------------------------------------------------------

    def refresh_hardware(self) -> None:
        """Read the machine again on a worker thread (NVML can take a second to start)."""
        probe, previous = self._probe, self.reading

        def work(_report: Callable[[object], None], _cancel: threading.Event) -> object:
            # A described machine (FakeProbe) is read afresh, not refreshed.
            if previous is None or (previous.notes and previous.notes[0].code == DESCRIBED):
                return probe.read()
            return probe.refresh(previous)

        self._probe_runner.start(work)
        self.busy_changed.emit()

    def _on_probe_finished(self, reading: object) -> None:
        if isinstance(reading, MachineReading):
            self.reading = reading
            self._apply_hardware()

    def _on_probe_failed(self, exc: object) -> None:
        reason = error_text(exc, QCoreApplication.translate)
        self.message.emit("error", self.tr("Could not read the hardware: %1").replace("%1", reason))
        self.busy_changed.emit()

    def set_override(self, override: HardwareOptions | None) -> None:
        """Plan for the described hardware (None: this machine again)."""
        self.override = override
        self._apply_hardware()

    def _given_ram_bandwidth(self) -> int | None:
        for options in (self.override, self.machine_options):
            if options is not None and options.ram_bandwidth_bytes_per_s is not None:
                return options.ram_bandwidth_bytes_per_s
        return None

    def ram_speed_note(self) -> Note:
        """Where the RAM speed the estimate uses comes from: given (--ram-bandwidth),
        measured here, the probe's memory type or chip, or the default."""
        given = self._given_ram_bandwidth()
        if given is not None:
            return Note.of(RAM_SPEED_GIVEN, bandwidth_bps=given)
        if self.ram_measured_bps:
            return Note.of(RAM_SPEED_MEASURED, measured_bps=self.ram_measured_bps)
        for note in self.reading.notes if self.reading is not None else ():
            if note.code in RAM_SPEED_CODES:
                return note
        return Note.of(RAM_SPEED_DEFAULT, bandwidth_bps=DEFAULT_RAM_BANDWIDTH_BYTES_PER_S)

    def set_ram_measured(self, bytes_per_s: int) -> None:
        """Keep a measured RAM copy rate (0 forgets it) and plan with it."""
        self.ram_measured_bps = max(int(bytes_per_s), 0)
        if self._settings is not None:
            gbs = min(self.ram_measured_bps / 1e9, 2000.0)
            self._settings.set("hardware/ram_measured_gbs", gbs)
            self._settings.sync()
        self._apply_hardware()

    def shown_reading(self) -> MachineReading | None:
        """What the machine panel shows: the described hardware when planning for other
        hardware, else the probe's reading."""
        if self.override is not None:
            return self.override.to_reading()
        return self.reading

    def _apply_hardware(self) -> None:
        reading = self.shown_reading()
        if reading is None:
            return
        try:
            if self.override is not None and self.reading is not None:
                # the described GPUs and RAM on this machine's CPU and memory speeds
                hw = self.override.describe(session.hardware_of(self.reading, self.cpu))
            else:
                hw = session.hardware_of(reading, self.cpu)
                if self.machine_options is not None:
                    hw = self.machine_options.apply(hw)
            if self.ram_measured_bps and not self._given_ram_bandwidth():
                # the measured copy rate is what CPU layers are read at (ram_speed.py)
                hw = replace(hw, ram_bandwidth_bytes_per_s=peak_equivalent(self.ram_measured_bps))
        except (SpecError, ValueError) as exc:
            self.message.emit("error", error_text(exc, QCoreApplication.translate))
            return
        self.hardware = hw
        split = self.workload.tensor_split
        if split and hw.gpus and len(split) != len(hw.gpus):
            # a saved or launcher -ts for another GPU count: llama.cpp's default split instead
            # of an error in every cell (the window has no widget to correct it)
            text = ",".join(f"{x:g}" for x in split)
            self.workload = replace(self.workload, tensor_split=())
            self.message.emit(
                "info",
                self.tr("The tensor split %1 does not match %2 GPU(s): splitting by free memory.")
                .replace("%1", text)
                .replace("%2", str(len(hw.gpus))),
            )
        self.hardware_changed.emit()
        self.busy_changed.emit()
        self._schedule(chart=True)

    # ----- inputs ---------------------------------------------------------------------------

    def set_model(self, key: str) -> None:
        """Choose a model by key ("catalog:<id>", "preset:<id>", "file:<path>")."""
        choice = self._find_choice(key)
        if choice is None:
            return
        self._stop_reopening()
        if choice == self.model:
            return
        runtime, mode = self.workload.runtime, self.workload.mode
        # the format follows the model while it is the old model's default (the user picked no
        # other): gpt-oss starts on MXFP4 as `vramscope estimate gpt-oss-20b` does
        was_default = self.format_id == session.initial_format(self.model, runtime, mode)
        self.model = choice
        valid = {f.id for f in self.available_formats()}
        # a file starts on its own format (its real tensors), as `vramscope estimate FILE` does
        if self.format_id not in valid or choice.file_format or was_default:
            self.format_id = session.initial_format(choice, runtime, mode)
        if self.context > choice.max_context_tokens:
            self.context = choice.max_context_tokens
            self.context_changed.emit(self.context)
        self._follow_model_images()
        self._inputs_changed(rows=self._rows_follow_model())

    def _follow_model_images(self) -> None:
        """One image for a vision model, none otherwise, while the user has not chosen."""
        if not self.images_chosen:
            images = 1 if self.model.spec.vision is not None else 0
            self.workload = replace(self.workload, images=images)

    def set_images(self, images: int) -> None:
        """The images per prompt the user chose (the run panel, ``--images``)."""
        self.images_chosen = True
        self.set_workload(images=images)

    def set_format(self, format_id: str) -> None:
        """Choose the weight format (an id from :meth:`available_formats`)."""
        if format_id == self.format_id:
            return
        self.format_id = format_id
        self._inputs_changed(rows=False)

    def select_cell(self, row_key: str, format_id: str) -> None:
        """A click in the fit table: that model and that format."""
        choice = self._find_choice(row_key)
        if choice is None:
            return
        self._stop_reopening()
        # the table's rows stay as they are: only the selection moves
        changed = choice != self.model or format_id != self.format_id
        self.model = choice
        self.format_id = format_id
        if changed:
            self._inputs_changed(rows=False)

    def set_runtime(self, runtime: str) -> None:
        """Switch runtime; the mode, KV type and format fall back to ones it supports."""
        if runtime == self.workload.runtime or runtime not in RUNTIMES:
            return
        self.workload = self.workload.with_runtime(runtime)
        valid = {f.id for f in self.available_formats()}
        if self.format_id not in valid:
            self.format_id = session.initial_format(self.model, runtime, self.workload.mode)
        self.overlay = tuple(f for f in self.overlay if f in valid)
        self._inputs_changed(rows=True)

    def set_workload(self, **changes: object) -> None:
        """Change workload options (mode, batch, kv_cache_type...); training needs transformers."""
        new = replace(self.workload, **changes)  # type: ignore[arg-type]
        old_mode = self.workload.mode
        was_default = self.format_id == session.initial_format(
            self.model, self.workload.runtime, old_mode
        )
        if new.mode != "inference" and new.runtime != "transformers":
            self.set_runtime("transformers")
            new = replace(new, runtime="transformers", kv_cache_type=self.workload.kv_cache_type)
        if new == self.workload:
            return
        self.workload = new
        # QLoRA trains on a 4-bit base (NF4, as `vramscope estimate --mode qlora` assumes); a
        # format that was the old mode's default follows the mode (NF4 back to BF16 for LoRA)
        if new.mode != old_mode:
            fmt = session.format_of(self.format_id, self.model)
            qlora_base = fmt.family == "bnb" and fmt.bits == 4
            if was_default or (new.mode == "qlora" and not qlora_base):
                self.format_id = session.initial_format(self.model, new.runtime, new.mode)
        self._inputs_changed(rows=False)

    def set_run(self, run: RunSettings) -> None:
        """Replace the whole run (the launcher's ``--kv-cache``, ``--mode``... as
        ``vramscope estimate`` reads them); the format falls back to one the runtime loads."""
        if run == self.workload:
            return
        if run.images != self.workload.images:
            self.images_chosen = True  # --images given to the window
        runtime_changed = run.runtime != self.workload.runtime
        mode_changed = run.mode != self.workload.mode
        self.workload = run
        valid = {f.id for f in self.available_formats()}
        if self.format_id not in valid or mode_changed:
            self.format_id = session.initial_format(self.model, run.runtime, run.mode)
        self.overlay = tuple(f for f in self.overlay if f in valid)
        self._inputs_changed(rows=runtime_changed)

    def set_gpu_layers(self, layers: int | None) -> None:
        """Fix llama.cpp's GPU layers for the shown plan (``--gpu-layers N``; None: the solver
        chooses, as in every table cell)."""
        if layers != self.gpu_layers:
            self.gpu_layers = layers
            self._inputs_changed(rows=False)

    def set_context(self, tokens: int) -> None:
        """Tokens per sequence, clamped to 512 .. the model's maximum (the slider's hot path)."""
        tokens = max(session.CONTEXT_MIN_TOKENS, min(int(tokens), self.model.max_context_tokens))
        if tokens == self.context:
            return
        self.context = tokens
        self.context_changed.emit(tokens)
        # the chart already spans every context: only the plan and the table depend on it
        self._show_cached_table()
        self._schedule(chart=False)

    def set_binary_units(self, binary: bool) -> None:
        """Show sizes in GiB (True) or GB; nothing is recomputed."""
        if binary != self.binary_units:
            self.binary_units = binary
            self.units_changed.emit()

    def set_min_speed(self, tps: float) -> None:
        """The usable decode speed of the best pick and the suggestions; nothing is replanned
        but the suggestions (the table's cells do not depend on it)."""
        if tps != self.min_speed_tps:
            self.min_speed_tps = tps
            self._suggestions = None
            self.units_changed.emit()  # the table's star and the breakdown redraw
            self._start_suggestions()

    def set_row_source(self, source: str) -> None:
        """The table's rows: "presets", "catalog" or "model" (the chosen model alone)."""
        if source in table_cache.ROW_SOURCES and source != self.row_source:
            self.row_source = source
            self._rebuild_rows()
            self.table_reset.emit()
            self._schedule(chart=False)

    def set_measured(self, point: MeasuredPoint | None) -> None:
        """Show (or clear) a measured peak on the chart."""
        if point != self.measured:
            self.measured = point
            self.measured_changed.emit()

    def set_overlay(self, format_ids: Sequence[str]) -> None:
        """Formats whose total the chart draws beside the chosen one, for comparison."""
        self.overlay = tuple(dict.fromkeys(format_ids))
        self._schedule(chart=True)

    def _inputs_changed(self, *, rows: bool) -> None:
        if rows:
            self._rebuild_rows()
            self.table_reset.emit()
        self.inputs_changed.emit()
        self._schedule(chart=True)

    def _rows_follow_model(self) -> bool:
        """Whether the table's rows change with the chosen model: in the "model" view, and
        beside the presets, where the chosen model is a row of its own (issue 14 item 11)."""
        rows = table_cache.table_rows(
            self.row_source,
            self.model,
            presets=self.presets,
            catalog=self.catalog,
            files=self.files,
        )
        return [r.key for r in rows] != [r.key for r in self.rows]

    def _rebuild_rows(self) -> None:
        self.rows = table_cache.table_rows(
            self.row_source,
            self.model,
            presets=self.presets,
            catalog=self.catalog,
            files=self.files,
        )
        self._row_max = {r.key: r.spec.max_context_tokens for r in self.rows}
        runtime = self.workload.runtime
        self.formats = session.formats_for(
            runtime, self.model if self.row_source == "model" else None
        )
        # each opened file's own format is a column (first), not only the common ones: a GGUF
        # of another type or a third-party mix is shown with its real tensors (issue 14 item 11)
        have = {f.id for f in self.formats}
        own: dict[str, WeightFormat] = {}
        for r in self.rows:
            fmt = r.file_weight_format()
            if fmt is not None and fmt.id not in have and session.runtime_loads(runtime, fmt):
                own.setdefault(fmt.id, fmt)
        self.formats = [*own.values(), *self.formats]
        self.cells = {}
        self.cells_context = 0

    # ----- model files ------------------------------------------------------------------------

    def _stop_reopening(self) -> None:
        """A model chosen (by the user or the launcher's --model) while the last session's file
        is still being read: that choice wins, the file is not selected under it."""
        if self._reopening:
            self._reopening = False
            self._file_runner.cancel()
            self.busy_changed.emit()

    def open_model_file(self, path: str) -> None:
        """Read a config.json, model folder or GGUF on a worker thread."""
        self._reopening = False

        def work(_report: Callable[[object], None], _cancel: threading.Event) -> object:
            return (path, session.file_choice(path))

        self._file_runner.start(work)
        self.busy_changed.emit()

    def _on_file_loaded(self, result: object) -> None:
        self._reopening = False
        self.busy_changed.emit()
        path, choice = cast(tuple[str, object], result)
        if not isinstance(choice, ModelChoice):
            return
        self.files = [c for c in self.files if c.key != choice.key]
        self.files.insert(0, choice)
        self.choices_changed.emit()
        for warning in choice.warnings[:3]:
            self.message.emit("info", render(warning, QCoreApplication.translate))
        self.model = choice
        self.format_id = session.initial_format(choice, self.workload.runtime, self.workload.mode)
        self.context = min(self.context, choice.max_context_tokens)
        self.context_changed.emit(self.context)
        self._inputs_changed(rows=self._rows_follow_model())
        self.file_opened.emit(path, choice)

    def _on_file_failed(self, exc: object) -> None:
        self._reopening = False
        self.busy_changed.emit()
        reason = error_text(exc, QCoreApplication.translate)
        text = " ".join(reason.split()) or type(exc).__name__
        self.message.emit("error", self.tr("Cannot open this model: %1").replace("%1", text))

    # ----- computing --------------------------------------------------------------------------

    def _schedule(self, *, chart: bool) -> None:
        self._want_chart = self._want_chart or chart
        self._recompute_timer.start()

    def _recompute(self) -> None:
        if self.hardware is None:
            return
        self._start_plan()
        if self._want_chart:
            self._want_chart = False
            self._start_chart()
        self._start_table()
        self.busy_changed.emit()

    def _start_plan(self) -> None:
        hw = self.hardware
        assert hw is not None
        choice, settings, ctx, layers = self.model, self.workload, self.context, self.gpu_layers
        try:
            fmt = self.fmt
        except (SpecError, ValueError) as exc:
            self._set_plan(None, error_text(exc, QCoreApplication.translate))
            return
        # the table may already have planned this exact cell: the breakdown shows it at once
        # and the plan runner stays free. The cache is keyed on everything a cell depends on
        # (run settings, hardware, rows, formats) and the context: a cell planned under other
        # settings (another KV type, optimiser, LoRA rank...) must never stand in for this one.
        cached = self._cache.cells(self._table_key(), ctx).get((choice.key, fmt.id))
        if (
            layers is None
            and cached is not None
            and cached.plan is not None
            and _plan_matches(cached.plan, settings)
        ):
            self._set_plan(cached.plan, "")
            return

        def work(_report: Callable[[object], None], _cancel: threading.Event) -> object:
            if layers is None:
                return table_cache.cell_plan(choice, fmt, settings, ctx, hw)
            # a fixed placement (--gpu-layers): the plan `vramscope estimate` makes for it
            at = table_cache.clamp_context(choice, ctx)
            return session.plan_for(choice, fmt, settings, at, hw, gpu_layers=layers)

        self._plan_runner.start(work)

    def _on_plan_finished(self, result: object) -> None:
        if isinstance(result, Plan):
            self._set_plan(result, "")
        self.busy_changed.emit()

    def _on_plan_failed(self, exc: object) -> None:
        text = error_text(exc, QCoreApplication.translate)
        self._set_plan(None, text.splitlines()[0] if text else type(exc).__name__)
        self.busy_changed.emit()

    def _set_plan(self, p: Plan | None, error: str) -> None:
        self.plan, self.plan_error = p, error
        self.plan_changed.emit()
        # after the breakdown has painted the plan: the worker's replans then share the GIL
        # with a window that already shows the answer
        self._advice_timer.start()

    def _start_chart(self) -> None:
        hw = self.hardware
        assert hw is not None
        choice, settings = self.model, self.workload
        ids = [self.format_id, *[f for f in self.overlay if f != self.format_id]]
        formats = []
        for fid in ids:
            try:
                formats.append(session.format_of(fid, choice))
            except (SpecError, ValueError):
                continue  # an overlay saved for a format this version no longer has
        contexts = charts.chart_contexts(choice.max_context_tokens)

        def work(_report: Callable[[object], None], cancel: threading.Event) -> object:
            out: dict[str, ChartSeries] = {}
            for fmt in formats:
                out[fmt.id] = charts.chart_series(
                    choice, fmt, settings, hw, contexts, cancelled=cancel.is_set
                )
                if cancel.is_set():
                    raise CancelledError
            return out

        self._chart_runner.start(work)

    def _on_chart_finished(self, result: object) -> None:
        if isinstance(result, dict):
            self.chart = result
            self.chart_changed.emit()
        self.busy_changed.emit()

    def _on_chart_failed(self, exc: object) -> None:
        self.chart = {}
        self.chart_changed.emit()
        self.message.emit("error", error_text(exc, QCoreApplication.translate))
        self.busy_changed.emit()

    # ----- the fit table ----------------------------------------------------------------------

    def _table_key(self) -> TableKey:
        return TableCache.key(self.workload, self.hardware, self.rows, self.formats)

    def _show_cached_table(self) -> None:
        """On a context change: show the cached table for that context at once if there is one
        (the slider's hot path), else keep the old cells, marked stale, until the worker fills
        the new ones in."""
        key = self._table_key()
        done = self._cache.complete(key, self.context, len(self.rows) * len(self.formats))
        if done is not None:
            self.cells = done
            self.cells_context = self.context
            self._cells_key = self._current_key = key
            self.cells_changed.emit()

    def _start_table(self) -> None:
        hw = self.hardware
        assert hw is not None
        key = self._table_key()
        self._current_key = key  # cells computed under another key are now stale
        if not self.cells:
            # new rows (another chosen model beside the presets): show at once the cells that
            # other cached tables hold for the rows they share; the job computes the rest
            self._cache.seed(key)
            partial = self._cache.cells(key, self.context)
            if partial:
                self.cells, self.cells_context, self._cells_key = partial, self.context, key
                self.cells_changed.emit()
        n_cells = len(self.rows) * len(self.formats)
        current = self._cache.complete(key, self.context, n_cells)
        if current is not None:
            shown = (
                self._cells_key == key
                and self.cells_context == self.context
                and len(self.cells) == n_cells
                and all(self.cells.get(k) is v for k, v in current.items())
            )
            if not shown:  # the slider already showed this stop's cells: do not repaint twice
                self.cells, self.cells_context = current, self.context
                self._cells_key = key
                self.cells_changed.emit()
        job = self._cache.job(
            rows=self.rows,
            formats=self.formats,
            run=self.workload,
            hardware=hw,
            context=self.context,
            stops=self.context_stops(),
            first_row=self.model.key,
        )
        if job is None:
            return

        def work(report: Callable[[object], None], cancel: threading.Event) -> object:
            for ctx, part in job.cells(cancel.is_set):
                report((job.key, ctx, part))
            if cancel.is_set():
                raise CancelledError
            return None

        self._table_runner.start(work)

    def _on_table_progress(self, part: object) -> None:
        key, ctx, cells = cast(tuple[TableKey, int, dict[CellKey, Cell]], part)
        self._cache.add(key, ctx, cells)
        if key != self._current_key or ctx != self.context:
            return
        self._cells_key = key
        if self.cells_context != ctx:
            # first fresh row for this context: start from the stale cells, replace as we go
            self.cells_context = ctx
        self.cells.update(cells)
        index = {r.key: i for i, r in enumerate(self.rows)}
        for row_key in {k[0] for k in cells}:
            if row_key in index:
                self.table_row_changed.emit(index[row_key])
        selected = cells.get((self.model.key, self.format_id))
        if (
            selected is not None
            and selected.plan is not None
            and self.plan is None
            and self.gpu_layers is None
            and _plan_matches(selected.plan, self.workload)
        ):
            self._set_plan(selected.plan, "")

    def _on_table_failed(self, exc: object) -> None:
        self.message.emit("error", error_text(exc, QCoreApplication.translate))
        self.busy_changed.emit()

    def cell_is_stale(self, key: CellKey) -> bool:
        """True when the cell shown was computed for another context (being recomputed)."""
        cell = self.cells.get(key)
        if cell is None or self._cells_key != self._current_key:
            return True
        top = self._row_max.get(key[0], self.context)
        return cell.context_tokens != max(1, min(self.context, top))


def _plan_matches(p: Plan, run: RunSettings) -> bool:
    """True when ``p`` was planned for ``run`` (its workload carries the settings it was made
    for): a belt to the table key's braces, so no cached plan of other settings is shown."""
    wl = p.estimate.workload
    try:
        wanted = run.workload(wl.context_tokens)
    except SpecError:
        return False
    # llama.cpp's solver chooses the MoE experts in RAM and the KV cache's place itself: those
    # two are the plan's answer, not the settings it was asked for; and a quantized V cache
    # turns flash attention back on (llama.cpp needs it; core.runtimes.llamacpp.run)
    fa = wanted.flash_attention
    if fa == "off" and wl.flash_attention == "auto" and wanted.v_cache_type not in _FLOAT_KV:
        fa = "auto"
    got = replace(wl, n_cpu_moe=wanted.n_cpu_moe, kv_offload=wanted.kv_offload)
    return got == replace(wanted, flash_attention=fa)


def _restore_override(s: Settings) -> HardwareOptions | None:
    """The "other hardware" saved by :meth:`EstimatorState.save`; None when none was (or the
    saved one no longer reads: a catalog id that is gone)."""
    gpus = str(s.get("hardware/override_gpus"))
    ram_gib = float(s.get("hardware/override_ram_gib"))
    if not gpus and ram_gib <= 0:
        return None
    free_gib = float(s.get("hardware/override_free_gib"))
    custom = str(s.get("hardware/custom_gpu"))
    bandwidth = round(float(s.get("hardware/custom_gpu_bandwidth_gbs")) * 1e9)
    try:
        return HardwareOptions.decode(
            gpus,
            int(ram_gib * GIB) if ram_gib > 0 else None,
            free_vram_bytes=(int(free_gib * GIB),) if free_gib > 0 else (),
            custom_bandwidth={custom: bandwidth} if custom else None,
        )
    except ValueError:
        return None


def _restore_run_options(run: RunSettings, s: Settings) -> RunSettings:
    """``run`` with the run options the window has no widgets for (llama.cpp's -ctv, -nkvo, -ts
    and -sm, vLLM's memory utilization) as the settings file holds them; a hand-edited value the
    session refuses is left at its default rather than failing the start."""
    v_type = str(s.get("run/kv_cache_v")) or None
    if v_type is not None and (run.runtime != "llama.cpp" or v_type not in KV_CACHE_TYPES):
        v_type = None
    llamacpp = run.runtime == "llama.cpp"
    split: tuple[float, ...] = ()
    text = str(s.get("run/tensor_split"))
    if text:
        try:
            split = session.parse_tensor_split(text)
        except SpecError:
            split = ()
    try:
        new = replace(
            run,
            kv_cache_type_v=v_type,
            kv_offload=bool(s.get("run/kv_offload")),
            tensor_split=split,
            split_mode="row" if s.get("run/split_mode") == "row" and llamacpp else "layer",
            gpu_memory_utilization=float(s.get("run/gpu_memory_utilization")),
            prompt_tokens=int(s.get("run/prompt_tokens")) or None,
        )
        new.workload(session.CONTEXT_MIN_TOKENS)  # e.g. a V type llama.cpp lacks
    except SpecError:
        return run
    return new
