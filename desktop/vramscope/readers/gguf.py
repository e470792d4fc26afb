"""A bounded reader for GGUF headers: metadata, tensor names, types and shapes; never tensor data.

GGUF (ggml's model file format, spec: ggml ``docs/gguf.md``) starts with the magic ``GGUF``, a
version, a tensor count and a key/value count, then the key/values, then one record per tensor
(name, dims, GGML type, offset into the data section), then padding to ``general.alignment``
and the tensor data. The ``gguf`` package trusts the length fields of that header (DESIGN.md
pitfalls: a 49-byte file declaring a 2^63-element array never returns), so this reader is our
own: every count and length is checked against the bytes left in the file *before* anything is
allocated or read, header reads are capped at ``max_bytes``, nesting is bounded and the number
of items walked is counted, so a hostile file costs at most a bounded amount of time and memory
and ends in a one-line :class:`ModelFileError`.
"""

from __future__ import annotations

import os
import re
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal, NamedTuple, TypeAlias

from vramscope.core.errors import clip_value
from vramscope.core.formats import GGML_TYPE_BY_ID
from vramscope.core.notes import ParamValue
from vramscope.core.units import format_bytes

from ._files import ModelFileError, is_regular_file, open_regular
from ._files import clip_text as _clip

__all__ = [
    "DEFAULT_MAX_HEADER_BYTES",
    "GgufArray",
    "GgufHeader",
    "GgufModel",
    "GgufTensor",
    "GgufValue",
    "ModelFileError",
    "read_gguf_header",
    "read_gguf_model",
    "split_parts",
]


# Limits. Real headers are far inside them: a 256k-token vocabulary with merges and scores is
# ~20 MB, the largest tensor counts are tens of thousands; keys are at most 65,535 bytes and
# tensor names 64 by the GGUF spec (we allow more, but not unbounded).
DEFAULT_MAX_HEADER_BYTES = 128 << 20
MAX_KEY_BYTES = 65_535
MAX_TENSOR_NAME_BYTES = 4_096
MAX_STRING_BYTES = 16 << 20  # chat templates, the longest strings, are ~100 kB
MAX_KV_COUNT = 1 << 20
MAX_TENSOR_COUNT = 1 << 22
MAX_DIMS = 4  # GGML_MAX_DIMS
MAX_ARRAY_DEPTH = 3  # arrays of arrays are legal; nothing real nests deeper than 1
# Arrays inside arrays, counted over the whole header. The spec allows them, but llama.cpp
# refuses any (source: ggml/src/gguf.cpp gguf_init_from_reader, "case GGUF_TYPE_ARRAY:"
# under an array is "invalid GGUF type"), so no working model file has one; a few are read so
# a file a newer writer made still opens. Without this bound, 4M empty arrays took 11 s.
MAX_NESTED_ARRAYS = 4_096
MAX_ALIGNMENT = 1 << 24
# Arrays up to this length are kept with their values; longer ones (token lists, merges,
# scores) keep only their length, which is all an estimate needs (the vocabulary size).
MAX_KEPT_ARRAY = 1_024
# The time bound: every key/value, array element walked and tensor record counts one item.
# 4.2M is 5x a 262k vocabulary + 500k merges + 100k tensors; a hostile header of that many
# empty strings takes ~2 s here (benchmarks/gguf_header.py reads 100k tensors in ~0.4 s).
MAX_ITEMS = 1 << 22
DEFAULT_ALIGNMENT = 32  # GGUF_DEFAULT_ALIGNMENT
_CHUNK = 1 << 20
_INT63 = (1 << 63) - 1

_MAGIC = b"GGUF"
_SUPPORTED_VERSIONS = (2, 3)

