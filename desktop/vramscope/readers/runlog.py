"""Read a llama.cpp / Ollama / LM Studio load log: the model, the settings, the buffers.

:func:`parse_load_log` pulls out what llama.cpp prints while it loads a model (the GGUF
metadata dump, ``print_info:`` / ``llm_load_print_meta:``, ``load_tensors:`` /
``llm_load_tensors:``, ``llama_context:`` / ``llama_new_context_with_model:`` /
``llama_init_from_model:``, the KV cache lines of every version) and what Ollama's server adds
(``msg=offload`` / ``msg="offload to cuda"`` and the runner's command line).
:func:`runlog_setup` turns that into estimator inputs for the exact setup that ran, so the
estimate can be laid beside the logged buffers (``core.compare.compare_buffers``).

The text is the user's and treated as hostile: bounded size, bounded line length, only linear
regular expressions, numbers range-checked; every failure is a one-line :class:`RunLogError`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from vramscope.core.api import estimate
from vramscope.core.errors import SpecError
from vramscope.core.estimate import Estimate
from vramscope.core.formats import WeightFormat, format_from_llama_ftype, parse_weight_format
from vramscope.core.hf_config import spec_from_config
from vramscope.core.model import ModelSpec
from vramscope.core.notes import Note
from vramscope.core.tensors import param_counts
from vramscope.core.workload import KV_CACHE_TYPES, Workload

from .local import config_from_gguf
from .log_family import LogFamily, detect_family

__all__ = [
    "MAX_LINE_CHARS",
    "MAX_LOG_CHARS",
    "MAX_LOG_LINES",
    "DeviceInfo",
    "LogFamily",
    "OllamaOffload",
    "RunLog",
    "RunLogError",
    "RunSetup",
    "parse_load_log",
    "runlog_setup",
]

# A full llama-server log with verbose tensor dumps is a few MB; 20 MB is plenty and bounds work.
MAX_LOG_CHARS = 20_000_000
# Longer lines are tokenizer dumps or garbage; the lines we read are < 1 kB. Longer ones are
# skipped whole (and counted in a note), never cut and read.
MAX_LINE_CHARS = 4096
# A verbose llama-server load (every tensor listed, DeepSeek's 1,025 tensors) is a few thousand
# lines; Ollama's server.log over months is far more, but its last 20 MB are what is read.
MAX_LOG_LINES = 500_000
# The context an excerpt showing only weight buffers is estimated at (the CLI's default --ctx).
ASSUMED_CONTEXT_TOKENS = 4096
# Plausibility bounds: beyond these a number is corruption, not a setup.
MAX_CTX_TOKENS = 1 << 30
MAX_LAYERS = 100_000
MAX_DIM = 10_000_000
MAX_MIB = float(1 << 30)  # 1 PiB
MAX_SEQ = 1 << 16

_PREFIX_TAGS = (
    "print_info:",
    "llm_load_print_meta:",
    "llama_model_loader:",
    "load_tensors:",
    "llm_load_tensors:",
    "llama_context:",
    "llama_new_context_with_model:",
    "llama_init_from_model:",
    "llama_model_load_internal:",
    "llama_model_load:",
    "llama_kv_cache",
    # recurrent (linear-attention) state buffers of hybrid models, and the 2026 name of the
    # graph reservation that prints the compute buffers
    "llama_memory_recurrent:",
    "sched_reserve:",
    "init:",
    "using device",
    "msg=",
)


class RunLogError(SpecError):
    """The text is not a usable load log: a ``runlog.*`` code whose sentence (app.present)
    is one line saying why."""


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    """A device the log names: ``CUDA0`` with its description and free memory at load."""

    name: str
    description: str = ""
    free_mib: float | None = None


@dataclass(frozen=True, slots=True)
class OllamaOffload:
    """Ollama's own plan (``msg=offload``): layers and its memory estimate, bytes per key."""

    layers_requested: int | None
    layers_model: int | None
    layers_offload: int | None
    layers_split: tuple[int, ...]
    memory_bytes: tuple[tuple[str, int], ...]
    library: str = ""

    def memory(self, key: str) -> int | None:
        return dict(self.memory_bytes).get(key)


@dataclass(frozen=True, slots=True)
class RunLog:
    """What one model load printed. Fields the log did not show are None."""

    source: str  # "llama.cpp", "ollama", "lm studio"
    arch: str | None = None
    name: str | None = None
    file_type: str | None = None
    file_type_id: int | None = None
    n_layer: int | None = None
    n_embd: int | None = None
    n_head: int | None = None
    n_head_kv: int | None = None
    n_embd_head_k: int | None = None
    n_ff: int | None = None
    n_ff_exp: int | None = None
    n_vocab: int | None = None
    n_ctx_train: int | None = None
    n_expert: int | None = None
    n_expert_used: int | None = None
    n_swa: int | None = None
    # Hybrid (Gated DeltaNet) models: recurrent-layer sizes, multi-token-prediction blocks
    # counted in n_layer, and the full-attention period.
    ssm_d_conv: int | None = None
    ssm_d_inner: int | None = None
    ssm_d_state: int | None = None
    ssm_dt_rank: int | None = None
    ssm_n_group: int | None = None
    n_nextn: int | None = None
    full_attention_interval: int | None = None
    model_params: int | None = None
    file_size_bytes: int | None = None
    n_ctx: int | None = None
    n_ctx_per_seq: int | None = None
    n_batch: int | None = None
    n_ubatch: int | None = None
    n_seq_max: int | None = None
    flash_attn: bool | None = None
    type_k: str | None = None
    type_v: str | None = None
    kv_offload: bool | None = None
    mmap: bool | None = None
    gpu_layers: int | None = None
    layers_total: int | None = None
    repeating_layers_offloaded: int | None = None
    # (kind, log device, MiB), kind one of model / kv / compute / output, in log order
    buffers: tuple[tuple[str, str, float], ...] = ()
    devices: tuple[DeviceInfo, ...] = ()
    ollama: OllamaOffload | None = None
    # the program and era that wrote the log (family, runner, build, date; see log_family)
    origin: LogFamily | None = None
    # whether the output layer was on a GPU: llama.cpp before PR #18148 (December 2025) kept it
    # on the CPU for -ngl N <= n_layer; None when the log does not tell
    output_on_gpu: bool | None = None
    # pre-2024 builds printed totals ("VRAM used", "mem required"), not one line per buffer
    old_totals: bool = False
    # what the reader skipped or chose (codes ``log.*``, rendered by app.present)
    notes: tuple[Note, ...] = field(default=(), compare=False)

    @property
    def family(self) -> str:
        """llama.cpp, ollama, llama-cpp-python, llamasharp, koboldcpp or lm studio."""
        return self.origin.family if self.origin else self.source

    @property
    def era(self) -> str:
        """The function-name era of the log's llama.cpp (``log_family.ERAS``), or ""."""
        return self.origin.era if self.origin else ""

    @property
    def buffers_mib(self) -> dict[str, dict[str, float]]:
        """Logged MiB per kind and device, summed (split GGUFs log one model buffer per file),
        shaped like the calibration records: ``{"model_buffers_mib": {"CUDA0": 4403.49}}``."""
        out: dict[str, dict[str, float]] = {
            f"{k}_buffers_mib": {} for k in ("model", "kv", "rs", "compute", "output")
        }
        for kind, dev, mib in self.buffers:
            per = out[f"{kind}_buffers_mib"]
            per[dev] = round(per.get(dev, 0.0) + mib, 2)
        if not out["rs_buffers_mib"]:
            del out["rs_buffers_mib"]  # only hybrid models have recurrent-state buffers
        return out

    @property
    def gpu_buffer_devices(self) -> tuple[str, ...]:
        """GPU buffer types holding memory, in index order (CUDA0, CUDA1 ...)."""
        found = {d for _, d, _ in self.buffers if _gpu_index(d) is not None}
        return tuple(sorted(found, key=lambda d: _gpu_index(d) or 0))


