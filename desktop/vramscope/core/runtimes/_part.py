"""A term before placement, the formula notes the per-term functions build, and a cache's
sums kept for the estimates that ask for the same cache again."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from ..estimate import Term
from ..kv import KvLayer, describe
from ..model import ModelSpec
from ..notes import Note, ParamValue
from ..terms import TERMS

__all__ = ["EXACT", "KvTotals", "Part", "kv_formula", "kv_totals", "note_of"]

# Each term's usual exactness as a plain dict: the placement loops read it for every term they
# build, and a dict lookup costs a fraction of ``TERMS[name].exact`` through the mapping proxy.
EXACT: dict[str, bool] = {name: kind.exact for name, kind in TERMS.items()}


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
            exact=EXACT[self.name] if self.exact is None else self.exact,
            per_token_bytes=self.per_token_bytes if per_token_bytes is None else per_token_bytes,
        )


@lru_cache(maxsize=4096)
def _note(code: str, params: tuple[tuple[str, ParamValue], ...]) -> Note:
    return Note(code, params)


def note_of(code: str, **params: ParamValue) -> Note:
    """``Note.of(code, **params)``, validated once per distinct note: an estimate builds a
    dozen formulas and runs on every slider move, mostly with the numbers of the last one."""
    return _note(code, tuple(params.items()))


def kv_formula(
    code: str, described: tuple[str, dict[str, ParamValue]], kv_type: str, **extra: ParamValue
) -> Note:
    """The cache formula ``{code}.{shape}`` for ``described = kv.describe(layers)``, with
    ``kv_type`` and ``extra``."""
    shape, params = described
    # Built directly, not through note_of: the callers keep it with the cache it describes, so
    # a second cache of notes would only cost a lookup and a copy on every new context.
    return Note(f"{code}.{shape}", (*params.items(), ("kv_type", kv_type), *extra.items()))


class KvTotals(NamedTuple):
    """A cache's layers (``kv.hf_kv_layers`` or ``kv.vllm_kv_layers``), their bytes, bytes per
    context token (full-attention layers only) and shape (``kv.describe``)."""

    layers: tuple[KvLayer, ...]
    bytes: int
    per_token_bytes: float
    described: tuple[str, dict[str, ParamValue]]


KvLayersOf = Callable[..., tuple[KvLayer, ...]]
_TOTALS: dict[tuple[int, KvLayersOf, int, int, str], tuple[ModelSpec, KvTotals]] = {}


def kv_totals(
    spec: ModelSpec, layers_of: KvLayersOf, *, tokens: int, batch: int, kv_type: str
) -> KvTotals:
    """``layers_of(spec, tokens=, batch=, kv_type=)`` with its sums, cached by the spec's
    identity: summing a record per layer costs more than the rest of an estimate, and the
    planner asks for the same cache again and again."""
    key = (id(spec), layers_of, tokens, batch, kv_type)
    hit = _TOTALS.get(key)
    if hit is not None and hit[0] is spec:
        return hit[1]
    if len(_TOTALS) > 4096:
        _TOTALS.clear()
    layers = layers_of(spec, tokens=tokens, batch=batch, kv_type=kv_type)
    totals = KvTotals(
        layers,
        sum(k.bytes for k in layers),
        sum(k.per_cell_bytes * batch for k in layers if not k.sliding),
        describe(layers),
    )
    _TOTALS[key] = (spec, totals)  # holding the spec keeps its id from being reused
    return totals
