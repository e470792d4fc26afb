"""The fuzz engine behind ``tests/fuzz`` and ``benchmarks/fuzz_run.py`` (issue 17).

Every input path a user's data reaches: GGUF files and split sets, safetensors files and their
index, config.json, model folders, load logs, ``--fake-hardware`` files, recordings, saved
checks, the settings file and command-line argument vectors. A case is ``(target, seed,
value)`` (:func:`collect_cases`): a seeded generator picks the target and the mutator's seed,
Hypothesis draws the nasty JSON value, and a structure-aware mutator turns a real base file
into a hostile one (bit flips and extreme length fields in binary headers, a node of the JSON
tree replaced by an extreme value of the same type or by anything else, repeated and padded
lines for logs, odd versions and Qt's ``@Variant`` syntax for settings, FIFOs and symlink
loops in folders).

Cases run in batches in forked worker processes (:func:`run_cases`), each under an address
space limit of 2 GiB (``RLIMIT_AS``): a reader that trusts a length field gets a MemoryError
there, not the machine's swap. Each case is judged (:class:`Outcome`):

- ``traceback``: an exception other than the app's own coded errors (``SpecError``), or a
  command line that exits with anything but 0 or 2, or prints a traceback;
- ``slow``: more than 5 s of CPU time (CPU, not wall time: CI machines are shared), or a case
  that does not return within :data:`HANG_S` of wall time (a blocking read); the worker is
  killed and the rest of its batch goes on in a new one;
- ``memory``: a MemoryError, or a worker that died;
- ``long_message``: an error that is not one line of at most 300 printable characters;
- ``settings_lost``: a settings file changed without a byte-identical copy kept.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import multiprocessing
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

__all__ = [
    "CPU_LIMIT_S",
    "HANG_S",
    "KINDS",
    "MAX_ADDRESS_SPACE",
    "MAX_MESSAGE_CHARS",
    "TARGETS",
    "Case",
    "Outcome",
    "build_corpus",
    "collect_cases",
    "run_cases",
    "summary",
]

# The bounds for every case.
MAX_ADDRESS_SPACE = 2 << 30
CPU_LIMIT_S = 5.0
MAX_MESSAGE_CHARS = 300
# Wall-clock guard: a case still running after this is a hang (a blocking read uses no CPU).
HANG_S = 20.0
KINDS = ("ok", "traceback", "slow", "memory", "long_message", "settings_lost")

# target -> weight in a run. The CLI through a subprocess costs about a second a case: a few.
TARGETS: dict[str, int] = {
    "gguf": 14,
    "split": 5,
    "safetensors": 10,
    "index": 5,
    "config": 10,
    "folder": 6,
    "log": 12,
    "hardware": 10,
    "recording": 8,
    "check": 6,
    "settings": 8,
    "argv": 6,
}
SUBPROCESS_TARGET = "cli"
# One command-line case through `python -m vramscope` per this many cases.
SUBPROCESS_EVERY = 200

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True, slots=True)
class Case:
    target: str
    seed: int
    value: Any = None  # a Hypothesis-drawn JSON value the mutator splices in


@dataclass(frozen=True, slots=True)
class Outcome:
    target: str
    seed: int
    kind: str  # one of KINDS
    cpu_s: float
    detail: str = ""


# ------------------------------------------------------------------------------------------------
# the base files (built once, in the parent: numpy and gguf write them)
# ------------------------------------------------------------------------------------------------

LOG_FILES = (
    "llamacpp-2025-03-llama-context.log",
    "ollama-2025-02-offload-4gpu.log",
    "llamacpp-2024-11-print-meta-mistral-large.log",
    "lmstudio-2025-01-print-meta.log",
    "vllm-2025-01-v1-llama-70b-w8a8.log",
)


def build_corpus() -> dict[str, Any]:
    """Real, valid base inputs for every target (bytes and JSON values, all picklable)."""
    from tests._support.model_files import (
        LLAMA_CONFIG,
        hf_llama_tensors,
        safetensors_bytes,
        write_llama_gguf,
    )

    tmp = Path(tempfile.mkdtemp(prefix="vramscope-fuzz-corpus-"))
    try:
        gguf = write_llama_gguf(tmp / "m.gguf")[0].read_bytes()
        (tmp / "split").mkdir()
        shards = write_llama_gguf(tmp / "split" / "s.gguf", split_max_tensors=6)
        split = [(p.name, p.read_bytes()) for p in shards]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    tensors = hf_llama_tensors()
    half = len(tensors) // 2
    parts = [
        ("model-00001-of-00002.safetensors", tensors[:half]),
        ("model-00002-of-00002.safetensors", tensors[half:]),
    ]
    index = {
        "metadata": {"total_size": 0},
        "weight_map": {t[0]: name for name, part in parts for t in part},
    }
    logs = [(REPO / "tests" / "data" / "logs" / n).read_text(encoding="utf-8") for n in LOG_FILES]
    return {
        "gguf": gguf,
        "split": split,
        "safetensors": safetensors_bytes(tensors),
        "shards": [(name, safetensors_bytes(part)) for name, part in parts],
        "index": index,
        "config": copy.deepcopy(LLAMA_CONFIG),
        "logs": logs,
        "hardware": _hardware_doc(),
        "recording": _recording_doc(),
        "check": _check_doc(),
    }


def _hardware_doc() -> dict[str, Any]:
    gib = 1 << 30
    return {
        "gpus": [
            {
                "name": "NVIDIA GeForce RTX 4090",
                "index": 0,
                "total_bytes": 24 * gib,
                "free_bytes": 22 * gib,
                "bandwidth_bytes_per_s": 1_008_000_000_000,
                "pcie_generation": 4,
                "pcie_width": 16,
                "uuid": "GPU-1",
                "processes": [{"pid": 100, "name": "llama-server", "used_bytes": gib}],
                "unknown": {"reserved_bytes": "not supported"},
            }
        ],
        "ram": {"total_bytes": 64 * gib, "available_bytes": 48 * gib},
        "swap": {"total_bytes": 8 * gib, "free_bytes": 8 * gib},
        "cpu": {"model": "AMD Ryzen 9 7950X", "physical_cores": 16, "logical_cores": 32,
                "flags": ["avx2", "fma", "avx512f"], "max_mhz": 5700, "kind": "x86-avx512"},
        "disk": {"path": "/home", "free_bytes": 500 * gib},
        "platform": {"os": "linux", "is_windows": False, "is_wsl": False, "apple_silicon": False},
        "notes": [{"code": "hardware.described", "params": {}}, "a sentence from the CLI"],
    }  # fmt: skip


def _recording_doc() -> dict[str, Any]:
    from vramscope.hardware.recording import GpuInfo, GpuSample, ProcessInfo, Recording, Sample

    samples = tuple(
        Sample(
            i * 0.05,
            30_000_000_000 + i * 1000,
            (GpuSample(0, 2_000_000_000 + i * 10_000_000, ((100, i * 10_000_000),)),),
            ((100, 1_000_000_000 + i),),
        )
        for i in range(12)
    )
    rec = Recording(
        samples,
        gpus=(GpuInfo(0, "NVIDIA GeForce RTX 4090", "GPU-1", 24 << 30),),
        processes=(ProcessInfo(100, "llama-server"),),
        sample_count=12,
        duration_s=0.6,
        pids=(100,),
        label="Llama-3.1-8B Q4_K_M, ctx 8192, llama.cpp",
    )
    return rec.to_json()


def _check_doc() -> dict[str, Any]:
    return {
        "format": 1,
        "created": "2026-12-01T10:00:00+00:00",
        "title": "Llama 3.1 8B Q4_K_M ctx 8192",
        "source": "llama.cpp",
        "settings": {"model": "llama-3.1-8b", "weights": "q4_k_m", "context_tokens": 8192,
                     "flash_attention": "auto", "gpu_layers": 33},
        "summary": "the estimate is 2% above the log",
        "rows": [{"term": "kv_cache", "device": "gpu0", "log_devices": ["CUDA0"],
                  "estimated_bytes": 1 << 30, "logged_bytes": 1 << 30, "difference_bytes": 0,
                  "relative_error": 0.0}],
        "notes": ["the KV cache type is not in the log; assumed f16"],
    }  # fmt: skip


SETTINGS_INI = """[General]
chart/overlay=
[hardware]
override_gpus=rtx-4090:25769803776
override_ram_gib=64
[prefs]
binary_units=true
language=ru
min_speed_tps=12.5
[run]
model=catalog:qwen3-8b
context=16384
batch=2
kv_cache=q8_0
flash_attention=on
tensor_split=3,1
gpu_memory_utilization=0.85
[settings]
version=1
[window]
geometry=@ByteArray(\\x1\\xd9\\xd0\\xcb\\0\\x3)
"""


# ------------------------------------------------------------------------------------------------
# mutators
# ------------------------------------------------------------------------------------------------

EXTREME_INTS = (0, 1, -1, 2**31 - 1, 2**32 - 1, 2**32, 2**53 + 1, 2**62, 2**63, 2**64 - 1)
NASTY: tuple[Any, ...] = (
    None, True, False, 0, -1, -(2**63), 2**64 - 1, 10**400, 1e308, -1e-320, 0.5, "", " ",
    "x" * 100_000, "\ud800", "a\udfffb", "\x1b[31mred\x1b[0m", "\x00", "line\nbreak",
    "\u202e\u2066", "9" * 5000, "1e400", "NaN", [], {}, [[[[[]]]]], [None] * 1000, {"": {}},
    ["a"], {"code": ["x"], "params": {}},
)  # fmt: skip
# Raw JSON text no json.dumps writes: non-finite numbers, deep nesting, giant numbers.
RAW_TOKENS = (
    "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "[" * 5000 + "]" * 5000,
    "{\"a\":" * 2000 + "1" + "}" * 2000, "1" + "0" * 5000, "\"\\ud800\"",
)  # fmt: skip


def mutate_bytes(rng: random.Random, data: bytes, header_bytes: int | None = None) -> bytes:
    """Byte-level damage, aimed at the header where length fields live."""
    buf = bytearray(data)
    span = min(len(buf), header_bytes or len(buf)) or 1
    for _ in range(rng.randint(1, 4)):
        if not buf:
            break  # truncated to nothing: an empty file is a case too
        op = rng.randrange(7)
        at = rng.randrange(min(span, len(buf)))
        if op == 0:  # flip bits
            buf[at] ^= 1 << rng.randrange(8)
        elif op == 1:  # an extreme length or count, little-endian u64 or u32
            value = rng.choice(EXTREME_INTS) & (2**64 - 1)
            if rng.random() < 0.5:
                buf[at : at + 8] = struct.pack("<Q", value)
            else:
                buf[at : at + 4] = struct.pack("<I", value & 0xFFFFFFFF)
        elif op == 2:  # truncate
            del buf[at:]
            span = max(1, min(span, len(buf)))
        elif op == 3:  # splice random bytes
            buf[at:at] = rng.randbytes(rng.randint(1, 64))
        elif op == 4:  # duplicate a chunk
            end = min(len(buf), at + rng.randint(1, 256))
            buf[at:at] = buf[at:end] * rng.randint(1, 50)
        elif op == 5:  # zero a region
            end = min(len(buf), at + rng.randint(1, 64))
            buf[at:end] = bytes(end - at)
        else:  # a whole byte changed
            buf[at] = rng.randrange(256)
    return bytes(buf)


def _nodes(value: Any, path: tuple[Any, ...] = ()) -> Iterable[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _nodes(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value[:50]):
            yield from _nodes(v, (*path, i))


def mutate_json(rng: random.Random, doc: Any, value: Any) -> str:
    """Replace, delete or wrap one node of the tree (or add a key) with a nasty value, then
    sometimes splice raw tokens json.dumps never writes; returns the text."""
    doc = copy.deepcopy(doc)
    marker = "\u0000MARK\u0000"
    for _ in range(rng.randint(1, 3)):
        paths = list(_nodes(doc))
        path = rng.choice(paths)
        nasty = value if value is not None and rng.random() < 0.5 else rng.choice(NASTY)
        nasty = copy.deepcopy(nasty)  # never the same list twice: a cycle if nested in itself
        if rng.random() < 0.15:
            nasty = marker  # replaced below by a raw token
        if not path:
            if isinstance(doc, dict):
                doc[rng.choice(["extra", "format", "version", "gpus", "ram"])] = nasty
            continue
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        key = path[-1]
        if rng.random() < 0.5:  # the same type, an extreme value: gets past the type checks
            parent[key] = _same_type(rng, parent[key])
            continue
        op = rng.randrange(4)
        if op == 0 and isinstance(parent, dict):
            del parent[key]
        elif op == 1:
            parent[key] = [parent[key]] if rng.random() < 0.5 else {"v": parent[key]}
        else:
            parent[key] = nasty
    text = json.dumps(doc, ensure_ascii=rng.random() < 0.5)
    while json.dumps(marker) in text:
        text = text.replace(json.dumps(marker), rng.choice(RAW_TOKENS), 1)
    if rng.random() < 0.1:
        at = rng.randrange(len(text) + 1)
        text = text[:at] + rng.choice(["", "}", "]", ",", '"', "\\u12", "\x00"]) + text[at:]
    return text


def _same_type(rng: random.Random, old: Any) -> Any:
    if isinstance(old, bool):
        return not old
    if isinstance(old, int):
        return rng.choice((*EXTREME_INTS, 10**400, 2**1023, -(2**62), old * 1000, old + 1))
    if isinstance(old, float):
        return rng.choice((1e308, 5e-324, -0.0, -1.5, old * 1e6, 1e10 + 1))
    if isinstance(old, str):
        return rng.choice(("", " ", old * 200, "x" * 5000, old + "\x1b[31m", "\u202e" + old,
                           old.upper(), "\ud800", old + "\n" + old))  # fmt: skip
    if isinstance(old, list):
        return rng.choice(([], old * rng.randint(2, 300), old[:1], list(reversed(old))))
    if isinstance(old, dict):
        return {**old, **{f"{k}_": v for k, v in list(old.items())[:3]}} if old else {"a": 1}
    return old


def mutate_log(rng: random.Random, text: str) -> str:
    lines = text.splitlines()
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(9)
        at = rng.randrange(len(lines) + 1)
        size = rng.choice((10, 100, 1000, 4096, 20_000))
        if op == 0 and lines:  # repeat lines
            lines[at:at] = [rng.choice(lines)] * rng.randint(2, 2000)
        elif op == 1:  # a long line of blanks after a known prefix (once cubic)
            lines.insert(at, rng.choice(["print_info:", "llm_load_print_meta:", "load_tensors:"])
                         + " " * size + "=" + " " * size)  # fmt: skip
        elif op == 2:  # logfmt lines (once quadratic)
            lines[at:at] = [
                f'time=2025 level=INFO msg="x" k{i}="{"v" * 20}"' for i in range(size // 10)
            ]
        elif op == 3:  # a flood of newlines
            lines[at:at] = [""] * size * rng.randint(1, 100)
        elif op == 4 and lines:  # damage a number in a line
            i = rng.randrange(len(lines))
            lines[i] = "".join(
                str(rng.choice((*EXTREME_INTS, 10**400))) if c.isdigit() and rng.random() < 0.3
                else c for c in lines[i]
            )  # fmt: skip
        elif op == 5:  # control characters and escapes
            lines.insert(at, rng.choice(["\x1b[2J", "\x00", "\r", "\u202e", "\ud800"]) * 10)
        elif op == 6 and lines:  # drop lines
            del lines[at : at + rng.randint(1, 50)]
        elif op == 7 and lines:  # shuffle a region
            chunk = lines[at : at + 20]
            rng.shuffle(chunk)
            lines[at : at + 20] = chunk
        else:  # a buffer line with a huge size
            lines.insert(
                at,
                "load_tensors: CUDA0 model buffer size = "
                + rng.choice(("1e400", "9" * 400, "-5", "nan"))
                + " MiB",
            )
    return "\n".join(lines)


# settings/version values: newer, older, not a number, Qt's own syntax, non-ASCII digits
VERSIONS = ("2", "7", "0", "-1", "abc", "1.0", "", " 1", "9" * 20, "@Variant(\\0\\0)", "１", "²")
ODD_VALUES = (
    "@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x10QVariantMap\\0\\0\\0\\0)",
    "@ByteArray(",
    "1e400",
    "nan",
    "-1",
    "x" * 100_000,
    "@Invalid()",
    "true",
    "\\x00",
)


def mutate_settings(rng: random.Random, text: str) -> bytes:
    lines = text.splitlines()
    for _ in range(rng.randint(1, 3)):
        op = rng.randrange(7)
        at = rng.randrange(len(lines) + 1)
        if op == 0:  # another version
            i = lines.index("version=1") if "version=1" in lines else at
            lines[i : i + 1] = ["version=" + rng.choice(VERSIONS)]
        elif op == 1:  # a value of the wrong kind
            keys = [ln for ln in lines if "=" in ln]
            if keys:
                i = lines.index(rng.choice(keys))
                name = lines[i].split("=", 1)[0]
                lines[i] = name + "=" + rng.choice(ODD_VALUES)
        elif op == 2:  # a broken section header
            lines.insert(at, rng.choice(["[", "[[[", "[run", "]", "[settings]"]))
        elif op == 3:  # a key this version does not know
            lines.insert(at, f"future/key{rng.randrange(100)}=something new")
        elif op == 4:  # duplicate a line
            if lines:
                lines.insert(at, rng.choice(lines))
        elif op == 5:  # drop a line
            if lines:
                del lines[rng.randrange(len(lines))]
        else:  # binary garbage
            lines.insert(at, rng.randbytes(rng.randint(1, 40)).decode("latin-1"))
    return "\n".join(lines).encode("utf-8", "surrogateescape")


# ------------------------------------------------------------------------------------------------
# running one case (in a worker)
# ------------------------------------------------------------------------------------------------


class CaseFailedError(Exception):
    """A case's result broke a rule (kind, detail)."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail


def check_line(text: str, what: str) -> None:
    if "\n" in text.strip("\n") or len(text.strip("\n")) > MAX_MESSAGE_CHARS:
        raise CaseFailedError("long_message", f"{what}: {len(text)} chars: {text[:200]!r}")
    if not text.strip("\n").isprintable():
        raise CaseFailedError("long_message", f"{what}: not printable: {text[:200]!r}")


def clean_error(exc: BaseException) -> None:
    """The app's own coded error, rendered as one short printable line; else a failure."""
    from vramscope.app.present.errors import error_text
    from vramscope.core.errors import SpecError

    if isinstance(exc, CaseFailedError):
        raise exc
    if isinstance(exc, MemoryError):
        raise CaseFailedError("memory", "MemoryError")
    if not isinstance(exc, SpecError):
        raise CaseFailedError("traceback", _tb(exc))
    check_line(error_text(exc), type(exc).__name__)


def _tb(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames[-4:]))
    return f"{type(exc).__name__}: {str(exc)[:150]} at {where}"


def run_cli(argv: list[str]) -> None:
    """``vramscope ARGV`` in this process: exit 0, or 2 with one line (or one JSON object)."""
    from vramscope.cli import main

    out, err = io.StringIO(), io.StringIO()
    code: object = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
    except SystemExit as stop:
        code = stop.code
    except BaseException as exc:
        clean_error(exc)
        raise CaseFailedError("traceback", f"escaped the CLI: {_tb(exc)}") from None
    if code not in (0, 2, None):
        raise CaseFailedError("traceback", f"exit {code}: {err.getvalue()[:200]!r}")
    if code == 2:
        if "--json" in argv and not err.getvalue():
            doc = json.loads(out.getvalue())
            check_line(str(doc["error"]), "cli json error")
        else:
            check_line(err.getvalue(), "cli error")
    elif "--json" in argv:
        json.loads(out.getvalue(), parse_constant=_no_constant)


