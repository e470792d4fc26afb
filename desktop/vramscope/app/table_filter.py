"""Which fit-table rows to show and in what order: search, filters, sort, classics.

Qt-free, so the window and ``vramscope fit`` can share it and tests need no widgets. A filter
only hides and orders rows: it never changes a cell's numbers, so what stays visible reads
exactly as ``vramscope fit --json`` prints it.

Filters on verdicts or speeds (``fits_gpu_only``, ``min_tps``, ``runtime_compatible_only``)
judge a row by its cells at the current context; a row whose cells are still being computed
stays visible until they are known, so rows never vanish for lack of data.
"""

from __future__ import annotations

import argparse
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from vramscope.core import ModelSpec, param_counts

from .session import ModelChoice
from .table_cache import Cell, CellKey

__all__ = [
    "SORT_KEYS",
    "TableFilter",
    "add_filter_options",
    "families",
    "filter_from_args",
    "filter_json",
    "matches_search",
    "parse_params",
    "row_params",
    "visible_rows",
]

# "size" (smallest first) is the default: the first rows are the models most machines can run,
# instead of the catalog's file order (which opened on T5-11B, BLOOM-176B, DeepSeek-V3 671B).
SORT_KEYS: tuple[str, ...] = ("size", "size_desc", "speed", "context", "release", "catalog")

# Verdicts that keep the whole model on the GPU(s): the "fits on GPU" filter.
_ON_GPU = frozenset({"fits_gpu", "tight"})


@dataclass(frozen=True, slots=True)
class TableFilter:
    """What the user asked the table to show. The default shows every row but the historic
    ones, smallest first."""

    search: str = ""
    fits_gpu_only: bool = False
    min_tps: float = 0.0  # 0: no speed filter
    family: str = ""  # "" = every family; else ModelChoice.group
    min_params: int = 0  # total parameters, inclusive
    max_params: int = 0  # 0: no upper bound
    runtime_compatible_only: bool = False
    classics: bool = False  # show the historic models (GPT-2, GPT-3, BLOOM, T5)
    sort: str = "size"

    @property
    def uses_cells(self) -> bool:
        """Whether the rows shown or their order depend on the cells (so new cells, as the
        slider moves, may change them); False spares the window's hot path the filtering."""
        cell_filter = self.fits_gpu_only or self.min_tps > 0 or self.runtime_compatible_only
        return cell_filter or self.sort in ("speed", "context")

    def __post_init__(self) -> None:
        if self.sort not in SORT_KEYS:
            raise ValueError(f"sort must be one of {SORT_KEYS}, not {self.sort!r}")
        if self.min_tps < 0 or self.min_params < 0 or self.max_params < 0:
            raise ValueError("filter bounds must not be negative")


def matches_search(choice: ModelChoice, query: str) -> bool:
    """True when every word of ``query`` is part of the row's name, id, family or (for a preset)
    the model it borrows from, ignoring case: "qwen 14" finds "Qwen2.5 14B"."""
    words = query.casefold().split()
    if not words:
        return True
    hay = " ".join((choice.name, choice.model_id, choice.group, choice.based_on)).casefold()
    return all(w in hay for w in words)


@functools.lru_cache(maxsize=4096)
def _params_of(spec: ModelSpec) -> int:
    # core's own cache holds 128 specs; the whole catalog and the presets are more than that
    return param_counts(spec).total


def row_params(choice: ModelChoice) -> int:
    """A row's total parameters (the size filter and sort): counted from its architecture, as
    the estimate and ``vramscope fit --json``'s ``params_total`` count them."""
    return _params_of(choice.spec)


def families(rows: Sequence[ModelChoice]) -> list[str]:
    """The families (``ModelChoice.group``) present in ``rows``, sorted: the family filter."""
    return sorted({r.group for r in rows})


def _row_cells(
    row: ModelChoice, cells: Mapping[CellKey, Cell], formats: Sequence[str]
) -> list[Cell]:
    return [c for f in formats if (c := cells.get((row.key, f))) is not None]


def _passes_cells(
    row: ModelChoice,
    cells: Mapping[CellKey, Cell],
    formats: Sequence[str],
    f: TableFilter,
    complete: bool,
) -> bool:
    if not (f.fits_gpu_only or f.min_tps > 0 or f.runtime_compatible_only):
        return True
    known = _row_cells(row, cells, formats)
    if len(known) < len(formats) and not complete:
        return True  # still computing: judge it once every cell is known
    usable = [c for c in known if not c.error]
    if f.runtime_compatible_only and not usable:
        return False
    if f.fits_gpu_only and not any(c.category in _ON_GPU for c in usable):
        return False
    if f.min_tps > 0:
        # the speed of a cell that runs at all (a model that does not fit has no speed to use)
        fast = [
            c
            for c in usable
            if c.verdict != "does_not_fit"
            and c.tokens_per_s is not None
            and c.tokens_per_s >= f.min_tps
        ]
        if not fast:
            return False
    return True


def _best_speed(row: ModelChoice, cells: Mapping[CellKey, Cell], formats: Sequence[str]) -> float:
    speeds = [
        c.tokens_per_s
        for c in _row_cells(row, cells, formats)
        if not c.error and c.verdict != "does_not_fit" and c.tokens_per_s is not None
    ]
    return max(speeds, default=-1.0)


