"""Imports every template submodule so that ``all_codes`` and ``render`` see them all."""

from __future__ import annotations
