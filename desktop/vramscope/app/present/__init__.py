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
    "QT_TRANSLATE_NOOP",
    "Translate",
    "all_codes",
    "format_size",
    "format_tokens",
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


def size_value(n_bytes: float, binary: bool = False) -> float:
    """Bytes in GB (or GiB when ``binary``): the unit every figure and chart axis uses."""
    return n_bytes / (GIB if binary else GB)


def format_size(
    n_bytes: float, binary: bool = False, unit_labels: tuple[str, str] = ("GB", "GiB")
) -> str:
    """``5.42 GB`` or ``5.05 GiB``: one decimal from 10 up, two below (what users compare)."""
    value = n_bytes / (GIB if binary else GB)
    digits = 1 if abs(value) >= 10 else 2
    return f"{value:.{digits}f} {unit_labels[1] if binary else unit_labels[0]}"


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


def unit_labels(tr: Translate = identity) -> tuple[str, str]:
    """The decimal and binary size symbols in ``tr``'s language (Russian writes "ГБ")."""
    return tr(_UNITS, "GB"), tr(_UNITS, "GiB")


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
        return f"{value:.0f}" if value >= 1 else f"{value:.2f}"
    if name.endswith("_fraction"):
        return f"{value:.0%}"
    return f"{value:g}" if isinstance(value, float) else str(value)


def render(note: Note, tr: Translate = identity, *, binary: bool = False) -> str:
    """The sentence for ``note`` in the language ``tr`` translates to."""
    context, english = template(note.code)
    fields = {name: _format_param(name, value, binary, tr) for name, value in note.params}
    return tr(context, english).format(**fields)


def _load_all() -> None:
    # The submodules register their templates on import; importing them here (not at the top)
    # keeps each submodule free to import helpers from this package.
    from . import _registry  # noqa: F401
