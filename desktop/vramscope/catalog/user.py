"""The user's own catalog: models they added, kept in the user data folder (never under
``resources/``), in the bundled catalog's format, and merged with the bundled catalog.

One file, ``<user data folder>/catalog/models.json`` (``VRAMSCOPE_DATA_DIR`` moves the folder),
holds ``{"schema_version": 1, "family": "user", "models": [ENTRY, ...]}`` with the entries of
``resources/catalog/models/*.json``. Every entry is validated by the bundled loader's own
parser (:func:`vramscope.catalog.models.parse_entry`), so an entry the user imports is held to
the same rules as a bundled one.

Two promises shape this module:

* a broken user file never stops the app: :func:`load_user_catalog` never raises for it; it
  returns what it could read and a one-line reason for each thing it skipped, and the bundled
  catalog still loads;
* nothing the user had is lost: the file is written whole to a temporary file and moved over
  the old one (``os.replace``, atomic on POSIX and Windows); the previous version stays next to
  it as ``models.json.bak``; entries the loader skips are written back untouched; a file that
  could not be read at all is kept under its own name before a new one replaces it.

No network access: the user's files are the only input.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import json
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from vramscope import paths
from vramscope.core.errors import SpecError
from vramscope.core.hf_config import spec_from_config
from vramscope.core.jsondata import JsonData, describe, parse_json
from vramscope.core.notes import Note
from vramscope.core.tensors import param_counts

from .models import CatalogModel, find_model, load_models, names_of, parse_entry
from .schema import SCHEMA_VERSION, CatalogError, located

__all__ = [
    "USER_FAMILY",
    "ImportResult",
    "UserCatalog",
    "add_entries",
    "all_models",
    "entry_from_config",
    "export_text",
    "find_any_model",
    "is_catalog_document",
    "load_user_catalog",
    "read_catalog_document",
    "remove_entries",
    "slugify",
    "user_catalog_path",
]

# The family (and the window's group) every user entry is listed under.
USER_FAMILY = "user"
_FILE_NAME = "models.json"
_BACKUP_SUFFIX = ".bak"
_DESCRIPTION = "Models added by the user (vramscope catalog import, or opened in the window)"
_ROOT_FIELDS = frozenset({"schema_version", "family", "description", "models"})
# A catalog file is JSON of a few hundred kB at most (the bundled files are under 100 kB each);
# far above that is not a catalog, and the bound stops a runaway read of a hostile file.
MAX_CATALOG_BYTES = 16 << 20
# Far above any real catalog (the bundled one has a few hundred models); bounds the work a
# hostile file can cause, since each entry is parsed into a model.
MAX_ENTRIES = 5_000
# Ids made from file names stay readable in a terminal column and in the window's picker.
MAX_ID_CHARS = 64
# "-2", "-3", ...: how far the suffix search for a free id goes before giving up.
_MAX_SUFFIX = 1_000

# The mode of a newly written catalog file: what a text editor would create (rw-r--r--).
_NEW_FILE_MODE = 0o644

_NOT_SLUG = re.compile(r"[^a-z0-9.]+")


def user_catalog_path() -> Path:
    """``<user data folder>/catalog/models.json`` (``VRAMSCOPE_DATA_DIR`` overrides the folder)."""
    return paths.user_data_dir() / "catalog" / _FILE_NAME


def slugify(text: str) -> str:
    """A catalog id from a file or folder name: ``Qwen2.5-7B-Instruct-Q4_K_M`` ->
    ``qwen2.5-7b-instruct-q4-k-m`` (lower case, runs of anything else become one hyphen)."""
    slug = _NOT_SLUG.sub("-", text.casefold()).strip("-.")
    return slug[:MAX_ID_CHARS].strip("-.") or "model"


# ----------------------------------------------------------------------------------------------
# reading
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UserCatalog:
    """What the user's catalog file holds.

    ``models`` are the valid entries (``origin == "user"``); ``raw_entries`` every entry of the
    file as written, valid or not, so that rewriting the file keeps what could not be read;
    ``problems`` says, one line each, why the file or an entry was skipped; ``readable`` is
    False when the file exists but could not be read as a catalog at all.
    """

    path: Path
    models: tuple[CatalogModel, ...] = ()
    raw_entries: tuple[Any, ...] = ()
    problems: tuple[CatalogError, ...] = ()
    readable: bool = True

    def raw_of(self, model_id: str) -> dict[str, Any] | None:
        for raw in self.raw_entries:
            if isinstance(raw, dict) and raw.get("id") == model_id:
                return raw
        return None


def _label(path: Path) -> str:
    return path.name


def is_catalog_document(data: object) -> bool:
    """A parsed JSON object that is a catalog file (``models`` list) rather than a config.json."""
    return isinstance(data, dict) and "models" in data and "schema_version" in data


def read_catalog_document(path: Path) -> JsonData:
    """Parse ``path`` as a catalog file's top level; raises CatalogError (one line)."""
    where = _label(path)
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_CATALOG_BYTES + 1)
    except OSError as err:
        raise CatalogError("json.unreadable", file=where, reason=err.strerror or str(err)) from None
    if len(raw) > MAX_CATALOG_BYTES:
        raise CatalogError("json.too_large", file=where, limit=MAX_CATALOG_BYTES)
    root = parse_json(raw, file=where, error=CatalogError)
    version = root.int("schema_version")
    if version != SCHEMA_VERSION:
        root.fail(
            "catalog.schema_version", "schema_version", expected=SCHEMA_VERSION, value=version
        )
    root.only(_ROOT_FIELDS)
    root.str("family")
    root.list("models", max_items=MAX_ENTRIES)
    return root


