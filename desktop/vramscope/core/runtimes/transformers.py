"""transformers (PyTorch) on CUDA: inference with generate(), and full / LoRA / QLoRA training.

The peak device memory (what nvidia-smi shows) is PyTorch's reserved peak plus memory outside
the allocator (CUDA context, kernels, cuBLAS workspace). The reserved peak is the live tensors
at the worst moment plus blocks the caching allocator keeps after they were freed. The live
tensors are modelled from what each operation saves or holds; see reference §5 and §6, and
``shared/calibration/README.md`` for how the calibration runs were made.

One function per term returns its bytes, bytes per token and formula; the estimate spreads
every term evenly over the GPUs (layers split by device_map).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..constants import (
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
from ..errors import SpecError, shown
from ..estimate import Estimate, Term, gpu_device
from ..formats import WeightFormat
from ..kv import hf_kv_layers, recurrent_layer_bytes
from ..model import ModelSpec
from ..notes import Note, ParamValue
from ..tensors import TensorInfo, model_tensors, param_counts
from ..terms import (
    ACTIVATIONS,
    ALLOCATOR_CACHE,
    AUTOCAST_COPIES,
    GRADIENTS,
    KV_CACHE,
    LOSS,
    OPTIMIZER_STATES,
    OPTIMIZER_STEP_TEMP,
    RECURRENT_STATE,
    RUNTIME_OVERHEAD,
    WEIGHTS,
)
from ..weights import WeightLayout
from ..workload import Workload
from ._part import Part, kv_formula, kv_totals, note_of

__all__ = ["LoraShape", "estimate_transformers", "lora_trainable_params"]

_DTYPE_BYTES = {"bf16": 2, "fp16": 2, "fp32": 4}
_CAL = "calibration h100-transformers.jsonl"
_F = "formula.transformers."


# --- shapes -----------------------------------------------------------------------------------


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
            "runtime.lora_target_unknown",
            field="lora_targets",
            value=shown(unknown[0]),
            model=spec.display_name,
            known=", ".join(sorted(known)),
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


# --- the estimate -----------------------------------------------------------------------------


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
        raise SpecError("runtime.needs_gpu", field="runtime", value=wl.runtime)
    if fmt_spec.is_gguf:
        raise SpecError(
            "runtime.gguf_needs_llamacpp",
            field="weights",
            value=layout.format_id,
            runtime=wl.runtime,
        )
    e = _DTYPE_BYTES[wl.compute_dtype]
    tied_cache = 0
    if spec.tied_embeddings:
        tied_cache = int(TORCH_TIED_HEAD_CACHED_FRACTION * spec.vocab_size * spec.hidden_size * e)
    if wl.is_training:
        parts = _training_terms(spec, fmt_spec, layout, wl, e=e, tied_cache=tied_cache)
    else:
        parts = _inference_terms(spec, fmt_spec, layout, wl, e=e, tied_cache=tied_cache)
    parts.append(_overhead(layout, wl, n_gpus))
    counts = param_counts(spec)
    cache = sum(p.bytes for p in parts if p.name == KV_CACHE)
    return Estimate(
        model=spec,
        weights_format=layout.format_id,
        workload=wl,
        terms=tuple(_spread(parts, n_gpus)),
        gpu_layers=spec.n_layers + 1,
        n_gpus=n_gpus,
        params_total=counts.total,
        params_active=counts.active,
        weights_bytes=layout.total_bytes,
        read_bytes_per_token=tuple(
            (gpu_device(g), (layout.active_bytes + (cache // 2)) // n_gpus) for g in range(n_gpus)
        ),
        notes=_notes(spec, fmt_spec, wl),
    )


def _spread(parts: list[Part], n_gpus: int) -> list[Term]:
    """Every term split evenly over the GPUs (layers split by device_map); the first GPU takes
    the remainder."""
    terms: list[Term] = []
    for p in parts:
        if n_gpus == 1:
            terms.append(p.on(gpu_device(0)))
            continue
        share = p.bytes // n_gpus
        for g in range(n_gpus):
            n_bytes = share + (p.bytes - share * n_gpus if g == 0 else 0)
            terms.append(p.on(gpu_device(g), n_bytes, p.per_token_bytes / n_gpus))
    return terms


def _overhead(layout: WeightLayout, wl: Workload, n_gpus: int) -> Part:
    """CUDA context, lazily loaded kernels, cuBLAS workspace per GPU; LLM.int8 and training load
    more kernels."""
    overhead = TORCH_CUDA_OVERHEAD_BYTES + (
        TORCH_INT8_EXTRA_BYTES if layout.format_id == "int8" else 0
    )
    if wl.is_training:
        overhead += TORCH_TRAINING_EXTRA_BYTES
    return Part(RUNTIME_OVERHEAD, overhead * n_gpus, note_of(_F + "overhead"), _CAL)


def _notes(spec: ModelSpec, fmt_spec: WeightFormat, wl: Workload) -> tuple[Note, ...]:
    if not wl.is_training:
        return (note_of("estimate.linear_attention_fallback"),) if spec.is_hybrid else ()
    # The stack the training terms model (_saved_per_token_layer, _training_weights): PyTorch
    # SDPA attention, PEFT adapters (fp32, prepare_model_for_kbit_training for QLoRA) and
    # bitsandbytes for 4/8-bit weights and 8-bit AdamW. Checkpointing off (not the default)
    # changes the activations most of all, so it gets a note of its own.
    notes = [note_of(f"estimate.training_stack_{wl.mode}")]
    if not wl.grad_checkpointing:
        notes.append(note_of("estimate.grad_checkpointing_off"))
    if wl.mode == "qlora" and fmt_spec.family != "bnb":
        notes.append(note_of("estimate.qlora_not_4bit"))
    return tuple(notes)


# --- inference --------------------------------------------------------------------------------


def _inference_terms(
    spec: ModelSpec,
    fmt_spec: WeightFormat,
    layout: WeightLayout,
    wl: Workload,
    *,
    e: int,
    tied_cache: int,
) -> list[Part]:
    """generate(): the weights, the dynamic KV cache, the prefill peak and the allocator's
    leftovers (plus the recurrent states of a hybrid model)."""
    weights = Part(
        WEIGHTS,
        layout.total_bytes,
        note_of(
            _F + "weights_loaded",
            weights=layout.format_id,
            gib=f"{layout.total_bytes / 2**30:.2f}",
        ),
        "reference §3",
        exact=fmt_spec.family == "float",
    )
    cache = _dynamic_cache(spec, wl)
    parts = [weights, cache]
    if spec.is_hybrid:
        parts.append(_recurrent_state(spec, wl, e))
    parts.append(_prefill_activations(spec, fmt_spec, layout, wl, e))
    parts.append(_generate_allocator_cache(cache, tied_cache))
    return parts


def _dynamic_cache(spec: ModelSpec, wl: Workload) -> Part:
    """Every prompt and generated token in the cache dtype (sliding layers keep the window)."""
    b = wl.batch
    tokens = wl.context_tokens + wl.generated_tokens
    kv = kv_totals(spec, hf_kv_layers, tokens=tokens, batch=b, kv_type=wl.kv_cache_type)
    return Part(
        KV_CACHE,
        kv.bytes,
        kv_formula(_F + "kv", kv.described, wl.kv_cache_type, tokens=tokens, sequences=b),
        "transformers DynamicCache",
        kv.per_token_bytes,
    )


def _recurrent_state(spec: ModelSpec, wl: Workload, e: int) -> Part:
    """Conv state (batch, conv channels, kernel) in the model dtype; the delta-rule state
    (batch, value heads, key dim, value dim) stays f32 as the kernel returns it.

    source: transformers modeling_qwen3_next.py Qwen3NextGatedDeltaNet.forward and
    torch_chunk_gated_delta_rule (last_recurrent_state in float32)"""
    b = wl.batch
    # Mamba2 (HybridMambaAttentionDynamicCache) and LFM2's conv cache keep the model dtype.
    # source: transformers models/granitemoehybrid/modeling_granitemoehybrid.py (ssm_states
    # dtype=dtype), models/lfm2/modeling_lfm2.py Lfm2HybridConvCache (batch, hidden, L_cache)
    state_bytes = 4 if spec.linear_kind == "gated_deltanet" else e
    rs = spec.n_state_layers * recurrent_layer_bytes(
        spec, n_seq=b, conv_taps=spec.linear_conv_kernel, conv_bytes=e, state_bytes=state_bytes
    )
    return Part(
        RECURRENT_STATE,
        rs,
        note_of(
            _F + ("recurrent_state" if state_bytes == 4 else "recurrent_state_model_dtype"),
            layers=spec.n_state_layers,
            sequences=b,
        ),
        "transformers modeling_qwen3_next.py (cache conv_states, recurrent_states)",
    )


def _prefill_activations(
    spec: ModelSpec, fmt_spec: WeightFormat, layout: WeightLayout, wl: Workload, e: int
) -> Part:
    """The prefill peak over the whole prompt, plus the fp32 logits generate() keeps."""
    b, s, h, fmt = wl.batch, wl.context_tokens, spec.hidden_size, layout.format_id
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
    acts += 4 * spec.vocab_size * b  # generate() keeps fp32 logits of the last position only
    deltanet = _deltanet_prefill_bytes_per_token(spec, e) > 3 * e * width
    note = note_of(
        _F + ("activations_deltanet" if deltanet else "activations_swiglu"),
        per_token=per_tok,
        tokens=s,
        sequences=b,
    )
    return Part(
        ACTIVATIONS,
        acts,
        note,
        "derived from modeling_llama.py; checked on " + _CAL,
        per_tok * b,
    )


def _generate_allocator_cache(cache: Part, tied_cache: int) -> Part:
    """Blocks the caching allocator keeps: a share of the cache (grown by torch.cat each step)
    and of the untied head's copy freed after loading."""
    slack = int(TORCH_KV_FRAGMENTATION * cache.bytes)
    params: dict[str, ParamValue] = {"kv_fraction": TORCH_KV_FRAGMENTATION}
    if tied_cache:
        params["head_fraction"] = TORCH_TIED_HEAD_CACHED_FRACTION
    code = _F + ("allocator_kv_tied" if tied_cache else "allocator_kv")
    return Part(
        ALLOCATOR_CACHE,
        slack + tied_cache,
        note_of(code, **params),
        _CAL,
        TORCH_KV_FRAGMENTATION * cache.per_token_bytes,
    )


