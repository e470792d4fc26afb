"""Checking the vLLM estimate against a vLLM start-up log, term by term.

vLLM profiles its own memory while it starts (``readers.vllm_log``): the weights, the
activation peak of one profiling forward pass, the memory that grew outside PyTorch and the KV
cache it made from what was left of ``gpu_memory_utilization`` x the GPU. The same setup is
re-estimated here (the model named in the log, or found by its numbers; the log's dtype or
quantization, max_model_len, tensor parallel size and gpu_memory_utilization) and each figure
is laid beside the estimate's term for one GPU:

=========================  ==================================================================
log                        estimate term (one GPU of the tensor-parallel group)
=========================  ==================================================================
weights                    ``weights``
activation peak            ``activations`` (the profiling pass)
non-torch memory           ``runtime_overhead`` (CUDA context + vLLM's non-torch memory)
KV cache                   ``kv_cache`` per token x the tokens the log's KV cache holds
CUDA graphs                ``cuda_graphs``
=========================  ==================================================================

vLLM's KV cache is not what the workload needs but whatever the budget left, so it is
compared at the size vLLM made it: the estimate's bytes per token times the logged tokens.
Differences that come from how vLLM counts (which release, what it profiled) are explained by
``vllm.*`` notes, rendered by ``app.present.vllm``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from vramscope.app.checks import CheckResult
from vramscope.app.present.vllm import DEVICE_LABEL
from vramscope.app.session import catalog_choices
from vramscope.core import (
    VLLM_DEFAULT_GPU_MEMORY_UTILIZATION,
    VLLM_DEFAULT_MAX_NUM_SEQS,
    Comparison,
    ComparisonRow,
    Estimate,
    ModelSpec,
    Note,
    WeightFormat,
    Workload,
    estimate,
    gpu_device,
    parse_weight_format,
)
from vramscope.readers.runlog import RunLog, RunLogError, RunSetup
from vramscope.readers.vllm_log import VllmLog, looks_like_vllm, parse_vllm_log

__all__ = [
    "VLLM_DEFAULT_MAX_NUM_SEQS",
    "VllmCheck",
    "check_vllm",
    "check_vllm_result",
    "is_vllm_text",
    "model_from_log",
    "vllm_comparison",
    "vllm_format",
    "vllm_runlog",
]

# A context to estimate with when the log does not show max_model_len (vLLM then ran the
# model's own). No compared figure depends on it: the KV row is compared per token at the size
# vLLM made the cache, and the profiling activations do not depend on the context.
_FALLBACK_CONTEXT = 2048
# V0 without chunked prefill profiles max(max_model_len, 2048) tokens at once.
# source: vllm/config.py SchedulerConfig.__post_init__ (max_num_batched_tokens)
_V0_MIN_BATCHED_TOKENS = 2048
# Number matching: a catalog model is the log's when its KV bytes per token are within 1 % of
# the log's (GiB printed to 2 decimals on >= 1 GiB is 0.5 % at most) and its weights within
# 5 % (the loader's extra buffers).
_KV_MATCH = 0.01
_WEIGHTS_MATCH = 0.05
# Candidates whose weights are within 1 % of the closest one are equally likely (the same
# checkpoint shape, or a vocabulary padded by a few rows); farther ones are dropped.
_WEIGHTS_TIE = 0.01
# A relative error this small reads as "within" in the summary (core.compare uses 0.005 for
# MiB-exact llama.cpp buffers; vLLM prints GiB to two decimals).
_MATCH_REL = 0.01

# vLLM V1's max_num_batched_tokens default, should the estimate's formula not name its tokens.
# source: vllm/config (chunked prefill, 8192)
_PROFILE_TOKENS_FALLBACK = 8192
# Suffixes of a Hugging Face repository name that do not change the architecture.
_NAME_SUFFIXES = re.compile(
    r"[-_.](?:instruct|chat|it|hf|base|fp8(?:-dynamic)?|awq|gptq(?:-int[48])?|int[48]"
    r"|bnb-4bit|unsloth|quantized|w8a8|w4a16|w8a16|dynamic|\d{4})$"
)


@dataclass(frozen=True, slots=True)
class VllmCheck:
    """A vLLM log read, the setup re-estimated and compared."""

    log: VllmLog
    setup: RunSetup
    estimate: Estimate
    comparison: Comparison
    model_name: str
    notes: tuple[Note, ...]


# ---- the model ---------------------------------------------------------------------------


def _name_forms(name: str) -> list[str]:
    """Spellings of a logged model name to look up: the path's ``org/name``, the HF cache's
    ``models--org--name``, the bare name, each also without suffixes like ``-Instruct``."""
    text = name.strip().strip("'\"").replace("\\", "/").rstrip("/")
    parts = [p for p in text.split("/") if p and p != "."]
    forms: list[str] = []
    for p in parts:
        if p.startswith("models--"):
            forms.append(p[len("models--") :].replace("--", "/"))
    if len(parts) >= 2:
        forms.append("/".join(parts[-2:]))
    # a snapshot path: .../models--org--name/snapshots/<hash>
    if parts:
        forms.append(parts[-1])
    out: list[str] = []
    for f in forms:
        f = f.casefold()
        out.append(f)
        base = f.rsplit("/", 1)[-1]
        while True:
            stripped = _NAME_SUFFIXES.sub("", base)
            if stripped == base:
                break
            base = stripped
            out.append(base)
        if base.startswith("meta-"):
            out.append(base.removeprefix("meta-"))
    return list(dict.fromkeys(out))


def _catalog_names() -> dict[str, list[str]]:
    """Lower-case id, HF repo id and repo name -> the catalog keys answering to them."""
    index: dict[str, list[str]] = {}
    for c in catalog_choices():
        names = {c.model_id, c.hf_repo, c.hf_repo.rsplit("/", 1)[-1]}
        for n in names:
            if n:
                index.setdefault(n.casefold(), []).append(c.key)
    return index


def _per_token_and_weights(
    spec: ModelSpec, fmt: WeightFormat, kv_type: str, n_gpus: int
) -> tuple[float, int]:
    est = estimate(
        spec,
        fmt,
        Workload(runtime="vllm", context_tokens=16, kv_cache_type=kv_type),
        n_gpus=n_gpus,
    )
    kv = [t for t in est.terms if t.name == "kv_cache" and t.device == gpu_device(0)]
    return (kv[0].per_token_bytes if kv else 0.0), est.term("weights", gpu_device(0))


def model_from_log(
    log: VllmLog, fmt: WeightFormat, kv_type: str, n_gpus: int
) -> tuple[ModelSpec, str, Note]:
    """The catalog model the log ran: by the name it logs, else by its numbers (KV bytes per
    token and weights, both per GPU). Raises RunLogError ``vllm.model_unknown`` /
    ``vllm.model_ambiguous`` when neither settles it (the user must choose)."""
    choices = {c.key: c for c in catalog_choices()}
    if log.model:
        index = _catalog_names()
        for form in _name_forms(log.model):
            keys = list(dict.fromkeys(index.get(form, [])))
            if len(keys) == 1:
                c = choices[keys[0]]
                return c.spec, c.name, Note.of("vllm.model_from_log", model=log.model, name=c.name)
    logged_kv, tokens = log.kv_cache_bytes, log.kv_cache_tokens
    if logged_kv and tokens and logged_kv > 0:
        per_token = logged_kv / tokens
        found = []
        for c in choices.values():
            try:
                est_tok, est_w = _per_token_and_weights(c.spec, fmt, kv_type, n_gpus)
            except (ValueError, ArithmeticError):
                continue  # a model this runtime or format cannot run
            if not est_tok or abs(est_tok - per_token) / per_token > _KV_MATCH:
                continue
            if log.weights_bytes and abs(est_w - log.weights_bytes) / log.weights_bytes > (
                _WEIGHTS_MATCH
            ):
                continue
            found.append(c)
        if found and log.weights_bytes:
            # Of the models the numbers fit, keep those whose weights come nearest the log's:
            # EXAONE 3.5 7.8B caches as much per token as Llama 3.1 8B but weighs 2.6 % less,
            # which the 5 % margin alone does not tell apart.
            gaps = [
                abs(_per_token_and_weights(c.spec, fmt, kv_type, n_gpus)[1] - log.weights_bytes)
                for c in found
            ]
            near = min(gaps) + _WEIGHTS_TIE * log.weights_bytes
            found = [c for c, gap in zip(found, gaps, strict=True) if gap <= near]
        same = len({_per_token_and_weights(c.spec, fmt, kv_type, n_gpus) for c in found}) == 1
        if found and same and log.weights_bytes:
            # several catalog entries of one architecture (Llama 3 8B, 3.1 8B, a distill):
            # any of them gives the same estimate. The earliest released is named first, so
            # the note leads with the original model rather than a later fine-tune of it;
            # files and presets (no date) come last.
            found.sort(key=lambda o: (not o.release_date, o.release_date))
            c = found[0]
            params: dict[str, str | int] = {
                "name": c.name,
                "kv_per_token": round(per_token),
                "weights_bytes": log.weights_bytes,
            }
            if len(found) == 1:
                return c.spec, c.name, Note.of("vllm.model_by_numbers", **params)
            others = ", ".join(o.name for o in found[1:4])
            return c.spec, c.name, Note.of("vllm.model_by_numbers_same", **params, others=others)
        if found:
            names = ", ".join(c.name for c in found[:4])
            raise RunLogError("vllm.model_ambiguous", names=names)
    if log.model:
        raise RunLogError("vllm.model_unknown", model=log.model[:120])
    raise RunLogError("vllm.no_model")


# ---- the weight format and KV type -------------------------------------------------------


def vllm_format(log: VllmLog) -> tuple[WeightFormat, tuple[Note, ...]]:
    """The weight format the log ran: its quantization (or the model name's), else its dtype;
    bf16 when it shows neither."""
    q = (log.quantization or "").casefold()
    name = log.model.casefold()
    notes: list[Note] = []
    if q in ("fp8", "modelopt") or (not q and "fp8" in name):
        fid = "fp8"
    elif "awq" in q or (not q and "awq" in name):
        fid = "awq-4bit"
    elif "gptq" in q or (not q and "gptq" in name) or "w4a16" in name:
        fid = "gptq-4bit"
    elif "bitsandbytes" in q or "bnb-4bit" in name:
        fid = "nf4"
    elif "w8a8" in name or "int8" in name or "w8a16" in name:
        # vLLM's int8 checkpoints hold one byte per weight, like fp8 (the core's int8 is
        # bitsandbytes LLM.int8, which vLLM does not load)
        fid = "fp8"
        notes.append(Note.of("vllm.int8_as_fp8", model=log.model[:120]))
    elif log.dtype in ("float16", "half"):
        fid = "fp16"
    elif log.dtype in ("float32", "float"):
        fid = "fp32"
    else:
        fid = "bf16"
        if log.dtype not in ("bfloat16", "auto") or not log.dtype:
            notes.append(Note.of("vllm.dtype_assumed"))
    return parse_weight_format(fid), tuple(notes)


def _kv_type(log: VllmLog) -> str:
    return "fp8" if log.kv_cache_dtype.casefold().startswith("fp8") else "bf16"


# ---- the comparison ----------------------------------------------------------------------


def _row(term: str, est: float, logged: int | None) -> ComparisonRow | None:
    if logged is None:
        return None
    return ComparisonRow(term, gpu_device(0), (DEVICE_LABEL,), round(est), logged)


def _summary(rows: list[ComparisonRow]) -> tuple[Note, ...]:
    if not rows:
        return (Note.of("compare.nothing", runtime="vLLM"),)
    est = sum(r.estimated_bytes for r in rows)
    got = sum(r.logged_bytes for r in rows)
    rel = (est - got) / got if got else (0.0 if est == 0 else math.inf)
    error = {} if math.isinf(rel) else {"error_fraction": abs(rel)}
    if abs(rel) <= _MATCH_REL:
        return (Note.of("compare.within", **error, runtime="vLLM", devices=DEVICE_LABEL),)
    worst = max(rows, key=lambda r: abs(r.difference_bytes))
    code = "compare.over" if rel > 0 else "compare.under"
    return (
        Note.of(
            code,
            **error,
            devices=DEVICE_LABEL,
            term=worst.term,
            gap_bytes=worst.difference_bytes,
        ),
    )


def _profiled_tokens(log: VllmLog) -> int | None:
    """Tokens vLLM's profiling pass ran at once, when the log tells (or V0's rule does)."""
    if log.max_num_batched_tokens:
        return log.max_num_batched_tokens
    if log.engine == "v0" and log.max_model_len:
        return max(log.max_model_len, _V0_MIN_BATCHED_TOKENS)
    return None


def vllm_comparison(log: VllmLog, est: Estimate, n_gpus: int) -> tuple[Comparison, list[Note]]:
    """Rows weights / activations / runtime overhead / KV cache / CUDA graphs for GPU 0, and
    the notes explaining where vLLM counts differently from the estimate."""
    g0 = gpu_device(0)
    notes: list[Note] = []
    kv_terms = [t for t in est.terms if t.name == "kv_cache" and t.device == g0]
    per_token = kv_terms[0].per_token_bytes if kv_terms else 0.0
    tokens = log.kv_cache_tokens
    kv_row = None
    if tokens is not None and log.kv_cache_bytes is not None:
        kv_row = _row("kv_cache", per_token * tokens, log.kv_cache_bytes)
        notes.append(
            Note.of(
                "vllm.kv_per_token",
                logged_per_token=round(log.kv_cache_bytes / tokens),
                estimated_per_token=round(per_token),
            )
        )
    elif log.kv_cache_bytes is not None:
        notes.append(
            Note.of(
                "vllm.kv_tokens_missing",
                kv_cache_bytes=log.kv_cache_bytes,
                estimated_tokens=math.floor(log.kv_cache_bytes / per_token) if per_token else 0,
            )
        )
    elif tokens is not None:
        notes.append(
            Note.of(
                "vllm.kv_bytes_missing",
                kv_tokens=tokens,
                estimated_bytes=round(per_token * tokens),
            )
        )
    if tokens is not None and log.max_model_len:
        notes.append(
            Note.of(
                "vllm.kv_budget",
                kv_tokens=tokens,
                concurrency=round(tokens / log.max_model_len, 2),
                context_tokens=log.max_model_len,
            )
        )
    rows = [
        _row("weights", est.term("weights", g0), log.weights_bytes),
        _row("activations", est.term("activations", g0), log.activation_bytes),
        _row("runtime_overhead", est.term("runtime_overhead", g0), log.non_torch_bytes),
        kv_row,
        _row("cuda_graphs", est.term("cuda_graphs", g0), log.cuda_graph_bytes),
    ]
    kept = [r for r in rows if r is not None]
    for code, value in (
        ("vllm.missing_weights", log.weights_bytes),
        ("vllm.missing_activations", log.activation_bytes),
        ("vllm.missing_runtime_overhead", log.non_torch_bytes),
    ):
        if value is None:
            notes.append(Note.of(code))
    # where vLLM counts differently
    if log.peak_torch_bytes is not None and log.activation_peak_bytes is None:
        notes.append(Note.of("vllm.activation_from_peak"))
    profiled = _profiled_tokens(log)
    assumed = _assumed_tokens(est)
    if log.activation_bytes is not None and profiled and profiled != assumed:
        notes.append(
            Note.of("vllm.profiled_tokens", profiled_tokens=profiled, assumed_tokens=assumed)
        )
    if log.non_torch_bytes is not None:
        if log.memory_format in ("profiling_table", "profiling_sentence", "v1"):
            notes.append(
                Note.of(
                    "vllm.non_torch_after_start", overhead_bytes=est.term("runtime_overhead", g0)
                )
            )
        else:
            notes.append(Note.of("vllm.non_torch_total"))
        if n_gpus > 1:
            notes.append(Note.of("vllm.non_torch_nccl", gpus=n_gpus))
    if n_gpus > 1 and log.weights_bytes is not None:
        notes.append(Note.of("vllm.per_gpu", gpus=n_gpus))
    return Comparison(tuple(kept), _summary(kept), ()), notes


def _assumed_tokens(est: Estimate) -> int:
    """The tokens the estimate's profiling activations assume (its formula's parameter)."""
    for t in est.terms:
        if t.name == "activations":
            tokens = t.formula.args.get("tokens")
            if isinstance(tokens, int):
                return tokens
    return _PROFILE_TOKENS_FALLBACK


# ---- the whole check ---------------------------------------------------------------------


def check_vllm(
    text: str, *, spec: ModelSpec | None = None, fmt: WeightFormat | None = None
) -> VllmCheck:
    """Parse a vLLM log, re-estimate its setup and compare. ``spec`` / ``fmt`` replace the
    model and weight format the log shows. Raises RunLogError (a SpecError) with one line."""
    log = parse_vllm_log(text)
    notes: list[Note] = list(log.notes)
    n_gpus = log.tensor_parallel_size or 1
    if log.tensor_parallel_size is None:
        notes.append(Note.of("vllm.tp_assumed"))
    log_fmt, fmt_notes = vllm_format(log)
    if fmt is None:
        fmt = log_fmt
        notes += fmt_notes
    kv_type = _kv_type(log)
    if spec is None:
        spec, name, model_note = model_from_log(log, fmt, kv_type, n_gpus)
        notes.append(model_note)
    else:
        name = spec.display_name
    util = log.gpu_memory_utilization
    if util is None:
        util = VLLM_DEFAULT_GPU_MEMORY_UTILIZATION
        notes.append(Note.of("vllm.util_assumed", utilization_fraction=util))
    context = log.max_model_len
    if context is None:
        context = min(spec.max_context_tokens, _FALLBACK_CONTEXT) or _FALLBACK_CONTEXT
        notes.append(Note.of("vllm.context_assumed", context_tokens=context))
    if log.max_num_seqs is None:
        notes.append(Note.of("vllm.max_num_seqs_default", sequences=VLLM_DEFAULT_MAX_NUM_SEQS))
    try:
        # One sequence of max_model_len: the least vLLM must hold to start (the KV row is
        # compared per token at the size vLLM made the cache, not at this size).
        wl = Workload(
            runtime="vllm",
            context_tokens=context,
            batch=1,
            kv_cache_type=kv_type,
            gpu_memory_utilization=util,
        )
        setup = RunSetup(spec, fmt, wl, n_gpus, spec.n_layers + 1, notes=tuple(notes))
        est = setup.estimate()
    except RunLogError:
        raise
    except (ValueError, ArithmeticError) as exc:  # the core's SpecError is a ValueError
        raise RunLogError("runlog.settings_unusable", detail=str(exc)[:200]) from exc
    comparison, compare_notes = vllm_comparison(log, est, n_gpus)
    all_notes = tuple(dict.fromkeys((*notes, *compare_notes)))
    return VllmCheck(log, setup, est, comparison, name, all_notes)


def vllm_runlog(log: VllmLog) -> RunLog:
    """The llama.cpp-shaped record the window's check keeps (its source and context)."""
    return RunLog(source="vllm", name=log.model or None, n_ctx=log.max_model_len)


def is_vllm_text(text: object) -> bool:
    """True when ``text`` is a vLLM start-up log (and no llama.cpp load log)."""
    return isinstance(text, str) and looks_like_vllm(text)


def check_vllm_result(
    text: str, *, spec: ModelSpec | None = None, fmt: WeightFormat | None = None
) -> CheckResult:
    """:func:`check_vllm` as the window's "Check a real run" takes it (``app.checks``): never
    raises; ``needs`` is "model" when the user must choose the model."""
    try:
        check = check_vllm(text, spec=spec, fmt=fmt)
    except RunLogError as exc:
        needs = "model" if spec is None and exc.note.code in _NEEDS_MODEL else ""
        return CheckResult(needs=needs, error=exc)
    return CheckResult(
        log=vllm_runlog(check.log),
        setup=check.setup,
        comparison=check.comparison,
        notes=check.notes,
    )


# errors the user settles by choosing the model
_NEEDS_MODEL = frozenset({"vllm.model_unknown", "vllm.model_ambiguous", "vllm.no_model"})
