"""Issue 14 items 6 (the chart) and 8 (layout at every size): one test per complaint."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from tests._support.window import wait_ready

from vramscope.app.present import format_tokens, size_value
from vramscope.ui.chart_legend import ChartLegend, LegendEntry, blend
from vramscope.ui.flow_layout import FlowLayout
from vramscope.ui.main_window import MainWindow


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def _spill(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Llama 3.1 70B on the 12 GB RTX 3060: far past the GPU, the case where the free-VRAM
    label used to vanish under the stacked area."""
    window.state.set_model("catalog:llama-3.1-70b")
    wait_ready(qtbot, window.state)
    _settle()


# ----- item 6: the chart ------------------------------------------------------------------------


def test_chart_legend_sits_outside_the_plot(qtbot, window: MainWindow) -> None:
    """The legend is a row of chips under the plot, not an item over the limit lines."""
    _spill(qtbot, window)
    chart = window.chart
    assert chart.plot.legend is None  # no pyqtgraph legend inside the plot
    assert isinstance(chart.legend, ChartLegend)
    plot_rect = chart.plot_widget.geometry()
    legend_rect = chart.legend.geometry()
    assert legend_rect.top() >= plot_rect.bottom()
    labels = chart.legend.labels()
    for name in (n for n, _v in window.state.chart[window.state.format_id].terms):
        assert chart.series_label(name) in labels


def test_chart_free_vram_label_stays_above_the_areas(qtbot, window: MainWindow) -> None:
    """In a spill case every limit line (and so its label) is drawn above the stacked areas and
    the band, on a background of its own, inside the plot."""
    _spill(qtbot, window)
    chart = window.chart
    areas = [*chart.stack_items.values(), chart.band_fill]
    view = chart.plot.getViewBox().sceneBoundingRect()
    for key in ("free", "total"):
        line = chart.limit_lines[key]
        assert all(line.zValue() > item.zValue() for item in areas)
        label = line.label
        assert label.isVisible() and "VRAM" in label.format
        assert label.fill.style() != Qt.BrushStyle.NoBrush
        assert label.fill.color().alpha() >= 200
        assert view.contains(label.sceneBoundingRect())


def test_chart_legend_swatches_match_the_areas(qtbot, window: MainWindow) -> None:
    """A chip paints the colour its area shows on screen: the rendered pixel in the middle of
    the weights band equals the weights chip's fill."""
    chart = window.chart
    st = window.state
    series = st.chart[st.format_id]
    areas = {e.label: e for e in chart.legend.entries if e.kind == "area"}
    for i, (name, _vals) in enumerate(series.terms):
        entry = areas[chart.series_label(name)]
        assert entry.fill == chart.stack_fill(i).name()
        brush = pg.mkBrush(chart.stack_items[name].opts["fillBrush"])
        assert brush.color().name() == entry.fill
        assert brush.color().alpha() == 255  # opaque: what is under it cannot change it
    # the weights band at a context between two grid lines (x) and half its height (y)
    weights = dict(series.terms)["weights"]
    i = len(series.contexts) // 3
    x = (chart.stack_items["weights"].xData[i] + chart.stack_items["weights"].xData[i + 1]) / 2
    y = size_value(weights[i], st.binary_units) * 0.45
    vb = chart.plot.getViewBox()
    scene_pt = vb.mapViewToScene(QPointF(x, y))
    widget_pt: QPoint = chart.plot_widget.mapFromScene(scene_pt)
    image = chart.plot_widget.grab().toImage()
    ratio = image.devicePixelRatio()
    pixel = image.pixelColor(round(widget_pt.x() * ratio), round(widget_pt.y() * ratio))
    swatch = areas[chart.series_label("weights")].fill
    expected = chart.stack_fill(0)
    assert swatch == expected.name()
    assert abs(pixel.red() - expected.red()) <= 12
    assert abs(pixel.green() - expected.green()) <= 12
    assert abs(pixel.blue() - expected.blue()) <= 12


