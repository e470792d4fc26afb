"""GGUF metadata of the architectures of late 2025-2026, as Hugging Face config fields.

:func:`vramscope.readers.local.config_from_gguf` reads the keys every architecture shares
(``{arch}.block_count``, ``embedding_length``, ``attention.head_count`` ...); this module adds
what the Mamba2 hybrids, Llama 4, LFM2 and the new MoE families store beyond them, so that
``spec_from_config`` sees the same fields as from their ``config.json``.

Key names follow llama.cpp: ``gguf-py/gguf/constants.py`` (``Keys.SSM.*``, ``Keys.LLM.*``,
``MODEL_ARCH_NAMES``) and ``convert_hf_to_gguf.py`` (what each converter writes). Which layers
are attention or Mamba shows in two places: the per-layer ``attention.head_count_kv`` array (0 on
a recurrent layer) and the tensors (only attention layers have ``attn_q``); the tensors win when
the file lists them (a load log's metadata has no tensor list).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ._files import ModelFileError
from ._files import clip_text as _clip
from .gguf import GgufArray, GgufValue

__all__ = ["NEW_ARCH_MODEL_TYPES", "extend_config"]

# llama.cpp architecture name -> transformers model_type.
# source: llama.cpp gguf-py/gguf/constants.py MODEL_ARCH_NAMES; convert_hf_to_gguf.py
# (@ModelBase.register of GraniteMoeHybridForCausalLM, NemotronHForCausalLM,
# FalconH1ForCausalLM, Llama4ForConditionalGeneration, Lfm2ForCausalLM, SmolLM3ForCausalLM,
# Olmo2ForCausalLM, SeedOssForCausalLM, CohereForCausalLM, Glm4MoeForCausalLM,
# MiniMaxM2ForCausalLM, Ernie4_5_MoeForCausalLM, HunYuanMoEV1ForCausalLM)
NEW_ARCH_MODEL_TYPES: dict[str, str] = {
    "granitehybrid": "granitemoehybrid",
    "nemotron_h": "nemotron_h",
    "nemotron_h_moe": "nemotron_h",
    "falcon-h1": "falcon_h1",
    "llama4": "llama4",
    "lfm2": "lfm2",
    "smollm3": "smollm3",
    "olmo2": "olmo2",
    "seed_oss": "seed_oss",
    "command-r": "cohere",
    "glm4moe": "glm4_moe",
    "minimax-m2": "minimax_m2",
    "ernie4_5-moe": "ernie4_5_moe",
    "hunyuan-moe": "hunyuan_v1_moe",
    "gemma3n": "gemma3n",
    "deepseek32": "deepseek_v32",
    # issue 15's second round. source: llama.cpp src/llama-arch.cpp LLM_ARCH_NAMES;
    # convert_hf_to_gguf.py (@ModelBase.register of Glm4ForCausalLM, Cohere2ForCausalLM,
    # ExaoneForCausalLM, Exaone4ForCausalLM, GraniteForCausalLM, GraniteMoeForCausalLM,
    # PhiMoEForCausalLM, OlmoeForCausalLM, Lfm2MoeForCausalLM, HunYuanDenseV1ForCausalLM,
    # Ernie4_5ForCausalLM, Starcoder2ForCausalLM, PhiForCausalLM)
    "glm4": "glm4",
    "cohere2": "cohere2",
    "exaone": "exaone",
    "exaone4": "exaone4",
    "granite": "granite",
    "granitemoe": "granitemoe",
    "phimoe": "phimoe",
    "olmoe": "olmoe",
    "lfm2moe": "lfm2_moe",
    "hunyuan-dense": "hunyuan_v1_dense",
    "ernie4_5": "ernie4_5",
    "starcoder2": "starcoder2",
    "phi2": "phi",
}


@dataclass(frozen=True, slots=True)
class _Header:
    """What the extenders read: metadata, tensor shapes and the file's label."""

    arch: str
    metadata: Mapping[str, GgufValue]
    shapes: Mapping[str, tuple[int, ...]]
    label: str
    get: Callable[[str], int | None]

    def has(self, name: str) -> bool:
        return name in self.shapes

    @property
    def listed(self) -> bool:
        """Whether the tensor list is known (a GGUF file, not a load log's metadata)."""
        return any(name.startswith("blk.") for name in self.shapes)

    def rows(self, name: str) -> int | None:
        shape = self.shapes.get(name)
        return shape[1] if shape is not None and len(shape) > 1 else None

    def per_layer(self, suffix: str, layers: int) -> tuple[int, ...] | None:
        """A per-layer integer array (``attention.head_count_kv``), or None when the key holds
        one number or is absent; an array of the wrong length or type is an error."""
        key = f"{self.arch}.{suffix}"
        value = self.metadata.get(key)
        if not isinstance(value, GgufArray):
            return None
        items = value.values
        if (
            items is None
            or len(items) != layers
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in items)
        ):
            raise ModelFileError("file.metadata_not_integers", file=_clip(self.label), key=key)
        return tuple(v for v in items if isinstance(v, int))


