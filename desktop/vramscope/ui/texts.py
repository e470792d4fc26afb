"""Translated names and sentences for the core's codes, and the verdict colours.

The core speaks English codes (``fits_gpu``, ``kv_cache``) and English sentences; the window
rebuilds every sentence here from the plan's numbers so that all four languages read naturally.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from vramscope.app.present import format_size, size_value
from vramscope.app.present import terms as present_terms
from vramscope.app.present.formats import format_label as present_format_label
from vramscope.app.present.verdicts import verdict_sentence
from vramscope.core import Band, Hardware, Plan, WeightFormat

__all__ = [
    "CATEGORIES",
    "band_range",
    "category_label",
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
_LIGHT: dict[str, str] = {
    "fits_gpu": "#a8e0b8",
    "tight": "#a6dcd3",
    "kv_in_ram": "#d4eca0",
    "layers_in_ram": "#ffe08a",
    "shared_memory_spill": "#ffc48f",
    "cpu_only": "#b9d3f5",
    "disk_offload": "#dcc6f2",
    "does_not_fit": "#f5b3b3",
    "error": "#e2e2e2",
}
_DARK: dict[str, str] = {
    "fits_gpu": "#1e6b3f",
    "tight": "#17524d",
    "kv_in_ram": "#4b6a1c",
    "layers_in_ram": "#74570f",
    "shared_memory_spill": "#86460f",
    "cpu_only": "#1f4c86",
    "disk_offload": "#583a86",
    "does_not_fit": "#862a2a",
    "error": "#444444",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("texts", text)


def category_label(category: str) -> str:
    return _tr(_CATEGORY_NAMES.get(category, category))


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


def unit_labels() -> tuple[str, str]:
    """The decimal and binary gigabyte symbols in the current language."""
    return (QCoreApplication.translate("texts", "GB"), QCoreApplication.translate("texts", "GiB"))


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
    if tokens_per_s is None:
        return ""
    digits = 0 if tokens_per_s >= 10 else (1 if tokens_per_s >= 1 else 2)
    number = f"{tokens_per_s:.{digits}f}"
    return QCoreApplication.translate("texts", "%1 tok/s").replace("%1", number)


def plan_sentence(p: Plan, binary: bool) -> str:
    """The verdict in one plain sentence in the current language (the CLI prints the same one:
    both come from ``app.present.verdicts``; the verdict carries the GPU names)."""
    return verdict_sentence(p, QCoreApplication.translate, binary=binary)
