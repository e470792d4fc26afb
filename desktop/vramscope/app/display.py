"""Whether a window can be shown here: the start-up decision between the window and the
command-line fallback, made before Qt is imported."""

from __future__ import annotations

import os
import sys

__all__ = ["has_display"]


def has_display() -> bool:
    """True when Qt has a platform to draw on (a display server, or QT_QPA_PLATFORM set)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True  # a desktop session always has a window server there
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
