"""The fit table without widgets: one cell's computation (shared with ``vramscope fit``), the
slider's stops, the cache and what it computes ahead."""

from __future__ import annotations

import itertools
from pathlib import Path

from vramscope.app import session, table_cache
from vramscope.app.session import RunSettings
from vramscope.app.table_cache import TableCache
from vramscope.core.formats import parse_weight_format
from vramscope.core.hardware import GpuDevice, Hardware
from vramscope.core.plan import plan
from vramscope.core.units import GIB
from vramscope.core.workload import Workload

HW = Hardware((GpuDevice("RTX 3060", 12 * GIB, 11 * GIB, 360 * 10**9),), 32 * GIB, 28 * GIB)
Q4 = parse_weight_format("q4_k_m")


def _choice(model_id: str) -> session.ModelChoice:
    return session.catalog_choice(model_id)


def test_context_stops_are_log_spaced_from_512_to_the_maximum() -> None:
    stops = table_cache.context_stops(131_072)
    assert stops[0] == 512 and stops[-1] == 131_072
    assert all(b > a for a, b in itertools.pairwise(stops))
    assert 4096 in stops and 32768 in stops
    assert table_cache.context_stops(300) == [512]


def test_nearest_stop_on_log_scale() -> None:
    stops = table_cache.context_stops(131_072)
    assert stops[table_cache.nearest_stop(stops, 4000)] == 4096


def test_prefetch_goes_outwards_from_the_current_context() -> None:
    stops = table_cache.context_stops(131_072)
    here = stops.index(4096)
    order = table_cache.prefetch_contexts(stops, 4096, n_cells=50)
    assert order[:3] == [4096, stops[here + 1], stops[here - 1]]
    assert len(order) == 1 + 2 * table_cache.PREFETCH_STOPS
    big = table_cache.prefetch_contexts(stops, 4096, n_cells=table_cache.LARGE_TABLE_CELLS + 1)
    assert len(big) == 1 + 2 * table_cache.PREFETCH_STOPS_LARGE
    # a context between stops is computed first, then its neighbours
    assert table_cache.prefetch_contexts(stops, 5000, 50)[0] == 5000


def test_formats_follow_the_runtime() -> None:
    gguf = {f.family for f in session.formats_for("llama.cpp")}
    assert gguf <= {"gguf", "float"}
    torch = [f.id for f in session.formats_for("vllm")]
    assert "int8" not in torch and "nf4" in torch and "q4_k_m" not in torch


def test_cell_equals_the_core_plan() -> None:
    c = _choice("llama-3.1-8b")
    cell = table_cache.compute_cell(c, Q4, RunSettings(), 8192, HW)
    p = plan(c.spec, Q4, Workload(context_tokens=8192), HW)
    assert cell.verdict == p.verdict
    assert cell.peak_gpu_bytes == p.estimate.peak_gpu_bytes
    assert cell.max_context_tokens == p.max_context_tokens
    assert cell.tokens_per_s == p.tokens_per_second


def test_cell_context_is_clamped_to_the_models_maximum() -> None:
    c = _choice("llama-3.1-8b")
    top = c.spec.max_context_tokens
    cell = table_cache.compute_cell(c, Q4, RunSettings(), top * 4, HW)
    assert cell.context_tokens == top
    assert cell.plan is not None and cell.plan.estimate.workload.context_tokens == top


def test_cell_for_a_format_the_runtime_cannot_load_is_an_error_cell() -> None:
    c = _choice("llama-3.1-8b")
    cell = table_cache.compute_cell(c, parse_weight_format("nf4"), RunSettings(), 4096, HW)
    assert cell.category == "error" and "llama.cpp" in cell.error and cell.plan is None


def test_table_rows_by_source() -> None:
    catalog = session.catalog_choices()
    presets = session.preset_choices()
    current = catalog[3]
    rows = table_cache.table_rows
    assert rows("catalog", current, presets=presets, catalog=catalog) == catalog
    assert rows("model", current, presets=presets, catalog=catalog) == [current]
    # issue 14 item 11: the chosen model is a row beside the presets (once)
    assert rows("presets", current, presets=presets, catalog=catalog) == [*presets, current]
    assert rows("presets", presets[2], presets=presets, catalog=catalog) == presets
    # presets that could not be read: the catalog stands in
    assert rows("presets", current, presets=[], catalog=catalog) == catalog


def test_opened_file_is_one_row_not_also_its_catalog_copy(tmp_path: Path) -> None:
    """An opened file is kept in the user's catalog (issue 15); beside the file's own row the
    "Whole catalog" view leaves that copy out, whether a GGUF or a folder was opened."""
    from dataclasses import replace

    gguf = tmp_path / "model.gguf"
    gguf.write_bytes(b"")
    folder = tmp_path / "model-folder"
    folder.mkdir()
    base = _choice("qwen3-8b")
    copy_of_gguf = replace(base, key="catalog:model", source_file=str(gguf))
    copy_of_folder = replace(base, key="catalog:model-folder",
                             source_file=str(folder / "config.json"))  # fmt: skip
    other = replace(base, key="catalog:other", source_file=str(tmp_path / "other.gguf"))
    catalog = [base, copy_of_gguf, copy_of_folder, other]
    opened = [replace(base, key=f"file:{gguf}"), replace(base, key=f"file:{folder}")]
    rows = table_cache.table_rows("catalog", None, presets=[], catalog=catalog, files=opened)
    assert [r.key for r in rows] == [*(f.key for f in opened), base.key, other.key]


