"""Property tests: mutated real headers (truncations, bit flips, huge lengths, spliced bytes) and
arbitrary config.json values never crash, hang or allocate without bound; each read ends in a
result or a one-line ModelFileError.

2,600 generated cases in all (1,200 GGUF files, 700 safetensors files, 400 config.json files,
300 GGUF metadata maps), derandomized so CI runs the same cases every time.
"""

from __future__ import annotations

import json
import signal
import struct
import tempfile
import tracemalloc
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import BinaryIO

import gguf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests._support.messages import message
from tests._support.model_files import (
    LLAMA_CONFIG,
    hf_llama_tensors,
    safetensors_bytes,
    write_llama_gguf,
)

from vramscope.core.errors import SpecError
from vramscope.core.hf_config import spec_from_config
from vramscope.readers.gguf import GgufArray, GgufTensor, ModelFileError, read_gguf_header
from vramscope.readers.local import config_from_gguf, load_local_model
from vramscope.readers.safetensors import read_safetensors_header

GGUF_CASES = 1_200
SAFETENSORS_CASES = 700
CONFIG_CASES = 400
GGUF_METADATA_CASES = 300
# Far above what one read of these small files needs (well under 1 MB); a reader that trusted
# a length field would allocate gigabytes.
MAX_PEAK_BYTES = 32 << 20
# A generous hang guard (a read takes about a millisecond), not a speed test.
HANG_SECONDS = 20

FUZZ = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

_WORKDIR = Path(tempfile.mkdtemp(prefix="vramscope-fuzz-"))


@cache
def _handle(name: str) -> BinaryIO:
    return (_WORKDIR / name).open("w+b")


def put(name: str, blob: bytes) -> Path:
    """Rewrite a scratch file in place: reopening with truncation costs ~2 ms a case here."""
    f = _handle(name)
    f.seek(0)
    f.write(blob)
    f.truncate()
    f.flush()
    return _WORKDIR / name


@cache
def gguf_seed(variant: str = "vocab") -> tuple[bytes, int]:
    """A real GGUF written by gguf.GGUFWriter and its data offset: with a vocabulary array,
    without one (so mutations land on the tensor records more often), or big-endian."""
    path = _WORKDIR / f"seed-{variant}.gguf"
    write_llama_gguf(
        path,
        vocab_in_metadata=variant != "plain",
        endian=gguf.GGUFEndian.BIG if variant == "big" else gguf.GGUFEndian.LITTLE,
    )
    return path.read_bytes(), read_gguf_header(path).data_offset


@cache
def safetensors_seed() -> tuple[bytes, int]:
    data = safetensors_bytes(hf_llama_tensors()[:6])
    return data, 8 + struct.unpack("<Q", data[:8])[0]


# Values that break parsers that trust lengths: 2^63 and 2^64-1 (the DESIGN.md hang), 2^32,
# negative numbers as unsigned, and off-by-one sizes.
_NASTY_U64 = [0, 1, 2**31, 2**32 - 1, 2**32, 2**62, 2**63, 2**63 - 1, 2**64 - 1, 2**64 - 2, 10**12]
_NASTY_U32 = [0, 1, 4, 8, 9, 12, 13, 31, 64, 99, 2**31, 2**32 - 1]