def _no_constant(name: str) -> Any:
    raise CaseFailedError("traceback", f"{name} in JSON output")


def _model_case(path: Path, rng: random.Random) -> None:
    from vramscope.app.session import resolve_model

    try:
        resolve_model(str(path))
    except BaseException as exc:
        clean_error(exc)
        return
    if rng.random() < 0.3:  # the whole estimate, as `vramscope estimate FILE --json` prints it
        run_cli(["estimate", str(path), "--gpu", "RTX 4090", "--ram", "64", "--json"])


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    path.write_bytes(data)
    return path


def _odd_entries(rng: random.Random, folder: Path) -> None:
    """A FIFO, a symlink loop, a dangling link, a folder named like a file."""
    choice = rng.randrange(5)
    with contextlib.suppress(OSError):
        if choice == 0 and hasattr(os, "mkfifo"):
            os.mkfifo(folder / rng.choice(["x.gguf", "model.safetensors", "config.json"]))
        elif choice == 1:
            (folder / "loop.safetensors").symlink_to(folder / "loop.safetensors")
        elif choice == 2:
            (folder / "gone.gguf").symlink_to(folder / "nowhere")
        elif choice == 3:
            (folder / "dir.gguf").mkdir()


def run_target(case: Case, corpus: dict[str, Any], work: Path) -> None:
    rng = random.Random(case.seed)
    t = case.target
    if t == "gguf":
        # damage aimed at the fixed header, the metadata or anywhere (tensor infos, data)
        region = rng.choice((64, 512, 4096, None))
        _model_case(_write(work / "m.gguf", mutate_bytes(rng, corpus["gguf"], region)), rng)
    elif t == "split":
        folder = work / "split"
        files = corpus["split"]
        k = rng.randrange(len(files))
        for i, (name, data) in enumerate(files):
            if i == k:
                data = mutate_bytes(rng, data, 2048)
            if i != k or rng.random() < 0.9:  # sometimes a shard is missing
                _write(folder / name, data)
        if rng.random() < 0.2:
            _odd_entries(rng, folder)
        _model_case(folder / files[0][0] if rng.random() < 0.6 else folder, rng)
    elif t == "safetensors":
        data = corpus["safetensors"]
        if rng.random() < 0.5:
            size = struct.unpack("<Q", data[:8])[0]
            header = json.loads(data[8 : 8 + size])
            raw = mutate_json(rng, header, case.value).encode("utf-8", "surrogatepass")
            if rng.random() < 0.3:
                raw += b" " * rng.choice((10, 10_000, 1_000_000))
            data = struct.pack("<Q", len(raw)) + raw + data[8 + size :]
        else:
            data = mutate_bytes(rng, data, 512)
        # beside its config.json, as a Hugging Face folder holds it (alone it is refused)
        folder = work / "st"
        _write(folder / "config.json", json.dumps(corpus["config"]))
        path = _write(folder / "model.safetensors", data)
        _model_case(path if rng.random() < 0.3 else folder, rng)
    elif t in ("index", "config", "folder"):
        folder = work / "model"
        config: Any = corpus["config"]
        _write(folder / "config.json", mutate_json(rng, config, case.value) if t == "config"
               else json.dumps(config))  # fmt: skip
        for name, data in corpus["shards"]:
            _write(folder / name, data if t != "folder" or rng.random() < 0.7
                   else mutate_bytes(rng, data, 512))  # fmt: skip
        index = corpus["index"]
        text = mutate_json(rng, index, case.value) if t == "index" else json.dumps(index)
        _write(folder / "model.safetensors.index.json", text)
        if t == "folder":
            _odd_entries(rng, folder)
            if rng.random() < 0.3:
                (folder / "config.json").unlink()
        target = folder / "config.json" if t == "config" and rng.random() < 0.5 else folder
        _model_case(target, rng)
    elif t == "log":
        from vramscope.app.checks import check_log

        text = mutate_log(rng, rng.choice(corpus["logs"]))
        try:
            result = check_log(text)
        except BaseException as exc:
            clean_error(exc)
            return
        if result.error is not None:
            clean_error(result.error)
    elif t == "hardware":
        path = _write(work / "hw.json", mutate_json(rng, corpus["hardware"], case.value))
        argv = rng.choice(
            [["hardware"], ["hardware", "--json"], ["estimate", "llama-3.1-8b"],
             ["estimate", "qwen3-8b", "--json"]]
        )  # fmt: skip
        run_cli([*argv, "--fake-hardware", str(path)])
    elif t == "recording":
        _recording_case(rng, case, corpus, work)
    elif t == "check":
        _check_case(rng, case, corpus, work)
    elif t == "settings":
        _settings_case(rng, work)
    elif t == "argv":
        run_cli(random_argv(rng, case.value))
    elif t == SUBPROCESS_TARGET:
        _subprocess_case(rng, case, corpus, work)
    elif t.startswith("selftest:"):
        try:
            _selftest(t.split(":", 1)[1])
        except BaseException as exc:
            clean_error(exc)
    else:
        raise ValueError(f"unknown target {t}")


