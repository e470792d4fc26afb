"""The caches: each layer's KV cache and recurrent state live with the layer (or in system RAM
without KV offload), and the CUDA pool holds an F16 copy of one layer's quantized cache."""

from __future__ import annotations

from functools import lru_cache

from ...estimate import Term
from ...notes import Note
from ...terms import CUDA_POOL, KV_CACHE, RECURRENT_STATE
from .._part import EXACT
from .layout import span
from .run import FLOAT_CACHE_TYPES, Run

__all__ = ["cuda_pool", "kv_cache", "recurrent_state"]

_POOL = Note("formula.llamacpp.cuda_pool")


def kv_cache(run: Run, layers: range, device: str, *, in_ram: bool = False) -> Term:
    """The cache of ``layers``: full-attention layers hold ``n_ctx`` cells, window layers fewer.

    source: llama.cpp llama-kv-cache.cpp; ggml-common.h block sizes."""
    code = "formula.llamacpp.kv_ram" if in_ram else "formula.llamacpp.kv"
    n_bytes, per_token, formula = run.kv.of(code, layers)
    return Term(
        KV_CACHE,
        n_bytes,
        device,
        formula,
        source="llama.cpp llama-kv-cache.cpp" + ("" if in_ram else "; ggml-common.h block sizes"),
        exact=EXACT[KV_CACHE],
        per_token_bytes=per_token,
    )


@lru_cache(maxsize=256)
def _state_note(layers: int, sequences: int) -> Note:
    return Note.of("formula.llamacpp.recurrent_state", layers=layers, sequences=sequences)


def recurrent_state(run: Run, layers: range, device: str) -> Term:
    """Conv and delta-rule states of the linear-attention layers in ``layers``, in f32, per
    sequence; independent of the context."""
    n_bytes = span(run.rs_prefix, layers)
    n_linear = n_bytes // run.rs_layer if n_bytes else 0
    return Term(
        RECURRENT_STATE,
        n_bytes,
        device,
        _state_note(n_linear, max(1, run.n_seq)),
        source="llama.cpp llama-memory-recurrent.cpp, llama-hparams.cpp n_embd_r/n_embd_s",
        exact=EXACT[RECURRENT_STATE],
    )


def cuda_pool(run: Run, rng: range, device: str) -> Term:
    """Prefill kernels read a quantized cache as F16: the CUDA backend converts one layer's K
    (and V) into its memory pool, which keeps the largest such block (0 for float caches).

    source: ggml/src/ggml-cuda/fattn-common.cuh launch_fattn (K_f16/V_f16 pool copies)"""
    k_quant = int(run.wl.kv_cache_type not in FLOAT_CACHE_TYPES)
    v_quant = int(run.wl.v_cache_type not in FLOAT_CACHE_TYPES)
    kv = run.kv.layers
    full = max(kv[i].cells for i in rng) if rng else 0
    k_el = max(kv[i].k_elements for i in rng) if rng else 0
    v_el = max(kv[i].v_elements for i in rng) if rng else 0
    width = k_el * k_quant + v_el * v_quant
    return Term(
        CUDA_POOL,
        2 * full * width,
        device,
        _POOL,
        source="ggml-cuda fattn-common.cuh",
        exact=EXACT[CUDA_POOL],
        per_token_bytes=2 * width * run.n_seq,
    )
