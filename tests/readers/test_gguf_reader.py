"""The bounded GGUF header reader: exact round trips with files written by ``gguf.GGUFWriter``,
split files, and hostile headers that must end in one clear ModelFileError.

The helpers at the top (``write_llama_gguf``, ``GgufBuilder``) are also used by test_local.py
and test_fuzz_readers.py.
"""

from __future__ import annotations

import contextlib
import os
import re
import struct
import tracemalloc
from collections.abc import Sequence
from pathlib import Path

import gguf
import pytest
from tests._support.messages import message
from tests._support.model_files import (
    CTX,
    HIDDEN,
    N_KV_HEADS,
    N_LAYERS,
    VOCAB,
    ggml_nbytes,
    llama_tensors,
    write_llama_gguf,
)

from vramscope.readers import gguf as gguf_reader
from vramscope.readers.gguf import (
    GgufArray,
    ModelFileError,
    read_gguf_header,
    read_gguf_model,
    split_parts,
)


class GgufBuilder:
    """Hand-written GGUF headers, for files GGUFWriter refuses to write."""

    def __init__(self, *, version: int = 3, order: str = "<") -> None:
        self.version = version
        self.o = order
        self.kv: list[bytes] = []
        self.tensors: list[bytes] = []
        self.n_tensors: int | None = None
        self.n_kv: int | None = None
        self.data = b""

    def s(self, text: str | bytes) -> bytes:
        raw = text.encode() if isinstance(text, str) else text
        return struct.pack(self.o + "Q", len(raw)) + raw

    def add_raw_kv(self, key: str, type_id: int, payload: bytes) -> GgufBuilder:
        self.kv.append(self.s(key) + struct.pack(self.o + "I", type_id) + payload)
        return self

    def add_u32(self, key: str, value: int) -> GgufBuilder:
        return self.add_raw_kv(key, 4, struct.pack(self.o + "I", value))

    def add_str(self, key: str, value: str) -> GgufBuilder:
        return self.add_raw_kv(key, 8, self.s(value))

    def add_tensor(
        self, name: str, shape: Sequence[int], type_id: int = 0, offset: int = 0
    ) -> GgufBuilder:
        rec = self.s(name) + struct.pack(self.o + "I", len(shape))
        rec += b"".join(struct.pack(self.o + "Q", d % (1 << 64)) for d in shape)
        rec += struct.pack(self.o + "IQ", type_id, offset)
        self.tensors.append(rec)
        return self

    def build(self, *, pad_data: int = 0) -> bytes:
        n_t = len(self.tensors) if self.n_tensors is None else self.n_tensors
        n_kv = len(self.kv) if self.n_kv is None else self.n_kv
        head = b"GGUF" + struct.pack(self.o + "IQQ", self.version, n_t, n_kv)
        body = head + b"".join(self.kv) + b"".join(self.tensors)
        if self.tensors:
            body += b"\0" * (-len(body) % 32)
        return body + b"\0" * pad_data + self.data


def _write(tmp_path: Path, data: bytes, name: str = "m.gguf") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def _err(path: Path) -> str:
    with pytest.raises(ModelFileError) as info:
        read_gguf_header(path)
    msg = message(info.value)
    assert "\n" not in msg
    assert msg.startswith(path.name + ": ")
    return msg


# Round trips with real files.


def test_llama_round_trip_is_exact(tmp_path: Path) -> None:
    (path,) = write_llama_gguf(tmp_path / "tiny.gguf")
    h = read_gguf_header(path)
    assert h.version == 3
    assert h.byte_order == "little"
    assert h.architecture == "llama"
    md = h.metadata
    assert md["general.name"] == "Tiny Llama Test"
    assert md["llama.block_count"] == N_LAYERS
    assert md["llama.embedding_length"] == HIDDEN
    assert md["llama.attention.head_count_kv"] == N_KV_HEADS
    assert md["llama.context_length"] == CTX
    assert md["general.file_type"] == gguf.LlamaFileType.MOSTLY_Q4_0
    assert md["llama.attention.layer_norm_rms_epsilon"] == pytest.approx(1e-5)
    tokens = md["tokenizer.ggml.tokens"]
    assert isinstance(tokens, GgufArray)
    assert tokens.length == VOCAB
    assert tokens.values is not None
    assert tokens.values[:2] == ("tok0", "tok1")

    expected = llama_tensors()
    assert [(t.name, t.shape, t.ggml_type) for t in h.tensors] == [
        (n, s, q.name) for n, s, q in expected
    ]
    assert [t.nbytes for t in h.tensors] == [ggml_nbytes(s, q) for _, s, q in expected]
    # The exact bytes of the file: its tensor data, aligned, ends where the file ends.
    last = max(h.tensors, key=lambda t: t.offset)
    assert h.data_offset + last.offset + last.nbytes == h.file_size == path.stat().st_size
    assert h.tensor_bytes == sum(ggml_nbytes(s, q) for _, s, q in expected)
    assert h.data_offset % h.alignment == 0


