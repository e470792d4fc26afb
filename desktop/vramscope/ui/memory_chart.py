"""Memory against context: stacked terms on a log axis, free/total VRAM and VRAM + RAM lines,
markers at the chosen context and the largest one that fits, and a readout under the mouse."""

from __future__ import annotations

import math
import os
from typing import Any

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vramscope.app.chart import ChartSeries, total_band
from vramscope.app.present import format_tokens, size_value
from vramscope.core import RAM_SAFETY_MARGIN_BYTES

from . import texts
from .app import configure_pyqtgraph
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
# Overlaid formats differ by dash pattern, not colour: the term colours are all taken.
_OVERLAY_STYLES = (Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)
# green for what is free now, grey for the card's size, red for GPU and RAM together: the
# line past which the model does not fit at all
_LIMIT_COLORS = {"free": "#2e8b57", "total": "#7f7f7f", "both": "#c0392b"}
# free on the left, total on the right: the two often coincide (planned hardware)
_LIMIT_PLACES = {"free": (0.02, (0, 1)), "total": (0.98, (1, 1)), "both": (0.5, (0.5, 0))}
_BAND_COLOR = "#6a6a6a"
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
        self.plot_widget.setMinimumHeight(220)
        self.plot: Any = self.plot_widget.getPlotItem()
        # a fixed view: pyqtgraph's context menu and auto-range button would let the user lose
        # the chart with no way back
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        # the mouse reads values (readout) instead of panning: a chart of one question, not a plot
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.legend: Any = self.plot.addLegend(offset=(8, 28), labelTextSize="8pt")
        # Moving the slider repaints the whole plot to move one line: keep the axes, the legend
        # and the filled curves as cached pixmaps so a repaint is mostly blits.
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setCacheMode(_CACHE)
        self.legend.setCacheMode(_CACHE)
        layout.addWidget(self.plot_widget, 1)
        self.readout = QLabel(" ")
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.readout)

        self.stack_items: dict[str, Any] = {}
        self.overlay_items: dict[str, Any] = {}
        self.limit_lines: dict[str, Any] = {}
        # Items are created once and updated with setData: a redraw never rebuilds the scene.
        self._stack_pool: list[Any] = []
        self._overlay_pool: list[Any] = []
        self._legend_key: tuple[object, ...] = ()
        self._legend_entries: list[tuple[Any, str]] = []
        self.context_marker: Any = pg.InfiniteLine(angle=90, movable=False)
        self.fit_marker: Any = pg.InfiniteLine(angle=90, movable=False)
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
            line.setZValue(_Z_MARKERS - 1)
            line.setVisible(False)
            self.plot.addItem(line)
            self._limit_pool[key] = line
        # the likely range of the total (core.band): edges, a shaded fill, and an error bar at
        # the chosen context from the breakdown's own plan
        self.band_low_item: Any = pg.PlotDataItem([], [], pen=pg.mkPen(_BAND_COLOR, width=1))
        self.band_high_item: Any = pg.PlotDataItem([], [], pen=pg.mkPen(_BAND_COLOR, width=1))
        band_brush = QColor(_BAND_COLOR)
        band_brush.setAlpha(70)
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
            [], [], symbol="star", size=18, pen=pg.mkPen("#1a1a1a", width=1), brush="#d62728"
        )
        self.measured_item.setZValue(_Z_MARKERS + 1)
        self.measured_item.setVisible(False)
        self.plot.addItem(self.measured_item)
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
        self.legend.setLabelTextColor(fg)
        self._legend_key = ()  # relabel in the new colour
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
        legend: list[tuple[Any, str]] = []
        if series is None or not series.terms:
            if series is not None and series.error:
                self.readout.setText(series.error)
            for item in (*self._stack_pool, *self._overlay_pool):
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
        # a stacked area chart: each smaller (lower) layer paints over the taller ones
        for i, (name, ys) in enumerate(layers):
            item = self._stack_item(i)
            item.setData(xs, ys)
            item.setZValue(_Z_STACK - i)
            item.setVisible(True)
            self.stack_items[name] = item
        for item in self._stack_pool[len(layers) :]:
            item.setVisible(False)
        # the legend lists the top layer first, the order the eye meets the stack
        for name, _ys in reversed(layers):
            legend.append((self.stack_items[name], texts.term_label(name)))
        if series.band_high and len(series.band_high) == len(xs):
            self.band_low_item.setData(xs, [size_value(v, binary) for v in series.band_low])
            self.band_high_item.setData(xs, [size_value(v, binary) for v in series.band_high])
            for item in (self.band_fill, self.band_low_item, self.band_high_item):
                item.setVisible(True)
            legend.append((self.band_high_item, self.tr("Likely range")))
        overlays = [(k, v) for k, v in st.chart.items() if k != st.format_id and v.terms]
        for j, (fid, other) in enumerate(overlays):
            item = self._overlay_item(j)
            item.setPen(
                pg.mkPen(self._fg, width=2, style=_OVERLAY_STYLES[j % len(_OVERLAY_STYLES)])
            )
            item.setData(
                [_x(c) for c in other.contexts], [size_value(t, binary) for t in other.totals]
            )
            item.setVisible(True)
            self.overlay_items[fid] = item
            legend.append((item, self.tr("Total, %1").replace("%1", fid.upper())))
        for item in self._overlay_pool[len(overlays) :]:
            item.setVisible(False)
        self._update_limits()
        measured = self._update_measured(legend)
        self._set_legend(legend)
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
        self.plot.setYRange(0, ymax * 1.05, padding=0)
        # a measured peak at a context outside the curve still has to be seen
        lo_x, hi_x = xs[0], xs[-1]
        if st.measured is not None:
            mx = _x(st.measured.context_tokens)
            lo_x, hi_x = min(lo_x, mx), max(hi_x, mx)
        self.plot.setXRange(lo_x, hi_x, padding=0.02)
        self._place_markers()

    def _stack_item(self, i: int) -> Any:
        while len(self._stack_pool) <= i:
            k = len(self._stack_pool)
            color = QColor(_TERM_COLORS[k % len(_TERM_COLORS)])
            # translucent fills let the grid show through and keep the stack readable
            fill = QColor(color)
            fill.setAlpha(150)
            item = pg.PlotDataItem([], [], pen=pg.mkPen(color, width=1), fillLevel=0, brush=fill)
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
        return self._overlay_pool[j]

    def _set_legend(self, entries: list[tuple[Any, str]]) -> None:
        key = tuple((id(item), label) for item, label in entries)
        # rebuilding the legend relayouts its cached pixmap: skip it when nothing changed
        if key == self._legend_key:
            return
        self._legend_key = key
        self._legend_entries = entries
        self.legend.clear()
        for item, label in entries:
            self.legend.addItem(item, label)

    def _update_measured(self, legend: list[tuple[Any, str]]) -> float | None:
        """Place the measured peak (if any); returns its height in chart units."""
        point = self._state.measured
        if point is None:
            self.measured_item.setVisible(False)
            return None
        y = size_value(point.bytes, self._state.binary_units)
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
            (
                self.measured_item,
                self.tr("Measured %1").replace(
                    "%1", texts.size(point.bytes, self._state.binary_units)
                ),
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
        self.context_marker.setValue(_x(st.context))
        self._on_state_plan_changed()

    # ----- markers ----------------------------------------------------------------------------

    def _on_state_context_changed(self, tokens: int) -> None:
        # the hot path while the slider moves: one line moves, nothing is recomputed
        self.context_marker.setValue(_x(tokens))

    def _on_state_plan_changed(self) -> None:
        p = self._state.plan
        self._update_band_bar()
        if p is None or p.max_context_tokens <= 0:
            self.fit_marker.setVisible(False)
            return
        self.fit_marker.setPen(pg.mkPen("#2e8b57", width=2, style=Qt.PenStyle.DotLine))
        self.fit_marker.setValue(_x(p.max_context_tokens))
        self.fit_marker.setToolTip(
            self.tr("Largest context that fits: %1 tokens").replace(
                "%1", f"{p.max_context_tokens:,}"
            )
        )
        self.fit_marker.setVisible(True)

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

    def _on_mouse_moved(self, event: Any) -> None:
        pos: QPointF = event[0]
        series = self._series
        if series is None or not series.terms or not self.plot.sceneBoundingRect().contains(pos):
            return
        x = self.plot.getViewBox().mapSceneToView(pos).x()
        # the nearest computed context: the readout shows numbers the core gave, not a guess
        # interpolated between two of them
        xs = [_x(c) for c in series.contexts]
        i = min(range(len(xs)), key=lambda k: abs(xs[k] - x))
        self.readout.setText(self.readout_text(i))

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
