"""The one exception type the core raises for bad input: a code and the field and value it names."""

from __future__ import annotations

from .notes import Note, ParamValue

__all__ = ["SpecError", "shown"]

# Messages still written as English sentences while the core moves to codes; rendered as they
# are. tests/core/test_structure.py holds the core to codes, tests/app/test_present_errors.py
# the readers of the user's model files.
UNCONVERTED = "error.unconverted"

# A bad value is shown as Python writes it ('abc', -3, [1, 2]) but clipped: it can come from a
# hostile file, and the message must stay one readable line.
SHOWN_CHARS = 60


def shown(value: object, limit: int = SHOWN_CHARS) -> str:
    """The offending ``value`` as an error parameter: its repr on one line, at most ``limit``."""
    text = repr(value)
    if len(text) <= limit and text.isprintable():
        return text
    safe = "".join(c if c.isprintable() else "?" for c in text[: limit + 1])
    return safe if len(safe) <= limit else safe[: limit - 3] + "..."


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
