"""Issue 14 items 7, 10 and 11: verdict symbols and a colour-blind-safe palette, the fit
table's search, filters, sort and classics, the chosen model as a row, the picker's ranking."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from tests._support.window import wait_ready

from vramscope.app.table_filter import row_params
from vramscope.ui import texts
from vramscope.ui.fit_table import CATEGORY_ROLE
from vramscope.ui.main_window import MainWindow

# source: Machado, Oliveira & Fernandes 2009 (IEEE TVCG 15(6)), deuteranopia, severity 1.0
_DEUTERANOPIA = np.array(
    [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ]
)


def _lab(rgb: np.ndarray) -> np.ndarray:
    c = rgb / 255.0
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    m = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
    xyz = m @ lin / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def _deuteranopia(rgb: np.ndarray) -> np.ndarray:
    c = rgb / 255.0
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    out = np.clip(_DEUTERANOPIA @ lin, 0, 1)
    return np.where(out <= 0.0031308, 12.92 * out, 1.055 * out ** (1 / 2.4) - 0.055) * 255


@pytest.mark.parametrize("dark", [False, True])
def test_verdicts_are_not_colour_only_palette_survives_deuteranopia(dark: bool) -> None:
    """Item 7: every verdict has its own symbol, and under a simulated deuteranopia every pair of
    fills stays apart (CIELAB delta E >= 5, about twice a just-noticeable difference) and "All
    on GPU" stays far from "Tight" (the two similar greens of the old palette: delta E 2.9
    between "All on GPU" and "Does not fit" under deuteranopia)."""
    symbols = [texts.category_symbol(c) for c in texts.CATEGORIES]
    assert all(symbols) and len(set(symbols)) == len(symbols)
    colors = texts.verdict_colors(dark)
    lab = {
        k: _lab(_deuteranopia(np.array([fill.red(), fill.green(), fill.blue()], float)))
        for k, (fill, _text) in colors.items()
    }
    for a, b in itertools.combinations(lab, 2):
        assert np.linalg.norm(lab[a] - lab[b]) >= 5, (a, b)
    assert np.linalg.norm(lab["fits_gpu"] - lab["tight"]) >= 30


def test_every_cell_and_legend_chip_says_its_verdict(qtbot, window: MainWindow) -> None:
    """Item 7: each cell's first line starts with its verdict's symbol (after the best pick's
    star), and each legend chip shows the symbol beside the name."""
    model = window.fit_table.model
    seen = set()
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            category = index.data(CATEGORY_ROLE)
            text = str(index.data(Qt.ItemDataRole.DisplayRole))
            symbol = texts.category_symbol(category)
            if symbol:
                assert text.removeprefix("★ ").startswith(symbol + " "), (text, category)
                seen.add(category)
    assert len(seen) >= 2  # an RTX 3060 machine: some presets fit, some spill
    chips = [chip.text() for chip in window.fit_table._legend_chips]
    assert chips == [
        f"{texts.category_symbol(c)} {texts.category_label(c)}" for c in texts.CATEGORIES
    ]


def test_search_filters_sort_and_classics(qtbot, window: MainWindow) -> None:
    """Item 10: the whole catalog starts small with the classics hidden; typing in the search
    box filters rows by name; "Classics" brings GPT-2, GPT-3, BLOOM and T5 back; the sort
    reorders; filters only hide rows, the cells' text stays the same."""
    st = window.state
    table = window.fit_table
    model = table.model
    st.set_row_source("catalog")
    wait_ready(qtbot, st)
    names = [model.row_choice(r).model_id for r in range(model.rowCount())]
    assert names[0] == "smollm2-135m" and "t5-11b" not in names and "bloom-176b" not in names
    sizes = [row_params(model.row_choice(r)) for r in range(model.rowCount())]
    chosen = st.model.key
    # the chosen model (kept whatever the filters) aside, the rows run smallest first
    rest = [s for r, s in enumerate(sizes) if model.row_choice(r).key != chosen]
    assert rest == sorted(rest)

    def text_of(key: str, fmt: str) -> str:
        for r in range(model.rowCount()):
            if model.row_choice(r).key == key:
                col = [f.id for f in st.formats].index(fmt)
                return str(model.index(r, col).data(Qt.ItemDataRole.DisplayRole))
        raise AssertionError(key)

    before = text_of("catalog:qwen2.5-14b", "q4_k_m")
    QTest.keyClicks(table.find_bar.search, "qwen2.5 14")
    shown = {model.row_choice(r).model_id for r in range(model.rowCount())}
    assert shown == {"qwen2.5-14b", "qwen2.5-coder-14b", st.model.model_id}
    assert text_of("catalog:qwen2.5-14b", "q4_k_m") == before  # numbers never change
    assert "models shown" in table.status.text() or table._status_timer.isActive()
    table.find_bar.search.clear()

    table.find_bar.classics.setChecked(True)
    shown = {model.row_choice(r).model_id for r in range(model.rowCount())}
    assert {"t5-11b", "bloom-176b", "gpt2", "gpt-3-175b"} <= shown
    assert model.rowCount() == len(st.rows)
    table.find_bar.classics.setChecked(False)

    table.find_bar.sort.setCurrentIndex(table.find_bar.sort.findData("release"))
    dates = [model.row_choice(r).release_date for r in range(model.rowCount())]
    assert [d for d in dates if d] == sorted((d for d in dates if d), reverse=True)

    table.find_bar.fits_gpu.setChecked(True)
    for r in range(model.rowCount()):
        row = model.row_choice(r)
        if row.key == chosen:
            continue
        categories = {st.cells[(row.key, f.id)].category for f in st.formats}
        assert categories & {"fits_gpu", "tight"}, row.model_id
    assert model.rowCount() < len(st.rows)
    table.find_bar.fits_gpu.setChecked(False)

    family = table.find_bar.family
    family.setCurrentIndex(family.findData("phi"))
    assert {model.row_choice(r).group for r in range(model.rowCount())} <= {"phi", st.model.group}


def test_chosen_model_is_a_row_whatever_the_filter(qtbot, window: MainWindow) -> None:
    """Item 11: the chosen catalog model stays a row of the table, even when the search or the
    classics toggle would hide it."""
    st = window.state
    model = window.fit_table.model
    st.set_row_source("catalog")
    st.set_model("catalog:gpt2")
    wait_ready(qtbot, st)
    QTest.keyClicks(window.fit_table.find_bar.search, "no such model")
    assert [model.row_choice(r).key for r in range(model.rowCount())] == ["catalog:gpt2"]


def test_picker_ranks_the_real_model_above_the_preset(qtbot, window: MainWindow) -> None:
    """Item 11: typing "qwen2.5 14" in the model picker lists the real Qwen2.5 14B first, above
    the preset "13-14B (like Qwen2.5 14B)"."""
    combo = window.run_panel.model_combo
    line = combo.lineEdit()
    assert line is not None
    line.clear()
    QTest.keyClicks(line, "qwen2.5 14")
    completer = combo.completer()
    assert completer is not None
    listed = completer.model()
    texts_listed = [listed.index(r, 0).data() for r in range(listed.rowCount())]
    assert texts_listed[0] == "Qwen2.5 14B"
    preset = next(t for t in texts_listed if "like Qwen2.5 14B" in t)
    assert texts_listed.index(preset) > 0
    # picking the first match chooses that model
    completer.activated[str].emit(texts_listed[0])  # type: ignore[index]
    assert window.state.model.key == "catalog:qwen2.5-14b"