def _mamba2(h: _Header, config: dict[str, object]) -> tuple[int | None, int | None]:
    """The SSM keys every Mamba2 converter writes; returns (inner width, SSM heads).

    source: llama.cpp convert_hf_to_gguf.py Mamba2Model / GraniteHybridModel /
    NemotronHModel / FalconH1Model set_gguf_parameters (ssm.conv_kernel = d_conv,
    ssm.inner_size = d_inner, ssm.state_size = d_state, ssm.time_step_rank = n_heads,
    ssm.group_count = n_groups)"""
    inner, heads = h.get("ssm.inner_size"), h.get("ssm.time_step_rank")
    head_dim = inner // heads if inner and heads else None
    config.update(
        {
            "mamba_n_heads": heads, "mamba_num_heads": heads,
            "mamba_d_head": head_dim, "mamba_head_dim": head_dim,
            "mamba_n_groups": h.get("ssm.group_count"), "n_groups": h.get("ssm.group_count"),
            "mamba_d_state": h.get("ssm.state_size"), "ssm_state_size": h.get("ssm.state_size"),
            "mamba_d_conv": h.get("ssm.conv_kernel"), "conv_kernel": h.get("ssm.conv_kernel"),
        }
    )  # fmt: skip
    if h.listed:
        # the conv bias is a tensor of its own when present
        first = next((name for name in h.shapes if name.endswith("ssm_conv1d.weight")), None)
        if first is not None:
            bias = h.has(first.removesuffix("weight") + "bias")
            config["mamba_conv_bias"] = config["use_conv_bias"] = bias
    return inner, heads


def _kv_layers(h: _Header, layers: int) -> list[bool] | None:
    """Which layers have attention: from the tensors, else from a per-layer head_count_kv."""
    if h.listed:
        return [h.has(f"blk.{i}.attn_q.weight") for i in range(layers)]
    kv = h.per_layer("attention.head_count_kv", layers)
    return None if kv is None else [n > 0 for n in kv]


def _granite_hybrid(h: _Header, layers: int, config: dict[str, object]) -> None:
    inner, _ = _mamba2(h, config)
    hidden = config.get("hidden_size")
    if inner and isinstance(hidden, int) and hidden:
        # GraniteMoeHybrid sizes the SSM as mamba_expand x hidden
        config["mamba_expand"] = inner // hidden
    attention = _kv_layers(h, layers)
    if attention is not None:
        config["layer_types"] = ["attention" if a else "mamba" for a in attention]
    # The shared MLP is the only MLP of the dense models (ffn_up) and beside the experts in
    # the MoE ones (ffn_up_shexp, expert_shared_feed_forward_length); with experts,
    # feed_forward_length is the expert width (granite4:small-h's header: 768, ollama issue
    # #12982), without them the MLP's.
    moe = bool(h.get("expert_count"))
    ffn = h.get("feed_forward_length")
    shared = (
        h.get("expert_shared_feed_forward_length")
        or h.rows("blk.0.ffn_up_shexp.weight")
        or h.rows("blk.0.ffn_up.weight")
        or (None if moe else ffn)
    )
    expert = h.get("expert_feed_forward_length") or h.rows("blk.0.ffn_up_exps.weight")
    config["shared_intermediate_size"] = shared
    config["intermediate_size"] = (expert or ffn) if moe else shared


_NEMOTRON_CHAR = {"ssm_in": "M", "attn_q": "*", "ffn_up": "-", "ffn_up_exps": "E"}