def _recording_case(rng: random.Random, case: Case, corpus: dict[str, Any], work: Path) -> None:
    from vramscope.hardware.recording import load_recording, peak_delta_bytes, series

    path = _write(work / "run.json", mutate_json(rng, corpus["recording"], case.value))
    try:
        rec = load_recording(path)
    except BaseException as exc:
        clean_error(exc)
        return
    for key in rec.series_keys:
        series(rec, key)
    peak_delta_bytes(rec)
    again = work / "again.json"
    rec.save(again)  # what is saved must load
    try:
        load_recording(again)
    except BaseException as exc:
        raise CaseFailedError("traceback", f"saved recording does not load: {_tb(exc)}") from None


def _check_case(rng: random.Random, case: Case, corpus: dict[str, Any], work: Path) -> None:
    from vramscope.app.checks import export_checks, list_checks
    from vramscope.app.present import render

    folder = work / "checks"
    for i in range(rng.randint(1, 3)):
        doc = corpus["check"]
        text = mutate_json(rng, doc, case.value) if rng.random() < 0.8 else json.dumps(doc)
        _write(folder / f"c{i}.json", text)
    if rng.random() < 0.1:
        _odd_entries(rng, folder)
    out = work / "out"
    out.mkdir()
    try:
        _, skipped = list_checks(folder)
        for note in skipped:
            check_line(render(note), "skipped note")
        export_checks(out / "r.md", folder)
        doc = json.loads(export_checks(out / "r.json", folder).read_text(encoding="utf-8"),
                         parse_constant=_no_constant)  # fmt: skip
        assert isinstance(doc, dict)
    except CaseFailedError:
        raise
    except BaseException as exc:
        clean_error(exc)