# GGUF metadata value types: id -> (name, struct code, size). 8 (string) and 9 (array) are
# variable length and handled apart.
_SCALARS: dict[int, tuple[str, str, int]] = {
    0: ("uint8", "B", 1),
    1: ("int8", "b", 1),
    2: ("uint16", "H", 2),
    3: ("int16", "h", 2),
    4: ("uint32", "I", 4),
    5: ("int32", "i", 4),
    6: ("float32", "f", 4),
    7: ("bool", "?", 1),
    10: ("uint64", "Q", 8),
    11: ("int64", "q", 8),
    12: ("float64", "d", 8),
}
_STRING = 8
_ARRAY = 9
_TYPE_NAMES = {**{k: v[0] for k, v in _SCALARS.items()}, _STRING: "string", _ARRAY: "array"}


@dataclass(frozen=True, slots=True)
class GgufArray:
    """A metadata array. ``values`` is None when it was longer than MAX_KEPT_ARRAY (skipped)."""

    element_type: str
    length: int
    values: tuple[GgufValue, ...] | None


GgufValue: TypeAlias = int | float | bool | str | GgufArray


class GgufTensor(NamedTuple):
    """One tensor record. ``shape`` is in GGUF order (``shape[0]`` is the row length);
    ``offset`` is relative to the data section; ``nbytes`` is exact for the GGML type."""

    name: str
    shape: tuple[int, ...]
    ggml_type: str
    offset: int
    nbytes: int


@dataclass(frozen=True, slots=True)
class GgufHeader:
    path: Path
    version: int
    byte_order: Literal["little", "big"]
    metadata: Mapping[str, GgufValue]
    tensors: tuple[GgufTensor, ...]
    data_offset: int
    alignment: int
    file_size: int

    @property
    def tensor_bytes(self) -> int:
        return sum(t.nbytes for t in self.tensors)

    @property
    def architecture(self) -> str | None:
        arch = self.metadata.get("general.architecture")
        return arch if isinstance(arch, str) else None


@dataclass(frozen=True, slots=True)
class GgufModel:
    """A GGUF model, possibly split into shards: the first shard's metadata, every tensor."""

    paths: tuple[Path, ...]
    header: GgufHeader  # of the first shard, which holds the model metadata
    tensors: tuple[GgufTensor, ...]
    file_bytes: int

    @property
    def metadata(self) -> Mapping[str, GgufValue]:
        return self.header.metadata

    @property
    def tensor_bytes(self) -> int:
        return sum(t.nbytes for t in self.tensors)


def _reason(e: OSError) -> str:
    # The operating system's own words (already in the user's language on most systems).
    return str(e.strerror or e)


def _count(n: int) -> str:
    # Counts read from a hostile file can be up to 2^64; scientific notation keeps them readable.
    return f"{n:,}" if n < 10**15 else f"{n:.3g}"