def _nemotron_h(h: _Header, layers: int, config: dict[str, object]) -> None:
    _mamba2(h, config)
    if h.listed:
        pattern = ""
        for i in range(layers):
            kind = next((c for role, c in _NEMOTRON_CHAR.items()
                         if h.has(f"blk.{i}.{role}.weight")), "-")  # fmt: skip
            pattern += kind
    else:
        kv = h.per_layer("attention.head_count_kv", layers)
        ff = h.per_layer("feed_forward_length", layers)
        if kv is None or ff is None:
            return
        # source: llama.cpp convert_hf_to_gguf.py NemotronHModel: head_count_kv is 0 except on
        # attention layers, feed_forward_length 0 except on MLP layers
        pattern = "".join("*" if k else "-" if f else "M" for k, f in zip(kv, ff, strict=True))
    config["hybrid_override_pattern"] = pattern
    if "E" in pattern:
        config["moe_shared_expert_intermediate_size"] = (
            h.get("expert_shared_feed_forward_length")
            or h.rows(f"blk.{pattern.index('E')}.ffn_up_shexp.weight")
            or 0
        )


def _falcon_h1(h: _Header, layers: int, config: dict[str, object]) -> None:
    inner, _ = _mamba2(h, config)
    config["mamba_d_ssm"] = inner
    if h.listed:
        config["mamba_rms_norm"] = h.has("blk.0.ssm_norm.weight")


def _llama4(h: _Header, layers: int, config: dict[str, object]) -> None:
    # source: llama.cpp convert_hf_to_gguf.py Llama4Model: feed_forward_length is
    # intermediate_size_mlp (dense layers), expert_feed_forward_length the expert width;
    # interleave_moe_layer_step; no key for the chunk (llama.cpp fixes n_swa = 8192)
    dense = h.rows("blk.0.ffn_up.weight") or h.get("feed_forward_length")
    expert = h.get("expert_feed_forward_length") or next(
        (h.rows(f"blk.{i}.ffn_up_exps.weight") for i in range(layers)
         if h.has(f"blk.{i}.ffn_up_exps.weight")), None,
    )  # fmt: skip
    config["intermediate_size"] = expert or dense
    config["intermediate_size_mlp"] = dense or expert
    config.pop("mlp_only_layers", None)
    if h.listed and config.get("num_local_experts"):
        config["moe_layers"] = [i for i in range(layers) if h.has(f"blk.{i}.ffn_gate_inp.weight")]
    else:
        config["interleave_moe_layer_step"] = h.get("interleave_moe_layer_step")


def _lfm2(h: _Header, layers: int, config: dict[str, object]) -> None:
    attention = _kv_layers(h, layers)
    if attention is not None:
        config["layer_types"] = ["full_attention" if a else "conv" for a in attention]
    # source: llama.cpp convert_hf_to_gguf.py LFM2Model (shortconv.l_cache = conv_L_cache)
    config["conv_L_cache"] = h.get("shortconv.l_cache")
    # the converter writes the adjusted feed-forward width itself
    config["block_auto_adjust_ff_dim"] = False
    config["tie_embedding"] = config.get("tie_word_embeddings")


def _seed_oss(h: _Header, layers: int, config: dict[str, object]) -> None:
    if h.listed:
        config["attention_bias"] = h.has("blk.0.attn_q.bias")
        config["attention_out_bias"] = h.has("blk.0.attn_output.bias")


def _cohere(h: _Header, layers: int, config: dict[str, object]) -> None:
    if h.listed:
        config["use_qk_norm"] = h.has("blk.0.attn_q_norm.weight")


def _glm4_moe(h: _Header, layers: int, config: dict[str, object]) -> None:
    # source: llama.cpp convert_hf_to_gguf.py Glm4MoeModel: block_count counts the MTP layers
    # after the trunk (nextn_predict_layers); leading_dense_block_count = first_k_dense_replace
    nextn = h.get("nextn_predict_layers") or 0
    config["num_hidden_layers"] = layers - nextn
    config["num_nextn_predict_layers"] = nextn
    config["n_shared_experts"] = h.get("expert_shared_count") or 0
    config["first_k_dense_replace"] = h.get("leading_dense_block_count") or 0
    config.pop("mlp_only_layers", None)
    if h.listed:
        config["attention_bias"] = h.has("blk.0.attn_q.bias")
        config["use_qk_norm"] = h.has("blk.0.attn_q_norm.weight")


