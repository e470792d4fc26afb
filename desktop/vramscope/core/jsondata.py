"""One bounded JSON loader with typed getters, for every JSON file VRAMScope reads.

The bundled catalog, a hardware file, a saved recording and a user's config.json are all read
here. Files are treated as hostile: the input is bounded in bytes and nesting depth, NaN and
Infinity are refused everywhere (JSON has no such numbers; Python's parser accepts them), and a
getter that finds the wrong type raises a :class:`~vramscope.core.errors.SpecError` whose code
and parameters name the file, the field and the value, e.g. ``json.not_int(file='gpus.json',
field='gpus[3].vram_gb', value="'24'")``. ``app.present`` turns the code into a sentence.

Standard library only, so the catalog, the hardware layer and the readers can all share it
without importing each other.

Example:
    >>> data = parse_json(b'{"ram": {"total_bytes": 8}}', file="hw.json")
    >>> data.obj("ram").int("total_bytes", min=1)
    8
"""

from __future__ import annotations

import builtins
import json
import math
import os
import re
import stat
from collections.abc import Iterator
from typing import Any, NoReturn

from .errors import SpecError

__all__ = [
    "DEFAULT_MAX_DEPTH",
    "JsonData",
    "NotRegularFileError",
    "describe",
    "load_json",
    "open_regular_fd",
    "parse_json",
    "read_regular_file",
]

# Nesting deeper than this is no data VRAMScope writes or reads: the deepest, a recording's
# (pid, bytes) pair, is 7 levels down (file, samples, row, GPUs, GPU, programs, pair); a
# config.json's text_config list about 5. Python's parser would stop near 1,000 levels with a
# RecursionError; this bound keeps every reader's walk short.
DEFAULT_MAX_DEPTH = 32
# How much of a bad value an error shows: enough to recognise it, never a whole file.
_SHOWN_CHARS = 60
# For the depth check: every byte but quotes and brackets is dropped, braces become brackets
# (nesting depth does not depend on the kind), and what is left of each string goes.
_STRUCTURE = bytes.maketrans(b"{}", b"[]")
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'"[]{}')
_STRING = re.compile(rb'"[^"]*"')

_MISSING: Any = object()
# The largest float is just under 2**1024: an integer of more bits cannot become one.
_FLOAT_MAX_BITS = 1023


