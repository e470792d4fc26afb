"""config.json readers for the architectures of late 2025-2026: Mamba2 hybrids (Granite 4.0-H,
Nemotron-H, Falcon-H1), Llama 4, LFM2 and the llama-like families that differ from llama in a
field or two (SmolLM3, OLMo 2, Seed-OSS, Command R, GLM-4.5, MiniMax-M2, ERNIE 4.5, Hunyuan).

Each reader takes the checked ``_Reader`` of :mod:`vramscope.core.hf_config` and returns the
ModelSpec fields, like the readers there; :mod:`vramscope.core.hf_config` registers them in its
family table. Field names and defaults follow transformers'
``models/<type>/configuration_<type>.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from vramscope.core.errors import SpecError, shown
from vramscope.core.model import LayerAttention
from vramscope.core.notes import Note

if TYPE_CHECKING:
    from vramscope.core.hf_config import _Reader

__all__ = ["FAMILIES", "MODEL_TYPE_ALIASES", "TIE_DEFAULTS"]

# Re-declared here (the values of hf_config) so this module imports nothing from it at load.
_MAX_LAYERS = 10_000
_MAX_HEADS = 100_000
_MAX_WIDTH = 100_000_000
_MAX_EXPERTS = 1_000_000

# Model types a text config names differently from the checkpoint's top level.
MODEL_TYPE_ALIASES = {"llama4_text": "llama4", "gemma3n_text": "gemma3n"}

# tie_word_embeddings when the key is absent.
# source: transformers models/*/configuration_*.py __init__ defaults
TIE_DEFAULTS: dict[str, bool] = {
    "granitemoehybrid": False, "nemotron_h": False, "falcon_h1": False, "llama4": False,
    "lfm2": True, "smollm3": True, "olmo2": False, "seed_oss": False, "cohere": True,
    "glm4_moe": False, "minimax_m2": False, "ernie4_5_moe": True, "hunyuan_v1_moe": True,
    "gemma3n": True, "deepseek_v32": False, "kimi_k2": False,
    # issue 15's second round (see the readers after _kimi_k2)
    "glm4": False, "cohere2": True, "exaone": False, "exaone4": False, "granite": False,
    "granitemoe": False, "phimoe": False, "olmoe": False, "lfm2_moe": True,
    "hunyuan_v1_dense": False, "ernie4_5": True, "internlm3": False, "starcoder2": True,
    "phi": False,
}  # fmt: skip

# Mamba2 defaults of the hybrid configs.
# source: transformers GraniteMoeHybridConfig / FalconH1Config / NemotronHConfig __init__
MAMBA_DEFAULT_CONV_KERNEL = 4
MAMBA_DEFAULT_EXPAND = 2
# Llama 4 attends locally within 8192-token chunks on three of four layers (the fourth is a
# global layer without RoPE). source: transformers Llama4TextConfig (attention_chunk_size 8192,
# no_rope_layer_interval 4); llama.cpp src/llama-model.cpp LLM_ARCH_LLAMA4 (n_swa = 8192,
# set_swa_pattern(4))
LLAMA4_DEFAULT_CHUNK_TOKENS = 8192
LLAMA4_NO_ROPE_INTERVAL = 4
# LFM2's feed-forward width is adjusted from block_ff_dim like LLaMA's: 2/3 of it, times the
# multiplier, rounded up to block_multiple_of. source: transformers models/lfm2/
# modeling_lfm2.py Lfm2MLP
LFM2_DEFAULT_MULTIPLE_OF = 256
LFM2_DEFAULT_CONV_TAPS = 3


def _llama_base(r: _Reader) -> dict[str, Any]:
    from vramscope.core.hf_config import _llama_like

    return _llama_like(r, "llama")


def _kinds(
    listed: Sequence[object] | None, n_layers: int, field: str, table: dict[str, LayerAttention]
) -> tuple[LayerAttention, ...] | None:
    """Per-layer kinds from a ``layer_types`` list through ``table``; a wrong entry names the
    values allowed."""
    if listed is None:
        return None
    if len(listed) != n_layers:
        raise SpecError("spec.per_layer_count", field=field, count=len(listed), n_layers=n_layers)
    kinds: list[LayerAttention] = []
    for i, item in enumerate(listed):
        kind = table.get(item) if isinstance(item, str) else None
        if kind is None:
            raise SpecError(
                "spec.not_one_of",
                field=f"{field}[{i}]",
                allowed=", ".join(table),
                value=shown(item),
            )
        kinds.append(kind)
    return tuple(kinds)


def _mamba2_fields(
    r: _Reader,
    hidden: int,
    *,
    heads: tuple[str, ...],
    head_dim: tuple[str, ...],
    groups: tuple[str, ...],
    state: tuple[str, ...],
    conv: tuple[str, ...],
    expand: tuple[str, ...],
    inner: tuple[str, ...] = (),
    conv_bias: str,
    norm: bool = True,
    inner_from_heads: bool = False,
) -> dict[str, Any]:
    """A Mamba2 mixer's sizes in the linear_* fields (see ModelSpec): B/C groups as key heads,
    d_state as key head dim, SSM heads as value heads, the inner width per head as value head
    dim."""
    n_heads = r.integer(*heads, high=_MAX_HEADS)
    d_inner = r.optional_integer(*inner) if inner else None
    if inner_from_heads:
        # Nemotron-H: the inner width is heads x head_dim, whatever expand says
        d_inner = n_heads * r.integer(*head_dim)
    elif d_inner is None:
        d_inner = r.integer(*expand, default=MAMBA_DEFAULT_EXPAND, high=1024) * hidden
    # "auto" (Granite) or absent: the inner width split evenly over the heads
    found = r.present(*head_dim)
    per_head = d_inner // n_heads if found is None or found[1] == "auto" else r.integer(*head_dim)
    if n_heads * per_head != d_inner:
        raise SpecError(
            "spec.not_divisor",
            divisor_field=heads[0],
            field="mamba inner width",
            divisor=n_heads,
            value=d_inner,
        )
    return {
        "linear_kind": "mamba2",
        "linear_conv_kernel": r.integer(*conv, default=MAMBA_DEFAULT_CONV_KERNEL, high=_MAX_LAYERS),
        "linear_key_heads": r.integer(*groups, default=1, high=_MAX_HEADS),
        "linear_key_head_dim": r.integer(*state),
        "linear_value_heads": n_heads,
        "linear_value_head_dim": per_head,
        "linear_conv_bias": r.flag(conv_bias, True),
        "linear_norm": norm,
    }


def _granite_hybrid(r: _Reader, mt: str) -> dict[str, Any]:
    """Granite 4.0 (H): Mamba2 or attention per layer, each followed by an MoE of
    ``num_local_experts`` plus a shared MLP of ``shared_intermediate_size`` (the only MLP of the
    dense Micro models). Attention uses no position embedding.

    source: transformers models/granitemoehybrid/configuration_granitemoehybrid.py and
    modeling_granitemoehybrid.py (GraniteMoeHybridDecoderLayer: block_sparse_moe, shared_mlp)"""
    spec = _llama_base(r)
    layers, hidden = spec["n_layers"], spec["hidden_size"]
    kinds = _kinds(
        r.sequence("layer_types", _MAX_LAYERS),
        layers,
        "layer_types",
        {"mamba": "linear", "attention": "full"},
    )
    shared = r.integer("shared_intermediate_size", high=_MAX_WIDTH)
    expert_width = spec["intermediate_size"]
    spec["intermediate_size"] = shared
    spec["layer_attention"] = kinds if kinds and "linear" in kinds else ()
    if spec["layer_attention"]:
        spec.update(
            _mamba2_fields(
                r,
                hidden,
                heads=("mamba_n_heads",),
                head_dim=("mamba_d_head",),
                groups=("mamba_n_groups",),
                state=("mamba_d_state",),
                conv=("mamba_d_conv",),
                expand=("mamba_expand",),
                conv_bias="mamba_conv_bias",
            )
        )
    experts = r.optional_integer("num_local_experts", high=_MAX_EXPERTS) or 0
    if experts:
        spec.update(
            n_experts=experts,
            n_experts_per_token=r.integer("num_experts_per_tok", high=_MAX_EXPERTS),
            moe_intermediate_size=expert_width,
            shared_expert_intermediate_size=shared,
        )
    return spec


# Nemotron-H's hybrid_override_pattern: one character per layer.
# source: transformers models/nemotron_h/configuration_nemotron_h.py (M mamba, * attention,
# - mlp, E moe)
_NEMOTRON_PATTERN: dict[str, LayerAttention] = {
    "M": "linear",
    "*": "full",
    "-": "none",
    "E": "none",
}
_NEMOTRON_BLOCK_TYPES: dict[str, str] = {"mamba": "M", "attention": "*", "mlp": "-", "moe": "E"}


def _nemotron_h(r: _Reader, mt: str) -> dict[str, Any]:
    """Nemotron-H: each block is one of a Mamba2 mixer, an attention layer or a squared-ReLU
    MLP (an MoE in Nemotron 3), each after one RMSNorm.

    source: transformers models/nemotron_h/modeling_nemotron_h.py NemotronHBlock"""
    spec = _llama_base(r)
    layers, hidden = spec["n_layers"], spec["hidden_size"]
    pattern = _nemotron_pattern(r, layers)
    spec["layer_attention"] = tuple(_NEMOTRON_PATTERN[c] for c in pattern)
    spec["layer_mlp"] = tuple(c in "-E" for c in pattern)
    spec["norms_per_layer"] = 1
    spec["mlp"] = "plain"
    spec["head_dim"] = r.integer("head_dim", "attention_head_dim", default=spec["head_dim"])
    if "M" in pattern:
        spec.update(
            _mamba2_fields(
                r,
                hidden,
                heads=("mamba_num_heads",),
                head_dim=("mamba_head_dim",),
                groups=("n_groups", "mamba_n_groups"),
                state=("ssm_state_size",),
                conv=("conv_kernel",),
                expand=("expand",),
                conv_bias="use_conv_bias",
                inner_from_heads=True,
            )
        )
    if "E" in pattern:
        spec.update(
            n_experts=r.integer("n_routed_experts", high=_MAX_EXPERTS),
            n_experts_per_token=r.integer("num_experts_per_tok", high=_MAX_EXPERTS),
            moe_intermediate_size=r.integer("moe_intermediate_size", high=_MAX_WIDTH),
            shared_expert_intermediate_size=r.integer(
                "moe_shared_expert_intermediate_size", default=0, low=0, high=_MAX_WIDTH
            ),
            moe_layers=tuple(c == "E" for c in pattern),
            router_bias=False,
        )
    return spec


def _nemotron_pattern(r: _Reader, layers: int) -> str:
    listed = r.sequence("layers_block_type", _MAX_LAYERS)
    if listed is not None:
        kinds = []
        for i, item in enumerate(listed):
            char = _NEMOTRON_BLOCK_TYPES.get(item) if isinstance(item, str) else None
            if char is None:
                raise SpecError(
                    "spec.not_one_of",
                    field=f"layers_block_type[{i}]",
                    allowed=", ".join(_NEMOTRON_BLOCK_TYPES),
                    value=shown(item),
                )
            kinds.append(char)
        pattern = "".join(kinds)
    else:
        text = r.text("hybrid_override_pattern")
        if text is None:
            raise SpecError(
                "config.missing_key", key="hybrid_override_pattern", model_type="nemotron_h"
            )
        pattern = text
    if len(pattern) != layers:
        raise SpecError(
            "spec.per_layer_count", field="hybrid_override_pattern", count=len(pattern),
            n_layers=layers,
        )  # fmt: skip
    for i, c in enumerate(pattern):
        if c not in _NEMOTRON_PATTERN:
            raise SpecError(
                "spec.not_one_of",
                field=f"hybrid_override_pattern[{i}]",
                allowed="M, *, -, E",
                value=shown(c),
            )
    return pattern


def _falcon_h1(r: _Reader, mt: str) -> dict[str, Any]:
    """Falcon-H1: every layer runs attention and a Mamba2 mixer side by side on the same input,
    then a gated MLP; the SSM's gated norm is optional (mamba_rms_norm).

    source: transformers models/falcon_h1/modeling_falcon_h1.py FalconH1DecoderLayer"""
    spec = _llama_base(r)
    hidden = spec["hidden_size"]
    spec["parallel_ssm"] = True
    spec["qkv_bias"] = spec["o_bias"] = r.flag("attention_bias", False)
    spec.update(
        _mamba2_fields(
            r,
            hidden,
            heads=("mamba_n_heads",),
            head_dim=("mamba_d_head",),
            groups=("mamba_n_groups",),
            state=("mamba_d_state",),
            conv=("mamba_d_conv",),
            expand=("mamba_expand",),
            inner=("mamba_d_ssm",),
            conv_bias="mamba_conv_bias",
            norm=r.flag("mamba_rms_norm", False),
        )
    )
    return spec


def _llama4(r: _Reader, mt: str) -> dict[str, Any]:
    """Llama 4 (text): MoE layers (every ``interleave_moe_layer_step``-th) of routed experts
    plus one shared expert, both ``intermediate_size`` wide; dense layers
    ``intermediate_size_mlp`` wide. Three of four layers attend within 8192-token chunks with
    RoPE; the fourth is global without RoPE.

    source: transformers models/llama4/configuration_llama4.py Llama4TextConfig (moe_layers,
    no_rope_layers, layer_types) and modeling_llama4.py Llama4TextMoe (shared_expert)"""
    spec = _llama_base(r)
    layers = spec["n_layers"]
    expert_width = spec["intermediate_size"]
    spec["intermediate_size"] = r.integer(
        "intermediate_size_mlp", default=expert_width, high=_MAX_WIDTH
    )
    chunk = r.integer("attention_chunk_size", default=LLAMA4_DEFAULT_CHUNK_TOKENS,
                      high=1_000_000_000)  # fmt: skip
    listed_kinds = _kinds(
        r.sequence("layer_types", _MAX_LAYERS),
        layers,
        "layer_types",
        {"chunked_attention": "chunked", "full_attention": "full"},
    )
    kinds = listed_kinds if listed_kinds is not None else _llama4_kinds(r, layers)
    spec["layer_attention"] = kinds if "chunked" in kinds else ()
    spec["attention_chunk_tokens"] = chunk if "chunked" in kinds else None
    experts = r.optional_integer("num_local_experts", high=_MAX_EXPERTS) or 0
    if experts:
        listed = r.sequence("moe_layers", _MAX_LAYERS)
        if listed:
            routed = {_int_entry("moe_layers", i, v) for i, v in enumerate(listed)}
            mask = tuple(i in routed for i in range(layers))
        else:
            step = r.integer("interleave_moe_layer_step", default=1, high=_MAX_LAYERS)
            mask = tuple((i + 1) % step == 0 for i in range(layers))
        spec.update(
            n_experts=experts,
            n_experts_per_token=r.integer("num_experts_per_tok", high=_MAX_EXPERTS),
            moe_intermediate_size=expert_width,
            shared_expert_intermediate_size=expert_width,
            moe_layers=() if all(mask) else mask,
        )
    return spec


def _llama4_kinds(r: _Reader, layers: int) -> tuple[LayerAttention, ...]:
    """Chunked (RoPE) or global (NoPE) per layer from no_rope_layers, else every 4th global."""
    no_rope = r.sequence("no_rope_layers", _MAX_LAYERS) or ()
    if no_rope:
        if len(no_rope) != layers:
            raise SpecError(
                "spec.per_layer_count", field="no_rope_layers", count=len(no_rope),
                n_layers=layers,
            )  # fmt: skip
        # 1: the layer uses RoPE and chunked attention; 0: global NoPE layer
        use_rope = [bool(_int_entry("no_rope_layers", i, v)) for i, v in enumerate(no_rope)]
    else:
        use_rope = [(i + 1) % LLAMA4_NO_ROPE_INTERVAL != 0 for i in range(layers)]
    return tuple("chunked" if rope else "full" for rope in use_rope)


def _int_entry(field: str, i: int, value: object, high: int = _MAX_LAYERS) -> int:
    if isinstance(value, bool):
        return int(value)
    if not isinstance(value, int) or not 0 <= value <= high:
        raise SpecError(
            "spec.not_int_in_range", field=f"{field}[{i}]", low=0, high=high,
            value=shown(value),
        )  # fmt: skip
    return value


def _lfm2(r: _Reader, mt: str) -> dict[str, Any]:
    """LFM2: gated short-convolution layers and GQA attention layers (with per-head q/k norms),
    each followed by a SwiGLU MLP.

    source: transformers models/lfm2/configuration_lfm2.py and modeling_lfm2.py"""
    hidden = r.integer("hidden_size")
    layers = r.integer("num_hidden_layers", high=_MAX_LAYERS)
    heads = r.integer("num_attention_heads", high=_MAX_HEADS)
    listed = r.sequence("layer_types", _MAX_LAYERS)
    if listed is not None:
        kinds = _kinds(listed, layers, "layer_types", {"conv": "linear", "full_attention": "full"})
    else:
        idxs = {_int_entry("full_attn_idxs", i, v)
                for i, v in enumerate(r.sequence("full_attn_idxs", _MAX_LAYERS) or ())}  # fmt: skip
        kinds = tuple("full" if i in idxs else "linear" for i in range(layers))
    width = r.integer("block_ff_dim", "intermediate_size", high=_MAX_WIDTH)
    if r.flag("block_auto_adjust_ff_dim", True):
        width = 2 * width // 3
        multiplier = r.data.get("block_ffn_dim_multiplier")
        if isinstance(multiplier, int | float) and not isinstance(multiplier, bool):
            width = int(multiplier * width)
        multiple = r.integer("block_multiple_of", default=LFM2_DEFAULT_MULTIPLE_OF, high=_MAX_WIDTH)
        width = multiple * -(-width // multiple)
    spec: dict[str, Any] = {
        "n_layers": layers, "hidden_size": hidden, "n_heads": heads,
        "n_kv_heads": r.integer("num_key_value_heads", default=heads, high=_MAX_HEADS),
        "head_dim": max(hidden // heads, 1), "intermediate_size": width,
        "vocab_size": r.integer("vocab_size", high=_MAX_WIDTH),
        "max_context_tokens": r.integer("max_position_embeddings", high=1_000_000_000),
        "qk_norm": True, "layer_attention": kinds if kinds and "linear" in kinds else (),
    }  # fmt: skip
    if spec["layer_attention"]:
        spec["linear_kind"] = "short_conv"
        spec["linear_conv_kernel"] = r.integer(
            "conv_L_cache", default=LFM2_DEFAULT_CONV_TAPS, high=_MAX_LAYERS
        )
    tied = r.data.get("tie_embedding")
    if isinstance(tied, bool) and "tie_word_embeddings" not in r.data:
        spec["_tied"] = tied
    return spec


def _smollm3(r: _Reader, mt: str) -> dict[str, Any]:
    """SmolLM3: llama with RoPE dropped on every fourth layer (no_rope_layers), which changes
    no weight and no cache size. source: transformers models/smollm3/configuration_smollm3.py"""
    return _llama_base(r)


def _olmo2(r: _Reader, mt: str) -> dict[str, Any]:
    """OLMo 2: norms after attention and after the MLP instead of before, and RMSNorms over the
    whole q and k projections. source: transformers models/olmo2/modeling_olmo2.py"""
    spec = _llama_base(r)
    spec["qk_norm"] = spec["qk_norm_full"] = True
    return spec


def _seed_oss(r: _Reader, mt: str) -> dict[str, Any]:
    """Seed-OSS: biases on q, k and v (attention_bias) but on o only with attention_out_bias.
    source: transformers models/seed_oss/configuration_seed_oss.py"""
    spec = _llama_base(r)
    spec["o_bias"] = r.flag("attention_out_bias", False)
    return spec


def _cohere(r: _Reader, mt: str) -> dict[str, Any]:
    """Command R: attention and MLP in parallel after one LayerNorm without bias; optional
    per-head q/k LayerNorms (use_qk_norm). source: transformers models/cohere/modeling_cohere.py
    (CohereLayerNorm has a weight only, CohereDecoderLayer)"""
    spec = _llama_base(r)
    spec.update(norm="layer_no_bias", norms_per_layer=1, qk_norm=r.flag("use_qk_norm", False))
    return spec


def _moe_llama(
    r: _Reader,
    *,
    experts: tuple[str, ...],
    top_k: tuple[str, ...],
    width: tuple[str, ...],
    shared: tuple[str, ...] = (),
    first_dense: tuple[str, ...] = (),
    step: tuple[str, ...] = (),
) -> dict[str, Any]:
    """A llama-like model whose layers (after ``first_dense`` dense ones) route to experts of
    ``width`` plus ``shared`` shared experts of the same width (DeepSeek's layout)."""
    spec = _llama_base(r)
    layers = spec["n_layers"]
    n = r.optional_integer(*experts, high=_MAX_EXPERTS) or 0
    if not n:
        return spec
    first = r.integer(*first_dense, default=0, low=0, high=_MAX_LAYERS) if first_dense else 0
    every = r.integer(*step, default=1, high=_MAX_LAYERS) if step else 1
    mask = tuple(i >= first and (i - first) % every == 0 for i in range(layers))
    spec.update(
        n_experts=n,
        n_experts_per_token=r.integer(*top_k, high=_MAX_EXPERTS),
        moe_intermediate_size=r.integer(*width, high=_MAX_WIDTH),
        n_shared_experts=r.integer(*shared, default=0, low=0, high=_MAX_EXPERTS) if shared else 0,
        moe_layers=() if all(mask) else mask,
    )
    return spec


def _mtp_note(r: _Reader, *keys: str) -> list[Note]:
    if r.optional_integer(*keys, high=_MAX_LAYERS):
        # transformers drops multi-token-prediction layers at load; llama.cpp creates them but
        # skips their weights; vLLM loads them only for speculative decoding.
        return [Note.of("model.mtp_not_counted")]
    return []


def _glm4_moe(r: _Reader, mt: str) -> dict[str, Any]:
    """GLM-4.5 / 4.6: GQA attention with q/k/v biases, dense first layers, then 1 shared +
    routed experts; one MTP layer after the trunk (not counted: see _mtp_note).

    source: transformers models/glm4_moe/configuration_glm4_moe.py"""
    spec = _moe_llama(
        r,
        experts=("n_routed_experts",),
        top_k=("num_experts_per_tok",),
        width=("moe_intermediate_size",),
        shared=("n_shared_experts",),
        first_dense=("first_k_dense_replace",),
    )
    spec["qk_norm"] = r.flag("use_qk_norm", False)
    spec["o_bias"] = False  # Glm4MoeAttention: o_proj without bias whatever attention_bias says
    mtp = _mtp_note(r, "num_nextn_predict_layers")
    return {**spec, "_warnings": [*spec.get("_warnings", []), *mtp]}


def _minimax_m2(r: _Reader, mt: str) -> dict[str, Any]:
    """MiniMax-M2: every layer routes; q/k RMSNorms over the whole projections
    (qk_norm_type "per_layer"); MTP modules are not loaded by the runtimes.

    source: transformers models/minimax_m2/configuration_minimax_m2.py"""
    spec = _moe_llama(
        r, experts=("num_local_experts",), top_k=("num_experts_per_tok",),
        width=("intermediate_size",),
    )  # fmt: skip
    spec["qk_norm"] = r.flag("use_qk_norm", True)
    spec["qk_norm_full"] = spec["qk_norm"]
    return {**spec, "_warnings": [*spec.get("_warnings", []), *_mtp_note(r, "num_mtp_modules")]}


def _ernie45_moe(r: _Reader, mt: str) -> dict[str, Any]:
    """ERNIE 4.5 MoE: dense layers before moe_layer_start_index, then every
    moe_layer_interval-th layer routes to moe_num_experts plus moe_num_shared_experts.

    source: transformers models/ernie4_5_moe/configuration_ernie4_5_moe.py"""
    spec = _moe_llama(
        r,
        experts=("moe_num_experts",),
        top_k=("moe_k",),
        width=("moe_intermediate_size",),
        shared=("moe_num_shared_experts",),
        first_dense=("moe_layer_start_index",),
        step=("moe_layer_interval",),
    )
    bias = r.flag("use_bias", False)
    spec["qkv_bias"] = spec["o_bias"] = spec["mlp_bias"] = bias
    return spec


def _hunyuan_moe(r: _Reader, mt: str) -> dict[str, Any]:
    """Hunyuan-A13B: every layer routes to num_experts (moe_topk of them) plus
    num_shared_expert shared experts; per-head q/k norms.

    source: transformers models/hunyuan_v1_moe/configuration_hunyuan_v1_moe.py"""
    spec = _moe_llama(
        r,
        experts=("num_experts",),
        top_k=("moe_topk", "num_experts_per_tok"),
        width=("moe_intermediate_size", "intermediate_size"),
        shared=("num_shared_expert",),
    )
    spec["qk_norm"] = r.flag("use_qk_norm", True)
    return spec


def _gemma3n(r: _Reader, mt: str) -> dict[str, Any]:
    """Gemma 3n (text): Gemma 3's attention (sliding 4 of 5 layers, q/k norms, four norms per
    layer) plus per-layer embeddings, AltUp and LAuReL blocks; the last num_kv_shared_layers
    reuse earlier layers' K/V. intermediate_size may be listed per layer (MatFormer); the
    widest entry is the bound.

    source: transformers models/gemma3n/configuration_gemma3n.py Gemma3nTextConfig"""
    from vramscope.core.hf_config import _llama_like, _Reader

    data = dict(r.data)
    widths = data.get("intermediate_size")
    if isinstance(widths, list | tuple):
        listed = r.sequence("intermediate_size", _MAX_LAYERS) or ()
        if not listed:
            raise SpecError("spec.not_int_in_range", field="intermediate_size", low=1,
                            high=_MAX_WIDTH, value=shown(widths))  # fmt: skip
        data["intermediate_size"] = max(
            _int_entry("intermediate_size", i, v, _MAX_WIDTH) for i, v in enumerate(listed)
        )
    spec = _llama_like(_Reader(data, "gemma3_text"), "gemma3_text")
    spec.update(
        kv_shared_layers=r.integer("num_kv_shared_layers", default=0, low=0, high=_MAX_LAYERS),
        per_layer_input_width=r.integer("hidden_size_per_layer_input", default=0, low=0),
        per_layer_vocab=r.integer(
            "vocab_size_per_layer_input", default=spec["vocab_size"], high=_MAX_WIDTH
        ),
        altup_inputs=r.integer("altup_num_inputs", default=0, low=0, high=_MAX_LAYERS),
        laurel_rank=r.integer("laurel_rank", default=0, low=0),
    )
    return spec


def _deepseek_v32(r: _Reader, mt: str) -> dict[str, Any]:
    """DeepSeek-V3.2: DeepSeek-V3 plus the lightning indexer of DeepSeek Sparse Attention
    (index_n_heads x index_head_dim queries, one cached index_head_dim key per token).

    source: transformers models/deepseek_v32/configuration_deepseek_v32.py (index_n_heads 64,
    index_head_dim 128, index_topk 2048)"""
    from vramscope.core.hf_config import _deepseek

    spec = _deepseek(r, "deepseek_v3")
    spec["index_heads"] = r.integer("index_n_heads", high=_MAX_HEADS)
    spec["index_head_dim"] = r.integer("index_head_dim")
    return spec


def _kimi_k2(r: _Reader, mt: str) -> dict[str, Any]:
    """Kimi K2: DeepSeek-V3's layout (DeepseekV3ForCausalLM) under its own model_type.
    source: moonshotai/Kimi-K2-Instruct config.json (architectures DeepseekV3ForCausalLM)"""
    from vramscope.core.hf_config import _deepseek

    return _deepseek(r, "deepseek_v3")


# --- issue 15, second round: llama-like families hobbyists run --------------------------------

# Command R7B / Command A and EXAONE 4.0 slide a 4096-token window on three of four layers; the
# fourth is global. source: transformers models/cohere2/configuration_cohere2.py and
# models/exaone4/configuration_exaone4.py (sliding_window 4096, sliding_window_pattern 4;
# layer i is global when (i + 1) % pattern == 0)
SLIDING_DEFAULT_WINDOW = 4096
SLIDING_DEFAULT_PATTERN = 4
# ERNIE 4.5 (dense) keeps 128-wide heads whatever hidden / heads says.
# source: transformers models/ernie4_5/configuration_ernie4_5.py (head_dim 128)
ERNIE45_DEFAULT_HEAD_DIM = 128
_SLIDING_TYPES: dict[str, LayerAttention] = {
    "sliding_attention": "sliding",
    "full_attention": "full",
}


def _interleaved_window(r: _Reader, layers: int) -> dict[str, Any]:
    """Sliding or global per layer from ``layer_types``, else from ``sliding_window_pattern``
    (every n-th layer global, or a string of L (local) and G (global) whose last layer is always
    global); no window at all when the config sets ``sliding_window`` to null."""
    if "sliding_window" in r.data and r.data["sliding_window"] is None:
        return {"layer_attention": (), "sliding_window_tokens": None}
    window = r.integer("sliding_window", default=SLIDING_DEFAULT_WINDOW, high=1_000_000_000)
    listed = _kinds(r.sequence("layer_types", _MAX_LAYERS), layers, "layer_types", _SLIDING_TYPES)
    kinds = listed if listed is not None else _window_pattern(r, layers)
    if "sliding" not in kinds:
        return {"layer_attention": (), "sliding_window_tokens": None}
    return {"layer_attention": kinds, "sliding_window_tokens": window}


def _window_pattern(r: _Reader, layers: int) -> tuple[LayerAttention, ...]:
    found = r.present("sliding_window_pattern")
    if found is not None and isinstance(found[1], str):
        pattern = found[1]
        if not pattern or set(pattern) - {"L", "G"}:
            raise SpecError(
                "spec.not_one_of", field="sliding_window_pattern", allowed="L, G",
                value=shown(pattern),
            )  # fmt: skip
        local = [pattern[i % len(pattern)] == "L" and i < layers - 1 for i in range(layers)]
    else:
        every = r.integer(
            "sliding_window_pattern", default=SLIDING_DEFAULT_PATTERN, high=_MAX_LAYERS
        )
        local = [(i + 1) % every != 0 for i in range(layers)]
    return tuple("sliding" if slides else "full" for slides in local)


def _glm4(r: _Reader, mt: str) -> dict[str, Any]:
    """GLM-4-0414 (GLM-4-9B/32B, GLM-Z1): llama's attention with q/k/v biases (o_proj has none),
    a fused gate_up_proj, and four RMSNorms per layer (input, post_self_attn, post_attention,
    post_mlp).

    source: transformers models/glm4/configuration_glm4.py and modeling_glm4.py
    (Glm4DecoderLayer, Glm4MLP gate_up_proj); llama.cpp LLM_ARCH_GLM4 (ffn_up of 2 x n_ff)"""
    spec = _llama_base(r)
    spec["qkv_bias"] = r.flag("attention_bias", True)
    spec["o_bias"] = False
    spec.update(norms_per_layer=4, fused_gate_up=True)
    return spec


def _cohere2(r: _Reader, mt: str) -> dict[str, Any]:
    """Command R7B / Command A: Command R's parallel block and weight-only LayerNorm, with a
    4096-token sliding window on three of four layers (the global ones use no RoPE).

    source: transformers models/cohere2/configuration_cohere2.py and modeling_cohere2.py"""
    spec = _cohere(r, mt)
    spec["qk_norm"] = False  # Cohere2Attention has no q/k norms
    spec.update(_interleaved_window(r, spec["n_layers"]))
    return spec


def _exaone(r: _Reader, mt: str) -> dict[str, Any]:
    """EXAONE 3.0 / 3.5 (remote code): llama's layout under GPT-style field names (num_layers,
    layer_norm_epsilon, activation_function).

    source: LGAI-EXAONE/EXAONE-3.5-7.8B-Instruct configuration_exaone.py (ExaoneConfig:
    num_layers, num_attention_heads, num_key_value_heads, head_dim, intermediate_size) and
    modeling_exaone.py (ExaoneGatedMLP c_fc_0, c_fc_1, c_proj; no biases)"""
    from vramscope.core.hf_config import _llama_like, _Reader

    data = dict(r.data)
    if data.get("num_hidden_layers") is None and "num_layers" in data:
        data["num_hidden_layers"] = data["num_layers"]
    return _llama_like(_Reader(data, r.model_type), "llama")


def _exaone4(r: _Reader, mt: str) -> dict[str, Any]:
    """EXAONE 4.0: post-norm layers (RMSNorm after attention and after the MLP, none before),
    per-head q/k RMSNorms, and in the 32B a 4096-token window on three of four layers.

    source: transformers models/exaone4/configuration_exaone4.py and modeling_exaone4.py
    (Exaone4DecoderLayer post_attention_layernorm / post_feedforward_layernorm,
    Exaone4Attention q_norm / k_norm)"""
    spec = _llama_base(r)
    spec["qk_norm"] = True
    spec.update(_interleaved_window(r, spec["n_layers"]))
    return spec


def _granite(r: _Reader, mt: str) -> dict[str, Any]:
    """Granite 3.x (dense): llama with scalar multipliers, which change no weight.
    source: transformers models/granite/configuration_granite.py"""
    return _llama_base(r)


def _routed(r: _Reader, spec: dict[str, Any], width: int, *, dense_first: int = 0) -> None:
    """Every layer (after ``dense_first`` dense ones) routes to num_local_experts /
    num_experts experts of ``width``, num_experts_per_tok per token, no shared expert."""
    layers = spec["n_layers"]
    mask = tuple(i >= dense_first for i in range(layers))
    spec.update(
        n_experts=r.integer("num_local_experts", "num_experts", high=_MAX_EXPERTS),
        n_experts_per_token=r.integer("num_experts_per_tok", high=_MAX_EXPERTS),
        moe_intermediate_size=width,
        moe_layers=() if all(mask) else mask,
    )


def _granitemoe(r: _Reader, mt: str) -> dict[str, Any]:
    """Granite 3.x MoE (3B-A800M, 1B-A400M): every layer routes to num_local_experts experts
    of intermediate_size (a fused input_linear of gate and up, output_linear), router without
    bias. source: transformers models/granitemoe/configuration_granitemoe.py and
    modeling_granitemoe.py (GraniteMoeParallelExperts, GraniteMoeTopKGating)"""
    spec = _llama_base(r)
    _routed(r, spec, spec["intermediate_size"])
    return spec


def _phimoe(r: _Reader, mt: str) -> dict[str, Any]:
    """Phi-3.5-MoE: LayerNorms with bias, q/k/v/o biases (attention_bias), 16 experts of
    intermediate_size on every layer, and a biased lm_head (lm_head_bias; see tensors.py).
    Its sliding_window (131072) equals the context, so every layer is read as global.

    source: transformers models/phimoe/configuration_phimoe.py and modeling_phimoe.py"""
    spec = _llama_base(r)
    bias = r.flag("attention_bias", False)
    spec.update(norm="layer", qkv_bias=bias, o_bias=bias)
    _routed(r, spec, spec["intermediate_size"])
    return spec


def _olmoe(r: _Reader, mt: str) -> dict[str, Any]:
    """OLMoE: RMSNorms over the whole q and k projections, every layer routed to num_experts
    experts of intermediate_size. source: transformers models/olmoe/configuration_olmoe.py and
    modeling_olmoe.py (OlmoeAttention q_norm / k_norm, OlmoeSparseMoeBlock)"""
    spec = _llama_base(r)
    spec["qk_norm"] = spec["qk_norm_full"] = True
    _routed(r, spec, spec["intermediate_size"])
    return spec


def _lfm2_moe(r: _Reader, mt: str) -> dict[str, Any]:
    """LFM2-MoE (LFM2-8B-A1B): LFM2's conv/attention layers; the first num_dense_layers have an
    MLP of intermediate_size (used as is), the rest route to num_experts experts of
    moe_intermediate_size. The router's expert bias is a buffer (not a parameter).

    source: transformers models/lfm2_moe/configuration_lfm2_moe.py (num_dense_layers 2,
    use_expert_bias) and modeling_lfm2_moe.py (Lfm2MoeSparseMoeBlock)"""
    from vramscope.core.hf_config import _Reader

    data = {**r.data, "block_auto_adjust_ff_dim": False}
    data.pop("block_ff_dim", None)
    spec = _lfm2(_Reader(data, r.model_type), mt)
    dense = r.integer("num_dense_layers", default=2, low=0, high=spec["n_layers"])
    width = r.integer("moe_intermediate_size", high=_MAX_WIDTH)
    _routed(r, spec, width, dense_first=dense)
    return spec


def _hunyuan_dense(r: _Reader, mt: str) -> dict[str, Any]:
    """Hunyuan dense (0.5B-7B): llama with per-head q/k RMSNorms (use_qk_norm).
    source: transformers models/hunyuan_v1_dense/configuration_hunyuan_v1_dense.py"""
    spec = _llama_base(r)
    spec["qk_norm"] = r.flag("use_qk_norm", True)
    return spec


def _ernie45(r: _Reader, mt: str) -> dict[str, Any]:
    """ERNIE 4.5 dense (0.3B): llama with 128-wide heads by default and biases everywhere when
    use_bias. source: transformers models/ernie4_5/configuration_ernie4_5.py"""
    spec = _llama_base(r)
    spec["head_dim"] = r.integer("head_dim", default=ERNIE45_DEFAULT_HEAD_DIM)
    bias = r.flag("use_bias", False)
    spec["qkv_bias"] = spec["o_bias"] = spec["mlp_bias"] = bias
    return spec


def _internlm3(r: _Reader, mt: str) -> dict[str, Any]:
    """InternLM3 (remote code): llama with q/k/v biases under qkv_bias and o_proj / MLP biases
    under bias. source: internlm/internlm3-8b-instruct configuration_internlm3.py
    (InternLM3Config qkv_bias False, bias False) and modeling_internlm3.py"""
    spec = _llama_base(r)
    spec["qkv_bias"] = r.flag("qkv_bias", False)
    spec["o_bias"] = spec["mlp_bias"] = r.flag("bias", False)
    return spec


def _starcoder2(r: _Reader, mt: str) -> dict[str, Any]:
    """StarCoder2: LayerNorms with bias, biases on every projection (use_bias), a plain GELU MLP
    (c_fc, c_proj), and a sliding window on every layer when sliding_window is set.

    source: transformers models/starcoder2/configuration_starcoder2.py and
    modeling_starcoder2.py (Starcoder2MLP, Starcoder2Attention)"""
    spec = _llama_base(r)
    bias = r.flag("use_bias", True)
    spec.update(norm="layer", mlp="plain", qkv_bias=bias, o_bias=bias, mlp_bias=bias)
    window = r.optional_integer("sliding_window", high=1_000_000_000) or None
    if window is not None and window < spec["max_context_tokens"]:
        spec["layer_attention"] = ("sliding",) * spec["n_layers"]
        spec["sliding_window_tokens"] = window
    return spec


def _phi(r: _Reader, mt: str) -> dict[str, Any]:
    """Phi-1/1.5/2: attention and a plain GELU MLP (fc1, fc2) in parallel after one LayerNorm
    with bias; biases on every projection and on the lm_head (see tensors.py).

    source: transformers models/phi/configuration_phi.py and modeling_phi.py (PhiDecoderLayer,
    PhiAttention dense, PhiForCausalLM lm_head bias=True)"""
    spec = _llama_base(r)
    spec.update(
        norm="layer", norms_per_layer=1, mlp="plain", qkv_bias=True, o_bias=True, mlp_bias=True,
        qk_norm=r.flag("qk_layernorm", False),
    )  # fmt: skip
    return spec


FAMILIES: dict[str, Callable[[_Reader, str], dict[str, Any]]] = {
    "granitemoehybrid": _granite_hybrid, "nemotron_h": _nemotron_h, "falcon_h1": _falcon_h1,
    "llama4": _llama4, "lfm2": _lfm2, "smollm3": _smollm3, "olmo2": _olmo2,
    "seed_oss": _seed_oss, "cohere": _cohere, "glm4_moe": _glm4_moe, "minimax_m2": _minimax_m2,
    "ernie4_5_moe": _ernie45_moe, "hunyuan_v1_moe": _hunyuan_moe, "gemma3n": _gemma3n,
    "deepseek_v32": _deepseek_v32, "kimi_k2": _kimi_k2,
    "glm4": _glm4, "cohere2": _cohere2, "exaone": _exaone, "exaone4": _exaone4,
    "granite": _granite, "granitemoe": _granitemoe, "phimoe": _phimoe, "olmoe": _olmoe,
    "lfm2_moe": _lfm2_moe, "hunyuan_v1_dense": _hunyuan_dense, "ernie4_5": _ernie45,
    "internlm3": _internlm3, "starcoder2": _starcoder2, "phi": _phi,
}  # fmt: skip
