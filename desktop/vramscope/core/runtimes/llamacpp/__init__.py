"""llama.cpp's memory layout (also what Ollama, LM Studio, KoboldCpp and Jan run).

What llama.cpp allocates at load, per device (``src/llama-model.cpp``, ``src/llama-context.cpp``):
the token embedding stays in host memory; ``-ngl N`` puts the last ``N - 1`` repeating layers
and the output layer on the GPUs (``i_gpu_start = n_layer + 1 - N``); each layer's KV cache
lives with the layer; every GPU reserves a compute buffer for the worst-case graph; the host
keeps a small compute buffer (graph inputs, KQ mask) and the logits output buffer.

One module per kind of term (``weights``, ``cache``, ``compute``, ``overhead``), each function
building one term (bytes, bytes per token and formula) on the device ``estimate`` places it on.
"""

from __future__ import annotations

from .estimate import estimate_llamacpp
from .layout import layer_ranges

__all__ = ["estimate_llamacpp", "layer_ranges"]
