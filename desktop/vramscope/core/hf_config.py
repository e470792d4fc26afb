"""Read a Hugging Face ``config.json`` (already parsed into a dict) into a ModelSpec.

The dict is treated as hostile: every field is type- and range-checked, and anything wrong ends
in a :class:`~vramscope.core.errors.SpecError` naming the field, never a TypeError or KeyError.
Field names and per-class defaults follow transformers' ``models/<type>/configuration_<type>.py``
(reference §1.1). A field that is absent takes the class default only where transformers' own
defaults are what released checkpoints rely on (``tie_word_embeddings``, ``head_dim``,
``num_key_value_heads``, the Gemma 3 ``text_config`` of multimodal checkpoints); a missing size
field is otherwise an error, because silently estimating a default-sized model would mislead.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from vramscope.core.errors import SpecError, clip_value, shown
from vramscope.core.model import LayerAttention, ModelSpec
from vramscope.core.notes import Note
from vramscope.core.vision import vision_from_config

__all__ = ["spec_from_config"]

# Upper bounds that no real model comes near; they stop absurd or hostile values early.
# source: largest public configs (DeepSeek-V3 hidden 7168, vocab 262208 for Gemma 3,
# 10M-token context for Llama 4 Scout); the caps leave two orders of magnitude of headroom.
MAX_HIDDEN_SIZE = 1_000_000
MAX_LAYERS = 10_000
MAX_HEADS = 100_000
MAX_VOCAB_SIZE = 100_000_000
MAX_INTERMEDIATE_SIZE = 100_000_000
MAX_EXPERTS = 1_000_000
MAX_CONTEXT_TOKENS = 1_000_000_000
MAX_QUANT_BITS = 64

# T5 has relative positions and no max_position_embeddings; its configs say n_positions 512.
# source: transformers models/t5/configuration_t5.py (n_positions), t5-11b config.json
T5_DEFAULT_CONTEXT_TOKENS = 512
# BLOOM uses ALiBi and stores no context length; it was trained on 2048-token sequences.
# source: BLOOM paper (arXiv:2211.05100) §3.4, "sequence length of 2048 tokens"
BLOOM_DEFAULT_CONTEXT_TOKENS = 2048
# GPTQ/AWQ ids carry the group size only when it differs from the common 128.
# source: AutoGPTQ / AutoAWQ default group_size=128
DEFAULT_QUANT_GROUP_SIZE = 128

# tie_word_embeddings when the key is absent: the default of each transformers config class.
# source: transformers models/*/configuration_*.py __init__ defaults (PretrainedConfig: True)
TIE_DEFAULTS: dict[str, bool] = {
    "llama": False, "mistral": False, "mixtral": False, "qwen2": False, "qwen2_moe": False,
    "qwen3": False, "qwen3_moe": False, "gemma": True, "gemma2": True, "gemma3_text": True,
    "phi3": False, "gpt2": True, "bloom": True, "t5": True, "mt5": False,
    "deepseek_v2": False, "deepseek_v3": False, "gpt_oss": False, "qwen3_next": False,
    "qwen3_5_text": False, "qwen3_5_moe_text": False,
}  # fmt: skip

# Multimodal Gemma 3 checkpoints list only a few text_config fields and rely on these.
# source: transformers models/gemma3/configuration_gemma3.py Gemma3TextConfig defaults
GEMMA3_TEXT_DEFAULTS: dict[str, object] = {
    "vocab_size": 262_208, "num_attention_heads": 8, "num_key_value_heads": 4, "head_dim": 256,
    "max_position_embeddings": 131_072, "sliding_window": 4096, "sliding_window_pattern": 6,
}  # fmt: skip

# Model types whose config nests the text model in text_config under another name.
_TEXT_MODEL_TYPE = {
    "gemma3": "gemma3_text", "qwen3_5": "qwen3_5_text", "qwen3_5_moe": "qwen3_5_moe_text",
    # Vision-language checkpoints whose text model is a Qwen2 / Qwen3 decoder (the text fields
    # flat at the top for Qwen2.5-VL, nested in text_config for Qwen3-VL).
    # source: transformers models/qwen2_5_vl/configuration_qwen2_5_vl.py, models/qwen3_vl/
    # configuration_qwen3_vl.py, models/qwen3_vl_moe/configuration_qwen3_vl_moe.py
    "qwen2_5_vl": "qwen2", "qwen2_5_vl_text": "qwen2", "qwen3_vl": "qwen3",
    "qwen3_vl_text": "qwen3", "qwen3_vl_moe": "qwen3_moe", "qwen3_vl_moe_text": "qwen3_moe",
}  # fmt: skip

# Hybrid models whose layers alternate Gated DeltaNet (linear attention) and gated full attention.
# source: transformers models/qwen3_next/configuration_qwen3_next.py, models/qwen3_5/
# configuration_qwen3_5.py (layer_types, else full attention every full_attention_interval-th
# layer, default 4)
_DELTANET_MODEL_TYPES = frozenset({"qwen3_next", "qwen3_5_text", "qwen3_5_moe_text"})
DEFAULT_FULL_ATTENTION_INTERVAL = 4

_LLAMA_LIKE = frozenset({
    "llama", "mistral", "mixtral", "qwen2", "qwen2_moe", "qwen3", "qwen3_moe", "gemma",
    "gemma2", "gemma3_text", "phi3", "gpt_oss", *_DELTANET_MODEL_TYPES,
})  # fmt: skip

_DTYPES = {
    "bfloat16": "bfloat16", "bf16": "bfloat16", "float16": "float16", "fp16": "float16",
    "half": "float16", "float32": "float32", "fp32": "float32", "float": "float32",
}  # fmt: skip
_SHORT_REPR = 60


def _show(value: object) -> str:
    # Bounded: repr() of a 1,000-deep value from a hostile config.json raises RecursionError.
    return clip_value(value, _SHORT_REPR)


class _Reader:
    """Typed, range-checked access to one level of a config dict."""

    def __init__(self, data: Mapping[Any, object], model_type: str) -> None:
        self.data = data
        self.model_type = model_type

    def present(self, *keys: str) -> tuple[str, object] | None:
        """The first key that is present with a non-null value, with the value."""
        for key in keys:
            value = self.data.get(key)
            if value is not None:
                return key, value
        return None

    def integer(
        self, *keys: str, default: int | None = None, low: int = 1, high: int = MAX_HIDDEN_SIZE
    ) -> int:
        value = self.optional_integer(*keys, low=low, high=high)
        if value is not None:
            return value
        if default is None:
            if not self.model_type:
                raise SpecError("config.missing_key_untyped", key=keys[0])
            raise SpecError("config.missing_key", key=keys[0], model_type=self.model_type)
        return default

    def optional_integer(self, *keys: str, low: int = 0, high: int = MAX_HIDDEN_SIZE) -> int | None:
        found = self.present(*keys)
        if found is None:
            return None
        key, value = found
        return _as_int(key, value, low, high)

    def flag(self, key: str, default: bool) -> bool:
        value = self.data.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise SpecError("spec.not_bool", field=key, value=shown(value))
        return value

    def text(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise SpecError("spec.not_string", field=key, value=shown(value))
        return value

    def sequence(self, key: str, limit: int) -> Sequence[object] | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, str | bytes) or not isinstance(value, Sequence):
            raise SpecError("spec.not_list", field=key, value=shown(value))
        if len(value) > limit:
            raise SpecError("spec.too_long", field=key, count=len(value), limit=limit)
        return value

    def mapping(self, key: str) -> Mapping[Any, object] | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, Mapping):
            raise SpecError("spec.not_object", field=key, value=shown(value))
        return value


def _as_int(key: str, value: object, low: int, high: int) -> int:
    # JSON writers sometimes emit 4096.0; accept integral floats, nothing else.
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise SpecError("spec.not_int_in_range", field=key, low=low, high=high, value=shown(value))
    return value


def _flatten(config: Mapping[Any, object]) -> tuple[dict[Any, object], list[Note]]:
    """Lift a nested ``text_config`` to the top, keeping top-level keys it does not override."""
    warnings: list[Note] = []
    nested = config.get("text_config")
    if nested is None:
        return dict(config), warnings
    if not isinstance(nested, Mapping):
        raise SpecError("spec.not_object", field="text_config", value=shown(nested))
    merged = {k: v for k, v in config.items() if k not in ("text_config", "vision_config")}
    merged.update(nested)
    outer = config.get("model_type")
    if nested.get("model_type") is None and isinstance(outer, str):
        merged["model_type"] = _TEXT_MODEL_TYPE.get(outer, outer)
    return merged, warnings


def _layer_kinds(
    r: _Reader, n_layers: int, window: int | None, default: Callable[[int], bool]
) -> tuple[tuple[LayerAttention, ...], int | None, list[Note]]:
    """Per-layer attention from ``layer_types`` when given, else ``default(i)`` -> sliding."""
    warnings: list[Note] = []
    if window is None:
        return (), None, warnings
    listed = r.sequence("layer_types", MAX_LAYERS)
    kinds: list[LayerAttention] = []
    if listed is not None:
        for i, item in enumerate(listed):
            if item == "sliding_attention":
                kinds.append("sliding")
            elif item == "full_attention":
                kinds.append("full")
            elif isinstance(item, str):
                # Chunked or linear attention is not modelled: full is the upper bound.
                warnings.append(Note.of("model.layer_type_as_full", index=i, value=_show(item)))
                kinds.append("full")
            else:
                raise SpecError("spec.not_string", field=f"layer_types[{i}]", value=shown(item))
    else:
        kinds = ["sliding" if default(i) else "full" for i in range(n_layers)]
    if "sliding" not in kinds:
        return (), None, warnings
    return tuple(kinds), window, warnings


def _stored_format(r: _Reader) -> tuple[str | None, list[Note]]:
    q = r.mapping("quantization_config")
    if q is None:
        return None, []
    qr = _Reader(q, r.model_type)
    method = (qr.text("quant_method") or "").lower()
    if method == "gptq":
        bits = qr.integer("bits", default=4, high=MAX_QUANT_BITS)
        group = qr.integer("group_size", default=DEFAULT_QUANT_GROUP_SIZE, low=-1)
        return f"gptq-{bits}bit" + _group_suffix(group), []
    if method == "awq":
        return f"awq-{qr.integer('bits', 'w_bit', default=4, high=MAX_QUANT_BITS)}bit", []
    if method in ("fp8", "fbgemm_fp8", "mxfp4"):
        return ("mxfp4" if method == "mxfp4" else "fp8"), []
    if method == "bitsandbytes":
        if qr.flag("load_in_4bit", False):
            # source: transformers BitsAndBytesConfig bnb_4bit_quant_type default "fp4"
            kind = (qr.text("bnb_4bit_quant_type") or "fp4").lower()
            if kind not in ("nf4", "fp4"):
                raise SpecError(
                    "spec.not_one_of",
                    field="bnb_4bit_quant_type",
                    allowed="nf4, fp4",
                    value=shown(kind),
                )
            return kind, []
        if qr.flag("load_in_8bit", False):
            return "int8", []
    if method == "compressed-tensors":
        found = _compressed_tensors_format(q)
        if found is not None:
            return found, []
    method_shown = method or "unknown"
    return None, [Note.of("model.quantization_unrecognised", method=repr(method_shown))]


def _group_suffix(group: int) -> str:
    if group == DEFAULT_QUANT_GROUP_SIZE:
        return ""
    # -1 (or 0) means one scale per output channel.
    return "-gchannel" if group <= 0 else f"-g{group}"


def _compressed_tensors_format(q: Mapping[Any, object]) -> str | None:
    """The weight format of the first config group of a compressed-tensors checkpoint."""
    groups = q.get("config_groups")
    if not isinstance(groups, Mapping):
        return None
    for group in groups.values():
        weights = group.get("weights") if isinstance(group, Mapping) else None
        if not isinstance(weights, Mapping):
            continue
        wr = _Reader(weights, "compressed-tensors")
        bits = wr.integer("num_bits", default=8, high=MAX_QUANT_BITS)
        kind = wr.text("type") or "int"
        if kind == "float" and bits == 8:
            return "fp8"
        if kind == "int" and bits == 8:
            return "int8"
        if kind == "int":
            size = wr.integer("group_size", default=DEFAULT_QUANT_GROUP_SIZE, low=-1)
            return f"gptq-{bits}bit" + _group_suffix(size)
    return None


def _stored_dtype(r: _Reader) -> tuple[str, list[Note]]:
    found = r.present("torch_dtype", "dtype")
    if found is None:
        return "bfloat16", []
    key, value = found
    if not isinstance(value, str):
        raise SpecError("spec.not_string", field=key, value=shown(value))
    dtype = _DTYPES.get(value.lower())
    if dtype is None:
        return "bfloat16", [Note.of("model.dtype_unrecognised", field=key, value=_show(value))]
    return dtype, []


def _moe_mask(r: _Reader, n_layers: int, first_dense: int, step: int) -> tuple[bool, ...]:
    only_dense = r.sequence("mlp_only_layers", MAX_LAYERS) or ()
    dense: set[int] = set()
    for item in only_dense:
        dense.add(_as_int("mlp_only_layers entry", item, 0, MAX_LAYERS))
    mask = tuple(
        i >= first_dense and (i + 1) % step == 0 and i not in dense for i in range(n_layers)
    )
    return () if all(mask) else mask


def _llama_like(r: _Reader, mt: str) -> dict[str, Any]:
    """Decoder-only families built from llama's field names (reference §1.1)."""
    hidden = r.integer("hidden_size")
    layers = r.integer("num_hidden_layers", high=MAX_LAYERS)
    heads = r.integer("num_attention_heads", high=MAX_HEADS)
    kv_heads = r.integer("num_key_value_heads", default=heads, high=MAX_HEADS)
    head_dim = r.integer("head_dim", default=max(hidden // heads, 1))
    spec: dict[str, Any] = {
        "n_layers": layers, "hidden_size": hidden, "n_heads": heads, "n_kv_heads": kv_heads,
        "head_dim": head_dim,
        # Qwen3.5 MoE configs name no dense width (every layer routes); the expert width stands in.
        "intermediate_size": r.integer(
            "intermediate_size",
            default=r.optional_integer("moe_intermediate_size", high=MAX_INTERMEDIATE_SIZE)
            if mt == "qwen3_5_moe_text"
            else None,
            high=MAX_INTERMEDIATE_SIZE,
        ),
        "vocab_size": r.integer("vocab_size", high=MAX_VOCAB_SIZE),
        "max_context_tokens": r.integer("max_position_embeddings", high=MAX_CONTEXT_TOKENS),
        "mlp_bias": r.flag("mlp_bias", False),
    }  # fmt: skip
    attention_bias = r.flag("attention_bias", mt == "gpt_oss")
    # Qwen2 hard-codes q/k/v biases and no o_proj bias (Qwen2Attention).
    spec["qkv_bias"] = attention_bias or mt in ("qwen2", "qwen2_moe")
    spec["o_bias"] = attention_bias
    spec["qk_norm"] = mt in ("qwen3", "qwen3_moe", "gemma3_text", *_DELTANET_MODEL_TYPES)
    spec["norms_per_layer"] = 4 if mt in ("gemma2", "gemma3_text") else 2
    if mt == "phi3":
        spec["fused_qkv"] = spec["fused_gate_up"] = True

    window = r.optional_integer("sliding_window", high=MAX_CONTEXT_TOKENS) or None
    default: Callable[[int], bool]
    if mt == "gemma2" or mt == "gpt_oss":
        # source: transformers Gemma2Config / GptOssConfig layer_types: layer i slides when
        # (i + 1) % 2, i.e. even layers slide and odd layers are global.
        default = lambda i: (i + 1) % 2 == 1  # noqa: E731
    elif mt == "gemma3_text":
        pattern = r.integer("sliding_window_pattern", default=6, high=MAX_LAYERS)
        # source: transformers Gemma3TextConfig: layer i is global when (i + 1) % pattern == 0
        default = lambda i: (i + 1) % pattern != 0  # noqa: E731
    elif mt in ("qwen2", "qwen2_moe", "qwen3", "qwen3_moe"):
        if not r.flag("use_sliding_window", False):
            window = None
        first = r.integer("max_window_layers", default=layers, low=0, high=MAX_LAYERS)
        # source: transformers Qwen2Config: sliding for layers i >= max_window_layers
        default = lambda i: i >= first  # noqa: E731
    elif mt in ("mistral", "mixtral"):
        # Mistral v0.1 (and Mixtral when set): one window on every layer.
        default = lambda i: True  # noqa: E731
    else:
        # Llama and Gemma have no window. Phi-3 configs set one (2047 for mini-4k), but
        # llama.cpp disables Phi SWA and keeps a full cache (llama-model.cpp LLM_ARCH_PHI3),
        # so full attention is the safe upper bound; unknown types slide only if layer_types
        # says so.
        if mt in ("llama", "gemma", "phi3", *_DELTANET_MODEL_TYPES):
            window = None
        default = lambda i: False  # noqa: E731
    layer_attention, window, warnings = _layer_kinds(r, layers, window, default)
    spec["layer_attention"], spec["sliding_window_tokens"] = layer_attention, window

    if mt in _DELTANET_MODEL_TYPES:
        spec.update(_deltanet_layers(r, mt, layers))
        warnings.extend(spec.pop("_warnings"))

    spec.update(_llama_like_experts(r, mt, layers, spec["intermediate_size"]))
    if mt == "gpt_oss":
        spec["attn_sinks"] = spec["router_bias"] = spec["expert_bias"] = True
    return {**spec, "_warnings": warnings}


def _llama_like_experts(r: _Reader, mt: str, layers: int, dense_width: int) -> dict[str, Any]:
    """The mixture-of-experts fields of the llama-like families (none for a dense model)."""
    experts = r.optional_integer("num_experts", "num_local_experts", high=MAX_EXPERTS) or 0
    moe_types = ("mixtral", "qwen2_moe", "qwen3_moe", "gpt_oss", "qwen3_next", "qwen3_5_moe_text")
    if not experts or mt not in moe_types:
        return {}
    spec: dict[str, Any] = {"n_experts": experts}
    spec["n_experts_per_token"] = r.integer(
        "num_experts_per_tok", "experts_per_token", high=MAX_EXPERTS
    )
    spec["moe_intermediate_size"] = r.integer(
        "moe_intermediate_size", default=dense_width, high=MAX_INTERMEDIATE_SIZE
    )
    step = r.integer("decoder_sparse_step", default=1, high=MAX_LAYERS)
    spec["moe_layers"] = _moe_mask(r, layers, 0, step)
    if mt in ("qwen2_moe", "qwen3_next", "qwen3_5_moe_text"):
        shared = r.integer("shared_expert_intermediate_size", default=0, low=0,
                           high=MAX_INTERMEDIATE_SIZE)  # fmt: skip
        spec["shared_expert_intermediate_size"] = shared
        spec["shared_expert_gate"] = shared > 0
    return spec


def _deltanet_layers(r: _Reader, mt: str, layers: int) -> dict[str, Any]:
    """Layer layout and Gated DeltaNet sizes of Qwen3-Next and Qwen3.5."""
    warnings: list[Note] = []
    listed = r.sequence("layer_types", MAX_LAYERS)
    kinds: list[LayerAttention] = []
    if listed is not None:
        if len(listed) != layers:
            raise SpecError(
                "spec.per_layer_count", field="layer_types", count=len(listed), n_layers=layers
            )
        for i, item in enumerate(listed):
            if item == "linear_attention":
                kinds.append("linear")
            elif item == "full_attention":
                kinds.append("full")
            else:
                raise SpecError(
                    "spec.not_one_of",
                    field=f"layer_types[{i}]",
                    allowed="linear_attention, full_attention",
                    value=shown(item),
                )
    else:
        every = r.integer(
            "full_attention_interval", default=DEFAULT_FULL_ATTENTION_INTERVAL, high=MAX_LAYERS
        )
        kinds = ["full" if (i + 1) % every == 0 else "linear" for i in range(layers)]
    if r.optional_integer("mtp_num_hidden_layers", "num_nextn_predict_layers", high=MAX_LAYERS):
        # transformers drops the multi-token-prediction block at load (_keys_to_ignore_on_load_
        # unexpected "^mtp"); llama.cpp loads it only from a GGUF that carries it.
        warnings.append(Note.of("model.mtp_not_counted"))
    return {
        "layer_attention": tuple(kinds),
        "linear_kind": "gated_deltanet",
        "linear_conv_kernel": r.integer("linear_conv_kernel_dim", default=4, high=MAX_LAYERS),
        "linear_key_heads": r.integer("linear_num_key_heads", high=MAX_HEADS),
        "linear_value_heads": r.integer("linear_num_value_heads", high=MAX_HEADS),
        "linear_key_head_dim": r.integer("linear_key_head_dim"),
        "linear_value_head_dim": r.integer("linear_value_head_dim"),
        # Qwen3-Next always gates the attention output; Qwen3.5 says so in attn_output_gate.
        "attn_output_gate": r.flag("attn_output_gate", True),
        "_warnings": warnings,
    }


def _deepseek(r: _Reader, mt: str) -> dict[str, Any]:
    spec = _llama_like(r, "deepseek")
    layers = spec["n_layers"]
    rope = r.integer("qk_rope_head_dim", high=MAX_HIDDEN_SIZE)
    nope = r.integer("qk_nope_head_dim", low=0)
    spec.update(
        q_lora_rank=r.optional_integer("q_lora_rank") or 0,
        kv_lora_rank=r.integer("kv_lora_rank"),
        qk_rope_head_dim=rope,
        qk_nope_head_dim=nope,
        v_head_dim=r.integer("v_head_dim"),
        head_dim=rope + nope,
    )
    experts = r.optional_integer("n_routed_experts", "num_local_experts", high=MAX_EXPERTS) or 0
    if experts:
        first = r.integer("first_k_dense_replace", default=0, low=0, high=MAX_LAYERS)
        freq = r.integer("moe_layer_freq", default=1, high=MAX_LAYERS)
        mask = tuple(i >= first and i % freq == 0 for i in range(layers))
        spec.update(
            n_experts=experts,
            n_experts_per_token=r.integer("num_experts_per_tok", high=MAX_EXPERTS),
            moe_intermediate_size=r.integer("moe_intermediate_size",
                                            high=MAX_INTERMEDIATE_SIZE),
            n_shared_experts=r.integer("n_shared_experts", default=0, low=0, high=MAX_EXPERTS),
            moe_layers=() if all(mask) else mask,
        )  # fmt: skip
    return spec


def _gpt2(r: _Reader, mt: str) -> dict[str, Any]:
    hidden = r.integer("n_embd", "hidden_size")
    heads = r.integer("n_head", "num_attention_heads", high=MAX_HEADS)
    positions = r.integer("n_positions", "n_ctx", "max_position_embeddings",
                          high=MAX_CONTEXT_TOKENS)  # fmt: skip
    return {
        "n_layers": r.integer("n_layer", "num_hidden_layers", high=MAX_LAYERS),
        "hidden_size": hidden, "n_heads": heads, "n_kv_heads": heads,
        "head_dim": max(hidden // heads, 1),
        # source: transformers GPT2MLP: n_inner None -> 4 * n_embd
        "intermediate_size": r.integer("n_inner", default=4 * hidden,
                                       high=MAX_INTERMEDIATE_SIZE),
        "vocab_size": r.integer("vocab_size", high=MAX_VOCAB_SIZE),
        "max_context_tokens": positions, "position_embedding_tokens": positions,
        "norm": "layer", "fused_qkv": True, "qkv_bias": True, "o_bias": True,
        "mlp_bias": True, "mlp": "plain",
    }  # fmt: skip


def _bloom(r: _Reader, mt: str) -> dict[str, Any]:
    hidden = r.integer("n_embed", "hidden_size")
    heads = r.integer("n_head", "num_attention_heads", high=MAX_HEADS)
    return {
        "n_layers": r.integer("n_layer", "num_hidden_layers", high=MAX_LAYERS),
        "hidden_size": hidden, "n_heads": heads, "n_kv_heads": heads,
        "head_dim": max(hidden // heads, 1),
        # source: transformers BloomMLP: dense_h_to_4h is 4 * hidden_size
        "intermediate_size": 4 * hidden,
        "vocab_size": r.integer("vocab_size", high=MAX_VOCAB_SIZE),
        "max_context_tokens": r.integer("seq_length", default=BLOOM_DEFAULT_CONTEXT_TOKENS,
                                        high=MAX_CONTEXT_TOKENS),
        "norm": "layer", "embedding_norm": True, "fused_qkv": True, "qkv_bias": True,
        "o_bias": True, "mlp_bias": True, "mlp": "plain",
    }  # fmt: skip


def _t5(r: _Reader, mt: str) -> dict[str, Any]:
    heads = r.integer("num_heads", high=MAX_HEADS)
    encoder_layers = r.integer("num_layers", high=MAX_LAYERS)
    proj = r.text("feed_forward_proj") or "relu"
    return {
        "n_layers": r.integer("num_decoder_layers", default=encoder_layers, high=MAX_LAYERS),
        "n_encoder_layers": encoder_layers,
        "hidden_size": r.integer("d_model"), "n_heads": heads, "n_kv_heads": heads,
        "head_dim": r.integer("d_kv"),
        "intermediate_size": r.integer("d_ff", high=MAX_INTERMEDIATE_SIZE),
        "vocab_size": r.integer("vocab_size", high=MAX_VOCAB_SIZE),
        "max_context_tokens": r.integer("n_positions", default=T5_DEFAULT_CONTEXT_TOKENS,
                                        high=MAX_CONTEXT_TOKENS),
        # source: transformers T5Config: "gated-gelu" -> T5DenseGatedActDense (wi_0, wi_1, wo)
        "mlp": "gated" if proj.startswith("gated-") else "plain",
        "relative_attention_buckets": r.integer("relative_attention_num_buckets", default=32,
                                                low=0, high=MAX_VOCAB_SIZE),
    }  # fmt: skip


_FAMILIES: dict[str, Callable[[_Reader, str], dict[str, Any]]] = {
    **dict.fromkeys(_LLAMA_LIKE, _llama_like),
    "deepseek_v2": _deepseek, "deepseek_v3": _deepseek,
    "gpt2": _gpt2, "bloom": _bloom, "t5": _t5, "mt5": _t5,
}  # fmt: skip

# The families of late 2025-2026 live in their own module, which reads with _Reader above.
from vramscope.core import hf_families as _new  # noqa: E402

_FAMILIES.update(_new.FAMILIES)
TIE_DEFAULTS.update(_new.TIE_DEFAULTS)


def spec_from_config(config: Mapping[str, object], *, model_id: str, name: str = "") -> ModelSpec:
    """Build a ModelSpec from a parsed ``config.json``; SpecError for anything unusable."""
    if not isinstance(config, Mapping):
        raise SpecError("config.not_object", value=shown(config))
    flat, warnings = _flatten(config)
    raw_type = flat.get("model_type")
    if raw_type is not None and not isinstance(raw_type, str):
        raise SpecError("spec.not_string", field="model_type", value=shown(raw_type))
    model_type = _TEXT_MODEL_TYPE.get(raw_type or "", raw_type or "")
    model_type = _new.MODEL_TYPE_ALIASES.get(model_type, model_type)
    if model_type == "gemma3_text":
        flat = {**GEMMA3_TEXT_DEFAULTS, **flat}
    family = _FAMILIES.get(model_type)
    reader = _Reader(flat, model_type)
    if family is None:
        # Checked before warning so a config without the usual fields fails with their name.
        fields = _llama_like(reader, "generic")
        warnings.append(Note.of("model.unknown_type", value=_show(model_type or None)))
    else:
        fields = family(reader, model_type)
    warnings.extend(fields.pop("_warnings", ()))
    dtype, dtype_warnings = _stored_dtype(reader)
    stored_format, format_warnings = _stored_format(reader)
    # a family may read the tie from a key of its own (LFM2's tie_embedding)
    tie_default = fields.pop("_tied", TIE_DEFAULTS.get(model_type, False))
    tied = reader.flag("tie_word_embeddings", tie_default)
    vision = None
    if "vision_config" in config:
        vision = vision_from_config(config, fields["hidden_size"])
        if vision is None:
            warnings.append(Note.of("model.vision_not_counted"))
    return ModelSpec(
        model_id=model_id,
        name=name,
        model_type=model_type or "generic",
        tied_embeddings=tied,
        stored_dtype=dtype,
        stored_format=stored_format,
        warnings=(*warnings, *dtype_warnings, *format_warnings),
        vision=vision,
        **fields,
    )
