"""The one exception type the core raises for bad input: a code and the field and value it names."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from typing import Any

from .notes import Note, ParamValue

__all__ = ["SpecError", "clip_value", "shown"]

# Messages still written as English sentences while the core moves to codes; rendered as they
# are. tests/core/test_structure.py holds the core to codes, tests/app/test_present_errors.py
# the readers of the user's model files.
UNCONVERTED = "error.unconverted"

# A bad value is shown as Python writes it ('abc', -3, [1, 2]) but clipped: it can come from a
# hostile file, and the message must stay one readable line.
SHOWN_CHARS = 60


def shown(value: object, limit: int = SHOWN_CHARS) -> str:
    """The offending ``value`` as an error parameter: its repr on one line, at most ``limit``."""
    return clip_value(value, limit)


# Nested containers deeper than this are shown as "..." by clip_value: a value the message can
# show in 60 characters never needs more, and the walk stays far from the recursion limit.
_CLIP_DEPTH = 8
# Integers with more bits than this are shown by magnitude: repr() of an integer of over 4,300
# digits raises ValueError (sys.int_max_str_digits) and a long one would be clipped anyway.
_CLIP_INT_BITS = 256


def clip_value(value: object, limit: int = SHOWN_CHARS) -> str:
    """``value`` as Python writes it (``'abc'``, ``-3``, ``[1, {'a': 2}]``), made safe to show.

    At most ``limit`` characters, printable only (control characters become ``?``), cut with
    ``...``. Bounded work whatever the value: a 1,000-deep list, a 10 MB string, a dict of a
    million keys or an integer of 10,000 digits costs about ``limit`` steps, where ``repr()``
    would raise RecursionError or ValueError or build the whole text first.
    """
    limit = max(limit, 4)
    clipper = _Clipper(limit + 1)  # one more than fits tells whether the text was cut
    clipper.walk(value, 0)
    text = "".join(clipper.parts)
    if not text.isprintable():
        text = "".join(c if c.isprintable() else "?" for c in text)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class _Clipper:
    """clip_value's walk: appends text until the budget is spent; each step returns False
    once it is, which ends the walk."""

    def __init__(self, budget: int) -> None:
        self.parts: list[str] = []
        self.budget = budget

    def put(self, text: str) -> bool:
        self.parts.append(text[: self.budget])
        self.budget -= len(text)
        return self.budget > 0

    def walk(self, v: object, depth: int) -> bool:
        if isinstance(v, str | bytes | bytearray):
            # Only the head is ever shown; repr() of a slice keeps quoting and escapes right.
            head = repr(v[: self.budget])
            return self.put(head if len(v) <= self.budget else head[:-1])
        if isinstance(v, bool | float | complex) or v is None:
            return self.put(repr(v))
        if isinstance(v, int):
            if v.bit_length() > _CLIP_INT_BITS:
                return self.put(f"{'-' if v < 0 else ''}~2**{v.bit_length() - 1}")
            return self.put(repr(v))
        if dataclasses.is_dataclass(v) and not isinstance(v, type):
            fields = [(f.name, getattr(v, f.name, None)) for f in dataclasses.fields(v)]
            return self.container(f"{type(v).__name__}(", ")", iter(fields), depth, "named")
        if isinstance(v, Mapping):
            return self.container("{", "}", iter(v.items()), depth, "pairs")
        if isinstance(v, list):
            return self.container("[", "]", iter(v), depth)
        if isinstance(v, tuple):
            return self.container("(", ",)" if len(v) == 1 else ")", iter(v), depth)  # (1,)
        if isinstance(v, set | frozenset):
            if not v:
                return self.put(f"{type(v).__name__}()")
            return self.container("{", "}", iter(v), depth)
        # Anything else: its own repr, clipped. Objects reaching here are small (paths, enums);
        # a hostile file's values are all among the types above.
        try:
            return self.put(repr(v)[: self.budget])
        except Exception:  # a broken __repr__ must not hide the error being reported
            return self.put(f"<{type(v).__name__}>")

    def container(
        self, opener: str, closer: str, items: Iterator[Any], depth: int, kind: str = ""
    ) -> bool:
        if depth >= _CLIP_DEPTH:
            return self.put(f"{opener}...{closer}")
        return self.items(opener, closer, items, depth, kind)

    def items(self, opener: str, closer: str, items: Iterator[Any], depth: int, kind: str) -> bool:
        if not self.put(opener):
            return False
        for i, item in enumerate(items):
            if i and not self.put(", "):
                return False
            if kind == "pairs" and not (self.walk(item[0], depth + 1) and self.put(": ")):
                return False
            if kind == "named" and not self.put(f"{item[0]}="):
                return False
            if not self.walk(item[1] if kind else item, depth + 1):
                return False
        return self.put(closer)


class SpecError(ValueError):
    """Bad input to the estimator (a config field, an option, a value out of range).

    ``SpecError("spec.not_positive", field="n_layers", value=-3)``: a message code and its
    parameters, as a :class:`Note` the front ends render in the user's language (one line that
    names the field and the value). ``str(exc)`` is the code and parameters, for logs.

    ``detail=`` another SpecError makes this one wrap it (a bad field inside a named file, a
    bad parameter of a named format): the template has a ``{detail}`` placeholder, which the
    front end fills with the wrapped error's rendered sentence.
    """

    def __init__(self, code: str, /, **params: ParamValue | SpecError) -> None:
        wrapped = params.pop("detail", None)
        self.detail = wrapped if isinstance(wrapped, SpecError) else None
        if wrapped is not None and self.detail is None:
            params["detail"] = wrapped  # an ordinary parameter that happens to be called detail
        values: dict[str, ParamValue] = {}
        for name, value in params.items():
            if isinstance(value, SpecError):
                raise TypeError(f"{code}: only detail may hold an error, not {name}")
            values[name] = value
        if " " in code and not values:
            self.note = Note.of(UNCONVERTED, text=code)
            super().__init__(code)
            return
        self.note = Note.of(code, **values)
        shown_params = ", ".join(f"{k}={v!r}" for k, v in values.items())
        text = f"{code}({shown_params})" if shown_params else code
        super().__init__(text if self.detail is None else f"{text}: {self.detail}")