def describe(value: object) -> builtins.str:
    """A bad value as an error shows it: ``'4096'`` (a string) or ``4096`` (a number), clipped."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list | tuple):
        return "a list"
    if value is None:
        return "null"
    # repr keeps the quotes that tell "4096" (a string) from 4096 (a number).
    text = repr(value)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 3] + "..."


def _reject_constant(name: builtins.str) -> NoReturn:
    raise ValueError(name)


def load_json(
    path: builtins.str | os.PathLike[builtins.str],
    *,
    max_bytes: builtins.int,
    file: builtins.str | None = None,
    max_depth: builtins.int = DEFAULT_MAX_DEPTH,
    error: type[SpecError] = SpecError,
) -> JsonData:
    """Read ``path`` (at most ``max_bytes``) and parse it; ``file`` names it in errors.

    Raises:
        SpecError (or ``error``, a subclass): ``json.unreadable``, ``json.too_large`` and the
        codes of :func:`parse_json`.
    """
    where = builtins.str(path) if file is None else file
    try:
        raw = read_regular_file(path, max_bytes + 1)
    except NotRegularFileError:
        raise error("file.not_regular", file=where) from None
    except OSError as err:
        raise error("json.unreadable", file=where, reason=err.strerror or str(err)) from None
    if len(raw) > max_bytes:
        raise error("json.too_large", file=where, limit=max_bytes)
    return parse_json(raw, file=where, max_depth=max_depth, error=error)


class NotRegularFileError(OSError):
    """A path that names a pipe, a socket, a device or a folder, not a file; ``mode`` is its
    st_mode, so a caller can say which."""

    def __init__(self, message: builtins.str, mode: builtins.int = 0) -> None:
        super().__init__(message)
        self.mode = mode


# A FIFO opened for reading blocks until a writer comes; O_NONBLOCK makes the open return at
# once so the file's kind can be checked first (Windows has no FIFOs and no such flag).
# O_BINARY keeps Windows from translating line ends; O_CLOEXEC keeps the descriptor from
# leaking into child processes.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


def open_regular_fd(
    path: builtins.str | os.PathLike[builtins.str],
) -> tuple[builtins.int, os.stat_result]:
    """A read-only descriptor of a regular file and its stat; the open never blocks on a FIFO,
    and the kind is checked on the open descriptor (a path swapped in between is caught). The
    caller closes the descriptor.

    Raises:
        NotRegularFileError: ``path`` is a FIFO, a socket, a device or a folder.
        OSError: missing, unreadable, a symlink loop ...
    """
    fd = os.open(path, _OPEN_FLAGS)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFileError(f"{os.fspath(path)!s} is not a regular file", st.st_mode)
    except BaseException:
        os.close(fd)
        raise
    return fd, st


def read_regular_file(path: builtins.str | os.PathLike[builtins.str], limit: builtins.int) -> bytes:
    """At most ``limit`` bytes of a regular file (:func:`open_regular_fd`).

    Raises:
        NotRegularFileError: ``path`` is a FIFO, a socket, a device or a folder.
        OSError: missing, unreadable, a symlink loop ...
    """
    fd, _ = open_regular_fd(path)
    with os.fdopen(fd, "rb") as f:
        return f.read(limit)


def parse_json(
    raw: bytes,
    *,
    file: builtins.str,
    max_depth: builtins.int = DEFAULT_MAX_DEPTH,
    error: type[SpecError] = SpecError,
) -> JsonData:
    """Parse UTF-8 JSON text whose top level is an object (every file VRAMScope reads is one).

    Raises:
        SpecError (or ``error``): ``json.not_utf8``, ``json.invalid`` (with line and column),
        ``json.constant`` (NaN, Infinity), ``json.bad_number`` (an integer with thousands of
        digits), ``json.too_deep`` or ``json.top_level`` (not an object).
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise error("json.not_utf8", file=file) from None
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as err:
        raise error(
            "json.invalid", file=file, line=err.lineno, column=err.colno, reason=err.msg
        ) from None
    except RecursionError:
        raise error("json.too_deep", file=file, limit=max_depth) from None
    except ValueError as err:
        if str(err) in {"NaN", "Infinity", "-Infinity"}:
            raise error("json.constant", file=file, value=str(err)) from None
        # Python refuses integers of more than 4,300 digits (int_max_str_digits).
        raise error("json.bad_number", file=file) from None
    if not isinstance(data, dict):
        raise error("json.top_level", file=file, value=describe(data))
    if _depth_exceeds(raw, max_depth):
        raise error("json.too_deep", file=file, limit=max_depth)
    return JsonData(data, file, error=error)


def _depth_exceeds(raw: bytes, limit: builtins.int) -> builtins.bool:
    # Runs on text json.loads accepted, so strings are well formed: with escaped backslashes and
    # then escaped quotes taken out, every quote left opens or closes a string. Peeling the
    # innermost "[]" pairs once per level is a few C-speed passes: 0.05 s for a 15 MB recording,
    # where walking the parsed tree in Python takes seconds.
    text = raw.replace(b"\\\\", b"").replace(b'\\"', b"").translate(_STRUCTURE, _NOT_STRUCTURE)
    brackets = _STRING.sub(b"", text)
    for _ in range(limit):
        if not brackets:
            return False
        brackets = brackets.replace(b"[]", b"")
    return bool(brackets)


