"""Memory against context: stacked terms on a log axis, free/total VRAM and VRAM + RAM lines,
markers at the chosen context and the largest one that fits, and a readout under the mouse."""

from __future__ import annotations

import math
import os
from typing import Any

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vramscope.app.chart import ChartSeries, total_band
from vramscope.app.present import format_tokens, size_value
from vramscope.core import RAM_SAFETY_MARGIN_BYTES

from . import texts
from .app import configure_pyqtgraph
from .chart_legend import ChartLegend, LegendEntry, blend
from .state import EstimatorState

__all__ = ["MemoryChart"]

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
_TERM_COLORS = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#999999",
    "#332288",
    "#88CCEE",
    "#117733",
    "#AA4499",
    "#DDCC77",
)
# Overlaid formats: strong Okabe-Ito colours and a dash pattern each, so two formats differ even
# in a grey-scale print; each line also carries its name at its end. Blue comes late: the
# weights, the largest area, are blue. "" is the text colour (black, or white when dark).
# source: Okabe & Ito, "Color Universal Design" (2008), https://jfly.uni-koeln.de/color/
_OVERLAY_COLORS = ("#D55E00", "#CC79A7", "", "#009E73", "#56B4E9", "#E69F00")
_OVERLAY_STYLES = (Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)
# how strongly a term's colour is painted over the background: pale enough for the limit lines
# and overlays to read on top, strong enough to tell the terms apart; the legend chips paint the
# same blend, so a swatch matches its area exactly
_FILL_ALPHA = 150
# the y-range's top is at most this many times the GPU's size (unless the chosen context needs
# more): with the 5 % padding above, the GPU's line stays in the upper half (1.9 x 1.05 < 2)
_GPU_UPPER_HALF = 1.9
# the GPU's line with a little room above it when the curve is far below (a small model): the
# line stays in the upper half of the chart, and its label (drawn under the line) stays inside
_GPU_HEADROOM = 1.04
# a label's background: the plot's own, slightly see-through, so it reads over any area
_LABEL_BG_ALPHA = 225
# green for what is free now, grey for the card's size, red for GPU and RAM together: the
# line past which the model does not fit at all
_LIMIT_COLORS = {"free": "#2e8b57", "total": "#7f7f7f", "both": "#c0392b"}
# the same hues for the labels' text, dark enough on the light plot and light enough on the dark
# one for WCAG's 4.5:1 (the line colours gave 2.8-3.8:1 on the dark theme's plot and 4.2:1 for
# the green on white: issue 14 screenshot review)
_LIMIT_TEXT = {
    False: {"free": "#1f6f43", "total": "#5f5f5f", "both": "#c0392b"},
    True: {"free": "#5fd39a", "total": "#b0b0b0", "both": "#ff7b6b"},
}
# free on the left, total on the right: the two often coincide (planned hardware); every label
# hangs under its line, so a line at the top of the chart keeps its label inside the plot
_LIMIT_PLACES = {"free": (0.02, (0, 0)), "total": (0.98, (1, 0)), "both": (0.5, (0.5, 0))}
# the "fits up to" label: right of its line, else left of it; from the top down
_FIT_LABEL_SIDES: tuple[tuple[float, float], ...] = ((1, 0), (1, 1))
_FIT_LABEL_PLACES = (0.97, 0.6, 0.45)
# where a limit label moves when the context or "fits up to" label stands on it (both hang from
# the top of the plot, and the limits are often near it: issue 14 screenshot review), in order
_LIMIT_PLACES_ELSEWHERE = (
    (0.02, (0, 0)),
    (0.98, (1, 0)),
    (0.5, (0.5, 0)),
    (0.27, (0.5, 0)),
    (0.73, (0.5, 0)),
)
_BAND_COLOR = "#6a6a6a"
_BAND_ALPHA = 70
_MEASURED_COLOR = "#d62728"
# Cached items redraw as pixmaps: the slider moves one marker, the rest is blitted.
_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
# stacking order in the scene: terms (smallest on top of each other), band, lines and markers
_Z_STACK = 100
_Z_BAND = 150
_Z_MARKERS = 200


def _x(tokens: float) -> float:
    """The x axis is log2(tokens), labelled in tokens (our own ticks, not pyqtgraph's log mode,
    so the stacked fills need no transform)."""
    return math.log2(max(tokens, 1.0))


def _covered(rect: QRectF, markers: list[QRectF], labels: list[QRectF]) -> float:
    """How much of a limit label ``rect`` is covered: the area under the vertical lines and
    their labels (counted five times: they are drawn on top) plus the area under other labels."""

    def area(others: list[QRectF]) -> float:
        total = 0.0
        for other in others:
            cut = rect.intersected(other)
            total += max(cut.width(), 0.0) * max(cut.height(), 0.0)
        return total

    return 5 * area(markers) + area(labels)


