"""Pick the catalog model a partial load log ran: by the name in its metadata, else by its
architecture numbers (layers, width, heads, KV heads, vocabulary, experts). The bundled catalog
is searched first, then the user's own (``vramscope catalog import``, files opened in the
window): a model only the user has can be recognised too.

A pasted excerpt often lacks the lines a model is built from (``n_ff``, the architecture); the
catalog entry with the same shape stands in, and a note says which one was taken.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from vramscope.catalog.models import CatalogModel, load_models, model_index, names_of
from vramscope.catalog.user import load_user_catalog
from vramscope.core import ModelSpec, Note
from vramscope.readers.runlog import RunLog

__all__ = ["agrees_with", "match_catalog"]

# The shape a log must show before a catalog model is taken for it: layers and width, and at
# least this many of the other numbers.
_MIN_EXTRA_FIELDS = 1
# Added tokens a fine-tune may carry beyond its base model's vocabulary.
_VOCAB_SLACK = 256


def _by_name(log: RunLog, index: Mapping[str, CatalogModel]) -> CatalogModel | None:
    if not log.name:
        return None
    for key in (log.name, log.name.replace(" ", "-"), log.name.replace(" ", "")):
        found = index.get(key.strip().casefold())
        if found is not None and _compatible(log, found.spec):
            return found
    return None


def _squash(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _name_holds(name: str | None, model: CatalogModel) -> bool:
    if not name:
        return False
    squashed = _squash(name)
    tails = (model.model_id, model.hf_repo.rsplit("/", 1)[-1], *model.aliases)
    return any(len(_squash(t)) >= 4 and _squash(t) in squashed for t in tails if t)


def _compatible(log: RunLog, spec: ModelSpec) -> bool:
    """Every number the log shows agrees with ``spec``."""
    return _shape_fields(log, spec) is not None


def agrees_with(log: RunLog, spec: ModelSpec) -> bool:
    """Whether the log shows some of the architecture numbers and none contradicts ``spec``
    (the window lists those models first when it must ask which model ran)."""
    checked = _shape_fields(log, spec)
    return checked is not None and checked > 0


def _shape_fields(log: RunLog, spec: ModelSpec) -> int | None:
    """How many of the log's numbers agree with ``spec``; None when one disagrees."""
    pairs = (
        (log.n_layer, (spec.n_layers,)),
        (log.n_embd, (spec.hidden_size,)),
        (log.n_head, (spec.n_heads,)),
        (log.n_head_kv, (spec.n_kv_heads,)),
        (log.n_expert or None, (spec.n_experts,)),
    )
    checked = 0
    for value, allowed in pairs:
        if value is None:
            continue
        if value not in allowed:
            return None
        checked += 1
    if log.n_vocab is not None:
        # fine-tunes add a few tokens (Nous-Hermes 13B: 32,001 against Llama 2's 32,000)
        if abs(log.n_vocab - spec.vocab_size) > _VOCAB_SLACK:
            return None
        checked += 1
    return checked


def match_catalog(log: RunLog) -> tuple[ModelSpec, Note] | None:
    """The catalog model ``log`` ran and a note saying how it was found; None when neither its
    name nor its shape points at exactly one architecture."""
    found = _match(log, load_models(), model_index())
    if found is None:
        user = load_user_catalog().models
        if user:
            index = {k.casefold(): m for m in user for k in names_of(m)}
            found = _match(log, user, index)
    return found


def _match(
    log: RunLog, models: Sequence[CatalogModel], index: Mapping[str, CatalogModel]
) -> tuple[ModelSpec, Note] | None:
    named = _by_name(log, index)
    if named is not None:
        return named.spec, Note.of("log.model_matched_name", model=named.model_id)
    if log.n_layer is None or log.n_embd is None:
        return None
    matches = [
        m for m in models
        if (n := _shape_fields(log, m.spec)) is not None and n >= 2 + _MIN_EXTRA_FIELDS
    ]  # fmt: skip
    if not matches:
        return None
    # Several entries may share one shape (Llama 3 8B and its distillations): any of them
    # sizes the run; the oldest is the architecture the others copied, so it is named.
    # A model whose id the log's name contains ("Meta-Llama-3-8B-Instruct" holds llama-3-8b)
    # comes first.
    first = min(
        matches,
        key=lambda m: (not _name_holds(log.name, m), m.release_date or "9999", m.model_id),
    )
    return first.spec, Note.of("log.model_matched_shape", model=first.model_id)
