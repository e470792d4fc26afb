"""A bare PySide6 + pyqtgraph window: the start-up baseline (benchmarks/startup.py).

Frozen by the same spec as VRAMScope (``vramscope.spec -- --bare``) so that the two builds differ
only in the application code: the ratio of their start-up times is the app's own cost.
"""

from __future__ import annotations

import sys


def main() -> int:
    """Show a main window holding one empty pyqtgraph plot, then run the event loop."""
    import pyqtgraph as pg
    from PySide6 import QtWidgets

    app = QtWidgets.QApplication(sys.argv)
    window = QtWidgets.QMainWindow()
    window.setWindowTitle("bare window")
    plot = pg.PlotWidget()
    plot.plot([0, 1, 2, 3], [0, 1, 4, 9])
    window.setCentralWidget(plot)
    window.resize(900, 600)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