def _best_context(row: ModelChoice, cells: Mapping[CellKey, Cell], formats: Sequence[str]) -> int:
    known = _row_cells(row, cells, formats)
    return max((c.max_context_tokens for c in known if not c.error), default=-1)


def visible_rows(
    rows: Sequence[ModelChoice],
    cells: Mapping[CellKey, Cell],
    formats: Sequence[str],
    f: TableFilter,
    *,
    keep: str = "",
    complete: bool = False,
) -> list[int]:
    """Indices into ``rows`` of the rows to show, in display order.

    ``formats`` are the table's format ids; ``keep`` is a row key that is always shown (the
    chosen model: the headline and the table must not lose each other), whatever the filters.
    ``complete`` says ``cells`` holds every cell there will be (``vramscope fit``, which skips
    the combinations a row cannot take): a missing cell is then judged absent, not pending.
    """
    shown: list[int] = []
    for i, row in enumerate(rows):
        if row.key == keep:
            shown.append(i)
            continue
        if row.historic and not f.classics:
            continue
        if f.family and row.group != f.family:
            continue
        params = row_params(row)
        if params < f.min_params or (f.max_params and params > f.max_params):
            continue
        if not matches_search(row, f.search):
            continue
        if not _passes_cells(row, cells, formats, f, complete):
            continue
        shown.append(i)
    if f.sort == "catalog":
        return shown
    if f.sort in ("size", "size_desc"):
        sign = -1 if f.sort == "size_desc" else 1
        return sorted(shown, key=lambda i: (sign * row_params(rows[i]), i))
    if f.sort == "speed":  # fastest first; rows not computed yet last
        return sorted(shown, key=lambda i: (-_best_speed(rows[i], cells, formats), i))
    if f.sort == "context":  # largest context that fits first
        return sorted(shown, key=lambda i: (-_best_context(rows[i], cells, formats), i))
    # "release": newest first; presets and files (no date) last, smallest first
    dated = sorted(
        (i for i in shown if rows[i].release_date),
        key=lambda i: (rows[i].release_date, -i),
        reverse=True,
    )
    undated = sorted(
        (i for i in shown if not rows[i].release_date), key=lambda i: (row_params(rows[i]), i)
    )
    return dated + undated


# ----- the command line (``vramscope fit``): the window's filters as options -----------------

_GIGA = 1_000_000_000
_PARAM_UNITS = {"": _GIGA, "k": 1_000, "m": 1_000_000, "b": _GIGA, "t": 1_000 * _GIGA}
_PARAMS_RE = re.compile(r"\s*(\d+(?:\.\d*)?|\.\d+)\s*([kmbt]?)\s*", re.IGNORECASE)


def parse_params(text: str) -> int:
    """A model size as ``--min-params``/``--max-params`` take it: "7", "7B", "1.5B", "500M" or
    "1T"; a bare number counts billions, as the window's size boxes do."""
    m = _PARAMS_RE.fullmatch(text)
    if m is None:
        raise argparse.ArgumentTypeError(
            f"expected a size such as 7, 7B, 1.5B or 500M, got {text[:40]!r}"
        )
    return round(float(m.group(1)) * _PARAM_UNITS[m.group(2).lower()])


def _tps(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(f"expected tokens per second >= 0, got {text[:40]!r}")
    return value


def add_filter_options(p: argparse.ArgumentParser) -> None:
    """``vramscope fit``'s row filters: the window's search box, sort, Filters menu and
    Classics toggle (:class:`TableFilter`), one option each."""
    g = p.add_argument_group("rows (the window's search, sort and filters)")
    g.add_argument("--search", default="", metavar="TEXT", help="rows whose name has every word")
    g.add_argument(
        "--sort",
        choices=SORT_KEYS,
        default="catalog",
        help="row order: size (smallest first), size_desc, speed (fastest format first), "
        "context (largest that fits first), release (newest first), catalog (default: by "
        "family, then size)",
    )
    g.add_argument("--family", default="", metavar="NAME", help="one family (llama, qwen, ...)")
    g.add_argument("--min-params", type=parse_params, default=0, metavar="SIZE", help="e.g. 7B")
    g.add_argument("--max-params", type=parse_params, default=0, metavar="SIZE", help="e.g. 70B")
    g.add_argument(
        "--fits-gpu",
        action="store_true",
        help="only models with a format that runs all on the GPU",
    )
    g.add_argument(
        "--min-tps",
        type=_tps,
        default=0.0,
        metavar="N",
        help="only models with a format that runs at N tokens/s or faster (--min-speed only "
        "picks the best format)",
    )
    g.add_argument(
        "--runtime-compatible",
        action="store_true",
        help="hide models the runtime cannot load in any format",
    )
    g.add_argument(
        "--classics",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="the historic models (GPT-2, GPT-3, BLOOM, T5); --no-classics hides them",
    )


def filter_from_args(args: argparse.Namespace) -> TableFilter:
    """The filter :func:`add_filter_options`' options describe."""
    return TableFilter(
        search=args.search,
        fits_gpu_only=args.fits_gpu,
        min_tps=args.min_tps,
        family=args.family,
        min_params=args.min_params,
        max_params=args.max_params,
        runtime_compatible_only=args.runtime_compatible,
        classics=args.classics,
        sort=args.sort,
    )


def filter_json(f: TableFilter) -> dict[str, Any]:
    """The filter as ``vramscope fit --json`` reports it (every field, by its name)."""
    return asdict(f)