def test_gguf_package_reader_agrees(tmp_path: Path) -> None:
    # A well-formed file, so the gguf package's reader is safe to use as a second opinion.
    (path,) = write_llama_gguf(tmp_path / "tiny.gguf")
    theirs = gguf.GGUFReader(path)
    ours = read_gguf_header(path)
    assert [
        (t.name, tuple(int(d) for d in t.shape), t.tensor_type.name, int(t.n_bytes))
        for t in theirs.tensors
    ] == [(t.name, t.shape, t.ggml_type, t.nbytes) for t in ours.tensors]
    assert ours.data_offset == theirs.data_offset


def test_big_endian_file(tmp_path: Path) -> None:
    (path,) = write_llama_gguf(tmp_path / "be.gguf", endian=gguf.GGUFEndian.BIG)
    h = read_gguf_header(path)
    assert h.byte_order == "big"
    assert h.metadata["llama.block_count"] == N_LAYERS
    assert [(t.name, t.shape) for t in h.tensors] == [(n, s) for n, s, _ in llama_tensors()]


def test_long_arrays_keep_only_their_length(tmp_path: Path) -> None:
    w = gguf.GGUFWriter(tmp_path / "v.gguf", "llama")
    w.add_token_list([f"t{i}" for i in range(5000)])
    w.add_array("test.numbers", list(range(3000)))
    w.add_array("test.small", [1, 2, 3])
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    md = read_gguf_header(tmp_path / "v.gguf").metadata
    assert md["tokenizer.ggml.tokens"] == GgufArray("string", 5000, None)
    numbers = md["test.numbers"]
    assert isinstance(numbers, GgufArray)
    assert (numbers.length, numbers.values) == (3000, None)
    small = md["test.small"]
    assert isinstance(small, GgufArray)
    assert small.values == (1, 2, 3)


def test_split_gguf_is_summed(tmp_path: Path) -> None:
    parts = write_llama_gguf(tmp_path / "tiny.gguf", split_max_tensors=8)
    assert len(parts) == 3
    assert [p.name for p in parts] == [f"tiny-0000{k}-of-00003.gguf" for k in (1, 2, 3)]
    expected = llama_tensors()
    for given in (parts[0], parts[2]):
        m = read_gguf_model(given)
        assert m.paths == tuple(parts)
        assert [t.name for t in m.tensors] == [n for n, _, _ in expected]
        assert m.tensor_bytes == sum(ggml_nbytes(s, q) for _, s, q in expected)
        assert m.file_bytes == sum(p.stat().st_size for p in parts)
        assert m.metadata["general.architecture"] == "llama"
    parts[1].unlink()
    with pytest.raises(ModelFileError) as raised:
        read_gguf_model(parts[0])
    assert re.search(r"missing 1 of 3 parts: tiny-00002-of-00003\.gguf", message(raised.value))


def test_single_file_model(tmp_path: Path) -> None:
    (path,) = write_llama_gguf(tmp_path / "tiny.gguf")
    m = read_gguf_model(path)
    assert m.paths == (path,)
    assert split_parts(path) == (path,)
    assert m.file_bytes == path.stat().st_size


# Hostile files.


def test_empty_and_missing_files(tmp_path: Path) -> None:
    assert "not a GGUF file" in _err(_write(tmp_path, b""))
    assert "not a GGUF file" in _err(_write(tmp_path, b"GGU"))
    with pytest.raises(ModelFileError) as raised:
        read_gguf_header(tmp_path / "nope.gguf")
    # Said as missing (stat before open), not as an open failure with the errno's words.
    assert re.search(r"no such file", message(raised.value))
    d = tmp_path / "dir.gguf"
    d.mkdir()
    with pytest.raises(ModelFileError) as raised:
        read_gguf_header(d)
    assert message(raised.value) == "dir.gguf is a folder, not a file"


def test_not_a_gguf(tmp_path: Path) -> None:
    msg = _err(_write(tmp_path, b"PK\x03\x04" + b"\0" * 100))
    assert "not a GGUF file" in msg