def test_fit_rows_put_the_classics_last() -> None:
    rows = table_cache.fit_rows()
    assert {r.key for r in rows} == {c.key for c in session.catalog_choices()}
    groups = [r.group for r in rows]
    classic = [i for i, g in enumerate(groups) if g == "classic"]
    assert classic and classic == list(range(len(rows) - len(classic), len(rows)))


def _job_args(rows: list[session.ModelChoice], context: int = 4096) -> dict[str, object]:
    formats = [Q4, parse_weight_format("q8_0")]
    return {
        "rows": rows,
        "formats": formats,
        "run": RunSettings(),
        "hardware": HW,
        "context": context,
        "stops": table_cache.context_stops(131_072),
    }


def test_a_job_fills_the_cache_and_then_nothing_is_left() -> None:
    rows = [_choice("llama-3.1-8b"), _choice("qwen2.5-14b")]
    cache = TableCache()
    job = cache.job(**_job_args(rows), first_row=rows[1].key)  # type: ignore[arg-type]
    assert job is not None and job.contexts[0] == 4096
    assert job.rows[0] is rows[1]  # the selected model's row first
    parts = list(job.cells())
    assert len(parts) == len(job.contexts) * len(rows)
    for ctx, cells in parts:
        cache.add(job.key, ctx, cells)
    full = cache.complete(job.key, 4096, n_cells=4)
    assert full is not None and set(full) == {(r.key, f) for r in rows for f in ("q4_k_m", "q8_0")}
    cell = full[(rows[0].key, "q4_k_m")]
    assert cell == table_cache.compute_cell(rows[0], Q4, RunSettings(), 4096, HW)
    assert cache.job(**_job_args(rows)) is None  # type: ignore[arg-type]


def test_known_cells_are_not_computed_again() -> None:
    rows = [_choice("llama-3.1-8b")]
    cache = TableCache()
    job = cache.job(**_job_args(rows))  # type: ignore[arg-type]
    assert job is not None
    ctx, cells = next(iter(job.cells()))
    one = dict(itertools.islice(cells.items(), 1))
    cache.add(job.key, ctx, one)
    again = cache.job(**_job_args(rows))  # type: ignore[arg-type]
    assert again is not None and again.known[ctx] == frozenset(one)
    redone = dict(p for c, part in again.cells() if c == ctx for p in part.items())
    assert set(redone) == set(cells) - set(one)


def test_cancelling_stops_a_job() -> None:
    job = TableCache().job(**_job_args([_choice("llama-3.1-8b")]))  # type: ignore[arg-type]
    assert job is not None
    assert list(job.cells(cancelled=lambda: True)) == []


def test_the_oldest_tables_are_dropped() -> None:
    cache = TableCache(max_tables=2)
    cell = table_cache.compute_cell(_choice("llama-3.1-8b"), Q4, RunSettings(), 4096, HW)
    keys = [("a",), ("b",), ("c",)]
    for k in keys:
        cache.add(k, 4096, {("m", "f"): cell})
    assert cache.cells(("a",), 4096) == {}
    assert cache.cells(("c",), 4096) == {("m", "f"): cell}
    assert cache.complete(("b",), 4096, n_cells=1) == {("m", "f"): cell}
    assert cache.complete(("b",), 4096, n_cells=2) is None


def test_seed_reuses_the_cells_of_shared_rows() -> None:
    """Issue 14 item 11: the chosen model is a row beside the presets, so choosing another model
    changes the rows; the presets' cells computed before are reused, not computed again."""
    old_rows = [_choice("llama-3.1-8b"), _choice("qwen2.5-14b")]
    new_rows = [old_rows[0], _choice("qwen2.5-7b")]
    cache = TableCache()
    job = cache.job(**_job_args(old_rows))  # type: ignore[arg-type]
    assert job is not None
    for ctx, cells in job.cells():
        cache.add(job.key, ctx, cells)
    args = _job_args(new_rows)
    new_key = TableCache.key(RunSettings(), HW, new_rows, args["formats"])  # type: ignore[arg-type]
    cache.seed(new_key)
    seeded = cache.cells(new_key, 4096)
    assert set(seeded) == {(old_rows[0].key, f) for f in ("q4_k_m", "q8_0")}
    assert (
        seeded[(old_rows[0].key, "q4_k_m")]
        is cache.cells(job.key, 4096)[(old_rows[0].key, "q4_k_m")]
    )
    again = cache.job(**args)  # type: ignore[arg-type]
    assert again is not None
    assert {k[0] for _c, part in again.cells() for k in part} == {new_rows[1].key}