@dataclass(frozen=True, slots=True)
class RunSetup:
    """Estimator inputs for the setup a log describes."""

    spec: ModelSpec
    fmt: WeightFormat
    workload: Workload
    n_gpus: int
    gpu_layers: int | None
    gpu_split: tuple[float, ...] | None = None
    # the log's build kept the output layer on the CPU (llama.cpp before PR #18148 with
    # -ngl N <= n_layer): gpu_layers is N + 1 in today's counting (the same N repeating layers)
    # and app.log_era moves the output layer back to the CPU
    output_on_cpu: bool = False
    # what the log did not say and was assumed (codes ``log.*`` and ``model.*``)
    notes: tuple[Note, ...] = field(default=(), compare=False)

    def estimate(self) -> Estimate:
        return estimate(
            self.spec,
            self.fmt,
            self.workload,
            n_gpus=self.n_gpus,
            gpu_layers=self.gpu_layers,
            gpu_split=self.gpu_split,
        )


# --------------------------------------------------------------------------------------------
# line patterns (all linear: no nested quantifiers)
# --------------------------------------------------------------------------------------------

_ANSI = re.compile(r"\x1b\[[0-9;]{0,40}m")
# Lines with something on them, from their first non-blank character, found by the regex
# engine (in C): 19 MB of newlines or blanks costs no Python loop.
_LINE = re.compile(r"\S[^\n]*")
# The tags whose lines are "key = value": the key is read from the text after the tag with
# str.partition, never by a regex that could backtrack over a line of blanks (issue 17: one
# 4 KB "print_info:" line of blanks took 28 s with the old ``\s+([A-Za-z_. ]+?)\s*=``).
_KV_TAG = re.compile(
    r"(?:print_info|llm_load_print_meta|llama_context|llama_new_context_with_model|"
    r"llama_init_from_model|llama_model_load_internal|llama_model_load):"
)
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_. ]{0,60}")
_LOADER_KV = re.compile(r"- kv {0,8}\d{1,6}: {0,80}(\S{1,200}) {1,40}\S{1,40} {0,40}= ")
# A number as llama.cpp prints it, with the decimal comma some locales write (8169,25 MiB).
_NUM = r"(\d{1,12}(?:[.,]\d{1,6})?)"
_BUFFER_SIZE = re.compile(r" {0,40}= {0,40}" + _NUM + r" {0,4}(MiB|MB)")
_OFFLOADED = re.compile(r"offloaded (\d{1,7})/(\d{1,7}) layers to GPU")
_OFFLOADING = re.compile(r"offloading (\d{1,7}) repeating layers to GPU")
_KV_INIT = re.compile(
    r"kv_size = (\d{1,12}), offload = (\d), type_k = '(\w{1,16})', type_v = '(\w{1,16})'"
)
_KV_TYPES = re.compile(r"K \((\w{1,16})\): {0,40}[\d.,]{1,20} MiB, V \((\w{1,16})\)")
# "(  4096 cells,  32 layers,  1/1 seqs)", "(   768 cells" and the 2024 "(32768 cells, 64
# layers)" without the sequences; llama.cpp pads the count to 5 or 6 places.
_KV_CELLS = re.compile(r"\( {0,12}(\d{1,12}) cells,")
_USING_DEVICE = re.compile(
    r"using device (\S{1,64}) \(([^()]{0,200})\)(?: \([^()]{0,40}\))? - (\d{1,9}) MiB free"
)
_CUDA_DEVICE = re.compile(r"(?:^|\s)Device (\d{1,3}): ([^,]{1,200}),")
_MMAP = re.compile(r"\(mmap = (true|false)")
_CMD_NGL = re.compile(r"(?:^|\s)(?:-ngl|--n-gpu-layers|--gpu-layers)[ =](\d{1,6})(?!\S)")
# the context on the same command line ("-c 2048", "--ctx-size=8192"), for logs that do not
# print n_ctx
_CMD_CTX = re.compile(r"(?:^|\s)(?:-c|--ctx-size)[ =](\d{1,9})(?!\S)")
_FA_AUTO = re.compile(r"Flash Attention was auto, set to (enabled|disabled)")
_LOGFMT_KEY = re.compile(r"[\w.]{1,64}=")
_SIZE = re.compile(_NUM + r" {0,4}(B|KiB|MiB|GiB|TiB)")
_INT = re.compile(r"-?\d{1,20}")
# Pre-2024 llama.cpp (GGUF from August 2023 until ggml-backend in January 2024) printed totals
# instead of buffers: source: llama.cpp llama.cpp llm_load_tensors / llama_new_context_with_model
# of b1015..b1850 (e.g. ggml-org/llama.cpp issue #3750, build 1415; simonw/llm-llama-cpp #19).
_OLD_SIZES = (
    # (pattern, kind, device): device "GPU" becomes CUDA0, the one device old logs name
    (re.compile(r"VRAM used: " + _NUM + r" {0,4}(?:MiB|MB)"), "model", "GPU"),
    (re.compile(r"system memory used {0,8}= {0,8}" + _NUM + r" {0,4}(?:MiB|MB)"), "model", "CPU"),
    (re.compile(r"mem required {0,8}= {0,8}" + _NUM + r" {0,4}(?:MiB|MB)"), "model", "CPU"),
    (re.compile(r"VRAM kv self = " + _NUM + r" {0,4}(?:MiB|MB)"), "kv", "GPU"),
    (re.compile(r"kv self size {0,8}= {0,8}" + _NUM + r" {0,4}(?:MiB|MB)"), "kv_total", "CPU"),
    (re.compile(r"compute buffer total size = {0,8}" + _NUM + r" {0,4}(?:MiB|MB)"), "compute",
     "CPU"),
    (re.compile(r"VRAM scratch buffer: " + _NUM + r" {0,4}(?:MiB|MB)"), "compute", "GPU"),
)  # fmt: skip
_OLLAMA_SIZE_MSG = {"model weights": "model", "kv cache": "kv", "compute graph": "compute"}

_UNITS = {"B": 1, "KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30, "TiB": 1 << 40}
_PARAM_UNITS = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}


def _num(text: str) -> float:
    """A number matched by ``_NUM``; a decimal comma reads as a point."""
    return float(text.replace(",", "."))


# print_info / print_meta keys -> RunLog fields (integers)
_META_INTS = {
    "n_layer": "n_layer",
    "n_embd": "n_embd",
    "n_head": "n_head",
    "n_head_kv": "n_head_kv",
    "n_embd_head_k": "n_embd_head_k",
    "n_ff": "n_ff",
    "n_ff_exp": "n_ff_exp",
    "n_vocab": "n_vocab",
    "n_ctx_train": "n_ctx_train",
    "n_expert": "n_expert",
    "n_expert_used": "n_expert_used",
    "n_swa": "n_swa",
    "ssm_d_conv": "ssm_d_conv",
    "ssm_d_inner": "ssm_d_inner",
    "ssm_d_state": "ssm_d_state",
    "ssm_dt_rank": "ssm_dt_rank",
    "ssm_n_group": "ssm_n_group",
}
_CTX_INTS = {
    "n_ctx": "n_ctx",
    "n_ctx_per_seq": "n_ctx_per_seq",
    "n_ctx_seq": "n_ctx_per_seq",
    "n_batch": "n_batch",
    "n_ubatch": "n_ubatch",
    "n_seq_max": "n_seq_max",
}
# GGUF metadata keys (after "<arch>.") -> RunLog fields, used where print_info is missing.
_GGUF_INTS = {
    "block_count": "n_layer",
    "embedding_length": "n_embd",
    "attention.head_count": "n_head",
    "attention.head_count_kv": "n_head_kv",
    "attention.key_length": "n_embd_head_k",
    "feed_forward_length": "n_ff",
    "expert_feed_forward_length": "n_ff_exp",
    "vocab_size": "n_vocab",
    "context_length": "n_ctx_train",
    "expert_count": "n_expert",
    "expert_used_count": "n_expert_used",
    "ssm.conv_kernel": "ssm_d_conv",
    "ssm.inner_size": "ssm_d_inner",
    "ssm.state_size": "ssm_d_state",
    "ssm.time_step_rank": "ssm_dt_rank",
    "ssm.group_count": "ssm_n_group",
    "nextn_predict_layers": "n_nextn",
    "full_attention_interval": "full_attention_interval",
}
_LIMITS = {
    "n_layer": MAX_LAYERS,
    "n_ctx": MAX_CTX_TOKENS,
    "n_ctx_per_seq": MAX_CTX_TOKENS,
    "n_ctx_train": MAX_CTX_TOKENS,
    "n_batch": MAX_CTX_TOKENS,
    "n_ubatch": MAX_CTX_TOKENS,
    "n_seq_max": MAX_SEQ,
    "gpu_layers": MAX_LAYERS,
    "layers_total": MAX_LAYERS,
    "repeating_layers_offloaded": MAX_LAYERS,
    "cmd_gpu_layers": MAX_LAYERS,
    "cmd_n_ctx": MAX_CTX_TOKENS,
    "n_swa": MAX_CTX_TOKENS,
    "kv_cells": MAX_CTX_TOKENS,
}


def _gpu_index(device: str) -> int | None:
    m = re.match(
        r"(?:CUDA|ROCm|HIP|Vulkan|SYCL|MTL|Metal|OpenCL|CANN|MUSA)(\d{0,3})$", device, re.I
    )
    if m is None:
        return None
    return int(m.group(1)) if m.group(1) else 0


def _clip(text: str, n: int = 60) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= n else text[: n - 3] + "..."


