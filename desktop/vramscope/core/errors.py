"""The one exception type the core raises for bad input: a code and the field and value it names."""

from __future__ import annotations

from .notes import Note, ParamValue

__all__ = ["SpecError"]

# Messages still written as English sentences while the core moves to codes; rendered as they
# are. tests/core/test_structure.py holds that no raise site uses it once the move is done.
UNCONVERTED = "error.unconverted"


class SpecError(ValueError):
    """Bad input to the estimator (a config field, an option, a value out of range).

    ``SpecError("spec.not_positive", field="n_layers", value=-3)``: a message code and its
    parameters, as a :class:`Note` the front ends render in the user's language (one line that
    names the field and the value). ``str(exc)`` is the code and parameters, for logs.
    """

    def __init__(self, code: str, /, **params: ParamValue) -> None:
        if " " in code and not params:
            self.note = Note.of(UNCONVERTED, text=code)
            super().__init__(code)
            return
        self.note = Note.of(code, **params)
        shown = ", ".join(f"{k}={v!r}" for k, v in params.items())
        super().__init__(f"{code}({shown})" if shown else code)
