"""Translated names and sentences for the core's codes, and the verdict colours.

The core speaks English codes (``fits_gpu``, ``kv_cache``) and English sentences; the window
rebuilds every sentence here from the plan's numbers so that all four languages read naturally.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from vramscope.core.band import Band
from vramscope.core.hardware import Hardware
from vramscope.core.plan import Plan

from .logic import format_size, size_value

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

_TERM_NAMES: dict[str, str] = {
    "weights": _noop(QT_TRANSLATE_NOOP("texts", "Weights")),
    "weights_repacked": _noop(QT_TRANSLATE_NOOP("texts", "Weights (CPU repack)")),
    "kv_cache": _noop(QT_TRANSLATE_NOOP("texts", "KV cache")),
    "recurrent_state": _noop(QT_TRANSLATE_NOOP("texts", "Recurrent state")),
    "compute_buffer": _noop(QT_TRANSLATE_NOOP("texts", "Compute buffers")),
    "output_buffer": _noop(QT_TRANSLATE_NOOP("texts", "Output buffer")),
    "runtime_overhead": _noop(QT_TRANSLATE_NOOP("texts", "Runtime overhead")),
    "activations": _noop(QT_TRANSLATE_NOOP("texts", "Activations")),
    "allocator_cache": _noop(QT_TRANSLATE_NOOP("texts", "Allocator cache")),
    "autocast_copies": _noop(QT_TRANSLATE_NOOP("texts", "Autocast copies")),
    "gradients": _noop(QT_TRANSLATE_NOOP("texts", "Gradients")),
    "loss": _noop(QT_TRANSLATE_NOOP("texts", "Loss and logits")),
    "optimizer_states": _noop(QT_TRANSLATE_NOOP("texts", "Optimizer states")),
    "optimizer_step_temp": _noop(QT_TRANSLATE_NOOP("texts", "Optimizer step buffers")),
    "cuda_graphs": _noop(QT_TRANSLATE_NOOP("texts", "CUDA graphs")),
    "logits": _noop(QT_TRANSLATE_NOOP("texts", "Logits")),
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


def term_label(name: str) -> str:
    known = _TERM_NAMES.get(name)
    return _tr(known) if known else name.replace("_", " ")


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


def plan_sentence(p: Plan, hardware: Hardware, binary: bool) -> str:
    """The verdict in one plain sentence, e.g. "Fits on RTX 3060 with 1.8 GB to spare; about
    38 tokens/s." (the core's :attr:`Plan.sentence`, rebuilt in the current language)."""
    est = p.estimate
    speed = ""
    if p.speed is not None:
        tps = p.speed.decode_tokens_per_s
        number = f"{tps:.0f}" if tps >= 1 else f"{tps:.2f}"
        speed = QCoreApplication.translate("texts", "; about %1 tokens/s").replace("%1", number)
    gpus = " + ".join(g.name for g in hardware.gpus) or QCoreApplication.translate(
        "texts", "this machine"
    )
    likely = band_range(p.gpu_band, binary)
    if p.verdict == "fits_gpu" and p.detail == "tight":
        text = QCoreApplication.translate(
            "texts", "Tight fit on %1: needs %2 (likely %3) with %4 free; it may not fit%5."
        )
        free = size(est.peak_gpu_bytes + p.headroom_bytes, binary)
        return (
            text.replace("%1", gpus)
            .replace("%2", size(est.peak_gpu_bytes, binary))
            .replace("%3", likely)
            .replace("%4", free)
            .replace("%5", speed)
        )
    if p.verdict == "fits_gpu":
        text = QCoreApplication.translate("texts", "Fits on %1 with %2 to spare (likely %3)%4.")
        spare = size(p.headroom_bytes, binary)
        return (
            text.replace("%1", gpus).replace("%2", spare).replace("%3", likely).replace("%4", speed)
        )
    if p.verdict == "spills_to_ram":
        if p.detail == "kv_in_ram":
            text = QCoreApplication.translate(
                "texts", "Weights fit on %1 but the KV cache goes to system RAM (slower)%2."
            )
            return text.replace("%1", gpus).replace("%2", speed)
        if p.detail == "shared_memory_spill":
            text = QCoreApplication.translate(
                "texts",
                "Does not fit in VRAM: the Windows driver will spill into shared GPU memory "
                "(system RAM over PCIe), very slow%1.",
            )
            return text.replace("%1", speed)
        on_gpu = max(est.gpu_layers - 1, 0)
        text = QCoreApplication.translate(
            "texts", "Partly fits: %1 of %2 layers on %3, the rest in system RAM (slower)%4."
        )
        return (
            text.replace("%1", str(on_gpu))
            .replace("%2", str(est.model.n_layers))
            .replace("%3", gpus)
            .replace("%4", speed)
        )
    if p.verdict == "cpu_only":
        text = QCoreApplication.translate(
            "texts", "Runs on the CPU from system RAM (%1, likely %2)%3."
        )
        return (
            text.replace("%1", size(est.peak_ram_bytes, binary))
            .replace("%2", band_range(p.ram_band, binary))
            .replace("%3", speed)
        )
    if p.verdict == "disk_offload":
        text = QCoreApplication.translate(
            "texts", "Too big for RAM: weights would stream from disk (mmap), extremely slow%1."
        )
        return text.replace("%1", speed)
    need = est.peak_gpu_bytes if est.n_gpus else est.peak_ram_bytes
    text = QCoreApplication.translate("texts", "Does not fit: needs %1, %2 more than is free.")
    return text.replace("%1", size(need, binary)).replace("%2", size(-p.headroom_bytes, binary))
