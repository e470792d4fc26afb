"""The runtimes: how llama.cpp, transformers and vLLM lay a model's memory out.

Each runtime builds its terms with one small pure function per term (its bytes, bytes per
context token and formula) and places them on devices in a short loop. llama.cpp puts every
term on one device, so its functions take the device and build the
:class:`~vramscope.core.estimate.Term` at once; transformers and vLLM spread a term over the
GPUs, so theirs return a :class:`~._part.Part` that the loop splits.
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
