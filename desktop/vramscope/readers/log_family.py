"""Which program wrote a load log, and when: the family and era from the log's own markers.

llama.cpp renamed the functions that print a model load several times; each name dates a log
to a span of months even when no build number or timestamp survives. Programs built on
llama.cpp (Ollama, llama-cpp-python, LLamaSharp, KoboldCpp, LM Studio) add lines of their own.
The era selects the semantics a comparison must apply (``-ngl`` counting, DeepSeek's MLA
cache, CPU repack buffers, the mapped-buffer size): see ``app.log_era``.

Only linear patterns on a bounded head of the text; standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["BUILD_MONTHS", "ERAS", "LogFamily", "build_months", "detect_family"]

# The head searched for markers: the model load is near the start of what a user pastes, and
# a bounded head keeps detection cheap on a 20 MB log.
_HEAD_CHARS = 2_000_000

# Function-name eras of llama.cpp's load output, oldest first: (era id, first month, last
# month, marker). A log carries the newest era whose marker it shows.
# source: llama.cpp history: GGUF (PR #2398, 2023-08-21) replaced llama_model_load_internal
# with llm_load_*; ggml-backend (PR #4766, 2024-01-12) replaced "VRAM used" / "mem required"
# with per-buffer "buffer size" lines; the llama_model refactor (January 2025) renamed
# llm_load_print_meta / llm_load_tensors / llama_new_context_with_model to print_info /
# load_tensors / llama_init_from_model; the llama_context refactor (PR #12181, 2025-03-13)
# renamed the latter "llama_context:"; 2026 builds print the graph reservation as
# "sched_reserve:". A name still printed today bounds only the first month ("" = open).
# Listed so that the last era whose marker a log shows is its era: a late-2023 log prints
# "llm_load_tensors:" too, but only it prints "VRAM used:"; a GGML-file log prints "mem
# required" under llama_model_load_internal; every 2025 log prints "print_info:".
ERAS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("2024", "2024-01", "2025-01", ("llm_load_print_meta:", "llm_load_tensors:",
                                    "llama_new_context_with_model:")),
    ("gguf-2023", "2023-08", "2024-01", ("VRAM used:", "mem required", "system memory used",
                                         "VRAM kv self", "VRAM scratch buffer")),
    ("ggml-2023", "2023-03", "2023-08", ("llama_model_load_internal:",)),
    ("2025+", "2025-01", "", ("print_info:",)),
    ("2025-q1", "2025-01", "2025-03", ("llama_init_from_model:",)),
    ("2025-03+", "2025-03", "", ("llama_context:",)),
    ("2026", "2026-01", "", ("sched_reserve:",)),
)  # fmt: skip

# llama.cpp build numbers (one per commit on master) and the month a run of that build was
# logged: between two anchors a build dates to their span; past the last, to "that month or
# later". source: each log's seed (time(NULL) at start) or its thread's date:
# b1415 2023-10 (ggml-org/llama.cpp issue #3750, seed 1698088180), b1550 2023-11
# (abetlen/llama-cpp-python issue #948, seed 1700951976), b2694 2024-04 (llama.cpp PR #6745,
# seed 1713530096), b3457 2024-07 (llama.cpp issue #8650, seed 1721901236), b4202 2024-11
# (llama.cpp issue #10560, 2024-11-28), b6448 2025-09 (llama.cpp issue #15946).
BUILD_MONTHS: tuple[tuple[int, str], ...] = (
    (1415, "2023-10"),
    (1550, "2023-11"),
    (2694, "2024-04"),
    (3457, "2024-07"),
    (4202, "2024-11"),
    (6448, "2025-09"),
)


def build_months(build: int) -> tuple[str, str]:
    """The first and last month a llama.cpp build can date from ("" when unbounded)."""
    first, last = "", ""
    for number, month in BUILD_MONTHS:
        if number <= build:
            first = month
        elif not last:
            last = month
    return first, last


_BUILD = re.compile(r"\bbuild(?: =|:) {0,4}(\d{1,6}) \(([0-9a-f]{4,12})\)")
_VERSION = re.compile(r"\bversion: (\d{1,6}) \(([0-9a-f]{4,12})\)")
_DATE = re.compile(r"\b(20[12]\d)-([01]\d)-([0-3]\d)[T ]\d\d:\d\d")
_OLLAMA_VERSION = re.compile(r"\bversion=\"?(\d{1,3}\.\d{1,3}\.\d{1,3})")
_CONTAINER = re.compile(r"^ollama[\w.-]{0,40} {0,8}\| ", re.M)
_GO_SLOG = re.compile(r"level=\w{1,8} source=[\w.-]{1,40}\.go:\d")
_LM_STUDIO = re.compile(
    r"^\[?\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\]?\s?\[(?:DEBUG|INFO|WARN|ERROR)\]", re.M
)


@dataclass(frozen=True, slots=True)
class LogFamily:
    """The program that wrote a log and when.

    ``family``: ``llama.cpp``, ``ollama``, ``llama-cpp-python``, ``llamasharp``, ``koboldcpp``
    or ``lm studio``; ``source`` is the coarser name RunLog always had (llama.cpp, ollama,
    lm studio). ``runner`` tells Ollama's two runners apart (``llama.cpp`` or ``ollama
    engine``). ``era`` is the function-name era (``ERAS``); ``first_month`` / ``last_month``
    bound when the log was written (``YYYY-MM``), narrowed by a timestamp when there is one.
    """

    family: str
    source: str
    runner: str = ""
    version: str = ""
    build: int | None = None
    era: str = ""
    first_month: str = ""
    last_month: str = ""
    date: str = ""

    def before(self, month: str) -> bool | None:
        """True when the log was surely written before ``month`` (YYYY-MM), False when surely
        not, None when its era straddles it."""
        if self.date:
            return self.date[:7] < month
        if self.last_month and self.last_month < month:
            return True
        if self.first_month and self.first_month >= month:
            return False
        return None


def detect_family(text: str) -> LogFamily:
    head = text[:_HEAD_CHARS]
    lower = head.lower()
    family, source, runner, version = "llama.cpp", "llama.cpp", "", ""
    if _CONTAINER.search(head) or ("ollama" in lower and ("msg=" in head or "ollama[" in head
                                   or ".ollama" in head)) or _GO_SLOG.search(head):  # fmt: skip
        family = source = "ollama"
        ollama_engine = 'msg="model weights"' in head or "ollamarunner" in head
        runner = (
            "ollama engine"
            if ollama_engine and "llama_model_loader:" not in head
            else ("llama.cpp")
        )
        if (m := _OLLAMA_VERSION.search(head)) is not None:
            version = m.group(1)
    elif "llamasharp" in lower or "llama.native" in lower or "NativeLibraryConfig" in head:
        family = "llamasharp"
    elif "koboldcpp" in lower:
        family = "koboldcpp"
    elif (
        "llama_cpp" in head
        or "llama-cpp-python" in lower
        or "Model metadata: {" in head
        or "Available chat formats from metadata" in head
    ):
        family = "llama-cpp-python"
    elif _LM_STUDIO.search(head) or "lm studio" in lower or "lmstudio" in lower:
        family = source = "lm studio"
    build = None
    if family != "ollama":  # Ollama's vendored llama.cpp prints build=0 or 1
        m = _BUILD.search(head) or _VERSION.search(head)
        if m is not None and int(m.group(1)) > 1:
            build = int(m.group(1))
    era, first, last = "", "", ""
    for name, lo, hi, markers in ERAS:
        if any(mk in head for mk in markers):
            era, first, last = name, lo, hi
    if build is not None:
        # the build narrows the era's months (never widens them)
        b_first, b_last = build_months(build)
        first = max(first, b_first)
        last = min(last, b_last) if last and b_last else (last or b_last)
    date = ""
    if (m := _DATE.search(head)) is not None and "2023" <= m.group(1) <= "2030":
        date = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return LogFamily(family, source, runner, version, build, era, first, last, date)