def _parse(raw: object, where: str, family: str, index: int) -> CatalogModel:
    """One entry, checked as the bundled loader checks it, marked as the user's."""
    if not isinstance(raw, dict):
        raise CatalogError("catalog.entry_not_object", file=where, index=index, value=describe(raw))
    entry = JsonData(raw, where, error=CatalogError)  # parse_entry places errors at the id
    try:
        model = parse_entry(entry, family)
    except CatalogError:
        raise
    except SpecError as exc:  # a format or field error raised below the catalog layer
        raise CatalogError("catalog.bad_entry", file=located(entry).file, detail=exc) from exc
    return replace(model, origin="user")


def _bundled_names() -> dict[str, str]:
    """Case-folded id, HF repo and alias of every bundled model -> its id."""
    return {key.casefold(): m.model_id for m in load_models() for key in names_of(m)}


def _clash(model: CatalogModel, taken: Mapping[str, str], where: str) -> CatalogError | None:
    for key in names_of(model):
        other = taken.get(key.casefold())
        if other is not None and other != model.model_id:
            return CatalogError(
                "catalog.name_clash",
                file=where,
                name=describe(key),
                first=describe(other),
                second=describe(model.model_id),
            )
    return None


def _read(path: Path) -> UserCatalog:
    try:
        exists = path.is_file()
    except OSError:
        exists = False
    if not exists:
        return UserCatalog(path)
    try:
        root = read_catalog_document(path)
    except CatalogError as exc:
        return UserCatalog(
            path,
            problems=(CatalogError("catalog.user_file_unreadable", file=str(path), detail=exc),),
            readable=False,
        )
    where = _label(path)
    raws = tuple(root.get("models"))  # a list: read_catalog_document checked it
    bundled = _bundled_names()
    taken: dict[str, str] = {}
    models: list[CatalogModel] = []
    problems: list[CatalogError] = []
    for i, raw in enumerate(raws):
        try:
            model = _parse(raw, where, USER_FAMILY, i)
            if model.model_id.casefold() in bundled or any(
                k.casefold() in bundled for k in names_of(model)
            ):
                raise CatalogError("catalog.in_bundled", file=where, id=describe(model.model_id))
            clash = _clash(model, taken, where)
            if clash is not None:
                raise clash
        except CatalogError as exc:
            problems.append(CatalogError("catalog.user_entry_skipped", detail=exc))
            continue
        for key in names_of(model):
            taken[key.casefold()] = model.model_id
        models.append(model)
    return UserCatalog(path, tuple(models), raws, tuple(problems))


_cache: dict[Path, tuple[tuple[int, int, int], UserCatalog]] = {}
_cache_lock = threading.Lock()