# --- training ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Training:
    """The quantities of one training step that more than one term needs."""

    wl: Workload
    e: int  # compute dtype bytes
    res: int  # residual-stream dtype bytes
    hidden: int
    vocab: int
    n_layers: int
    lora: LoraShape | None
    trainable: int
    param_bytes: int
    weights: Part
    autocast_copies: int
    per_layer: int  # bytes saved per token per layer

    @property
    def tokens(self) -> int:
        return self.wl.batch * self.wl.context_tokens

    @property
    def grads(self) -> int:
        return self.trainable * self.param_bytes

    @property
    def loss(self) -> int:
        return TORCH_LOSS_BYTES_PER_LOGIT * self.tokens * self.vocab

    @property
    def saved(self) -> int:
        """Activations saved for backward (only the layer inputs under checkpointing)."""
        if self.wl.grad_checkpointing:
            return self.tokens * self.res * self.hidden * self.n_layers
        return self.tokens * self.per_layer * self.n_layers

    @property
    def recompute(self) -> int:
        """One layer's saved activations, rebuilt during backward under checkpointing."""
        return self.tokens * self.per_layer if self.wl.grad_checkpointing else 0

    def trainable_params(self) -> dict[str, ParamValue]:
        """The parameters of '1,234 trainable params (LoRA r=16 on q_proj, v_proj)'."""
        params: dict[str, ParamValue] = {"trainable": f"{self.trainable:,}"}
        if self.lora is not None:
            params |= {"rank": self.wl.lora_rank, "modules": ", ".join(self.lora.modules)}
        return params