def _settings_case(rng: random.Random, work: Path) -> None:
    from PySide6.QtCore import QSettings

    from vramscope.ui.settings import KEYS, Settings

    path = _write(work / "VRAMScope.ini", mutate_settings(rng, SETTINGS_INI))
    original = path.read_bytes()
    try:
        s = Settings(QSettings(str(path), QSettings.Format.IniFormat))
        values = {name: s.get(name) for name in KEYS}
        # the window saves its inputs when it closes
        s.set("run/context", 8192)
        s.set("prefs/gib_units", not values["prefs/gib_units"])
        s.sync()
    except BaseException as exc:
        clean_error(exc)
        return
    if path.read_bytes() != original:
        copies = [p for p in work.iterdir() if p.name.startswith("VRAMScope-unreadable-")]
        kept = any(p.read_bytes() == original for p in copies)
        # a readable file of this version is the app's to update
        own = not s.was_reset and not getattr(s, "read_only", False)
        if not kept and not own:
            raise CaseFailedError("settings_lost", f"changed without a copy: {original[:120]!r}")


CLI_OPTIONS: dict[str, tuple[str, ...]] = {
    "--runtime": ("llama.cpp", "transformers", "vllm"),
    "--weights": ("q4_k_m", "bf16", "nf4", "gptq-4bit", "q9_z"),
    "--ctx": ("4096", "0", "-5", "1e400", "99999999999999999999"),
    "--batch": ("1", "0", "1000000"),
    "--mode": ("inference", "lora", "qlora", "full"),
    "--kv-cache": ("f16", "q8_0", "q4_0", "zz"),
    "--flash-attn": ("on", "off", "auto"),
    "--gpu-layers": ("all", "auto", "0", "999", "-1", "1e9"),
    "--optimizer": ("adamw", "sgd"),
    "--lora-rank": ("16", "0", "100000000"),
    "--gpu": ("RTX 4090", "rtx-3060:12", "H100:1e400", "x:nan", ":", "RTX 4090:-1"),
    "--ram": ("64", "64GB", "0", "-1", "inf", "nan", "1e400"),
    "--cpu": ("x86-avx2", "arm", "bogus"),
    "--min-speed": ("10", "0", "-1", "nan", "inf"),
    "--tensor-split": ("3,1", "2,-1", "nan,1", ""),
}


