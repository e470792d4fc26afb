"""EstimatorState: the window's view-model. Holds the inputs, runs the core off the GUI thread,
caches results and emits past-tense signals; widgets only mirror it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import cast

from PySide6.QtCore import QObject, QTimer, Signal

from vramscope.catalog.gpus import CatalogGpu, gpu_bandwidth_by_name
from vramscope.core.errors import SpecError
from vramscope.core.formats import WeightFormat, parse_weight_format
from vramscope.core.hardware import Hardware
from vramscope.core.plan import Plan
from vramscope.core.workload import KV_CACHE_TYPES
from vramscope.hardware import HardwareProbe, MachineReading, fake_machine

from . import logic
from .logic import Cell, ChartSeries, ModelChoice, WorkloadSettings
from .settings import Settings
from .workers import CancelledError, TaskRunner

__all__ = ["EstimatorState", "HardwareOverride", "MeasuredPoint"]

# KV cache types offered per runtime (the core accepts more; these are the ones users pick).
KV_TYPES_BY_RUNTIME: dict[str, tuple[str, ...]] = {
    "llama.cpp": ("f16", "q8_0", "q4_0"),
    "transformers": ("bf16", "f16"),
    "vllm": ("bf16", "fp8"),
}
# How many slider stops on each side of the current one the table precomputes.
_PREFETCH_STOPS = 3
_PREFETCH_STOPS_LARGE = 1  # for catalog-sized tables, whose one stop takes seconds


@dataclass(frozen=True, slots=True)
class HardwareOverride:
    """'Plan for other hardware': catalog GPUs (with their VRAM in bytes) and a RAM size."""

    gpus: tuple[tuple[CatalogGpu, int], ...]
    ram_bytes: int

    def to_reading(self) -> MachineReading:
        devices = [g.to_device(total_bytes=size, free_bytes=size) for g, size in self.gpus]
        return fake_machine(devices, self.ram_bytes)

    def encode(self) -> str:
        return ";".join(f"{g.gpu_id}:{size}" for g, size in self.gpus)


TableKey = tuple[object, ...]


@dataclass(frozen=True, slots=True)
class MeasuredPoint:
    """A measured peak shown on the chart: what a real run added, at the context it ran."""

    context_tokens: int
    bytes: int
    label: str


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
    measured_changed = Signal()
    message = Signal(str, str)  # level ("error" | "info"), text
    busy_changed = Signal()

    def __init__(
        self, probe: HardwareProbe, settings: Settings | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._probe = probe
        self._settings = settings
        self.reading: MachineReading | None = None
        self.override: HardwareOverride | None = None
        self.hardware: Hardware | None = None
        self.catalog = logic.catalog_choices()
        self.presets = logic.preset_choices()
        self.files: list[ModelChoice] = []
        self.model: ModelChoice = self.catalog[0]
        self.format_id = "q4_k_m"
        self.workload = WorkloadSettings()
        self.context = 4096
        self.binary_units = False
        self.row_source = "presets"
        self.overlay: tuple[str, ...] = ()
        self.plan: Plan | None = None
        self.plan_error = ""
        self.measured: MeasuredPoint | None = None
        self.chart: dict[str, ChartSeries] = {}
        self.rows: list[ModelChoice] = []
        self.formats: list[WeightFormat] = []
        self.cells: dict[tuple[str, str], Cell] = {}
        self.cells_context = 0
        self._row_max: dict[str, int] = {}
        self._current_key: TableKey = ()
        self._cells_key: TableKey = ()
        self._cache: dict[TableKey, dict[int, dict[tuple[str, str], Cell]]] = {}
        self._probe_runner = TaskRunner(self)
        self._file_runner = TaskRunner(self)
        self._plan_runner = TaskRunner(self)
        self._chart_runner = TaskRunner(self)
        self._table_runner = TaskRunner(self)
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
        self._restore()

    # ----- settings -------------------------------------------------------------------------

    def _restore(self) -> None:
        s = self._settings
        if s is None:
            self.model = self._find_choice("catalog:llama-3.1-8b") or self.model
            self.format_id = logic.default_format(self.workload.runtime, self.model)
            self._rebuild_rows()
            return
        self.binary_units = bool(s.get("prefs/binary_units"))
        self.row_source = str(s.get("table/rows"))
        self.model = (
            self._find_choice(str(s.get("run/model")))
            or self._find_choice("catalog:llama-3.1-8b")
            or self.model
        )
        runtime = str(s.get("run/runtime"))
        mode = str(s.get("run/mode"))
        if mode != "inference":
            runtime = "transformers"
        kv = str(s.get("run/kv_cache"))
        if kv not in KV_TYPES_BY_RUNTIME[runtime]:
            kv = KV_TYPES_BY_RUNTIME[runtime][0]
        self.workload = WorkloadSettings(
            runtime=runtime,
            mode=mode,
            batch=int(s.get("run/batch")),
            kv_cache_type=kv,
            flash_attention=str(s.get("run/flash_attention")),
            optimizer=str(s.get("run/optimizer")),
            grad_checkpointing=bool(s.get("run/grad_checkpointing")),
            lora_rank=int(s.get("run/lora_rank")),
        )
        fmt = str(s.get("run/format"))
        valid = {f.id for f in logic.formats_for(runtime, self.model)}
        self.format_id = fmt if fmt in valid else logic.default_format(runtime, self.model)
        self.context = min(int(s.get("run/context")), self.model.max_context_tokens)
        self.overlay = tuple(x for x in str(s.get("chart/overlay")).split(",") if x)
        self._rebuild_rows()

    def save(self) -> None:
        s = self._settings
        if s is None:
            return
        s.set("prefs/binary_units", self.binary_units)
        s.set("table/rows", self.row_source)
        if self.model.kind != "file":
            s.set("run/model", self.model.key)
        s.set("run/runtime", self.workload.runtime)
        s.set("run/format", self.format_id)
        s.set("run/mode", self.workload.mode)
        s.set("run/context", int(self.context))
        s.set("run/batch", int(self.workload.batch))
        s.set("run/kv_cache", self.workload.kv_cache_type)
        s.set("run/flash_attention", self.workload.flash_attention)
        s.set("run/optimizer", self.workload.optimizer)
        s.set("run/grad_checkpointing", bool(self.workload.grad_checkpointing))
        s.set("run/lora_rank", int(self.workload.lora_rank))
        s.set("chart/overlay", ",".join(self.overlay))
        s.set("hardware/override_gpus", self.override.encode() if self.override else "")
        s.set(
            "hardware/override_ram_gib",
            self.override.ram_bytes / (1 << 30) if self.override else 0.0,
        )
        s.sync()

    # ----- queries --------------------------------------------------------------------------

    def all_choices(self) -> list[ModelChoice]:
        return [*self.files, *self.presets, *self.catalog]

    def _find_choice(self, key: str) -> ModelChoice | None:
        for c in self.all_choices():
            if c.key == key:
                return c
        return None

    @property
    def fmt(self) -> WeightFormat:
        return parse_weight_format(self.format_id)

    def available_formats(self) -> list[WeightFormat]:
        return logic.formats_for(self.workload.runtime, self.model)

    def kv_types(self) -> tuple[str, ...]:
        return tuple(k for k in KV_TYPES_BY_RUNTIME[self.workload.runtime] if k in KV_CACHE_TYPES)

    def context_stops(self) -> list[int]:
        return logic.context_stops(self.model.max_context_tokens)

    @property
    def busy(self) -> bool:
        if self._recompute_timer.isActive():
            return True  # inputs changed; the work has not started yet
        return any(
            r.running
            for r in (
                self._probe_runner,
                self._file_runner,
                self._plan_runner,
                self._chart_runner,
                self._table_runner,
            )
        )

    @property
    def table_complete(self) -> bool:
        """True when every cell shown is for the current context."""
        if len(self.cells) != len(self.rows) * len(self.formats):
            return False
        return not any(self.cell_is_stale(k) for k in self.cells)

    def wait_idle(self, msecs: int = 30_000) -> None:
        for r in (
            self._probe_runner,
            self._file_runner,
            self._plan_runner,
            self._chart_runner,
            self._table_runner,
        ):
            r.wait(msecs)

    # ----- hardware -------------------------------------------------------------------------

    def refresh_hardware(self) -> None:
        """Read the machine again on a worker thread (NVML can take a second to start)."""
        probe, previous = self._probe, self.reading

        def work(_report: Callable[[object], None], _cancel: threading.Event) -> object:
            if previous is None or (
                previous.notes and "Planning for hardware" in previous.notes[0]
            ):
                return probe.read()
            return probe.refresh(previous)

        self._probe_runner.start(work)
        self.busy_changed.emit()

    def set_probe(self, probe: HardwareProbe) -> None:
        self._probe = probe
        self.reading = None
        self.refresh_hardware()

    def _on_probe_finished(self, reading: object) -> None:
        if isinstance(reading, MachineReading):
            self.reading = reading
            self._apply_hardware()

    def _on_probe_failed(self, exc: object) -> None:
        self.message.emit(
            "error", self.tr("Could not read the hardware: %1").replace("%1", str(exc))
        )
        self.busy_changed.emit()

    def set_override(self, override: HardwareOverride | None) -> None:
        self.override = override
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
            hw = reading.to_hardware(bandwidth_fallback=gpu_bandwidth_by_name)
        except (SpecError, ValueError) as exc:
            self.message.emit("error", str(exc))
            return
        if self.override is not None and self.reading is not None:
            # keep this machine's RAM and disk speeds: only the sizes were described
            real = self.reading.to_hardware(bandwidth_fallback=gpu_bandwidth_by_name)
            hw = replace(
                hw,
                ram_bandwidth_bytes_per_s=real.ram_bandwidth_bytes_per_s,
                disk_read_bytes_per_s=real.disk_read_bytes_per_s,
            )
        self.hardware = hw
        self.hardware_changed.emit()
        self.busy_changed.emit()
        self._schedule(chart=True)

    # ----- inputs ---------------------------------------------------------------------------

    def set_model(self, key: str) -> None:
        choice = self._find_choice(key)
        if choice is None or choice == self.model:
            return
        self.model = choice
        valid = {f.id for f in self.available_formats()}
        if self.format_id not in valid or choice.file_format:
            self.format_id = logic.default_format(self.workload.runtime, choice)
        if self.context > choice.max_context_tokens:
            self.context = choice.max_context_tokens
            self.context_changed.emit(self.context)
        self._inputs_changed(rows=self.row_source == "model")

    def set_format(self, format_id: str) -> None:
        if format_id == self.format_id:
            return
        self.format_id = format_id
        self._inputs_changed(rows=False)

    def select_cell(self, row_key: str, format_id: str) -> None:
        """A click in the fit table: that model and that format."""
        choice = self._find_choice(row_key)
        if choice is None:
            return
        changed = choice != self.model or format_id != self.format_id
        self.model = choice
        self.format_id = format_id
        if changed:
            self._inputs_changed(rows=False)

    def set_runtime(self, runtime: str) -> None:
        if runtime == self.workload.runtime:
            return
        mode = self.workload.mode if runtime == "transformers" else "inference"
        kv = self.workload.kv_cache_type
        if kv not in KV_TYPES_BY_RUNTIME[runtime]:
            kv = KV_TYPES_BY_RUNTIME[runtime][0]
        self.workload = replace(self.workload, runtime=runtime, mode=mode, kv_cache_type=kv)
        valid = {f.id for f in self.available_formats()}
        if self.format_id not in valid:
            self.format_id = logic.default_format(runtime, self.model)
        self.overlay = tuple(f for f in self.overlay if f in valid)
        self._inputs_changed(rows=True)

    def set_workload(self, **changes: object) -> None:
        """Change workload options (mode, batch, kv_cache_type...); training needs transformers."""
        new = replace(self.workload, **changes)  # type: ignore[arg-type]
        if new.mode != "inference" and new.runtime != "transformers":
            self.set_runtime("transformers")
            new = replace(new, runtime="transformers", kv_cache_type=self.workload.kv_cache_type)
        if new == self.workload:
            return
        self.workload = new
        self._inputs_changed(rows=False)

    def set_context(self, tokens: int) -> None:
        tokens = max(logic.CONTEXT_MIN_TOKENS, min(int(tokens), self.model.max_context_tokens))
        if tokens == self.context:
            return
        self.context = tokens
        self.context_changed.emit(tokens)
        self._show_cached_table()
        self._schedule(chart=False)

    def set_binary_units(self, binary: bool) -> None:
        if binary != self.binary_units:
            self.binary_units = binary
            self.units_changed.emit()

    def set_row_source(self, source: str) -> None:
        if source in logic.ROW_SOURCES and source != self.row_source:
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
        self.overlay = tuple(dict.fromkeys(format_ids))
        self._schedule(chart=True)

    def _inputs_changed(self, *, rows: bool) -> None:
        if rows:
            self._rebuild_rows()
            self.table_reset.emit()
        self.inputs_changed.emit()
        self._schedule(chart=True)

    def _rebuild_rows(self) -> None:
        self.rows = logic.table_rows(self.row_source, self.model)
        self._row_max = {r.key: r.spec.max_context_tokens for r in self.rows}
        self.formats = logic.formats_for(
            self.workload.runtime, self.model if self.row_source == "model" else None
        )
        self.cells = {}
        self.cells_context = 0

    # ----- model files ------------------------------------------------------------------------

    def open_model_file(self, path: str) -> None:
        """Read a config.json, model folder or GGUF on a worker thread."""

        def work(_report: Callable[[object], None], _cancel: threading.Event) -> object:
            return logic.local_choice(path)

        self._file_runner.start(work)
        self.busy_changed.emit()

    def _on_file_loaded(self, choice: object) -> None:
        self.busy_changed.emit()
        if not isinstance(choice, ModelChoice):
            return
        self.files = [c for c in self.files if c.key != choice.key]
        self.files.insert(0, choice)
        self.choices_changed.emit()
        for warning in choice.warnings[:3]:
            self.message.emit("info", warning)
        self.model = choice
        self.format_id = logic.default_format(self.workload.runtime, choice)
        self.context = min(self.context, choice.max_context_tokens)
        self.context_changed.emit(self.context)
        self._inputs_changed(rows=self.row_source == "model")

    def _on_file_failed(self, exc: object) -> None:
        self.busy_changed.emit()
        text = " ".join(str(exc).split()) or type(exc).__name__
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
        choice, settings, ctx = self.model, self.workload, self.context
        try:
            fmt = self.fmt
        except (SpecError, ValueError) as exc:
            self._set_plan(None, str(exc))
            return
        cached = self.cells.get((choice.key, fmt.id))
        if cached is not None and cached.plan is not None and self.cells_context == ctx:
            self._set_plan(cached.plan, "")  # the table already planned this exact cell
            return

        def work(_report: Callable[[object], None], _cancel: threading.Event) -> object:
            return logic.compute_plan(choice, fmt, settings, ctx, hw)

        self._plan_runner.start(work)

    def _on_plan_finished(self, result: object) -> None:
        if isinstance(result, Plan):
            self._set_plan(result, "")
        self.busy_changed.emit()

    def _on_plan_failed(self, exc: object) -> None:
        self._set_plan(None, str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        self.busy_changed.emit()

    def _set_plan(self, p: Plan | None, error: str) -> None:
        self.plan, self.plan_error = p, error
        self.plan_changed.emit()

    def _start_chart(self) -> None:
        hw = self.hardware
        assert hw is not None
        choice, settings = self.model, self.workload
        ids = [self.format_id, *[f for f in self.overlay if f != self.format_id]]
        formats = []
        for fid in ids:
            try:
                formats.append(parse_weight_format(fid))
            except (SpecError, ValueError):
                continue
        contexts = logic.chart_contexts(choice.max_context_tokens)

        def work(_report: Callable[[object], None], cancel: threading.Event) -> object:
            out: dict[str, ChartSeries] = {}
            for fmt in formats:
                out[fmt.id] = logic.chart_series(
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
        self.message.emit("error", str(exc))
        self.busy_changed.emit()

    # ----- the fit table ----------------------------------------------------------------------

    def _table_key(self) -> TableKey:
        return (
            self.workload,
            self.hardware,
            tuple(r.key for r in self.rows),
            tuple(f.id for f in self.formats),
        )

    def _show_cached_table(self) -> None:
        """On a context change: show the cached table for that context at once if there is one
        (the slider's hot path), else keep the old cells, marked stale, until the worker fills
        the new ones in."""
        key = self._table_key()
        done = self._cache.get(key, {}).get(self.context)
        if done is not None and len(done) == len(self.rows) * len(self.formats):
            self.cells = dict(done)
            self.cells_context = self.context
            self._cells_key = self._current_key = key
            self.cells_changed.emit()

    def _start_table(self) -> None:
        hw = self.hardware
        assert hw is not None
        key = self._table_key()
        self._current_key = key  # cells computed under another key are now stale
        by_ctx = self._cache.setdefault(key, {})
        if len(self._cache) > 8:  # old settings: drop the oldest tables
            for old in list(self._cache)[:-8]:
                del self._cache[old]
        n_cells = len(self.rows) * len(self.formats)
        current = by_ctx.get(self.context, {})
        if len(current) == n_cells:
            shown = (
                self._cells_key == key
                and self.cells_context == self.context
                and len(self.cells) == n_cells
                and all(self.cells.get(k) is v for k, v in current.items())
            )
            if not shown:  # the slider already showed this stop's cells: do not repaint twice
                self.cells, self.cells_context = dict(current), self.context
                self._cells_key = key
                self.cells_changed.emit()
        stops = self.context_stops()
        reach = _PREFETCH_STOPS if n_cells <= 200 else _PREFETCH_STOPS_LARGE
        here = logic.nearest_stop(stops, self.context)
        order = [self.context]
        for d in range(1, reach + 1):
            for i in (here + d, here - d):
                if 0 <= i < len(stops) and stops[i] not in order:
                    order.append(stops[i])
        todo = [c for c in order if len(by_ctx.get(c, {})) < n_cells]
        if not todo:
            return
        rows, formats, settings = list(self.rows), list(self.formats), self.workload
        known = {c: set(by_ctx.get(c, {})) for c in todo}
        # The selected model's row goes first, so its cell is ready when the user looks at it.
        rows.sort(key=lambda r: r.key != self.model.key)

        def work(report: Callable[[object], None], cancel: threading.Event) -> object:
            for ctx in todo:
                for row in rows:
                    part: dict[tuple[str, str], Cell] = {}
                    for fmt in formats:
                        if cancel.is_set():
                            raise CancelledError
                        if (row.key, fmt.id) in known[ctx]:
                            continue
                        part[(row.key, fmt.id)] = logic.compute_cell(row, fmt, settings, ctx, hw)
                    if part:
                        report((key, ctx, part))
            return None

        self._table_runner.start(work)

    def _on_table_progress(self, part: object) -> None:
        key, ctx, cells = cast(tuple[TableKey, int, dict[tuple[str, str], Cell]], part)
        self._cache.setdefault(key, {}).setdefault(ctx, {}).update(cells)
        if key != self._current_key or ctx != self.context:
            return
        self._cells_key = key
        if self.cells_context != ctx:
            # first fresh row for this context: start from the stale cells, replace as we go
            self.cells_context = ctx
        self.cells.update(cells)
        index = {r.key: i for i, r in enumerate(self.rows)}
        for row_key, _fid in {(k[0], "") for k in cells}:
            if row_key in index:
                self.table_row_changed.emit(index[row_key])
        selected = cells.get((self.model.key, self.format_id))
        if selected is not None and selected.plan is not None and self.plan is None:
            self._set_plan(selected.plan, "")

    def _on_table_failed(self, exc: object) -> None:
        self.message.emit("error", str(exc))
        self.busy_changed.emit()

    def cell_is_stale(self, key: tuple[str, str]) -> bool:
        """True when the cell shown was computed for another context (being recomputed)."""
        cell = self.cells.get(key)
        if cell is None or self._cells_key != self._current_key:
            return True
        top = self._row_max.get(key[0], self.context)
        return cell.context_tokens != max(1, min(self.context, top))
