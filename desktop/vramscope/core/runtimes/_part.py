"""A term before placement, and the formula notes the per-term functions build."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from ..estimate import Term
from ..kv import KvLayer, describe
from ..notes import Note, ParamValue
from ..terms import TERMS

__all__ = ["Part", "kv_formula", "note_of"]


class Part(NamedTuple):
    """One term's bytes, bytes per context token and formula, not yet on a device.

    ``name`` is one of ``core.terms.TERMS``; ``exact`` None takes that entry's exactness. The
    placement loop of a runtime puts a part on a device (or splits it over several) with
    :meth:`on`. A named tuple, not a dataclass: an estimate builds a dozen on every slider move.
    """

    name: str
    bytes: int
    formula: Note
    source: str
    per_token_bytes: float = 0.0
    exact: bool | None = None

    def on(
        self, device: str, n_bytes: int | None = None, per_token_bytes: float | None = None
    ) -> Term:
        """The term on ``device``, with all of the part's bytes unless a share is given."""
        return Term(
            self.name,
            self.bytes if n_bytes is None else n_bytes,
            device,
            self.formula,
            source=self.source,
            exact=TERMS[self.name].exact if self.exact is None else self.exact,
            per_token_bytes=self.per_token_bytes if per_token_bytes is None else per_token_bytes,
        )


@lru_cache(maxsize=4096)
def _note(code: str, params: tuple[tuple[str, ParamValue], ...]) -> Note:
    return Note(code, params)


def note_of(code: str, **params: ParamValue) -> Note:
    """``Note.of(code, **params)``, validated once per distinct note: an estimate builds a
    dozen formulas and runs on every slider move, mostly with the numbers of the last one."""
    return _note(code, tuple(params.items()))


def kv_formula(code: str, layers: Sequence[KvLayer], kv_type: str, **extra: ParamValue) -> Note:
    """The cache formula ``{code}.{shape}`` (shapes: ``kv.describe``), ``kv_type``, ``extra``."""
    shape, params = describe(layers)
    return note_of(f"{code}.{shape}", **params, kv_type=kv_type, **extra)
