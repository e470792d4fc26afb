"""Validation helpers for the bundled catalog files (standard library only, no jsonschema).

A broken bundled file must fail the test suite, not the user, and its error must say exactly
where: ``models/llama.json: entry 'llama-3.1-8b': field 'config.hidden_size' must be an
integer, got '4096'``. :class:`Entry` wraps one JSON object with that location and offers typed
getters; every getter raises :class:`CatalogError` with the one-line message.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import NoReturn

from vramscope import paths

__all__ = ["SCHEMA_VERSION", "CatalogError", "Entry", "catalog_dir", "read_json_object"]

# Bumped when a field changes meaning; files carry it so an old user copy fails loudly.
SCHEMA_VERSION = 1

_SLUG = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")


class CatalogError(ValueError):
    """A catalog file, entry or look-up is wrong. The message is one line."""


def catalog_dir() -> Path:
    """``resources/catalog`` from the source tree or the frozen bundle."""
    return paths.resources_dir() / "catalog"


def _show(value: object) -> str:
    # repr keeps the quotes that tell "4096" (a string) from 4096 (a number).
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def read_json_object(path: Path, where: str) -> Entry:
    """Parse ``path`` as a JSON object; ``where`` names it in errors (``models/llama.json``)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogError(f"{where}: cannot be read: {exc.strerror or exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogError(
            f"{where}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from exc
    if not isinstance(data, dict):
        raise CatalogError(f"{where}: must hold a JSON object, got {type(data).__name__}")
    entry = Entry(data, where)
    version = entry.integer("schema_version")
    if version != SCHEMA_VERSION:
        entry.fail("schema_version", f"must be {SCHEMA_VERSION}, got {version}")
    return entry


class Entry:
    """One JSON object and where it sits (file, entry id, field path) for error messages."""

    __slots__ = ("_data", "_file", "_label", "_prefix")

    def __init__(
        self, data: Mapping[str, object], file: str, prefix: str = "", label: str = ""
    ) -> None:
        self._data = data
        self._file = file
        self._prefix = prefix
        self._label = label

    @property
    def data(self) -> Mapping[str, object]:
        return self._data

    @property
    def where(self) -> str:
        return f"{self._file}: {self._label}" if self._label else self._file

    def located(self, label: str) -> Entry:
        """The same object, with errors placed at ``label`` (``entry 'llama-3.1-8b'``)."""
        return Entry(self._data, self._file, self._prefix, label)

    def fail(self, key: str, problem: str) -> NoReturn:
        raise CatalogError(f"{self.where}: field '{self._prefix}{key}' {problem}")

    def _get(self, key: str) -> object:
        if key not in self._data:
            self.fail(key, "is missing")
        return self._data[key]

    def has(self, key: str) -> bool:
        return key in self._data and self._data[key] is not None

    def only(self, allowed: frozenset[str]) -> None:
        """Reject unknown keys: a typo ("licence_" for "licence") must not pass silently."""
        for key in self._data:
            if key not in allowed:
                self.fail(key, f"is not a known field (known: {', '.join(sorted(allowed))})")

    def text(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str) or not value.strip():
            self.fail(key, f"must be a non-empty string, got {_show(value)}")
        return value

    def opt_text(self, key: str, default: str = "") -> str:
        return self.text(key) if self.has(key) else default

    def slug(self, key: str) -> str:
        value = self.text(key)
        if not _SLUG.match(value):
            self.fail(key, f"must be lower-case letters, digits, '.' and '-', got {_show(value)}")
        return value

    def integer(self, key: str, *, minimum: int = 0) -> int:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, f"must be an integer, got {_show(value)}")
        if value < minimum:
            self.fail(key, f"must be at least {minimum}, got {value}")
        return value

    def opt_integer(self, key: str, *, minimum: int = 0) -> int | None:
        return self.integer(key, minimum=minimum) if self.has(key) else None

    def number(self, key: str, *, positive: bool = True) -> float:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(key, f"must be a number, got {_show(value)}")
        if positive and value <= 0:
            self.fail(key, f"must be positive, got {value}")
        return float(value)

    def boolean(self, key: str, default: bool | None = None) -> bool:
        if default is not None and key not in self._data:
            return default
        value = self._get(key)
        if not isinstance(value, bool):
            self.fail(key, f"must be true or false, got {_show(value)}")
        return value

    def date(self, key: str) -> str:
        value = self.text(key)
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            self.fail(key, f"must be an ISO date (YYYY-MM-DD), got {_show(value)}")
        if len(value) != 10:
            self.fail(key, f"must be an ISO date (YYYY-MM-DD), got {_show(value)}")
        return value

    def str_list(self, key: str) -> tuple[str, ...]:
        if key not in self._data:
            return ()
        value = self._data[key]
        if not isinstance(value, list) or not all(
            isinstance(item, str) and item.strip() for item in value
        ):
            self.fail(key, f"must be a list of non-empty strings, got {_show(value)}")
        return tuple(value)

    def str_map(self, key: str, *, required: frozenset[str] = frozenset()) -> dict[str, str]:
        value = self._get(key)
        if not isinstance(value, dict):
            self.fail(key, f"must be an object of strings, got {_show(value)}")
        out: dict[str, str] = {}
        for name, item in value.items():
            if not isinstance(item, str) or not item.strip():
                self.fail(f"{key}.{name}", f"must be a non-empty string, got {_show(item)}")
            out[name] = item
        for name in sorted(required - out.keys()):
            self.fail(f"{key}.{name}", "is missing (every number needs a source)")
        return out

    def obj(self, key: str) -> Entry:
        value = self._get(key)
        if not isinstance(value, dict):
            self.fail(key, f"must be an object, got {_show(value)}")
        return Entry(value, self._file, f"{self._prefix}{key}.", self._label)

    def objects(self, key: str) -> list[Entry]:
        """A list of objects; each one located as ``key[i]`` until it is given a better label."""
        value = self._get(key)
        if not isinstance(value, list):
            self.fail(key, f"must be a list, got {_show(value)}")
        out: list[Entry] = []
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                self.fail(f"{key}[{index}]", f"must be an object, got {_show(item)}")
            out.append(Entry(item, self._file, "", f"{key}[{index}]"))
        return out
