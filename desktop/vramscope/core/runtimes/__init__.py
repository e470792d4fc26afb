"""The runtimes: how llama.cpp, transformers and vLLM lay a model's memory out.

Each runtime builds its terms with one small pure function per term (its bytes, bytes per
context token and formula, a :class:`~._part.Part`) and places them on devices in a short loop.
"""

from __future__ import annotations

from .llamacpp import estimate_llamacpp, layer_ranges
from .transformers import LoraShape, estimate_transformers, lora_trainable_params
from .vllm import estimate_vllm

__all__ = [
    "LoraShape",
    "estimate_llamacpp",
    "estimate_transformers",
    "estimate_vllm",
    "layer_ranges",
    "lora_trainable_params",
]
