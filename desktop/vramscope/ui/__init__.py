"""The desktop window: the only package that imports PySide6 and pyqtgraph."""

import os

# pyqtgraph picks its Qt binding at import; pin it to the one we ship (DESIGN.md).
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
