"""Codes become sentences: the only place user-visible English lives outside the .ts files.

Every code the core, the hardware layer and the readers emit (verdicts, notes, term labels,
errors) has one English template here, registered by a submodule under a Qt translation
context. :func:`render` looks the template up, passes it through a translate function and
fills in the parameters, formatted by the unit their name carries (see ``core.notes``).

The translate function is ``(context, source) -> text``: :func:`identity` for the CLI, and
``QCoreApplication.translate`` for the window. Submodules mark their templates with
:func:`QT_TRANSLATE_NOOP` so ``pyside6-lupdate`` collects them into the .ts files.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from vramscope.core import GB, GIB, Note, ParamValue

__all__ = [
    "DEFAULT_BINARY",
    "QT_TRANSLATE_NOOP",
    "Translate",
    "all_codes",
    "format_params",
    "format_size",
    "format_speed",
    "format_tokens",
    "gpu_list",
    "identity",
    "register",
    "render",
    "size_value",
    "template",
    "unit_labels",
]

Translate = Callable[[str, str], str]


def identity(context: str, source: str) -> str:
    """The CLI's translate function: English as written."""
    del context
    return source


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``source`` for translation under ``context`` without translating it now."""
    del context
    return source


_TEMPLATES: dict[str, tuple[str, str]] = {}


def register(context: str, templates: Mapping[str, str]) -> None:
    """Add ``code -> English template`` pairs under a translation context (once per code)."""
    for code, text in templates.items():
        if code in _TEMPLATES:
            raise ValueError(f"message code {code!r} is registered twice")
        _TEMPLATES[code] = (context, text)


def template(code: str) -> tuple[str, str]:
    """The ``(context, English template)`` of a code; KeyError names an unknown code."""
    _load_all()
    try:
        return _TEMPLATES[code]
    except KeyError:
        raise KeyError(f"no message template for code {code!r}") from None


def all_codes() -> tuple[str, ...]:
    """Every registered code (the translation test walks them in every language)."""
    _load_all()
    return tuple(sorted(_TEMPLATES))


# Sizes are shown in binary units (GiB) unless the user picks GB in the preferences: that is
# what users see for their card and RAM. nvidia-smi counts memory in MiB and Windows Task
# Manager in 2^30-byte "GB": a "12 GB" card holds 12,288 MiB = 12.0 GiB, which decimal units
# would show as 12.9 GB. Labelled "GiB" so the unit is never ambiguous. One default for the
# window, its dialogs, the CLI and the exports.
# source: nvidia-smi on an RTX 4090 (a "24 GB" card) prints "22273MiB / 24564MiB"
# (https://www.cnblogs.com/asandstar/p/19391726): 24,564 MiB = 24.0 GiB = 25.8 GB.
DEFAULT_BINARY = True


def size_value(n_bytes: float, binary: bool = DEFAULT_BINARY) -> float:
    """Bytes in GB (or GiB when ``binary``): the unit every figure and chart axis uses."""
    return n_bytes / (GIB if binary else GB)


def format_size(
    n_bytes: float,
    binary: bool = DEFAULT_BINARY,
    unit_labels: tuple[str, ...] = ("GB", "GiB", "MB", "MiB"),
) -> str:
    """``5.42 GB`` or ``5.05 GiB``: one decimal from 10 up, two below (what users compare);
    under one unit, whole MB (MiB) when ``unit_labels`` names them, so a small model's KV cache
    reads ``48 MB``, never ``0.05 GB`` or ``0.00 GB``."""
    value = n_bytes / (GIB if binary else GB)
    if round(abs(value), 2) < 1 and len(unit_labels) >= 4:
        small = value * (1024 if binary else 1000)
        return f"{small:.0f} {unit_labels[3] if binary else unit_labels[2]}"
    digits = 1 if round(abs(value), 2) >= 10 else 2
    return f"{value:.{digits}f} {unit_labels[1] if binary else unit_labels[0]}"


def format_speed(tokens_per_s: float) -> str:
    """A decode or prompt speed, the one figure policy of every screen: whole numbers from 10
    up, one decimal from 0.1 up, ``<0.1`` below (never ``0.0`` or ``0.00``). One decimal under
    10 keeps the headline and the cell equal (``1.5``, not ``about 2`` beside ``1.5``)."""
    if round(tokens_per_s, 1) >= 10:
        return f"{tokens_per_s:,.0f}"
    if round(tokens_per_s, 1) >= 0.1:
        return f"{tokens_per_s:.1f}"
    return "<0.1"


def format_params(n_params: float) -> str:
    """``8.0 B`` or ``494 M``: a parameter count in billions, millions under one billion."""
    if round(n_params / 1e9, 1) >= 1:
        return f"{n_params / 1e9:.1f} B"
    return f"{n_params / 1e6:.0f} M"


def gpu_list(names: str) -> str:
    """The GPUs of a verdict as a reader lists them: ``2× RTX 3090`` for ``RTX 3090 + NVIDIA
    GeForce RTX 3090`` (a detected name and a catalog one of the same card). One GPU keeps its
    full name; several drop the vendor prefixes and group equal names, in their order."""
    parts = [p.strip() for p in names.split(" + ") if p.strip()]
    if len(parts) < 2:
        return names
    counts: dict[str, int] = {}
    for part in parts:
        short = part
        for prefix in _VENDOR_PREFIXES:
            if short.lower().startswith(prefix.lower() + " "):
                short = short[len(prefix) + 1 :]
        counts[short] = counts.get(short, 0) + 1
    return " + ".join(name if n == 1 else f"{n}× {name}" for name, n in counts.items())


# The words a driver puts before the card's model name (NVML: "NVIDIA GeForce RTX 3090").
_VENDOR_PREFIXES = ("NVIDIA", "GeForce", "AMD", "Radeon", "Intel")


def format_tokens(tokens: int) -> str:
    """``32k`` for 32,768 tokens: the way context sizes are usually written."""
    if tokens >= 1024 and tokens % 1024 == 0:
        return f"{tokens // 1024}k"
    if tokens >= 10_000:
        return f"{tokens / 1024:.0f}k"
    if tokens >= 1024:
        return f"{tokens / 1024:.1f}k"
    return f"{tokens:,}"


# The context of app/present/units.py's templates (a name, not a literal: lupdate would read
# ``tr("Units", ...)`` as a message of its own).
_UNITS = "Units"


def unit_labels(tr: Translate = identity) -> tuple[str, str, str, str]:
    """The decimal and binary size symbols in ``tr``'s language (Russian writes "ГБ"): GB,
    GiB, and MB, MiB for sizes under one gigabyte."""
    return tr(_UNITS, "GB"), tr(_UNITS, "GiB"), tr(_UNITS, "MB"), tr(_UNITS, "MiB")


def _format_param(name: str, value: ParamValue, binary: bool, tr: Translate) -> str:
    if isinstance(value, str):
        return value
    if name.endswith("_bytes"):
        return format_size(value, binary, unit_labels(tr))
    if name.endswith("_bps"):
        number = f"{value / 1e9:.0f}" if value >= 10e9 else f"{value / 1e9:.1f}"
        return tr(_UNITS, "{value} GB/s").format(value=number)
    if name.endswith("_tokens"):
        return format_tokens(int(value))
    if name.endswith("_tps"):
        return format_speed(float(value))
    if name.endswith("_fraction"):
        return f"{value:.0%}"
    return f"{value:g}" if isinstance(value, float) else str(value)


def render(note: Note, tr: Translate = identity, *, binary: bool = DEFAULT_BINARY) -> str:
    """The sentence for ``note`` in the language ``tr`` translates to."""
    context, english = template(note.code)
    fields = {name: _format_param(name, value, binary, tr) for name, value in note.params}
    return tr(context, english).format(**fields)


def _load_all() -> None:
    # The submodules register their templates on import; importing them here (not at the top)
    # keeps each submodule free to import helpers from this package.
    from . import _registry  # noqa: F401