def random_argv(rng: random.Random, value: Any) -> list[str]:
    command = rng.choices(["estimate", "hardware", "fit", "", "bogus"], [70, 20, 1, 4, 5])[0]
    argv = [command] if command else []
    if command == "estimate" and rng.random() < 0.9:
        argv.append(rng.choice(["llama-3.1-8b", "qwen3-8b", "nonexistent", "", "-", "/dev/null"]))
    for _ in range(rng.randint(0, 5)):
        option = rng.choice([*CLI_OPTIONS, "--json", "--grad-checkpointing", "--nope", "-x"])
        argv.append(option)
        if option in CLI_OPTIONS:
            pool = CLI_OPTIONS[option]
            if rng.random() < 0.2:
                argv.append(str(value)[:5000] if value is not None else "\x1b[31m" * 50)
            elif rng.random() > 0.05:
                argv.append(rng.choice(pool))
    if command == "fit":  # the whole catalog table: the parser's errors only (it takes seconds)
        argv.append("--nope")
    return argv


def _subprocess_case(rng: random.Random, case: Case, corpus: dict[str, Any], work: Path) -> None:
    """`python -m vramscope ...` in a child process (which inherits the address space limit)."""
    kind = rng.randrange(3)
    if kind == 0:
        path = _write(work / "m.gguf", mutate_bytes(rng, corpus["gguf"], 4096))
        argv = ["estimate", str(path), "--gpu", "RTX 4090", "--ram", "64"]
    elif kind == 1:
        path = _write(work / "hw.json", mutate_json(rng, corpus["hardware"], case.value))
        argv = ["hardware", "--fake-hardware", str(path)]
    else:
        argv = random_argv(rng, case.value)
        if not argv or argv[0] not in ("estimate", "hardware"):
            argv = ["estimate", *argv]  # never the window
    env = {**os.environ, "PYTHONPATH": str(REPO / "desktop"), "QT_QPA_PLATFORM": "offscreen"}
    argv = [a.replace("\x00", "") for a in argv]  # exec refuses NUL bytes
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "vramscope", *argv],
            capture_output=True,
            timeout=HANG_S,
            env=env,
            cwd=work,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise CaseFailedError("slow", f"no exit within {HANG_S:g} s: {argv[:3]}") from None
    err = proc.stderr.decode("utf-8", "replace")
    if "Traceback" in err or proc.returncode not in (0, 2):
        memory = "MemoryError" in err
        raise CaseFailedError(
            "memory" if memory else "traceback", f"exit {proc.returncode}: {err[-300:]!r}"
        )
    if proc.returncode == 2:
        check_line(err, "cli error")


