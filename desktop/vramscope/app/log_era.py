"""Era-aware comparison: lay the estimate out as the llama.cpp build that wrote a log did.

The estimator models today's llama.cpp. Four things changed between versions, and a log from
an older build differs from today's estimate by them even when every formula is right:

* ``-ngl N``: before PR #18148 (December 2025) the last N repeating layers went to the GPU and
  the output layer only for N > n_layer; today the output layer is offloaded first.
  ``readers.runlog`` sees it in the log ("offloading N repeating layers" with N of N+1 layers
  offloaded) and places the same repeating layers; here the output layer moves to the CPU.
* DeepSeek's MLA cache: before PR #12801 (April 2025) llama.cpp cached the full K and V of
  every head per cell, about 70x the latent cache of today.
* CPU repack buffers: builds before the runtime repack (late 2024) have none.
* The mapped buffer: builds before late 2024 printed the whole mapped file as the CPU model
  buffer, not what the CPU layers hold.

Each adjustment is made only when the log shows it (its buffers or offload lines) and its era
does not rule it out; each comes with an ``era.*`` note saying what changed and by how much.
"""

from __future__ import annotations

import dataclasses

from vramscope.core import DEVICE_RAM, MIB, Estimate, Note, SpecError, Term, kv_bytes_per_element
from vramscope.core import estimate as run_estimate
from vramscope.readers.runlog import RunLog, RunSetup

__all__ = ["era_adjusted"]

# The month each change reached llama.cpp's master branch.
# source: ggml-org/llama.cpp PR #12801 "DeepSeek V2/V3 MLA implementation" (merged April
# 2025); PR #9921 "backend cpu: add online flow for aarch64 Q4_0 GEMV/GEMM kernels" (the CPU
# runtime repack, November 2024); the -ngl change is readers.runlog.NGL_OUTPUT_FIRST_MONTH.
MLA_CACHE_MONTH = "2025-04"
REPACK_MONTH = "2024-11"
# When the CPU model buffer stopped being the whole mapped file: "late 2024" in issue 16, not
# pinned to a PR here, so the log's own buffers decide (a CPU buffer the size of the file
# beside GPU model buffers) and only logs surely from 2025 on are ruled out.
MAPPED_SHARE_MONTH = "2025-01"
# A CPU model buffer this close to the whole file, beside GPU model buffers, is the file.
_WHOLE_FILE_FRACTION = 0.97


def _replace_bytes(terms: list[Term], name: str, device: str, delta: int, like: Term) -> None:
    """Add ``delta`` bytes to the first ``name`` term on ``device`` (a new one if none)."""
    for i, t in enumerate(terms):
        if t.name == name and t.device == device:
            terms[i] = dataclasses.replace(t, bytes=max(0, t.bytes + delta))
            return
    if delta > 0:
        terms.append(dataclasses.replace(like, device=device, bytes=delta))


def _output_to_cpu(est: Estimate, setup: RunSetup, notes: list[Note]) -> Estimate:
    # The output layer's bytes: what an estimate with only the output layer offloaded puts on
    # the GPUs (today's -ngl 1).
    one = run_estimate(
        setup.spec,
        setup.fmt,
        setup.workload,
        n_gpus=setup.n_gpus,
        gpu_layers=1,
        gpu_split=setup.gpu_split,
    )
    out = sum(t.bytes for t in one.terms if t.name == "weights" and t.device != DEVICE_RAM)
    gpu_weights = [t for t in est.terms if t.name == "weights" and t.device != DEVICE_RAM]
    if not out or not gpu_weights:
        return est
    # llama.cpp puts the output layer on the last device that holds layers
    last = gpu_weights[-1]
    terms = list(est.terms)
    _replace_bytes(terms, "weights", last.device, -out, last)
    _replace_bytes(terms, "weights", DEVICE_RAM, out, last)
    layers = (setup.gpu_layers or 1) - 1  # the log's -ngl (runlog_setup added the output)
    notes.append(Note.of("era.ngl_output_on_cpu", layers=layers, output_bytes=out))
    return dataclasses.replace(est, terms=tuple(terms))


