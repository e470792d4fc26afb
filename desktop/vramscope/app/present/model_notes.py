"""Notes on a model read from the user's files (``ModelSpec.warnings``, ``LocalModel.warnings``).

They say what the estimate leaves out or guesses because the config.json, the safetensors
folder or the GGUF holds something VRAMScope does not model. ``{value}``, ``{method}`` and
``{arch}`` arrive as Python writes them (``'chunked_attention'``), so templates never quote them.
"""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, register

__all__ = ["CONTEXT"]

CONTEXT = "ModelNotes"

# Literal contexts in every call below: lupdate reads them as written.
register(
    CONTEXT,
    {
        # core.hf_config: config.json
        "model.vision_not_counted": QT_TRANSLATE_NOOP(
            "ModelNotes", "vision tower not counted: estimate covers the text model only"
        ),
        "model.layer_type_as_full": QT_TRANSLATE_NOOP(
            "ModelNotes", "layer_types[{index}] {value} estimated as full attention"
        ),
        "model.quantization_unrecognised": QT_TRANSLATE_NOOP(
            "ModelNotes", "quantization {method} not recognised: weights estimated from the dtype"
        ),
        "model.dtype_unrecognised": QT_TRANSLATE_NOOP(
            "ModelNotes", "{field} {value} not recognised: assumed bfloat16"
        ),
        "model.mtp_not_counted": QT_TRANSLATE_NOOP(
            "ModelNotes",
            "multi-token prediction block not counted (transformers drops it; llama.cpp loads "
            "it only from GGUFs that include it)",
        ),
        "model.unknown_type": QT_TRANSLATE_NOOP(
            "ModelNotes", "unknown model_type {value}: estimated as a generic decoder"
        ),
        # readers.safetensors: a model folder
        "model.consolidated_ignored": QT_TRANSLATE_NOOP(
            "ModelNotes",
            "ignored consolidated*.safetensors: the folder also has Hugging Face shards with "
            "the same weights",
        ),
        "model.tensors_not_indexed": QT_TRANSLATE_NOOP(
            "ModelNotes", "{count} tensors in the shards are not listed in {file}"
        ),
        # readers.local: a GGUF
        "model.gguf_generic_arch": QT_TRANSLATE_NOOP(
            "ModelNotes", "GGUF architecture {arch} is mapped by its generic llama.cpp fields"
        ),
    },
)
