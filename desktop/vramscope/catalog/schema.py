"""Reading the bundled catalog files: ``core.jsondata`` plus the catalog's own field rules.

A broken bundled file must fail the test suite, not the user, and its error must say exactly
where: ``models/llama.json: entry 'llama-3.1-8b': field 'config.hidden_size' must be an
integer, got '4096'``. Every check raises :class:`CatalogError`, a ``SpecError`` whose code
``app.present`` renders.
"""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

from vramscope import paths
from vramscope.core.errors import SpecError
from vramscope.core.jsondata import JsonData, describe, load_json

__all__ = [
    "SCHEMA_VERSION",
    "CatalogError",
    "catalog_dir",
    "date",
    "located",
    "read_json_object",
    "slug",
    "sources",
]

# Bumped when a field changes meaning; files carry it so an old user copy fails loudly.
SCHEMA_VERSION = 1
# The largest bundled file is under 100 kB; a bound far above it still stops a runaway read.
_MAX_FILE_BYTES = 16 << 20

_SLUG = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")
_ISO_DATE_CHARS = 10  # YYYY-MM-DD; fromisoformat alone also takes "20240418"


class CatalogError(SpecError):
    """A catalog file, entry or look-up is wrong; the code names the file, field and value."""


def catalog_dir() -> Path:
    """``resources/catalog`` from the source tree or the frozen bundle."""
    return paths.resources_dir() / "catalog"


def read_json_object(path: Path, where: str) -> JsonData:
    """Parse ``path`` as a JSON object; ``where`` names it in errors (``models/llama.json``)."""
    entry = load_json(path, max_bytes=_MAX_FILE_BYTES, file=where, error=CatalogError)
    version = entry.int("schema_version")
    if version != SCHEMA_VERSION:
        entry.fail(
            "catalog.schema_version", "schema_version", expected=SCHEMA_VERSION, value=version
        )
    return entry


def located(entry: JsonData) -> JsonData:
    """The entry with errors placed at its id (``models/llama.json: entry 'llama-3.1-8b'``)."""
    label = entry.get("id")
    return entry.at(f"{entry.file}: entry {label!r}") if isinstance(label, str) else entry


def slug(entry: JsonData, key: str) -> str:
    """An id: lower-case letters, digits, '.' and '-'."""
    value = entry.str(key)
    if not _SLUG.match(value):
        entry.fail("catalog.bad_slug", key, value=describe(value))
    return value


def date(entry: JsonData, key: str) -> str:
    """An ISO date, ``YYYY-MM-DD``."""
    value = entry.str(key)
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        entry.fail("catalog.bad_date", key, value=describe(value))
    if len(value) != _ISO_DATE_CHARS:
        entry.fail("catalog.bad_date", key, value=describe(value))
    return value


def sources(entry: JsonData, key: str, required: frozenset[str]) -> dict[str, str]:
    """Where each number comes from: an object of non-empty strings with every ``required``."""
    out = entry.str_map(key)
    for name in sorted(required - out.keys()):
        entry.obj(key).fail("catalog.no_source", name)
    return out
