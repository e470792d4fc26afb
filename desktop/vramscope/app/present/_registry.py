"""Imports every template submodule so that ``all_codes`` and ``render`` see them all."""

from __future__ import annotations

from . import (  # noqa: F401  # noqa: F401
    errors,
    estimate_notes,
    formulas,
    hardware,
    jsondata,
    runtime_errors,
    session,
    terms,
    verdicts,
)