def test_blend_is_the_colour_painted_over_the_background() -> None:
    from PySide6.QtGui import QColor

    assert blend(QColor("#0072B2"), QColor("#ffffff"), 255).name() == "#0072b2"
    assert blend(QColor("#0072B2"), QColor("#ffffff"), 0).name() == "#ffffff"
    # c * 150/255 + 255 * 105/255 for c in (0, 114, 178): (105, 172.1, 209.7)
    assert blend(QColor("#0072B2"), QColor("#ffffff"), 150).name() == "#69acd2"
    with pytest.raises(ValueError, match="kind"):
        LegendEntry("x", "pie")


def test_compared_formats_have_distinct_colours_and_direct_labels(
    qtbot, window: MainWindow
) -> None:
    """Compared formats: distinct colour-blind-safe colours (not the text colour for the first
    ones), each named at the end of its line or, above the chart, in its chip."""
    st = window.state
    others = [f.id for f in st.available_formats() if f.id != st.format_id][:3]
    st.set_overlay(others)
    qtbot.waitUntil(lambda: all(fid in st.chart for fid in others), timeout=60_000)
    wait_ready(qtbot, st)
    _settle()
    chart = window.chart
    colors = [chart.overlay_items[fid].opts["pen"].color().name() for fid in others]
    assert len(set(colors)) == len(others)
    assert chart._fg.name() not in colors[:2]
    labels = chart.overlay_label_texts
    chips = chart.legend.labels()
    for fid, color in zip(others, colors, strict=True):
        named_on_line = labels.get(fid.upper()) == color
        named_above = any(fid.upper() in c and "above the chart" in c for c in chips)
        assert named_on_line or named_above, (fid, labels, chips)
    assert labels  # at least one format of an 8B model on a 12 GB card ends inside the chart


def test_context_and_max_context_lines_are_labelled(qtbot, window: MainWindow) -> None:
    st = window.state
    chart = window.chart
    plan = st.plan
    assert plan is not None and plan.max_context_tokens > 0
    assert chart.context_marker.label.format == f"context {format_tokens(st.context)}"
    fit = chart.fit_marker.label.format
    assert fit == f"fits up to {format_tokens(plan.max_context_tokens)}"
    st.set_context(2048)
    _settle()
    assert chart.context_marker.label.format == "context 2k"


@pytest.mark.parametrize(
    "model", ["catalog:qwen2.5-0.5b", "catalog:llama-3.1-8b", "catalog:llama-3.1-70b"]
)
def test_y_range_keeps_the_gpu_limit_in_the_upper_half(
    qtbot, window: MainWindow, model: str
) -> None:
    """A tiny model, one that fits and a 70B spill: the GPU's line is in the upper half of the
    y-range unless the chosen context's own total needs more room."""
    st = window.state
    st.set_model(model)
    wait_ready(qtbot, st)
    _settle()
    series = st.chart[st.format_id]
    _lo, top = window.chart.plot.getViewBox().viewRange()[1]
    gpu = size_value(st.hardware.gpu_total_bytes)
    i = min(range(len(series.contexts)), key=lambda k: abs(series.contexts[k] - st.context))
    at_ctx = size_value(series.totals[i])
    assert gpu <= top  # the line is in view
    if at_ctx * 1.15 <= 1.9 * gpu:
        assert gpu >= top / 2
    assert at_ctx <= top


# ----- item 8: layout at every size -------------------------------------------------------------

SIZES = [(1024, 768), (1280, 720)]


def _reachable(area: QScrollArea) -> bool:
    """The whole of the area's widget can be scrolled into view."""
    inner = area.widget().minimumSizeHint()
    vp = area.viewport().size()
    h, v = area.horizontalScrollBar(), area.verticalScrollBar()
    return (
        inner.width() <= vp.width() + h.maximum()
        and inner.height() <= vp.height() + v.maximum()
        and area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    )


