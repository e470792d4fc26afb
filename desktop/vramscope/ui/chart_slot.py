"""The chart's place in the window until the window has painted once (issue 14, start-up).

pyqtgraph and numpy take about as long to import as the rest of the window takes to build
(``python -X importtime``; benchmarks/startup.py), so the window shows this light stand-in,
painted like the empty plot, and builds the real chart (ui/memory_chart.py) once the first
frame is on screen. Nothing here may import pyqtgraph or numpy.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

__all__ = ["ChartPlaceholder"]

# The real chart's least height: its plot (170 px, memory_chart.py) with the title, one legend
# row and the readout line above and below it, so the splitter's sizes do not jump when it
# replaces this one.
MIN_HEIGHT = 230


class ChartPlaceholder(QWidget):
    """The plot's background with one line of text; ``painted`` fires after its first paint."""

    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(MIN_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._fired = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Paint the stand-in, then say once that the window is on screen."""
        painter = QPainter(self)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Drawing the chart…"))
        painter.end()
        if not self._fired:
            self._fired = True
            self.painted.emit()
