"""safetensors headers and model folders: exact round trips, shards with and without the index,
and hostile headers that must end in one clear ModelFileError.

``write_safetensors`` and ``write_llama_folder`` are also used by test_local.py and
test_fuzz_readers.py.
"""

from __future__ import annotations

import json
import os
import re
import struct
from pathlib import Path

import numpy as np
import pytest
from tests._support.messages import english, message
from tests._support.model_files import (
    hf_llama_tensors,
    st_nbytes,
    write_llama_folder,
    write_safetensors,
)

from vramscope.readers.safetensors import (
    SAFETENSORS_DTYPE_BITS,
    ModelFileError,
    SafetensorsTensor,
    read_json_file,
    read_safetensors_folder,
    read_safetensors_header,
)


def _header_file(
    tmp_path: Path, header: object, data: bytes = b"", name: str = "h.safetensors"
) -> Path:
    raw = json.dumps(header).encode()
    p = tmp_path / name
    p.write_bytes(struct.pack("<Q", len(raw)) + raw + data)
    return p


def _err(path: Path) -> str:
    with pytest.raises(ModelFileError) as info:
        read_safetensors_header(path)
    msg = message(info.value)
    assert "\n" not in msg
    assert msg.startswith(path.name + ": ")
    return msg


def test_round_trip_is_exact(tmp_path: Path) -> None:
    tensors = hf_llama_tensors()
    p = write_safetensors(tmp_path / "model.safetensors", tensors)
    got = read_safetensors_header(p)
    assert got == tuple(SafetensorsTensor(n, d, s, st_nbytes(d, s)) for n, d, s in tensors)
    header_len = struct.unpack("<Q", p.read_bytes()[:8])[0]
    assert 8 + header_len + sum(t.nbytes for t in got) == p.stat().st_size


def test_every_dtype(tmp_path: Path) -> None:
    tensors: list[tuple[str, str, tuple[int, ...]]] = [
        (f"t.{d}", d, (4, 8)) for d in SAFETENSORS_DTYPE_BITS if d not in ("F6_E2M3", "F6_E3M2")
    ]
    tensors += [("t.f6", "F6_E2M3", (4, 8)), ("t.scalar", "F32", ()), ("t.empty", "F16", (0, 3))]
    got = read_safetensors_header(write_safetensors(tmp_path / "m.safetensors", tensors))
    assert {t.name: t.nbytes for t in got} == {n: st_nbytes(d, s) for n, d, s in tensors}


def test_numpy_written_file(tmp_path: Path) -> None:
    # A second writer: numpy arrays laid out exactly as safetensors' save_file does.
    arrays: dict[str, np.ndarray] = {
        "a": np.ones((3, 5), np.float32),
        "b": np.zeros((7,), np.float16),
    }
    header: dict[str, object] = {}
    offset, blobs = 0, []
    for name, arr in arrays.items():
        dt = {"float32": "F32", "float16": "F16"}[str(arr.dtype)]
        header[name] = {
            "dtype": dt,
            "shape": list(arr.shape),
            "data_offsets": [offset, offset + arr.nbytes],
        }
        offset += arr.nbytes
        blobs.append(arr.tobytes())
    p = _header_file(tmp_path, header, b"".join(blobs))
    assert [(t.name, t.shape, t.nbytes) for t in read_safetensors_header(p)] == [
        ("a", (3, 5), 60),
        ("b", (7,), 14),
    ]


@pytest.mark.parametrize(("shards", "index"), [(1, False), (3, True), (3, False)])
def test_folder(tmp_path: Path, shards: int, index: bool) -> None:
    files = write_llama_folder(tmp_path / "m", shards=shards, index=index)
    folder = read_safetensors_folder(tmp_path / "m")
    assert folder is not None
    assert sorted(t.name for t in folder.tensors) == sorted(n for n, _, _ in hf_llama_tensors())
    assert sum(t.nbytes for t in folder.tensors) == sum(
        st_nbytes(d, s) for _, d, s in hf_llama_tensors()
    )
    assert folder.file_bytes == sum(f.stat().st_size for f in files)
    assert set(folder.files) == set(files)


def test_folder_without_weights(tmp_path: Path) -> None:
    assert read_safetensors_folder(tmp_path) is None


