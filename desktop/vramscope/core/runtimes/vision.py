"""The image encoder's terms in each runtime (the tower itself is :mod:`vramscope.core.vision`).

:func:`vision_workload` lengthens the context by the images' tokens before the runtime sizes its
KV cache; :func:`vision_terms` adds the encoder's weights and the memory of encoding images on
the devices the runtime puts them on.
"""

from __future__ import annotations

from dataclasses import replace

from ..constants import VLLM_DEFAULT_BATCHED_TOKENS, VLLM_DEFAULT_MAX_NUM_SEQS
from ..estimate import DEVICE_RAM, Term, gpu_device
from ..model import ModelSpec
from ..notes import ParamValue
from ..terms import VISION_COMPUTE, VISION_WEIGHTS
from ..vision import VisionTower
from ..workload import Workload
from ._part import Part, note_of

__all__ = ["loads_tower", "vision_terms", "vision_workload"]

_F = "formula.vision."
_SRC_LLAMACPP = "llama.cpp tools/mtmd/clip.cpp (load_tensors, alloc_compute_meta)"
_SRC_HF = "transformers *ForConditionalGeneration (vision tower loaded with the model)"
_SRC_VLLM = "vllm/v1/worker/gpu_model_runner.py profile_run (dummy multimodal batch)"
_DTYPE_BYTES = {"bf16": 2, "fp16": 2, "fp32": 4}
# vLLM keeps the tower in the model dtype (bf16/fp16).
_VLLM_BYTES = 2


def loads_tower(spec: ModelSpec, wl: Workload) -> bool:
    """Whether the run holds the image encoder: with images in the prompt, or (llama.cpp) when
    a real mmproj file is given, which ``--mmproj`` loads whatever the prompt. Training is
    left to the text model."""
    vis = spec.vision
    if vis is None or wl.is_training:
        return False
    return wl.images > 0 or (wl.runtime == "llama.cpp" and vis.mmproj_bytes > 0)


def vision_workload(spec: ModelSpec, wl: Workload) -> Workload:
    """The workload the runtime sizes its cache for: each image's tokens join the context
    (and the prompt, when one is given)."""
    vis = spec.vision
    if vis is None or not wl.images:
        return wl
    extra = wl.images * vis.tokens_per_image
    prompt = None if wl.prompt_tokens is None else wl.prompt_tokens + extra
    return replace(wl, context_tokens=wl.context_tokens + extra, prompt_tokens=prompt)


def vision_terms(spec: ModelSpec, wl: Workload, n_gpus: int) -> tuple[Term, ...]:
    """The tower's weights and encoding memory, placed as ``wl.runtime`` places them."""
    vis = spec.vision
    if vis is None:
        return ()
    if wl.runtime == "llama.cpp":
        # mtmd offloads the projector to the first GPU by default (--no-mmproj-offload keeps it
        # in RAM). source: llama.cpp tools/mtmd/mtmd.cpp (use_gpu)
        device = gpu_device(0) if n_gpus else DEVICE_RAM
        return tuple(p.on(device) for p in _llamacpp(vis, wl))
    if wl.runtime == "transformers":
        return tuple(p.on(gpu_device(0)) for p in _transformers(vis, wl))
    parts = _vllm(vis, wl, spec.hidden_size, n_gpus)
    return tuple(p.on(gpu_device(g)) for g in range(n_gpus) for p in parts)


def _llamacpp(vis: VisionTower, wl: Workload) -> tuple[Part, Part]:
    """The mmproj tensors in the file's type, and the encoder graph's buffer for one image:
    images are encoded one after another, so the buffer does not grow with their number."""
    weights = Part(
        VISION_WEIGHTS,
        vis.gguf_bytes(),
        note_of(_F + "mmproj", params=f"{vis.params:,}", type=vis.mmproj_type),
        _SRC_LLAMACPP,
    )
    flash = wl.flash_attention_on
    shape: dict[str, ParamValue] = {
        "patches": f"{vis.patches_per_image:,}",
        "hidden": vis.hidden_size,
        "ff": vis.intermediate_size,
        "px": vis.image_px,
    }
    formula = (
        note_of(_F + "clip_compute_flash", **shape)
        if flash
        else note_of(_F + "clip_compute", heads=vis.n_heads, **shape)
    )
    compute = Part(
        VISION_COMPUTE, vis.clip_compute_bytes(flash_attention=flash), formula, _SRC_LLAMACPP
    )
    return weights, compute


def _transformers(vis: VisionTower, wl: Workload) -> tuple[Part, Part]:
    """The tower in the compute dtype, and one encoder block's activations for every image of
    the prompt (one forward; SDPA attention keeps no score matrix)."""
    element = _DTYPE_BYTES[wl.compute_dtype]
    weights = Part(
        VISION_WEIGHTS,
        vis.params * element,
        note_of(_F + "weights", params=f"{vis.params:,}", dtype=wl.compute_dtype),
        _SRC_HF,
    )
    compute = Part(
        VISION_COMPUTE,
        wl.images * vis.activation_bytes(element),
        note_of(
            _F + "activations",
            images=wl.images,
            patches=f"{vis.patches_per_image:,}",
            hidden=vis.hidden_size,
            ff=vis.intermediate_size,
            px=vis.image_px,
        ),
        _SRC_HF,
    )
    return weights, compute


def vllm_profiled_images(vis: VisionTower, wl: Workload) -> int:
    """Images vLLM encodes at once in its profiling pass: every sequence's images, capped by
    the encoder budget (at least one image).

    source: vllm/v1/worker/gpu_model_runner.py profile_run (max_mm_items_per_batch = min of
    the encoder budget / max tokens per item and max_num_reqs x items per prompt);
    vllm/v1/core/encoder_cache_manager.py compute_encoder_budget (max(max_num_batched_tokens,
    max tokens per item))"""
    sequences = max(wl.batch, VLLM_DEFAULT_MAX_NUM_SEQS)
    tokens = vis.tokens_per_image
    budget = max(VLLM_DEFAULT_BATCHED_TOKENS, tokens)
    return max(1, min(sequences * wl.images, budget // tokens))


def _vllm(vis: VisionTower, wl: Workload, text_hidden: int, n_gpus: int) -> tuple[Part, Part]:
    """Tensor parallelism splits the tower like the text model; the profiling pass encodes
    :func:`vllm_profiled_images` images at once and keeps their embeddings for the decoder's
    dummy run."""
    weights = Part(
        VISION_WEIGHTS,
        vis.params * _VLLM_BYTES // n_gpus,
        note_of(_F + "vllm_weights", params=f"{vis.params:,}", gpus=n_gpus),
        _SRC_VLLM,
    )
    items = vllm_profiled_images(vis, wl)
    embeddings = items * vis.tokens_per_image * text_hidden * _VLLM_BYTES
    compute = Part(
        VISION_COMPUTE,
        items * vis.activation_bytes(_VLLM_BYTES) + embeddings,
        note_of(
            _F + "vllm_profile",
            items=items,
            images=wl.images,
            patches=f"{vis.patches_per_image:,}",
            tokens=vis.tokens_per_image,
            px=vis.image_px,
        ),
        _SRC_VLLM,
    )
    return weights, compute
