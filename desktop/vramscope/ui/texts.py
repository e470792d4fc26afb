"""Translated names and sentences for the core's codes, and the verdict colours.

The core speaks English codes (``fits_gpu``, ``kv_cache``) and English sentences; the window
rebuilds every sentence here from the plan's numbers so that all four languages read naturally.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from vramscope.app.present import format_size, format_speed, size_value
from vramscope.app.present import terms as present_terms
from vramscope.app.present import unit_labels as present_unit_labels
from vramscope.app.present.formats import format_label as present_format_label
from vramscope.app.present.speed import speed_range_text
from vramscope.app.present.verdicts import verdict_sentence
from vramscope.core import Band, Hardware, Plan, WeightFormat

__all__ = [
    "CATEGORIES",
    "VERDICT_SYMBOLS",
    "band_range",
    "category_label",
    "category_symbol",
    "device_label",
    "plan_sentence",
    "term_label",
    "unit_labels",
    "verdict_colors",
]


def _noop(marked: object) -> str:
    # QT_TRANSLATE_NOOP marks a string for lupdate and returns it unchanged (typed as object)
    return str(marked)


# Colour classes of the fit table, from best to worst (the legend's order).
CATEGORIES: tuple[str, ...] = (
    "fits_gpu",
    "tight",
    "kv_in_ram",
    "layers_in_ram",
    "shared_memory_spill",
    "cpu_only",
    "disk_offload",
    "does_not_fit",
)

_CATEGORY_NAMES: dict[str, str] = {
    "fits_gpu": _noop(QT_TRANSLATE_NOOP("texts", "All on GPU")),
    "tight": _noop(QT_TRANSLATE_NOOP("texts", "Tight")),
    "kv_in_ram": _noop(QT_TRANSLATE_NOOP("texts", "KV cache in RAM")),
    "layers_in_ram": _noop(QT_TRANSLATE_NOOP("texts", "Layers in RAM")),
    "shared_memory_spill": _noop(QT_TRANSLATE_NOOP("texts", "Shared GPU memory")),
    "cpu_only": _noop(QT_TRANSLATE_NOOP("texts", "CPU only")),
    "disk_offload": _noop(QT_TRANSLATE_NOOP("texts", "Streams from disk")),
    "does_not_fit": _noop(QT_TRANSLATE_NOOP("texts", "Does not fit")),
    "error": _noop(QT_TRANSLATE_NOOP("texts", "Not available")),
}

_CATEGORY_HINTS: dict[str, str] = {
    "fits_gpu": _noop(
        QT_TRANSLATE_NOOP("texts", "Weights, KV cache and buffers all fit in free VRAM.")
    ),
    "tight": _noop(
        QT_TRANSLATE_NOOP(
            "texts",
            "The estimate fits in free VRAM, but the upper edge of its likely range does not: "
            "it may not fit.",
        )
    ),
    "kv_in_ram": _noop(
        QT_TRANSLATE_NOOP(
            "texts", "Weights fit in VRAM; the KV cache lives in system RAM (slower)."
        )
    ),
    "layers_in_ram": _noop(
        QT_TRANSLATE_NOOP("texts", "Some layers run from system RAM on the CPU (slower).")
    ),
    "shared_memory_spill": _noop(
        QT_TRANSLATE_NOOP(
            "texts", "The Windows driver spills VRAM into system RAM over PCIe (very slow)."
        )
    ),
    "cpu_only": _noop(QT_TRANSLATE_NOOP("texts", "Runs on the CPU from system RAM.")),
    "disk_offload": _noop(
        QT_TRANSLATE_NOOP("texts", "Too big for RAM: weights stream from disk (extremely slow).")
    ),
    "does_not_fit": _noop(
        QT_TRANSLATE_NOOP("texts", "Needs more memory than VRAM and RAM together.")
    ),
    "error": _noop(QT_TRANSLATE_NOOP("texts", "This runtime cannot load this format.")),
}

# Light theme: pastel fills under dark text; dark theme: deep fills under light text. Each pair
# keeps a contrast ratio above 7:1 (WCAG AAA) between the text and the fill.
# Cell fills: tints (light) and shades (dark) of the Okabe-Ito colour-blind-safe palette
# (source: Okabe & Ito 2008, "Color Universal Design", https://jfly.uni-koeln.de/color/),
# each verdict on its own hue family; the tint levels were picked so every pair stays apart
# (CIELAB delta E >= 9 light, >= 6 dark) in normal vision and under the Machado et al. 2009
# deuteranopia and protanopia simulations (benchmarks/cvd_palette.py checks it), and a symbol
# in every cell (VERDICT_SYMBOLS) says the verdict without colour.
_LIGHT: dict[str, str] = {
    "fits_gpu": "#40b696",  # bluish green
    "tight": "#6fbfec",  # sky blue
    "kv_in_ram": "#f4eb71",  # yellow
    "layers_in_ram": "#f4d48c",  # orange, pale
    "shared_memory_spill": "#d48db4",  # reddish purple
    "cpu_only": "#8cc0dc",  # blue, pale
    "disk_offload": "#bdbdbd",  # grey
    "does_not_fit": "#e49659",  # vermillion
    "error": "#e2e2e2",
}
_DARK: dict[str, str] = {
    "fits_gpu": "#00674b",
    "tight": "#006197",
    "kv_in_ram": "#6c671e",
    "layers_in_ram": "#503800",
    "shared_memory_spill": "#70435c",
    "cpu_only": "#275169",
    "disk_offload": "#363636",
    "does_not_fit": "#8a3d00",
    "error": "#444444",
}

# A symbol per verdict, before the cell's first line and in the legend: the verdict must not
# be told by colour alone (WCAG 2.1, 1.4.1 "Use of Color"). Plain Unicode that the default UI
# fonts of Windows, macOS and Linux carry.
VERDICT_SYMBOLS: dict[str, str] = {
    "fits_gpu": "✓",
    "tight": "≈",
    "kv_in_ram": "↓",
    "layers_in_ram": "⇊",
    "shared_memory_spill": "⇄",
    "cpu_only": "○",
    "disk_offload": "⇣",
    "does_not_fit": "✗",
    "error": "",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("texts", text)


def category_label(category: str) -> str:
    return _tr(_CATEGORY_NAMES.get(category, category))


def category_symbol(category: str) -> str:
    """The verdict's symbol (:data:`VERDICT_SYMBOLS`); "" for an unknown category."""
    return VERDICT_SYMBOLS.get(category, "")


