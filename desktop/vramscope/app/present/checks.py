"""Sentences of "Check a real run": the load log's notes and the comparison's summary.

``log.*`` notes say what a llama.cpp / Ollama load log skipped or left unsaid (and what was
assumed instead); ``compare.*`` summary notes say how the estimate lines up with the buffers
the log shows, one sentence per device. :func:`comparison_summary` renders the latter: the
error, the gap and the term's label are formatted here, not in the core.
"""

from __future__ import annotations

from vramscope.core import Comparison, Note, ParamValue

from . import QT_TRANSLATE_NOOP, Translate, identity, register, render
from .terms import term_label

__all__ = ["CONTEXT", "SKIPPED_FILE", "comparison_summary", "summary_sentence"]

CONTEXT = "Checks"
# A saved check file that could not be read (app.checks.list_checks).
SKIPPED_FILE = "checks.skipped_file"
MIB = 1 << 20

# Literal contexts in every call below: lupdate reads them as written.
register(
    CONTEXT,
    {
        SKIPPED_FILE: QT_TRANSLATE_NOOP("Checks", "skipped {file}: {reason}"),
        # readers.runlog: reading the log
        "log.last_line_cut": QT_TRANSLATE_NOOP(
            "Checks", "the last line is cut off; it was skipped"
        ),
        "log.several_loads": QT_TRANSLATE_NOOP(
            "Checks", "the log holds {count} model loads; the first is used"
        ),
        # readers.runlog: settings the log does not show; {context} arrives as 32,768
        "log.flash_attention_assumed_on": QT_TRANSLATE_NOOP(
            "Checks", "flash attention is not in the log; assumed on"
        ),
        "log.flash_attention_assumed_off": QT_TRANSLATE_NOOP(
            "Checks", "flash attention is not in the log; assumed off"
        ),
        "log.kv_type_assumed_f16": QT_TRANSLATE_NOOP(
            "Checks", "the KV cache type is not in the log; assumed f16"
        ),
        "log.layers_assumed_all": QT_TRANSLATE_NOOP(
            "Checks", "the number of offloaded layers is not in the log; assumed all"
        ),
        "log.ollama_shared_context": QT_TRANSLATE_NOOP(
            "Checks", "Ollama's context of {context} tokens is shared by {count} sequences"
        ),
        # app.checks: only the end of a large log file was read (sizes in MB, as 25 and 20)
        "log.read_end": QT_TRANSLATE_NOOP("Checks", "the file is {size} MB; its last {limit} MB"),
        # readers.runlog and app.checks: why a log cannot be checked (RunLogError). {error}
        # is what Python said; {detail} the sentence of the error it wraps.
        "runlog.implausible_value": QT_TRANSLATE_NOOP(
            "Checks", "{key} = {value} in the log is implausible"
        ),
        "runlog.implausible_buffer": QT_TRANSLATE_NOOP(
            "Checks", "{device} {kind} buffer of {size} MiB in the log is implausible"
        ),
        "runlog.implausible_size": QT_TRANSLATE_NOOP(
            "Checks", "size {value} in the log is implausible"
        ),
        "runlog.implausible_ctx_size": QT_TRANSLATE_NOOP(
            "Checks", "--ctx-size {value} in the log is implausible"
        ),
        "runlog.unreadable": QT_TRANSLATE_NOOP("Checks", "could not read the log: {error}"),
        "runlog.not_text": QT_TRANSLATE_NOOP("Checks", "a log must be text, got {type}"),
        "runlog.not_text_file": QT_TRANSLATE_NOOP("Checks", "{file} is not a text file"),
        "runlog.too_big": QT_TRANSLATE_NOOP(
            "Checks",
            "the log is {size} MB; VRAMScope reads up to {limit} MB (paste the part from the "
            "model load on)",
        ),
        "runlog.no_load_lines": QT_TRANSLATE_NOOP(
            "Checks", "no llama.cpp load lines found (is this a llama.cpp / Ollama log?)"
        ),
        "runlog.no_file_type": QT_TRANSLATE_NOOP(
            "Checks",
            "the log does not say the file type; it needs print_info: file type or "
            "general.file_type",
        ),
        "runlog.unknown_file_type": QT_TRANSLATE_NOOP(
            "Checks",
            "the log's file type ({value}) is not one VRAMScope models; it needs print_info: "
            "file type or general.file_type",
        ),
        "runlog.lacks_model_fields": QT_TRANSLATE_NOOP(
            "Checks",
            "the log lacks the model's {fields} (print_info / llm_load_print_meta lines); "
            "paste the whole load log or choose the model",
        ),
        "runlog.no_model_shape": QT_TRANSLATE_NOOP(
            "Checks", "the log does not show the model's shape"
        ),
        "runlog.model_unusable": QT_TRANSLATE_NOOP(
            "Checks", "the model in the log cannot be modelled: {detail}"
        ),
        "runlog.no_context": QT_TRANSLATE_NOOP(
            "Checks", "the log lacks the context size (llama_context: n_ctx = ...)"
        ),
        "runlog.settings_unusable": QT_TRANSLATE_NOOP(
            "Checks", "the logged settings cannot be estimated: {detail}"
        ),
        # core.compare: the summary, one sentence per device. {error} is a percentage,
        # {gap} signed MiB (+12.3), {devices} the log's buffer types (CUDA0/CUDA_Host),
        # {device} the estimate's (gpu0), {runtime} llama.cpp.
        "compare.nothing": QT_TRANSLATE_NOOP(
            "Checks", "Nothing to compare: the log holds no buffer sizes {runtime} allocated."
        ),
        "compare.within": QT_TRANSLATE_NOOP(
            "Checks", "Estimate within {error} of what {runtime} allocated on {devices}."
        ),
        "compare.over": QT_TRANSLATE_NOOP(
            "Checks", "Estimate over by {error} on {devices} (largest gap: {term}, {gap} MiB)."
        ),
        "compare.under": QT_TRANSLATE_NOOP(
            "Checks", "Estimate under by {error} on {devices} (largest gap: {term}, {gap} MiB)."
        ),
        "compare.total_within": QT_TRANSLATE_NOOP(
            "Checks", "{device} total within {error} of the measured peak."
        ),
        # the error when nothing was logged to divide by
        "compare.not_available": QT_TRANSLATE_NOOP("Checks", "n/a"),
    },
)


def summary_sentence(note: Note, tr: Translate = identity) -> str:
    """One ``compare.*`` summary note as a sentence: the error to one decimal (logs print MiB
    to two, so whole percents would hide real gaps), the gap in MiB, the term's label."""
    args = note.args
    fields: dict[str, ParamValue] = {
        name: value
        for name, value in note.params
        if name not in ("error_fraction", "gap_bytes", "term")
    }
    error = args.get("error_fraction")
    fields["error"] = (
        f"{float(error) * 100:.1f}%"
        if isinstance(error, int | float)
        else render(Note.of("compare.not_available"), tr)
    )
    gap = args.get("gap_bytes")
    if isinstance(gap, int | float):
        fields["gap"] = f"{gap / MIB:+.1f}"
    term = args.get("term")
    if isinstance(term, str):
        fields["term"] = term_label(term, tr)
    return render(Note(note.code, tuple(fields.items())), tr)


def comparison_summary(comparison: Comparison, tr: Translate = identity) -> str:
    """The comparison's summary, one sentence per device, in the language ``tr`` gives."""
    return " ".join(summary_sentence(note, tr) for note in comparison.summary)