def _ernie45_moe(h: _Header, layers: int, config: dict[str, object]) -> None:
    config.update(
        moe_num_experts=config.get("num_local_experts"),
        moe_k=config.get("num_experts_per_tok"),
        moe_num_shared_experts=h.get("expert_shared_count") or 0,
        moe_layer_start_index=h.get("leading_dense_block_count") or 0,
        moe_layer_interval=h.get("interleave_moe_layer_step") or 1,
    )
    config.pop("mlp_only_layers", None)


def _hunyuan_moe(h: _Header, layers: int, config: dict[str, object]) -> None:
    width = config.get("moe_intermediate_size")
    shared = h.get("expert_shared_feed_forward_length") or h.rows("blk.0.ffn_up_shexp.weight")
    config["moe_topk"] = config.get("num_experts_per_tok")
    if isinstance(width, int) and width and shared:
        config["num_shared_expert"] = shared // width
    config.pop("mlp_only_layers", None)


def _minimax_m2(h: _Header, layers: int, config: dict[str, object]) -> None:
    config.pop("mlp_only_layers", None)
    if h.listed:
        config["use_qk_norm"] = h.has("blk.0.attn_q_norm.weight")


def _gemma3n(h: _Header, layers: int, config: dict[str, object]) -> None:
    # source: llama.cpp convert_hf_to_gguf.py Gemma3NModel (embedding_length_per_layer_input,
    # altup.num_inputs, attention.shared_kv_layers, attention.sliding_window and a per-layer
    # bool sliding_window_pattern); LAuReL's rank and the per-layer vocabulary show in the
    # tensor shapes (laurel_l, per_layer_token_embd)
    config["sliding_window"] = h.get("attention.sliding_window")
    pattern = h.metadata.get(f"{h.arch}.attention.sliding_window_pattern")
    if isinstance(pattern, GgufArray) and pattern.values is not None:
        if len(pattern.values) != layers or not all(isinstance(v, bool) for v in pattern.values):
            raise ModelFileError(
                "file.metadata_not_integers",
                file=_clip(h.label),
                key=f"{h.arch}.attention.sliding_window_pattern",
            )
        config["layer_types"] = [
            "sliding_attention" if v else "full_attention" for v in pattern.values
        ]
    config.update(
        hidden_size_per_layer_input=h.get("embedding_length_per_layer_input"),
        altup_num_inputs=h.get("altup.num_inputs"),
        num_kv_shared_layers=h.get("attention.shared_kv_layers"),
        laurel_rank=h.rows("blk.0.laurel_l.weight"),
        vocab_size_per_layer_input=h.rows("per_layer_token_embd.weight"),
    )


def _deepseek32(h: _Header, layers: int, config: dict[str, object]) -> None:
    # source: llama.cpp PR #23346 (LLM_ARCH_DEEPSEEK32, a copy of GLM_DSA):
    # attention.indexer.head_count / key_length, tensors blk.N.indexer.attn_k (hidden ->
    # index_head_dim) and indexer.proj (hidden -> index heads)
    config["index_n_heads"] = h.get("attention.indexer.head_count") or h.rows(
        "blk.0.indexer.proj.weight"
    )
    config["index_head_dim"] = h.get("attention.indexer.key_length") or h.rows(
        "blk.0.indexer.attn_k.weight"
    )


