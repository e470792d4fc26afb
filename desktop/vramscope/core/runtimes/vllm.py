"""vLLM: a fixed budget of gpu_memory_utilization x total memory, filled by a KV block pool.

vLLM (``vllm/v1/worker/gpu_worker.py``) reserves ``util x total`` memory, loads the weights, runs
a profiling forward pass at ``max_num_batched_tokens`` and gives everything left to the paged
KV cache; it refuses to start when one sequence of ``max_model_len`` does not fit. The estimate
is therefore the *minimum* budget the workload needs; what nvidia-smi then shows is the whole
budget (the plan reports that).

One function per term returns its bytes, bytes per token and formula for one GPU of the tensor
parallel group (weights and KV split evenly, overheads per GPU).
"""

from __future__ import annotations

from ..constants import (
    TORCH_CUDA_OVERHEAD_BYTES,
    VLLM_CUDA_GRAPH_BYTES,
    VLLM_DEFAULT_BATCHED_TOKENS,
    VLLM_DEFAULT_MAX_NUM_SEQS,
    VLLM_NON_TORCH_BYTES,
    VLLM_SAMPLER_BYTES_PER_LOGIT,
)
from ..errors import SpecError
from ..estimate import Estimate, Term, gpu_device
from ..formats import WeightFormat
from ..kv import recurrent_layer_bytes, vllm_kv_layers
from ..model import ModelSpec
from ..notes import Note
from ..tensors import param_counts
from ..terms import ACTIVATIONS, CUDA_GRAPHS, KV_CACHE, RECURRENT_STATE, RUNTIME_OVERHEAD, WEIGHTS
from ..weights import WeightLayout
from ..workload import Workload
from ._part import KvTotals, Part, kv_totals, note_of

__all__ = ["estimate_vllm"]

_SRC = "vllm v1 gpu_worker.py; llm-d-benchmark measurements (reference §4.5)"
_F = "formula.vllm."
# the model dtype's bytes (bf16/fp16)
_E = 2
# The same for every estimate: built once.
_CUDA_GRAPHS = Part(CUDA_GRAPHS, VLLM_CUDA_GRAPH_BYTES, Note(_F + "cuda_graphs"), _SRC)
_OVERHEAD = Part(
    RUNTIME_OVERHEAD, TORCH_CUDA_OVERHEAD_BYTES + VLLM_NON_TORCH_BYTES, Note(_F + "overhead"), _SRC
)


