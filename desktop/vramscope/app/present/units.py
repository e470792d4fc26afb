"""Unit symbols inside rendered parameters: sizes and bandwidths read in the user's language."""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, register

__all__: list[str] = []

register(
    "Units",
    {
        "unit.gb": QT_TRANSLATE_NOOP("Units", "GB"),
        "unit.gib": QT_TRANSLATE_NOOP("Units", "GiB"),
        "unit.gb_per_s": QT_TRANSLATE_NOOP("Units", "{value} GB/s"),
    },
)