def _selftest(kind: str) -> None:
    """Cases that break each rule on purpose: the suite checks that the harness sees them."""
    from vramscope.core.errors import SpecError

    if kind == "traceback":
        {}["missing"]  # a KeyError is the point
    elif kind == "memory":
        bytearray(MAX_ADDRESS_SPACE)
    elif kind == "long_message":  # (error_text clips its own; these check the checker)
        check_line("vramscope: error: " + "x" * 1000, "selftest")
    elif kind == "control_chars":
        check_line("vramscope: error: \x1b[2J", "selftest")
    elif kind == "spec_error":  # a coded error is clean
        raise SpecError("error.unconverted", text="fine")
    elif kind == "hang":
        time.sleep(3600)
    elif kind == "cpu":
        end = time.process_time() + 1.0
        while time.process_time() < end:
            pass
    elif kind == "die":
        os._exit(3)


def _one(case: Case, corpus: dict[str, Any], cpu_limit_s: float = CPU_LIMIT_S) -> Outcome:
    work = Path(tempfile.mkdtemp(prefix="vramscope-fuzz-"))
    cpu0 = time.process_time()
    child0 = os.times()
    kind, detail = "ok", ""
    try:
        run_target(case, corpus, work)
    except CaseFailedError as failure:
        kind, detail = failure.kind, failure.detail
    except MemoryError:
        kind, detail = "memory", "MemoryError"
    except BaseException as exc:
        kind, detail = "traceback", f"harness: {_tb(exc)}"
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(work, ignore_errors=True)
    child1 = os.times()
    cpu = (
        time.process_time()
        - cpu0
        + (child1.children_user - child0.children_user)
        + (child1.children_system - child0.children_system)
    )
    if kind == "ok" and cpu > cpu_limit_s:
        kind, detail = "slow", f"{cpu:.1f} s of CPU"
    return Outcome(case.target, case.seed, kind, cpu, detail)


def _worker(
    conn: Connection, cases: Sequence[Case], corpus: dict[str, Any], cpu_limit_s: float
) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MAX_ADDRESS_SPACE, MAX_ADDRESS_SPACE))
    for i, case in enumerate(cases):
        conn.send(("start", i))
        conn.send(("done", i, _one(case, corpus, cpu_limit_s)))
    conn.send(("end",))
    conn.close()


# ------------------------------------------------------------------------------------------------
# running many cases (in the parent)
# ------------------------------------------------------------------------------------------------