@st.composite
def mutated(draw: st.DrawFn, seed: tuple[bytes, int]) -> bytes:
    """Apply 1-4 mutations to ``seed``, mostly inside its header."""
    data = bytearray(seed[0])
    header_end = seed[1]
    # Positions come from a drawn Random: Hypothesis' own integers lean towards 0, which would
    # spend most cases on the magic bytes.
    rnd = draw(st.randoms(use_true_random=True))
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        in_header = min(len(data), header_end + 16)
        pos = rnd.randrange(in_header)
        op = draw(st.sampled_from(["truncate", "flip", "u64", "u32", "byte", "insert", "delete"]))
        if op == "truncate":
            data = data[: rnd.randrange(in_header if rnd.random() < 0.8 else len(data))]
        elif op == "flip":
            data[pos] ^= 1 << rnd.randrange(8)
        elif op == "u64":
            value = draw(st.sampled_from(_NASTY_U64) | st.integers(0, 2**64 - 1))
            order = draw(st.sampled_from("<>"))
            data[pos : pos + 8] = struct.pack(order + "Q", value)
        elif op == "u32":
            value = draw(st.sampled_from(_NASTY_U32) | st.integers(0, 2**32 - 1))
            data[pos : pos + 4] = struct.pack("<I", value)
        elif op == "byte":
            data[pos] = rnd.randrange(256)
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        else:
            del data[pos : pos + rnd.randrange(1, 17)]
    return bytes(data)


@pytest.fixture(scope="module")
def guard() -> Iterator[Callable[[Callable[[], object]], None]]:
    """Run a read with its peak allocation traced and a wall-clock alarm against hangs."""

    def on_alarm(signum: int, frame: object) -> None:
        raise TimeoutError(f"a reader ran for more than {HANG_SECONDS} s")

    # SIGALRM is POSIX-only; elsewhere pytest's faulthandler_timeout still reports a hang.
    alarm = hasattr(signal, "SIGALRM")
    previous = signal.signal(signal.SIGALRM, on_alarm) if alarm else None

    def run(read: Callable[[], object]) -> None:
        # Traced only around the read: tracing Hypothesis' own generation would slow it 5x.
        tracemalloc.start()
        if alarm:
            signal.alarm(HANG_SECONDS)
        try:
            read()
        except ModelFileError as e:
            assert "\n" not in message(e)
        finally:
            if alarm:
                signal.alarm(0)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        assert peak < MAX_PEAK_BYTES

    yield run
    if alarm:
        signal.signal(signal.SIGALRM, previous)


@settings(FUZZ, max_examples=GGUF_CASES)
@given(data=st.data())
def test_gguf_reader_survives_mutations(
    guard: Callable[[Callable[[], object]], None], data: st.DataObject
) -> None:
    variant = data.draw(st.sampled_from(["vocab", "plain", "big"]))
    blob = data.draw(mutated(gguf_seed(variant)))
    path = put("fuzz.gguf", blob)
    guard(lambda: read_gguf_header(path))


