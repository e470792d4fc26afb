"""The memory chart's legend: a wrapping row of chips under the plot, never on top of it.

pyqtgraph's legend sits inside the plot, where it covered the limit lines' labels and the
curve, and drew its swatches from the pens, not from the translucent areas the eye sees
(issue 14). Each chip here paints the colour the plot paints.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from .flow_layout import FlowLayout

__all__ = ["ChartLegend", "LegendEntry", "blend"]

_SWATCH = (18, 12)


def blend(color: QColor, background: QColor, alpha: int) -> QColor:
    """``color`` painted with ``alpha`` (0-255) over ``background``, as one opaque colour."""
    a = alpha / 255
    return QColor(
        round(color.red() * a + background.red() * (1 - a)),
        round(color.green() * a + background.green() * (1 - a)),
        round(color.blue() * a + background.blue() * (1 - a)),
    )


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """One chip: ``kind`` is "area", "band", "line" or "marker"; ``fill`` is the colour the plot
    shows for an area (already blended with the background), ``pen`` the line's colour."""

    label: str
    kind: str
    fill: str = ""
    pen: str = ""
    dash: Qt.PenStyle = Qt.PenStyle.SolidLine

    def __post_init__(self) -> None:
        if self.kind not in ("area", "band", "line", "marker"):
            raise ValueError(f"kind must be area, band, line or marker, got {self.kind!r}")


def _swatch(entry: LegendEntry, device_ratio: float) -> QPixmap:
    w, h = _SWATCH
    pix = QPixmap(round(w * device_ratio), round(h * device_ratio))
    pix.setDevicePixelRatio(device_ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if entry.kind in ("area", "band"):
        p.setBrush(QColor(entry.fill))
        p.setPen(QPen(QColor(entry.pen or entry.fill), 1))
        p.drawRect(QRectF(0.5, 0.5, w - 1, h - 1))
    elif entry.kind == "line":
        pen = QPen(QColor(entry.pen), 2.5, entry.dash)
        p.setPen(pen)
        p.drawLine(QPointF(0, h / 2), QPointF(w, h / 2))
    else:  # a star, like the measured-peak marker
        p.setBrush(QColor(entry.fill))
        p.setPen(QPen(QColor(entry.pen or "#1a1a1a"), 1))
        p.drawPolygon(_star(w / 2, h / 2, h / 2))
    p.end()
    return pix


def _star(cx: float, cy: float, r: float) -> QPolygonF:
    import math

    points = []
    for k in range(10):
        radius = r if k % 2 == 0 else r * 0.45
        angle = -math.pi / 2 + k * math.pi / 5
        points.append(QPointF(cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return QPolygonF(points)


class _Chip(QWidget):
    def __init__(self, entry: LegendEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.swatch = QLabel()
        self.swatch.setPixmap(_swatch(entry, self.devicePixelRatioF()))
        self.text = QLabel(entry.label)
        layout.addWidget(self.swatch)
        layout.addWidget(self.text)


class ChartLegend(QWidget):
    """Chips that wrap onto more rows when the chart is narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = FlowLayout(self, spacing=10)
        self._entries: tuple[LegendEntry, ...] = ()
        self.chips: list[_Chip] = []

    def set_entries(self, entries: list[LegendEntry]) -> None:
        """Show these chips (rebuilt only when something changed)."""
        if tuple(entries) == self._entries:
            return
        self._entries = tuple(entries)
        for chip in self.chips:
            self._flow.removeWidget(chip)
            chip.deleteLater()
        self.chips = [_Chip(e, self) for e in entries]
        for chip in self.chips:
            self._flow.addWidget(chip)
            chip.show()
        self._fit_height()
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Ask for the height the chips need at this width: a splitter above the chart does not
        honour height-for-width, and a squeezed legend would paint over the plot's axis."""
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        need = self._flow.heightForWidth(self.width()) if self.chips else 0
        if need != self.minimumHeight():
            self.setMinimumHeight(need)

    @property
    def entries(self) -> tuple[LegendEntry, ...]:
        return self._entries

    def labels(self) -> list[str]:
        """The chips' texts, in order (tests, --state-json)."""
        return [e.label for e in self._entries]