def test_versions(tmp_path: Path) -> None:
    assert "version 1" in _err(_write(tmp_path, GgufBuilder(version=1).build()))
    assert "unsupported GGUF version 7" in _err(_write(tmp_path, GgufBuilder(version=7).build()))
    assert read_gguf_header(_write(tmp_path, GgufBuilder(version=2).build())).version == 2


def test_huge_tensor_count(tmp_path: Path) -> None:
    b = GgufBuilder()
    b.n_tensors = 10**12
    msg = _err(_write(tmp_path, b.build(pad_data=2_000_000)))
    assert "GGUF header claims 1,000,000,000,000 tensors in a 2.00 MB file" in msg


def test_huge_kv_count(tmp_path: Path) -> None:
    b = GgufBuilder()
    b.n_kv = 2**64 - 1
    assert "metadata entries" in _err(_write(tmp_path, b.build()))


def test_huge_string_length(tmp_path: Path) -> None:
    b = GgufBuilder()
    b.add_raw_kv("general.name", 8, struct.pack("<Q", 2**62) + b"abc")
    msg = _err(_write(tmp_path, b.build()))
    assert "claims" in msg
    assert "general.name" in msg
    b = GgufBuilder()
    b.kv.append(struct.pack("<Q", 2**40) + b"k")  # a key of 2^40 bytes
    _err(_write(tmp_path, b.build()))


def test_array_of_2_63_elements_49_bytes(tmp_path: Path) -> None:
    # DESIGN.md pitfalls: the gguf package never returns on this 49-byte file.
    data = (
        b"GGUF"
        + struct.pack("<IQQ", 3, 0, 1)
        + struct.pack("<Q", 1)
        + b"a"
        + struct.pack("<IIQ", 9, 0, 2**63)
    )
    assert len(data) == 49
    tracemalloc.start()
    try:
        msg = _err(_write(tmp_path, data))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "claims 9.22e+18 elements" in msg
    assert peak < 1 << 20


def test_string_array_with_huge_element(tmp_path: Path) -> None:
    payload = struct.pack("<IQ", 8, 2000) + struct.pack("<Q", 2**50) + b"x" * 20000
    b = GgufBuilder().add_raw_kv("tokenizer.ggml.tokens", 9, payload)
    assert "claims" in _err(_write(tmp_path, b.build()))


def test_nested_arrays_are_bounded(tmp_path: Path) -> None:
    payload = struct.pack("<IQ", 9, 1) * 10 + struct.pack("<IQ", 4, 0)
    b = GgufBuilder().add_raw_kv("deep", 9, payload)
    assert "nests arrays deeper" in _err(_write(tmp_path, b.build()))
    ok = GgufBuilder().add_raw_kv(
        "nested", 9, struct.pack("<IQ", 9, 1) + struct.pack("<IQI", 4, 1, 7)
    )
    md = read_gguf_header(_write(tmp_path, ok.build())).metadata
    assert md["nested"] == GgufArray("array", 1, (GgufArray("uint32", 1, (7,)),))


def test_unknown_value_and_element_types(tmp_path: Path) -> None:
    assert "unknown value type 13" in _err(
        _write(tmp_path, GgufBuilder().add_raw_kv("k", 13, b"\0" * 8).build())
    )
    b = GgufBuilder().add_raw_kv("k", 9, struct.pack("<IQ", 99, 1) + b"\0" * 8)
    assert "unknown element type 99" in _err(_write(tmp_path, b.build()))


def test_duplicate_key_and_tensor(tmp_path: Path) -> None:
    b = GgufBuilder().add_u32("a", 1).add_u32("a", 2)
    assert "duplicate metadata key 'a'" in _err(_write(tmp_path, b.build()))
    b = GgufBuilder().add_tensor("t", (8,)).add_tensor("t", (8,), offset=32)
    b.data = b"\0" * 64
    assert "duplicate tensor 't'" in _err(_write(tmp_path, b.build()))