class _Reader:
    """Sequential reads over a file with every length checked before it is read.

    It keeps a window of the file in memory (refilled in 1 MiB chunks) and never reads past
    ``limit``; lengths are validated by the caller against ``remaining`` first.

    ``what`` names the item being read as a path of the GGUF spec's field names
    (``tensor_count``, ``metadata['general.name'].value_type``, ``tensor_infos[3].name``):
    exact, and the same in every language, so errors can carry it as a parameter.
    """

    def __init__(self, f: BinaryIO, path: Path, file_size: int, max_bytes: int) -> None:
        self.f = f
        self.path = path
        self.size = file_size
        self.limit = min(file_size, max_bytes)
        self.max_bytes = max_bytes
        self.buf = b""
        self.buf_start = 0
        self.pos = 0
        self.order = "<"
        self.items = 0
        self.nested_arrays = 0

    def error(self, code: str, **params: ParamValue) -> ModelFileError:
        return ModelFileError(code, file=_clip(self.path.name), **params)

    @property
    def remaining(self) -> int:
        return self.size - self.pos

    def _bound(self, n: int, what: str) -> None:
        end = self.pos + n
        if end > self.size:
            raise self.error(
                "file.truncated_at",
                what=what,
                pos=f"{self.pos:,}",
                need=_count(n),
                size=f"{self.size:,}",
            )
        if end > self.limit:
            raise self.error(
                "file.header_too_large",
                limit=format_bytes(self.max_bytes),
                what=what,
                pos=f"{self.pos:,}",
            )

    def take(self, n: int, what: str) -> int:
        """Make n bytes at pos available in ``buf``; return their index in ``buf``."""
        start = self.pos - self.buf_start
        if start >= 0 and start + n <= len(self.buf):
            return start  # already read, so inside the file and the limit
        self._bound(n, what)
        keep = self.buf[start:] if start < len(self.buf) else b""
        read_from = self.pos + len(keep)
        want = min(max(n - len(keep), _CHUNK), self.limit - read_from)
        self.f.seek(read_from)
        data = self.f.read(want)
        if len(data) < n - len(keep):
            # The file shrank while we read it.
            raise self.error("file.shrank", what=what, pos=f"{self.pos:,}")
        self.buf = keep + data
        self.buf_start = self.pos
        return 0

    def skip(self, n: int, what: str) -> None:
        self._bound(n, what)
        self.pos += n

    def unpack(self, code: str, size: int, what: str) -> int | float | bool:
        i = self.take(size, what)
        value: int | float | bool = struct.unpack_from(self.order + code, self.buf, i)[0]
        self.pos += size
        return value

    def u32(self, what: str) -> int:
        return int(self.unpack("I", 4, what))

    def u64(self, what: str) -> int:
        return int(self.unpack("Q", 8, what))

    def string(self, what: str, max_len: int) -> str:
        n = self.u64(f"{what}.length")
        if n > max_len:
            raise self.error(
                "file.string_too_long",
                what=what,
                pos=f"{self.pos - 8:,}",
                count=_count(n),
                limit=f"{max_len:,}",
            )
        i = self.take(n, what)
        raw = self.buf[i : i + n]
        self.pos += n
        # Names come from the file: undecodable bytes are shown, not fatal.
        return raw.decode("utf-8", errors="replace")

    def work(self, n: int = 1) -> None:
        self.items += n
        if self.items > MAX_ITEMS:
            raise self.error("file.too_many_items", limit=f"{MAX_ITEMS:,}")

    def skip_strings(self, count: int, what: str) -> None:
        """Walk ``count`` length-prefixed strings without decoding them (token lists, merges)."""
        self.work(count)
        code = self.order + "Q"
        for _ in range(count):
            # Inlined take() for the common case: the length prefix is already in the window.
            i = self.pos - self.buf_start
            if i + 8 <= len(self.buf):
                n = struct.unpack_from(code, self.buf, i)[0]
                self.pos += 8
            else:
                n = self.u64(f"{what}[].length")
            if n > MAX_STRING_BYTES or n > self.size - self.pos:
                raise self.error(
                    "file.string_past_end",
                    what=what,
                    pos=f"{self.pos - 8:,}",
                    count=_count(n),
                    left=_count(max(0, self.size - self.pos)),
                )
            self.skip(n, f"{what}[]")

    def value(self, type_id: int, what: str, depth: int) -> GgufValue:
        scalar = _SCALARS.get(type_id)
        if scalar is not None:
            _, code, size = scalar
            return self.unpack(code, size, what)
        if type_id == _STRING:
            return self.string(what, MAX_STRING_BYTES)
        if type_id == _ARRAY:
            return self.array(what, depth)
        raise self.error("file.unknown_value_type", what=what, type_id=type_id)

    def array(self, what: str, depth: int) -> GgufArray:
        if depth >= MAX_ARRAY_DEPTH:
            raise self.error("file.arrays_too_deep", what=what, limit=MAX_ARRAY_DEPTH)
        elem = self.u32(f"{what}.type")
        count = self.u64(f"{what}.length")
        if elem not in _TYPE_NAMES:
            raise self.error("file.unknown_element_type", what=what, type_id=elem)
        # The smallest encoding of one element: its scalar size, 8 (a string's length) or 12
        # (a nested array's type and length). Checked before anything is allocated.
        min_size = _SCALARS[elem][2] if elem in _SCALARS else (8 if elem == _STRING else 12)
        if count > self.remaining // min_size:
            raise self.error(
                "file.array_past_end",
                what=what,
                count=_count(count),
                pos=f"{self.pos - 8:,}",
                left=_count(self.remaining),
            )
        keep = count <= MAX_KEPT_ARRAY
        if elem in _SCALARS:
            _, code, size = _SCALARS[elem]
            if not keep:
                self.skip(count * size, what)
                return GgufArray(_TYPE_NAMES[elem], count, None)
            i = self.take(count * size, what)
            values = struct.unpack_from(f"{self.order}{count}{code}", self.buf, i)
            self.pos += count * size
            return GgufArray(_TYPE_NAMES[elem], count, tuple(values))
        if elem == _STRING and not keep:
            self.skip_strings(count, what)
            return GgufArray("string", count, None)
        if elem == _ARRAY:
            self.nested_arrays += count
            if self.nested_arrays > MAX_NESTED_ARRAYS:
                raise self.error(
                    "file.too_many_nested_arrays",
                    what=what,
                    count=_count(count),
                    limit=f"{MAX_NESTED_ARRAYS:,}",
                )
        self.work(count)
        items = tuple(self.value(elem, f"{what}[]", depth + 1) for _ in range(count))
        return GgufArray(_TYPE_NAMES[elem], count, items if keep else None)


