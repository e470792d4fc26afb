"""Read safetensors headers (names, dtypes, shapes, exact bytes) without touching tensor data.

A safetensors file (spec: huggingface/safetensors README, "Format") is an 8-byte little-endian
header length N, N bytes of JSON ``{name: {"dtype", "shape", "data_offsets": [begin, end]},
"__metadata__": {...}}``, then the tensor bytes. Only the length and the JSON are read; N is
capped and checked against the file size first, the JSON is validated field by field, and
every tensor's byte range must match its shape x dtype and lie inside the file.

A model folder holds one file or shards listed by ``model.safetensors.index.json``.
"""

from __future__ import annotations

import json
import os
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from vramscope.core.errors import clip_value
from vramscope.core.notes import Note, ParamValue
from vramscope.core.units import format_bytes

from ._files import ModelFileError, is_regular_file, open_regular
from ._files import clip_text as _clip

__all__ = [
    "INDEX_FILE",
    "MAX_HEADER_BYTES",
    "MAX_PARSE_BYTES",
    "SAFETENSORS_DTYPE_BITS",
    "ModelFileError",
    "SafetensorsFolder",
    "SafetensorsTensor",
    "read_json_file",
    "read_safetensors_folder",
    "read_safetensors_header",
]

# source: safetensors' own reader refuses headers above 100 MB (MAX_HEADER_SIZE in
# safetensors/src/tensor.rs); a 100,000-tensor header is ~10 MB.
MAX_HEADER_BYTES = 100_000_000
MAX_INDEX_BYTES = 64 << 20
MAX_SHARDS = 10_000
MAX_DIMS = 16
INDEX_FILE = "model.safetensors.index.json"

# Bits per element of every dtype safetensors defines (safetensors/src/tensor.rs, Dtype).
SAFETENSORS_DTYPE_BITS: Mapping[str, int] = {
    "BOOL": 8,
    "U8": 8,
    "I8": 8,
    "F8_E5M2": 8,
    "F8_E4M3": 8,
    "F8_E8M0": 8,
    "I16": 16,
    "U16": 16,
    "F16": 16,
    "BF16": 16,
    "I32": 32,
    "U32": 32,
    "F32": 32,
    "C64": 64,
    "F64": 64,
    "I64": 64,
    "U64": 64,
    "F4": 4,
    "F6_E2M3": 6,
    "F6_E3M2": 6,
}


@dataclass(frozen=True, slots=True)
class SafetensorsTensor:
    """One tensor. ``shape`` is in PyTorch order (out_features first), as stored."""

    name: str
    dtype: str
    shape: tuple[int, ...]
    nbytes: int


def _fail(path: Path, code: str, **params: ParamValue) -> ModelFileError:
    return ModelFileError(code, file=_clip(path.name), **params)


def read_json_file(path: Path, max_bytes: int, what: str | None = None) -> object:
    """Parse a small JSON file hostile-safely: size cap, decoding and syntax errors, depth.

    Errors read like ``config.json is not valid JSON (line 3, column 5)``.
    """
    label = _clip(what or path.name)
    f, size = open_regular(path)
    with f:
        if size > max_bytes:
            raise ModelFileError(
                "file.json_too_large",
                file=label,
                size=format_bytes(size),
                limit=format_bytes(max_bytes),
            )
        try:
            raw = f.read(max_bytes + 1)
        except OSError as e:
            raise ModelFileError("file.read_failed", file=label, reason=str(e.strerror or e)) from e
    return _parse_json(raw, label)


# The codes of a JSON file's errors, and of a safetensors header's (which is JSON inside a file).
_JSON_CODES = {
    False: ("file.json_not_utf8", "file.json_syntax", "file.json_too_deep", "file.json_invalid"),
    True: (
        "file.header_json_not_utf8",
        "file.header_json_syntax",
        "file.header_json_too_deep",
        "file.header_json_invalid",
    ),
}


def _no_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a number")


# What parsing may cost. Python's parser builds a tree of objects that takes up to ~30x the
# text (an empty list is 56 bytes plus an 8-byte slot, for 3 bytes of "[],"), so a 99 MB
# header could take 2-3 GB. Measured here (Python 3.11, tracemalloc peak of decode + loads):
# at most 8 bytes per input byte (the bytes, the decoded text, strings; 8 for text with one
# astral character) plus at most 72 per value, key or container (counted by ",", ":", "[",
# "{"); a real safetensors header measures 7.7x its size against an estimate of 18x.
_PARSE_BYTES_PER_BYTE = 8
_PARSE_BYTES_PER_TOKEN = 80
# The estimate a file may reach: a header of 100,000 MoE expert tensors (13 MB) estimates
# 200 MB, so headers up to ~32 MB (~250,000 tensors, far more than any real shard) pass, and a
# hostile file's peak stays far under the 2 GiB a read is allowed in the fuzz suite.
MAX_PARSE_BYTES = 500_000_000