class JsonData:
    """A parsed JSON object or list and where it sits (the file and the field path).

    Keys are strings for an object and indexes for a list; a getter returns the typed value or
    raises ``error`` with a code naming the file, the field (``gpus[0].total_bytes``) and the
    value. ``default`` is returned when the key is missing or null; without one a missing key
    is an error.
    """

    __slots__ = ("error", "file", "path", "raw")

    def __init__(
        self,
        raw: dict[builtins.str, Any] | builtins.list[Any],
        file: builtins.str,
        path: builtins.str = "",
        *,
        error: type[SpecError] = SpecError,
    ) -> None:
        self.raw = raw
        self.file = file
        self.path = path
        self.error = error

    def __repr__(self) -> builtins.str:
        return f"JsonData({self.file!r}, {self.path!r})"

    def __len__(self) -> builtins.int:
        return len(self.raw)

    @property
    def is_list(self) -> builtins.bool:
        return isinstance(self.raw, list)

    # -- locating --------------------------------------------------------------------------

    def field(self, key: builtins.str | builtins.int | None = None) -> builtins.str:
        """The path of ``key`` inside the file: ``gpus[0].name``; the node itself for None."""
        if key is None:
            return self.path
        if isinstance(key, builtins.int):
            return f"{self.path}[{key}]"
        return f"{self.path}.{key}" if self.path else key

    def at(self, file: builtins.str) -> JsonData:
        """The same data with errors placed at ``file`` (``models/llama.json: entry 'x'``);
        field paths start again from this node."""
        return JsonData(self.raw, file, error=self.error)

    def fail(
        self,
        code: builtins.str,
        key: builtins.str | builtins.int | None = None,
        **params: builtins.str | builtins.int | builtins.float,
    ) -> NoReturn:
        """Raise ``error(code)`` for ``key`` with the file and field filled in."""
        # Any: SpecError also takes keyword-only options, which no parameter name here matches.
        shown: dict[builtins.str, Any] = {"file": self.file, "field": self.field(key), **params}
        raise self.error(code, **shown)

    # -- plain access ----------------------------------------------------------------------

    def names(self) -> builtins.list[builtins.str]:
        return list(self.raw) if isinstance(self.raw, dict) else []

    def get(self, key: builtins.str | builtins.int) -> Any:
        """The raw value, or None when the key is missing (no checks)."""
        if isinstance(self.raw, dict):
            return self.raw.get(key) if isinstance(key, builtins.str) else None
        if isinstance(key, builtins.int) and 0 <= key < len(self.raw):
            return self.raw[key]
        return None

    def has(self, key: builtins.str | builtins.int) -> builtins.bool:
        """True when ``key`` is there and not null."""
        return self.get(key) is not None

    def only(self, allowed: frozenset[builtins.str]) -> None:
        """Reject unknown keys: a typo ("licence_" for "licence") must not pass silently."""
        for key in self.names():
            if key not in allowed:
                self.fail("json.unknown_field", key, known=", ".join(sorted(allowed)))

    def _value(self, key: builtins.str | builtins.int, default: Any) -> Any:
        value = self.get(key)
        if value is None and default is _MISSING:
            self.fail("json.missing", key)
        return value

    # -- typed getters ---------------------------------------------------------------------

    def str(
        self,
        key: builtins.str | builtins.int,
        default: Any = _MISSING,
        *,
        empty: builtins.bool = False,
        max_len: builtins.int | None = None,
    ) -> builtins.str:
        """A string; blank ones are refused unless ``empty``."""
        value = self._value(key, default)
        if value is None:
            return default  # type: ignore[no-any-return]
        if not isinstance(value, builtins.str):
            self.fail("json.not_str", key, value=describe(value))
        if not empty and not value.strip():
            self.fail("json.empty_str", key, value=describe(value))
        if max_len is not None and len(value) > max_len:
            self.fail("json.too_long", key, limit=max_len)
        return value

    def opt_str(
        self,
        key: builtins.str | builtins.int,
        *,
        empty: builtins.bool = True,
        max_len: builtins.int | None = None,
    ) -> builtins.str | None:
        """A string or None (missing or null)."""
        return self.str(key, None, empty=empty, max_len=max_len) if self.has(key) else None

    def int(
        self,
        key: builtins.str | builtins.int,
        default: Any = _MISSING,
        *,
        min: builtins.int = 0,
        max: builtins.int | None = None,
    ) -> builtins.int:
        """An integer from ``min`` to ``max``; true/false and 1.5 are refused."""
        value = self._value(key, default)
        if value is None:
            return default  # type: ignore[no-any-return]
        # JSON true/false are ints in Python; a byte count of "true" is a mistake.
        if isinstance(value, builtins.bool) or not isinstance(value, builtins.int):
            self.fail("json.not_int", key, value=describe(value))
        if value < min:
            self.fail("json.too_small", key, minimum=min, value=describe(value))
        if max is not None and value > max:
            self.fail("json.too_big", key, maximum=max, value=describe(value))
        return value

    def opt_int(
        self,
        key: builtins.str | builtins.int,
        *,
        min: builtins.int = 0,
        max: builtins.int | None = None,
    ) -> builtins.int | None:
        """An integer or None (missing or null)."""
        return self.int(key, None, min=min, max=max) if self.has(key) else None

    def float(
        self,
        key: builtins.str | builtins.int,
        default: Any = _MISSING,
        *,
        min: builtins.float | None = None,
        max: builtins.float | None = None,
        positive: builtins.bool = False,
    ) -> builtins.float:
        """A number (integers too) in ``[min, max]``, above 0 when ``positive``."""
        value = self._value(key, default)
        if value is None:
            return default  # type: ignore[no-any-return]
        if isinstance(value, builtins.bool) or not isinstance(value, builtins.int | builtins.float):
            self.fail("json.not_number", key, value=describe(value))
        # parse_json refuses NaN and Infinity; data built in code may still hold them. An
        # integer beyond a float (10**400) is not finite as a number either.
        if isinstance(value, builtins.float) and not math.isfinite(value):
            self.fail("json.not_finite", key, value=describe(value))
        if isinstance(value, builtins.int) and value.bit_length() > _FLOAT_MAX_BITS:
            self.fail("json.not_finite", key, value=describe(value))
        if positive and value <= 0:
            self.fail("json.not_positive", key, value=describe(value))
        if min is not None and value < min:
            self.fail("json.too_small", key, minimum=min, value=describe(value))
        if max is not None and value > max:
            self.fail("json.too_big", key, maximum=max, value=describe(value))
        return builtins.float(value)

    def bool(self, key: builtins.str | builtins.int, default: Any = _MISSING) -> builtins.bool:
        """true or false."""
        value = self._value(key, default)
        if value is None:
            return default  # type: ignore[no-any-return]
        if not isinstance(value, builtins.bool):
            self.fail("json.not_bool", key, value=describe(value))
        return value

    def opt_bool(self, key: builtins.str | builtins.int) -> builtins.bool | None:
        """true, false or None (missing or null)."""
        return self.bool(key, None) if self.has(key) else None

    def one_of(
        self,
        key: builtins.str | builtins.int,
        allowed: frozenset[builtins.str],
        default: Any = _MISSING,
    ) -> builtins.str:
        """A string from ``allowed``."""
        value = self.str(key, default)
        if value not in allowed:
            self.fail(
                "json.not_one_of", key, allowed=", ".join(sorted(allowed)), value=describe(value)
            )
        return value

    def obj(self, key: builtins.str | builtins.int, *, optional: builtins.bool = False) -> JsonData:
        """A nested object; with ``optional`` a missing or null one reads as ``{}``."""
        value = self._value(key, {} if optional else _MISSING)
        if value is None:
            value = {}
        if not isinstance(value, dict):
            self.fail("json.not_object", key, value=describe(value))
        return JsonData(value, self.file, self.field(key), error=self.error)

    def list(
        self,
        key: builtins.str | builtins.int,
        *,
        max_items: builtins.int | None = None,
        optional: builtins.bool = False,
    ) -> JsonData:
        """A nested list of at most ``max_items``; with ``optional`` a missing one is ``[]``."""
        value = self._value(key, [] if optional else _MISSING)
        if value is None:
            value = []
        if not isinstance(value, list):
            self.fail("json.not_list", key, value=describe(value))
        if max_items is not None and len(value) > max_items:
            self.fail("json.too_many", key, count=len(value), limit=max_items)
        return JsonData(value, self.file, self.field(key), error=self.error)

    def objects(
        self,
        key: builtins.str | builtins.int,
        *,
        max_items: builtins.int | None = None,
        optional: builtins.bool = False,
    ) -> builtins.list[JsonData]:
        """A list of objects, each located as ``key[i]``."""
        items = self.list(key, max_items=max_items, optional=optional)
        return [items.obj(i) for i in items.indexes()]

    def str_list(
        self, key: builtins.str | builtins.int, *, max_items: builtins.int | None = None
    ) -> tuple[builtins.str, ...]:
        """A list of non-empty strings; missing or null is ``()``."""
        items = self.list(key, max_items=max_items, optional=True)
        return tuple(items.str(i) for i in items.indexes())

    def str_map(self, key: builtins.str | builtins.int) -> dict[builtins.str, builtins.str]:
        """An object whose values are non-empty strings."""
        node = self.obj(key)
        return {name: node.str(name) for name in node.names()}

    def indexes(self) -> Iterator[builtins.int]:
        """The indexes of a list (none for an object)."""
        return iter(range(len(self.raw))) if isinstance(self.raw, list) else iter(())