def test_index_problems(tmp_path: Path) -> None:
    files = write_llama_folder(tmp_path / "m", shards=3)
    files[1].unlink()
    with pytest.raises(ModelFileError) as raised:
        read_safetensors_folder(tmp_path / "m")
    assert re.search(r"1 of 3 shards are missing: model-00002-of-00003", message(raised.value))
    index = tmp_path / "m" / "model.safetensors.index.json"
    index.write_text(json.dumps({"weight_map": {"x": "../evil.safetensors"}}))
    with pytest.raises(ModelFileError) as raised:
        read_safetensors_folder(tmp_path / "m")
    assert re.search(r"outside the folder", message(raised.value))
    index.write_text(json.dumps({"weight_map": {"x": "model-00001-of-00003.safetensors"}}))
    with pytest.raises(ModelFileError) as raised:
        read_safetensors_folder(tmp_path / "m")
    assert re.search(r"'x' is not in model-00001-of-00003.safetensors", message(raised.value))
    index.write_text('{\n  "weight_map": [1, 2,\n}')
    with pytest.raises(ModelFileError) as raised:
        read_safetensors_folder(tmp_path / "m")
    assert re.search(r"index.json is not valid JSON \(line 3, column 1", message(raised.value))
    index.write_text("[]")
    with pytest.raises(ModelFileError) as raised:
        read_safetensors_folder(tmp_path / "m")
    assert re.search(r"has no weight_map", message(raised.value))


def test_consolidated_is_ignored_next_to_hf_shards(tmp_path: Path) -> None:
    write_llama_folder(tmp_path / "m", shards=2, index=False)
    write_safetensors(
        tmp_path / "m" / "consolidated.safetensors", [("layers.0.wq", "BF16", (64, 64))]
    )
    folder = read_safetensors_folder(tmp_path / "m")
    assert folder is not None
    assert "layers.0.wq" not in {t.name for t in folder.tensors}
    assert [w.code for w in folder.warnings] == ["model.consolidated_ignored"]


def test_tensors_missing_from_the_index_are_noted(tmp_path: Path) -> None:
    write_llama_folder(tmp_path / "m", shards=2)
    index = tmp_path / "m" / "model.safetensors.index.json"
    data = json.loads(index.read_text())
    data["weight_map"].pop("lm_head.weight")
    index.write_text(json.dumps(data))
    folder = read_safetensors_folder(tmp_path / "m")
    assert folder is not None and "lm_head.weight" in {t.name for t in folder.tensors}
    assert english(folder.warnings) == [
        "1 tensors in the shards are not listed in model.safetensors.index.json"
    ]


def test_duplicate_tensor_across_shards(tmp_path: Path) -> None:
    write_safetensors(tmp_path / "a.safetensors", [("x", "F32", (2,))])
    write_safetensors(tmp_path / "b.safetensors", [("x", "F32", (2,))])
    with pytest.raises(ModelFileError) as raised:
        read_safetensors_folder(tmp_path)
    assert re.search(r"'x' is also in a.safetensors", message(raised.value))


def test_json_file_limits(tmp_path: Path) -> None:
    p = tmp_path / "config.json"
    p.write_text('{\n  "a": 1,\n    oops\n}')
    with pytest.raises(ModelFileError) as raised:
        read_json_file(p, 1000)
    assert re.search(r"^config.json is not valid JSON \(line 3, column 5", message(raised.value))
    p.write_text(" " * 2000)
    with pytest.raises(ModelFileError) as raised:
        read_json_file(p, 1000)
    assert re.search(r"larger than", message(raised.value))
    p.write_bytes(b"\xff\xfe{}")
    with pytest.raises(ModelFileError) as raised:
        read_json_file(p, 1000)
    assert re.search(r"not UTF-8", message(raised.value))


# Hostile files.


def test_short_and_empty(tmp_path: Path) -> None:
    for data in (b"", b"\x01", b"1234567"):
        p = tmp_path / "s.safetensors"
        p.write_bytes(data)
        assert "not a safetensors file" in _err(p)


