"""The caches: each layer's KV cache and recurrent state live with the layer (or in system RAM
without KV offload), and the CUDA pool holds an F16 copy of one layer's quantized cache."""

from __future__ import annotations

from ...terms import CUDA_POOL, KV_CACHE, RECURRENT_STATE
from .._part import Part, kv_formula, note_of
from .layout import span
from .run import FLOAT_CACHE_TYPES, Run

__all__ = ["cuda_pool", "kv_cache", "recurrent_state"]


def kv_cache(run: Run, layers: range, *, in_ram: bool = False) -> Part:
    """The cache of ``layers``: full-attention layers hold ``n_ctx`` cells, window layers fewer.

    source: llama.cpp llama-kv-cache.cpp; ggml-common.h block sizes."""
    code = "formula.llamacpp.kv_ram" if in_ram else "formula.llamacpp.kv"
    return Part(
        KV_CACHE,
        span(run.kv_prefix, layers),
        kv_formula(code, run.kv[layers.start : layers.stop], run.kv_types),
        "llama.cpp llama-kv-cache.cpp" + ("" if in_ram else "; ggml-common.h block sizes"),
        run.kv_slope(layers),
    )


def recurrent_state(run: Run, layers: range) -> Part:
    """Conv and delta-rule states of the linear-attention layers in ``layers``, in f32, per
    sequence; independent of the context."""
    n_bytes = span(run.rs_prefix, layers)
    n_linear = n_bytes // run.rs_layer if n_bytes else 0
    return Part(
        RECURRENT_STATE,
        n_bytes,
        note_of("formula.llamacpp.recurrent_state", layers=n_linear, sequences=max(1, run.n_seq)),
        "llama.cpp llama-memory-recurrent.cpp, llama-hparams.cpp n_embd_r/n_embd_s",
    )


def cuda_pool(run: Run, rng: range) -> Part:
    """Prefill kernels read a quantized cache as F16: the CUDA backend converts one layer's K
    (and V) into its memory pool, which keeps the largest such block (0 for float caches).

    source: ggml/src/ggml-cuda/fattn-common.cuh launch_fattn (K_f16/V_f16 pool copies)"""
    k_quant = int(run.wl.kv_cache_type not in FLOAT_CACHE_TYPES)
    v_quant = int(run.wl.v_cache_type not in FLOAT_CACHE_TYPES)
    kv = run.kv
    full = max(kv[i].cells for i in rng) if rng else 0
    k_el = max(kv[i].k_elements for i in rng) if rng else 0
    v_el = max(kv[i].v_elements for i in rng) if rng else 0
    width = k_el * k_quant + v_el * v_quant
    return Part(
        CUDA_POOL,
        2 * full * width,
        note_of("formula.llamacpp.cuda_pool"),
        "ggml-cuda fattn-common.cuh",
        2 * width * run.n_seq,
    )
