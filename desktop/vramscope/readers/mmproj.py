"""llama.cpp's vision projector files (``mmproj-*.gguf``): a GGUF whose
``general.architecture`` is ``clip``, read into a :class:`~vramscope.core.vision.VisionTower`
with the file's real parameter count and tensor bytes.

Key names follow llama.cpp ``tools/mtmd/clip-impl.h`` (``clip.vision.image_size``,
``clip.vision.patch_size``, ``clip.vision.embedding_length``, ``clip.vision.feed_forward_length``,
``clip.vision.block_count``, ``clip.vision.attention.head_count``, ``clip.vision.projection_dim``,
``clip.projector_type``, ``clip.vision.spatial_merge_size``,
``clip.vision.projector.scale_factor``). The header is hostile: a key of the wrong type or out of
range ends in one :class:`~vramscope.readers._files.ModelFileError` naming the key and value.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from vramscope.core.errors import clip_value
from vramscope.core.vision import DEFAULT_IMAGE_PX, LLAMA4_MAX_TILES, VisionTower

from ._files import ModelFileError
from ._files import clip_text as _clip
from .gguf import GgufHeader, GgufValue, read_gguf_header

__all__ = ["CLIP_ARCHITECTURE", "MmprojFile", "is_mmproj", "read_mmproj", "tower_from_mmproj"]

CLIP_ARCHITECTURE = "clip"
# Bounds no real projector comes near (SigLIP-So400m: 27 blocks of 1152 at 896 px; Pixtral:
# 1540 px); beyond them the header is broken or hostile.
_MAX_PX = 100_000
_MAX_WIDTH = 1_000_000
_MAX_LAYERS = 10_000
_MAX_HEADS = 100_000
_MAX_FACTOR = 64
# Gemma 3 pools 4 x 4 patches per token when the file does not say.
# source: llama.cpp tools/mtmd/clip.cpp load_hparams, PROJECTOR_TYPE_GEMMA3 (proj_scale_factor 4)
_GEMMA3_SCALE = 4
# Projector types of dynamic-resolution towers that merge 2 x 2 patches.
# source: llama.cpp tools/mtmd/clip-impl.h PROJECTOR_TYPE_NAMES
_QWEN_MERGERS = frozenset({"qwen2vl_merger", "qwen2.5vl_merger", "qwen3vl_merger"})
_QWEN_MERGE = 2


class MmprojFile(NamedTuple):
    """A projector file: its tower, the text width it projects to, and its name."""

    tower: VisionTower
    projection_dim: int
    label: str


def is_mmproj(header: GgufHeader) -> bool:
    """Whether a GGUF header is a vision projector rather than a language model."""
    return header.architecture == CLIP_ARCHITECTURE


def _int(md: Mapping[str, GgufValue], key: str, label: str, *, high: int,
         default: int | None = None) -> int:  # fmt: skip
    value = md.get(key)
    if value is None:
        if default is None:
            raise ModelFileError("file.mmproj_missing_key", file=label, key=key)
        return default
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= high:
        raise ModelFileError(
            "file.mmproj_bad_key",
            file=label,
            key=key,
            low=1,
            high=high,
            value=clip_value(value, 60),
        )
    return value


def _text(md: Mapping[str, GgufValue], key: str, label: str) -> str:
    value = md.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ModelFileError(
            "file.mmproj_not_text", file=label, key=key, value=clip_value(value, 60)
        )
    return _clip(value, 60)


def tower_from_mmproj(header: GgufHeader, *, label: str = "mmproj.gguf") -> VisionTower:
    """The vision tower an mmproj header describes (ModelFileError for anything unusable)."""
    md = header.metadata
    if not is_mmproj(header):
        arch = header.architecture
        raise ModelFileError(
            "file.mmproj_not_clip", file=label, value=clip_value(arch or "none", 60)
        )
    if md.get("clip.has_vision_encoder") is False:
        raise ModelFileError("file.mmproj_no_vision", file=label)
    px = _int(md, "clip.vision.image_size", label, high=_MAX_PX)
    patch = _int(md, "clip.vision.patch_size", label, high=px)
    hidden = _int(md, "clip.vision.embedding_length", label, high=_MAX_WIDTH)
    ff = _int(md, "clip.vision.feed_forward_length", label, high=_MAX_WIDTH * 100)
    blocks = _int(md, "clip.vision.block_count", label, high=_MAX_LAYERS)
    heads = _int(md, "clip.vision.attention.head_count", label, high=_MAX_HEADS)
    _int(md, "clip.vision.projection_dim", label, high=_MAX_WIDTH)
    projector = _text(md, "clip.projector_type", label)
    merge = _int(md, "clip.vision.spatial_merge_size", label, high=_MAX_FACTOR, default=1)
    scale = _int(md, "clip.vision.projector.scale_factor", label, high=_MAX_FACTOR, default=0)
    edge, patches, tokens = _image(projector, px, patch, merge, scale)
    params = sum(math.prod(t.shape) for t in header.tensors)
    if not params:
        raise ModelFileError("file.mmproj_no_tensors", file=label)
    by_type: dict[str, int] = {}
    for t in header.tensors:
        by_type[t.ggml_type] = by_type.get(t.ggml_type, 0) + t.nbytes
    main_type = max(by_type, key=lambda k: by_type[k])
    gated = any(t.name.endswith("ffn_gate.weight") for t in header.tensors)
    return VisionTower(
        "clip", hidden, blocks, ff, heads, patch, edge, params, patches, tokens,
        gated_mlp=gated, mmproj_bytes=header.tensor_bytes, mmproj_type=main_type,
    )  # fmt: skip


def _image(projector: str, px: int, patch: int, merge: int, scale: int) -> tuple[int, int, int]:
    """(image edge, patches encoded, tokens added) for one image, per projector type.

    source: llama.cpp tools/mtmd/clip.cpp clip_n_output_tokens (Gemma 3: patches / scale^2;
    Qwen mergers: 2 x 2 merge over a dynamic grid; Pixtral: merged rows plus a break token per
    row; Llama 4: tiles of image_size, each pixel-shuffled by scale_factor)"""
    side = max(1, px // patch)
    if projector == "gemma3":
        factor = scale or _GEMMA3_SCALE
        return px, side * side, max(1, (side // factor) ** 2)
    if projector in _QWEN_MERGERS:
        m = merge if merge > 1 else _QWEN_MERGE
        grid = max(1, round(DEFAULT_IMAGE_PX / (patch * m)))
        return grid * patch * m, (grid * m) ** 2, grid * grid
    if projector == "pixtral":
        edge = min(DEFAULT_IMAGE_PX, px)
        rows = max(1, math.ceil(math.ceil(edge / patch) / merge))
        return edge, (rows * merge) ** 2, rows * rows + rows
    if projector == "llama4":
        per_side = max(1, round(DEFAULT_IMAGE_PX / px))
        tiles = min(per_side * per_side, LLAMA4_MAX_TILES)
        tiles += 1 if tiles > 1 else 0
        per_tile = max(1, (side // (scale or 1)) ** 2)
        return per_side * px, tiles * (side * side + 1), tiles * per_tile
    # a fixed-size encoder (CLIP / SigLIP with an MLP projector): one token per merged patch
    return px, side * side, max(1, (side // merge) ** 2)


def read_mmproj(path: str | os.PathLike[str]) -> MmprojFile:
    """Read an ``mmproj`` GGUF's header (never its tensor data) into a vision tower."""
    p = Path(path)
    label = _clip(p.name or str(p))
    header = read_gguf_header(p)
    tower = tower_from_mmproj(header, label=label)
    width = _int(header.metadata, "clip.vision.projection_dim", label, high=_MAX_WIDTH)
    return MmprojFile(tower, width, label)
