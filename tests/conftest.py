"""Test-wide setup. Qt must run offscreen before any QApplication exists (DESIGN.md pitfalls)."""

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The user's data folder (their own catalog, saved checks) is never the real one in tests:
# a folder for the whole session here, and an empty one per test below.
os.environ["VRAMSCOPE_DATA_DIR"] = tempfile.mkdtemp(prefix="vramscope-test-data-")


@pytest.fixture(autouse=True)
def _own_user_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each test starts with an empty user data folder (no user catalog entries)."""
    monkeypatch.setenv("VRAMSCOPE_DATA_DIR", str(tmp_path / "user-data"))
