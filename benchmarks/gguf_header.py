"""How long the bounded readers take on big headers.

Writes, in a temporary folder, a GGUF whose header holds 100,000 tensor records (plus a
262,144-token vocabulary, as Gemma 3 has, in a second file) and a safetensors file with 100,000
tensors, then prints the milliseconds to read each header (best of 5). Tensor data is never
written: the files are sparse, sized so every tensor fits. Run: python benchmarks/gguf_header.py
"""

from __future__ import annotations

import json
import statistics
import struct
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from vramscope.readers.gguf import read_gguf_header
from vramscope.readers.safetensors import read_safetensors_header

N_TENSORS = 100_000
VOCAB = 262_144
ROW, ROWS = 256, 64
Q4_K_ID, Q4_K_BLOCK, Q4_K_BYTES = 12, 256, 144  # ggml type id, elements and bytes per block
ALIGN = 32


def _s(text: str) -> bytes:
    raw = text.encode()
    return struct.pack("<Q", len(raw)) + raw


def write_gguf(path: Path, n_tensors: int, vocab: int) -> int:
    """A GGUF v3 header of n_tensors Q4_K tensors (ROW x ROWS), optional vocabulary; returns
    the header size. The data section is left as a hole (sparse file)."""
    kv = [
        _s("general.architecture") + struct.pack("<I", 8) + _s("llama"),
        _s("llama.block_count") + struct.pack("<II", 4, n_tensors // 9 or 1),
    ]
    if vocab:
        tokens = b"".join(_s(f"<tok{i}>") for i in range(vocab))
        kv.append(_s("tokenizer.ggml.tokens") + struct.pack("<IIQ", 9, 8, vocab) + tokens)
        scores = struct.pack(f"<{vocab}f", *([0.0] * vocab))
        kv.append(_s("tokenizer.ggml.scores") + struct.pack("<IIQ", 9, 6, vocab) + scores)
    nbytes = ROW * ROWS // Q4_K_BLOCK * Q4_K_BYTES
    records = [
        _s(f"blk.{i // 9}.t{i % 9}.weight")
        + struct.pack("<IQQIQ", 2, ROW, ROWS, Q4_K_ID, i * nbytes)
        for i in range(n_tensors)
    ]
    header = b"GGUF" + struct.pack("<IQQ", 3, n_tensors, len(kv)) + b"".join(kv) + b"".join(records)
    header += b"\0" * (-len(header) % ALIGN)
    with path.open("wb") as f:
        f.write(header)
        f.truncate(len(header) + n_tensors * nbytes)
    return len(header)


def write_safetensors(path: Path, n_tensors: int) -> int:
    header: dict[str, object] = {"__metadata__": {"format": "pt"}}
    nbytes = ROW * ROWS * 2
    for i in range(n_tensors):
        header[f"model.layers.{i // 9}.t{i % 9}.weight"] = {
            "dtype": "BF16",
            "shape": [ROWS, ROW],
            "data_offsets": [i * nbytes, (i + 1) * nbytes],
        }
    raw = json.dumps(header, separators=(",", ":")).encode()
    with path.open("wb") as f:
        f.write(struct.pack("<Q", len(raw)) + raw)
        f.truncate(8 + len(raw) + n_tensors * nbytes)
    return 8 + len(raw)


def best_ms(read: Callable[[], object], repeat: int = 5) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        read()
        times.append((time.perf_counter() - t) * 1000)
    return min(times), statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        cases: list[tuple[str, Path, int, Callable[[Path], object]]] = []
        p = folder / "tensors.gguf"
        cases.append(
            (f"GGUF, {N_TENSORS:,} tensors", p, write_gguf(p, N_TENSORS, 0), read_gguf_header)
        )
        p = folder / "vocab.gguf"
        cases.append(
            (
                f"GGUF, {VOCAB:,}-token vocab + 1,000 tensors",
                p,
                write_gguf(p, 1_000, VOCAB),
                read_gguf_header,
            )
        )
        p = folder / "both.gguf"
        cases.append(
            (
                f"GGUF, {N_TENSORS:,} tensors + {VOCAB:,}-token vocab",
                p,
                write_gguf(p, N_TENSORS, VOCAB),
                read_gguf_header,
            )
        )
        p = folder / "model.safetensors"
        cases.append(
            (
                f"safetensors, {N_TENSORS:,} tensors",
                p,
                write_safetensors(p, N_TENSORS),
                read_safetensors_header,
            )
        )
        print(f"{'header':<48} {'header size':>12} {'best ms':>9} {'median ms':>10}")
        for label, path, size, reader in cases:
            best, median = best_ms(lambda path=path, reader=reader: reader(path))
            print(f"{label:<48} {size / 1e6:>9.1f} MB {best:>9.1f} {median:>10.1f}")


if __name__ == "__main__":
    main()
