"""Imports every template submodule so that ``all_codes`` and ``render`` see them all."""

from __future__ import annotations

from . import (  # noqa: F401
    advice,
    arch,
    checks,
    errors,
    estimate_notes,
    formats,
    formulas,
    hardware,
    hostile_data,
    hostile_readers,
    jsondata,
    logs,
    model_notes,
    options,
    run_settings,
    runtime_errors,
    session,
    speed,
    terms,
    units,
    user_catalog,
    verdicts,
    vision,
    vllm,
)
