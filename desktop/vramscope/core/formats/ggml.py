"""GGML tensor types: type ids and block layouts, and the bytes of a tensor of a given type.

A GGML type stores ``block_elements`` values in ``block_bytes`` bytes; the type ids are the
values a GGUF tensor record holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import SpecError, shown

__all__ = ["GGML_TYPES", "GGML_TYPE_BY_ID", "GgmlType", "ggml_tensor_bytes", "ggml_type"]


@dataclass(frozen=True, slots=True)
class GgmlType:
    """One GGML tensor type: ``block_elements`` values are stored in ``block_bytes`` bytes."""

    name: str
    type_id: int
    block_elements: int
    block_bytes: int

    @property
    def is_quantized(self) -> bool:
        return self.block_elements > 1

    @property
    def bits_per_weight(self) -> float:
        return 8 * self.block_bytes / self.block_elements


# source: ggml-org/ggml include/ggml.h (enum ggml_type values) and ggml/src/ggml-common.h
# (block_* static_asserts: bytes per block; QK_K = 256); cross-checked against gguf-py
# gguf/constants.py GGML_QUANT_SIZES in tests. Q8_1/Q8_K are activation-only and never stored.
_GGML_TYPE_ROWS: tuple[tuple[str, int, int, int], ...] = (
    # name, ggml_type id, elements per block, bytes per block
    ("F32", 0, 1, 4),
    ("F16", 1, 1, 2),
    ("Q4_0", 2, 32, 18),
    ("Q4_1", 3, 32, 20),
    ("Q5_0", 6, 32, 22),
    ("Q5_1", 7, 32, 24),
    ("Q8_0", 8, 32, 34),
    ("Q2_K", 10, 256, 84),
    ("Q3_K", 11, 256, 110),
    ("Q4_K", 12, 256, 144),
    ("Q5_K", 13, 256, 176),
    ("Q6_K", 14, 256, 210),
    ("IQ2_XXS", 16, 256, 66),
    ("IQ2_XS", 17, 256, 74),
    ("IQ3_XXS", 18, 256, 98),
    ("IQ1_S", 19, 256, 50),
    ("IQ4_NL", 20, 32, 18),
    ("IQ3_S", 21, 256, 110),
    ("IQ2_S", 22, 256, 82),
    ("IQ4_XS", 23, 256, 136),
    ("I8", 24, 1, 1),
    ("I16", 25, 1, 2),
    ("I32", 26, 1, 4),
    ("I64", 27, 1, 8),
    ("F64", 28, 1, 8),
    ("IQ1_M", 29, 256, 56),
    ("BF16", 30, 1, 2),
    ("TQ1_0", 34, 256, 54),
    ("TQ2_0", 35, 256, 66),
    ("MXFP4", 39, 32, 17),
    ("NVFP4", 40, 64, 36),
    ("Q1_0", 41, 128, 18),
)

GGML_TYPES: dict[str, GgmlType] = {
    row[0]: GgmlType(name=row[0], type_id=row[1], block_elements=row[2], block_bytes=row[3])
    for row in _GGML_TYPE_ROWS
}
GGML_TYPE_BY_ID: dict[int, GgmlType] = {t.type_id: t for t in GGML_TYPES.values()}


def ggml_type(name: str) -> GgmlType:
    """The GGML type called ``name`` (case-insensitive), or SpecError."""
    found = GGML_TYPES.get(name.upper()) if isinstance(name, str) else None
    if found is None:
        raise SpecError("format.unknown_ggml_type", value=shown(name), known=", ".join(GGML_TYPES))
    return found


def ggml_tensor_bytes(type_name: str, shape: Sequence[int]) -> int:
    """Bytes of one tensor of GGML type ``type_name`` and GGUF ``shape`` (shape[0] = row length).

    A row whose length is not a multiple of the type's block cannot exist in a valid file, so it
    raises SpecError (the mix chooser never produces one: it applies llama.cpp's fallbacks).
    """
    t = ggml_type(type_name)
    n_rows = 1
    for dim in shape:
        if isinstance(dim, bool) or not isinstance(dim, int) or dim < 0:
            raise SpecError("format.bad_shape", value=shown(tuple(shape)))
    if not shape:
        row = 1
    else:
        row = shape[0]
        for dim in shape[1:]:
            n_rows *= dim
    if row % t.block_elements:
        raise SpecError(
            "format.row_not_in_blocks",
            row=row,
            ggml_type=t.name,
            block=t.block_elements,
            shape=str(tuple(shape)),
        )
    return n_rows * (row // t.block_elements) * t.block_bytes