def _nearest(contexts: tuple[int, ...], tokens: int) -> int:
    """The index of the chart's context nearest ``tokens`` on the log axis."""
    x = _x(tokens)
    return min(range(len(contexts)), key=lambda i: abs(_x(contexts[i]) - x))


class MemoryChart(QWidget):
    """The chart of the chosen model and format; other formats can be overlaid as lines."""

    def __init__(self, state: EstimatorState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        configure_pyqtgraph()
        self._state = state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel()
        # the title wraps rather than widening the chart's column (long model names)
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.overlay_button = QToolButton()
        self.overlay_button.setText(self.tr("Compare formats"))
        self.overlay_button.setToolTip(self.tr("Overlay the total of other weight formats"))
        self.overlay_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._overlay_menu = QMenu(self)
        self.overlay_button.setMenu(self._overlay_menu)
        top.addWidget(self.overlay_button)
        layout.addLayout(top)

        self.plot_widget: Any = pg.PlotWidget()
        # low enough for 1280x720 to show five table rows above the chart and the legend
        self.plot_widget.setMinimumHeight(170)
        self.plot: Any = self.plot_widget.getPlotItem()
        # a fixed view: pyqtgraph's context menu and auto-range button would let the user lose
        # the chart with no way back
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        # the mouse reads values (readout) instead of panning: a chart of one question, not a plot
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        # the labels' places are in pixels: a new size or range can make two of them meet
        self.plot.getViewBox().sigResized.connect(self._on_view_changed)
        self.plot.getViewBox().sigRangeChanged.connect(self._on_view_changed)
        # Moving the slider repaints the whole plot to move one line: keep the axes and the
        # filled curves as cached pixmaps so a repaint is mostly blits.
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setCacheMode(_CACHE)
        layout.addWidget(self.plot_widget, 1)
        # the legend is a row of chips under the plot (wrapping when narrow), never on it
        self.legend = ChartLegend()
        layout.addWidget(self.legend)
        # One line, elided to the chart's width, its full text in the tooltip: a long readout
        # must never widen the chart's column and squeeze the breakdown beside it (issue 14),
        # nor change its height while the mouse moves.
        self.readout = QLabel(" ")
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.readout.setMinimumWidth(0)
        self.readout.setFixedHeight(self.readout.fontMetrics().height() + 4)
        self._readout_full = ""
        layout.addWidget(self.readout)
        self.plot_widget.installEventFilter(self)

        self.stack_items: dict[str, Any] = {}
        self.overlay_items: dict[str, Any] = {}
        self.limit_lines: dict[str, Any] = {}
        # Items are created once and updated with setData: a redraw never rebuilds the scene.
        self._stack_pool: list[Any] = []
        self._overlay_pool: list[Any] = []
        self._overlay_labels: list[Any] = []
        self._fg = QColor("#000000")
        self._bg = QColor("#ffffff")
        # the vertical lines carry their own labels, written along the line from its top: the
        # context's on its left, the largest-that-fits one on its right, so the two never
        # overlap when they stand close together
        self.context_marker: Any = pg.InfiniteLine(
            angle=90,
            movable=False,
            label=" ",
            labelOpts={"position": 0.97, "rotateAxis": (1, 0), "anchors": [(1, 1), (1, 1)]},
        )
        self.fit_marker: Any = pg.InfiniteLine(
            angle=90,
            movable=False,
            label=" ",
            labelOpts={
                "position": 0.97,
                "rotateAxis": (1, 0),
                "anchors": [(1, 0), (1, 0)],
                "color": "#2e8b57",
            },
        )
        self.context_marker.setZValue(_Z_MARKERS)
        self.fit_marker.setZValue(_Z_MARKERS)
        self.plot.addItem(self.context_marker)
        self.plot.addItem(self.fit_marker)
        self._limit_pool: dict[str, Any] = {}
        for key in ("free", "total", "both"):
            line = pg.InfiniteLine(
                angle=0,
                movable=False,
                pen=pg.mkPen(_LIMIT_COLORS[key], width=2, style=Qt.PenStyle.DashLine),
                label=" ",
                labelOpts={
                    "position": _LIMIT_PLACES[key][0],
                    "color": _LIMIT_COLORS[key],
                    "anchors": [_LIMIT_PLACES[key][1], _LIMIT_PLACES[key][1]],
                },
            )
            # above the stacked areas and the band, so the label never disappears under them
            line.setZValue(_Z_MARKERS - 1)
            line.setVisible(False)
            self.plot.addItem(line)
            self._limit_pool[key] = line
        # the likely range of the total (core.band): edges, a shaded fill, and an error bar at
        # the chosen context from the breakdown's own plan
        self.band_low_item: Any = pg.PlotDataItem([], [], pen=pg.mkPen(_BAND_COLOR, width=1))
        self.band_high_item: Any = pg.PlotDataItem([], [], pen=pg.mkPen(_BAND_COLOR, width=1))
        band_brush = QColor(_BAND_COLOR)
        band_brush.setAlpha(_BAND_ALPHA)
        self.band_fill: Any = pg.FillBetweenItem(
            self.band_low_item, self.band_high_item, brush=band_brush
        )
        self.band_bar: Any = pg.ErrorBarItem(
            x=np.zeros(1),
            y=np.zeros(1),
            top=np.zeros(1),
            bottom=np.zeros(1),
            beam=0.18,
            pen=pg.mkPen(_BAND_COLOR, width=2),
        )
        self.band_fill.setCacheMode(_CACHE)
        for item in (self.band_fill, self.band_low_item, self.band_high_item, self.band_bar):
            item.setZValue(_Z_BAND)
            item.setVisible(False)
            self.plot.addItem(item)
        # the error bar belongs to the chosen context marker, above the shaded band
        self.band_bar.setZValue(_Z_MARKERS)
        self.measured_item: Any = pg.ScatterPlotItem(
            [], [], symbol="star", size=18, pen=pg.mkPen("#1a1a1a", width=1), brush=_MEASURED_COLOR
        )
        self.measured_item.setZValue(_Z_MARKERS + 1)
        self.measured_item.setVisible(False)
        self.plot.addItem(self.measured_item)
        # A measured peak is one device's (VRAM, or RAM for a CPU run): it is drawn with that
        # device's estimated curve, never against the stacked total of GPUs and RAM together.
        self.device_item: Any = pg.PlotDataItem(
            [], [], pen=pg.mkPen(_MEASURED_COLOR, width=2, style=Qt.PenStyle.DashDotLine)
        )
        self.device_item.setZValue(_Z_MARKERS)
        self.device_item.setVisible(False)
        self.plot.addItem(self.device_item)
        self._series: ChartSeries | None = None
        # mouse moves arrive far faster than a readout can be read; 60 Hz is smooth enough
        self._mouse_proxy: Any = pg.SignalProxy(
            self.plot.scene().sigMouseMoved, rateLimit=60, slot=self._on_mouse_moved
        )
        state.chart_changed.connect(self.redraw)
        state.hardware_changed.connect(self.redraw)
        state.units_changed.connect(self.redraw)
        state.context_changed.connect(self._on_state_context_changed)
        state.plan_changed.connect(self._on_state_plan_changed)
        state.measured_changed.connect(self.redraw)
        state.inputs_changed.connect(self._rebuild_overlay_menu)
        self._rebuild_overlay_menu()
        self.apply_theme()
        self.redraw()

    # ----- appearance -------------------------------------------------------------------------

    def apply_theme(self) -> None:
        """Take the palette's background and text colours (light or dark theme)."""
        # pyqtgraph does not follow the Qt palette on its own
        pal = self.palette()
        bg = pal.color(QPalette.ColorRole.Base)
        fg = pal.color(QPalette.ColorRole.Text)
        self.plot_widget.setBackground(bg)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(fg))
            axis.setTextPen(pg.mkPen(fg))
        self._fg = fg
        self._bg = bg
        label_bg = QColor(bg)
        label_bg.setAlpha(_LABEL_BG_ALPHA)
        for line in (*self._limit_pool.values(), self.context_marker, self.fit_marker):
            line.label.fill = pg.mkBrush(label_bg)
        self.context_marker.label.setColor(fg)
        text = _LIMIT_TEXT[bg.lightness() < 128]
        for key, line in self._limit_pool.items():
            line.label.setColor(text[key])
        self.fit_marker.label.setColor(text["free"])  # the largest context that fits: green
        for label in self._overlay_labels:
            label.fill = pg.mkBrush(label_bg)
        self.redraw()

    def _rebuild_overlay_menu(self) -> None:
        # the runtime decides the formats on offer, so the menu is rebuilt on every input change
        self._overlay_menu.clear()
        chosen = set(self._state.overlay)
        for fmt in self._state.available_formats():
            if fmt.id == self._state.format_id:
                continue
            action = QAction(texts.format_label(fmt), self._overlay_menu)
            action.setCheckable(True)
            action.setChecked(fmt.id in chosen)
            action.setData(fmt.id)
            action.toggled.connect(self._on_overlay_toggled)
            self._overlay_menu.addAction(action)

    def _on_overlay_toggled(self, _checked: bool) -> None:
        ids = [str(a.data()) for a in self._overlay_menu.actions() if a.isChecked()]
        self._state.set_overlay(ids)

    # ----- data -------------------------------------------------------------------------------

    def unit(self) -> str:
        """The size unit of the y axis in the user's language ("GB" or "GiB")."""
        return texts.unit_labels()[1 if self._state.binary_units else 0]

    def redraw(self) -> None:
        """Update every item from the state's chart series (on data, unit or theme changes)."""
        st = self._state
        binary = st.binary_units
        fmt_label = texts.format_label(st.fmt) if st.format_id else ""
        self.title.setText(
            self.tr("<b>Memory vs context</b> · %1 · %2")
            .replace("%1", st.model.name)
            .replace("%2", fmt_label)
        )
        self.plot.setLabel("left", self.tr("Memory (%1)").replace("%1", self.unit()))
        self.plot.setLabel("bottom", self.tr("Context (tokens per sequence, log scale)"))
        series = st.chart.get(st.format_id)
        self._series = series
        # the dicts name what is shown now (tests read them); the pools keep the items alive
        self.stack_items, self.overlay_items = {}, {}
        legend: list[LegendEntry] = []
        if series is None or not series.terms:
            if series is not None and series.error:
                self.set_readout(series.error)
            for item in (*self._stack_pool, *self._overlay_pool, *self._overlay_labels):
                item.setVisible(False)
            for item in (self.band_fill, self.band_low_item, self.band_high_item):
                item.setVisible(False)
            self._update_limits()
            self._update_measured(legend)
            self._set_legend(legend)
            self._place_markers()
            return
        xs = [_x(c) for c in series.contexts]
        cumulative = [0.0] * len(xs)
        layers: list[tuple[str, list[float]]] = []
        for name, values in series.terms:
            cumulative = [
                c + size_value(v, binary) for c, v in zip(cumulative, values, strict=True)
            ]
            layers.append((name, list(cumulative)))
        # a stacked area chart: each smaller (lower) layer paints over the taller ones, in an
        # opaque blend of its colour with the background, so what the eye sees in a band is
        # exactly that term's colour, the colour its legend chip shows
        for i, (name, ys) in enumerate(layers):
            item = self._stack_item(i)
            item.setBrush(pg.mkBrush(self.stack_fill(i)))
            item.setData(xs, ys)
            item.setZValue(_Z_STACK - i)
            item.setVisible(True)
            self.stack_items[name] = item
        for item in self._stack_pool[len(layers) :]:
            item.setVisible(False)
        # the legend lists the top layer first, the order the eye meets the stack
        for i in reversed(range(len(layers))):
            legend.append(
                LegendEntry(
                    texts.term_label(layers[i][0]),
                    "area",
                    fill=self.stack_fill(i).name(),
                    pen=_TERM_COLORS[i % len(_TERM_COLORS)],
                )
            )
        if series.band_high and len(series.band_high) == len(xs):
            self.band_low_item.setData(xs, [size_value(v, binary) for v in series.band_low])
            self.band_high_item.setData(xs, [size_value(v, binary) for v in series.band_high])
            for item in (self.band_fill, self.band_low_item, self.band_high_item):
                item.setVisible(True)
            band = blend(QColor(_BAND_COLOR), self._bg, _BAND_ALPHA)
            legend.append(
                LegendEntry(self.tr("Likely range"), "band", fill=band.name(), pen=_BAND_COLOR)
            )
        overlays = [(k, v) for k, v in st.chart.items() if k != st.format_id and v.terms]
        for j, (fid, other) in enumerate(overlays):
            item = self._overlay_item(j)
            color, dash = self.overlay_style(j)
            item.setPen(pg.mkPen(color, width=2.5, style=dash))
            item.setData(
                [_x(c) for c in other.contexts], [size_value(t, binary) for t in other.totals]
            )
            item.setVisible(True)
            self.overlay_items[fid] = item
            legend.append(
                LegendEntry(
                    self.tr("Total, %1").replace("%1", fid.upper()), "line", pen=color, dash=dash
                )
            )
        for item in self._overlay_pool[len(overlays) :]:
            item.setVisible(False)
        self._update_limits()
        measured = self._update_measured(legend)
        self._set_ticks(series.contexts)
        top = max(size_value(max(series.totals), binary), 0.1)
        if series.band_high:
            top = max(top, size_value(max(series.band_high), binary))
        if measured is not None:
            top = max(top, measured)
        limits = [v for v in self._limit_values().values() if v > 0]
        ymax = max(top, *(limits or [0.0]))
        # keep the limits in view, but do not let a huge VRAM+RAM line flatten the curve
        ymax = min(ymax, top * 3) if limits else top
        hw = st.hardware
        if hw is not None and hw.gpus:
            # the part of the curve that matters is near the GPU: keep its line in the upper
            # half unless the chosen context (or the smallest) needs more, where the curve has
            # to stay in view (a training run's logits grow to hundreds of GiB at 128k)
            near = [_nearest(series.contexts, st.context), 0]
            need = max(size_value(series.totals[i], binary) for i in near)
            if measured is not None:
                need = max(need, measured)
            gpu_top = _GPU_UPPER_HALF * size_value(hw.gpu_total_bytes, binary)
            ymax = min(ymax, max(gpu_top, need * 1.15))
            # never below the GPU's own line: a small model's curve sits low, under a line
            # that stays in the upper half of the chart
            ymax = max(ymax, _GPU_HEADROOM * size_value(hw.gpu_total_bytes, binary))
        self.plot.setYRange(0, ymax * 1.05, padding=0)
        self._place_overlay_labels(overlays, ymax * 1.05, legend)
        self._note_limits_above(legend, ymax * 1.05)
        self.legend.set_entries(legend)
        # a measured peak at a context outside the curve still has to be seen
        lo_x, hi_x = xs[0], xs[-1]
        if st.measured is not None:
            mx = _x(st.measured.context_tokens)
            lo_x, hi_x = min(lo_x, mx), max(hi_x, mx)
        self.plot.setXRange(lo_x, hi_x, padding=0.02)
        self._place_markers()

    def stack_fill(self, i: int) -> QColor:
        """The colour the ``i``-th stacked area is painted in (and its legend chip)."""
        return blend(QColor(_TERM_COLORS[i % len(_TERM_COLORS)]), self._bg, _FILL_ALPHA)

    def overlay_style(self, j: int) -> tuple[str, Qt.PenStyle]:
        """The colour and dash of the ``j``-th compared format's line."""
        color = _OVERLAY_COLORS[j % len(_OVERLAY_COLORS)] or self._fg.name()
        return color, _OVERLAY_STYLES[j % len(_OVERLAY_STYLES)]

    def _stack_item(self, i: int) -> Any:
        while len(self._stack_pool) <= i:
            k = len(self._stack_pool)
            color = QColor(_TERM_COLORS[k % len(_TERM_COLORS)])
            item = pg.PlotDataItem(
                [], [], pen=pg.mkPen(color, width=1), fillLevel=0, brush=self.stack_fill(k)
            )
            item.curve.setCacheMode(_CACHE)
            self.plot.addItem(item)
            self._stack_pool.append(item)
        return self._stack_pool[i]

    def _overlay_item(self, j: int) -> Any:
        while len(self._overlay_pool) <= j:
            item = pg.PlotDataItem([], [])
            item.setZValue(_Z_BAND + 1)
            self.plot.addItem(item)
            self._overlay_pool.append(item)
            label_bg = QColor(self._bg)
            label_bg.setAlpha(_LABEL_BG_ALPHA)
            label = pg.TextItem("", anchor=(1, 1), fill=pg.mkBrush(label_bg))
            label.setZValue(_Z_MARKERS + 2)
            self.plot.addItem(label)
            self._overlay_labels.append(label)
        return self._overlay_pool[j]

    def _place_overlay_labels(
        self, overlays: list[tuple[str, ChartSeries]], ymax: float, legend: list[LegendEntry]
    ) -> None:
        """Name each compared format at the right end of its line, or where it leaves the chart
        at the top; a line wholly above the chart is named so in its legend chip."""
        binary = self._state.binary_units
        placed: list[tuple[float, float, Any]] = []
        for j, (fid, other) in enumerate(overlays):
            label = self._overlay_labels[j]
            color, _dash = self.overlay_style(j)
            ys = [size_value(t, binary) for t in other.totals]
            inside = [i for i, y in enumerate(ys) if y <= ymax]
            if not inside or inside[0] != 0:
                label.setVisible(False)
                if not inside:
                    self._mark_above(legend, fid)
                continue
            last = inside[-1]
            label.setColor(color)
            label.setText(fid.upper())
            # the top-right corner of the text at the end of the visible stretch (the right
            # edge, or where the line leaves the chart at the top)
            label.setAnchor((1, 0))
            placed.append((_x(other.contexts[last]), ys[last], label))
            label.setVisible(True)
        for label in self._overlay_labels[len(overlays) :]:
            label.setVisible(False)
        # Lines often end close together (near the top right): stack their names one text line
        # apart, top to bottom, so none hides another.
        vb_height = self.plot.getViewBox().sceneBoundingRect().height()
        line_height = self.fontMetrics().height() + 4
        step = ymax * line_height / vb_height if vb_height > line_height else ymax * 0.08
        floor = ymax
        for x, y, label in sorted(placed, key=lambda p: -p[1]):
            top = min(y + step, ymax, floor)
            label.setPos(x, top)
            floor = top - step

    def _mark_above(self, legend: list[LegendEntry], fid: str) -> None:
        text = self.tr("Total, %1").replace("%1", fid.upper())
        for k, entry in enumerate(legend):
            if entry.label == text:
                legend[k] = LegendEntry(
                    self.tr("%1 (above the chart)").replace("%1", text),
                    entry.kind,
                    pen=entry.pen,
                    dash=entry.dash,
                )

    @property
    def overlay_label_texts(self) -> dict[str, str]:
        """Each shown compared format's direct label and its colour (tests)."""
        return {
            lab.textItem.toPlainText(): lab.color.name()
            for lab in self._overlay_labels
            if lab.isVisible()
        }

    def _set_legend(self, entries: list[LegendEntry]) -> None:
        self.legend.set_entries(entries)

    def _note_limits_above(self, legend: list[LegendEntry], top: float) -> None:
        """A limit line above the y-range (VRAM + RAM, far above a GPU) is named in the legend
        with its value, so the chart still says where the model stops fitting at all."""
        for key, line in self.limit_lines.items():
            if line.value() > top:
                legend.append(
                    LegendEntry(
                        self.tr("%1 (above the chart)").replace("%1", line.label.format),
                        "line",
                        pen=_LIMIT_COLORS[key],
                        dash=Qt.PenStyle.DashLine,
                    )
                )

    def _update_measured(self, legend: list[LegendEntry]) -> float | None:
        """Place the measured peak (if any); returns its height in chart units."""
        point = self._state.measured
        if point is None:
            self.measured_item.setVisible(False)
            self.device_item.setVisible(False)
            return None
        y = size_value(point.bytes, self._state.binary_units)
        series = self._series
        curve = None
        if series is not None and series.terms:
            curve = series.ram_totals if point.device == "ram" else series.gpu_totals
        if curve and series is not None:
            binary = self._state.binary_units
            self.device_item.setData(
                [_x(c) for c in series.contexts], [size_value(v, binary) for v in curve]
            )
            self.device_item.setVisible(True)
            legend.append(
                LegendEntry(
                    self.tr("Estimated RAM")
                    if point.device == "ram"
                    else self.tr("Estimated VRAM"),
                    "line",
                    pen=_MEASURED_COLOR,
                    dash=Qt.PenStyle.DashDotLine,
                )
            )
        else:
            self.device_item.setVisible(False)
        self.measured_item.setData([_x(point.context_tokens)], [y])
        self.measured_item.setVisible(True)
        tip = self.tr("Measured peak: %1 at %2 tokens").replace(
            "%1", texts.size(point.bytes, self._state.binary_units)
        )
        tip = tip.replace("%2", f"{point.context_tokens:,}")
        if point.label:
            tip += f" ({point.label})"
        self.measured_item.setToolTip(tip)
        legend.append(
            LegendEntry(
                self.tr("Measured %1").replace(
                    "%1", texts.size(point.bytes, self._state.binary_units)
                ),
                "marker",
                fill=_MEASURED_COLOR,
                pen="#1a1a1a",
            )
        )
        return y

    @property
    def measured_point(self) -> tuple[float, float] | None:
        """(tokens, height) of the measured marker, or None when none is shown."""
        if not self.measured_item.isVisible():
            return None
        xs, ys = self.measured_item.getData()
        return float(2 ** xs[0]), float(ys[0])

    def device_curve_at(self, tokens: int) -> float | None:
        """The height of the measured device's estimated curve at ``tokens`` (interpolated on
        the log axis between the chart's points), in chart units; None when not drawn."""
        if not self.device_item.isVisible():
            return None
        xs, ys = self.device_item.getData()
        return float(np.interp(_x(tokens), xs, ys))

    def device_line_values(self) -> dict[str, float]:
        """The measured device's curve at the chosen context ({} when not drawn): --state-json."""
        y = self.device_curve_at(self._state.context)
        if y is None or self._state.measured is None:
            return {}
        return {self._state.measured.device: round(y, 4)}

    def series_label(self, name: str) -> str:
        """A stacked series' legend label (the term's name in the window's language)."""
        return texts.term_label(name)

    @property
    def band_at_context(self) -> tuple[float, float, float] | None:
        """(low, central, high) of the error bar at the chosen context, in chart units."""
        if not self.band_bar.isVisible():
            return None
        opts = self.band_bar.opts
        y = float(opts["y"][0])
        return y - float(opts["bottom"][0]), y, y + float(opts["top"][0])

    def _limit_values(self) -> dict[str, float]:
        hw = self._state.hardware
        if hw is None:
            return {}
        binary = self._state.binary_units
        # the planner keeps a safety margin of RAM free (core constants): so does the line
        ram = max(hw.ram_available_bytes - RAM_SAFETY_MARGIN_BYTES, 0)
        out: dict[str, float] = {}
        if hw.gpus:
            out["free"] = size_value(hw.gpu_free_bytes, binary)
            out["total"] = size_value(hw.gpu_total_bytes, binary)
        # only llama.cpp spills layers into RAM: transformers and vLLM (training included)
        # place everything on the GPUs, so a GPU + RAM line would promise room that is not there
        if self._state.workload.runtime == "llama.cpp" or not hw.gpus:
            out["both"] = size_value(hw.gpu_free_bytes + ram, binary)
        return out

    def _update_limits(self) -> None:
        labels = {
            "free": self.tr("free VRAM"),
            "total": self.tr("total VRAM"),
            "both": self.tr("free VRAM + RAM")
            if self._state.hardware and self._state.hardware.gpus
            else self.tr("available RAM"),
        }
        values = self._limit_values()
        self.limit_lines = {}
        for key, line in self._limit_pool.items():
            value = values.get(key)
            if value is None:
                line.setVisible(False)
                continue
            line.setValue(value)
            line.label.setFormat(f"{labels[key]} {value:.1f} {self.unit()}")
            line.setVisible(True)
            self.limit_lines[key] = line

    def _set_ticks(self, contexts: tuple[int, ...]) -> None:
        lo, hi = contexts[0], contexts[-1]
        # powers of two: the contexts people configure (4k, 8k, 32k...)
        ticks = []
        k = 9  # 512
        while 2**k <= hi * 1.01:
            if 2**k >= lo:
                ticks.append((float(k), format_tokens(2**k)))
            k += 1
        self.plot.getAxis("bottom").setTicks([ticks, []])

    def _place_markers(self) -> None:
        st = self._state
        self.context_marker.setPen(pg.mkPen(self._fg, width=2))
        self._label_context(st.context)
        self.context_marker.setValue(_x(st.context))
        self._on_state_plan_changed()

    def _on_view_changed(self, *_args: object) -> None:
        if hasattr(self, "fit_marker"):  # the view signals before the markers exist
            self._keep_labels_apart()

    def _keep_labels_apart(self) -> None:
        """Move a limit line's label along its line where a vertical line's label (the context,
        "fits up to") or another limit's label covers it; back home when nothing does."""
        view = self.plot.getViewBox()
        # a new range is applied to the view's transform only before the next paint: apply it
        # now, or the labels are placed for the old one
        view.updateMatrix()
        box = view.sceneBoundingRect()
        self._keep_fit_label_inside(box)
        markers: list[QRectF] = []
        for marker in (self.context_marker, self.fit_marker):
            if marker.isVisible() and marker.label.isVisible():
                marker.label.updatePosition()  # its own update may come after this one
                markers.append(marker.label.sceneBoundingRect())
            if marker.isVisible():  # the line itself, drawn above the limits' labels
                x = view.mapViewToScene(QPointF(marker.value(), 0)).x()
                markers.append(QRectF(x - 2, box.top(), 4, box.height()))
        taken: list[QRectF] = []
        for key, line in self.limit_lines.items():
            label = line.label
            places = (_LIMIT_PLACES[key], *_LIMIT_PLACES_ELSEWHERE)
            costs: list[float] = []
            for pos, anchor in places:
                label.anchors = [anchor, anchor]
                label.setPosition(pos)
                costs.append(_covered(label.sceneBoundingRect(), markers, taken))
                if costs[-1] == 0:
                    break
            # nowhere free (a narrow plot): the place it is least covered, a vertical line's
            # label or line counting more than a neighbour's label
            pos, anchor = places[costs.index(min(costs))]
            label.anchors = [anchor, anchor]
            label.setPosition(pos)
            taken.append(label.sceneBoundingRect())

    def _keep_fit_label_inside(self, box: QRectF) -> None:
        """The "fits up to" label hangs right of its line; at the model's largest context the
        line is at the plot's right edge and the label was cut off there (issue 14 review): it
        then hangs left of the line, lower down where the context's label stands beside it."""
        fit, ctx = self.fit_marker, self.context_marker
        if not fit.isVisible():
            return
        label = fit.label
        ctx.label.updatePosition()
        beside = ctx.label.sceneBoundingRect() if ctx.isVisible() else QRectF()
        inside: tuple[tuple[float, float], float] | None = None
        for anchor in _FIT_LABEL_SIDES:
            label.anchors = [anchor, anchor]
            for pos in _FIT_LABEL_PLACES:
                label.setPosition(pos)
                rect = label.sceneBoundingRect()
                if rect.right() > box.right() + 1:
                    continue
                if not rect.intersects(beside):
                    return
                inside = inside or (anchor, pos)
        # no place clear of the context's label (a short plot): inside the plot at least
        anchor, pos = inside or (_FIT_LABEL_SIDES[0], _FIT_LABEL_PLACES[0])
        label.anchors = [anchor, anchor]
        label.setPosition(pos)

    def _label_context(self, tokens: int) -> None:
        # the label is set before the line moves: the line's move redraws its label
        self.context_marker.label.setFormat(
            self.tr("context %1").replace("%1", format_tokens(tokens))
        )

    # ----- markers ----------------------------------------------------------------------------

    def _on_state_context_changed(self, tokens: int) -> None:
        # the hot path while the slider moves: one line moves, nothing is recomputed
        self._label_context(tokens)
        self.context_marker.setValue(_x(tokens))
        self._keep_labels_apart()
        series = self._series
        if series is not None and series.terms:
            # the y-range may have cut the curve above the GPU: the chosen context stays in view
            need = size_value(
                series.totals[_nearest(series.contexts, tokens)], self._state.binary_units
            )
            top = self.plot.getViewBox().viewRange()[1][1]
            if need * 1.05 > top:
                self.plot.setYRange(0, need * 1.15 * 1.05, padding=0)

    def _on_state_plan_changed(self) -> None:
        p = self._state.plan
        self._update_band_bar()
        if p is None or p.max_context_tokens <= 0:
            self.fit_marker.setVisible(False)
            self._keep_labels_apart()
            return
        self.fit_marker.setPen(pg.mkPen("#2e8b57", width=2, style=Qt.PenStyle.DotLine))
        self.fit_marker.label.setFormat(
            self.tr("fits up to %1").replace("%1", format_tokens(p.max_context_tokens))
        )
        self.fit_marker.setValue(_x(p.max_context_tokens))
        self.fit_marker.setToolTip(
            self.tr("Largest context that fits: %1 tokens").replace(
                "%1", f"{p.max_context_tokens:,}"
            )
        )
        self.fit_marker.setVisible(True)
        # a hidden label ignores new text: write it now that the line shows
        self.fit_marker.label.valueChanged()
        self._keep_labels_apart()  # the line moved: its label and the limits' may meet

    def _update_band_bar(self) -> None:
        """The plan's likely range as an error bar at its context (moves with the slider)."""
        p = self._state.plan
        if p is None or self._series is None or not self._series.terms:
            self.band_bar.setVisible(False)
            return
        binary = self._state.binary_units
        band = total_band(p.estimate)
        y = size_value(band.central_bytes, binary)
        self.band_bar.setData(
            x=np.array([_x(p.estimate.workload.context_tokens)]),
            y=np.array([y]),
            top=np.array([size_value(band.high_bytes, binary) - y]),
            bottom=np.array([y - size_value(band.low_bytes, binary)]),
        )
        self.band_bar.setToolTip(
            self.tr("Likely %1 at %2 tokens")
            .replace("%1", texts.band_range(band, binary))
            .replace("%2", f"{p.estimate.workload.context_tokens:,}")
        )
        self.band_bar.setVisible(True)

    @property
    def marker_tokens(self) -> float:
        """The context the chosen-context marker stands at (tests)."""
        return float(2 ** self.context_marker.value())

    @property
    def fit_marker_tokens(self) -> float | None:
        """The largest context that fits, where its marker stands; None when hidden."""
        if not self.fit_marker.isVisible():
            return None
        return float(2 ** self.fit_marker.value())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """The readout belongs to the mouse: it clears when the mouse leaves the plot."""
        if watched is self.plot_widget and event.type() == QEvent.Type.Leave:
            self.set_readout("")
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Elide the readout again for the new width."""
        super().resizeEvent(event)
        self.set_readout(self._readout_full)

    def set_readout(self, text: str) -> None:
        """Show ``text`` on the readout line, elided to its width (the full text as tooltip)."""
        self._readout_full = text
        width = max(self.width() - 4, 40)
        shown = self.readout.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
        self.readout.setText(shown or " ")
        self.readout.setToolTip(text if shown != text else "")

    @property
    def readout_full_text(self) -> str:
        """The readout's whole text, before eliding (tests)."""
        return self._readout_full

    def _on_mouse_moved(self, event: Any) -> None:
        pos: QPointF = event[0]
        series = self._series
        if series is None or not series.terms or not self.plot.sceneBoundingRect().contains(pos):
            self.set_readout("")
            return
        x = self.plot.getViewBox().mapSceneToView(pos).x()
        # the nearest computed context: the readout shows numbers the core gave, not a guess
        # interpolated between two of them
        xs = [_x(c) for c in series.contexts]
        i = min(range(len(xs)), key=lambda k: abs(xs[k] - x))
        self.set_readout(self.readout_text(i))

    def readout_text(self, i: int) -> str:
        """Total and every non-zero term at the ``i``-th context of the chart."""
        series = self._series
        if series is None:
            return ""
        binary = self._state.binary_units
        parts = [
            f"{texts.term_label(name)} {texts.size(vals[i], binary)}"
            for name, vals in series.terms
            if vals[i]
        ]
        return (
            self.tr("At %1 tokens: total %2")
            .replace("%1", f"{series.contexts[i]:,}")
            .replace("%2", texts.size(series.totals[i], binary))
            + " ("
            + ", ".join(parts)
            + ")"
        )
