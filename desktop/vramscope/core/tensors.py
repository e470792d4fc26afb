"""The tensor inventory of a model: every weight with its GGUF name and shape.

Everything about weights is derived from this list: parameter counts, the bytes of each weight
format (GGUF mixes choose a type per tensor), the bytes per layer for partial offload, and the
LoRA-targetable linear layers.

Names and shapes follow llama.cpp (``gguf-py/gguf/constants.py`` for the names per architecture,
``src/llama-model.cpp`` for the shapes and the order in which a block's tensors are created).
Conventions chosen here:

* A bias is its own tensor, named like llama.cpp names it (``blk.0.attn_q.bias``) with the role
  of its weight plus ``_bias`` (``attn_q_bias``, ``attn_norm_bias``, ``ffn_up_exps_bias``).
* Stacked expert tensors are 3-D: ``(in, out, n_experts)``; their biases ``(out, n_experts)``.
* ``exp_probs_b`` (DeepSeek-V3's expert score correction) is stored in the checkpoint and the
  GGUF, but transformers registers it as a buffer, so parameter counts leave it out.
* Tensors llama.cpp computes at conversion time and that are not model weights (``rope_freqs``,
  Phi-3's ``rope_factors_*``) are not listed: they are a few hundred bytes.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .errors import SpecError, shown
from .model import ModelSpec

__all__ = ["ParamCounts", "TensorInfo", "model_tensors", "param_counts"]


@dataclass(frozen=True, slots=True)
class TensorInfo:
    """One weight tensor.

    ``name`` follows llama.cpp's GGUF naming (``token_embd.weight``, ``blk.3.attn_q.weight``,
    ``blk.3.ffn_down_exps.weight``, ``output.weight``) because llama.cpp's quantization rules key
    on it. ``shape`` is in GGUF order: ``shape[0]`` is the row length (a linear layer's
    in_features), then out_features, then the expert count for stacked expert tensors.
    ``layer`` is the repeating block index, or None for embeddings, the output head and the final
    norm. ``hf_module`` is the Hugging Face module name (``q_proj``, ``down_proj``, ``lm_head``)
    and ``linear`` says whether transformers builds it as an ``nn.Linear`` (what bitsandbytes
    quantizes and LoRA's ``all-linear`` targets; stacked experts in transformers v5 are not).
    """

    name: str
    shape: tuple[int, ...]
    layer: int | None
    role: str
    hf_module: str | None = None
    linear: bool = False
    encoder: bool = False

    @property
    def n_elements(self) -> int:
        n = 1
        for dim in self.shape:
            n *= dim
        return n

    @property
    def is_expert(self) -> bool:
        """A stacked routed-expert tensor (weight or bias): only k of E experts run per token."""
        return "_exps" in self.role


@dataclass(frozen=True, slots=True)
class ParamCounts:
    """Parameter counts of a model (reference §1.3).

    ``active`` scales routed experts by ``num_experts_per_tok / num_experts`` and includes the
    embeddings (DeepSeek's, Mixtral's and Qwen's convention); ``active_excluding_embedding`` is
    OpenAI's convention for gpt-oss. ``embedding`` is the input token (+ learned position) table.
    """

    total: int
    active: int
    embedding: int
    active_excluding_embedding: int

    def __post_init__(self) -> None:
        for name in ("total", "active", "embedding", "active_excluding_embedding"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise SpecError("spec.negative", field=name, value=shown(value))
        if self.active > self.total:
            raise SpecError("spec.active_over_total", active=self.active, total=self.total)


# Roles that are checkpoint buffers rather than parameters.
# source: transformers models/deepseek_v3/modeling_deepseek_v3.py DeepseekV3TopkRouter registers
# e_score_correction_bias with register_buffer (not counted by num_parameters()).
BUFFER_ROLES = frozenset({"exp_probs_b"})

# Model types whose routers carry DeepSeek-V3's per-expert score correction bias.
# source: DeepSeek-V3 config.json "topk_method": "noaux_tc"; llama.cpp LLM_TENSOR_FFN_EXP_PROBS_B.
# LFM2-MoE's router keeps the same kind of bias (use_expert_bias, a buffer in transformers;
# llama.cpp LLM_ARCH_LFM2MOE ffn_exp_probs_b).
EXPERT_SCORE_BIAS_MODEL_TYPES = frozenset({"deepseek_v3", "kimi_k2", "lfm2_moe"})
# Model types whose lm_head has a bias. source: transformers models/phi/modeling_phi.py
# PhiForCausalLM (lm_head bias=True); models/phimoe/modeling_phimoe.py (bias=lm_head_bias,
# true in Phi-3.5-MoE's config.json: a config with it false overcounts by vocab_size
# parameters); llama.cpp LLM_ARCH_PHI2 / PHIMOE output.bias
OUTPUT_BIAS_MODEL_TYPES = frozenset({"phi", "phimoe"})

# In transformers v5 every MoE router of the supported families keeps its weight as a bare
# nn.Parameter (MixtralTopKRouter, Qwen2MoeTopKRouter, DeepseekV3TopkRouter, GptOssTopKRouter),
# so bitsandbytes leaves it unquantized and LoRA's all-linear skips it.
# source: transformers v5 models/mixtral/modeling_mixtral.py, models/qwen2_moe/modular_qwen2_moe.py
ROUTER_IS_LINEAR = False

# Hugging Face module names of the projections, per model type (LoRA targets match these).
_DEFAULT_HF = {
    "q": "q_proj", "k": "k_proj", "v": "v_proj", "o": "o_proj", "qkv": "qkv_proj",
    "gate": "gate_proj", "up": "up_proj", "down": "down_proj", "gate_up": "gate_up_proj",
    "embd": "embed_tokens", "pos": "embed_positions",
}  # fmt: skip
# Gated DeltaNet projections: Qwen3-Next fuses q/k/v/z and b/a into two linears, Qwen3.5 keeps
# four. GGUF names follow each layout (llama.cpp accepts ssm_in for the fused one).
# source: transformers models/qwen3_next/modeling_qwen3_next.py Qwen3NextGatedDeltaNet
# (in_proj_qkvz, in_proj_ba); models/qwen3_5/modeling_qwen3_5.py (in_proj_qkv, in_proj_z,
# in_proj_b, in_proj_a); llama.cpp src/llama-model.cpp LLM_ARCH_QWEN3NEXT tensors
_FUSED_DELTANET_MODEL_TYPES = frozenset({"qwen3_next"})
_HF_OVERRIDES: dict[str, dict[str, str]] = {
    # source: transformers models/gpt2/modeling_gpt2.py (Conv1D c_attn, c_proj, c_fc, c_proj)
    "gpt2": {"qkv": "c_attn", "o": "c_proj", "up": "c_fc", "down": "c_proj", "embd": "wte",
             "pos": "wpe"},
    # source: transformers models/bloom/modeling_bloom.py
    "bloom": {"qkv": "query_key_value", "o": "dense", "up": "dense_h_to_4h",
              "down": "dense_4h_to_h", "embd": "word_embeddings"},
    # source: transformers models/t5/modeling_t5.py (T5Attention q/k/v/o, T5DenseGatedActDense)
    "t5": {"q": "q", "k": "k", "v": "v", "o": "o", "gate": "wi_0", "up": "wi_1", "down": "wo",
           "plain_up": "wi", "embd": "shared"},
}  # fmt: skip
_HF_OVERRIDES["mt5"] = _HF_OVERRIDES["t5"]
# source: transformers models/starcoder2/modeling_starcoder2.py (Starcoder2MLP c_fc, c_proj);
# models/phi/modeling_phi.py (PhiAttention dense, PhiMLP fc1, fc2)
_HF_OVERRIDES["starcoder2"] = {"up": "c_fc", "down": "c_proj"}
_HF_OVERRIDES["phi"] = {"o": "dense", "up": "fc1", "down": "fc2"}


class _Builder:
    """Accumulates tensors in llama.cpp creation order."""

    def __init__(self, spec: ModelSpec) -> None:
        self.spec = spec
        self.out: list[TensorInfo] = []
        self.hf = {**_DEFAULT_HF, **_HF_OVERRIDES.get(spec.model_type, {})}

    def add(
        self,
        name: str,
        shape: tuple[int, ...],
        layer: int | None,
        role: str,
        hf: str | None = None,
        *,
        linear: bool = False,
        encoder: bool = False,
    ) -> None:
        self.out.append(TensorInfo(name, shape, layer, role, hf, linear, encoder))

    def norm(
        self, prefix: str, role: str, width: int, layer: int | None, *, encoder: bool = False
    ) -> None:
        self.add(f"{prefix}{role}.weight", (width,), layer, role, encoder=encoder)
        if self.spec.norm == "layer":  # "layer_no_bias" (Cohere) has a weight only
            self.add(f"{prefix}{role}.bias", (width,), layer, f"{role}_bias", encoder=encoder)

    def proj(
        self,
        prefix: str,
        role: str,
        shape: tuple[int, int],
        layer: int | None,
        key: str,
        *,
        bias: bool = False,
        encoder: bool = False,
    ) -> None:
        hf = self.hf.get(key, key)
        self.add(f"{prefix}{role}.weight", shape, layer, role, hf, linear=True, encoder=encoder)
        if bias:
            self.add(f"{prefix}{role}.bias", (shape[1],), layer, f"{role}_bias", hf,
                     encoder=encoder)  # fmt: skip


def _attention(b: _Builder, p: str, i: int) -> None:
    s = b.spec
    h, q, kv = s.hidden_size, s.q_dim, s.kv_dim
    if s.attn_output_gate:
        # q_proj emits the query and the same-sized output gate side by side
        b.proj(p, "attn_q", (h, 2 * q), i, "q", bias=s.qkv_bias)
        b.proj(p, "attn_k", (h, kv), i, "k", bias=s.qkv_bias)
        b.proj(p, "attn_v", (h, kv), i, "v", bias=s.qkv_bias)
    elif s.fused_qkv:
        b.proj(p, "attn_qkv", (h, q + 2 * kv), i, "qkv", bias=s.qkv_bias)
    else:
        b.proj(p, "attn_q", (h, q), i, "q", bias=s.qkv_bias)
        b.proj(p, "attn_k", (h, kv), i, "k", bias=s.qkv_bias)
        b.proj(p, "attn_v", (h, kv), i, "v", bias=s.qkv_bias)
    b.proj(p, "attn_output", (q, h), i, "o", bias=s.o_bias)
    if s.qk_norm:
        b.norm(p, "attn_q_norm", q if s.qk_norm_full else s.head_dim, i)
        b.norm(p, "attn_k_norm", kv if s.qk_norm_full else s.head_dim, i)
    if s.attn_sinks:
        # One learned logit per head (gpt-oss); llama.cpp stores it as a weight.
        b.add(f"{p}attn_sinks.weight", (s.n_heads,), i, "attn_sinks", "sinks")


def _gated_deltanet(b: _Builder, p: str, i: int) -> None:
    """A linear-attention layer (Gated DeltaNet): projections, depthwise conv, per-head decay
    and step size, a gated norm over each value head, and the output projection."""
    s = b.spec
    h, key, value, vh = s.hidden_size, s.linear_key_dim, s.linear_value_dim, s.linear_value_heads
    if s.model_type in _FUSED_DELTANET_MODEL_TYPES:
        b.proj(p, "ssm_in", (h, 2 * key + 2 * value), i, "in_proj_qkvz")
        b.proj(p, "ssm_beta_alpha", (h, 2 * vh), i, "in_proj_ba")
    else:
        b.proj(p, "attn_qkv", (h, 2 * key + value), i, "in_proj_qkv")
        b.proj(p, "attn_gate", (h, value), i, "in_proj_z")
        b.proj(p, "ssm_beta", (h, vh), i, "in_proj_b")
        b.proj(p, "ssm_alpha", (h, vh), i, "in_proj_a")
    # Conv1d(conv_dim, conv_dim, kernel, groups=conv_dim, bias=False): one filter per channel
    b.add(f"{p}ssm_conv1d.weight", (s.linear_conv_kernel, s.linear_conv_dim), i, "ssm_conv1d",
          "conv1d")  # fmt: skip
    b.add(f"{p}ssm_dt.bias", (vh,), i, "ssm_dt", "dt_bias")
    b.add(f"{p}ssm_a", (vh,), i, "ssm_a", "A_log")
    b.add(f"{p}ssm_norm.weight", (s.linear_value_head_dim,), i, "ssm_norm", "norm")
    b.proj(p, "ssm_out", (value, h), i, "out_proj")


def _mamba2(b: _Builder, p: str, i: int) -> None:
    """A Mamba2 mixer: one input projection to z, x, B, C and dt; a depthwise causal conv over
    x, B and C; per-head decay A, skip D and dt bias; a gated RMSNorm over the inner width in
    n_groups groups; the output projection.

    source: transformers models/granitemoehybrid/modeling_granitemoehybrid.py
    GraniteMoeHybridMambaLayer (in_proj width 2 x d_inner + 2 x n_groups x d_state + n_heads);
    llama.cpp src/llama-model.cpp LLM_ARCH_GRANITE_HYBRID / NEMOTRON_H / FALCON_H1 tensors"""
    s = b.spec
    h, inner, bc, heads = s.hidden_size, s.linear_value_dim, s.linear_key_dim, s.linear_value_heads
    b.proj(p, "ssm_in", (h, 2 * inner + 2 * bc + heads), i, "in_proj")
    b.add(f"{p}ssm_conv1d.weight", (s.linear_conv_kernel, s.linear_conv_dim), i, "ssm_conv1d",
          "conv1d")  # fmt: skip
    if s.linear_conv_bias:
        b.add(f"{p}ssm_conv1d.bias", (s.linear_conv_dim,), i, "ssm_conv1d_bias", "conv1d")
    b.add(f"{p}ssm_dt.bias", (heads,), i, "ssm_dt", "dt_bias")
    b.add(f"{p}ssm_a", (1, heads), i, "ssm_a", "A_log")
    b.add(f"{p}ssm_d", (1, heads), i, "ssm_d", "D")
    if s.linear_norm:
        groups = s.linear_key_heads
        b.add(f"{p}ssm_norm.weight", (inner // groups, groups), i, "ssm_norm", "norm")
    b.proj(p, "ssm_out", (inner, h), i, "out_proj")


def _short_conv(b: _Builder, p: str, i: int) -> None:
    """LFM2's gated short convolution: in_proj to B, C and x, a depthwise conv of L_cache taps
    without bias, out_proj.

    source: transformers models/lfm2/modeling_lfm2.py Lfm2ShortConv; llama.cpp LLM_ARCH_LFM2
    (shortconv.conv, shortconv.in_proj, shortconv.out_proj)"""
    s = b.spec
    h = s.hidden_size
    b.add(f"{p}shortconv.conv.weight", (s.linear_conv_kernel, h), i, "shortconv_conv", "conv")
    b.proj(p, "shortconv.in_proj", (h, 3 * h), i, "in_proj")
    b.proj(p, "shortconv.out_proj", (h, h), i, "out_proj")


def _linear_mixer(b: _Builder, p: str, i: int) -> None:
    kind = b.spec.linear_kind
    if kind == "mamba2":
        _mamba2(b, p, i)
    elif kind == "short_conv":
        _short_conv(b, p, i)
    else:
        _gated_deltanet(b, p, i)


def _mla_attention(b: _Builder, p: str, i: int) -> None:
    s = b.spec
    h, heads = s.hidden_size, s.n_heads
    qk_head = s.qk_nope_head_dim + s.qk_rope_head_dim
    if s.q_lora_rank:
        b.add(f"{p}attn_q_a_norm.weight", (s.q_lora_rank,), i, "attn_q_a_norm", "q_a_layernorm")
    b.add(f"{p}attn_kv_a_norm.weight", (s.kv_lora_rank,), i, "attn_kv_a_norm", "kv_a_layernorm")
    if s.q_lora_rank:
        b.proj(p, "attn_q_a", (h, s.q_lora_rank), i, "q_a_proj")
        b.proj(p, "attn_q_b", (s.q_lora_rank, heads * qk_head), i, "q_b_proj")
    else:
        b.proj(p, "attn_q", (h, heads * qk_head), i, "q_proj")
    b.proj(p, "attn_kv_a_mqa", (h, s.kv_lora_rank + s.qk_rope_head_dim), i,
           "kv_a_proj_with_mqa")  # fmt: skip
    b.proj(p, "attn_kv_b", (s.kv_lora_rank, heads * (s.qk_nope_head_dim + s.v_head_dim)), i,
           "kv_b_proj")  # fmt: skip
    b.proj(p, "attn_output", (heads * s.v_head_dim, h), i, "o_proj")
    if s.index_head_dim:
        _indexer(b, p, i)


def _indexer(b: _Builder, p: str, i: int) -> None:
    """DeepSeek-V3.2's lightning indexer: queries from the q latent, one key from the hidden
    state (LayerNorm with bias), per-head weights.

    source: transformers models/deepseek_v32 (Indexer wq_b, wk, k_norm, weights_proj);
    llama.cpp LLM_ARCH_DEEPSEEK32 / GLM_DSA tensors indexer.attn_q_b, indexer.attn_k,
    indexer.k_norm, indexer.proj"""
    s = b.spec
    h, d, n = s.hidden_size, s.index_head_dim, s.index_heads
    b.proj(p, "indexer.attn_q_b", (s.q_lora_rank or h, n * d), i, "wq_b")
    b.proj(p, "indexer.attn_k", (h, d), i, "wk")
    b.add(f"{p}indexer.k_norm.weight", (d,), i, "indexer_k_norm", "k_norm")
    b.add(f"{p}indexer.k_norm.bias", (d,), i, "indexer_k_norm_bias", "k_norm")
    b.proj(p, "indexer.proj", (h, n), i, "weights_proj")


def _dense_mlp(b: _Builder, p: str, i: int | None, width: int, suffix: str = "") -> None:
    """A dense MLP; ``suffix`` "_shexp" makes it a shared expert."""
    s = b.spec
    h, bias, encoder = s.hidden_size, s.mlp_bias and not suffix, p.startswith("enc.")
    if s.mlp == "gated" and s.fused_gate_up:
        b.proj(p, f"ffn_up{suffix}", (h, 2 * width), i, "gate_up", bias=bias)
        b.proj(p, f"ffn_down{suffix}", (width, h), i, "down", bias=bias)
    elif s.mlp == "gated":
        b.proj(p, f"ffn_gate{suffix}", (h, width), i, "gate", bias=bias, encoder=encoder)
        b.proj(p, f"ffn_down{suffix}", (width, h), i, "down", bias=bias, encoder=encoder)
        b.proj(p, f"ffn_up{suffix}", (h, width), i, "up", bias=bias, encoder=encoder)
    else:
        up_key = "plain_up" if "plain_up" in b.hf else "up"
        b.proj(p, f"ffn_up{suffix}", (h, width), i, up_key, bias=bias, encoder=encoder)
        b.proj(p, f"ffn_down{suffix}", (width, h), i, "down", bias=bias, encoder=encoder)


def _moe(b: _Builder, p: str, i: int) -> None:
    s = b.spec
    h, n = s.hidden_size, s.n_experts
    width = s.moe_intermediate_size or s.intermediate_size
    b.add(f"{p}ffn_gate_inp.weight", (h, n), i, "ffn_gate_inp", "gate", linear=ROUTER_IS_LINEAR)
    if s.router_bias:
        b.add(f"{p}ffn_gate_inp.bias", (n,), i, "ffn_gate_inp_bias", "gate")
    if s.model_type in EXPERT_SCORE_BIAS_MODEL_TYPES:
        b.add(f"{p}exp_probs_b.bias", (n,), i, "exp_probs_b", "e_score_correction_bias")
    kinds = ("gate", "down", "up") if s.mlp == "gated" else ("up", "down")
    for kind in kinds:
        shape = (width, h, n) if kind == "down" else (h, width, n)
        role = f"ffn_{kind}_exps"
        b.add(f"{p}{role}.weight", shape, i, role, "experts")
        if s.expert_bias:
            b.add(f"{p}{role}.bias", (shape[1], n), i, f"{role}_bias", "experts")
    if s.shared_expert_intermediate_size:
        # Qwen2-MoE: one shared expert of its own width, scaled by a sigmoid gate Linear(h, 1).
        if s.shared_expert_gate:
            b.add(f"{p}ffn_gate_inp_shexp.weight", (h,), i, "ffn_gate_inp_shexp",
                  "shared_expert_gate", linear=True)  # fmt: skip
        _dense_mlp(b, p, i, s.shared_expert_intermediate_size, "_shexp")
    elif s.n_shared_experts:
        # DeepSeek: the shared experts are one MLP n_shared times as wide.
        _dense_mlp(b, p, i, width * s.n_shared_experts, "_shexp")


def _mlp(b: _Builder, p: str, i: int) -> None:
    if b.spec.is_moe_layer(i):
        _moe(b, p, i)
    else:
        _dense_mlp(b, p, i, b.spec.intermediate_size)


def _gemma3n_layer_extras(b: _Builder, p: str, i: int) -> None:
    """Gemma 3n's per-layer additions: the per-layer input gate and projection, AltUp's
    prediction/correction coefficients and router, and the LAuReL low-rank residual.

    source: transformers models/gemma3n/modeling_gemma3n.py Gemma3nTextDecoderLayer,
    Gemma3nTextAltUp, Gemma3nTextLaurelBlock; llama.cpp LLM_ARCH_GEMMA3N tensor names"""
    s = b.spec
    h, w, n = s.hidden_size, s.per_layer_input_width, s.altup_inputs
    if s.altup_inputs:
        b.add(f"{p}altup_correct_coef.weight", (n, n), i, "altup_correct_coef", "correction_coefs")
        b.add(f"{p}altup_correct_scale.weight", (h,), i, "altup_correct_scale",
              "correct_output_scale")  # fmt: skip
        b.add(f"{p}altup_predict_coef.weight", (n, n * n), i, "altup_predict_coef",
              "prediction_coefs")  # fmt: skip
        b.add(f"{p}altup_router.weight", (h, n), i, "altup_router", "modality_router")
        b.norm(p, "altup_router_norm", h, i)
    if s.laurel_rank:
        b.proj(p, "laurel_l", (h, s.laurel_rank), i, "linear_left")
        b.proj(p, "laurel_r", (s.laurel_rank, h), i, "linear_right")
        b.norm(p, "laurel_post_norm", h, i)
    if w:
        b.proj(p, "inp_gate", (h, w), i, "per_layer_input_gate")
        b.proj(p, "proj", (w, h), i, "per_layer_projection")
        b.norm(p, "post_norm", h, i)


def _gemma3n_globals(b: _Builder) -> None:
    """The per-layer embedding table (a second token table: per_layer_vocab rows of
    n_layers x width), its projection from the hidden state, and AltUp's 3 + 3 projections."""
    s = b.spec
    h, width = s.hidden_size, s.n_layers * s.per_layer_input_width
    if s.per_layer_input_width:
        b.add("per_layer_token_embd.weight", (width, s.per_layer_vocab), None,
              "per_layer_token_embd", "embed_tokens_per_layer")  # fmt: skip
        b.add("per_layer_model_proj.weight", (h, width), None, "per_layer_model_proj",
              "per_layer_model_projection")  # fmt: skip
        b.norm("", "per_layer_proj_norm", s.per_layer_input_width, None)
    if s.altup_inputs > 1:
        extra = s.altup_inputs - 1
        b.add("altup_proj.weight", (h, h, extra), None, "altup_proj", "altup_projections")
        b.add("altup_unembd_proj.weight", (h, h, extra), None, "altup_unembd_proj",
              "altup_unembed_projections")  # fmt: skip


def _decoder_block(b: _Builder, i: int) -> None:
    s = b.spec
    p = f"blk.{i}."
    h = s.hidden_size
    b.norm(p, "attn_norm", h, i)
    kind = s.attention_of(i)
    if s.is_mla:
        _mla_attention(b, p, i)
    elif kind == "linear":
        _linear_mixer(b, p, i)
    elif kind != "none":
        _attention(b, p, i)
    if s.parallel_ssm:
        # Falcon-H1: a Mamba2 mixer beside the attention, on the same normed input
        _mamba2(b, p, i)
    if not s.has_mlp(i):
        return  # Nemotron-H: a mixer-only block
    if s.norms_per_layer == 1:
        # one pre-norm serves the whole block (Nemotron-H, Command R's parallel block)
        _mlp(b, p, i)
        return
    if s.norms_per_layer == 4:
        b.norm(p, "post_attention_norm", h, i)
    # gpt-oss names its only pre-MLP norm post_attention_norm (llama.cpp LLM_ARCH_OPENAI_MOE).
    b.norm(p, "post_attention_norm" if s.model_type == "gpt_oss" else "ffn_norm", h, i)
    _mlp(b, p, i)
    if s.norms_per_layer >= 3:
        b.norm(p, "post_ffw_norm", h, i)
    if s.per_layer_input_width or s.altup_inputs or s.laurel_rank:
        _gemma3n_layer_extras(b, p, i)


def _t5(b: _Builder) -> None:
    s = b.spec
    h, inner = s.hidden_size, s.q_dim
    b.add("token_embd.weight", (h, s.vocab_size), None, "token_embd", b.hf["embd"])

    def attn(p: str, i: int, enc: bool, kind: str) -> None:
        b.norm(p, f"{kind}_norm", h, i, encoder=enc)
        for short in ("q", "k", "v"):
            b.proj(p, f"{kind}_{short}", (h, inner), i, short, encoder=enc)
        b.proj(p, f"{kind}_o", (inner, h), i, "o", encoder=enc)
        # The relative position bias table lives only in block 0 of each stack's self-attention.
        if i == 0 and kind == "attn" and s.relative_attention_buckets:
            b.add(f"{p}attn_rel_b.weight", (s.n_heads, s.relative_attention_buckets), i,
                  "attn_rel_b", "relative_attention_bias", encoder=enc)  # fmt: skip

    for i in range(s.n_encoder_layers):
        p = f"enc.blk.{i}."
        attn(p, i, True, "attn")
        b.norm(p, "ffn_norm", h, i, encoder=True)
        _dense_mlp(b, p, i, s.intermediate_size)
    b.norm("enc.", "output_norm", h, None, encoder=True)
    for i in range(s.n_layers):
        p = f"dec.blk.{i}."
        attn(p, i, False, "attn")
        attn(p, i, False, "cross_attn")
        b.norm(p, "ffn_norm", h, i)
        _dense_mlp(b, p, i, s.intermediate_size)
    b.norm("dec.", "output_norm", h, None)
    if not s.tied_embeddings:
        b.add("output.weight", (h, s.vocab_size), None, "output", "lm_head")


# Room for every catalog model (over 200) and the user's: a fit table asks for each model in
# turn, so a cache smaller than the catalog evicts every entry before it is asked for again.
@functools.lru_cache(maxsize=1024)
def model_tensors(spec: ModelSpec) -> tuple[TensorInfo, ...]:
    """Every weight tensor of ``spec`` with its GGUF name and GGUF-order shape, in file order."""
    b = _Builder(spec)
    if spec.is_encoder_decoder:
        _t5(b)
        return tuple(b.out)
    h = spec.hidden_size
    b.add("token_embd.weight", (h, spec.vocab_size), None, "token_embd", b.hf["embd"])
    if spec.position_embedding_tokens:
        b.add("position_embd.weight", (h, spec.position_embedding_tokens), None,
              "position_embd", b.hf["pos"])  # fmt: skip
    if spec.embedding_norm:
        b.norm("", "token_embd_norm", h, None)
    _gemma3n_globals(b)
    for i in range(spec.n_layers):
        _decoder_block(b, i)
    b.norm("", "output_norm", h, None)
    if not spec.tied_embeddings:
        b.add("output.weight", (h, spec.vocab_size), None, "output", "lm_head")
        if spec.model_type in OUTPUT_BIAS_MODEL_TYPES:
            b.add("output.bias", (spec.vocab_size,), None, "output_bias", "lm_head")
    return tuple(b.out)


# Gemma 3n's per-layer embeddings are a token lookup table too (the "effective" parameter
# count of E2B/E4B leaves them out).
_EMBEDDING_ROLES = frozenset({"token_embd", "position_embd", "per_layer_token_embd"})


@functools.lru_cache(maxsize=1024)  # every model of a table, as model_tensors
def param_counts(spec: ModelSpec) -> ParamCounts:
    """Total and active parameter counts of ``spec``, summed over :func:`model_tensors`."""
    total = active = embedding = 0
    k, n = spec.n_experts_per_token, spec.n_experts
    for t in model_tensors(spec):
        if t.role in BUFFER_ROLES:
            continue
        count = t.n_elements
        total += count
        # Stacked expert tensors end in the expert axis, so the k/E share is an exact integer.
        active += count * k // n if t.is_expert else count
        if t.role in _EMBEDDING_ROLES:
            embedding += count
    return ParamCounts(total, active, embedding, active - embedding)
