"""Sentences about which program and era wrote a load log, what the reader skipped, and the
differences a comparison owes to the log's llama.cpp version rather than to the estimate.

``log.*`` come from ``readers.runlog`` and ``app.checks``; ``era.*`` from ``app.log_era``.
{family} is a program's name (llama.cpp, ollama, llama-cpp-python ...), {first} / {last}
months as 2024-01, {examples} quoted log lines, sizes ({..._bytes}) formatted by render().
"""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, register

__all__ = ["CONTEXT"]

CONTEXT = "Checks"

# Literal contexts in every call below: lupdate reads them as written.
register(
    CONTEXT,
    {
        # readers.runlog: hostile or unknown text
        "runlog.no_load_lines_seen": QT_TRANSLATE_NOOP(
            "Checks",
            "no llama.cpp load lines found in {lines} lines (is this a llama.cpp / Ollama "
            "log?); not recognised: {examples}",
        ),
        "runlog.no_load_lines_long": QT_TRANSLATE_NOOP(
            "Checks",
            "no llama.cpp load lines found in {lines} lines (is this a llama.cpp / Ollama "
            "log?); {long} longer than {limit} characters were skipped; not recognised: "
            "{examples}",
        ),
        "log.long_lines_skipped": QT_TRANSLATE_NOOP(
            "Checks", "{count} lines longer than {limit} characters were skipped"
        ),
        "log.lines_capped": QT_TRANSLATE_NOOP("Checks", "only the first {limit} lines were read"),
        # readers.runlog: the program and the era of its llama.cpp
        "log.origin": QT_TRANSLATE_NOOP(
            "Checks", "written by {family}; llama.cpp output of {first} to {last}"
        ),
        "log.origin_build": QT_TRANSLATE_NOOP(
            "Checks", "written by {family}, llama.cpp build {build}; output of {first} to {last}"
        ),
        "log.origin_since": QT_TRANSLATE_NOOP(
            "Checks", "written by {family}; llama.cpp output of {first} or later"
        ),
        "log.origin_build_since": QT_TRANSLATE_NOOP(
            "Checks", "written by {family}, llama.cpp build {build}; output of {first} or later"
        ),
        "log.old_totals": QT_TRANSLATE_NOOP(
            "Checks",
            "this build printed totals, not buffers: what it used on the GPU is compared on "
            "the first GPU",
        ),
        # app.checks: partial logs
        "log.missing_model": QT_TRANSLATE_NOOP(
            "Checks", "the log shows no model (weights) buffers; only what it shows is compared"
        ),
        "log.missing_kv": QT_TRANSLATE_NOOP(
            "Checks", "the log shows no KV cache buffers; only what it shows is compared"
        ),
        "log.missing_compute": QT_TRANSLATE_NOOP(
            "Checks", "the log shows no compute buffers; only what it shows is compared"
        ),
        "log.model_matched_shape": QT_TRANSLATE_NOOP(
            "Checks", "the model's shape in the log matches {model} in the catalog"
        ),
        "log.context_assumed": QT_TRANSLATE_NOOP(
            "Checks",
            "the log does not show the context; the weights it shows do not depend on it "
            "(estimated at {context_tokens})",
        ),
        "log.model_matched_name": QT_TRANSLATE_NOOP(
            "Checks", "the log names {model}, taken from the catalog"
        ),
        # app.log_era: differences owed to the log's llama.cpp version
        "era.ngl_output_on_cpu": QT_TRANSLATE_NOOP(
            "Checks",
            "this build kept the output layer ({output_bytes}) on the CPU with -ngl {layers}; "
            "today's llama.cpp offloads it first, so the estimate follows the old placement",
        ),
        "era.mla_full_kv": QT_TRANSLATE_NOOP(
            "Checks",
            "this build stored DeepSeek's full K/V: {logged_bytes}; today's llama.cpp needs "
            "{today_bytes}",
        ),
        "era.no_repack": QT_TRANSLATE_NOOP(
            "Checks",
            "this build had no CPU repack buffers; the estimate's {repacked_bytes} repacked "
            "copy is left out",
        ),
        "era.mapped_whole_file": QT_TRANSLATE_NOOP(
            "Checks",
            "this build printed the whole mapped file ({file_bytes}) as the CPU buffer; the "
            "CPU layers hold {cpu_bytes}",
        ),
    },
)