def estimate_vllm(
    spec: ModelSpec, fmt: WeightFormat, layout: WeightLayout, workload: Workload, *, n_gpus: int = 1
) -> Estimate:
    """Minimum GPU memory for vLLM to serve ``batch`` sequences of ``context_tokens`` each, with
    tensor parallelism over ``n_gpus`` (weights and KV split evenly, overheads per GPU)."""
    wl = workload
    if n_gpus < 1:
        raise SpecError("runtime.needs_gpu", field="runtime", value=wl.runtime)
    if fmt.is_gguf:
        raise SpecError(
            "runtime.gguf_needs_llamacpp",
            field="weights",
            value=layout.format_id,
            runtime=wl.runtime,
        )
    kv = kv_totals(
        spec, vllm_kv_layers, tokens=wl.context_tokens, batch=wl.batch, kv_type=wl.kv_cache_type
    )
    state = _recurrent_state(spec, wl, n_gpus)
    parts = [
        *([state] if state else []),
        _weights(layout, n_gpus),
        _paged_cache(kv, wl, n_gpus),
        _profiling_activations(spec, wl, n_gpus),
        _CUDA_GRAPHS,
        _OVERHEAD,
    ]
    terms: list[Term] = [p.on(gpu_device(g)) for g in range(n_gpus) for p in parts]
    counts = param_counts(spec)
    cache = kv.bytes
    return Estimate(
        model=spec,
        weights_format=layout.format_id,
        workload=wl,
        terms=tuple(terms),
        gpu_layers=spec.n_layers + 1,
        n_gpus=n_gpus,
        params_total=counts.total,
        params_active=counts.active,
        weights_bytes=layout.total_bytes,
        read_bytes_per_token=tuple(
            (gpu_device(g), (layout.active_bytes + cache // 2) // n_gpus) for g in range(n_gpus)
        ),
        notes=(
            note_of(
                "estimate.vllm_reserves_budget", utilization_fraction=wl.gpu_memory_utilization
            ),
            # vllm_kv_layers: chunked local attention turns the hybrid KV manager off
            *(
                (note_of("estimate.vllm_chunked_full_cache"),)
                if "chunked" in spec.layer_attention
                else ()
            ),
        ),
    )


def _weights(layout: WeightLayout, n_gpus: int) -> Part:
    """Tensor parallelism splits the weights evenly."""
    return Part(
        WEIGHTS,
        layout.total_bytes // n_gpus,
        note_of(_F + "weights", weights=layout.format_id, gpus=n_gpus),
        "reference §3",
    )


def _paged_cache(kv: KvTotals, wl: Workload, n_gpus: int) -> Part:
    """The blocks one GPU needs for every sequence at full context (16-token blocks)."""
    return Part(
        KV_CACHE,
        kv.bytes // n_gpus,
        note_of(_F + "kv", sequences=wl.batch, tokens=wl.context_tokens, kv_type=wl.kv_cache_type),
        "vLLM block manager",
        kv.per_token_bytes / n_gpus,
    )


def _profiling_activations(spec: ModelSpec, wl: Workload, n_gpus: int) -> Part:
    """Profiling pass at max_num_batched_tokens, whatever the context: SwiGLU temporaries and
    hidden states of one layer for every batched token (tensor parallelism splits the MLP), and
    the sampler's fp32 logits and probabilities for the last token of each dummy sequence only,
    never for every token.

    source: vllm/v1/worker/gpu_model_runner.py profile_run (``_dummy_sampler_run`` on
    ``hidden_states[logits_indices]``, one row per request) and vllm/worker/model_runner.py
    (V0: ``selected_token_indices``, the last token of each of max_num_seqs sequences)"""
    tokens = VLLM_DEFAULT_BATCHED_TOKENS
    # max_num_seqs is the workload's batch when set above vLLM's default, else the default
    sequences = min(tokens, max(wl.batch, VLLM_DEFAULT_MAX_NUM_SEQS))
    width = (
        spec.intermediate_size
        if not spec.is_moe
        else spec.n_experts_per_token * spec.moe_intermediate_size
    )
    mlp = tokens * ((3 * _E * width + 4 * _E * spec.hidden_size) // n_gpus)
    act = mlp + sequences * VLLM_SAMPLER_BYTES_PER_LOGIT * spec.vocab_size
    return Part(
        ACTIVATIONS, act, note_of(_F + "activations", tokens=tokens, sequences=sequences), _SRC
    )


def _recurrent_state(spec: ModelSpec, wl: Workload, n_gpus: int) -> Part | None:
    """Linear-attention layers keep conv and delta-rule states per sequence in the model dtype
    (mamba_ssm_cache_dtype "auto"); None for a model without them.

    source: vllm/model_executor/layers/mamba/mamba_utils.py
    MambaStateShapeCalculator.gated_delta_net_state_shape, mamba2_state_shape (conv
    (d_inner + 2 x n_groups x d_state) x (d_conv - 1), SSM heads x head_dim x d_state) and
    short_conv_state_shape (LFM2: hidden x (L_cache - 1))"""
    rs = spec.n_state_layers * recurrent_layer_bytes(
        spec, n_seq=wl.batch, conv_taps=spec.linear_conv_kernel - 1, conv_bytes=_E, state_bytes=_E
    )
    if not rs:
        return None
    return Part(
        RECURRENT_STATE,
        rs // n_gpus,
        note_of(_F + "recurrent_state", layers=spec.n_state_layers, sequences=wl.batch),
        "vLLM mamba_utils.py",
    )
