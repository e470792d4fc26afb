"""transformers (PyTorch) on CUDA: inference with generate(), and full / LoRA / QLoRA training.

The peak device memory (what nvidia-smi shows) is PyTorch's reserved peak plus memory outside
the allocator (CUDA context, kernels, cuBLAS workspace). The reserved peak is the live tensors
at the worst moment plus blocks the caching allocator keeps after they were freed. The live
tensors are modelled from what each operation saves or holds; see reference §5 and §6, and
``shared/calibration/README.md`` for how the calibration runs were made.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .constants import (
    ADAMW_8BIT_BYTES_PER_PARAM,
    DELTANET_CHUNK_TOKENS,
    TORCH_AUTOCAST_CACHED_FRACTION,
    TORCH_CUDA_OVERHEAD_BYTES,
    TORCH_DELTANET_F32_VALUE_TENSORS,
    TORCH_INT8_EXTRA_BYTES,
    TORCH_INT64_TENSORS_PER_TOKEN,
    TORCH_KV_FRAGMENTATION,
    TORCH_LOSS_BYTES_PER_LOGIT,
    TORCH_LOSS_CACHED_FRACTION,
    TORCH_TIED_HEAD_CACHED_FRACTION,
    TORCH_TRAINING_ACT_CACHED_FRACTION,
    TORCH_TRAINING_EXTRA_BYTES,
)
from .errors import SpecError
from .estimate import Estimate, Term, gpu_device
from .formats import WeightFormat
from .kv import describe, hf_kv_layers, recurrent_layer_bytes
from .model import ModelSpec
from .tensors import TensorInfo, model_tensors, param_counts
from .weights import WeightLayout
from .workload import Workload

__all__ = ["LoraShape", "estimate_transformers", "lora_trainable_params"]

_DTYPE_BYTES = {"bf16": 2, "fp16": 2, "fp32": 4}
_CAL = "calibration h100-transformers.jsonl"


@dataclass(frozen=True, slots=True)
class LoraShape:
    """Adapted linear layers: trainable parameters and the input widths they cast to fp32."""

    trainable_params: int
    adapted_input_width_per_layer: int  # sum of in_features of adapted linears, per token
    modules: tuple[str, ...]


def _adapted(t: TensorInfo, targets: Sequence[str]) -> bool:
    if t.encoder or t.layer is None or not t.linear or t.hf_module is None:
        return False
    if "all-linear" in targets:
        return True
    return t.hf_module in targets


def lora_trainable_params(spec: ModelSpec, rank: int, targets: Sequence[str]) -> LoraShape:
    """``r x (in + out)`` per adapted linear (PEFT LoRA; ``all-linear`` = every nn.Linear of the
    decoder blocks, not the output head). source: peft tuners_utils _maybe_include_all_linear_layers
    """
    trainable = 0
    width = 0
    names: set[str] = set()
    known = {t.hf_module for t in model_tensors(spec) if t.linear and t.hf_module}
    unknown = [m for m in targets if m != "all-linear" and m not in known]
    if unknown:
        raise SpecError(
            f"lora target {unknown[0]!r} is not a linear module of {spec.display_name}; "
            f"known: {', '.join(sorted(known))}"
        )
    for t in model_tensors(spec):
        if t.role.endswith("_bias") or len(t.shape) != 2 or not _adapted(t, targets):
            continue
        d_in, d_out = t.shape[0], t.shape[1]
        trainable += rank * (d_in + d_out)
        names.add(t.hf_module or "")
        if t.layer == 0:
            width += d_in
    return LoraShape(trainable, width, tuple(sorted(names)))


def _mlp_widths(spec: ModelSpec) -> int:
    """Intermediate width a token passes through in one MLP (MoE: the routed experts + shared)."""
    if spec.is_moe:
        return (
            spec.n_experts_per_token * spec.moe_intermediate_size
            + spec.n_shared_experts * spec.moe_intermediate_size
            + spec.shared_expert_intermediate_size
        )
    return spec.intermediate_size


def _prefill_bytes_per_token(spec: ModelSpec, e: int) -> int:
    """Live activations per prompt token at the prefill peak (the last layer's MLP, no grad):
    the SwiGLU temporaries act(gate), up and their product (a plain MLP: fc output and its
    activation), four hidden-size tensors (embedding output held by the model, layer input,
    residual, normed MLP input), fp32 rotary cos/sin and the int64 id tensors."""
    width = _mlp_widths(spec)
    mlp = (3 if spec.mlp == "gated" else 2) * e * width
    return (
        max(mlp, _deltanet_prefill_bytes_per_token(spec, e))
        + 4 * e * spec.hidden_size
        + 8 * spec.head_dim
        + 8 * TORCH_INT64_TENSORS_PER_TOKEN
    )


def _deltanet_prefill_bytes_per_token(spec: ModelSpec, e: int) -> int:
    """Live bytes per prompt token inside a Gated DeltaNet layer run by the PyTorch fallback:
    the f32 value-width tensors and chunk matrices of the chunked delta rule, beside the mixed
    q/k/v projection, its conv output and the gate z in the compute dtype."""
    if not spec.is_hybrid:
        return 0
    f32 = 4 * (
        TORCH_DELTANET_F32_VALUE_TENSORS * spec.linear_value_dim
        + 2 * spec.linear_value_heads * DELTANET_CHUNK_TOKENS
    )
    return f32 + e * (2 * spec.linear_conv_dim + spec.linear_value_dim)


def _saved_per_token_layer(spec: ModelSpec, *, e: int, res: int, lora: LoraShape | None) -> int:
    """Bytes saved for backward per token per layer (reference §5.2, derived op by op).

    e: compute dtype bytes; res: residual-stream dtype bytes (4 for fp32 weights or QLoRA's
    upcast norms). Eager RMSNorm saves its fp32 input; SDPA saves q, k, v and its output;
    SwiGLU saves gate output, act(gate) and up. A frozen linear saves nothing; a LoRA adapter
    saves its input cast to the adapter's fp32 dtype; a trainable linear saves its input.
    """
    h, q, kv = spec.hidden_size, spec.q_dim, spec.kv_dim
    width = _mlp_widths(spec)
    norms = spec.norms_per_layer // 2 * 2  # input + post-attention (Gemma adds two more)
    sdpa = e * (2 * q + 2 * kv)
    act = (3 if spec.mlp == "gated" else 1) * e * width
    if lora is not None:
        norm_bytes = spec.norms_per_layer * 4 * h
        return norm_bytes + 4 * lora.adapted_input_width_per_layer + sdpa + act
    # Full fine-tuning: each norm saves its fp32 input and its output (weight is trainable);
    # linears save their (autocast-cast) inputs: q/k/v one each under autocast, o, gate/up, down.
    norm_bytes = norms * (4 * h + res * h)
    casts = (3 + 2) * e * h if res == 4 else 0  # autocast casts the normed input per linear
    linear_inputs = e * q + e * width
    return norm_bytes + casts + linear_inputs + sdpa + act


def _optimizer_bytes(
    optimizer: str, params: int, param_bytes: int, tensors_2d: int
) -> tuple[int, str]:
    if optimizer == "adamw":
        return 2 * params * param_bytes, "AdamW m and v in the parameter dtype (2 x params)"
    if optimizer == "adamw-8bit":
        return int(params * ADAMW_8BIT_BYTES_PER_PARAM), "8-bit AdamW: 2 B + absmax per 256"
    if optimizer == "sgd":
        return params * param_bytes, "SGD momentum buffer (1 x params)"
    # Adafactor: factored second moment, a row and a column vector per matrix (fp32)
    return tensors_2d, "Adafactor factored second moment (row + column vectors, fp32)"


def estimate_transformers(
    spec: ModelSpec,
    fmt_spec: WeightFormat,
    layout: WeightLayout,
    workload: Workload,
    *,
    n_gpus: int = 1,
) -> Estimate:
    """Peak GPU memory of transformers inference (generate) or training on ``n_gpus`` GPUs
    (weights and activations split evenly, as device_map="auto" roughly does)."""
    wl = workload
    if n_gpus < 1:
        raise SpecError("the transformers runtime needs a GPU")
    fmt = layout.format_id
    if fmt_spec.is_gguf:
        raise SpecError(f"transformers cannot load GGUF weights ({fmt}); use llama.cpp")
    e = _DTYPE_BYTES[wl.compute_dtype]
    b, s, h, vocab = wl.batch, wl.context_tokens, spec.hidden_size, spec.vocab_size
    counts = param_counts(spec)
    terms: list[Term] = []
    weights = layout.total_bytes
    weights_formula = f"{fmt} weights as loaded ({layout.total_bytes / 2**30:.2f} GiB)"
    tied_cache = 0
    if spec.tied_embeddings:
        tied_cache = int(TORCH_TIED_HEAD_CACHED_FRACTION * vocab * h * e)
    overhead = TORCH_CUDA_OVERHEAD_BYTES + (TORCH_INT8_EXTRA_BYTES if fmt == "int8" else 0)
    notes: list[str] = []

    if not wl.is_training:
        tokens = s + wl.generated_tokens
        kv_layers = hf_kv_layers(spec, tokens=tokens, batch=b, kv_type=wl.kv_cache_type)
        kv = sum(k.bytes for k in kv_layers)
        kv_slope = sum(k.per_cell_bytes * b for k in kv_layers if not k.sliding)
        per_tok = _prefill_bytes_per_token(spec, e)
        acts = per_tok * s * b
        width = _mlp_widths(spec)
        if fmt_spec.family == "bnb" and fmt != "int8":
            # 4-bit linears dequantize one weight at a time: at short prompts the dequantized
            # down_proj beside its input can exceed the SwiGLU temporaries.
            acts = max(acts, per_tok * s * b - 2 * e * width * s * b + e * h * width)
        if fmt == "int8":
            # LLM.int8 accumulates in int32: one int32 output of the widest linear per token
            acts += 4 * width * s * b
        acts += 4 * vocab * b  # generate() keeps fp32 logits of the last position only
        slack = int(TORCH_KV_FRAGMENTATION * kv)
        recurrent: list[Term] = []
        if spec.is_hybrid:
            # Conv state (batch, conv channels, kernel) in the model dtype; the delta-rule state
            # (batch, value heads, key dim, value dim) stays f32 as the kernel returns it.
            # source: transformers modeling_qwen3_next.py Qwen3NextGatedDeltaNet.forward and
            # torch_chunk_gated_delta_rule (last_recurrent_state in float32)
            rs = spec.n_linear_layers * recurrent_layer_bytes(
                spec, n_seq=b, conv_taps=spec.linear_conv_kernel, conv_bytes=e, state_bytes=4
            )
            recurrent.append(
                Term(
                    "recurrent_state",
                    rs,
                    "gpu",
                    f"{spec.n_linear_layers} linear-attention layers x {b} sequences x (conv "
                    "kernel x channels in the model dtype + f32 key x value state per head)",
                    "transformers modeling_qwen3_next.py (cache conv_states, recurrent_states)",
                    True,
                )
            )
            notes.append(
                "Linear-attention activations assume transformers' PyTorch fallback; with "
                "flash-linear-attention installed the prefill needs less."
            )
        terms += [
            Term(
                "weights",
                weights,
                "gpu",
                weights_formula,
                "reference §3",
                fmt_spec.family == "float",
            ),
            Term(
                "kv_cache",
                kv,
                "gpu",
                describe(kv_layers, wl.kv_cache_type) + f" ({tokens} tokens x {b} sequences)",
                "transformers DynamicCache",
                True,
                kv_slope,
            ),
            *recurrent,
            Term(
                "activations",
                acts,
                "gpu",
                f"prefill peak {per_tok} B/token x {s} tokens x {b}: "
                + (
                    "Gated DeltaNet f32 chunk tensors (8 x value width)"
                    if _deltanet_prefill_bytes_per_token(spec, e) > 3 * e * width
                    else "SwiGLU temporaries 3 x intermediate"
                )
                + " + 4 hidden-size tensors + rotary + ids",
                "derived from modeling_llama.py; checked on " + _CAL,
                False,
                per_tok * b,
            ),
            Term(
                "allocator_cache",
                slack + tied_cache,
                "gpu",
                f"caching allocator: {TORCH_KV_FRAGMENTATION:.0%} of the KV cache (grown by "
                "torch.cat each step)"
                + (
                    f" + {TORCH_TIED_HEAD_CACHED_FRACTION:.0%} of the freed untied head"
                    if tied_cache
                    else ""
                ),
                _CAL,
                False,
                TORCH_KV_FRAGMENTATION * kv_slope,
            ),
        ]
    else:
        terms += _training_terms(spec, fmt_spec, layout, wl, e=e, tied_cache=tied_cache)
        overhead += TORCH_TRAINING_EXTRA_BYTES
        if wl.mode == "qlora" and fmt_spec.family != "bnb":
            notes.append("QLoRA normally loads the base model in 4-bit (nf4).")

    terms.append(
        Term(
            "runtime_overhead",
            overhead * n_gpus,
            "gpu",
            "CUDA context, lazily loaded kernels, cuBLAS workspace (measured 0.68 GiB on H100)",
            _CAL,
        )
    )
    # Spread every GPU term evenly over the GPUs (layers split by device_map).
    spread: list[Term] = []
    for t in terms:
        if n_gpus == 1:
            spread.append(_on(t, gpu_device(0), t.bytes, t.per_token_bytes))
            continue
        share = t.bytes // n_gpus
        for g in range(n_gpus):
            part = share + (t.bytes - share * n_gpus if g == 0 else 0)
            spread.append(_on(t, gpu_device(g), part, t.per_token_bytes / n_gpus))
    active_read = layout.active_bytes
    return Estimate(
        model=spec,
        weights_format=fmt,
        workload=wl,
        terms=tuple(spread),
        gpu_layers=spec.n_layers + 1,
        n_gpus=n_gpus,
        params_total=counts.total,
        params_active=counts.active,
        weights_bytes=layout.total_bytes,
        read_bytes_per_token=tuple(
            (
                gpu_device(g),
                (active_read + (sum(t.bytes for t in terms if t.name == "kv_cache") // 2))
                // n_gpus,
            )
            for g in range(n_gpus)
        ),
        notes=tuple(notes),
    )


def _on(t: Term, device: str, n_bytes: int, slope: float) -> Term:
    return Term(t.name, n_bytes, device, t.formula, t.source, t.exact, slope)


def _training_terms(
    spec: ModelSpec,
    fmt_spec: WeightFormat,
    layout: WeightLayout,
    wl: Workload,
    *,
    e: int,
    tied_cache: int,
) -> list[Term]:
    """The larger of two moments: the loss and start of backward (weights, optimizer states of
    the previous step, saved activations, loss tensors) and the optimizer step (weights,
    gradients, states, and the foreach temporaries of torch's AdamW)."""
    b, s, h, vocab = wl.batch, wl.context_tokens, spec.hidden_size, spec.vocab_size
    tokens = b * s
    counts = param_counts(spec)
    tensors = model_tensors(spec)
    matrices = sum((t.shape[0] + t.shape[1]) * 4 for t in tensors if len(t.shape) >= 2)
    weights = layout.total_bytes
    weights_formula = f"{layout.format_id} weights"
    lora: LoraShape | None = None
    if wl.mode == "full":
        # Parameters train in their stored dtype: fp32 weights + autocast = mixed precision,
        # bf16 weights = pure bf16 (torch's AdamW keeps states in the parameter dtype).
        param_bytes = 4 if layout.format_id == "fp32" else 2
        if fmt_spec.family != "float":
            raise SpecError(
                f"full fine-tuning needs float weights (fp32 or bf16), got {layout.format_id}"
            )
        trainable = counts.total
        res = 4 if param_bytes == 4 else e
        autocast_copies = counts.total * e if param_bytes == 4 else 0
    else:
        lora = lora_trainable_params(spec, wl.lora_rank, wl.lora_targets)
        trainable = lora.trainable_params
        param_bytes = 4  # PEFT upcasts adapters to fp32 (autocast_adapter_dtype=True)
        autocast_copies = 0
        res = e
        if wl.mode == "qlora":
            # prepare_model_for_kbit_training casts every non-quantized parameter to fp32
            weights = layout.linear_bytes + 4 * layout.non_linear_params
            weights_formula += " with the non-quantized parameters upcast to fp32"
            res = 4
    grads = trainable * param_bytes
    states, states_formula = _optimizer_bytes(wl.optimizer, trainable, param_bytes, matrices)
    # Step temporaries. torch's foreach AdamW builds one parameter-sized list (sqrt of v with
    # eps; calibration full runs: +1.0 x params); foreach SGD updates its momentum in place;
    # bitsandbytes' 8-bit AdamW updates each block in one kernel; Adafactor works one tensor at
    # a time: grad squared and the factored update of the largest one, in fp32.
    # source: torch/optim/adamw.py and sgd.py _multi_tensor_*; transformers Adafactor.step
    if wl.optimizer == "adamw":
        step_temp, step_formula = trainable * param_bytes, "foreach AdamW: 1 x trainable params"
    elif wl.optimizer == "adafactor":
        largest = max(
            (t.n_elements for t in tensors if lora is None and len(t.shape) >= 2), default=0
        )
        step_temp, step_formula = 2 * 4 * largest, "Adafactor: 2 fp32 copies of the largest tensor"
    else:
        step_temp, step_formula = 0, ""
    per_layer = _saved_per_token_layer(spec, e=e, res=res, lora=lora)
    n_layers = spec.n_layers + spec.n_encoder_layers
    if wl.grad_checkpointing:
        saved = tokens * res * h * n_layers
        recompute = tokens * per_layer
        acts_formula = (
            f"checkpointed layer inputs {res} x hidden x {tokens} tokens x {n_layers} layers"
        )
    else:
        saved = tokens * per_layer * n_layers
        recompute = 0
        acts_formula = (
            f"{per_layer} B saved per token per layer x {tokens} tokens x {n_layers} layers"
        )
    loss = TORCH_LOSS_BYTES_PER_LOGIT * tokens * vocab
    backward_peak = weights + autocast_copies + states + saved + max(loss, recompute)
    step_peak = weights + grads + states + step_temp
    held_copies = 0 if wl.grad_checkpointing else autocast_copies
    cache = int(
        TORCH_LOSS_CACHED_FRACTION * loss
        + TORCH_TRAINING_ACT_CACHED_FRACTION * saved
        + TORCH_AUTOCAST_CACHED_FRACTION * held_copies
    )
    cache_formula = (
        f"caching allocator keeps {TORCH_LOSS_CACHED_FRACTION:.0%} of the loss tensors' blocks, "
        f"{TORCH_TRAINING_ACT_CACHED_FRACTION:.0%} of the activations"
        + (
            f" and {TORCH_AUTOCAST_CACHED_FRACTION:.0%} of the autocast weight copies"
            if held_copies
            else ""
        )
    )
    if tied_cache:
        cache += tied_cache
        cache_formula += " + the freed untied head"
    trainable_formula = f"{trainable:,} trainable params" + (
        f" (LoRA r={wl.lora_rank} on {', '.join(lora.modules)})" if lora else ""
    )
    terms = [Term("weights", weights, "gpu", weights_formula, "reference §3, §6.3", True)]
    if backward_peak >= step_peak:
        if autocast_copies:
            terms.append(
                Term(
                    "autocast_copies",
                    autocast_copies,
                    "gpu",
                    f"bf16 copy of each weight kept for backward ({e} B x params)",
                    "torch.autocast weight cache",
                    True,
                )
            )
        terms.append(
            Term(
                "optimizer_states",
                states,
                "gpu",
                states_formula + f"; {trainable_formula}",
                "reference §6.1",
                True,
            )
        )
        terms.append(
            Term(
                "activations",
                saved + max(0, recompute - loss),
                "gpu",
                acts_formula,
                "reference §5.2, derived per op; " + _CAL,
                False,
                saved / s + (tokens * per_layer / s if recompute > loss else 0),
            )
        )
        terms.append(
            Term(
                "loss",
                loss if loss >= recompute else 0,
                "gpu",
                f"{TORCH_LOSS_BYTES_PER_LOGIT} B x batch x seq x vocab (fp32 logits, "
                "log-softmax, gradient)",
                "transformers ForCausalLMLoss; reference §5.4",
                False,
                TORCH_LOSS_BYTES_PER_LOGIT * b * vocab,
            )
        )
    else:
        terms.append(
            Term(
                "gradients",
                grads,
                "gpu",
                f"{param_bytes} B x {trainable_formula}",
                "reference §6.1",
                True,
            )
        )
        terms.append(
            Term("optimizer_states", states, "gpu", states_formula, "reference §6.1", True)
        )
        if step_temp:
            terms.append(
                Term(
                    "optimizer_step_temp",
                    step_temp,
                    "gpu",
                    step_formula,
                    "torch.optim._multi_tensor; " + _CAL,
                    False,
                )
            )
    terms.append(
        Term(
            "allocator_cache",
            cache,
            "gpu",
            cache_formula,
            _CAL,
            False,
            TORCH_LOSS_CACHED_FRACTION * TORCH_LOSS_BYTES_PER_LOGIT * b * vocab,
        )
    )
    return terms
