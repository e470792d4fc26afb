"""Vision towers: the image encoder and projector of a multimodal checkpoint, read from its
``vision_config`` (or an mmproj GGUF header), its parameter count, the tokens one image adds to
the context and the memory each runtime spends on it.

A tower is counted where a runtime really holds it:

* llama.cpp loads it from a separate ``mmproj`` GGUF (``--mmproj``): its tensors in the file's
  own type (usually F16) and a compute buffer for the encoder graph, reserved at load and grown
  to the largest image encoded (``tools/mtmd/clip.cpp`` ``alloc_compute_meta``:
  ``ggml_backend_sched_reserve`` on a graph built for one image; images are encoded one at a
  time). Flash attention in the encoder (``CLIP_FLASH_ATTN_TYPE_AUTO``, on where the backend
  has it) keeps the attention scores out of the buffer.
* transformers loads the tower with the model (``*ForConditionalGeneration``) in the compute
  dtype and encodes every image of the prompt in one forward.
* vLLM loads it and, in ``profile_run``, encodes a dummy batch of
  ``min(max_num_seqs x images per prompt, encoder budget / tokens per image)`` images at once
  (``vllm/v1/worker/gpu_model_runner.py`` ``profile_run``, ``_get_mm_dummy_batch``; the budget
  is ``max(max_num_batched_tokens, tokens per image)``, ``vllm/v1/core/encoder_cache_manager.py``
  ``compute_encoder_budget``); the peak of that pass is taken from the KV budget.

With no image in the workload (and no mmproj file given) nothing here runs: the text-only
path costs nothing more.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .errors import SpecError, shown

__all__ = [
    "DEFAULT_IMAGE_PX",
    "MAX_IMAGES",
    "VisionKind",
    "VisionTower",
    "vision_from_config",
]

VisionKind = Literal["siglip", "qwen2_5_vl", "qwen3_vl", "pixtral", "llama4", "clip"]

# Dynamic-resolution towers (Qwen2.5-VL, Qwen3-VL, Pixtral) take images of any size; the
# estimate assumes a 1024 x 1024 image, a common photo size and the cap llama.cpp itself puts on
# Qwen2-VL, Qwen2.5-VL and Pixtral images ("the model use unreasonable memory past 1024 size, we
# force it to 1024"; source: llama.cpp tools/mtmd/clip.cpp load_hparams, PROJECTOR_TYPE_QWEN25VL
# and PROJECTOR_TYPE_PIXTRAL, hparams.image_size = 1024).
DEFAULT_IMAGE_PX = 1024
# Gemma 3 pools SigLIP's 64 x 64 patches to 16 x 16 = 256 soft tokens per image.
# source: transformers models/gemma3/configuration_gemma3.py (mm_tokens_per_image=256)
GEMMA3_DEFAULT_TOKENS_PER_IMAGE = 256
# Qwen2.5-VL / Qwen3-VL encode a still image as two identical frames (temporal patch 2).
# source: transformers models/qwen2_5_vl/configuration_qwen2_5_vl.py (temporal_patch_size=2)
QWEN_DEFAULT_TEMPORAL_PATCH = 2
# Llama 4 tiles an image into image_size (336) squares, at most 16, plus one global tile when
# there is more than one. source: transformers models/llama4/image_processing_llama4_fast.py
# (max_patches=16, the global thumbnail added when the image spans several tiles)
LLAMA4_MAX_TILES = 16
# An absurd count of images per prompt is a typo, not a workload.
MAX_IMAGES = 1024
# Guards on config values (pixels, widths, layers) that no tower comes near.
_MAX_WIDTH = 1_000_000
_MAX_LAYERS = 10_000
_MAX_PX = 100_000
# Widths of one patch the encoder graph keeps alive at its peak, beside the FFN's up (and gate)
# rows: the residual stream, the normed input and Q, K and V (5 x hidden). An estimate of
# ggml-alloc's reuse across one transformer block, not a measured figure.
_LIVE_HIDDEN_ROWS = 5
_F32 = 4


def _int(cfg: Mapping[Any, object], key: str, default: int | None = None, *, low: int = 1,
         high: int = _MAX_WIDTH) -> int:  # fmt: skip
    value = cfg.get(key)
    if value is None:
        if default is None:
            raise SpecError("config.missing_key", key=f"vision_config.{key}", model_type="vision")
        return default
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise SpecError(
            "spec.not_int_in_range",
            field=f"vision_config.{key}",
            low=low,
            high=high,
            value=shown(value),
        )
    return value


def _float(cfg: Mapping[Any, object], key: str, default: float) -> float:
    value = cfg.get(key)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1:
        raise SpecError(
            "spec.out_of_range", field=f"vision_config.{key}", low=0, high=1, value=shown(value)
        )
    return float(value)


def _std_layer(h: int, ff: int) -> int:
    """A ViT block with biases: two LayerNorms, q/k/v/o and fc1/fc2 (SigLIP, Qwen3-VL,
    Llama 4)."""
    return 4 * h + 4 * (h * h + h) + (h * ff + ff) + (ff * h + h)


@dataclass(frozen=True, slots=True)
class VisionTower:
    """A vision encoder and its projector, in the terms memory depends on.

    ``image_px`` is the edge of the square image the estimate assumes (the tower's fixed size,
    or :data:`DEFAULT_IMAGE_PX` for dynamic resolution); ``patches_per_image`` the patches the
    encoder runs per image and ``tokens_per_image`` what the image adds to the context.
    ``mmproj_bytes`` is the size of a real mmproj file's tensors (0: counted as F16).
    """

    kind: VisionKind
    hidden_size: int
    n_layers: int
    intermediate_size: int
    n_heads: int
    patch_size: int
    image_px: int
    params: int
    patches_per_image: int
    tokens_per_image: int
    gated_mlp: bool = False
    mmproj_bytes: int = 0
    mmproj_type: str = "F16"

    def __post_init__(self) -> None:
        for name in (
            "hidden_size",
            "n_layers",
            "intermediate_size",
            "n_heads",
            "patch_size",
            "image_px",
            "params",
            "patches_per_image",
            "tokens_per_image",
        ):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                raise SpecError("spec.not_positive", field=f"vision {name}", value=shown(value))
        if self.mmproj_bytes < 0:
            raise SpecError("spec.negative", field="mmproj bytes", value=self.mmproj_bytes)

    @property
    def f16_bytes(self) -> int:
        """The tower in 16-bit floats (2 bytes per parameter)."""
        return 2 * self.params

    def gguf_bytes(self) -> int:
        """What llama.cpp loads from the mmproj file: its real size when known, else F16."""
        return self.mmproj_bytes or self.f16_bytes

    def activation_bytes(self, element_bytes: int) -> int:
        """Live activations of one image at the peak of one encoder block: the hidden-wide rows
        and the FFN rows of every patch (attention scores not included)."""
        ff = self.intermediate_size * (2 if self.gated_mlp else 1)
        return self.patches_per_image * (_LIVE_HIDDEN_ROWS * self.hidden_size + ff) * element_bytes

    def scores_bytes(self) -> int:
        """F32 attention scores of one image when the encoder runs without flash attention:
        heads x patches x patches (the softmax runs in place)."""
        return _F32 * self.n_heads * self.patches_per_image * self.patches_per_image

    def clip_compute_bytes(self, *, flash_attention: bool) -> int:
        """llama.cpp's encoder compute buffer for one image (F32 activations)."""
        scores = 0 if flash_attention else self.scores_bytes()
        return self.activation_bytes(_F32) + scores