def _stamp(path: Path) -> tuple[int, int, int]:
    try:
        st = path.stat()
    except OSError:
        return (0, 0, 0)
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def load_user_catalog(path: Path | None = None) -> UserCatalog:
    """The user's catalog, read again only when the file changed. Never raises for the user's
    file (``problems`` says what was skipped); a broken bundled catalog still raises."""
    target = path if path is not None else user_catalog_path()
    stamp = _stamp(target)
    with _cache_lock:
        hit = _cache.get(target)
        if hit is not None and hit[0] == stamp:
            return hit[1]
    found = _read(target)
    with _cache_lock:
        _cache[target] = (stamp, found)
    return found


def all_models(path: Path | None = None) -> tuple[CatalogModel, ...]:
    """The bundled catalog followed by the user's valid entries."""
    return (*load_models(), *load_user_catalog(path).models)


def find_any_model(query: str, path: Path | None = None) -> CatalogModel:
    """:func:`~vramscope.catalog.models.find_model` over the bundled and the user's catalogs."""
    key = query.strip().casefold()
    user = load_user_catalog(path).models
    for model in user:
        if key in (k.casefold() for k in names_of(model)):
            return model
    try:
        return find_model(query)
    except CatalogError as exc:
        if exc.note.code not in {"catalog.unknown_model_id", "catalog.unknown_model_near"}:
            raise
        ids = [m.model_id for m in user]
        close = difflib.get_close_matches(key, ids, n=3, cutoff=0.6)
        if not close:
            raise
        near = ", ".join(repr(i) for i in close)
        raise CatalogError("catalog.unknown_model_near", query=describe(query), near=near) from None


# ----------------------------------------------------------------------------------------------
# building an entry from a model file's config
# ----------------------------------------------------------------------------------------------

# What each kind of file says about the context length, for the entry's ``sources``.
_CONTEXT_SOURCES = {
    "config": "max_position_embeddings in config.json",
    "safetensors": "max_position_embeddings in config.json",
    "gguf": "<arch>.context_length in the GGUF metadata",
}
_CONFIG_SOURCES = {
    "config": "config.json",
    "safetensors": "config.json (safetensors folder)",
    "gguf": "GGUF metadata, mapped to config.json fields by vramscope.readers.local",
}
_NO_LICENCE = "unknown"


def entry_from_config(
    config: Mapping[str, Any],
    *,
    name: str,
    source: str,
    kind: Literal["config", "safetensors", "gguf"],
    weights: str,
    file_date: _dt.date,
    licence: str | None = None,
) -> dict[str, Any]:
    """A bundled-format entry for a model read from the user's file at ``source``.

    A file states its architecture but not a published parameter count, licence or release
    date: the counts are the ones computed from the config (so they agree with it by
    construction), the licence is the file's own (a GGUF's ``general.license``) or "unknown",
    and ``release_date`` is the file's modification date; ``sources`` says so for each.
    Raises CatalogError when the config cannot be read as a model.
    """
    model_id = slugify(name)
    try:
        # the entry is stored as JSON: a value JSON cannot hold is refused here, not on write
        config = json.loads(json.dumps(dict(config), allow_nan=False))
        spec = spec_from_config(dict(config), model_id=model_id, name=name)
    except (SpecError, ValueError, KeyError, TypeError) as exc:
        if not isinstance(exc, SpecError):
            exc = SpecError("config.unreadable", reason=str(exc)[:200] or repr(exc))
        raise CatalogError("catalog.bad_config", file=_clip_name(source), detail=exc) from exc
    counts = param_counts(spec)
    entry: dict[str, Any] = {
        "id": model_id,
        "name": name,
        "params_published": counts.total,
        "params_published_exact": True,
    }
    if spec.is_moe:
        entry["params_active_published"] = counts.active
    entry.update(
        {
            "context_tokens": max(spec.max_context_tokens, 1),
            "licence": licence.strip() if licence and licence.strip() else _NO_LICENCE,
            "release_date": file_date.isoformat(),
            "default_weights": weights.lower(),
            "tags": [USER_FAMILY, kind, "moe" if spec.is_moe else "dense"],
            "sources": {
                "config": source,
                "params": f"computed from the {_CONFIG_SOURCES[kind]} (no published count)",
                "context": _CONTEXT_SOURCES[kind],
                "licence": (
                    "general.license in the GGUF metadata"
                    if licence and licence.strip()
                    else "not stated in the file"
                ),
                "release_date": "modification date of the file (no release date in it)",
            },
            "notes": f"Added from {_CONFIG_SOURCES[kind]} of {source}",
            "config": dict(config),
        }
    )
    return entry