def test_huge_header_length(tmp_path: Path) -> None:
    p = tmp_path / "h.safetensors"
    p.write_bytes(struct.pack("<Q", 2**63) + b"{}")
    assert "claims 9,223,372,036,854,775,808 bytes" in _err(p)
    p.write_bytes(struct.pack("<Q", 5000) + b"{}")
    assert "file is truncated" in _err(p)


def test_not_json(tmp_path: Path) -> None:
    p = tmp_path / "n.safetensors"
    p.write_bytes(struct.pack("<Q", 4) + b"abcd")
    assert "not a safetensors file" in _err(p)
    p.write_bytes(struct.pack("<Q", 4) + b"{ab}")
    assert "not valid JSON (line 1, column 2" in _err(p)
    deep = b"{" + b'"a":[' * 1 + b"[" * 100_000 + b"]" * 100_000 + b"]}"
    p.write_bytes(struct.pack("<Q", len(deep)) + deep)
    assert "nested too deeply" in _err(p) or "not valid JSON" in _err(p)
    big_int = b'{"x":{"dtype":"F32","shape":[' + b"9" * 5000 + b'],"data_offsets":[0,4]}}'
    p.write_bytes(struct.pack("<Q", len(big_int)) + big_int)
    assert "not valid JSON" in _err(p)
    p.write_bytes(struct.pack("<Q", 3) + b"{\xff}")
    assert "not UTF-8" in _err(p)


@pytest.mark.parametrize(
    ("entry", "needle"),
    [
        ({"dtype": "Q4", "shape": [2], "data_offsets": [0, 8]}, "unknown dtype 'Q4'"),
        ({"dtype": 5, "shape": [2], "data_offsets": [0, 8]}, "unknown dtype 5"),
        ({"dtype": "F32", "shape": [-2], "data_offsets": [0, 8]}, "malformed shape"),
        ({"dtype": "F32", "shape": [2.5], "data_offsets": [0, 8]}, "malformed shape"),
        ({"dtype": "F32", "shape": [True], "data_offsets": [0, 8]}, "malformed shape"),
        ({"dtype": "F32", "shape": "2", "data_offsets": [0, 8]}, "malformed shape"),
        ({"dtype": "F32", "shape": [2**40, 2**40], "data_offsets": [0, 8]}, "too large"),
        ({"dtype": "F32", "shape": [2], "data_offsets": [0, 9]}, "spans 9 bytes"),
        ({"dtype": "F32", "shape": [2], "data_offsets": [8, 0]}, "malformed data_offsets"),
        ({"dtype": "F32", "shape": [2], "data_offsets": [0]}, "malformed data_offsets"),
        ({"dtype": "F32", "shape": [2], "data_offsets": [-8, 0]}, "malformed data_offsets"),
        ({"dtype": "F32", "shape": [4], "data_offsets": [0, 16]}, "file is truncated"),
        ({"dtype": "F4", "shape": [3], "data_offsets": [0, 1]}, "spans 1 bytes"),
        ([1, 2], "is not a JSON object"),
    ],
)
def test_bad_entries(tmp_path: Path, entry: object, needle: str) -> None:
    msg = _err(_header_file(tmp_path, {"w.0": entry}, b"\0" * 8))
    assert needle in msg
    assert "'w.0'" in msg


def test_overlap(tmp_path: Path) -> None:
    header = {
        "a": {"dtype": "F32", "shape": [4], "data_offsets": [0, 16]},
        "b": {"dtype": "F32", "shape": [2], "data_offsets": [8, 16]},
    }
    assert "overlaps" in _err(_header_file(tmp_path, header, b"\0" * 16))


def test_header_not_an_object(tmp_path: Path) -> None:
    p = tmp_path / "x.safetensors"
    p.write_bytes(struct.pack("<Q", 2) + b"[]")
    assert "not a safetensors file" in _err(p)


def test_every_truncation(tmp_path: Path) -> None:
    # Every byte of the length and the JSON header, then a sample of the data section.
    p = write_safetensors(tmp_path / "t.safetensors", hf_llama_tensors()[:4])
    size = p.stat().st_size
    data_start = 8 + struct.unpack("<Q", p.read_bytes()[:8])[0]
    cuts = [*range(size - 1, data_start, -997), *range(data_start, -1, -1)]
    for n in cuts:
        os.truncate(p, n)
        with pytest.raises(ModelFileError):
            read_safetensors_header(p)
