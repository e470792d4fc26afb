"""vLLM: a fixed budget of gpu_memory_utilization x total memory, filled by a KV block pool.

vLLM (``vllm/v1/worker/gpu_worker.py``) reserves ``util x total`` memory, loads the weights, runs
a profiling forward pass at ``max_num_batched_tokens`` and gives everything left to the paged
KV cache; it refuses to start when one sequence of ``max_model_len`` does not fit. The estimate
is therefore the *minimum* budget the workload needs; what nvidia-smi then shows is the whole
budget (the plan reports that).
"""

from __future__ import annotations

from .constants import (
    TORCH_CUDA_OVERHEAD_BYTES,
    VLLM_CUDA_GRAPH_BYTES,
    VLLM_DEFAULT_BATCHED_TOKENS,
    VLLM_NON_TORCH_BYTES,
)
from .errors import SpecError
from .estimate import Estimate, Term, gpu_device
from .formats import WeightFormat
from .kv import recurrent_layer_bytes, vllm_kv_layers
from .model import ModelSpec
from .tensors import param_counts
from .weights import WeightLayout
from .workload import Workload

__all__ = ["estimate_vllm"]

_SRC = "vllm v1 gpu_worker.py; llm-d-benchmark measurements (reference §4.5)"


def estimate_vllm(
    spec: ModelSpec, fmt: WeightFormat, layout: WeightLayout, workload: Workload, *, n_gpus: int = 1
) -> Estimate:
    """Minimum GPU memory for vLLM to serve ``batch`` sequences of ``context_tokens`` each, with
    tensor parallelism over ``n_gpus`` (weights and KV split evenly, overheads per GPU)."""
    wl = workload
    if n_gpus < 1:
        raise SpecError("vLLM needs a GPU")
    if fmt.is_gguf:
        raise SpecError(
            f"vLLM serves safetensors checkpoints, not GGUF ({layout.format_id}); use llama.cpp"
        )
    kv_layers = vllm_kv_layers(
        spec, tokens=wl.context_tokens, batch=wl.batch, kv_type=wl.kv_cache_type
    )
    kv = sum(k.bytes for k in kv_layers)
    kv_slope = sum(k.per_cell_bytes * wl.batch for k in kv_layers if not k.sliding)
    # the profiling pass always runs max_num_batched_tokens, whatever the context
    tokens = VLLM_DEFAULT_BATCHED_TOKENS
    e = 2
    width = (
        spec.intermediate_size
        if not spec.is_moe
        else spec.n_experts_per_token * spec.moe_intermediate_size
    )
    # Profiling pass: fp32 logits for every scheduled token (sampler), SwiGLU temporaries and
    # hidden states of one layer; tensor parallelism splits the MLP, not the logits.
    act = tokens * (4 * spec.vocab_size + (3 * e * width + 4 * e * spec.hidden_size) // n_gpus)
    counts = param_counts(spec)
    # Linear-attention layers keep conv and delta-rule states per sequence in the model dtype
    # (mamba_ssm_cache_dtype "auto"). source: vllm/model_executor/layers/mamba/mamba_utils.py
    # MambaStateShapeCalculator.gated_delta_net_state_shape
    rs = spec.n_linear_layers * recurrent_layer_bytes(
        spec, n_seq=wl.batch, conv_taps=spec.linear_conv_kernel - 1, conv_bytes=e, state_bytes=e
    )
    terms: list[Term] = []
    for g in range(n_gpus):
        dev = gpu_device(g)
        if rs:
            terms.append(
                Term(
                    "recurrent_state",
                    rs // n_gpus,
                    dev,
                    f"{spec.n_linear_layers} linear-attention layers x {wl.batch} sequences: "
                    "conv (kernel - 1) x channels + key x value state per head, model dtype",
                    "vLLM mamba_utils.py",
                    True,
                )
            )
        terms += [
            Term(
                "weights",
                layout.total_bytes // n_gpus,
                dev,
                f"{layout.format_id} weights / {n_gpus} GPUs",
                "reference §3",
                True,
            ),
            Term(
                "kv_cache",
                kv // n_gpus,
                dev,
                f"paged cache for {wl.batch} x {wl.context_tokens} tokens in 16-token blocks "
                f"({wl.kv_cache_type})",
                "vLLM block manager",
                True,
                kv_slope / n_gpus,
            ),
            Term(
                "activations",
                act,
                dev,
                f"profiling peak at {tokens} batched tokens: "
                "fp32 logits 4 x vocab + MLP temporaries",
                _SRC,
            ),
            Term("cuda_graphs", VLLM_CUDA_GRAPH_BYTES, dev, "captured CUDA graphs", _SRC),
            Term(
                "runtime_overhead",
                TORCH_CUDA_OVERHEAD_BYTES + VLLM_NON_TORCH_BYTES,
                dev,
                "CUDA context, kernels, NCCL and other non-torch memory",
                _SRC,
            ),
        ]
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
            (gpu_device(g), (layout.active_bytes + kv // 2) // n_gpus) for g in range(n_gpus)
        ),
        notes=(
            "vLLM reserves gpu_memory_utilization x total memory "
            f"({wl.gpu_memory_utilization:.0%}) "
            "at start, whatever the model needs; the rest of that budget becomes KV cache.",
        ),
    )
