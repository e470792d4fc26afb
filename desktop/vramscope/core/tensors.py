"""The tensor inventory of a model: every weight with its GGUF name and shape.

Everything about weights is derived from this list: parameter counts, the bytes of each weight
format (GGUF mixes choose a type per tensor), the bytes per layer for partial offload, and the
LoRA-targetable linear layers.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["TensorInfo"]


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