class _Parser:
    """Accumulates one model load; a second ``loaded meta data`` line starts another."""

    def __init__(self) -> None:
        self.fields: dict[str, object] = {}
        self.gguf: dict[str, str] = {}
        self.buffers: list[tuple[str, str, float]] = []
        self.devices: dict[str, DeviceInfo] = {}
        self.ollama: OllamaOffload | None = None
        self.ollama_cmd: dict[str, str] = {}
        self.hits = 0
        # pre-2024 totals: "kv self size" (all of the cache) beside "VRAM kv self" (its GPU part)
        self.kv_total_mib: float | None = None
        self.output_offloaded = False

    # numbers ---------------------------------------------------------------------------------

    def set_int(self, key: str, text: str, *, keep_first: bool = False) -> None:
        text = text.strip()
        if text.startswith("["):
            # per-layer arrays (n_head_kv of some models): the largest entry bounds the cache
            values = [int(v) for v in _INT.findall(text[:4096])]
            if not values:
                return
            value = max(values)
        else:
            m = _INT.match(text)
            if m is None:
                return
            value = int(m.group(0))
        limit = _LIMITS.get(key, MAX_DIM)
        if not 0 <= value <= limit:
            raise RunLogError("runlog.implausible_value", key=key, value=_clip(text, 30))
        if keep_first and key in self.fields:
            return
        self.fields[key] = value
        self.hits += 1

    def set_text(self, key: str, value: str) -> None:
        self.fields[key] = _clip(value.strip(), 120)
        self.hits += 1

    # lines -----------------------------------------------------------------------------------

    def line(self, raw: str) -> bool:
        """Read one line; True when it said something this reader uses."""
        before = self.hits
        line = _ANSI.sub("", raw) if "\x1b" in raw else raw
        if "msg=" in line and ("level=" in line or "source=" in line):
            self.ollama_line(line)
            return self.hits > before
        if "Device " in line and (m := _CUDA_DEVICE.search(line)) is not None:
            name = f"CUDA{m.group(1)}"
            self.devices.setdefault(name, DeviceInfo(name, _clip(m.group(2).strip(), 120)))
            return True
        if ("-ngl" in line or "gpu-layers" in line) and (m := _CMD_NGL.search(line)) is not None:
            # the command the user ran ("./main -ngl 40 ..."), kept for logs without the
            # "offloaded N/M layers" line
            self.set_int("cmd_gpu_layers", m.group(1))
            if (c := _CMD_CTX.search(line)) is not None:
                self.set_int("cmd_n_ctx", c.group(1))
            return True
        if "GPU acceleration" in line and "CUDA" in line:
            self.fields["gpu_seen"] = True  # GGML era: "using CUDA for GPU acceleration"
        if not any(tag in line for tag in _PREFIX_TAGS):
            return False
        if "buffer size" in line:
            self.buffer_line(line)
            return self.hits > before
        if "llama_model_loader:" in line:
            self.loader_line(line)
            return self.hits > before
        if "using device" in line and (m := _USING_DEVICE.search(line)) is not None:
            self.devices[m.group(1)] = DeviceInfo(
                m.group(1), _clip(m.group(2), 120), float(m.group(3))
            )
            self.hits += 1
            return True
        if "offload" in line:
            if (m := _OFFLOADED.search(line)) is not None:
                self.set_int("gpu_layers", m.group(1))
                self.set_int("layers_total", m.group(2))
            elif (m := _OFFLOADING.search(line)) is not None:
                self.set_int("repeating_layers_offloaded", m.group(1))
            elif "offloading output layer to GPU" in line:
                self.output_offloaded = True
                self.hits += 1
        if "MB" in line or "MiB" in line:
            self.old_size_line(line)
        if (m := _MMAP.search(line)) is not None:
            self.fields["mmap"] = m.group(1) == "true"
        if "kv_size" in line and (m := _KV_INIT.search(line)) is not None:
            self.set_int("kv_cells", m.group(1))
            self.fields["kv_offload"] = m.group(2) == "1"
            self.set_kv_types(m.group(3), m.group(4))
        elif "K (" in line and (m := _KV_TYPES.search(line)) is not None:
            self.set_kv_types(m.group(1), m.group(2))
        if "cells" in line and (m := _KV_CELLS.search(line)) is not None:
            self.set_int("kv_cells", m.group(1))
        if "Flash Attention was auto" in line and (m := _FA_AUTO.search(line)) is not None:
            self.fields["flash_attn"] = m.group(1) == "enabled"
            self.hits += 1
            return True
        if "=" in line and (m := _KV_TAG.search(line)) is not None:
            key, sep, value = line[m.end() :].partition("=")
            key = key.strip()
            if sep and _KEY.fullmatch(key):
                self.key_value(key, value)
        return self.hits > before

    def old_size_line(self, line: str) -> None:
        """Totals of the builds before ggml-backend (late 2023), in MB (meaning MiB)."""
        for pattern, kind, device in _OLD_SIZES:
            m = pattern.search(line)
            if m is None:
                continue
            mib = _num(m.group(1))
            if not 0 <= mib <= MAX_MIB:
                raise RunLogError(
                    "runlog.implausible_buffer", device=device, kind=kind, size=_clip(m.group(1))
                )
            if kind == "kv_total":
                self.kv_total_mib = mib
                self.hits += 1
            else:
                self.buffers.append((kind, device, mib))
                self.hits += 1
            self.fields["old_totals"] = True
            return

    def set_kv_types(self, k: str, v: str) -> None:
        self.fields["type_k"], self.fields["type_v"] = k.lower(), v.lower()
        self.hits += 1

    def key_value(self, key: str, value: str) -> None:
        if key in _META_INTS:
            self.set_int(_META_INTS[key], value)
        elif key in _CTX_INTS:
            self.set_int(_CTX_INTS[key], value)
        elif key == "arch":
            self.set_text("arch", value)
        elif key == "general.name":
            self.set_text("name", value)
        elif key in ("file type", "model ftype", "ftype"):
            self.set_text("file_type", value)
        elif key == "model params":
            self.set_params(value)
        elif key in ("file size", "model size") and "iB" in value:
            # "7.08 GiB (5.66 BPW)"; GGML-era logs print "model size = 13B" (parameters)
            size = _size_bytes(value)
            if size is not None:
                self.fields["file_size_bytes"] = size
        elif key == "flash_attn":
            v = value.strip().lower()
            if v in ("1", "enabled", "true", "on"):
                self.fields["flash_attn"] = True
            elif v in ("0", "disabled", "false", "off"):
                self.fields["flash_attn"] = False
            self.hits += 1

    def set_params(self, value: str) -> None:
        m = re.match(r"\s{0,8}(\d{1,9}(?:[.,]\d{1,6})?)\s{0,4}([KMBT])", value)
        if m:
            self.fields["model_params"] = int(_num(m.group(1)) * _PARAM_UNITS[m.group(2)])

    def loader_line(self, line: str) -> None:
        if "loaded meta data" in line:
            self.hits += 1
            return
        at = line.find("- kv")
        m = _LOADER_KV.match(line, at) if at >= 0 else None
        if m:
            key, value = m.group(1), line[m.end() :].strip()
            if len(self.gguf) < 4096:
                self.gguf[key] = _clip(value, 200)
            self.hits += 1

    def buffer_line(self, line: str) -> None:
        at = line.find("buffer size")
        if "ggml ctx" in line:
            return
        m = _BUFFER_SIZE.match(line, at + len("buffer size"))
        if m is None:
            return
        # "CUDA0 KV buffer size", "CPU_Mapped model buffer size", old "CUDA0 buffer size"
        words = line[max(0, at - 200) : at].split()
        if not words:
            return
        kind_word = (
            words[-1].lower() if words[-1] in ("model", "KV", "RS", "compute", "output") else ""
        )
        dev = words[-2] if kind_word and len(words) >= 2 else words[-1]
        if kind_word:
            kind = kind_word
        elif "load_tensors" in line:
            kind = "model"  # old logs: "llm_load_tensors: CUDA0 buffer size"
        else:
            return
        if dev.endswith(":"):
            return  # "llm_load_tensors: buffer size" names no device
        mib = _num(m.group(1))
        if not 0 <= mib <= MAX_MIB:
            raise RunLogError(
                "runlog.implausible_buffer",
                device=_clip(dev, 40),
                kind=kind,
                size=_clip(m.group(1), 30),
            )
        self.buffers.append((kind, _clip(dev, 40), mib))
        self.hits += 1

    def ollama_line(self, line: str) -> None:
        pairs = _logfmt(line)
        msg = pairs.get("msg", "")
        if msg in ("offload", "offload to cuda", "offload to rocm", "offload to metal",
                   "offload to gpu"):  # fmt: skip
            self.ollama = _ollama_offload(pairs)
            self.hits += 1
        elif msg == "starting llama server" and "cmd" in pairs:
            self.ollama_cmd = _cmd_args(pairs["cmd"])
            self.hits += 1
        elif msg in _OLLAMA_SIZE_MSG:
            # the Go engine (ollama >= 0.6): msg="model weights" buffer=CUDA0 size="4.1 GiB"
            dev = pairs.get("buffer") or pairs.get("device")
            size = _size_bytes(pairs.get("size", ""))
            if dev and size is not None:
                self.buffers.append((_OLLAMA_SIZE_MSG[msg], _clip(dev, 40), size / (1 << 20)))
                self.hits += 1
            self.fields["ollama_engine"] = True
        elif "version" in pairs and msg in ("starting ollama", "Listening on", "server config"):
            self.fields.setdefault("ollama_version", _clip(pairs["version"], 20))
        elif msg.startswith("offload"):
            # the Go engine's own copy of llama.cpp's lines (ggml.go, ollama >= 0.6):
            # msg="offloaded 41/41 layers to GPU" (ollama/ollama PR #11090's log)
            if (m := _OFFLOADED.fullmatch(msg)) is not None:
                self.set_int("gpu_layers", m.group(1))
                self.set_int("layers_total", m.group(2))
            elif (m := _OFFLOADING.fullmatch(msg)) is not None:
                self.set_int("repeating_layers_offloaded", m.group(1))
            elif msg == "offloading output layer to GPU":
                self.output_offloaded = True
                self.hits += 1