def _training(
    spec: ModelSpec, fmt_spec: WeightFormat, layout: WeightLayout, wl: Workload, e: int
) -> _Training:
    """What trains and in which dtype: full fine-tuning trains every parameter in its stored
    dtype; LoRA and QLoRA train fp32 adapters over frozen (QLoRA: 4-bit) weights."""
    counts = param_counts(spec)
    weights_bytes, code = layout.total_bytes, _F + "weights"
    lora: LoraShape | None = None
    if wl.mode == "full":
        # Parameters train in their stored dtype: fp32 weights + autocast = mixed precision,
        # bf16 weights = pure bf16 (torch's AdamW keeps states in the parameter dtype).
        param_bytes = 4 if layout.format_id == "fp32" else 2
        if fmt_spec.family != "float":
            raise SpecError("runtime.full_needs_float", field="weights", value=layout.format_id)
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
            weights_bytes = layout.linear_bytes + 4 * layout.non_linear_params
            code += "_qlora"
            res = 4
    weights = Part(
        WEIGHTS, weights_bytes, note_of(code, weights=layout.format_id), "reference §3, §6.3"
    )
    return _Training(
        wl=wl,
        e=e,
        res=res,
        lora=lora,
        trainable=trainable,
        param_bytes=param_bytes,
        weights=weights,
        autocast_copies=autocast_copies,
        hidden=spec.hidden_size,
        vocab=spec.vocab_size,
        n_layers=spec.n_layers + spec.n_encoder_layers,
        per_layer=_saved_per_token_layer(spec, e=e, res=res, lora=lora),
    )


