"""A vision projector file (``--mmproj``) put beside the model it serves."""

from __future__ import annotations

import os
from dataclasses import replace

from vramscope.core import SpecError
from vramscope.readers.mmproj import read_mmproj

from .session import ModelChoice

__all__ = ["with_mmproj"]


def with_mmproj(choice: ModelChoice, path: str | os.PathLike[str]) -> ModelChoice:
    """``choice`` with the vision tower of the mmproj file at ``path``: its real parameter
    count and tensor bytes replace the tower the config described (llama.cpp loads the file
    as it is). A projector made for another width is refused, naming both."""
    found = read_mmproj(path)
    hidden = choice.spec.hidden_size
    if found.projection_dim != hidden:
        raise SpecError(
            "mmproj.width_mismatch",
            file=found.label,
            value=found.projection_dim,
            model=choice.name,
            hidden=hidden,
        )
    return replace(choice, spec=replace(choice.spec, vision=found.tower))
