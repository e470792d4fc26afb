"""Notes and errors as the CLI shows them: codes rendered through ``app.present`` in English."""

from __future__ import annotations

from collections.abc import Iterable

from vramscope.app.present import render
from vramscope.app.present.errors import error_text
from vramscope.core.notes import Note

__all__ = ["english", "message"]


def english(notes: Iterable[Note]) -> list[str]:
    """Every note's English sentence, in order."""
    return [render(n) for n in notes]


def message(exc: BaseException) -> str:
    """An error's English sentence (a SpecError's code rendered, with what it wraps)."""
    return error_text(exc)
