"""The bundled model catalog: ``resources/catalog/models/*.json`` -> :class:`CatalogModel`.

Each entry carries the model's exact Hugging Face ``config.json`` fields (the architecture is
computed from them by :func:`vramscope.core.hf_config.spec_from_config`, the same path a
user's own config takes), the vendor's published parameter count, and a source for every number.
The test suite checks the computed counts against the published ones.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from vramscope.core import RUNTIMES, check_runtime_format, parse_weight_format
from vramscope.core.errors import SpecError
from vramscope.core.hf_config import spec_from_config
from vramscope.core.jsondata import JsonData, describe
from vramscope.core.model import ModelSpec

from .schema import CatalogError, catalog_dir, date, located, read_json_object, slug, sources

__all__ = [
    "CatalogModel",
    "PublishedWeights",
    "find_model",
    "load_models",
    "model_index",
    "names_of",
    "parse_entry",
]

# Every number needs a source: the config (architecture), the published count, the native
# context, the licence and the release date.
_REQUIRED_SOURCES = frozenset({"config", "params", "context", "licence", "release_date"})

_ENTRY_FIELDS = frozenset(
    {
        "id", "name", "hf_repo", "aliases", "params_published", "params_published_exact",
        "params_active_published", "params_active_excludes_embedding", "params_note",
        "params_outside_text_model", "params_published_tolerance",
        "context_tokens", "licence", "release_date", "default_weights", "tags", "sources",
        "notes", "config", "runtime_weights", "historic",
    }
)  # fmt: skip

# config.json fields that must be integers when present (null is allowed: HF uses it for
# "not set", e.g. ``sliding_window: null`` or ``q_lora_rank: null``). Checked before parsing so
# that a typo in a bundled file names the field instead of surfacing as a parser error.
_INT_CONFIG_FIELDS = frozenset(
    {
        "hidden_size", "num_hidden_layers", "num_attention_heads", "num_key_value_heads",
        "head_dim", "intermediate_size", "vocab_size", "max_position_embeddings",
        "moe_intermediate_size", "num_experts", "num_local_experts", "n_routed_experts",
        "num_experts_per_tok", "n_shared_experts", "shared_expert_intermediate_size",
        "first_k_dense_replace", "q_lora_rank", "kv_lora_rank", "qk_rope_head_dim",
        "qk_nope_head_dim", "v_head_dim", "sliding_window", "sliding_window_pattern",
        "n_embd", "n_layer", "n_head", "n_positions", "n_inner", "n_ctx", "d_model", "d_ff",
        "d_kv", "num_layers", "num_heads", "num_decoder_layers",
        "relative_attention_num_buckets", "decoder_sparse_step", "max_window_layers",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class PublishedWeights:
    """The format a model is published in (or usually run in) for one runtime, and where that
    comes from: gpt-oss ships MXFP4 (``mxfp4_moe`` as a GGUF), DeepSeek-V3 FP8 for vLLM."""

    runtime: str
    weights: str
    source: str = field(compare=False)


@dataclass(frozen=True, slots=True)
class CatalogModel:
    """One bundled model: its architecture, published facts and where each came from."""

    model_id: str
    name: str
    family: str
    spec: ModelSpec
    # The vendor's count: exact (Hugging Face safetensors metadata) when params_published_exact,
    # else the rounded figure the vendor prints ("46.7B" -> 46_700_000_000).
    params_published: int
    params_published_exact: bool
    params_active_published: int | None
    context_tokens: int
    licence: str
    release_date: str
    default_weights: str
    sources: Mapping[str, str] = field(compare=False)
    aliases: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    # What the published count includes or leaves out (e.g. OpenAI's active count excludes
    # the embedding table; DeepSeek-V3's 671B excludes the 14B MTP module).
    # OpenAI's convention for gpt-oss: the active count leaves out the embedding table.
    params_active_excludes_embedding: bool = False
    # Parameters the published figure counts that the text model does not hold (the vision
    # tower of a multimodal checkpoint); the estimate covers the text model.
    params_outside_text_model: int = 0
    # How far (a fraction) the count computed from the config may be from a rounded published
    # figure that neither rounds nor truncates to it (Z.ai's "355B" for GLM-4.5, whose config
    # gives 352.8B without the MTP layer and the checkpoint 358B with it); 0 means the figure
    # must round or truncate exactly. Only allowed with a ``params_note`` saying why.
    params_published_tolerance: float = 0.0
    # Hugging Face repository id; empty for models whose weights were never released (GPT-3).
    hf_repo: str = ""
    params_note: str = ""
    notes: str = ""
    # The published or usual format per runtime, where it is not the generic default (the
    # GGUF in ``default_weights`` for llama.cpp, the checkpoint's stored dtype otherwise).
    runtime_weights: tuple[PublishedWeights, ...] = ()
    # "bundled" (resources/catalog) or "user" (the user's own catalog, catalog/user.py)
    origin: str = "bundled"
    # A historic model (GPT-2, GPT-3, BLOOM, T5) kept for the articles that quote its memory
    # figures; the window's table hides it unless "Classics" is on. Broader than the ``classic``
    # tag, which also marks older generations people still run (Llama 2, Code Llama).
    historic: bool = False

    @property
    def is_moe(self) -> bool:
        return self.spec.is_moe

    def weights_in(self, runtime: str) -> str | None:
        """The format this model is published in for ``runtime``; None when not stated."""
        for w in self.runtime_weights:
            if w.runtime == runtime:
                return w.weights
        return None


# The widest allowed gap between a config's count and a rounded published figure: the issue's
# rule is 0.5%, and beyond 2% the config is more likely wrong than the vendor's rounding.
_MAX_PUBLISHED_TOLERANCE = 0.02

# Fields a MatFormer config lists per layer (Gemma 3n's intermediate_size); each entry must be
# an integer. source: transformers models/gemma3n/configuration_gemma3n.py
_PER_LAYER_FIELDS = frozenset({"intermediate_size"})


def _check_config(config: JsonData) -> None:
    config.str("model_type")
    for key in sorted(_INT_CONFIG_FIELDS & set(config.names())):
        if key in _PER_LAYER_FIELDS and isinstance(config.get(key), list):
            widths = config.list(key)
            for i in widths.indexes():
                widths.int(i)
        elif config.has(key):
            config.int(key)
    if config.has("text_config"):
        _check_config(config.obj("text_config"))


def _runtime_weights(entry: JsonData) -> tuple[PublishedWeights, ...]:
    """``{"llama.cpp": {"weights": "mxfp4_moe", "source": "..."}, ...}``: each format must be
    one the runtime loads, each with a source (the model card, the published GGUF repo)."""
    node = entry.obj("runtime_weights", optional=True)
    out: list[PublishedWeights] = []
    for runtime in node.names():
        if runtime not in RUNTIMES:
            node.fail(
                "json.not_one_of", runtime, allowed=", ".join(RUNTIMES), value=describe(runtime)
            )
        item = node.obj(runtime)
        item.only(frozenset({"weights", "source"}))
        weights = item.str("weights").lower()
        try:
            check_runtime_format(runtime, parse_weight_format(weights))
        except SpecError:
            item.fail("catalog.bad_weights", "weights", runtime=runtime, value=describe(weights))
        out.append(PublishedWeights(runtime, weights, item.str("source")))
    return tuple(out)


def _parse_entry(raw: JsonData, family: str) -> CatalogModel:
    entry = located(raw)
    entry.only(_ENTRY_FIELDS)
    model_id = slug(entry, "id")
    name = entry.str("name")
    config = entry.obj("config")
    _check_config(config)
    try:
        spec = spec_from_config(dict(config.raw), model_id=model_id, name=name)
    except (SpecError, ValueError, KeyError, TypeError) as exc:
        # The parser's error names the config field; this one adds the file and entry.
        if not isinstance(exc, SpecError):
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
            exc = SpecError("config.unreadable", reason=reason[:200])
        raise CatalogError("catalog.bad_config", file=entry.file, detail=exc) from exc
    active = entry.opt_int("params_active_published", min=1)
    total = entry.int("params_published", min=1)
    if active is not None and active > total:
        entry.fail(
            "catalog.active_above_total", "params_active_published", total=total, value=active
        )
    note = entry.str("params_note", "")
    tolerance = entry.float(
        "params_published_tolerance", 0.0, min=0.0, max=_MAX_PUBLISHED_TOLERANCE
    )
    if tolerance > 0 and not note:
        entry.fail("catalog.tolerance_needs_note", "params_published_tolerance")
    return CatalogModel(
        model_id=model_id,
        name=name,
        family=family,
        spec=spec,
        params_published=total,
        params_published_exact=entry.bool("params_published_exact"),
        params_active_published=active,
        context_tokens=entry.int("context_tokens", min=1),
        licence=entry.str("licence"),
        release_date=date(entry, "release_date"),
        hf_repo=entry.str("hf_repo", ""),
        default_weights=entry.str("default_weights").lower(),
        sources=sources(entry, "sources", _REQUIRED_SOURCES),
        aliases=entry.str_list("aliases"),
        tags=entry.str_list("tags"),
        params_active_excludes_embedding=entry.bool("params_active_excludes_embedding", False),
        params_note=note,
        params_published_tolerance=tolerance,
        params_outside_text_model=entry.int("params_outside_text_model", 0, min=1),
        notes=entry.str("notes", ""),
        runtime_weights=_runtime_weights(entry),
        historic=entry.bool("historic", False),
    )


def _load_file(path: Path, where: str) -> list[CatalogModel]:
    root = read_json_object(path, where)
    root.only(frozenset({"schema_version", "family", "description", "models"}))
    family = root.str("family")
    return [_parse_entry(raw, family) for raw in root.objects("models")]


def _check_unique(models: Iterable[CatalogModel]) -> None:
    owner: dict[str, str] = {}
    ids: set[str] = set()
    for model in models:
        # Two entries with one id would otherwise pass: each name's owner is "itself".
        if model.model_id in ids:
            raise CatalogError("catalog.duplicate_id", file="models", name=describe(model.model_id))
        ids.add(model.model_id)
        for key in _names_of(model):
            folded = key.casefold()
            other = owner.setdefault(folded, model.model_id)
            if other != model.model_id:
                raise CatalogError(
                    "catalog.name_clash",
                    file="models",
                    name=describe(key),
                    first=describe(other),
                    second=describe(model.model_id),
                )


def parse_entry(raw: JsonData, family: str) -> CatalogModel:
    """One catalog entry, validated exactly as a bundled one (the user's catalog reuses it)."""
    return _parse_entry(raw, family)


def names_of(model: CatalogModel) -> tuple[str, ...]:
    """The id, HF repo id and aliases a model answers to (unique across a catalog)."""
    return _names_of(model)


def _names_of(model: CatalogModel) -> tuple[str, ...]:
    # The HF repo id and aliases may repeat each other inside one entry; dedupe per model.
    names = (
        (model.model_id, model.hf_repo, *model.aliases)
        if model.hf_repo
        else (model.model_id, *model.aliases)
    )
    return tuple(dict.fromkeys(names))


@functools.lru_cache(maxsize=8)
def load_models(directory: Path | None = None) -> tuple[CatalogModel, ...]:
    """Every bundled model, validated, in file-name then file order. Cached per directory.

    ``directory`` is the catalog root (holding ``models/``); tests pass a temporary copy.
    Raises :class:`CatalogError` with a one-line message naming the file, entry and field.
    """
    root = directory if directory is not None else catalog_dir()
    models_dir = root / "models"
    files = sorted(models_dir.glob("*.json"))
    if not files:
        raise CatalogError("catalog.no_model_files", folder=str(models_dir))
    models: list[CatalogModel] = []
    for path in files:
        models.extend(_load_file(path, f"models/{path.name}"))
    _check_unique(models)
    return tuple(models)


@functools.lru_cache(maxsize=8)
def model_index(directory: Path | None = None) -> Mapping[str, CatalogModel]:
    """Case-folded id, HF repo id and alias -> model."""
    index: dict[str, CatalogModel] = {}
    for model in load_models(directory):
        for key in _names_of(model):
            index[key.casefold()] = model
    return index


def find_model(query: str, directory: Path | None = None) -> CatalogModel:
    """Look a model up by id, alias or HF repo id (case-insensitive).

    Also accepts a Hugging Face URL or an Ollama-style ``name:tag`` as written in an alias.
    Raises :class:`CatalogError` ("unknown model 'x'; did you mean ...?") when nothing matches.
    """
    index = model_index(directory)
    key = query.strip().casefold()
    for prefix in ("https://huggingface.co/", "http://huggingface.co/", "hf.co/"):
        if key.startswith(prefix):
            key = key[len(prefix) :].strip("/")
    found = index.get(key)
    if found is not None:
        return found
    close = difflib.get_close_matches(key, list(index), n=3, cutoff=0.6)
    if close:
        ids = list(dict.fromkeys(index[c].model_id for c in close))
        near = ", ".join(repr(i) for i in ids)
        raise CatalogError("catalog.unknown_model_near", query=describe(query), near=near)
    raise CatalogError("catalog.unknown_model_id", query=describe(query))
