"""The core imports nothing but the standard library (DESIGN.md: enforced, not only written)."""

from __future__ import annotations

import json
import subprocess
import sys

FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "pynvml", "psutil", "numpy", "gguf")


def test_importing_core_loads_no_qt_hardware_or_numpy() -> None:
    code = (
        "import sys, json\n"
        "import vramscope.core.api, vramscope.core.plan, vramscope.core.formats\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = json.loads(out.stdout)
    bad = [m for m in loaded if m.split(".")[0] in FORBIDDEN]
    assert bad == []
    assert not [m for m in loaded if m.startswith(("vramscope.ui", "vramscope.hardware"))]