def _clip_name(source: str) -> str:
    return Path(source).name or source


# ----------------------------------------------------------------------------------------------
# writing
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did. Ids per outcome; ``refused`` one error per refused entry;
    ``bundled`` the ids skipped because the bundled catalog has them; ``notes`` renames and a
    kept unreadable file (codes ``catalog.*``)."""

    path: Path
    added: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    bundled: tuple[str, ...] = ()
    refused: tuple[CatalogError, ...] = ()
    notes: tuple[Note, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced)


def _document(entries: Sequence[Any]) -> str:
    doc = {
        "schema_version": SCHEMA_VERSION,
        "family": USER_FAMILY,
        "description": _DESCRIPTION,
        "models": list(entries),
    }
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def write_atomic(path: Path, text: str, *, backup: bool) -> None:
    """Write ``text`` to a temporary file beside ``path`` and move it over ``path`` in one step,
    so a crash leaves the old file or the new one, never half of one. With ``backup`` the old
    file is first copied to ``<name>.bak``. Raises CatalogError ``catalog.cannot_write``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            # mkstemp makes the file private (0600); keep the old file's mode, else rw-r--r--
            Path(tmp).chmod(path.stat().st_mode & 0o777 if path.is_file() else _NEW_FILE_MODE)
            if backup and path.is_file():
                shutil.copy2(path, path.with_name(path.name + _BACKUP_SUFFIX))
            Path(tmp).replace(path)  # os.replace: atomic on POSIX and Windows
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as err:
        raise CatalogError(
            "catalog.cannot_write", file=str(path), reason=err.strerror or str(err)
        ) from None


def _keep_unreadable(path: Path) -> Path:
    """Move a user file that could not be read out of the way under a dated name."""
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.stem}.unreadable-{stamp}{path.suffix}")
    try:
        shutil.copy2(path, kept)
    except OSError as err:
        raise CatalogError(
            "catalog.cannot_write", file=str(kept), reason=err.strerror or str(err)
        ) from None
    return kept


def _source_of(raw: object) -> str | None:
    if isinstance(raw, dict):
        src = raw.get("sources")
        if isinstance(src, dict) and isinstance(src.get("config"), str):
            return str(src["config"])
    return None


def _free_id(base: str, taken: Mapping[str, str], bundled: Mapping[str, str]) -> str | None:
    for n in range(2, _MAX_SUFFIX):
        suffix = f"-{n}"
        candidate = base[: MAX_ID_CHARS - len(suffix)].strip("-.") + suffix
        if candidate not in taken and candidate not in bundled:
            return candidate
    return None