def read_gguf_header(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_HEADER_BYTES
) -> GgufHeader:
    """Read a GGUF file's header (metadata and tensor records), never its tensor data.

    Raises ModelFileError with a one-line reason for anything that is not a well-formed GGUF
    version 2 or 3 header whose tensors all lie inside the file.
    """
    p = Path(path)
    f, size = open_regular(p)
    with f:
        try:
            return _read(f, p, size, max_bytes)
        except OSError as e:
            raise ModelFileError("file.read_failed", file=_clip(p.name), reason=_reason(e)) from e


def _read(f: BinaryIO, path: Path, size: int, max_bytes: int) -> GgufHeader:
    r = _Reader(f, path, size, max_bytes)
    if size < 4:
        raise r.error("file.gguf_too_short", size=size)
    i = r.take(4, "magic")
    magic = r.buf[i : i + 4]
    if magic != _MAGIC:
        raise r.error("file.not_gguf", magic=repr(magic))
    r.pos = 4
    version = r.u32("version")
    byte_order: Literal["little", "big"] = "little"
    if version not in _SUPPORTED_VERSIONS:
        swapped = int.from_bytes(version.to_bytes(4, "little"), "big")
        if swapped in _SUPPORTED_VERSIONS:
            # Big-endian GGUFs (for s390x) have the same magic and every number byte-swapped.
            byte_order, r.order, version = "big", ">", swapped
        elif version == 1 or swapped == 1:
            raise r.error("file.gguf_v1")
        else:
            raise r.error("file.gguf_version", version=version)
    n_tensors = r.u64("tensor_count")
    n_kv = r.u64("metadata_kv_count")
    # A tensor record takes at least 8 (name length) + 4 (n_dims) + 8 (one dim) + 4 (type) +
    # 8 (offset) bytes; a key/value at least 8 (key length) + 4 (type) + 1 (value).
    if n_tensors > MAX_TENSOR_COUNT or n_tensors * 32 > r.remaining:
        raise r.error("file.too_many_tensors", count=_count(n_tensors), size=format_bytes(size))
    if n_kv > MAX_KV_COUNT or n_kv * 13 > r.remaining:
        raise r.error("file.too_many_keys", count=_count(n_kv), size=format_bytes(size))

    metadata: dict[str, GgufValue] = {}
    for k in range(n_kv):
        r.work()
        key = r.string(f"metadata_kv[{k}].key", MAX_KEY_BYTES)
        if key in metadata:
            raise r.error("file.duplicate_key", key=repr(_clip(key)))
        type_id = r.u32(f"metadata[{_clip(key)!r}].value_type")
        metadata[key] = r.value(type_id, f"metadata[{_clip(key)!r}]", 0)

    alignment = DEFAULT_ALIGNMENT
    if "general.alignment" in metadata:
        a = metadata["general.alignment"]
        if isinstance(a, bool) or not isinstance(a, int) or a <= 0 or a & (a - 1):
            raise r.error("file.alignment", value=clip_value(a, 40))
        if a > MAX_ALIGNMENT:
            raise r.error("file.alignment_too_large", value=f"{a:,}")
        alignment = a

    records = _tensor_records(r, n_tensors)

    data_offset = -(-r.pos // alignment) * alignment
    if data_offset > size and n_tensors:
        raise r.error("file.no_tensor_data", pos=f"{data_offset:,}")
    tensors = tuple(_tensor(r, rec, alignment, data_offset) for rec in records)
    _check_layout(r, tensors, data_offset)
    return GgufHeader(
        path=path,
        version=version,
        byte_order=byte_order,
        metadata=metadata,
        tensors=tensors,
        data_offset=data_offset,
        alignment=alignment,
        file_size=size,
    )


def _tensor_records(r: _Reader, n_tensors: int) -> list[tuple[str, tuple[int, ...], int, int]]:
    """The raw tensor records: (name, shape, GGML type id, offset).

    The hot loop of a big header (100,000 records): three bounded reads per record, and
    message text built only on the error paths.
    """
    r.work(n_tensors)
    length = struct.Struct(r.order + "Q")
    tail = struct.Struct(r.order + "IQ")
    dims_formats = {k: struct.Struct(f"{r.order}{k}Q") for k in range(1, MAX_DIMS + 1)}
    n_dims_format = struct.Struct(r.order + "I")
    names: set[str] = set()
    records: list[tuple[str, tuple[int, ...], int, int]] = []
    for t in range(n_tensors):
        i = r.take(8, f"tensor_infos[{t}].name")
        n = length.unpack_from(r.buf, i)[0]
        if n > MAX_TENSOR_NAME_BYTES:
            raise r.error(
                "file.tensor_name_too_long",
                index=t,
                pos=f"{r.pos:,}",
                count=_count(n),
                limit=f"{MAX_TENSOR_NAME_BYTES:,}",
            )
        r.pos += 8
        i = r.take(n + 4, f"tensor_infos[{t}]")
        name = r.buf[i : i + n].decode("utf-8", errors="replace")
        n_dims = n_dims_format.unpack_from(r.buf, i + n)[0]
        r.pos += n + 4
        if name in names:
            raise r.error("file.duplicate_tensor", tensor=repr(_clip(name)))
        names.add(name)
        if not 1 <= n_dims <= MAX_DIMS:
            raise r.error(
                "file.tensor_dims", tensor=repr(_clip(name)), count=_count(n_dims), limit=MAX_DIMS
            )
        i = r.take(8 * n_dims + 12, f"tensor_infos[{_clip(name)!r}].dimensions")
        shape = dims_formats[n_dims].unpack_from(r.buf, i)
        type_id, offset = tail.unpack_from(r.buf, i + 8 * n_dims)
        r.pos += 8 * n_dims + 12
        records.append((name, shape, type_id, offset))
    return records


def _tensor(
    r: _Reader, rec: tuple[str, tuple[int, ...], int, int], alignment: int, data_offset: int
) -> GgufTensor:
    name, shape, type_id, offset = rec
    n = 1
    for d in shape:
        if d == 0 or d > _INT63:
            shown = d - (1 << 64) if d > _INT63 else d
            raise r.error("file.tensor_dim", tensor=repr(_clip(name)), value=_count(shown))
        n *= d
        if n > _INT63:
            raise r.error("file.tensor_overflow", tensor=repr(_clip(name)), count=_count(n))
    info = GGML_TYPE_BY_ID.get(type_id)
    if info is None:
        raise r.error("file.tensor_type", tensor=repr(_clip(name)), type_id=type_id)
    if shape[0] % info.block_elements:
        raise r.error(
            "file.tensor_row",
            tensor=repr(_clip(name)),
            row=f"{shape[0]:,}",
            ggml_type=info.name,
            block=info.block_elements,
        )
    if offset % alignment:
        raise r.error(
            "file.tensor_offset",
            tensor=repr(_clip(name)),
            offset=f"{offset:,}",
            alignment=alignment,
        )
    nbytes = n // info.block_elements * info.block_bytes
    end = data_offset + offset + nbytes
    if end > r.size:
        raise r.error(
            "file.tensor_past_end", tensor=repr(_clip(name)), end=f"{end:,}", size=f"{r.size:,}"
        )
    return GgufTensor(name, shape, info.name, offset, nbytes)


def _check_layout(r: _Reader, tensors: tuple[GgufTensor, ...], data_offset: int) -> None:
    # Overlapping tensors would let a small file claim any total size; the estimate must only
    # count bytes that exist.
    end = 0
    previous = ""
    for t in sorted(tensors, key=lambda t: t.offset):
        if t.offset < end:
            raise r.error(
                "file.tensor_overlap",
                tensor=repr(_clip(t.name)),
                offset=f"{t.offset:,}",
                other=repr(_clip(previous)),
            )
        end = t.offset + t.nbytes
        previous = t.name


# Shards written by llama.cpp's gguf-split: NAME-00001-of-00003.gguf.
_SPLIT = re.compile(r"^(?P<stem>.*)-(?P<no>\d{5})-of-(?P<count>\d{5})\.gguf$", re.IGNORECASE)
MAX_SPLIT_COUNT = 9_999


def split_parts(path: str | os.PathLike[str]) -> tuple[Path, ...]:
    """The shard paths of a split GGUF named like ``x-00002-of-00003.gguf``, else ``(path,)``."""
    p = Path(path)
    m = _SPLIT.match(p.name)
    if not m:
        return (p,)
    count = int(m["count"])
    no = int(m["no"])
    if not 1 <= no <= count or count > MAX_SPLIT_COUNT:
        raise ModelFileError("file.split_numbering", file=_clip(p.name), part=no, count=count)
    width = len(m["no"])
    parts = tuple(
        p.with_name(f"{m['stem']}-{k:0{width}d}-of-{m['count']}.gguf") for k in range(1, count + 1)
    )
    missing = [q.name for q in parts if not is_regular_file(q)]
    if missing:
        shown = ", ".join(_clip(n) for n in missing[:3]) + (" ..." if len(missing) > 3 else "")
        raise ModelFileError(
            "file.split_missing",
            file=_clip(p.name),
            missing=len(missing),
            count=count,
            names=shown,
        )
    return parts


def read_gguf_model(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_HEADER_BYTES
) -> GgufModel:
    """Read a GGUF model: one file, or every shard of a split (given any shard's path).

    The first shard holds the model metadata; the tensors of all shards are concatenated. The
    shards must agree on ``split.count`` and together hold ``split.tensors.count`` tensors.
    """
    parts = split_parts(path)
    headers = [read_gguf_header(q, max_bytes=max_bytes) for q in parts]
    first = headers[0]
    tensors: list[GgufTensor] = []
    seen: set[str] = set()
    for k, h in enumerate(headers):
        declared = h.metadata.get("split.count")
        if len(parts) > 1 and declared is not None and declared != len(parts):
            raise ModelFileError(
                "file.split_count",
                file=_clip(h.path.name),
                value=clip_value(declared, 40),
                count=len(parts),
            )
        number = h.metadata.get("split.no")
        if len(parts) > 1 and number is not None and number != k:
            raise ModelFileError(
                "file.split_no", file=_clip(h.path.name), value=clip_value(number, 40), part=k
            )
        for t in h.tensors:
            if t.name in seen:
                raise ModelFileError(
                    "file.split_duplicate", file=_clip(h.path.name), tensor=repr(_clip(t.name))
                )
            seen.add(t.name)
        tensors.extend(h.tensors)
    expected = first.metadata.get("split.tensors.count")
    if len(parts) > 1 and isinstance(expected, int) and expected != len(tensors):
        raise ModelFileError(
            "file.split_tensor_count",
            file=_clip(first.path.name),
            expected=f"{expected:,}",
            parts=len(parts),
            count=f"{len(tensors):,}",
        )
    return GgufModel(
        paths=parts,
        header=first,
        tensors=tuple(tensors),
        file_bytes=sum(h.file_size for h in headers),
    )