def _parse_cost(raw: bytes) -> int:
    """An upper bound on the memory ``json.loads`` needs for ``raw`` (C-speed counts only)."""
    tokens = raw.count(b",") + raw.count(b":") + raw.count(b"[") + raw.count(b"{") + 1
    return _PARSE_BYTES_PER_BYTE * len(raw) + _PARSE_BYTES_PER_TOKEN * tokens


def _parse_json(raw: bytes, label: str, *, header: bool = False) -> object:
    not_utf8, syntax, too_deep, invalid = _JSON_CODES[header]
    cost = _parse_cost(raw)
    if cost > MAX_PARSE_BYTES:
        raise ModelFileError(
            "file.json_too_costly",
            file=label,
            need_bytes=cost,
            limit_bytes=MAX_PARSE_BYTES,
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ModelFileError(not_utf8, file=label, pos=f"{e.start:,}") from e
    try:
        # NaN and Infinity are no JSON numbers (Python's parser takes them): refused as invalid.
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as e:
        raise ModelFileError(syntax, file=label, line=e.lineno, column=e.colno, reason=e.msg) from e
    except RecursionError as e:
        # Thousands of nested brackets exhaust the parser's stack: a clear error, not a crash.
        raise ModelFileError(too_deep, file=label) from e
    except MemoryError as e:
        # The estimate above bounds what a file may ask for; this is for a machine already
        # short of memory. The partial tree is freed when the exception leaves the parser.
        raise ModelFileError("file.out_of_memory", file=label) from e
    except ValueError as e:
        # Integers over Python's 4,300-digit conversion limit.
        raise ModelFileError(invalid, file=label, reason=_clip(str(e))) from e


def read_safetensors_header(path: str | os.PathLike[str]) -> tuple[SafetensorsTensor, ...]:
    """The tensors of one safetensors file, in data order, from its header alone."""
    p = Path(path)
    f, size = open_regular(p)
    with f:
        try:
            if size < 8:
                raise _fail(p, "file.safetensors_too_short", size=size)
            (n,) = struct.unpack("<Q", f.read(8))
            if n > MAX_HEADER_BYTES:
                raise _fail(
                    p, "file.safetensors_header_size", count=f"{n:,}", limit=f"{MAX_HEADER_BYTES:,}"
                )
            if 8 + n > size:
                raise _fail(p, "file.safetensors_truncated", count=f"{n:,}", size=f"{size:,}")
            raw = f.read(n)
        except OSError as e:
            raise _fail(p, "file.read_failed", reason=str(e.strerror or e)) from e
    if len(raw) < n:
        raise _fail(p, "file.safetensors_shrank")
    # source: the format requires the JSON to start with '{' (safetensors README, "Format").
    if not raw.startswith(b"{"):
        raise _fail(p, "file.not_safetensors")
    header = _parse_json(raw, _clip(p.name), header=True)
    if not isinstance(header, dict):
        raise _fail(p, "file.safetensors_header_not_object")
    return _tensors(p, header, data_bytes=size - 8 - n)


def _tensors(p: Path, header: dict[str, object], data_bytes: int) -> tuple[SafetensorsTensor, ...]:
    spans: list[tuple[int, int, SafetensorsTensor]] = []
    bits_of = SAFETENSORS_DTYPE_BITS
    # The hot loop of a big header (100,000 entries): exact type checks (``type(x) is int``
    # also rejects bools) and message text built only on the error paths.
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        if type(entry) is not dict:
            raise _fail(p, "file.tensor_not_object", tensor=repr(_clip(name)))
        dtype = entry.get("dtype")
        shape = entry.get("shape")
        offsets = entry.get("data_offsets")
        if type(dtype) is not str or dtype not in bits_of:
            raise _fail(
                p, "file.tensor_dtype", tensor=repr(_clip(name)), value=clip_value(dtype, 40)
            )
        if type(shape) is not list or len(shape) > MAX_DIMS:
            raise _fail(p, "file.tensor_shape", tensor=repr(_clip(name)))
        n = 1
        for d in shape:
            if type(d) is not int or d < 0:
                raise _fail(p, "file.tensor_shape", tensor=repr(_clip(name)))
            n *= d
            # Bounded so a hostile shape cannot make a giant integer; no tensor is near 2^63.
            if n > 1 << 63:
                raise _fail(p, "file.tensor_too_large", tensor=repr(_clip(name)))
        if type(offsets) is not list or len(offsets) != 2:
            raise _fail(p, "file.tensor_offsets", tensor=repr(_clip(name)))
        begin, end = offsets
        if type(begin) is not int or type(end) is not int or not 0 <= begin <= end:
            raise _fail(p, "file.tensor_offsets", tensor=repr(_clip(name)))
        bits = n * bits_of[dtype]
        if bits % 8 or end - begin != bits // 8:
            raise _fail(
                p,
                "file.tensor_span",
                tensor=repr(_clip(name)),
                count=f"{end - begin:,}",
                shape=_clip(str(shape), 60),
                dtype=dtype,
                need=f"{bits / 8:,.0f}",
            )
        if end > data_bytes:
            raise _fail(
                p,
                "file.tensor_data_past_end",
                tensor=repr(_clip(name)),
                end=f"{8 + end:,}",
                size=f"{data_bytes:,}",
            )
        spans.append((begin, end, SafetensorsTensor(name, dtype, tuple(shape), end - begin)))
    spans.sort(key=lambda s: (s[0], s[1]))
    previous_end, previous = 0, ""
    for begin, end, t in spans:
        # Overlapping ranges would let a file claim more bytes than it holds.
        if begin < previous_end:
            raise _fail(
                p, "file.tensors_overlap", tensor=repr(_clip(t.name)), other=repr(_clip(previous))
            )
        previous_end, previous = max(previous_end, end), t.name
    return tuple(t for _, _, t in spans)


@dataclass(frozen=True, slots=True)
class SafetensorsFolder:
    files: tuple[Path, ...]
    tensors: tuple[SafetensorsTensor, ...]
    file_bytes: int
    warnings: tuple[Note, ...] = ()


def _index_shards(folder: Path, index_path: Path) -> tuple[list[Path], dict[str, str]]:
    index = read_json_file(index_path, MAX_INDEX_BYTES)
    weight_map = index.get("weight_map") if isinstance(index, dict) else None
    if not isinstance(weight_map, dict) or not weight_map:
        raise _fail(index_path, "file.no_weight_map")
    names: list[str] = []
    for tensor, file in weight_map.items():
        if not isinstance(file, str) or not file.endswith(".safetensors"):
            raise _fail(index_path, "file.weight_map_entry", tensor=repr(_clip(tensor)))
        # Only plain names in the same folder: the index must not point elsewhere on disk.
        if Path(file).name != file or file in (".", ".."):
            raise _fail(index_path, "file.weight_map_outside", value=repr(_clip(file)))
        if file not in names:
            names.append(file)
    if len(names) > MAX_SHARDS:
        raise _fail(
            index_path, "file.too_many_shards", count=f"{len(names):,}", limit=f"{MAX_SHARDS:,}"
        )
    missing = [n for n in names if not is_regular_file(folder / n)]
    if missing:
        shown = ", ".join(_clip(n) for n in missing[:3]) + (" ..." if len(missing) > 3 else "")
        raise _fail(
            index_path, "file.shards_missing", missing=len(missing), count=len(names), names=shown
        )
    return [folder / n for n in names], {str(k): str(v) for k, v in weight_map.items()}


def read_safetensors_folder(folder: str | os.PathLike[str]) -> SafetensorsFolder | None:
    """All tensors of the safetensors checkpoint in ``folder``; None if it has none.

    With ``model.safetensors.index.json`` the shards it lists are read (and every tensor it
    maps must be found in its shard); without it, every ``*.safetensors`` file is, except a
    Mistral-style ``consolidated.safetensors`` next to Hugging Face shards (the same weights
    under other names).
    """
    d = Path(folder)
    index_path = d / INDEX_FILE
    warnings: list[Note] = []
    weight_map: dict[str, str] | None = None
    if is_regular_file(index_path):
        files, weight_map = _index_shards(d, index_path)
    else:
        files = sorted(q for q in d.glob("*.safetensors") if is_regular_file(q))
        hf = [q for q in files if not q.name.startswith("consolidated")]
        if hf and len(hf) < len(files):
            warnings.append(Note.of("model.consolidated_ignored"))
            files = hf
        if len(files) > MAX_SHARDS:
            raise ModelFileError(
                "file.too_many_safetensors",
                file=_clip(d.name),
                count=f"{len(files):,}",
                limit=f"{MAX_SHARDS:,}",
            )
    if not files:
        return None
    tensors: list[SafetensorsTensor] = []
    where: dict[str, str] = {}
    for q in files:
        for t in read_safetensors_header(q):
            if t.name in where:
                raise _fail(
                    q, "file.tensor_in_two_shards", tensor=repr(_clip(t.name)),
                    other=_clip(where[t.name]),
                )  # fmt: skip
            where[t.name] = q.name
            tensors.append(t)
    if weight_map is not None:
        for tensor, file in weight_map.items():
            if where.get(tensor) != file:
                raise _fail(
                    index_path, "file.tensor_not_in_shard", tensor=repr(_clip(tensor)),
                    other=_clip(file),
                )  # fmt: skip
        extra = len(where) - len(weight_map)
        if extra:
            warnings.append(Note.of("model.tensors_not_indexed", count=extra, file=INDEX_FILE))
    return SafetensorsFolder(
        files=tuple(files),
        tensors=tuple(tensors),
        file_bytes=sum(q.stat().st_size for q in files),
        warnings=tuple(warnings),
    )
