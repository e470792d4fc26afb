"""Unit symbols inside rendered parameters: sizes and bandwidths read in the user's language."""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, register

__all__: list[str] = []

register(
    "Units",
    {
        "unit.gb": QT_TRANSLATE_NOOP("Units", "GB"),
        "unit.gib": QT_TRANSLATE_NOOP("Units", "GiB"),
        # sizes under one gigabyte (a small model's KV cache, a 0.5B model's weights)
        "unit.mb": QT_TRANSLATE_NOOP("Units", "MB"),
        "unit.mib": QT_TRANSLATE_NOOP("Units", "MiB"),
        "unit.gb_per_s": QT_TRANSLATE_NOOP("Units", "{value} GB/s"),
    },
)
