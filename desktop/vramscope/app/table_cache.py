"""The fit table (models x weight formats): one cell's computation, the cache of whole tables
per context, and which contexts to compute ahead of the slider.

``vramscope fit`` and the window's table both call :func:`compute_cell`, so a cell shows what
the command line prints. The window runs :meth:`TableJob.cells` on a worker thread and keeps
the results in a :class:`TableCache`; nothing here knows Qt.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from vramscope.catalog.user import all_models
from vramscope.core import Hardware, Plan, SpecError, WeightFormat

from .present.errors import error_text
from .session import CONTEXT_MIN_TOKENS, ModelChoice, RunSettings, from_catalog, plan_for

__all__ = [
    "ROW_SOURCES",
    "Cell",
    "CellKey",
    "RowSource",
    "TableCache",
    "TableJob",
    "TableKey",
    "cell_plan",
    "clamp_context",
    "compute_cell",
    "context_stops",
    "fit_rows",
    "nearest_stop",
    "plan_category",
    "prefetch_contexts",
    "table_rows",
]

RowSource = str  # "presets" | "catalog" | "model"
ROW_SOURCES: tuple[RowSource, ...] = ("presets", "catalog", "model")
CellKey = tuple[str, str]  # (row key, format id)
TableKey = tuple[object, ...]

# The slider moves on stops spaced by sqrt(2) (two per octave): fine enough to read the curve,
# few enough that the table for every stop can be cached.
_STOPS_PER_OCTAVE = 2
# How many slider stops on each side of the current one are computed ahead; a catalog-sized
# table (hundreds of cells) takes seconds per stop, so it looks only one stop ahead.
PREFETCH_STOPS = 3
PREFETCH_STOPS_LARGE = 1
LARGE_TABLE_CELLS = 200
# Tables kept for earlier settings (runtime, hardware, rows): going back is instant.
MAX_CACHED_TABLES = 8


@dataclass(frozen=True, slots=True)
class Cell:
    """One fit-table cell: a plan summarised, plus the plan itself for tooltips and selection."""

    verdict: str
    detail: str
    peak_gpu_bytes: int
    peak_ram_bytes: int
    max_context_tokens: int
    tokens_per_s: float | None
    context_tokens: int
    plan: Plan | None = field(default=None, compare=False)
    error: str = ""
    error_exc: ValueError | None = field(default=None, compare=False)
    # RAM that must fit (``Estimate.needed_ram_bytes``); ``peak_ram_bytes`` is the resident RAM
    # a task manager shows, reclaimable mapped file pages included
    needed_ram_bytes: int = 0

    @property
    def needed_bytes(self) -> int:
        """What the cell shows: the memory the run needs, GPUs and RAM together."""
        return self.peak_gpu_bytes + self.needed_ram_bytes

    @property
    def category(self) -> str:
        """The colour class: fits_gpu, tight, kv_in_ram, layers_in_ram, shared_memory_spill..."""
        if self.error:
            return "error"
        return plan_category(self.verdict, self.detail)


def plan_category(verdict: str, detail: str) -> str:
    """A plan's colour class: its verdict, or the kind of spill, or "tight" for a fit whose
    band's upper edge does not fit."""
    if verdict == "spills_to_ram":
        # experts in RAM are layers' weights in RAM: the same colour and legend entry
        return "layers_in_ram" if detail in ("", "experts_in_ram") else detail
    if verdict == "fits_gpu" and detail == "tight":
        return "tight"
    return verdict


def clamp_context(choice: ModelChoice, context_tokens: int) -> int:
    """Every row uses the same context, clamped to the row's own maximum (as ``vramscope fit``)."""
    return max(1, min(context_tokens, choice.spec.max_context_tokens))


def cell_plan(
    choice: ModelChoice,
    fmt: WeightFormat,
    run: RunSettings,
    context_tokens: int,
    hardware: Hardware,
) -> Plan:
    """The plan behind a cell (the window's selected model): :func:`session.plan_for` at the
    context clamped to the model's maximum. Raises SpecError."""
    return plan_for(choice, fmt, run, clamp_context(choice, context_tokens), hardware)


