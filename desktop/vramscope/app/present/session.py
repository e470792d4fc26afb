"""Sentences for the session's codes (``app.session``): options the user typed, such as
``--ram 32GB`` or ``--gpu "RTX 4090:24"``."""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, register

__all__: list[str] = []

# lupdate reads the context only as a string literal, so it is spelled out in every call.
register(
    "Session",
    {
        "option.size": QT_TRANSLATE_NOOP(
            "Session", "{option}: expected a size in GB such as 24, got {value}"
        ),
        "option.size_range": QT_TRANSLATE_NOOP(
            "Session", "{option} must be between {low_gib} and {high_gib} GB, got {value}"
        ),
        "option.gpu": QT_TRANSLATE_NOOP("Session", "--gpu: expected NAME or NAME:GB, got {value}"),
        "option.cpu": QT_TRANSLATE_NOOP("Session", "--cpu: expected one of {kinds}, got {value}"),
        "option.gpu_layers": QT_TRANSLATE_NOOP(
            "Session", "--gpu-layers must be a number, 'all' or 'auto', got {value}"
        ),
        "option.gpu_layers_negative": QT_TRANSLATE_NOOP(
            "Session", "--gpu-layers must be 0 or more, got {value}"
        ),
    },
)
