"""Test-wide setup. Qt must run offscreen before any QApplication exists (DESIGN.md pitfalls)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
