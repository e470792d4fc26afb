"""Read a vLLM start-up log: the setup it ran and the memory it profiled, V0 and V1.

vLLM prints its memory split while it starts: the weights, the activation peak of a profiling
forward pass, the memory that grew outside PyTorch ("non-torch": NCCL buffers, cuBLAS
workspaces) and the KV cache it made from what was left of ``gpu_memory_utilization`` x the
GPU's memory. The wording changed with almost every release; the ones read here:

=====================  =====================================================================
engine / release       lines
=====================  =====================================================================
V0 0.3-0.6.3           ``Loading model weights took 14.9888 GB`` (model_runner.py: GiB printed
                       as "GB", MiB as "MB"), ``# GPU blocks: 1952, # CPU blocks: 2048``
V0 0.6.3-0.6.4         ``Memory profiling results: total_gpu_memory=23.58GiB ...
                       peak_torch_memory=17.06GiB ... non_torch_memory=0.35GiB
                       kv_cache_size=3.81GiB gpu_memory_utilization=0.90`` (one line)
V0 0.6.5               ``Memory profiling results:`` then one line per figure (``model weights
                       take 14.96GiB``, ``non_torch_memory 1.79GiB``, ``PyTorch activation
                       peak memory 1.26GiB``, ``available_kv_cache_memory 53.29GiB``)
V0 0.7-0.10            ``the current vLLM instance can use total_gpu_memory (79.19GiB) x
                       gpu_memory_utilization (0.80) = 63.35GiB``, ``model weights take
                       1.12GiB; non_torch_memory takes 0.16GiB; PyTorch activation peak memory
                       takes 0.23GiB; the rest of the memory reserved for KV Cache is
                       61.84GiB.``, ``# cuda blocks: 36184``
V1                     ``Model loading took 15.26 GiB``, ``Available KV cache memory: 6.51
                       GiB``, ``GPU KV cache size: 42,656 tokens`` (``# GPU blocks: 1381``
                       before Feb 2025), ``Estimated CUDA graph memory: 0.36 GiB total``;
                       at DEBUG level (0.9+) ``Requested memory: 0.90 (util), 21.21 GiB``
                       and ``torch peak memory increase: 1.40GiB; non-torch forward increase
                       memory: 0.02GiB; weights memory: 8.80GiB``
=====================  =====================================================================

The setup comes from the engine's config line (``Initializing a V1 LLM engine (v0.8.3) with
config: model='...', dtype=torch.bfloat16, max_seq_len=..., tensor_parallel_size=...``), the
``non-default args: {...}`` line, a ``vllm serve`` command line pasted with the log, and the
``Maximum concurrency for N tokens per request`` line (N is max_model_len).

Every figure is per GPU: with tensor parallelism each worker prints its own (the first one
printed is kept) and holds 1/tp of the weights and of the KV heads.

The text is the user's and treated as hostile: bounded size and line length, linear regular
expressions only, numbers range-checked; a failure is one :class:`RunLogError`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from vramscope.core.notes import Note
from vramscope.core.units import GIB, MIB

from .runlog import MAX_LOG_CHARS, RunLogError

__all__ = ["VLLM_DEFAULT_BLOCK_TOKENS", "VllmLog", "looks_like_vllm", "parse_vllm_log"]

# vLLM's config line with a long compilation_config runs to a few kB; beyond this a line is
# garbage and only its start is read.
MAX_LINE_CHARS = 65_536
# Tokens per KV block when the log does not say. source: vllm/config.py CacheConfig
# (block_size default 16 on CUDA)
VLLM_DEFAULT_BLOCK_TOKENS = 16
# Plausibility bounds: beyond these a number is corruption, not a setup.
_MAX_BYTES = 1 << 50  # 1 PiB on one GPU
_MAX_TOKENS = 1 << 34
_MAX_GPUS = 4096
# At most this many unrecognised memory lines are kept as examples.
_MAX_UNREAD = 3
# Lines read at most: a start-up log has a few hundred that matter, all near its start (the
# first value of each figure wins); a server's request log after it can run to millions.
_MAX_LINES_READ = 50_000
# Lines of one "\\"-continued shell command joined at most.
_MAX_CONTINUED = 64

# ---- markers: a vLLM log, and the engine generation ------------------------------------------
_VLLM_MARKERS = re.compile(
    r"Loading model weights took|Model loading took|# ?(?:GPU|CUDA|cuda) blocks:"
    r"|GPU KV cache size:|Available KV cache memory|Memory profiling results"
    r"|non_torch_memory|LLM engine \(v|LLM engine with config|vllm serve|vllm\.entrypoints"
    r"|EngineCore|VllmWorkerProcess"
)
# llama.cpp family lines: a log holding these is not vLLM's, whatever it quotes.
_LLAMACPP_MARKERS = re.compile(
    r"llama_model_loader:|llm_load_tensors:|load_tensors:|print_info:|llm_load_print_meta:"
    r"|llama_context:|llama_new_context_with_model:|llama_kv_cache"
)
_V1_MARKERS = re.compile(
    r"V1 LLM engine|EngineCore|gpu_model_runner\.py|VLLM_USE_V1=1|Model loading took"
    r"|GPU KV cache size:|Available KV cache memory|gpu_worker\.py|Worker_TP\d"
)
_V0_MARKERS = re.compile(
    r"V0 LLM engine|Initializing an LLM engine|[^_]model_runner\.py|\bworker\.py|executor_base\.py"
    r"|# CPU blocks|VllmWorkerProcess|Memory profiling results"
)

# ---- the setup ---------------------------------------------------------------------------
_CONFIG = re.compile(
    r"Initializing an? (?:(V[01]) )?LLM engine(?: \(v?([^)\s]{1,60})\))? with config: (.*)$"
)
_ENGINE_ARGS = re.compile(r"(?:Engine args|EngineArgs)\s*:\s*\w*\((.*)$")
_NON_DEFAULT = re.compile(r"non-default args: \{(.*)\}")
# key=value pairs of a config line: a quoted value or anything up to the next comma
_CONFIG_PAIR = re.compile(r"(\w{1,60})=('[^']{0,4096}'|[^,]{0,200})")
_DICT_PAIR = re.compile(r"'(\w{1,60})': ('[^']{0,4096}'|[^,}]{0,200})")
_SERVE = re.compile(r"(?:vllm serve|vllm\.entrypoints\.\S{1,60})\s+(.*)$")
_FLAG = re.compile(r"(--?[\w-]{1,60})(?:=|\s+)('[^']{0,4096}'|\"[^\"]{0,4096}\"|[^\s-]\S{0,4096})")
_MAX_CONCURRENCY = re.compile(
    r"Maximum concurrency for ([\d,]{1,15}) tokens per request: ([\d.]{1,15})x"
)
_MAX_SEQ_LEN_ERR = re.compile(r"max seq len \((\d{1,12})\)")
_USING_MAX_LEN = re.compile(r"Using max model len (\d{1,12})")
_CHUNKED = re.compile(r"Chunked prefill is enabled with max_num_batched_tokens=(\d{1,12})")
_START_LOAD = re.compile(r"Starting to load model (\S{1,1000}?)(?:\.\.\.|$)")
_ARCH = re.compile(r"Resolved architecture: (\w{1,100})")
_BUDGET = re.compile(
    r"the current vLLM instance can use\s+(?:total_gpu_memory.*=\s*)?"
    + r"(-?\d{1,9}(?:\.\d{1,6})?)\s*GiB"
)
_UTIL_FLAG = re.compile(r"--gpu-memory-utilization[= ]([\d.]{1,10})")

# ---- the memory figures (GiB unless the line says otherwise) ------------------------------
_NUM = r"(-?\d{1,9}(?:\.\d{1,6})?)"
_WEIGHTS_V0 = re.compile(r"Loading model weights took " + _NUM + r" ?(GB|MB|GiB|MiB)")
_WEIGHTS_V1 = re.compile(r"Model loading took " + _NUM + r" ?(GiB|GB|MiB|MB)")
_TOTAL = re.compile(r"total_gpu_memory\s*(?:\(|=|\s)\s*" + _NUM + r"\s*GiB")
_UTIL = re.compile(r"gpu_memory_utilization\s*(?:\(|=|\s)\s*([\d.]{1,10})")
_PROFILE_PAIR = re.compile(r"(\w{1,40})=" + _NUM + r"GiB")
_TABLE_WEIGHTS = re.compile(r"model weights take\s+" + _NUM + r"\s*GiB")
_NON_TORCH = re.compile(r"non_torch_memory\s+(?:takes\s+)?" + _NUM + r"\s*GiB")
_ACT_PEAK = re.compile(r"PyTorch activation peak memory\s+(?:takes\s+)?" + _NUM + r"\s*GiB")
_KV_TABLE = re.compile(r"available_kv_cache_memory\s+" + _NUM + r"\s*GiB")
_KV_REST = re.compile(r"the rest of the memory reserved for KV Cache is\s+" + _NUM + r"\s*GiB")
_KV_V1 = re.compile(r"Available KV cache memory:\s*" + _NUM + r"\s*GiB")
_KV_TOKENS = re.compile(r"GPU KV cache size:\s*([\d,]{1,20}) tokens")
_BLOCKS = re.compile(r"(?:#\s*)?(?:GPU|CUDA|cuda) blocks:\s*([\d,]{1,15})")
_GRAPHS = re.compile(r"Graph capturing finished in [\d.]{1,10} secs?, took " + _NUM + r" GiB")
_GRAPHS_EST = re.compile(r"Estimated CUDA graph memory:\s*" + _NUM + r" GiB")
# a line that talks about memory: listed as unread when no pattern above took it
# V1 (0.9+) at DEBUG level: vllm/utils MemoryProfilingResult.__repr__ and gpu_worker.py
_V1_PEAK = re.compile(r"torch peak memory increase:\s*" + _NUM + r"\s*GiB")
_V1_NON_TORCH = re.compile(r"non-torch forward increase memory:\s*" + _NUM + r"\s*GiB")
_V1_WEIGHTS = re.compile(r"[Ww]eights memory:\s*" + _NUM + r"\s*GiB")
_V1_REQUESTED = re.compile(r"Requested memory:\s*([\d.]{1,10}) \(util\),\s*" + _NUM + r"\s*GiB")
_V1_FREE = re.compile(r"Initial free memory:|Free memory after profiling:")
_MEMORY_WORDS = re.compile(r"\d\s*(?:GiB|GB|MiB)\b|blocks:|KV cache (?:memory|size)")

# Every line a pattern above reads holds one of these words: other lines are never looked at.
_TRIGGER = re.compile(
    r"took|config|args|vllm|entrypoints|GiB|GB|MiB|MB|blocks|tokens|max_model_len|max seq len"
    r"|max model len|Chunked|Starting to load|architecture|utilization|memory|KV cache"
)

_UNIT_BYTES = {"GiB": GIB, "GB": GIB, "MiB": MIB, "MB": MIB}


@dataclass(frozen=True, slots=True)
class VllmLog:
    """What one vLLM start-up printed. Byte counts are per GPU; fields not shown are None."""

    engine: str = ""  # "v0", "v1" or "" (unknown)
    # which memory lines the log has: "weights_only", "profiling_results" (0.6.3-0.6.4),
    # "profiling_table" (0.6.5), "profiling_sentence" (0.7-0.10), "v1"
    memory_format: str = ""
    version: str = ""
    model: str = ""
    architecture: str = ""
    dtype: str = ""
    quantization: str = ""
    kv_cache_dtype: str = ""
    max_model_len: int | None = None
    tensor_parallel_size: int | None = None
    pipeline_parallel_size: int | None = None
    gpu_memory_utilization: float | None = None
    max_num_seqs: int | None = None
    max_num_batched_tokens: int | None = None
    block_size: int | None = None
    total_gpu_memory_bytes: int | None = None
    # total x gpu_memory_utilization, as the 0.6.5-0.10 profiler states it
    budget_bytes: int | None = None
    weights_bytes: int | None = None
    # the 0.6.3-0.6.4 line states torch's peak with the weights in it
    peak_torch_bytes: int | None = None
    activation_peak_bytes: int | None = None
    non_torch_bytes: int | None = None
    kv_cache_bytes: int | None = None
    gpu_blocks: int | None = None
    kv_cache_tokens_logged: int | None = None
    cuda_graph_bytes: int | None = None
    max_concurrency: float | None = None
    # lines mentioning memory that no pattern read (a format this reader does not know)
    unread_lines: tuple[str, ...] = ()
    notes: tuple[Note, ...] = field(default=(), compare=False)

    @property
    def activation_bytes(self) -> int | None:
        """The profiled activation peak: stated, or torch's peak minus the weights."""
        if self.activation_peak_bytes is not None:
            return self.activation_peak_bytes
        if self.peak_torch_bytes is not None and self.weights_bytes is not None:
            return max(self.peak_torch_bytes - self.weights_bytes, 0)
        return None

    @property
    def kv_cache_tokens(self) -> int | None:
        """Tokens the KV cache holds: stated (V1), or blocks x block size."""
        if self.kv_cache_tokens_logged is not None:
            return self.kv_cache_tokens_logged
        if self.gpu_blocks is not None:
            return self.gpu_blocks * (self.block_size or VLLM_DEFAULT_BLOCK_TOKENS)
        return None

    @property
    def has_memory(self) -> bool:
        return any(
            v is not None
            for v in (
                self.weights_bytes,
                self.activation_bytes,
                self.non_torch_bytes,
                self.kv_cache_bytes,
                self.kv_cache_tokens,
            )
        )


