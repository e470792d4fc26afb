"""Weight formats: the GGML type table, named weight formats, and llama.cpp's per-tensor mix rules.

Three modules, one seam each: :mod:`.ggml` (GGML type ids and block layouts), :mod:`.names`
(the format ids users pick, their aliases and families) and :mod:`.llama_quant` (the GGML type
``llama-quantize`` gives each tensor for a file type). Import from this package; the split is
an implementation detail.
"""

from __future__ import annotations

from .ggml import GGML_TYPE_BY_ID, GGML_TYPES, GgmlType, ggml_tensor_bytes, ggml_type
from .llama_quant import converter_type, gguf_tensor_types, gguf_types_for
from .names import (
    BNB_4BIT_BLOCKSIZE,
    BNB_NESTED_BLOCKSIZE,
    COMMON_FORMAT_IDS,
    LLAMA_FTYPE_IDS,
    WEIGHT_FORMAT_IDS,
    FormatFamily,
    WeightFormat,
    format_from_llama_ftype,
    parse_weight_format,
)

__all__ = [
    "BNB_4BIT_BLOCKSIZE",
    "BNB_NESTED_BLOCKSIZE",
    "COMMON_FORMAT_IDS",
    "GGML_TYPES",
    "GGML_TYPE_BY_ID",
    "LLAMA_FTYPE_IDS",
    "WEIGHT_FORMAT_IDS",
    "FormatFamily",
    "GgmlType",
    "WeightFormat",
    "converter_type",
    "format_from_llama_ftype",
    "ggml_tensor_bytes",
    "ggml_type",
    "gguf_tensor_types",
    "gguf_types_for",
    "parse_weight_format",
]