@settings(FUZZ, max_examples=SAFETENSORS_CASES // 2)
@given(data=st.data())
def test_safetensors_reader_survives_byte_mutations(
    guard: Callable[[Callable[[], object]], None], data: st.DataObject
) -> None:
    blob = data.draw(mutated(safetensors_seed()))
    path = put("fuzz.safetensors", blob)
    guard(lambda: read_safetensors_header(path))


# JSON values that are wrong in type or size, for header fields.
_JSON_ATOMS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.sampled_from([0, -1, 2**63, 2**64, 10**30])
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=8)
    | st.sampled_from(["F32", "BF16", "F4", "Q4_K", ""])
)
_JSON = st.recursive(
    _JSON_ATOMS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(FUZZ, max_examples=SAFETENSORS_CASES - SAFETENSORS_CASES // 2)
@given(data=st.data())
def test_safetensors_reader_survives_json_mutations(
    guard: Callable[[Callable[[], object]], None], data: st.DataObject
) -> None:
    raw, start = safetensors_seed()
    header = json.loads(raw[8:start])
    names = [k for k in header if k != "__metadata__"]
    for _ in range(data.draw(st.integers(1, 3))):
        name = data.draw(st.sampled_from(names))
        field = data.draw(st.sampled_from(["dtype", "shape", "data_offsets", None]))
        value = data.draw(_JSON)
        if field is None or not isinstance(header[name], dict):
            header[name] = value
        else:
            header[name][field] = value
    text = json.dumps(header).encode()
    path = put("fuzz-json.safetensors", struct.pack("<Q", len(text)) + text + raw[start:])
    guard(lambda: read_safetensors_header(path))


@settings(FUZZ, max_examples=CONFIG_CASES)
@given(data=st.data())
def test_config_json_never_crashes(
    guard: Callable[[Callable[[], object]], None], data: st.DataObject
) -> None:
    # A real config with some fields replaced by arbitrary JSON, or arbitrary JSON altogether,
    # sometimes with its text cut short.
    if data.draw(st.booleans()):
        config: object = dict(LLAMA_CONFIG)
        assert isinstance(config, dict)
        keys = [*LLAMA_CONFIG, "num_local_experts", "sliding_window", "layer_types", "text_config"]
        for key in data.draw(st.lists(st.sampled_from(keys), min_size=1, max_size=4)):
            config[key] = data.draw(_JSON)
        config["model_type"] = data.draw(
            st.sampled_from(
                ["llama", "mixtral", "qwen3_moe", "gemma3", "deepseek_v3", "gpt2", "t5", "x"]
            )
        )
    else:
        config = data.draw(_JSON)
    text = json.dumps(config).encode()
    if data.draw(st.booleans()):
        text = text[: data.draw(st.integers(0, len(text)))]
    path = put("config.json", text)
    guard(lambda: load_local_model(path))


_GGUF_KEYS = [
    "block_count", "context_length", "embedding_length", "feed_forward_length",
    "attention.head_count", "attention.head_count_kv", "attention.key_length",
    "attention.value_length", "attention.sliding_window", "attention.kv_lora_rank",
    "attention.q_lora_rank", "rope.dimension_count", "expert_count", "expert_used_count",
    "expert_feed_forward_length", "leading_dense_block_count", "expert_gating_func",
    "attention.sliding_window_pattern", "vocab_size",
]  # fmt: skip
_METADATA_VALUES = (
    st.integers(0, 64)
    | st.sampled_from([0, 2**31, 2**63, 2**64 - 1])
    | st.floats()
    | st.booleans()
    | st.text(max_size=4)
    | st.lists(st.integers(0, 2**32) | st.booleans(), max_size=6).map(
        lambda v: GgufArray("uint32", len(v), tuple(v))
    )
    | st.integers(0, 2**40).map(lambda n: GgufArray("string", n, None))
)


@settings(FUZZ, max_examples=GGUF_METADATA_CASES)
@given(data=st.data())
def test_gguf_metadata_mapping_never_crashes(
    guard: Callable[[Callable[[], object]], None], data: st.DataObject
) -> None:
    # What the mapping to a config and spec_from_config make of arbitrary metadata values in
    # the keys they read: a spec or a SpecError, never another exception or a long loop.
    arch = data.draw(
        st.sampled_from(["llama", "qwen3moe", "qwen2moe", "deepseek2", "gemma3", "gpt-oss", "t5",
                         "gpt2", "bloom", "phi3", "mamba"])
    )  # fmt: skip
    md: dict[str, object] = {"general.architecture": arch}
    for key in data.draw(st.lists(st.sampled_from(_GGUF_KEYS), max_size=12)):
        md[f"{arch}.{key}"] = data.draw(_METADATA_VALUES)
    names = data.draw(
        st.lists(
            st.sampled_from(["token_embd.weight", "output.weight", "blk.0.ffn_gate_inp.weight",
                             "blk.0.attn_output.bias", "enc.blk.0.ffn_gate.weight",
                             "dec.blk.3.attn_q.weight", "blk.0.ffn_up.weight"]),
            max_size=5,
        )
    )  # fmt: skip
    tensors = [GgufTensor(n, (64, data.draw(st.integers(1, 2**20))), "F16", 0, 0) for n in names]

    def read() -> None:
        try:
            config, _ = config_from_gguf(md, tensors)  # type: ignore[arg-type]
            spec_from_config(config, model_id="m")
        except SpecError as e:
            assert "\n" not in message(e)

    guard(read)