def _glm4(h: _Header, layers: int, config: dict[str, object]) -> None:
    # q/k/v carry biases and o_proj none, so the shared attn_output.bias test misses them;
    # ffn_up holds gate and up side by side (llama.cpp LLM_ARCH_GLM4: {n_embd, n_ff * 2})
    if h.listed:
        config["attention_bias"] = h.has("blk.0.attn_q.bias")
    fused = h.rows("blk.0.ffn_up.weight")
    config["intermediate_size"] = h.get("feed_forward_length") or (fused // 2 if fused else None)


def _cohere2(h: _Header, layers: int, config: dict[str, object]) -> None:
    # source: convert_hf_to_gguf.py Cohere2Model (attention.sliding_window); llama.cpp fixes
    # the pattern at 4 (LLM_ARCH_COHERE2 set_swa_pattern(4)), the reader's default
    config["sliding_window"] = h.get("attention.sliding_window")


def _exaone4(h: _Header, layers: int, config: dict[str, object]) -> None:
    # source: convert_hf_to_gguf.py Exaone4Model: attention.sliding_window and a per-layer bool
    # attention.sliding_window_pattern, both only when the config has a window (the 1.2B has
    # none: every layer global)
    window = h.get("attention.sliding_window")
    if window is None:
        config["layer_types"] = ["full_attention"] * layers
        return
    config["sliding_window"] = window
    key = f"{h.arch}.attention.sliding_window_pattern"
    pattern = h.metadata.get(key)
    if isinstance(pattern, GgufArray):
        values = pattern.values
        if values is None or len(values) != layers or not all(isinstance(v, bool) for v in values):
            raise ModelFileError("file.metadata_not_integers", file=_clip(h.label), key=key)
        config["layer_types"] = ["sliding_attention" if v else "full_attention" for v in values]


def _routed_width(h: _Header, layers: int, config: dict[str, object]) -> None:
    # Granite MoE, PhiMoE, OLMoE: intermediate_size is the expert width; every layer routes
    config["intermediate_size"] = config.get("moe_intermediate_size") or config.get(
        "intermediate_size"
    )
    config.pop("mlp_only_layers", None)


def _lfm2moe(h: _Header, layers: int, config: dict[str, object]) -> None:
    # source: convert_hf_to_gguf.py LFM2MoeModel: leading_dense_block_count = num_dense_layers,
    # feed_forward_length the dense MLP, expert_feed_forward_length the experts' width
    _lfm2(h, layers, config)
    config["num_dense_layers"] = h.get("leading_dense_block_count") or 0
    dense = h.get("feed_forward_length") or h.rows("blk.0.ffn_up.weight")
    if dense:
        config["intermediate_size"] = dense
    config.pop("mlp_only_layers", None)


def _biases(key: str) -> Callable[[_Header, int, dict[str, object]], None]:
    """Families whose one bias flag covers q/k/v (ERNIE 4.5's use_bias, StarCoder2's)."""

    def extend(h: _Header, layers: int, config: dict[str, object]) -> None:
        if h.listed:
            config[key] = h.has("blk.0.attn_q.bias")

    return extend


def _qk_norm(h: _Header, layers: int, config: dict[str, object]) -> None:
    if h.listed:
        config["use_qk_norm"] = h.has("blk.0.attn_q_norm.weight")


_EXTENDERS: dict[str, Callable[[_Header, int, dict[str, object]], None]] = {
    "granitehybrid": _granite_hybrid,
    "nemotron_h": _nemotron_h,
    "nemotron_h_moe": _nemotron_h,
    "falcon-h1": _falcon_h1,
    "llama4": _llama4,
    "lfm2": _lfm2,
    "seed_oss": _seed_oss,
    "command-r": _cohere,
    "glm4moe": _glm4_moe,
    "ernie4_5-moe": _ernie45_moe,
    "hunyuan-moe": _hunyuan_moe,
    "minimax-m2": _minimax_m2,
    "gemma3n": _gemma3n,
    "deepseek32": _deepseek32,
    "glm4": _glm4,
    "cohere2": _cohere2,
    "exaone4": _exaone4,
    "granitemoe": _routed_width,
    "phimoe": _routed_width,
    "olmoe": _routed_width,
    "lfm2moe": _lfm2moe,
    "hunyuan-dense": _qk_norm,
    "ernie4_5": _biases("use_bias"),
    "starcoder2": _biases("use_bias"),
}


def extend_config(
    arch: str,
    metadata: Mapping[str, GgufValue],
    shapes: Mapping[str, tuple[int, ...]],
    get: Callable[[str], int | None],
    layers: int | None,
    config: dict[str, object],
    *,
    label: str,
) -> None:
    """Add the fields of ``arch`` beyond the shared ones to ``config`` (in place)."""
    extend = _EXTENDERS.get(arch)
    if extend is None or not layers:
        return
    header = _Header(arch, metadata, shapes, label, get)
    # llama.cpp refuses a per-layer array of another length than block_count
    # (llama_model_loader::get_key_or_arr); so does this reader, whatever the tensors say
    for suffix in _PER_LAYER_KEYS:
        header.per_layer(suffix, layers)
    extend(header, layers, config)


# Keys a hybrid converter may write as one value per layer.
_PER_LAYER_KEYS = ("attention.head_count", "attention.head_count_kv", "feed_forward_length")