def _mla_full_kv(est: Estimate, log: RunLog, setup: RunSetup, notes: list[Note]) -> Estimate:
    spec = setup.spec
    if not spec.is_mla:
        return est
    logged = sum(mib for kind, _, mib in log.buffers if kind == "kv") * MIB
    kv_terms = [t for t in est.terms if t.name == "kv_cache"]
    today = sum(t.bytes for t in kv_terms)
    if not logged or not today:
        return est
    # Bytes per cell and layer: today the latent c_kv and the shared RoPE key, in the K type
    # (V is a view of it); then every head's K (nope + rope) in the K type and V in the V type,
    # which the log states apart (a q4_0 K beside an f16 V, llama.cpp #9390).
    # source: core.kv._elements, llama.cpp before PR #12801.
    k_type = est.workload.kv_cache_type
    v_type = log.type_v or log.type_k or k_type
    try:
        k_size = _element_bytes(log.type_k or k_type)
        v_size = _element_bytes(v_type)
        today_size = _element_bytes(k_type)
    except SpecError:  # a cache type this build no longer has: no era adjustment
        return est
    new = (spec.kv_lora_rank + spec.qk_rope_head_dim) * today_size
    old = spec.n_heads * (
        (spec.qk_nope_head_dim + spec.qk_rope_head_dim) * k_size + spec.v_head_dim * v_size
    )
    if new <= 0 or old <= new:
        return est
    ratio = old / new
    before = log.origin.before(MLA_CACHE_MONTH) if log.origin else None
    # the log's own KV size decides within the eras that allow it (forks such as ik_llama.cpp
    # had an MLA cache before April 2025): nearer the full cache than ours
    if before is False or abs(logged - today * ratio) > abs(logged - today):
        return est
    terms = [
        dataclasses.replace(t, bytes=round(t.bytes * ratio)) if t.name == "kv_cache" else t
        for t in est.terms
    ]
    notes.append(Note.of("era.mla_full_kv", logged_bytes=int(logged), today_bytes=today))
    return dataclasses.replace(est, terms=tuple(terms))


def _element_bytes(kv_type: str) -> float:
    """Bytes per element of a KV cache type (q4_0: 18 / 32)."""
    size, elements = kv_bytes_per_element(kv_type)
    return size / elements


def _no_repack(est: Estimate, log: RunLog, notes: list[Note]) -> Estimate:
    repacked = sum(t.bytes for t in est.terms if t.name == "weights_repacked")
    # an era that may predate the repack (2024 spans it) and a log with CPU model buffers but
    # none repacked: that build had no repack buffers
    if not repacked or (log.origin is not None and log.origin.before(REPACK_MONTH) is False):
        return est
    if not any(k == "model" and d.upper().startswith("CPU") for k, d, _ in log.buffers):
        return est
    if any("REPACK" in d.upper() or "AARCH64" in d.upper() for _, d, _ in log.buffers):
        return est
    terms = [t for t in est.terms if t.name != "weights_repacked"]
    notes.append(Note.of("era.no_repack", repacked_bytes=repacked))
    return dataclasses.replace(est, terms=tuple(terms))


def _mapped_whole_file(est: Estimate, log: RunLog, notes: list[Note]) -> Estimate:
    if log.origin is not None and log.origin.before(MAPPED_SHARE_MONTH) is False:
        return est
    per = log.buffers_mib["model_buffers_mib"]
    cpu = sum(mib for d, mib in per.items() if d.upper() in ("CPU", "CPU_MAPPED")) * MIB
    gpu = sum(mib for d, mib in per.items() if d.upper() not in ("CPU", "CPU_MAPPED")) * MIB
    whole = log.file_size_bytes or est.weights_bytes
    if not (cpu and gpu and whole) or cpu < _WHOLE_FILE_FRACTION * whole:
        return est
    ram_weights = [t for t in est.terms if t.name == "weights" and t.device == DEVICE_RAM]
    held = sum(t.bytes for t in ram_weights)
    if not ram_weights or held >= _WHOLE_FILE_FRACTION * whole:
        return est
    terms = list(est.terms)
    _replace_bytes(terms, "weights", DEVICE_RAM, whole - held, ram_weights[0])
    notes.append(Note.of("era.mapped_whole_file", file_bytes=int(whole), cpu_bytes=held))
    return dataclasses.replace(est, terms=tuple(terms))


def era_adjusted(log: RunLog, setup: RunSetup, est: Estimate) -> tuple[Estimate, tuple[Note, ...]]:
    """``est`` laid out as the build that wrote ``log`` did, and a note per change."""
    notes: list[Note] = []
    if setup.output_on_cpu:
        est = _output_to_cpu(est, setup, notes)
    est = _mla_full_kv(est, log, setup, notes)
    est = _no_repack(est, log, notes)
    est = _mapped_whole_file(est, log, notes)
    return est, tuple(notes)
