"""Memory against context: stacked terms on a log axis, free/total VRAM and VRAM + RAM lines,
markers at the chosen context and the largest one that fits, and a readout under the mouse."""

from __future__ import annotations

import math
import os
from typing import Any

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from vramscope.core.constants import RAM_SAFETY_MARGIN_BYTES

from . import texts
from .app import configure_pyqtgraph
from .logic import ChartSeries, format_tokens, size_value
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
_OVERLAY_STYLES = (Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)


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
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.legend: Any = self.plot.addLegend(offset=(8, 28), labelTextSize="8pt")
        layout.addWidget(self.plot_widget, 1)
        self.readout = QLabel(" ")
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.readout)

        self.stack_items: dict[str, Any] = {}
        self.overlay_items: dict[str, Any] = {}
        self.context_marker: Any = pg.InfiniteLine(angle=90, movable=False)
        self.fit_marker: Any = pg.InfiniteLine(angle=90, movable=False)
        self.limit_lines: dict[str, Any] = {}
        self._series: ChartSeries | None = None
        self._mouse_proxy: Any = pg.SignalProxy(
            self.plot.scene().sigMouseMoved, rateLimit=60, slot=self._on_mouse_moved
        )
        state.chart_changed.connect(self.redraw)
        state.hardware_changed.connect(self.redraw)
        state.units_changed.connect(self.redraw)
        state.context_changed.connect(self._on_state_context_changed)
        state.plan_changed.connect(self._on_state_plan_changed)
        state.inputs_changed.connect(self._rebuild_overlay_menu)
        self._rebuild_overlay_menu()
        self.apply_theme()
        self.redraw()

    # ----- appearance -------------------------------------------------------------------------

    def apply_theme(self) -> None:
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
        self.redraw()

    def _rebuild_overlay_menu(self) -> None:
        self._overlay_menu.clear()
        chosen = set(self._state.overlay)
        for fmt in self._state.available_formats():
            if fmt.id == self._state.format_id:
                continue
            action = QAction(fmt.label, self._overlay_menu)
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
        return texts.unit_labels()[1 if self._state.binary_units else 0]

    def redraw(self) -> None:
        """Rebuild every item from the state's chart series (on data, unit or theme changes)."""
        st = self._state
        binary = st.binary_units
        self.plot.clear()
        self.legend.clear()
        self.stack_items, self.overlay_items, self.limit_lines = {}, {}, {}
        fmt_label = st.fmt.label if st.format_id else ""
        self.title.setText(
            self.tr("<b>Memory vs context</b> · %1 · %2")
            .replace("%1", st.model.name)
            .replace("%2", fmt_label)
        )
        self.plot.setLabel("left", self.tr("Memory (%1)").replace("%1", self.unit()))
        self.plot.setLabel("bottom", self.tr("Context (tokens per sequence, log scale)"))
        series = st.chart.get(st.format_id)
        self._series = series
        if series is None or not series.terms:
            if series is not None and series.error:
                self.readout.setText(series.error)
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
        # draw the tallest layer first so each smaller one paints over it: a stacked area chart
        for i, (name, ys) in reversed(list(enumerate(layers))):
            color = QColor(_TERM_COLORS[i % len(_TERM_COLORS)])
            fill = QColor(color)
            fill.setAlpha(150)
            item = pg.PlotDataItem(
                xs,
                ys,
                pen=pg.mkPen(color, width=1),
                fillLevel=0,
                brush=fill,
                name=texts.term_label(name),
            )
            self.plot.addItem(item)
            self.stack_items[name] = item
        for j, (fid, other) in enumerate((k, v) for k, v in st.chart.items() if k != st.format_id):
            if not other.terms:
                continue
            pen = pg.mkPen(self._fg, width=2, style=_OVERLAY_STYLES[j % len(_OVERLAY_STYLES)])
            label = self.tr("Total, %1").replace("%1", fid.upper())
            item = pg.PlotDataItem(
                [_x(c) for c in other.contexts],
                [size_value(t, binary) for t in other.totals],
                pen=pen,
                name=label,
            )
            self.plot.addItem(item)
            self.overlay_items[fid] = item
        self._add_limits()
        self._set_ticks(series.contexts)
        top = max(size_value(max(series.totals), binary), 0.1)
        limits = [v for v in self._limit_values().values() if v > 0]
        ymax = max(top, *(limits or [0.0]))
        # keep the limits in view, but do not let a huge VRAM+RAM line flatten the curve
        ymax = min(ymax, top * 3) if limits else top
        self.plot.setYRange(0, ymax * 1.05, padding=0)
        self.plot.setXRange(xs[0], xs[-1], padding=0.02)
        self._place_markers()

    def _limit_values(self) -> dict[str, float]:
        hw = self._state.hardware
        if hw is None:
            return {}
        binary = self._state.binary_units
        ram = max(hw.ram_available_bytes - RAM_SAFETY_MARGIN_BYTES, 0)
        out: dict[str, float] = {}
        if hw.gpus:
            out["free"] = size_value(hw.gpu_free_bytes, binary)
            out["total"] = size_value(hw.gpu_total_bytes, binary)
        out["both"] = size_value(hw.gpu_free_bytes + ram, binary)
        return out

    def _add_limits(self) -> None:
        labels = {
            "free": self.tr("free VRAM"),
            "total": self.tr("total VRAM"),
            "both": self.tr("free VRAM + RAM")
            if self._state.hardware and self._state.hardware.gpus
            else self.tr("available RAM"),
        }
        colors = {"free": "#2e8b57", "total": "#7f7f7f", "both": "#c0392b"}
        # free on the left, total on the right: the two often coincide (planned hardware)
        places = {"free": (0.02, (0, 1)), "total": (0.98, (1, 1)), "both": (0.5, (0.5, 0))}
        for key, value in self._limit_values().items():
            line = pg.InfiniteLine(
                pos=value,
                angle=0,
                movable=False,
                pen=pg.mkPen(colors[key], width=2, style=Qt.PenStyle.DashLine),
                label=f"{labels[key]} {value:.1f} {self.unit()}",
                labelOpts={
                    "position": places[key][0],
                    "color": colors[key],
                    "anchors": [places[key][1], places[key][1]],
                },
            )
            self.plot.addItem(line)
            self.limit_lines[key] = line

    def _set_ticks(self, contexts: tuple[int, ...]) -> None:
        lo, hi = contexts[0], contexts[-1]
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
        self.context_marker.label = None
        self.plot.addItem(self.context_marker)
        self.plot.addItem(self.fit_marker)
        self._on_state_plan_changed()

    # ----- markers ----------------------------------------------------------------------------

    def _on_state_context_changed(self, tokens: int) -> None:
        # the hot path while the slider moves: one line moves, nothing is recomputed
        self.context_marker.setValue(_x(tokens))

    def _on_state_plan_changed(self) -> None:
        p = self._state.plan
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

    @property
    def marker_tokens(self) -> float:
        return float(2 ** self.context_marker.value())

    @property
    def fit_marker_tokens(self) -> float | None:
        if not self.fit_marker.isVisible():
            return None
        return float(2 ** self.fit_marker.value())

    def _on_mouse_moved(self, event: Any) -> None:
        pos: QPointF = event[0]
        series = self._series
        if series is None or not series.terms or not self.plot.sceneBoundingRect().contains(pos):
            return
        x = self.plot.getViewBox().mapSceneToView(pos).x()
        xs = [_x(c) for c in series.contexts]
        i = min(range(len(xs)), key=lambda k: abs(xs[k] - x))
        self.readout.setText(self.readout_text(i))

    def readout_text(self, i: int) -> str:
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