def add_entries(
    entries: Sequence[object],
    *,
    where: str,
    replace_existing: bool = False,
    rename: bool = False,
    path: Path | None = None,
) -> ImportResult:
    """Add catalog entries (raw JSON objects) to the user's catalog and write it atomically.

    Each entry is validated on its own like a bundled one; a bad one is refused with a one-line
    reason and the others still go in. An id the bundled catalog has is skipped (``bundled``).
    An id the user's catalog has is kept unless ``replace_existing`` (an identical entry counts
    as unchanged). With ``rename`` (entries made from the user's files) a taken id gets a
    ``-2``, ``-3`` ... suffix instead, and an entry made from the same file as an existing one
    replaces it. ``where`` names the source in messages (a file name).
    """
    target = path if path is not None else user_catalog_path()
    current = _read(target)
    bundled = _bundled_names()
    raws: list[Any] = list(current.raw_entries)
    # the valid user entries' names -> id, and id -> index in raws
    taken: dict[str, str] = {}
    position: dict[str, int] = {}
    for m in current.models:
        for key in names_of(m):
            taken[key.casefold()] = m.model_id
    for i, raw in enumerate(raws):
        if isinstance(raw, dict) and isinstance(raw.get("id"), str) and raw["id"] in taken:
            position.setdefault(raw["id"], i)
    added: list[str] = []
    replaced: list[str] = []
    unchanged: list[str] = []
    skipped_bundled: list[str] = []
    refused: list[CatalogError] = []
    notes: list[Note] = []
    if len(entries) > MAX_ENTRIES:
        refused.append(
            CatalogError(
                "json.too_many", file=where, field="models", count=len(entries), limit=MAX_ENTRIES
            )
        )
        entries = entries[:MAX_ENTRIES]
    for index, raw in enumerate(entries):
        try:
            model = _parse(raw, where, USER_FAMILY, index)
        except CatalogError as exc:
            refused.append(exc)
            continue
        assert isinstance(raw, dict)  # _parse refuses anything else
        entry = dict(raw)
        at = located(JsonData(entry, where, error=CatalogError)).file
        if rename:
            source = _source_of(entry)
            same = next(
                (
                    m.model_id
                    for m in current.models
                    if source is not None and _source_of(current.raw_of(m.model_id)) == source
                ),
                None,
            )
            if same is not None:
                entry["id"] = same
                model = replace(model, model_id=same)
            elif model.model_id in bundled or model.model_id in taken:
                new_id = _free_id(model.model_id, taken, bundled)
                if new_id is None:
                    refused.append(
                        CatalogError(
                            "catalog.in_user_catalog", file=at, id=describe(model.model_id)
                        )
                    )
                    continue
                notes.append(
                    Note.of(
                        "catalog.renamed",
                        file=where,
                        id=describe(model.model_id),
                        new_id=describe(new_id),
                    )
                )
                entry["id"] = new_id
                model = replace(model, model_id=new_id)
            replacing = same is not None
        else:
            replacing = False
        if any(k.casefold() in bundled for k in names_of(model)):
            if model.model_id.casefold() in bundled:
                skipped_bundled.append(model.model_id)
            else:
                clash = _clash(model, bundled, at)
                refused.append(
                    clash
                    or CatalogError("catalog.in_bundled", file=at, id=describe(model.model_id))
                )
            continue
        existing = position.get(model.model_id)
        if existing is not None:
            if raws[existing] == entry:
                unchanged.append(model.model_id)
                continue
            if not (replace_existing or replacing):
                refused.append(
                    CatalogError("catalog.in_user_catalog", file=at, id=describe(model.model_id))
                )
                continue
        others = {k: v for k, v in taken.items() if v != model.model_id}
        clash = _clash(model, others, at)
        if clash is not None:
            refused.append(clash)
            continue
        for k in [k for k, v in taken.items() if v == model.model_id]:
            del taken[k]
        for key in names_of(model):
            taken[key.casefold()] = model.model_id
        if existing is not None:
            raws[existing] = entry
            replaced.append(model.model_id)
        else:
            position[model.model_id] = len(raws)
            raws.append(entry)
            added.append(model.model_id)
    if added or replaced:
        if not current.readable:
            kept = _keep_unreadable(target)
            # the new file starts from nothing; what the old one held is in the kept copy
            notes.append(Note.of("catalog.user_file_kept", file=str(kept)))
        write_atomic(target, _document(raws), backup=True)
    return ImportResult(
        target,
        tuple(added),
        tuple(replaced),
        tuple(unchanged),
        tuple(skipped_bundled),
        tuple(refused),
        tuple(notes),
    )


def remove_entries(ids: Sequence[str], path: Path | None = None) -> tuple[str, ...]:
    """Take entries out of the user's catalog by id; returns the ids removed. Raises
    CatalogError for an id the user's catalog does not hold (nothing is then written)."""
    target = path if path is not None else user_catalog_path()
    current = _read(target)
    held = {m.model_id for m in current.models} | {
        r["id"] for r in current.raw_entries if isinstance(r, dict) and isinstance(r.get("id"), str)
    }
    for model_id in ids:
        if model_id not in held:
            raise CatalogError("catalog.not_in_user_catalog", id=describe(model_id))
    if not current.readable:
        raise current.problems[0]
    gone = set(ids)
    raws = [r for r in current.raw_entries if not (isinstance(r, dict) and r.get("id") in gone)]
    write_atomic(target, _document(raws), backup=True)
    return tuple(dict.fromkeys(ids))


def export_text(path: Path | None = None) -> str:
    """The user's valid entries as a catalog file (the bundled format, family ``user``)."""
    current = load_user_catalog(path)
    return _document([current.raw_of(m.model_id) for m in current.models])
