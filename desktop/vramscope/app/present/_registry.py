"""Imports every template submodule so that ``all_codes`` and ``render`` see them all."""

from __future__ import annotations

from . import (  # noqa: F401
    advice,
    checks,
    errors,
    estimate_notes,
    formats,
    formulas,
    hardware,
    jsondata,
    model_notes,
    options,
    run_settings,
    runtime_errors,
    session,
    terms,
    units,
    verdicts,
)
