"""The one exception type the core raises for bad input: a one-line reason naming the field."""

from __future__ import annotations

__all__ = ["SpecError"]


class SpecError(ValueError):
    """Bad input to the estimator (a config field, an option, a value out of range).

    The message is one line that names the field and the value, so the CLI and the window can
    show it as it is.
    """