def _training_terms(
    spec: ModelSpec,
    fmt_spec: WeightFormat,
    layout: WeightLayout,
    wl: Workload,
    *,
    e: int,
    tied_cache: int,
) -> list[Part]:
    """The larger of two moments: the loss and start of backward (weights, optimizer states of
    the previous step, saved activations, loss tensors) and the optimizer step (weights,
    gradients, states, and the foreach temporaries of torch's AdamW)."""
    t = _training(spec, fmt_spec, layout, wl, e)
    states = _optimizer_states(spec, t)
    step_temp = _step_temp(spec, t)
    backward_peak = (
        t.weights.bytes + t.autocast_copies + states.bytes + t.saved + max(t.loss, t.recompute)
    )
    step_peak = t.weights.bytes + t.grads + states.bytes + (step_temp.bytes if step_temp else 0)
    parts = [t.weights]
    if backward_peak >= step_peak:
        if t.autocast_copies:
            parts.append(_autocast_copies(t))
        parts += [_with_trainable(states, t), _activations(t), _loss(t)]
    else:
        parts += [_gradients(t), states]
        if step_temp and step_temp.bytes:
            parts.append(step_temp)
    parts.append(_training_allocator_cache(t, tied_cache))
    return parts


def _autocast_copies(t: _Training) -> Part:
    """torch.autocast keeps a compute-dtype copy of each fp32 weight for backward."""
    return Part(
        AUTOCAST_COPIES,
        t.autocast_copies,
        note_of(_F + "autocast_copies", dtype_size=t.e),
        "torch.autocast weight cache",
    )


def _optimizer_states(spec: ModelSpec, t: _Training) -> Part:
    """The optimizer's state: AdamW's m and v, 8-bit AdamW's blocks, SGD's momentum or
    Adafactor's factored second moment (a row and a column vector per matrix, fp32)."""
    optimizer, params, param_bytes = t.wl.optimizer, t.trainable, t.param_bytes
    if optimizer == "adamw":
        n_bytes = 2 * params * param_bytes
    elif optimizer == "adamw-8bit":
        n_bytes = int(params * ADAMW_8BIT_BYTES_PER_PARAM)
    elif optimizer == "sgd":
        n_bytes = params * param_bytes
    else:
        n_bytes = sum(
            (x.shape[0] + x.shape[1]) * 4 for x in model_tensors(spec) if len(x.shape) >= 2
        )
    code = _F + "states." + optimizer.replace("-", "_")
    return Part(OPTIMIZER_STATES, n_bytes, note_of(code), "reference §6.1")


def _with_trainable(states: Part, t: _Training) -> Part:
    """The states' formula followed by what trains ('; 1,234 trainable params ...')."""
    code = states.formula.code + (".lora" if t.lora is not None else ".params")
    return states._replace(formula=note_of(code, **t.trainable_params()))