def _logfmt(line: str) -> dict[str, str]:
    """``key=value`` / ``key="quoted value"`` pairs of a Go slog line, read left to right in
    one pass (a regex over the whole line was quadratic on long words: issue 17)."""
    pairs: dict[str, str] = {}
    i, n = 0, len(line)
    while i < n and len(pairs) < 100:
        while i < n and line[i] == " ":
            i += 1
        m = _LOGFMT_KEY.match(line, i)
        if m is None:
            j = line.find(" ", i + 1)
            if j < 0:
                break
            i = j
            continue
        key, i = m.group(0)[:-1], m.end()
        if i < n and line[i] == '"':
            j = i + 1
            while True:
                k = line.find('"', j)
                if k < 0:
                    k = n
                    break
                if line[k - 1] != "\\":
                    break
                j = k + 1
            pairs[key] = line[i + 1 : k].replace('\\"', '"')
            i = k + 1
        else:
            j = line.find(" ", i)
            j = n if j < 0 else j
            pairs[key] = line[i:j]
            i = j
    return pairs


def _size_bytes(text: str) -> int | None:
    m = _SIZE.search(text)
    if m is None:
        return None
    value = _num(m.group(1)) * _UNITS[m.group(2)]
    if not math.isfinite(value) or value > MAX_MIB * (1 << 20):
        raise RunLogError("runlog.implausible_size", value=_clip(text, 30))
    return int(value)


def _ints(text: str) -> tuple[int, ...]:
    return tuple(int(v) for v in _INT.findall(text[:2000]) if abs(int(v)) <= MAX_LAYERS)


def _opt_int(text: str | None) -> int | None:
    if text is None:
        return None
    m = _INT.fullmatch(text.strip())
    return int(m.group(0)) if m and abs(int(m.group(0))) <= MAX_LAYERS else None


def _opt_int_ctx(text: str | None) -> int | None:
    if text is None or not text.strip().isdigit() or len(text.strip()) > 12:
        return None
    value = int(text.strip())
    if value > MAX_CTX_TOKENS:
        raise RunLogError("runlog.implausible_ctx_size", value=_clip(text, 20))
    return value


def _ollama_offload(pairs: Mapping[str, str]) -> OllamaOffload:
    memory: list[tuple[str, int]] = []
    for key, value in pairs.items():
        if key.startswith(("memory.", "projector.")):
            found = [m.group(0) for m in _SIZE.finditer(value)]
            sizes = [s for s in (_size_bytes(f) for f in found) if s is not None]
            if sizes:
                memory.append((key, sum(sizes)))
    return OllamaOffload(
        layers_requested=_opt_int(pairs.get("layers.requested")),
        layers_model=_opt_int(pairs.get("layers.model")),
        layers_offload=_opt_int(pairs.get("layers.offload")),
        layers_split=_ints(pairs.get("layers.split", "")),
        memory_bytes=tuple(memory),
        library=_clip(pairs.get("library", ""), 20),
    )


def _cmd_args(cmd: str) -> dict[str, str]:
    """``--flag value`` pairs of the runner command line (flags alone map to "")."""
    args: dict[str, str] = {}
    words = cmd.split()[:200]
    for i, w in enumerate(words):
        if w.startswith("--"):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            args[w[2:]] = "" if nxt.startswith("--") else nxt
    return args


def parse_load_log(text: str | bytes) -> RunLog:
    """Read a llama.cpp, Ollama or LM Studio load log (pasted or from a file).

    Raises :class:`RunLogError` (one line) when the text is too large, holds no load lines, or
    shows implausible numbers; never another exception.
    """
    try:
        return _parse(text)
    except RunLogError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, OverflowError, MemoryError) as e:
        # A bug or a number Python refuses: still one line, never a traceback in the UI.
        raise RunLogError("runlog.unreadable", error=_clip(str(e) or type(e).__name__)) from e