def run_cases(
    cases: Sequence[Case],
    corpus: dict[str, Any],
    *,
    workers: int = 2,
    batch: int = 250,
    progress: Callable[[int, int], None] | None = None,
    hang_s: float = HANG_S,
    cpu_limit_s: float = CPU_LIMIT_S,
) -> list[Outcome]:
    """Run ``cases`` in worker processes, ``batch`` cases per worker, ``workers`` at a time.
    A worker that hangs past ``hang_s`` on a case is killed (that case is ``slow``) and its
    remaining cases go on in a new worker; one that dies is ``memory``."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # forkserver: workers fork from a clean, warmed-up process, not from a test run that may
    # hold Qt and threads
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.fuzz.engine", "vramscope.cli", "vramscope.app.checks"])
    pending = [list(cases[i : i + batch]) for i in range(0, len(cases), batch)]
    outcomes: list[Outcome] = []
    running: list[tuple[Any, Connection, list[Case], dict[str, float]]] = []

    def start(chunk: list[Case]) -> None:
        parent, child = ctx.Pipe(duplex=False)
        args = (child, chunk, corpus, cpu_limit_s)
        proc = ctx.Process(target=_worker, args=args, daemon=True)
        proc.start()
        child.close()
        running.append(
            (proc, parent, chunk, {"index": -1.0, "next": 0.0, "since": time.monotonic()})
        )

    while pending or running:
        while pending and len(running) < workers:
            start(pending.pop(0))
        for entry in list(running):
            proc, conn, chunk, state = entry
            if _drain(conn, chunk, state, outcomes, pending, len(cases), progress):
                pass  # the batch ended, or its worker died (its rest is pending again)
            elif not proc.is_alive() and not conn.poll(0):
                _lost(chunk, state, outcomes, pending, "memory", f"worker died ({proc.exitcode})")
            elif state["index"] >= 0 and time.monotonic() - state["since"] > hang_s:
                proc.kill()
                _lost(chunk, state, outcomes, pending, "slow", f"no return within {hang_s:g} s")
            else:
                continue
            running.remove(entry)
            proc.join(5)
            conn.close()
    return outcomes


def _drain(
    conn: Connection,
    chunk: list[Case],
    state: dict[str, float],
    outcomes: list[Outcome],
    pending: list[list[Case]],
    total: int,
    progress: Callable[[int, int], None] | None,
) -> bool:
    """Take a worker's messages; True when it is finished (its batch ended or it died)."""
    while conn.poll(0.05):
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            _lost(chunk, state, outcomes, pending, "memory", "worker died")
            return True
        if msg[0] == "start":
            state["index"], state["since"] = msg[1], time.monotonic()
        elif msg[0] == "done":
            outcomes.append(msg[2])
            state["index"], state["next"] = -1, msg[1] + 1
            if progress is not None:
                progress(len(outcomes), total)
        else:
            return True
    return False


def _lost(
    chunk: list[Case],
    state: dict[str, float],
    outcomes: list[Outcome],
    pending: list[list[Case]],
    kind: str,
    detail: str,
) -> None:
    """A worker is gone: the case in flight (if any) failed; the rest of its batch goes on."""
    index = int(state["index"])
    if index >= 0:
        case = chunk[index]
        outcomes.append(Outcome(case.target, case.seed, kind, 0.0, detail))
        rest = chunk[index + 1 :]
    else:
        rest = chunk[int(state["next"]) :]
    if rest:
        pending.insert(0, rest)


# ------------------------------------------------------------------------------------------------
# choosing cases
# ------------------------------------------------------------------------------------------------


def collect_cases(
    n: int, *, subprocess_every: int = SUBPROCESS_EVERY, pool: int = 300, seed: int = 17
) -> list[Case]:
    """``n`` cases, the same ones every run: a target by weight and a mutator seed from a
    seeded generator, and a JSON value to splice in from a pool of ``pool`` values Hypothesis
    draws (derandomized: huge and negative integers, NaN, surrogates, escapes, nesting). Every
    ``subprocess_every``-th case goes through ``python -m vramscope`` instead."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    scalars = (
        st.none()
        | st.booleans()
        | st.integers(min_value=-(2**70), max_value=2**70)
        | st.sampled_from([10**400, 2**64 - 1, -(2**63)])
        | st.floats(allow_nan=True, allow_infinity=True)
        | st.text(max_size=50)
        | st.sampled_from(["\ud800", "\x1b[2J", "x" * 10_000])
    )
    values = st.recursive(
        scalars,
        lambda kids: (
            st.lists(kids, max_size=5) | st.dictionaries(st.text(max_size=8), kids, max_size=5)
        ),
        max_leaves=12,
    )
    drawn: list[Any] = []

    @settings(
        max_examples=max(1, min(n, pool)),
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(values)
    def draw(value: Any) -> None:
        drawn.append(value)

    draw()
    rng = random.Random(seed)
    names, weights = list(TARGETS), list(TARGETS.values())
    out = []
    for i in range(n):
        target = rng.choices(names, weights)[0]
        if subprocess_every and i % subprocess_every == subprocess_every - 1:
            target = SUBPROCESS_TARGET
        out.append(Case(target, rng.getrandbits(32), drawn[i % len(drawn)]))
    return out


def summary(outcomes: Sequence[Outcome]) -> dict[str, Any]:
    kinds = Counter(o.kind for o in outcomes)
    by_target: dict[str, Counter[str]] = {}
    for o in outcomes:
        by_target.setdefault(o.target, Counter())[o.kind] += 1
    return {
        "cases": len(outcomes),
        **{k: kinds.get(k, 0) for k in KINDS},
        "max_cpu_s": round(max((o.cpu_s for o in outcomes), default=0.0), 2),
        "by_target": {t: dict(c) for t, c in sorted(by_target.items())},
    }