def _qwen_grid(px: int, patch: int, merge: int) -> int:
    """Merged tokens per side of a ``px`` image resized to a multiple of patch x merge.

    source: transformers models/qwen2_vl/image_processing_qwen2_vl.py smart_resize (round to
    the factor patch_size x merge_size)"""
    return max(1, round(px / (patch * merge)))


def _siglip(v: Mapping[Any, object], top: Mapping[Any, object], text_hidden: int) -> VisionTower:
    """Gemma 3: SigLIP-So400m at 896 px, 4 x 4 average pooling to 256 tokens, an RMSNorm and a
    linear projection to the text width.

    source: transformers models/siglip/modeling_siglip.py (SiglipVisionEmbeddings: conv with
    bias, one position per patch; SiglipEncoderLayer; post_layernorm), models/gemma3/
    modeling_gemma3.py Gemma3MultiModalProjector (mm_soft_emb_norm, mm_input_projection_weight)"""
    h, ff = _int(v, "hidden_size"), _int(v, "intermediate_size")
    layers = _int(v, "num_hidden_layers", high=_MAX_LAYERS)
    patch = _int(v, "patch_size", high=_MAX_PX)
    px = _int(v, "image_size", high=_MAX_PX)
    channels = _int(v, "num_channels", 3, high=64)
    patches = (px // patch) ** 2
    params = (
        channels * patch * patch * h + h
        + patches * h
        + layers * _std_layer(h, ff)
        + 2 * h
        + h + h * text_hidden
    )  # fmt: skip
    tokens = _int(top, "mm_tokens_per_image", GEMMA3_DEFAULT_TOKENS_PER_IMAGE, high=patches)
    return VisionTower(
        "siglip", h, layers, ff, _int(v, "num_attention_heads"), patch, px, params, patches, tokens
    )


def _qwen2_5_vl(v: Mapping[Any, object], text_hidden: int, px: int) -> VisionTower:
    """Qwen2.5-VL: a 3-D patch embedding without bias, RMSNorm blocks with a SwiGLU MLP, and a
    merger MLP over 2 x 2 patches.

    source: transformers models/qwen2_5_vl/modeling_qwen2_5_vl.py (Qwen2_5_VisionPatchEmbed,
    Qwen2_5_VLVisionBlock: norm1/norm2 RMSNorm, qkv and proj with bias, Qwen2_5_VLMLP
    gate/up/down with bias; Qwen2_5_VLPatchMerger: ln_q RMSNorm, Linear(h x m^2, h x m^2),
    Linear(h x m^2, out_hidden_size))"""
    h, ff = _int(v, "hidden_size"), _int(v, "intermediate_size")
    layers = _int(v, "depth", high=_MAX_LAYERS)
    patch = _int(v, "patch_size", high=_MAX_PX)
    merge = _int(v, "spatial_merge_size", 2, high=64)
    temporal = _int(v, "temporal_patch_size", QWEN_DEFAULT_TEMPORAL_PATCH, high=64)
    channels = _int(v, "in_chans", _int(v, "in_channels", 3, high=64), high=64)
    out = _int(v, "out_hidden_size", text_hidden)
    wide = h * merge * merge
    layer = 2 * h + (3 * h * h + 3 * h) + (h * h + h) + 3 * h * ff + 2 * ff + h
    params = channels * temporal * patch * patch * h + layers * layer + h + wide * wide + wide
    params += wide * out + out
    side = _qwen_grid(px, patch, merge)
    return VisionTower(
        "qwen2_5_vl", h, layers, ff, _int(v, "num_heads"), patch, px, params,
        (side * merge) ** 2, side * side, gated_mlp=True,
    )  # fmt: skip


def _qwen3_vl(v: Mapping[Any, object], text_hidden: int, px: int) -> VisionTower:
    """Qwen3-VL: a 3-D patch embedding with bias, learned position embeddings, LayerNorm
    blocks with a GELU MLP, one merger and one more per DeepStack layer.

    source: transformers models/qwen3_vl/modeling_qwen3_vl.py (Qwen3VLVisionPatchEmbed with
    bias, pos_embed num_position_embeddings x h, Qwen3VLVisionBlock, Qwen3VLVisionPatchMerger:
    LayerNorm(h) or, post-shuffle for the DeepStack mergers, LayerNorm(h x m^2), then
    Linear(h x m^2, h x m^2) and Linear(h x m^2, out_hidden_size))"""
    h, ff = _int(v, "hidden_size"), _int(v, "intermediate_size")
    layers = _int(v, "depth", high=_MAX_LAYERS)
    patch = _int(v, "patch_size", high=_MAX_PX)
    merge = _int(v, "spatial_merge_size", 2, high=64)
    temporal = _int(v, "temporal_patch_size", QWEN_DEFAULT_TEMPORAL_PATCH, high=64)
    channels = _int(v, "in_channels", 3, high=64)
    positions = _int(v, "num_position_embeddings", low=0)
    out = _int(v, "out_hidden_size", text_hidden)
    deepstack = v.get("deepstack_visual_indexes") or ()
    if not isinstance(deepstack, list | tuple) or len(deepstack) > layers:
        raise SpecError(
            "spec.not_list", field="vision_config.deepstack_visual_indexes", value=shown(deepstack)
        )
    wide = h * merge * merge
    mlp = wide * wide + wide + wide * out + out
    params = (
        channels * temporal * patch * patch * h + h
        + positions * h
        + layers * _std_layer(h, ff)
        + 2 * h + mlp
        + len(deepstack) * (2 * wide + mlp)
    )  # fmt: skip
    side = _qwen_grid(px, patch, merge)
    return VisionTower(
        "qwen3_vl", h, layers, ff, _int(v, "num_heads"), patch, px, params,
        (side * merge) ** 2, side * side,
    )  # fmt: skip


def _pixtral(v: Mapping[Any, object], top: Mapping[Any, object], text_hidden: int,
             px: int) -> VisionTower:  # fmt: skip
    """Mistral Small 3.1 / 3.2: the Pixtral encoder (RMSNorm blocks, SwiGLU MLP, no biases) and
    Mistral 3's projector (RMSNorm, a 2 x 2 patch merger, two linears).

    Each row of merged tokens ends with a break token, so an image of ``s`` x ``s`` merged
    tokens adds ``s x s + s``. source: transformers models/pixtral/modeling_pixtral.py
    (PixtralVisionModel: patch_conv without bias, ln_pre, PixtralAttentionLayer),
    models/mistral3/modeling_mistral3.py (Mistral3MultiModalProjector: norm, Mistral3PatchMerger
    merging_layer Linear(h x m^2, h), linear_1, linear_2 with multimodal_projector_bias),
    models/pixtral/processing_pixtral.py ([IMG_BREAK] per row, [IMG_END] last)"""
    h, ff = _int(v, "hidden_size"), _int(v, "intermediate_size")
    layers = _int(v, "num_hidden_layers", high=_MAX_LAYERS)
    patch = _int(v, "patch_size", high=_MAX_PX)
    max_px = _int(v, "image_size", high=_MAX_PX)
    channels = _int(v, "num_channels", 3, high=64)
    merge = _int(top, "spatial_merge_size", 2, high=64)
    bias = top.get("multimodal_projector_bias") is True
    layer = 2 * h + 4 * h * h + 3 * h * ff
    params = channels * patch * patch * h + h + layers * layer
    params += h + h * merge * merge * h + h * text_hidden + text_hidden * text_hidden
    params += 2 * text_hidden if bias else 0
    edge = min(px, max_px)
    side = max(1, math.ceil(edge / (patch * merge)))
    return VisionTower(
        "pixtral", h, layers, ff, _int(v, "num_attention_heads"), patch, edge, params,
        (side * merge) ** 2, side * side + side, gated_mlp=True,
    )  # fmt: skip


def _llama4(v: Mapping[Any, object], text_hidden: int, px: int) -> VisionTower:
    """Llama 4: a ViT over 336 px tiles (unfolded patches, class token, LayerNorm blocks),
    pixel shuffle by 0.5 and an MLP adapter, then a linear projector.

    source: transformers models/llama4/modeling_llama4.py (Llama4UnfoldConvolution without bias,
    class_embedding, positional_embedding_vlm of (image/patch)^2 + 1 rows, layernorm_pre/post,
    Llama4VisionEncoderLayer, Llama4VisionPixelShuffleMLP fc1 intermediate -> projector_input_dim
    and fc2 projector_input_dim -> projector_output_dim without bias, Llama4MultiModalProjector
    linear_1 vision_output_dim -> text hidden without bias)"""
    h, ff = _int(v, "hidden_size"), _int(v, "intermediate_size")
    layers = _int(v, "num_hidden_layers", high=_MAX_LAYERS)
    patch = _int(v, "patch_size", high=_MAX_PX)
    tile = _int(v, "image_size", high=_MAX_PX)
    channels = _int(v, "num_channels", 3, high=64)
    ratio = _float(v, "pixel_shuffle_ratio", 0.5)
    proj_in = _int(v, "projector_input_dim")
    proj_out = _int(v, "projector_output_dim")
    vision_out = _int(v, "vision_output_dim", proj_out)
    grid = (tile // patch) ** 2
    params = (
        channels * patch * patch * h + h + (grid + 1) * h + 4 * h
        + layers * _std_layer(h, ff)
        + ff * proj_in + proj_in * proj_out
        + vision_out * text_hidden
    )  # fmt: skip
    per_side = max(1, round(px / tile))
    tiles = min(per_side * per_side, LLAMA4_MAX_TILES)
    tiles += 1 if tiles > 1 else 0
    tokens_per_tile = max(1, int(grid * ratio * ratio))
    return VisionTower(
        "llama4", h, layers, ff, _int(v, "num_attention_heads"), patch, per_side * tile, params,
        tiles * (grid + 1), tiles * tokens_per_tile,
    )  # fmt: skip


def vision_from_config(
    config: Mapping[Any, object], text_hidden: int, *, image_px: int = DEFAULT_IMAGE_PX
) -> VisionTower | None:
    """The tower of a multimodal ``config.json`` (its ``vision_config``), or None when it has
    none or one of a kind not modelled. ``text_hidden`` is the language model's width (the
    projector's output)."""
    v = config.get("vision_config")
    if v is None:
        return None
    if not isinstance(v, Mapping):
        raise SpecError("spec.not_object", field="vision_config", value=shown(v))
    try:
        return _tower(config, v, text_hidden, image_px)
    except SpecError as exc:
        # A vision_config that leaves a size out (transformers would fill in the class
        # defaults) is not guessed at: the text model is estimated alone, with its warning.
        if exc.note.code == "config.missing_key":
            return None
        raise


def _tower(
    config: Mapping[Any, object], v: Mapping[Any, object], text_hidden: int, image_px: int
) -> VisionTower | None:
    model_type = config.get("model_type")
    if model_type == "gemma3":
        return _siglip(v, config, text_hidden)
    if model_type == "qwen2_5_vl":
        return _qwen2_5_vl(v, text_hidden, image_px)
    # Qwen3.5/3.6 checkpoints carry Qwen3-VL's tower (no DeepStack mergers).
    # source: transformers models/qwen3_5/modeling_qwen3_5.py (Qwen3_5VisionModel)
    if model_type in ("qwen3_vl", "qwen3_vl_moe", "qwen3_5", "qwen3_5_moe"):
        return _qwen3_vl(v, text_hidden, image_px)
    if model_type == "mistral3":
        return _pixtral(v, config, text_hidden, image_px)
    if model_type == "llama4":
        return _llama4(v, text_hidden, image_px)
    return None