def _parse(text: str | bytes) -> RunLog:
    if isinstance(text, (bytes, bytearray)):
        if len(text) > MAX_LOG_CHARS:
            raise _too_big(len(text))
        text = bytes(text).decode("utf-8", errors="replace")
    if not isinstance(text, str):
        raise RunLogError("runlog.not_text", type=type(text).__name__)
    if len(text) > MAX_LOG_CHARS:
        raise _too_big(len(text))
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    sections: list[_Parser] = [_Parser()]
    truncated = "\n" in text and not text.endswith("\n")
    notes: list[Note] = []
    long_lines = 0
    n_lines = 0
    unrecognised: list[str] = []
    for m in _LINE.finditer(text):
        n_lines += 1
        if n_lines > MAX_LOG_LINES:
            notes.append(Note.of("log.lines_capped", limit=f"{MAX_LOG_LINES:,}"))
            break
        line = m.group(0)
        if len(line) > MAX_LINE_CHARS:
            # tokenizer dumps or garbage; no line this reader uses is longer than a few hundred
            long_lines += 1
            continue
        if truncated and m.end() == len(text) and "buffer size" in line:
            notes.append(Note.of("log.last_line_cut"))
            break
        if "loaded meta data" in line and sections[-1].buffers:
            sections.append(_Parser())  # a second model load (a reload, a draft model)
        # Every line this reader uses holds ":", "=" or a -ngl flag; the rest (most of a
        # hostile file) costs two substring tests.
        if (":" in line or "=" in line or "-ngl" in line) and sections[-1].line(line):
            continue
        if len(unrecognised) < 3:
            unrecognised.append(_printable(line, 30))
    if long_lines:
        notes.append(Note.of("log.long_lines_skipped", count=long_lines, limit=MAX_LINE_CHARS))
    found = [s for s in sections if s.hits]
    if not found:
        if n_lines == 0:
            raise RunLogError("runlog.no_load_lines")
        examples = " | ".join(unrecognised) or "-"
        if long_lines:
            raise RunLogError(
                "runlog.no_load_lines_long",
                lines=n_lines,
                long=long_lines,
                limit=MAX_LINE_CHARS,
                examples=examples,
            )
        raise RunLogError(
            "runlog.no_load_lines_seen", lines=min(n_lines, MAX_LOG_LINES), examples=examples
        )
    chosen = next((s for s in found if s.buffers), found[0])
    if len(found) > 1:
        notes.append(Note.of("log.several_loads", count=len(found)))
    fam = detect_family(text)
    return _runlog(chosen, fam, notes)


def _printable(text: str, n: int) -> str:
    """A line as an error message may quote it: printable characters only, clipped."""
    clean = "".join(c if c.isprintable() else "?" for c in text[: n + 1].strip())
    return _clip(clean, n)