def compute_cell(
    choice: ModelChoice,
    fmt: WeightFormat,
    run: RunSettings,
    context_tokens: int,
    hardware: Hardware,
) -> Cell:
    """One table cell; an impossible combination becomes a cell with ``error`` set."""
    ctx = clamp_context(choice, context_tokens)
    try:
        p = cell_plan(choice, fmt, run, ctx, hardware)
    except (SpecError, ValueError) as exc:
        return Cell("error", "", 0, 0, 0, None, ctx, None, error_text(exc).splitlines()[0], exc)
    return Cell(
        verdict=p.verdict,
        detail=p.detail,
        peak_gpu_bytes=p.estimate.peak_gpu_bytes,
        peak_ram_bytes=p.estimate.peak_ram_bytes,
        max_context_tokens=p.max_context_tokens,
        tokens_per_s=p.tokens_per_second,
        context_tokens=ctx,
        plan=p,
        needed_ram_bytes=p.estimate.needed_ram_bytes,
    )


def fit_rows() -> list[ModelChoice]:
    """``vramscope fit``'s rows: the catalog (the user's own entries as the family ``user``),
    families alphabetically, the classics last, each family by size."""
    order = sorted(
        all_models(), key=lambda m: (m.family == "classic", m.family, m.params_published)
    )
    return [from_catalog(m) for m in order]


def table_rows(
    source: RowSource,
    current: ModelChoice | None,
    *,
    presets: Sequence[ModelChoice],
    catalog: Sequence[ModelChoice],
    files: Sequence[ModelChoice] = (),
) -> list[ModelChoice]:
    """Rows of the fit table: size presets, the whole catalog, or the chosen model alone (the
    catalog stands in for presets that could not be read). The chosen model is always a row:
    beside the size presets it comes last (the window's sort places it). The model files
    opened in this session (``files``) are rows too: first beside the catalog, after the
    presets beside them (issue 14 item 11: an opened file is "added to the table")."""
    if source == "model" and current is not None:
        return [current]
    if source == "catalog":
        opened = _opened_paths(files)
        return [
            *files,
            *(
                c
                for c in catalog
                if all(f.key != c.key for f in files) and not _copy_of_opened(c, opened)
            ),
        ]
    base = list(presets) or list(catalog)
    rows = [*base, *(f for f in files if all(b.key != f.key for b in base))]
    if current is not None and all(r.key != current.key for r in rows):
        rows.append(current)
    return rows


def _opened_paths(files: Sequence[ModelChoice]) -> set[Path]:
    return {Path(f.key.removeprefix("file:")).resolve() for f in files}


def _copy_of_opened(choice: ModelChoice, opened: set[Path]) -> bool:
    """Whether ``choice`` is the user-catalog entry the window made for an opened file (the
    file itself, or the config.json of an opened folder)."""
    if not choice.source_file or not opened:
        return False
    source = Path(choice.source_file).resolve()
    return source in opened or source.parent in opened


def context_stops(max_tokens: int) -> list[int]:
    """Slider stops from 512 to ``max_tokens`` on a log scale, rounded to 256 tokens."""
    top = max(max_tokens, CONTEXT_MIN_TOKENS)
    stops: list[int] = []
    k = 0
    while True:
        value = CONTEXT_MIN_TOKENS * 2 ** (k / _STOPS_PER_OCTAVE)
        tokens = int(round(value / 256) * 256)
        if tokens >= top:
            break
        if not stops or tokens > stops[-1]:
            stops.append(tokens)
        k += 1
    stops.append(top)
    return stops


def nearest_stop(stops: Sequence[int], tokens: int) -> int:
    """Index of the stop closest to ``tokens`` on the log scale."""
    target = math.log(max(tokens, 1))
    return min(range(len(stops)), key=lambda i: abs(math.log(stops[i]) - target))


def prefetch_contexts(stops: Sequence[int], context: int, n_cells: int) -> list[int]:
    """``context`` first, then the stops around it, nearest first: where the slider goes next."""
    reach = PREFETCH_STOPS if n_cells <= LARGE_TABLE_CELLS else PREFETCH_STOPS_LARGE
    here = nearest_stop(stops, context)
    order = [context]
    for d in range(1, reach + 1):
        for i in (here + d, here - d):
            if 0 <= i < len(stops) and stops[i] not in order:
                order.append(stops[i])
    return order


