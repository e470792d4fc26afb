"""Notes as codes: what the core and the hardware layer tell the user, without any English.

A :class:`Note` is a stable code (``"kv.full_cache_no_swa"``) and typed parameters. The words
live in ``vramscope.app.present``, which renders a note through a translate function, so the
window shows it in the user's language and the CLI in English, and no layer ever builds or
matches another layer's sentences.

Parameter names carry their unit, and the presenter formats by suffix: ``*_bytes`` is a byte
count, ``*_tokens`` a token count, ``*_tps`` tokens per second, ``*_bps`` bytes per second,
``*_fraction`` a ratio shown as a percentage; anything else is shown as it is.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["Note", "ParamValue"]

ParamValue = str | int | float

# Codes and parameter names already checked: the planner builds a dozen notes per plan from a
# few dozen codes, and splitting and checking each code again costs more than the note itself.
# Bounded in case a caller builds codes from data.
_CHECKED_CODES: set[str] = set()
_CHECKED_NAMES: set[str] = set()
_MAX_CHECKED = 4096


@dataclass(frozen=True, slots=True)
class Note:
    """One message code with its parameters, e.g. ``Note.of("plan.fits", headroom_bytes=3e9)``."""

    code: str
    params: tuple[tuple[str, ParamValue], ...] = ()

    def __post_init__(self) -> None:
        if type(self.code) is not str or self.code not in _CHECKED_CODES:
            if not self.code or not all(part.isidentifier() for part in self.code.split(".")):
                raise ValueError(f"note code must be dotted identifiers, got {self.code!r}")
            _remember(_CHECKED_CODES, self.code)
        for name, value in self.params:
            if type(name) is not str or name not in _CHECKED_NAMES:
                if not name.isidentifier():
                    raise ValueError(f"note {self.code}: parameter name {name!r} is not a name")
                _remember(_CHECKED_NAMES, name)
            kind = type(value)
            if kind is str or kind is int:
                continue  # the common case, valid as it is
            if isinstance(value, bool) or not isinstance(value, str | int | float):
                raise ValueError(
                    f"note {self.code}: parameter {name}={value!r} is not a str, int or float"
                )
            if isinstance(value, float) and not math.isfinite(value):
                raise ValueError(f"note {self.code}: parameter {name}={value!r} is not finite")

    @classmethod
    def of(cls, code: str, **params: ParamValue) -> Note:
        """Build a note; parameters keep the order they are given in."""
        return cls(code, tuple(params.items()))

    @property
    def args(self) -> Mapping[str, ParamValue]:
        """The parameters by name."""
        return dict(self.params)


def _remember(checked: set[str], text: str) -> None:
    if len(checked) >= _MAX_CHECKED:
        checked.clear()
    checked.add(text)
