"""app.table_filter (issue 14 item 10): search, filters, sort and classics of the fit table."""

from __future__ import annotations

import dataclasses

import pytest

from vramscope.app import session
from vramscope.app.table_cache import Cell
from vramscope.app.table_filter import (
    TableFilter,
    families,
    matches_search,
    row_params,
    visible_rows,
)
from vramscope.catalog.models import load_models


@pytest.fixture(scope="module")
def catalog() -> list[session.ModelChoice]:
    return session.catalog_choices()


def _ids(rows: list[session.ModelChoice], shown: list[int]) -> list[str]:
    return [rows[i].model_id for i in shown]


def _cell(verdict: str, tps: float | None, max_ctx: int = 8192, detail: str = "") -> Cell:
    return Cell(verdict, detail, 1, 0, max_ctx, tps, 4096)


def test_historic_models_are_flagged_in_the_catalog() -> None:
    """The catalog's ``historic`` flag marks exactly GPT-2, GPT-3, BLOOM (every size) and T5
    (issue 14 item 10 names them); Llama 2 carries the ``classic`` tag but is not historic."""
    historic = {m.model_id for m in load_models() if m.historic}
    assert historic == {
        "gpt2", "gpt2-medium", "gpt2-large", "gpt2-xl", "gpt-3-175b", "t5-11b",
        "bloom-176b", "bloom-560m", "bloom-1b1", "bloom-1b7", "bloom-3b", "bloom-7b1",
    }  # fmt: skip


def test_default_view_hides_classics_and_starts_small(catalog: list[session.ModelChoice]) -> None:
    """The whole catalog no longer opens on T5-11B, BLOOM-176B, DeepSeek-V3 671B: classics are
    hidden and the smallest model comes first."""
    shown = visible_rows(catalog, {}, [], TableFilter())
    ids = _ids(catalog, shown)
    assert not {"t5-11b", "bloom-176b", "gpt2", "gpt-3-175b"} & set(ids)
    assert ids[0] == "smollm2-135m"  # 134,515,008 parameters: the smallest non-historic entry
    sizes = [row_params(catalog[i]) for i in shown]
    assert sizes == sorted(sizes)
    with_classics = _ids(catalog, visible_rows(catalog, {}, [], TableFilter(classics=True)))
    assert {"t5-11b", "bloom-176b", "gpt2", "gpt-3-175b"} <= set(with_classics)
    assert len(with_classics) == len(catalog)


def test_chosen_model_is_always_a_row(catalog: list[session.ModelChoice]) -> None:
    """Item 11: the chosen model stays visible whatever the search or the classics toggle."""
    f = TableFilter(search="zzz-no-such-model")
    assert visible_rows(catalog, {}, [], f) == []
    kept = visible_rows(catalog, {}, [], f, keep="catalog:bloom-176b")
    assert _ids(catalog, kept) == ["bloom-176b"]


def test_search_matches_every_word(catalog: list[session.ModelChoice]) -> None:
    ids = _ids(catalog, visible_rows(catalog, {}, [], TableFilter(search="qwen2.5 14")))
    assert ids == ["qwen2.5-14b", "qwen2.5-coder-14b"]
    ids = _ids(
        catalog, visible_rows(catalog, {}, [], TableFilter(search="QWEN 14", sort="catalog"))
    )
    assert set(ids) == {
        "qwen2.5-14b",
        "qwen2.5-coder-14b",
        "qwen3-14b",
        "deepseek-r1-distill-qwen-14b",
        "qwen2-57b-a14b",  # "14" is a substring of "a14b": every word still matches
    }
    presets = session.preset_choices()
    like_qwen = [p for p in presets if "Qwen2.5 14B" in p.based_on]
    assert like_qwen and matches_search(like_qwen[0], "qwen2.5 14")


def test_family_and_size_range(catalog: list[session.ModelChoice]) -> None:
    f = TableFilter(family="phi", min_params=4 * 10**9, max_params=15 * 10**9)
    ids = _ids(catalog, visible_rows(catalog, {}, [], f))
    assert ids and all(i.startswith("phi") for i in ids)
    assert all(4e9 <= row_params(catalog[i]) <= 15e9 for i in visible_rows(catalog, {}, [], f))
    assert "phi-4-mini" not in ids  # 3.8B: below the range
    assert "phi" in families(catalog) and "qwen" in families(catalog)


def test_release_date_sort_newest_first(catalog: list[session.ModelChoice]) -> None:
    shown = visible_rows(catalog, {}, [], TableFilter(sort="release"))
    dates = [catalog[i].release_date for i in shown]
    assert dates == sorted(dates, reverse=True)
    newest = max(m.release_date for m in load_models() if not m.historic)
    assert catalog[shown[0]].release_date == newest
    # GPT-2 (2019) is historic: hidden, so it cannot end the list
    assert "gpt2" not in _ids(catalog, shown)


