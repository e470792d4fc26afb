"""Adding to the user's catalog from what the user has on disk, for ``vramscope catalog`` and
the window's File > Import and opened files.

What can be imported:

* a catalog file in the bundled format (``{"schema_version": 1, "models": [...]}``, e.g. one
  published with a newer release): each entry is validated like a bundled one and refused one by
  one when bad (:func:`vramscope.catalog.user.add_entries`);
* a model file the readers take (a config.json, a model folder, a GGUF): it becomes one entry
  whose ``config`` is the file's own config.json, or the config.json fields its GGUF metadata
  maps to (:func:`vramscope.readers.local.config_from_gguf`), named after the file or folder.

Nothing here touches the network: the user's files are the only input.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

from vramscope.catalog.models import CatalogModel
from vramscope.catalog.user import (
    MAX_CATALOG_BYTES,
    ImportResult,
    add_entries,
    entry_from_config,
    export_text,
    is_catalog_document,
    load_user_catalog,
    read_catalog_document,
    remove_entries,
    user_catalog_path,
    write_atomic,
)
from vramscope.core import Note
from vramscope.readers.gguf import read_gguf_model
from vramscope.readers.local import (
    LocalModel,
    ModelFileError,
    config_from_gguf,
    load_local_model,
)
from vramscope.readers.safetensors import read_json_file

from .present import Translate, identity, render
from .present.errors import error_text

# A licence name or SPDX id; a longer general.license is a whole licence text, not a name.
_MAX_LICENCE_CHARS = 200

__all__ = [
    "ImportResult",
    "export_catalog",
    "import_path",
    "import_summary",
    "problem_lines",
    "remember_model_file",
    "remove_models",
    "user_catalog_path",
    "user_models",
]


def import_path(path: str | Path, *, replace_existing: bool = False) -> ImportResult:
    """Import a catalog file, config.json, model folder or GGUF into the user's catalog.

    Raises a SpecError (one line) when the file as a whole cannot be read; bad entries of a
    catalog file are refused one by one in the result instead.
    """
    p = Path(path)
    if p.suffix.lower() == ".json" and p.is_file():
        # one bounded, hostile-safe parse decides between a catalog file and a config.json
        data = read_json_file(p, MAX_CATALOG_BYTES, what=p.name)
        if is_catalog_document(data):
            root = read_catalog_document(p)
            models = root.get("models")
            assert isinstance(models, list)  # read_catalog_document checked it
            return add_entries(models, where=p.name, replace_existing=replace_existing)
    return remember_model_file(p)


def _config_of(local: LocalModel) -> tuple[dict[str, Any], str | None]:
    """The config.json fields the model was read from (a GGUF's mapped metadata) and the
    licence the file states (a GGUF's ``general.license``; config.json has none)."""
    if local.kind == "gguf":
        model = read_gguf_model(local.path)
        config, _notes = config_from_gguf(model.metadata, model.tensors, label=local.path.name)
        licence = model.metadata.get("general.license")
        ok = isinstance(licence, str) and 0 < len(licence.strip()) <= _MAX_LICENCE_CHARS
        return config, licence.strip() if ok and isinstance(licence, str) else None
    cfg = local.files[0]
    data = read_json_file(cfg, MAX_CATALOG_BYTES, what=cfg.name)
    if not isinstance(data, dict):  # load_local_model refused this already
        raise ModelFileError("file.config_not_object", file=cfg.name, value=type(data).__name__)
    return data, None


def _file_date(path: Path) -> _dt.date:
    try:
        return _dt.date.fromtimestamp(path.stat().st_mtime)
    except (OSError, ValueError, OverflowError):
        return _dt.date.today()


def remember_model_file(path: str | Path) -> ImportResult:
    """Add (or refresh) the entry for a config.json, model folder or GGUF; the window calls it
    for every model file it opened, so the model is still listed after a restart.

    The entry is named after the file (a GGUF, its shard suffix dropped) or the folder holding
    the config.json; an id the bundled catalog or another of the user's files has gets a
    ``-2`` suffix; opening the same file again replaces its entry. Raises ModelFileError or
    CatalogError (one line).
    """
    local = load_local_model(path)
    config, licence = _config_of(local)
    entry = entry_from_config(
        config,
        name=local.spec.model_id,
        # the config.json or first GGUF shard: a folder and its config.json are one model
        source=str((local.files[0] if local.files else local.path).resolve()),
        kind=local.kind,
        # a GGUF of a mix llama.cpp does not name is planned as the usual Q4_K_M
        weights="q4_k_m" if local.weights_format_id == "gguf-mixed" else local.weights_format_id,
        file_date=_file_date(local.path),
        licence=licence,
    )
    return add_entries([entry], where=local.path.name, rename=True)


def remove_models(ids: list[str]) -> tuple[str, ...]:
    """Take entries out of the user's catalog; CatalogError for an id it does not hold."""
    return remove_entries(ids)


def export_catalog(dest: str | Path | None = None) -> tuple[str, int]:
    """The user's catalog as a catalog file: written atomically to ``dest`` when given.
    Returns (the text, the number of models)."""
    text = export_text()
    count = len(load_user_catalog().models)
    if dest is not None:
        write_atomic(Path(dest), text, backup=False)
    return text, count


def user_models() -> tuple[CatalogModel, ...]:
    """The valid entries of the user's catalog (those every model list shows)."""
    return load_user_catalog().models


def problem_lines(tr: Translate = identity) -> list[str]:
    """One line per thing the user's catalog file could not give (empty when all is well)."""
    return [error_text(p, tr) for p in load_user_catalog().problems]


def import_summary(result: ImportResult, tr: Translate = identity) -> list[str]:
    """What an import did, one line each: refusals, renames, then the counts."""
    lines = [error_text(e, tr) for e in result.refused]
    lines += [render(n, tr) for n in result.notes]
    if result.bundled:
        shown = ", ".join(result.bundled[:5]) + (" ..." if len(result.bundled) > 5 else "")
        lines.append(
            render(Note.of("catalog.import_bundled", count=len(result.bundled), ids=shown), tr)
        )
    lines.append(
        render(
            Note.of(
                "catalog.import_summary",
                added_count=len(result.added),
                replaced_count=len(result.replaced),
                unchanged_count=len(result.unchanged),
                refused_count=len(result.refused),
                file=str(result.path),
            ),
            tr,
        )
    )
    return lines