def _step_temp(spec: ModelSpec, t: _Training) -> Part | None:
    """Step temporaries. torch's foreach AdamW builds one parameter-sized list (sqrt of v with
    eps; calibration full runs: +1.0 x params); foreach SGD updates its momentum in place;
    bitsandbytes' 8-bit AdamW updates each block in one kernel; Adafactor works one tensor at
    a time: grad squared and the factored update of the largest one, in fp32. None: no
    temporaries.

    source: torch/optim/adamw.py and sgd.py _multi_tensor_*; transformers Adafactor.step"""
    if t.wl.optimizer == "adamw":
        n_bytes, code = t.trainable * t.param_bytes, "step.adamw"
    elif t.wl.optimizer == "adafactor":
        largest = max(
            (x.n_elements for x in model_tensors(spec) if t.lora is None and len(x.shape) >= 2),
            default=0,
        )
        n_bytes, code = 2 * 4 * largest, "step.adafactor"
    else:
        return None
    return Part(
        OPTIMIZER_STEP_TEMP, n_bytes, note_of(_F + code), "torch.optim._multi_tensor; " + _CAL
    )


def _activations(t: _Training) -> Part:
    """Saved activations, plus the part of one layer's recomputation the loss does not cover."""
    s, tokens, saved, recompute, loss = t.wl.context_tokens, t.tokens, t.saved, t.recompute, t.loss
    if t.wl.grad_checkpointing:
        note = note_of(
            _F + "activations_checkpointed", res_size=t.res, tokens=tokens, layers=t.n_layers
        )
    else:
        note = note_of(
            _F + "activations_saved", per_layer=t.per_layer, tokens=tokens, layers=t.n_layers
        )
    return Part(
        ACTIVATIONS,
        saved + max(0, recompute - loss),
        note,
        "reference §5.2, derived per op; " + _CAL,
        saved / s + (tokens * t.per_layer / s if recompute > loss else 0),
    )


def _loss(t: _Training) -> Part:
    """fp32 logits, their log-softmax and its gradient (0 when a recomputed layer is larger)."""
    return Part(
        LOSS,
        t.loss if t.loss >= t.recompute else 0,
        note_of(_F + "loss", logit_size=TORCH_LOSS_BYTES_PER_LOGIT),
        "transformers ForCausalLMLoss; reference §5.4",
        TORCH_LOSS_BYTES_PER_LOGIT * t.wl.batch * t.vocab,
    )


def _gradients(t: _Training) -> Part:
    """One gradient per trainable parameter, in the parameter dtype."""
    code = _F + ("gradients.lora" if t.lora is not None else "gradients.params")
    return Part(
        GRADIENTS,
        t.grads,
        note_of(code, param_size=t.param_bytes, **t.trainable_params()),
        "reference §6.1",
    )


def _training_allocator_cache(t: _Training, tied_cache: int) -> Part:
    """Blocks the caching allocator keeps after the loss tensors, activations and (without
    checkpointing) autocast copies were freed, plus the untied head's."""
    held_copies = 0 if t.wl.grad_checkpointing else t.autocast_copies
    cache = int(
        TORCH_LOSS_CACHED_FRACTION * t.loss
        + TORCH_TRAINING_ACT_CACHED_FRACTION * t.saved
        + TORCH_AUTOCAST_CACHED_FRACTION * held_copies
    )
    params: dict[str, ParamValue] = {
        "loss_fraction": TORCH_LOSS_CACHED_FRACTION,
        "activations_fraction": TORCH_TRAINING_ACT_CACHED_FRACTION,
    }
    code = _F + "allocator_training"
    if held_copies:
        code += "_autocast"
        params["autocast_fraction"] = TORCH_AUTOCAST_CACHED_FRACTION
    if tied_cache:
        cache += tied_cache
        code += "_tied"
    return Part(
        ALLOCATOR_CACHE,
        cache,
        note_of(code, **params),
        _CAL,
        TORCH_LOSS_CACHED_FRACTION * TORCH_LOSS_BYTES_PER_LOGIT * t.wl.batch * t.vocab,
    )