def test_cell_filters_and_sorts_only_hide_and_order(catalog: list[session.ModelChoice]) -> None:
    """Fits on GPU, at least N tok/s, runtime-compatible, sort by speed and by max context:
    judged from the cells, which are never changed; a row still computing stays visible."""
    rows = [
        c for c in catalog if c.model_id in ("qwen2.5-0.5b", "qwen2.5-7b", "qwen2.5-72b", "t5-11b")
    ]
    fmts = ["q4_k_m", "q8_0"]
    cells = {
        ("catalog:qwen2.5-0.5b", "q4_k_m"): _cell("fits_gpu", 300.0, 32768),
        ("catalog:qwen2.5-0.5b", "q8_0"): _cell("fits_gpu", 250.0, 32768),
        ("catalog:qwen2.5-7b", "q4_k_m"): _cell("fits_gpu", 60.0, 16384, "tight"),
        ("catalog:qwen2.5-7b", "q8_0"): _cell("spills_to_ram", 9.0, 65536),
        ("catalog:qwen2.5-72b", "q4_k_m"): _cell("spills_to_ram", 2.0, 4096),
        ("catalog:qwen2.5-72b", "q8_0"): _cell("does_not_fit", 0.5, 0),
        # t5-11b: one error cell, one missing (still computing)
        ("catalog:t5-11b", "q4_k_m"): dataclasses.replace(_cell("error", None), error="no"),
    }
    snapshot = dict(cells)
    base = TableFilter(classics=True, sort="catalog")

    def ids(**changes: object) -> list[str]:
        return [
            rows[i].model_id
            for i in visible_rows(rows, cells, fmts, dataclasses.replace(base, **changes))
        ]

    order = [r.model_id for r in rows]
    assert ids() == order

    def only(*keep: str) -> list[str]:
        return [i for i in order if i in keep]

    # t5 is still computing: kept until every cell is known
    assert ids(fits_gpu_only=True) == only("qwen2.5-0.5b", "qwen2.5-7b", "t5-11b")
    assert ids(min_tps=50) == only("qwen2.5-0.5b", "qwen2.5-7b", "t5-11b")
    assert ids(min_tps=1.0) == order
    cells[("catalog:t5-11b", "q8_0")] = dataclasses.replace(_cell("error", None), error="no")
    assert "t5-11b" not in ids(runtime_compatible_only=True)
    assert "t5-11b" in ids()
    assert ids(sort="speed")[:3] == ["qwen2.5-0.5b", "qwen2.5-7b", "qwen2.5-72b"]
    assert ids(sort="context")[:3] == ["qwen2.5-7b", "qwen2.5-0.5b", "qwen2.5-72b"]
    assert ids(sort="size_desc")[0] == "qwen2.5-72b"
    for key, cell in snapshot.items():  # numbers never change
        assert cells[key] is cell


def test_filter_validates() -> None:
    with pytest.raises(ValueError):
        TableFilter(sort="name")
    with pytest.raises(ValueError):
        TableFilter(min_tps=-1)


def test_only_cell_filters_and_sorts_use_the_cells() -> None:
    """The window refilters on new cells only when the filter reads them."""
    assert not TableFilter().uses_cells
    assert not TableFilter(search="qwen", family="qwen", classics=True, sort="release").uses_cells
    assert TableFilter(fits_gpu_only=True).uses_cells
    assert TableFilter(min_tps=5).uses_cells
    assert TableFilter(runtime_compatible_only=True).uses_cells
    assert TableFilter(sort="speed").uses_cells and TableFilter(sort="context").uses_cells


def test_complete_cells_judge_a_missing_format_absent(catalog: list[session.ModelChoice]) -> None:
    """The window keeps a row whose cells are still coming; ``vramscope fit`` (complete=True)
    skips the formats a row cannot take, so a missing cell there is no reason to keep it."""
    rows = [c for c in catalog if c.model_id in ("qwen2.5-0.5b", "qwen2.5-72b")]
    formats = ["q4_k_m", "mxfp4"]
    cells = {
        ("catalog:qwen2.5-0.5b", "q4_k_m"): _cell("fits_gpu", 300.0),
        ("catalog:qwen2.5-72b", "q4_k_m"): _cell("spills_to_ram", 2.0),
    }
    on_gpu = TableFilter(fits_gpu_only=True, classics=True)
    pending = _ids(rows, visible_rows(rows, cells, formats, on_gpu))
    assert pending == ["qwen2.5-0.5b", "qwen2.5-72b"]  # mxfp4 not computed yet: both kept
    done = _ids(rows, visible_rows(rows, cells, formats, on_gpu, complete=True))
    assert done == ["qwen2.5-0.5b"]