@pytest.mark.parametrize(
    ("shape", "type_id", "needle"),
    [
        ((0, 4), 0, "dimension of 0"),
        ((-3, 4), 0, "dimension of -3"),
        ((2**40, 2**40), 0, "overflows 64 bits"),
        ((2**62, 4), 0, "overflows 64 bits"),
        ((8,), 99, "unknown GGML type id 99"),
        ((8,), 4, "unknown GGML type id 4"),  # Q4_2, removed from ggml
        ((33, 2), 8, "not a multiple of the Q8_0 block size 32"),
        ((), 0, "0 dimensions"),
        ((1, 1, 1, 1, 1), 0, "5 dimensions"),
    ],
)
def test_bad_tensor_records(
    tmp_path: Path, shape: tuple[int, ...], type_id: int, needle: str
) -> None:
    b = GgufBuilder().add_tensor("blk.0.bad", shape, type_id)
    b.data = b"\0" * 256
    msg = _err(_write(tmp_path, b.build()))
    assert needle in msg
    assert "blk.0.bad" in msg


def test_truncated_download(tmp_path: Path) -> None:
    (path,) = write_llama_gguf(tmp_path / "tiny.gguf")
    data = path.read_bytes()
    h = read_gguf_header(path)
    cut = _write(tmp_path, data[: h.file_size - 100], "cut.gguf")
    msg = _err(cut)
    last = max(h.tensors, key=lambda t: t.offset)
    end = h.data_offset + last.offset + last.nbytes
    assert msg == (
        f"cut.gguf: file is truncated: tensor {last.name!r} ends at byte {end:,} "
        f"but the file has {h.file_size - 100:,} bytes"
    )


def test_overlapping_tensors(tmp_path: Path) -> None:
    b = GgufBuilder().add_tensor("a", (64,)).add_tensor("b", (64,), offset=128)
    b.add_tensor("c", (64,), offset=64)  # starts inside b? no: a is [0,256), c at 64 overlaps a
    b.data = b"\0" * 1024
    assert "overlaps" in _err(_write(tmp_path, b.build()))


def test_bad_alignment(tmp_path: Path) -> None:
    b = GgufBuilder().add_u32("general.alignment", 48)
    assert "power of two" in _err(_write(tmp_path, b.build()))
    b = GgufBuilder().add_str("general.alignment", "32")
    assert "power of two" in _err(_write(tmp_path, b.build()))
    b = GgufBuilder().add_tensor("t", (8,), offset=4)
    b.data = b"\0" * 64
    assert "not a multiple of the alignment" in _err(_write(tmp_path, b.build()))


def test_work_is_counted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The item budget (the time bound) stops a header of many tiny strings.
    monkeypatch.setattr(gguf_reader, "MAX_ITEMS", 100)
    payload = struct.pack("<IQ", 8, 2000) + struct.pack("<Q", 0) * 2000
    b = GgufBuilder().add_raw_kv("tokenizer.ggml.merges", 9, payload)
    assert "more than 100 items to read; giving up" in _err(_write(tmp_path, b.build()))


def test_max_bytes_bounds_the_header(tmp_path: Path) -> None:
    (path,) = write_llama_gguf(tmp_path / "tiny.gguf")
    with pytest.raises(ModelFileError) as raised:
        read_gguf_header(path, max_bytes=1000)
    assert re.search(r"GGUF header is larger than", message(raised.value))


def test_every_truncation_of_a_header(tmp_path: Path) -> None:
    # Every prefix of a real header (metadata, tensor records, padding) fails cleanly. The
    # vocabulary is left out to keep this loop short; the fuzz tests truncate inside it.
    (path,) = write_llama_gguf(tmp_path / "tiny.gguf", vocab_in_metadata=False)
    h = read_gguf_header(path)
    for n in range(h.data_offset, -1, -1):
        os.truncate(path, n)
        with pytest.raises(ModelFileError):
            read_gguf_header(path)


def test_every_bit_flip_of_the_fixed_header(tmp_path: Path) -> None:
    # Bit flips anywhere in the first 256 bytes (counts, lengths, types) never escape as
    # anything but ModelFileError; some flips (inside a string) leave a valid file.
    (path,) = write_llama_gguf(tmp_path / "tiny.gguf", vocab_in_metadata=False)
    data = path.read_bytes()
    with path.open("r+b") as f:
        for i in range(min(256, len(data))):
            for bit in range(8):
                f.seek(i)
                f.write(bytes([data[i] ^ (1 << bit)]))
                f.flush()
                with contextlib.suppress(ModelFileError):
                    read_gguf_header(path)
            f.seek(i)
            f.write(data[i : i + 1])


def test_bad_split_names(tmp_path: Path) -> None:
    p = _write(tmp_path, b"", "x-00004-of-00003.gguf")
    with pytest.raises(ModelFileError) as raised:
        split_parts(p)
    assert re.search(r"bad split numbering", message(raised.value))
