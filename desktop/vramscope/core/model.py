"""ModelSpec: the architecture facts that decide memory, independent of where they came from.

A ModelSpec is built from a Hugging Face ``config.json`` (``vramscope.core.hf_config``), a
GGUF header or the bundled catalog. Everything else (tensor shapes, parameter counts, weight
bytes per format, KV cache) is derived from it in ``core``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .errors import SpecError, shown
from .notes import Note
from .vision import VisionTower

__all__ = ["LayerAttention", "LinearKind", "MlpKind", "ModelSpec", "NormKind"]

# "linear": a recurrent token mixer (Gated DeltaNet in Qwen3-Next / Qwen3.5, Mamba2 in Granite
# 4.0-H / Nemotron-H, LFM2's short convolution) that keeps a fixed-size state per sequence
# instead of a KV cache. "chunked": Llama 4's local attention, which sees only the tokens of its
# own ``attention_chunk_tokens``-token chunk. "none": a layer without a token mixer (Nemotron-H's
# MLP-only layers).
LayerAttention = Literal["full", "sliding", "linear", "chunked", "none"]
LinearKind = Literal["", "gated_deltanet", "mamba2", "short_conv"]
_LINEAR_KINDS = ("gated_deltanet", "mamba2", "short_conv")
MlpKind = Literal["gated", "plain"]
# "layer_no_bias": LayerNorm with a weight only (Cohere's Command R).
NormKind = Literal["rms", "layer", "layer_no_bias"]


def _positive(name: str, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise SpecError("spec.not_positive", field=name, value=shown(value))


def _non_negative(name: str, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise SpecError("spec.negative", field=name, value=shown(value))


@dataclass(frozen=True, slots=True)
class ModelSpec:
    """Architecture of a transformer language model, in the terms memory depends on.

    Sizes follow Hugging Face names; ``n_layers`` counts the repeating decoder blocks (for an
    encoder-decoder model, the decoder; ``n_encoder_layers`` the encoder).
    """

    model_id: str
    model_type: str
    n_layers: int
    hidden_size: int
    n_heads: int
    n_kv_heads: int
    head_dim: int
    intermediate_size: int
    vocab_size: int
    max_context_tokens: int
    tied_embeddings: bool = False
    name: str = ""
    # Attention layout. ``layer_attention`` has one entry per decoder layer; empty means all full.
    layer_attention: tuple[LayerAttention, ...] = ()
    sliding_window_tokens: int | None = None
    # Llama 4's chunked local attention: the chunk length of the "chunked" layers.
    attention_chunk_tokens: int | None = None
    # Which layers have an MLP (empty: all). Nemotron-H gives each block one mixer or one MLP.
    layer_mlp: tuple[bool, ...] = ()
    # Falcon-H1 runs a Mamba2 mixer beside the attention of every layer: every layer keeps both
    # a KV cache and a recurrent state.
    parallel_ssm: bool = False
    # Gemma 3n: the last ``kv_shared_layers`` layers reuse the K/V of earlier layers and cache
    # nothing; ``per_layer_input_width`` > 0 adds per-layer embeddings (a second token table of
    # ``per_layer_vocab`` rows x n_layers x width) that runtimes may keep in CPU memory, and
    # ``altup_inputs`` / ``laurel_rank`` size its AltUp and LAuReL blocks.
    kv_shared_layers: int = 0
    # DeepSeek-V3.2's lightning indexer: index_heads queries of index_head_dim against one
    # cached index key of index_head_dim per token and layer, beside the MLA latent.
    index_heads: int = 0
    index_head_dim: int = 0
    per_layer_input_width: int = 0
    per_layer_vocab: int = 0
    altup_inputs: int = 0
    laurel_rank: int = 0
    # Biases, norms and fused projections (they change parameter counts and GGUF tensor names).
    norm: NormKind = "rms"
    norms_per_layer: int = 2
    qkv_bias: bool = False
    o_bias: bool = False
    mlp_bias: bool = False
    qk_norm: bool = False
    # OLMo 2 and MiniMax-M2 normalise the whole q and k projections, not each head.
    qk_norm_full: bool = False
    attn_sinks: bool = False
    # Qwen3-Next / Qwen3.5 gate the attention output with a sigmoid of a second query-sized
    # projection: q_proj is twice as wide.
    attn_output_gate: bool = False
    mlp: MlpKind = "gated"
    fused_qkv: bool = False
    fused_gate_up: bool = False
    position_embedding_tokens: int = 0
    embedding_norm: bool = False
    # Multi-head latent attention (DeepSeek-V2/V3). kv_lora_rank > 0 switches it on.
    q_lora_rank: int = 0
    kv_lora_rank: int = 0
    qk_rope_head_dim: int = 0
    qk_nope_head_dim: int = 0
    v_head_dim: int = 0
    # Linear-attention (recurrent) layers, marked "linear" in layer_attention. Gated DeltaNet:
    # q and k have linear_key_heads x linear_key_head_dim, v linear_value_heads x
    # linear_value_head_dim, mixed by a depthwise causal conv of linear_conv_kernel taps.
    # Mamba2 maps onto the same fields: B and C are n_groups x d_state (key heads x key head
    # dim), x is the inner width, n_heads x head_dim (value heads x value head dim); its state is
    # d_state x d_inner like the delta rule's. LFM2's short conv uses only linear_conv_kernel.
    linear_kind: LinearKind = ""
    linear_conv_kernel: int = 0
    linear_key_heads: int = 0
    linear_value_heads: int = 0
    linear_key_head_dim: int = 0
    linear_value_head_dim: int = 0
    # Mamba2 details: a bias on the causal conv, the gated RMSNorm before out_proj.
    linear_conv_bias: bool = False
    linear_norm: bool = True
    # Mixture of experts. n_experts == 0 means dense. ``moe_layers`` marks which layers route
    # (empty means every layer when n_experts > 0).
    n_experts: int = 0
    n_experts_per_token: int = 0
    moe_intermediate_size: int = 0
    n_shared_experts: int = 0
    shared_expert_intermediate_size: int = 0
    shared_expert_gate: bool = False
    router_bias: bool = False
    expert_bias: bool = False
    moe_layers: tuple[bool, ...] = ()
    # Encoder-decoder (T5): encoder blocks, and the relative position bias table of the first
    # block of each stack.
    n_encoder_layers: int = 0
    relative_attention_buckets: int = 0
    # The dtype the checkpoint is stored in ("bfloat16", "float16", "float32") and, for
    # pre-quantized checkpoints, the format id of the weights (e.g. "gptq-4bit", "fp8", "mxfp4").
    stored_dtype: str = "bfloat16"
    stored_format: str | None = None
    # The image encoder and projector of a multimodal checkpoint (None: text only); memory and
    # parameters of the tower are counted apart from the text model (core.vision).
    vision: VisionTower | None = None
    # what the reader inferred or left out (codes ``model.*``, rendered by app.present)
    warnings: tuple[Note, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        for name in (
            "n_layers",
            "hidden_size",
            "n_heads",
            "n_kv_heads",
            "head_dim",
            "intermediate_size",
            "vocab_size",
            "max_context_tokens",
        ):
            _positive(name, getattr(self, name))
        for name in (
            "q_lora_rank",
            "kv_lora_rank",
            "qk_rope_head_dim",
            "qk_nope_head_dim",
            "v_head_dim",
            "n_experts",
            "n_experts_per_token",
            "moe_intermediate_size",
            "n_shared_experts",
            "shared_expert_intermediate_size",
            "position_embedding_tokens",
            "n_encoder_layers",
            "relative_attention_buckets",
            "linear_conv_kernel",
            "linear_key_heads",
            "linear_value_heads",
            "linear_key_head_dim",
            "linear_value_head_dim",
            "kv_shared_layers",
            "index_heads",
            "index_head_dim",
            "per_layer_input_width",
            "per_layer_vocab",
            "altup_inputs",
            "laurel_rank",
        ):
            _non_negative(name, getattr(self, name))
        if self.n_heads % self.n_kv_heads:
            raise SpecError(
                "spec.not_divisor",
                divisor_field="num_key_value_heads",
                field="num_attention_heads",
                divisor=self.n_kv_heads,
                value=self.n_heads,
            )
        if self.layer_attention and len(self.layer_attention) != self.n_layers:
            raise SpecError(
                "spec.per_layer_count",
                field="layer_types",
                count=len(self.layer_attention),
                n_layers=self.n_layers,
            )
        self._check_layer_layout()
        if "linear" in self.layer_attention or self.parallel_ssm:
            self._check_linear_layers()
        if self.n_experts:
            self._check_experts()
        if self.kv_lora_rank and not (self.qk_rope_head_dim and self.v_head_dim):
            raise SpecError("spec.mla_incomplete")
        if self.norms_per_layer not in (1, 2, 3, 4):
            raise SpecError(
                "spec.not_one_of",
                field="norms_per_layer",
                allowed="1, 2, 3, 4",
                value=shown(self.norms_per_layer),
            )

    def _check_layer_layout(self) -> None:
        """Windows and chunks the local layers need; per-layer masks of the right length."""
        if "sliding" in self.layer_attention and not self.sliding_window_tokens:
            raise SpecError("spec.sliding_window_missing")
        if self.sliding_window_tokens is not None:
            _positive("sliding_window", self.sliding_window_tokens)
        if "chunked" in self.layer_attention and not self.attention_chunk_tokens:
            raise SpecError("spec.chunk_size_missing")
        if self.attention_chunk_tokens is not None:
            _positive("attention_chunk_size", self.attention_chunk_tokens)
        if self.layer_mlp and len(self.layer_mlp) != self.n_layers:
            raise SpecError(
                "spec.per_layer_count",
                field="layer mlp mask",
                count=len(self.layer_mlp),
                n_layers=self.n_layers,
            )
        if self.kv_shared_layers >= self.n_layers:
            raise SpecError(
                "spec.out_of_range",
                field="num_kv_shared_layers",
                low=0,
                high=self.n_layers - 1,
                value=self.kv_shared_layers,
            )

    def _check_linear_layers(self) -> None:
        if self.linear_kind not in _LINEAR_KINDS:
            raise SpecError("spec.unknown_linear_kind", value=shown(self.linear_kind))
        if self.linear_kind == "short_conv":
            _positive("linear_conv_kernel", self.linear_conv_kernel)
            return
        for name in (
            "linear_conv_kernel",
            "linear_key_heads",
            "linear_value_heads",
            "linear_key_head_dim",
            "linear_value_head_dim",
        ):
            _positive(name, getattr(self, name))
        if self.linear_value_heads % self.linear_key_heads:
            raise SpecError(
                "spec.not_divisor",
                divisor_field="linear_num_key_heads",
                field="linear_num_value_heads",
                divisor=self.linear_key_heads,
                value=self.linear_value_heads,
            )

    def _check_experts(self) -> None:
        if not 0 < self.n_experts_per_token <= self.n_experts:
            raise SpecError(
                "spec.out_of_range",
                field="num_experts_per_tok",
                low=1,
                high=self.n_experts,
                value=self.n_experts_per_token,
            )
        if self.moe_layers and len(self.moe_layers) != self.n_layers:
            raise SpecError(
                "spec.per_layer_count",
                field="moe layer mask",
                count=len(self.moe_layers),
                n_layers=self.n_layers,
            )

    # Derived facts used across the core.
    @property
    def is_mla(self) -> bool:
        """Multi-head latent attention: a compressed KV cache (DeepSeek-V2/V3)."""
        return self.kv_lora_rank > 0

    @property
    def is_hybrid(self) -> bool:
        """Some layers are recurrent (linear attention) and keep a state instead of a cache."""
        return "linear" in self.layer_attention or self.parallel_ssm

    @property
    def n_linear_layers(self) -> int:
        return self.layer_attention.count("linear")

    def has_state(self, layer: int) -> bool:
        """Whether ``layer`` keeps a recurrent state (a linear layer, or Falcon-H1's parallel
        Mamba2 beside attention)."""
        return self.parallel_ssm or self.attention_of(layer) == "linear"

    @property
    def n_state_layers(self) -> int:
        """Layers that keep a recurrent state per sequence."""
        return self.n_layers if self.parallel_ssm else self.n_linear_layers

    def has_mlp(self, layer: int) -> bool:
        return self.layer_mlp[layer] if self.layer_mlp else True

    @property
    def linear_key_dim(self) -> int:
        return self.linear_key_heads * self.linear_key_head_dim

    @property
    def linear_value_dim(self) -> int:
        return self.linear_value_heads * self.linear_value_head_dim

    @property
    def linear_conv_dim(self) -> int:
        """Channels of the causal conv: q, k and v side by side (Mamba2: x, B and C; LFM2's
        short conv: the hidden width).

        source: llama.cpp src/llama-hparams.cpp n_embd_r() (LFM2: n_embd x (L_cache - 1))"""
        if self.linear_kind == "short_conv":
            return self.hidden_size
        return 2 * self.linear_key_dim + self.linear_value_dim

    @property
    def recurrent_state_elements(self) -> int:
        """Delta-rule (or SSM) state per sequence per linear layer: a key x value matrix per
        value head; LFM2's short conv keeps none.

        source: llama.cpp src/llama-hparams.cpp n_embd_s(): d_state x d_inner."""
        if self.linear_kind == "short_conv":
            return 0
        return self.linear_key_head_dim * self.linear_value_dim

    @property
    def is_moe(self) -> bool:
        return self.n_experts > 0

    @property
    def is_encoder_decoder(self) -> bool:
        return self.n_encoder_layers > 0

    @property
    def q_dim(self) -> int:
        return self.n_heads * self.head_dim

    @property
    def kv_dim(self) -> int:
        """Width of K (and V) per token per layer: n_kv_heads x head_dim."""
        return self.n_kv_heads * self.head_dim

    def attention_of(self, layer: int) -> LayerAttention:
        return self.layer_attention[layer] if self.layer_attention else "full"

    def has_attention(self, layer: int) -> bool:
        """Whether ``layer`` has an attention block (and so a KV cache)."""
        return self.attention_of(layer) in ("full", "sliding", "chunked")

    def caches_kv(self, layer: int) -> bool:
        """Whether ``layer`` keeps a KV cache of its own (Gemma 3n's shared layers do not)."""
        return self.has_attention(layer) and layer < self.n_layers - self.kv_shared_layers

    def is_moe_layer(self, layer: int) -> bool:
        if not self.n_experts:
            return False
        return self.moe_layers[layer] if self.moe_layers else True

    @property
    def display_name(self) -> str:
        return self.name or self.model_id