def looks_like_vllm(text: str) -> bool:
    """True when ``text`` holds vLLM's start-up lines and no llama.cpp load lines."""
    head = text[:MAX_LOG_CHARS]
    return bool(_VLLM_MARKERS.search(head)) and not _LLAMACPP_MARKERS.search(head)


def _clip(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


class _Reader:
    def __init__(self) -> None:
        self.v: dict[str, object] = {}
        self.unread: list[str] = []
        self.unread_count = 0
        self.capped = False

    def set(self, key: str, value: object) -> None:
        # the first value wins: tensor-parallel workers repeat rank 0's lines
        if value is not None and value != "" and key not in self.v:
            self.v[key] = value

    def bytes_of(self, key: str, number: str, unit: str = "GiB") -> None:
        value = float(number)
        size = round(value * _UNIT_BYTES[unit])
        if not -_MAX_BYTES < size < _MAX_BYTES:
            raise RunLogError("runlog.implausible_size", value=_clip(number, 20))
        self.set(key, size)

    def int_of(self, key: str, text: str, limit: int = _MAX_TOKENS) -> None:
        digits = text.replace(",", "").strip().strip("'\"")
        if not digits.isdigit():
            return
        value = int(digits)
        if not 0 < value <= limit:
            raise RunLogError("runlog.implausible_value", key=key, value=_clip(text, 20))
        self.set(key, value)

    def util_of(self, text: str) -> None:
        try:
            value = float(text.strip().strip("'\""))
        except ValueError:
            return
        if not 0.0 < value <= 1.0:
            raise RunLogError(
                "runlog.implausible_value", key="gpu_memory_utilization", value=_clip(text, 20)
            )
        self.set("gpu_memory_utilization", value)

    def setting(self, key: str, raw: str) -> None:
        """One setting from the config line, the non-default args or the command line."""
        value = raw.strip().strip("'\"")
        key = key.lstrip("-").replace("-", "_")
        if key in ("model", "model_tag"):
            self.set("model", value)
        elif key in ("max_seq_len", "max_model_len"):
            self.int_of("max_model_len", value)
        elif key in ("tensor_parallel_size", "tp"):
            self.int_of("tensor_parallel_size", value, _MAX_GPUS)
        elif key in ("pipeline_parallel_size", "pp"):
            self.int_of("pipeline_parallel_size", value, _MAX_GPUS)
        elif key == "gpu_memory_utilization":
            self.util_of(value)
        elif key == "max_num_seqs":
            self.int_of("max_num_seqs", value, 1 << 20)
        elif key == "max_num_batched_tokens":
            self.int_of("max_num_batched_tokens", value)
        elif key == "block_size":
            self.int_of("block_size", value, 1 << 16)
        elif key == "dtype":
            self.set("dtype", value.removeprefix("torch."))
        elif key == "quantization" and value not in ("None", "none"):
            self.set("quantization", value)
        elif key == "kv_cache_dtype":
            self.set("kv_cache_dtype", value)

    def command(self, args: str) -> None:
        """A ``vllm serve MODEL --flag value ...`` line (continuations already joined)."""
        first = args.split(maxsplit=1)
        if first and not first[0].startswith("-"):
            self.set("model", first[0].strip("'\""))
        for m in _FLAG.finditer(args):
            self.setting(m.group(1), m.group(2))

    def line(self, line: str) -> None:
        read = False
        if m := _CONFIG.search(line):
            read = True
            self.set("engine_stated", (m.group(1) or "").lower())
            self.set("version", m.group(2) or "")
            for pair in _CONFIG_PAIR.finditer(m.group(3)):
                self.setting(pair.group(1), pair.group(2))
        elif m := _ENGINE_ARGS.search(line):
            read = True
            for pair in _CONFIG_PAIR.finditer(m.group(1)):
                self.setting(pair.group(1), pair.group(2))
        elif m := _NON_DEFAULT.search(line):
            read = True
            for pair in _DICT_PAIR.finditer(m.group(1)):
                self.setting(pair.group(1), pair.group(2))
        elif m := _SERVE.search(line):
            read = True
            self.command(m.group(1))
        if (m := _WEIGHTS_V1.search(line)) or (m := _WEIGHTS_V0.search(line)):
            read = True
            self.bytes_of("weights_bytes", m.group(1), m.group(2))
        if "Memory profiling results:" in line and "=" in line:
            read = True
            self.set("memory_format", "profiling_results")
            for pair in _PROFILE_PAIR.finditer(line):
                key = {
                    "total_gpu_memory": "total_gpu_memory_bytes",
                    "peak_torch_memory": "peak_torch_bytes",
                    "non_torch_memory": "non_torch_bytes",
                    "kv_cache_size": "kv_cache_bytes",
                }.get(pair.group(1))
                if key:
                    self.bytes_of(key, pair.group(2))
            if m := _UTIL.search(line):
                self.util_of(m.group(1))
        else:
            read |= self.profile_line(line)
        for pattern, key in (
            (_KV_V1, "kv_cache_bytes"),
            (_GRAPHS, "cuda_graph_bytes"),
            (_GRAPHS_EST, "cuda_graph_bytes"),
        ):
            if m := pattern.search(line):
                read = True
                self.bytes_of(key, m.group(1))
        if m := _KV_TOKENS.search(line):
            read = True
            self.int_of("kv_cache_tokens_logged", m.group(1))
        elif m := _BLOCKS.search(line):
            read = True
            self.int_of("gpu_blocks", m.group(1))
        if m := _MAX_CONCURRENCY.search(line):
            read = True
            self.int_of("max_model_len", m.group(1))
            self.set("max_concurrency", float(m.group(2)))
        for pattern, key in (
            (_USING_MAX_LEN, "max_model_len"),
            (_MAX_SEQ_LEN_ERR, "max_model_len"),
            (_CHUNKED, "max_num_batched_tokens"),
        ):
            if m := pattern.search(line):
                read = True
                self.int_of(key, m.group(1))
        if m := _START_LOAD.search(line):
            read = True
            self.set("model", m.group(1).rstrip("."))
        if m := _ARCH.search(line):
            read = True
            self.set("architecture", m.group(1))
        if m := _UTIL_FLAG.search(line):
            read = True
            self.util_of(m.group(1))
        if not read and _MEMORY_WORDS.search(line):
            self.unread_count += 1
            if len(self.unread) < _MAX_UNREAD:
                self.unread.append(_clip(line, 120))

    def profile_line(self, line: str) -> bool:
        """The 0.6.5 table and the 0.7-0.10 sentence: one figure per pattern."""
        read = False
        if m := _BUDGET.search(line):
            read = True
            self.bytes_of("budget_bytes", m.group(1))
        if m := _TOTAL.search(line):
            read = True
            self.bytes_of("total_gpu_memory_bytes", m.group(1))
        if (m := _UTIL.search(line)) and "non-default args" not in line:
            read = True
            self.util_of(m.group(1))
        for pattern, key in (
            (_TABLE_WEIGHTS, "weights_bytes_profiled"),
            (_NON_TORCH, "non_torch_bytes"),
            (_ACT_PEAK, "activation_peak_bytes"),
            (_KV_TABLE, "kv_cache_bytes"),
            (_KV_REST, "kv_cache_bytes"),
            (_V1_PEAK, "activation_peak_bytes"),
            (_V1_NON_TORCH, "non_torch_bytes"),
            (_V1_WEIGHTS, "weights_bytes_profiled"),
        ):
            if m := pattern.search(line):
                read = True
                self.bytes_of(key, m.group(1))
                # the sentence holds every figure on one line; the table one per line; V1's
                # debug line is read as V1
                if "increase" not in line and "weights memory" not in line:
                    fmt = "profiling_sentence" if ";" in line else "profiling_table"
                    self.set("memory_format", fmt)
        if m := _V1_REQUESTED.search(line):
            read = True
            self.util_of(m.group(1))
            self.bytes_of("budget_bytes", m.group(2))
        read |= bool(_V1_FREE.search(line))
        return read


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _lines(text: str) -> Iterator[str]:
    """The log's lines that hold a word some pattern needs (found at C speed: a log of a
    million blank or unrelated lines costs one scan), each clipped; a ``\\``-continued shell
    command comes as one line."""
    at = 0
    while (m := _TRIGGER.search(text, at)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = _line_end(text, m.start())
        line = text[start : min(end, start + MAX_LINE_CHARS)]
        parts: list[str] = []
        # a shell command continued with "\" (vllm serve MODEL \ --flag value \ ...)
        while line.rstrip().endswith("\\") and len(parts) < _MAX_CONTINUED and end < len(text):
            parts.append(line.rstrip()[:-1])
            nxt = _line_end(text, end + 1)
            line = text[end + 1 : min(nxt, end + 1 + MAX_LINE_CHARS)]
            end = nxt
        yield " ".join([*parts, line])[:MAX_LINE_CHARS]
        at = end + 1


def parse_vllm_log(text: str | bytes) -> VllmLog:
    """Read a vLLM start-up log (pasted or from a file).

    Raises :class:`RunLogError` (one line) when the text is too large, is not text, holds no
    vLLM memory lines or shows implausible numbers; never another exception.
    """
    try:
        return _parse(text)
    except RunLogError:
        raise
    except (ValueError, TypeError, OverflowError, MemoryError) as e:
        raise RunLogError("runlog.unreadable", error=_clip(str(e) or type(e).__name__)) from e


def _parse(text: str | bytes) -> VllmLog:
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    if not isinstance(text, str):
        raise RunLogError("runlog.not_text", type=type(text).__name__)
    if len(text) > MAX_LOG_CHARS:
        raise RunLogError(
            "runlog.too_big", size=f"{len(text) / 1e6:.0f}", limit=MAX_LOG_CHARS // 1_000_000
        )
    r = _Reader()
    for n, line in enumerate(_lines(text)):
        if n >= _MAX_LINES_READ:
            r.capped = True
            break
        r.line(line)
    v = r.v
    # the 0.6.5+ profiler restates the weights; the load line's figure is kept when both exist
    if "weights_bytes" not in v and "weights_bytes_profiled" in v:
        v["weights_bytes"] = v["weights_bytes_profiled"]
    v.pop("weights_bytes_profiled", None)
    engine = "v1" if _V1_MARKERS.search(text) else "v0" if _V0_MARKERS.search(text) else ""
    engine = str(v.pop("engine_stated", "")) or engine
    fmt = str(v.pop("memory_format", "")) or ("v1" if engine == "v1" else "")
    if not fmt and "weights_bytes" in v:
        fmt = "weights_only"
    notes: list[Note] = []
    if r.capped:
        notes.append(Note.of("log.vllm_lines_capped", count=_MAX_LINES_READ))
    if r.unread_count:
        notes.append(Note.of("log.vllm_unread_lines", count=r.unread_count, line=r.unread[0]))
    log = VllmLog(
        engine=engine,
        memory_format=fmt,
        unread_lines=tuple(r.unread),
        notes=tuple(notes),
        **v,  # type: ignore[arg-type]
    )
    if not log.has_memory:
        if r.unread:
            # a vLLM log in a wording this reader does not know: say which lines
            raise RunLogError("vllm.unrecognised_lines", count=r.unread_count, line=r.unread[0])
        raise RunLogError("vllm.no_memory_lines")
    return log
