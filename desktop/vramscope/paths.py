"""Where the app's files are. The only module that knows whether the app is frozen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["is_frozen", "resources_dir", "user_data_dir"]

APP_NAME = "VRAMScope"


def is_frozen() -> bool:
    """True inside a PyInstaller bundle (the test from PyInstaller's run-time information page)."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resources_dir() -> Path:
    """Root of the read-only files shipped with the app (the repository's ``resources/``)."""
    if is_frozen():
        # one-folder: <app>/_internal/resources; one-file: the temporary unpack folder
        bundle: str = sys._MEIPASS  # type: ignore[attr-defined]
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent.parent / "resources"


def user_data_dir() -> Path:
    """Per-user folder for the user's own models and saved checks (never under resources/)."""
    override = os.environ.get("VRAMSCOPE_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME
