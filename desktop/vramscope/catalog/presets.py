"""Model-size presets (``resources/catalog/presets.json``) for the "which sizes fit" table.

A preset is a size class ("7-8B", "30B MoE (3B active)") whose architecture is borrowed from a
representative real model in the catalog, so its KV cache and layer sizes are real ones rather
than a per-parameter guess. The preset names that model and inherits its sources.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from vramscope.core.jsondata import JsonData, describe
from vramscope.core.model import ModelSpec

from .models import CatalogModel, load_models
from .schema import CatalogError, catalog_dir, located, read_json_object, slug

__all__ = ["SizePreset", "load_presets"]

PresetKind = Literal["dense", "moe"]

_PRESET_FIELDS = frozenset({"id", "label", "kind", "based_on", "note"})


@dataclass(frozen=True, slots=True)
class SizePreset:
    """A generic model size, built from the config of ``based_on`` (a catalog model)."""

    preset_id: str
    label: str
    kind: PresetKind
    based_on: CatalogModel
    note: str = ""

    @property
    def spec(self) -> ModelSpec:
        return self.based_on.spec

    @property
    def sources(self) -> Mapping[str, str]:
        return self.based_on.sources


def _parse(raw: JsonData, models: Mapping[str, CatalogModel]) -> SizePreset:
    entry = located(raw)
    entry.only(_PRESET_FIELDS)
    kind = entry.one_of("kind", frozenset({"dense", "moe"}))
    based_on = entry.str("based_on")
    model = models.get(based_on)
    if model is None:
        entry.fail("catalog.unknown_model", "based_on", value=describe(based_on))
    if (kind == "moe") != model.is_moe:
        model_kind = "moe" if model.is_moe else "dense"
        entry.fail(
            "catalog.kind_mismatch",
            "kind",
            value=describe(kind),
            model=describe(based_on),
            model_kind=describe(model_kind),
        )
    return SizePreset(
        preset_id=slug(entry, "id"),
        label=entry.str("label"),
        kind="moe" if kind == "moe" else "dense",
        based_on=model,
        note=entry.str("note", ""),
    )


@functools.lru_cache(maxsize=8)
def load_presets(directory: Path | None = None) -> tuple[SizePreset, ...]:
    """Every size preset in file order (small to large, dense then MoE). Cached."""
    root = directory if directory is not None else catalog_dir()
    models = {m.model_id: m for m in load_models(directory)}
    data = read_json_object(root / "presets.json", "presets.json")
    data.only(frozenset({"schema_version", "description", "presets"}))
    presets = tuple(_parse(raw, models) for raw in data.objects("presets"))
    ids = [p.preset_id for p in presets]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise CatalogError(
            "catalog.duplicate_preset", file="presets.json", value=describe(duplicates[0])
        )
    return presets