def _inside(child: QWidget, parent: QWidget) -> bool:
    top_left = child.mapTo(parent, QPoint(0, 0))
    return parent.rect().contains(QRect(top_left, child.size()))


def test_window_minimum_size_fits_1024x768(window: MainWindow) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768, hint


@pytest.mark.parametrize("mode", ["inference", "lora"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_layout_at_every_size_nothing_is_clipped(
    qtbot, window: MainWindow, size: tuple[int, int], mode: str
) -> None:
    """At 1024x768 and 1280x720, inference and training: the window takes the size; the left
    panel scrolls to all of its content; every table column and verdict chip is in view or
    scrolls into view; the chart's legend chips all lie inside the legend; the training
    controls wrap inside the column."""
    st = window.state
    if mode != "inference":
        st.set_workload(mode=mode)
        wait_ready(qtbot, st)
    window.resize(*size)
    _settle()
    assert (window.width(), window.height()) == size
    assert _reachable(window.left_scroll)
    assert _reachable(window.table_scroll)
    view = window.fit_table.view
    model = view.model()
    for col in range(model.columnCount()):
        # every column scrolls fully into view (none is wider than the table)
        index = model.index(0, col)
        view.scrollTo(index)
        assert view.viewport().rect().contains(view.visualRect(index)), col
    for chip in window.fit_table._legend_chips:
        assert _inside(chip, window.fit_table)
    legend = window.chart.legend
    assert legend.chips
    for chip in legend.chips:
        assert _inside(chip, legend), chip.entry.label
    if mode != "inference":
        row = window.run_panel.training_row
        assert row.isVisible()
        for child in row.findChildren(QWidget):
            if child.isVisible():
                assert _inside(child, row)
        # the row wraps instead of widening the column past its viewport
        assert row.width() <= window.left_scroll.viewport().width()


def test_table_shows_more_rows_at_1280x720(window: MainWindow) -> None:
    """Issue 14: at 1280x720 only 3.5 table rows showed."""
    window.resize(1280, 720)
    _settle()
    view = window.fit_table.view
    rows = view.viewport().height() / view.verticalHeader().defaultSectionSize()
    assert rows >= 4.5, rows


def test_flow_layout_wraps_to_its_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, spacing=10)
    labels = [QLabel(f"chip number {i}") for i in range(8)]
    for lab in labels:
        flow.addWidget(lab)
    widest = max(lab.sizeHint().width() for lab in labels)
    assert flow.minimumSize().width() == widest
    one_row = flow.sizeHint().width()
    assert flow.heightForWidth(one_row) == labels[0].sizeHint().height()
    narrow = widest + 5
    assert flow.heightForWidth(narrow) >= 8 * labels[0].sizeHint().height()
    host.resize(narrow, flow.heightForWidth(narrow))
    host.show()
    _settle()
    for lab in labels:
        assert _inside(lab, host)


@pytest.mark.parametrize("mode", ["inference", "lora"])
def test_left_column_is_not_half_empty(qtbot, window: MainWindow, mode: str) -> None:
    """Issue 14: the left column was half empty at every size. A tall window puts the verdict
    and breakdown under the inputs (all inputs still in view, no scrolling); a short one keeps
    the inputs the whole column and the breakdown beside the chart."""
    st = window.state
    if mode != "inference":
        st.set_workload(mode=mode)
        wait_ready(qtbot, st)
    window.resize(1920, 1080)
    _settle()
    assert window.breakdown_in_left_column
    assert window.left_scroll.verticalScrollBar().maximum() == 0
    assert window.left_scroll.height() >= window.left_scroll.widget().sizeHint().height()
    # the column is filled: inputs plus breakdown take its height
    column = window.left_column
    used = window.left_scroll.height() + window.breakdown.height()
    assert used >= column.height() - 2 * column.handleWidth() - 4
    window.resize(1280, 720)
    _settle()
    assert not window.breakdown_in_left_column
    assert window.breakdown.isVisible()
    assert window.left_scroll.maximumHeight() > 10_000