@dataclass(frozen=True, slots=True)
class TableJob:
    """The cells still missing from a table, in the order to compute them."""

    key: TableKey
    contexts: tuple[int, ...]
    rows: tuple[ModelChoice, ...]
    formats: tuple[WeightFormat, ...]
    run: RunSettings
    hardware: Hardware
    known: Mapping[int, frozenset[CellKey]]

    def cells(
        self, cancelled: Callable[[], bool] = lambda: False
    ) -> Iterator[tuple[int, dict[CellKey, Cell]]]:
        """One ``(context, cells)`` part per row and context; stops early when ``cancelled``."""
        for ctx in self.contexts:
            for row in self.rows:
                part: dict[CellKey, Cell] = {}
                for fmt in self.formats:
                    if cancelled():
                        return
                    if (row.key, fmt.id) in self.known[ctx]:
                        continue
                    part[(row.key, fmt.id)] = compute_cell(row, fmt, self.run, ctx, self.hardware)
                if part:
                    yield ctx, part


class TableCache:
    """Finished and partial tables: cells by table key (settings, hardware, rows, columns) and
    context. Thread-safe, so workers can add while the GUI thread reads."""

    def __init__(self, max_tables: int = MAX_CACHED_TABLES) -> None:
        self._max = max_tables
        self._tables: dict[TableKey, dict[int, dict[CellKey, Cell]]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def key(
        run: RunSettings,
        hardware: Hardware | None,
        rows: Sequence[ModelChoice],
        formats: Sequence[WeightFormat],
    ) -> TableKey:
        """What a table's cells depend on, apart from the context."""
        return (run, hardware, tuple(r.key for r in rows), tuple(f.id for f in formats))

    def cells(self, key: TableKey, context: int) -> dict[CellKey, Cell]:
        """A copy of the cells known for ``key`` at ``context`` (maybe partial)."""
        with self._lock:
            return dict(self._tables.get(key, {}).get(context, {}))

    def complete(self, key: TableKey, context: int, n_cells: int) -> dict[CellKey, Cell] | None:
        """The whole table at ``context``, or None while cells are missing."""
        found = self.cells(key, context)
        return found if len(found) == n_cells else None

    def add(self, key: TableKey, context: int, cells: Mapping[CellKey, Cell]) -> None:
        with self._lock:
            self._tables.setdefault(key, {}).setdefault(context, {}).update(cells)
            self._evict()

    def seed(self, key: TableKey) -> None:
        """Fill the table ``key`` with the cells other cached tables computed under the same
        settings, hardware and formats for rows it shares: the presets' cells stay when only
        the chosen model (a row of its own) changes. Keys are :meth:`key`'s tuples."""
        run, hardware, rows, formats = key
        wanted = set(rows) if isinstance(rows, tuple) else set()
        with self._lock:
            target = self._tables.setdefault(key, {})
            for other, by_ctx in self._tables.items():
                if other == key or other[0] != run or other[1] != hardware or other[3] != formats:
                    continue
                for ctx, cells in by_ctx.items():
                    into = target.setdefault(ctx, {})
                    for cell_key, cell in cells.items():
                        if cell_key[0] in wanted:
                            into.setdefault(cell_key, cell)
            self._evict()

    def _evict(self) -> None:
        # dicts keep insertion order: the oldest settings go first
        for old in list(self._tables)[: -self._max]:
            del self._tables[old]

    def job(
        self,
        *,
        rows: Sequence[ModelChoice],
        formats: Sequence[WeightFormat],
        run: RunSettings,
        hardware: Hardware,
        context: int,
        stops: Sequence[int],
        first_row: str = "",
    ) -> TableJob | None:
        """What is left to compute for this table around ``context``; None when nothing is.
        The ``first_row`` (the selected model) goes first, so its cell is ready soonest."""
        key = self.key(run, hardware, rows, formats)
        n_cells = len(rows) * len(formats)
        with self._lock:
            by_ctx = self._tables.setdefault(key, {})
            self._evict()
            todo = [
                c
                for c in prefetch_contexts(stops, context, n_cells)
                if len(by_ctx.get(c, {})) < n_cells
            ]
            known = {c: frozenset(by_ctx.get(c, {})) for c in todo}
        if not todo:
            return None
        ordered = sorted(rows, key=lambda r: r.key != first_row)
        return TableJob(key, tuple(todo), tuple(ordered), tuple(formats), run, hardware, known)