def _too_big(n: int) -> RunLogError:
    # Megabytes written as the message always showed them: 20.5 MB, up to 20 MB.
    return RunLogError("runlog.too_big", size=f"{n / 1e6:.1f}", limit=MAX_LOG_CHARS // 1_000_000)


def _old_totals(p: _Parser) -> None:
    """Pre-2024 totals as buffers: "GPU" is the first GPU the log names; the CPU's share of the
    KV cache is what "kv self size" holds beyond "VRAM kv self"."""
    gpu = next((d for d in p.devices if _gpu_index(d) is not None), "CUDA0")
    p.buffers = [(k, gpu if d == "GPU" else d, mib) for k, d, mib in p.buffers]
    if p.kv_total_mib is not None:
        on_gpu = sum(mib for k, _, mib in p.buffers if k == "kv")
        if p.kv_total_mib - on_gpu > 0.01:
            p.buffers.append(("kv", "CPU", round(p.kv_total_mib - on_gpu, 2)))


def _runlog(p: _Parser, fam: LogFamily, notes: list[Note]) -> RunLog:
    source = fam.source
    if p.fields.get("old_totals"):
        _old_totals(p)
    f = p.fields
    arch = f.get("arch") or p.gguf.get("general.architecture")
    # GGUF metadata fills what print_info did not show (older logs print fewer keys).
    if isinstance(arch, str):
        for suffix, key in _GGUF_INTS.items():
            value = p.gguf.get(f"{arch}.{suffix}")
            if value is not None and key not in f:
                p.set_int(key, value)
    if "name" not in f and "general.name" in p.gguf:
        f["name"] = p.gguf["general.name"]
    ftype_id = None
    if "general.file_type" in p.gguf:
        ftype_id = _opt_int(p.gguf["general.file_type"])
    if "n_ctx" not in f and "kv_cells" in f:
        f["n_ctx"] = f["kv_cells"]  # "kv_size = 32768" / "(32768 cells": the cache is n_ctx
    cmd = p.ollama_cmd
    if cmd:
        # Ollama's runner flags stand in for context lines a trimmed server log lacks.
        if "n_ctx" not in f and (ctx := _opt_int_ctx(cmd.get("ctx-size"))) is not None:
            p.set_int("n_ctx", str(ctx))
        if "n_seq_max" not in f and (par := _opt_int(cmd.get("parallel"))) is not None:
            p.set_int("n_seq_max", str(par))
        if "n_batch" not in f and (b := _opt_int(cmd.get("batch-size"))) is not None:
            p.set_int("n_batch", str(b))
        if "gpu_layers" not in f and (ngl := _opt_int(cmd.get("n-gpu-layers"))) is not None:
            p.set_int("gpu_layers", str(ngl))
        if "flash-attn" in cmd and "flash_attn" not in f:
            f["flash_attn"] = True
        kv = cmd.get("kv-cache-type")
        if kv and kv.lower() in KV_CACHE_TYPES and "type_k" not in f:
            f["type_k"] = f["type_v"] = kv.lower()
    gpu_seen = f.get("gpu_seen") or p.devices or any(_gpu_index(d) is not None
                                                     for _, d, _ in p.buffers)  # fmt: skip
    if "n_ctx" not in f and "cmd_n_ctx" in f:
        f["n_ctx"] = f["cmd_n_ctx"]  # "-c N" the user ran, when the log prints no n_ctx
    if "gpu_layers" not in f and "cmd_gpu_layers" in f and gpu_seen:
        # -ngl on a command line means nothing without a GPU ("no usable GPU found")
        f["gpu_layers"] = f["cmd_gpu_layers"]
    if p.ollama is not None and "gpu_layers" not in f and p.ollama.layers_offload is not None:
        f["gpu_layers"] = p.ollama.layers_offload
        f.setdefault("layers_total", p.ollama.layers_model)
    if "mmap" not in f and any(d == "CPU_Mapped" for _, d, _ in p.buffers):
        f["mmap"] = True

    def get_int(key: str) -> int | None:
        v = f.get(key)
        return v if isinstance(v, int) and not isinstance(v, bool) else None

    def get_str(key: str) -> str | None:
        v = f.get(key)
        return v if isinstance(v, str) else None

    def get_bool(key: str) -> bool | None:
        v = f.get(key)
        return v if isinstance(v, bool) else None

    return RunLog(
        source=source,
        arch=arch if isinstance(arch, str) else None,
        name=get_str("name"),
        file_type=get_str("file_type"),
        file_type_id=ftype_id,
        n_layer=get_int("n_layer"),
        n_embd=get_int("n_embd"),
        n_head=get_int("n_head"),
        n_head_kv=get_int("n_head_kv"),
        n_embd_head_k=get_int("n_embd_head_k"),
        n_ff=get_int("n_ff"),
        n_ff_exp=get_int("n_ff_exp"),
        n_vocab=get_int("n_vocab"),
        n_ctx_train=get_int("n_ctx_train"),
        n_expert=get_int("n_expert"),
        n_expert_used=get_int("n_expert_used"),
        n_swa=get_int("n_swa"),
        ssm_d_conv=get_int("ssm_d_conv"),
        ssm_d_inner=get_int("ssm_d_inner"),
        ssm_d_state=get_int("ssm_d_state"),
        ssm_dt_rank=get_int("ssm_dt_rank"),
        ssm_n_group=get_int("ssm_n_group"),
        n_nextn=get_int("n_nextn"),
        full_attention_interval=get_int("full_attention_interval"),
        model_params=get_int("model_params"),
        file_size_bytes=get_int("file_size_bytes"),
        n_ctx=get_int("n_ctx"),
        n_ctx_per_seq=get_int("n_ctx_per_seq"),
        n_batch=get_int("n_batch"),
        n_ubatch=get_int("n_ubatch"),
        n_seq_max=get_int("n_seq_max"),
        flash_attn=get_bool("flash_attn"),
        type_k=get_str("type_k"),
        type_v=get_str("type_v"),
        kv_offload=get_bool("kv_offload"),
        mmap=get_bool("mmap"),
        gpu_layers=get_int("gpu_layers"),
        layers_total=get_int("layers_total"),
        repeating_layers_offloaded=get_int("repeating_layers_offloaded"),
        buffers=tuple(p.buffers),
        devices=tuple(p.devices.values()),
        ollama=p.ollama,
        origin=fam,
        output_on_gpu=_output_on_gpu(p),
        old_totals=bool(f.get("old_totals")),
        notes=tuple(notes),
    )


def _output_on_gpu(p: _Parser) -> bool | None:
    if p.output_offloaded:
        return True
    ngl, total, rep = (p.fields.get(k) for k in ("gpu_layers", "layers_total",
                                                 "repeating_layers_offloaded"))  # fmt: skip
    if not (isinstance(ngl, int) and isinstance(total, int)):
        return None
    if ngl >= total:
        return ngl > 0
    if isinstance(rep, int) and rep == ngl:
        # "offloading 30 repeating layers" and "offloaded 30/81": the output layer stayed
        return False
    return None


# --------------------------------------------------------------------------------------------
# RunLog -> estimator inputs
# --------------------------------------------------------------------------------------------

# llama.cpp names of the file types (llama_model_ftype_name) -> our format ids.
_SIZE_SUFFIX = {"small": "_s", "medium": "_m", "large": "_l"}
# Types whose "Medium" name is the plain mix (llama.cpp prints MOSTLY_Q2_K as "Q2_K - Medium").
_PLAIN_MEDIUM = frozenset({"q2_k"})


# Spellings llama_model_ftype_name printed that differ from the format ids. source:
# llama.cpp src/llama-model-loader.cpp history: "IQ2_XSS - 2.0625 bpw" (early 2024, before the
# typo was fixed to IQ2_XXS), "MXFP4 MoE" (gpt-oss, 2025-08); the ARM repacked Q4_0 layouts
# Q4_0_4_4 / Q4_0_4_8 / Q4_0_8_8 (late 2024) hold Q4_0 blocks at Q4_0's size.
_FTYPE_ALIASES = {
    "iq2_xss": "iq2_xxs",
    "mxfp4 moe": "mxfp4_moe",
    "q4_0_4_4": "q4_0",
    "q4_0_4_8": "q4_0",
    "q4_0_8_8": "q4_0",
    "f32": "fp32",
    "q4_1, some f16": "q4_1",
}
_FTYPE_NUMBERED = re.compile(r"\d{1,3} \((.{1,60})\)")


def _format_id(file_type: str) -> str:
    text = file_type.strip().lower().removesuffix("(guessed)").strip()
    if (m := _FTYPE_NUMBERED.fullmatch(text)) is not None:
        text = m.group(1)  # GGML era: "ftype = 18 (mostly Q6_K)"
    text = text.removeprefix("all ").removeprefix("mostly ")
    head, _, tail = text.partition(" - ")
    head = head.strip()
    head = _FTYPE_ALIASES.get(head, head)
    if head.endswith(" mix"):  # "IQ3_S mix - 3.66 bpw" is IQ3_M
        return head.removesuffix(" mix")[:-1] + "m"
    word = tail.strip().split(" ")[0] if tail else ""
    if word in _SIZE_SUFFIX and not (head in _PLAIN_MEDIUM and word == "medium"):
        return head + _SIZE_SUFFIX[word]
    return head


def _weight_format(log: RunLog) -> WeightFormat:
    if log.file_type:
        try:
            return parse_weight_format(_format_id(log.file_type))
        except SpecError:
            pass
    if log.file_type_id is not None:
        try:
            return format_from_llama_ftype(log.file_type_id)
        except SpecError:
            pass
    if not log.file_type:
        raise RunLogError("runlog.no_file_type")
    raise RunLogError("runlog.unknown_file_type", value=repr(_clip(log.file_type, 40)))


_REQUIRED = ("arch", "n_layer", "n_embd", "n_head", "n_vocab")


def _spec_from_log(log: RunLog) -> tuple[ModelSpec, list[Note]]:
    missing = [k for k in _REQUIRED if getattr(log, k) is None]
    if not (log.n_ff or log.n_ff_exp):
        missing.append("n_ff")
    if missing:
        raise RunLogError("runlog.lacks_model_fields", fields=", ".join(missing))
    assert log.arch is not None
    a = log.arch
    # GGUF-style metadata, so readers.local's arch -> model_type mapping applies unchanged.
    md: dict[str, int | str] = {"general.architecture": a}
    pairs = {
        "block_count": log.n_layer,
        "embedding_length": log.n_embd,
        "attention.head_count": log.n_head,
        "attention.head_count_kv": log.n_head_kv,
        "attention.key_length": log.n_embd_head_k,
        "feed_forward_length": log.n_ff or None,
        "expert_feed_forward_length": log.n_ff_exp,
        "vocab_size": log.n_vocab,
        "context_length": log.n_ctx_train,
        "expert_count": log.n_expert or None,
        "expert_used_count": log.n_expert_used or None,
        "attention.sliding_window": log.n_swa or None,
        "ssm.conv_kernel": log.ssm_d_conv,
        "ssm.inner_size": log.ssm_d_inner,
        "ssm.state_size": log.ssm_d_state,
        "ssm.time_step_rank": log.ssm_dt_rank,
        "ssm.group_count": log.ssm_n_group,
        "nextn_predict_layers": log.n_nextn,
        "full_attention_interval": log.full_attention_interval,
    }
    md |= {f"{a}.{k}": v for k, v in pairs.items() if v is not None}
    try:
        config, notes = config_from_gguf(md, (), label="log")
    except SpecError as e:
        raise RunLogError("runlog.model_unusable", detail=e) from e
    # Without the tensor list, tied embeddings are unknown: pick what matches the logged
    # parameter count, else the model type's default.
    config.pop("tie_word_embeddings", None)
    name = log.name or a
    try:
        spec = spec_from_config(config, model_id=_clip(name, 120), name=_clip(name, 120))
        if log.model_params:
            other = spec_from_config(
                {**config, "tie_word_embeddings": not spec.tied_embeddings},
                model_id=spec.model_id,
                name=spec.name,
            )
            if abs(param_counts(other).total - log.model_params) < abs(
                param_counts(spec).total - log.model_params
            ):
                spec = other
    except SpecError as e:
        raise RunLogError("runlog.model_unusable", detail=e) from e
    return spec, notes


# The month llama.cpp began offloading the output layer first (-ngl N: the output layer and
# N - 1 repeating layers). source: ggml-org/llama.cpp PR #18148, merged December 2025.
NGL_OUTPUT_FIRST_MONTH = "2025-12"


def _old_ngl(log: RunLog) -> bool:
    """Whether ``-ngl N`` meant the last N repeating layers, the output layer on the CPU: what
    the log's offload lines show, else what its era says."""
    if log.output_on_gpu is not None:
        return not log.output_on_gpu
    return log.origin is not None and log.origin.before(NGL_OUTPUT_FIRST_MONTH) is True


def _split(log: RunLog, gpus: tuple[str, ...]) -> tuple[float, ...] | None:
    if len(gpus) < 2:
        return None
    for kind in ("kv", "model"):
        per = log.buffers_mib[f"{kind}_buffers_mib"]
        shares = [per.get(g, 0.0) for g in gpus]
        if all(s > 0 for s in shares):
            return tuple(shares)
    if log.ollama and len(log.ollama.layers_split) == len(gpus):
        return tuple(float(x) for x in log.ollama.layers_split)
    return None


def runlog_setup(
    log: RunLog, *, spec: ModelSpec | None = None, fmt: WeightFormat | None = None
) -> RunSetup:
    """Estimator inputs for the setup ``log`` ran. ``spec`` / ``fmt`` replace the model and
    weight format when the caller knows them (a catalog pick, the GGUF file itself).

    Raises RunLogError naming what the log lacks.
    """
    notes: list[Note] = []
    if spec is None:
        spec, spec_notes = _spec_from_log(log)
        notes += spec_notes
    fmt = fmt or _weight_format(log)
    n_seq = log.n_seq_max or 1
    # The cache holds n_ctx cells in all. With a unified cache (llama-server's default since
    # 2025) n_ctx_seq equals n_ctx, so only n_ctx / n_seq_max tells the share per sequence.
    if log.n_ctx_per_seq and not (n_seq > 1 and log.n_ctx_per_seq == log.n_ctx):
        ctx = log.n_ctx_per_seq
    elif log.n_ctx:
        ctx = max(log.n_ctx // n_seq, 1)
    elif log.buffers and all(kind == "model" for kind, _, _ in log.buffers):
        # An excerpt with only the weights: they do not depend on the context, so any context
        # compares them. source: DESIGN.md, the CLI's default --ctx
        ctx = ASSUMED_CONTEXT_TOKENS
        notes.append(Note.of("log.context_assumed", context_tokens=ctx))
    else:
        raise RunLogError("runlog.no_context")
    fa = log.flash_attn
    v_type = log.type_v or "f16"
    if fa is None:
        # Old llama.cpp defaulted to off; a quantized V cache proves it was on.
        fa = v_type not in ("f16", "bf16", "f32")
        assumed = "log.flash_attention_assumed_on" if fa else "log.flash_attention_assumed_off"
        notes.append(Note.of(assumed))
    if log.type_k is None:
        notes.append(Note.of("log.kv_type_assumed_f16"))
    gpus = log.gpu_buffer_devices
    n_gpus = len(gpus)
    if n_gpus == 0 and log.gpu_layers:
        n_gpus = max(1, len(log.ollama.layers_split) if log.ollama else 1)
    kv_offload = log.kv_offload
    if kv_offload is None:
        per_kv = log.buffers_mib["kv_buffers_mib"]
        kv_on_gpu = any(_gpu_index(d) is not None for d in per_kv)
        kv_offload = not (n_gpus and per_kv and not kv_on_gpu)
    try:
        workload = Workload(
            runtime="llama.cpp",
            context_tokens=ctx,
            batch=n_seq,
            kv_cache_type=log.type_k or "f16",
            kv_cache_type_v=v_type,
            flash_attention="on" if fa else "off",
            ubatch_tokens=min(log.n_ubatch or 512, log.n_batch or 1 << 16),
            mmap=True if log.mmap is None else log.mmap,
            kv_offload=kv_offload,
        )
    except SpecError as e:
        raise RunLogError("runlog.settings_unusable", detail=e) from e
    gpu_layers = log.gpu_layers
    if gpu_layers is None and log.repeating_layers_offloaded is not None:
        gpu_layers = log.repeating_layers_offloaded
    output_on_cpu = False
    if n_gpus == 0:
        gpu_layers = 0
    elif gpu_layers is None:
        gpu_layers = spec.n_layers + 1
        notes.append(Note.of("log.layers_assumed_all"))
    elif _old_ngl(log) and 0 < gpu_layers <= spec.n_layers:
        # The old -ngl: the last N repeating layers on the GPU, the output layer on the CPU.
        # source: llama.cpp before PR #18148 (2025-12), i_gpu_start = n_layer - n_gpu_layers
        # and the output layer offloaded only when n_gpu_layers > n_layer
        gpu_layers += 1
        output_on_cpu = True
    if log.ollama is not None and log.n_ctx and n_seq > 1:
        # written with thousands separators (32,768), as llama.cpp prints it
        notes.append(Note.of("log.ollama_shared_context", context=f"{log.n_ctx:,}", count=n_seq))
    return RunSetup(
        spec=spec,
        fmt=fmt,
        workload=workload,
        n_gpus=n_gpus,
        gpu_layers=gpu_layers,
        gpu_split=_split(log, gpus),
        output_on_cpu=output_on_cpu,
        notes=tuple(notes),
    )