def category_hint(category: str) -> str:
    return _tr(_CATEGORY_HINTS.get(category, ""))


def format_label(fmt: WeightFormat) -> str:
    """A weight format's name in the window's language (templates in app.present.formats)."""
    return present_format_label(fmt, QCoreApplication.translate)


def term_label(name: str) -> str:
    """A term's label in the window's language (the templates live in app.present.terms)."""
    return present_terms.term_label(name, QCoreApplication.translate)


def device_label(device: str, hardware: Hardware | None = None) -> str:
    """``gpu0`` -> the GPU's name (or "GPU 1"); ``ram`` -> "RAM"; ``disk`` -> "Disk"."""
    if device.startswith("gpu"):
        index = int(device[3:] or 0)
        if hardware is not None and len(hardware.gpus) == 1:
            return QCoreApplication.translate("texts", "GPU")
        return QCoreApplication.translate("texts", "GPU %1").replace("%1", str(index + 1))
    if device == "ram":
        return QCoreApplication.translate("texts", "RAM")
    if device == "disk":
        return QCoreApplication.translate("texts", "Disk")
    return device


def unit_labels() -> tuple[str, str, str, str]:
    """The size symbols in the current language: GB, GiB, MB, MiB (one set for the window and
    the presenter's sentences: app.present.unit_labels)."""
    return present_unit_labels(QCoreApplication.translate)


def size(n_bytes: float, binary: bool) -> str:
    return format_size(n_bytes, binary, unit_labels())


def band_range(band: Band, binary: bool) -> str:
    """``5.7-6.1 GB``: a band's low and high edges, one decimal (the core's "likely" range)."""
    unit = unit_labels()[1 if binary else 0]
    lo, hi = size_value(band.low_bytes, binary), size_value(band.high_bytes, binary)
    return f"{lo:.1f}-{hi:.1f} {unit}"


def verdict_colors(dark: bool) -> dict[str, tuple[QColor, QColor]]:
    """Category -> (fill, text) for the current light or dark palette."""
    fills = _DARK if dark else _LIGHT
    text = QColor("#f4f4f4") if dark else QColor("#161616")
    return {k: (QColor(v), text) for k, v in fills.items()}


def speed_text(tokens_per_s: float | None) -> str:
    """A cell's speed, by the same figure policy as the verdict (app.present.format_speed)."""
    if tokens_per_s is None:
        return ""
    number = format_speed(tokens_per_s)
    return QCoreApplication.translate("texts", "%1 tok/s").replace("%1", number)


def plan_speed_text(p: Plan | None, tokens_per_s: float | None, *, unit: bool = True) -> str:
    """A cell's speed with its likely range, "~40 tok/s (32-46)" (app.present.speed, as the
    CLI writes it; "~40 (32-46)" with ``unit=False``); without a plan, the bare figure."""
    if p is None:
        return speed_text(tokens_per_s)
    return speed_range_text(p.speed, QCoreApplication.translate, unit=unit)


def plan_sentence(p: Plan, binary: bool) -> str:
    """The verdict in one plain sentence in the current language (the CLI prints the same one:
    both come from ``app.present.verdicts``; the verdict carries the GPU names)."""
    return verdict_sentence(p, QCoreApplication.translate, binary=binary)
