"""Sentences of checking a vLLM start-up log (``readers.vllm_log``, ``app.vllm_check``).

``vllm.*`` notes say which model and settings were re-estimated, what the log left out, and
why a figure vLLM printed differs from the estimate's term for a reason that is vLLM's way of
counting (its release, what it profiled), not the estimate's. ``{model}`` and ``{line}`` arrive
as the log wrote them; ``{concurrency}`` is a plain number (1.56).
"""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, register

__all__ = ["CHECK_CONTEXT", "CONTEXT", "DEVICE_LABEL"]

CONTEXT = "VllmCheck"
# ``vramscope check LOG`` (app.check_report): why a log could not be compared, and what to pass
CHECK_CONTEXT = "CheckCommand"
# The log device of every vLLM row: the figures are what the first worker (rank 0) printed.
# A vLLM term, shown as written in every language.
DEVICE_LABEL = "rank 0"

# Literal contexts in every call below: lupdate reads them as written.
register(
    CONTEXT,
    {
        # readers.vllm_log
        "log.vllm_unread_lines": QT_TRANSLATE_NOOP(
            "VllmCheck", "{count} line(s) that mention memory were not recognised, e.g.: {line}"
        ),
        "log.vllm_lines_capped": QT_TRANSLATE_NOOP(
            "VllmCheck",
            "only the first {count} lines that mention vLLM's settings or memory were read",
        ),
        "vllm.no_memory_lines": QT_TRANSLATE_NOOP(
            "VllmCheck",
            "no vLLM memory lines found (Loading model weights took, Model loading took, "
            "Available KV cache memory, # GPU blocks)",
        ),
        "vllm.unrecognised_lines": QT_TRANSLATE_NOOP(
            "VllmCheck",
            "no vLLM memory line could be read; {count} line(s) mention memory in a wording "
            "VRAMScope does not know, e.g.: {line}",
        ),
        # app.vllm_check: the model and the settings
        "vllm.model_from_log": QT_TRANSLATE_NOOP(
            "VllmCheck", "the log's model {model} is the catalog's {name}"
        ),
        "vllm.model_by_numbers": QT_TRANSLATE_NOOP(
            "VllmCheck",
            "the log names no catalog model; {name} matches its KV cache ({kv_per_token} bytes "
            "per token per GPU) and its weights ({weights_bytes})",
        ),
        "vllm.model_by_numbers_same": QT_TRANSLATE_NOOP(
            "VllmCheck",
            "the log names no catalog model; {name} matches its KV cache ({kv_per_token} bytes "
            "per token per GPU) and its weights ({weights_bytes}), as do {others} of the same "
            "architecture",
        ),
        "vllm.model_ambiguous": QT_TRANSLATE_NOOP(
            "VllmCheck", "the log's numbers fit several catalog models ({names})"
        ),
        "vllm.model_unknown": QT_TRANSLATE_NOOP(
            "VllmCheck", "the log's model {model} is not in the catalog"
        ),
        "vllm.no_model": QT_TRANSLATE_NOOP("VllmCheck", "the log does not name the model"),
        "vllm.int8_as_fp8": QT_TRANSLATE_NOOP(
            "VllmCheck", "{model} holds 8-bit integer weights: estimated as fp8 (one byte each)"
        ),
        "vllm.dtype_assumed": QT_TRANSLATE_NOOP(
            "VllmCheck", "the log does not show the dtype; assumed bfloat16"
        ),
        "vllm.tp_assumed": QT_TRANSLATE_NOOP(
            "VllmCheck", "the log does not show tensor_parallel_size; assumed one GPU"
        ),
        "vllm.util_assumed": QT_TRANSLATE_NOOP(
            "VllmCheck",
            "the log does not show gpu_memory_utilization; assumed {utilization_fraction}",
        ),
        "vllm.context_assumed": QT_TRANSLATE_NOOP(
            "VllmCheck", "the log does not show max_model_len; assumed {context_tokens} tokens"
        ),
        "vllm.max_num_seqs_default": QT_TRANSLATE_NOOP(
            "VllmCheck",
            "max_num_seqs is not in the log (vLLM's default is {sequences}); the KV cache is "
            "compared at the size vLLM made it",
        ),
        # app.vllm_check: the KV cache
        "vllm.kv_per_token": QT_TRANSLATE_NOOP(
            "VllmCheck",
            "KV cache per token on one GPU: {logged_per_token} bytes in the log, "
            "{estimated_per_token} estimated",
        ),
        "vllm.kv_tokens_missing": QT_TRANSLATE_NOOP(
            "VllmCheck",
            "the log gives the KV cache ({kv_cache_bytes}) but not its tokens: at the estimate's "
            "size per token it holds {estimated_tokens} tokens; not compared",
        ),
        "vllm.kv_bytes_missing": QT_TRANSLATE_NOOP(
            "VllmCheck",
            "the log gives the KV cache in tokens ({kv_tokens}) but not in bytes; the estimate "
            "puts them at {estimated_bytes}; not compared",
        ),
        "vllm.kv_budget": QT_TRANSLATE_NOOP(
            "VllmCheck",
            "vLLM gave the KV cache what its budget left: {kv_tokens} tokens, {concurrency}× "
            "the max_model_len of {context_tokens} tokens",
        ),
        # app.vllm_check: what the log leaves out
        "vllm.missing_weights": QT_TRANSLATE_NOOP(
            "VllmCheck", "the log does not show the weights; not compared"
        ),
        "vllm.missing_activations": QT_TRANSLATE_NOOP(
            "VllmCheck", "the log does not show the activation peak; not compared"
        ),
        "vllm.missing_runtime_overhead": QT_TRANSLATE_NOOP(
            "VllmCheck", "the log does not show non-torch memory; not compared"
        ),
        # app.vllm_check: where vLLM counts differently from the estimate
        "vllm.activation_from_peak": QT_TRANSLATE_NOOP(
            "VllmCheck", "the activation peak is the log's peak_torch_memory minus the weights"
        ),
        "vllm.profiled_tokens": QT_TRANSLATE_NOOP(
            "VllmCheck",
            "this vLLM profiled {profiled_tokens} tokens at once (max_num_batched_tokens); the "
            "estimate's activations assume {assumed_tokens}",
        ),
        "vllm.non_torch_after_start": QT_TRANSLATE_NOOP(
            "VllmCheck",
            "this vLLM counts as non-torch memory only what grew outside PyTorch after start-up; "
            "the estimate's runtime overhead ({overhead_bytes}) also holds the CUDA context",
        ),
        "vllm.non_torch_total": QT_TRANSLATE_NOOP(
            "VllmCheck",
            "this vLLM counts all GPU memory outside PyTorch as non-torch, the CUDA context "
            "included",
        ),
        "vllm.non_torch_nccl": QT_TRANSLATE_NOOP(
            "VllmCheck",
            "with {gpus} GPUs, NCCL's communication buffers are non-torch memory; the estimate "
            "has no term for them",
        ),
        "vllm.per_gpu": QT_TRANSLATE_NOOP(
            "VllmCheck",
            "the figures are for one GPU: tensor parallelism splits the weights and the KV "
            "heads over {gpus} GPUs",
        ),
    },
)

register(
    CHECK_CONTEXT,
    {
        # {detail} is the sentence of the reader's error
        "check.needs_model": QT_TRANSLATE_NOOP(
            "CheckCommand",
            "cannot check this log: {detail}; pass --model ID (a catalog id, config.json, "
            "model folder or .gguf)",
        ),
        "check.needs_format": QT_TRANSLATE_NOOP(
            "CheckCommand", "cannot check this log: {detail}; pass --weights FORMAT"
        ),
        "check.cannot": QT_TRANSLATE_NOOP("CheckCommand", "cannot check this log: {detail}"),
        "check.error": QT_TRANSLATE_NOOP("CheckCommand", "{error}"),
    },
)
