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


@dataclass(frozen=True, slots=True)
class Note:
    """One message code with its parameters, e.g. ``Note.of("plan.fits", headroom_bytes=3e9)``."""

    code: str
    params: tuple[tuple[str, ParamValue], ...] = ()

    def __post_init__(self) -> None:
        if not self.code or not all(part.isidentifier() for part in self.code.split(".")):
            raise ValueError(f"note code must be dotted identifiers, got {self.code!r}")
        for name, value in self.params:
            if not name.isidentifier():
                raise ValueError(f"note {self.code}: parameter name {name!r} is not a name")
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
