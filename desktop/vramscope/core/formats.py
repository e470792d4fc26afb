"""Weight formats: the GGML type table, named weight formats, and llama.cpp's per-tensor mix rules.

A *weight format* is what the user picks ("q4_k_m", "nf4", "gptq-4bit", "bf16"). For GGUF mixes
the bytes depend on which GGML type llama.cpp's ``llama-quantize`` gives each tensor;
``gguf_tensor_types`` reproduces that choice (``src/llama-quant.cpp``, ``llama_tensor_get_type``)
so the size of a GGUF can be computed from a config before anything is downloaded.

Naming: the float formats ``bf16``, ``fp16`` and ``fp32`` are one format whether they live in
safetensors or in a GGUF (llama.cpp's spellings ``f16``/``f32`` are aliases); every other GGUF
format uses llama.cpp's lower-case file-type name (``q4_k_m``, ``iq4_xs``, ``mxfp4_moe``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from .errors import SpecError
from .model import ModelSpec
from .tensors import TensorInfo, model_tensors

__all__ = [
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

FormatFamily = Literal["float", "gguf", "bnb", "gptq", "awq", "exl2", "fp8", "mxfp4"]
_FAMILIES: tuple[str, ...] = ("float", "gguf", "bnb", "gptq", "awq", "exl2", "fp8", "mxfp4")


# --------------------------------------------------------------------------------------------
# GGML types
# --------------------------------------------------------------------------------------------


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
        raise SpecError(f"unknown GGML type {name!r}; known: {', '.join(GGML_TYPES)}")
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
            raise SpecError(f"tensor shape must hold non-negative integers, got {tuple(shape)!r}")
    if not shape:
        row = 1
    else:
        row = shape[0]
        for dim in shape[1:]:
            n_rows *= dim
    if row % t.block_elements:
        raise SpecError(
            f"tensor row length {row} is not a multiple of the {t.name} block of "
            f"{t.block_elements} elements (shape {tuple(shape)})"
        )
    return n_rows * (row // t.block_elements) * t.block_bytes


# --------------------------------------------------------------------------------------------
# Weight formats
# --------------------------------------------------------------------------------------------

# source: ggml-org/llama.cpp include/llama.h (enum llama_ftype); gguf-py LlamaFileType. This is
# the value of the GGUF key general.file_type.
LLAMA_FTYPE_IDS: dict[str, int] = {
    "ALL_F32": 0,
    "MOSTLY_F16": 1,
    "MOSTLY_Q4_0": 2,
    "MOSTLY_Q4_1": 3,
    "MOSTLY_Q8_0": 7,
    "MOSTLY_Q5_0": 8,
    "MOSTLY_Q5_1": 9,
    "MOSTLY_Q2_K": 10,
    "MOSTLY_Q3_K_S": 11,
    "MOSTLY_Q3_K_M": 12,
    "MOSTLY_Q3_K_L": 13,
    "MOSTLY_Q4_K_S": 14,
    "MOSTLY_Q4_K_M": 15,
    "MOSTLY_Q5_K_S": 16,
    "MOSTLY_Q5_K_M": 17,
    "MOSTLY_Q6_K": 18,
    "MOSTLY_IQ2_XXS": 19,
    "MOSTLY_IQ2_XS": 20,
    "MOSTLY_Q2_K_S": 21,
    "MOSTLY_IQ3_XS": 22,
    "MOSTLY_IQ3_XXS": 23,
    "MOSTLY_IQ1_S": 24,
    "MOSTLY_IQ4_NL": 25,
    "MOSTLY_IQ3_S": 26,
    "MOSTLY_IQ3_M": 27,
    "MOSTLY_IQ2_S": 28,
    "MOSTLY_IQ2_M": 29,
    "MOSTLY_IQ4_XS": 30,
    "MOSTLY_IQ1_M": 31,
    "MOSTLY_BF16": 32,
    "MOSTLY_TQ1_0": 36,
    "MOSTLY_TQ2_0": 37,
    "MOSTLY_MXFP4_MOE": 38,
}

# The GGUF mixes: format id -> (llama ftype name, default GGML type).
# source: ggml-org/llama.cpp src/llama-quant.cpp llama_ftype_get_default_type
_GGUF_MIXES: dict[str, tuple[str, str]] = {
    "q8_0": ("MOSTLY_Q8_0", "Q8_0"),
    "q6_k": ("MOSTLY_Q6_K", "Q6_K"),
    "q5_k_m": ("MOSTLY_Q5_K_M", "Q5_K"),
    "q5_k_s": ("MOSTLY_Q5_K_S", "Q5_K"),
    "q5_1": ("MOSTLY_Q5_1", "Q5_1"),
    "q5_0": ("MOSTLY_Q5_0", "Q5_0"),
    "q4_k_m": ("MOSTLY_Q4_K_M", "Q4_K"),
    "q4_k_s": ("MOSTLY_Q4_K_S", "Q4_K"),
    "q4_1": ("MOSTLY_Q4_1", "Q4_1"),
    "q4_0": ("MOSTLY_Q4_0", "Q4_0"),
    "iq4_nl": ("MOSTLY_IQ4_NL", "IQ4_NL"),
    "iq4_xs": ("MOSTLY_IQ4_XS", "IQ4_XS"),
    "q3_k_l": ("MOSTLY_Q3_K_L", "Q3_K"),
    "q3_k_m": ("MOSTLY_Q3_K_M", "Q3_K"),
    "q3_k_s": ("MOSTLY_Q3_K_S", "Q3_K"),
    "iq3_m": ("MOSTLY_IQ3_M", "IQ3_S"),
    "iq3_s": ("MOSTLY_IQ3_S", "IQ3_S"),
    "iq3_xs": ("MOSTLY_IQ3_XS", "IQ3_S"),
    "iq3_xxs": ("MOSTLY_IQ3_XXS", "IQ3_XXS"),
    "q2_k": ("MOSTLY_Q2_K", "Q2_K"),
    "q2_k_s": ("MOSTLY_Q2_K_S", "Q2_K"),
    "iq2_m": ("MOSTLY_IQ2_M", "IQ2_S"),
    "iq2_s": ("MOSTLY_IQ2_S", "IQ2_XS"),
    "iq2_xs": ("MOSTLY_IQ2_XS", "IQ2_XS"),
    "iq2_xxs": ("MOSTLY_IQ2_XXS", "IQ2_XXS"),
    "iq1_m": ("MOSTLY_IQ1_M", "IQ1_M"),
    "iq1_s": ("MOSTLY_IQ1_S", "IQ1_S"),
    "tq2_0": ("MOSTLY_TQ2_0", "TQ2_0"),
    "tq1_0": ("MOSTLY_TQ1_0", "TQ1_0"),
    "mxfp4_moe": ("MOSTLY_MXFP4_MOE", "MXFP4"),
}
# Float formats: id -> (llama ftype name, GGML type, HF dtype name).
_FLOATS: dict[str, tuple[str, str, str]] = {
    "bf16": ("MOSTLY_BF16", "BF16", "bfloat16"),
    "fp16": ("MOSTLY_F16", "F16", "float16"),
    "fp32": ("ALL_F32", "F32", "float32"),
}
_ALIASES: dict[str, str] = {
    "f16": "fp16",
    "float16": "fp16",
    "half": "fp16",
    "f32": "fp32",
    "float32": "fp32",
    "bfloat16": "bf16",
    "llm.int8": "int8",
    "bnb-int8": "int8",
    "bnb-nf4": "nf4",
    "bnb-fp4": "fp4",
    "gptq": "gptq-4bit",
    "awq": "awq-4bit",
    "fp8-e4m3": "fp8",
    "f8_e4m3": "fp8",
}

# source: AutoGPTQ / transformers GPTQConfig default group_size=128; AWQ default q_group_size=128
GPTQ_DEFAULT_GROUP_SIZE = 128
GPTQ_BITS = (2, 3, 4, 8)
GPTQ_GROUP_SIZES = (32, 64, 128)
# group_size -1 in a quantization_config: one scale and zero point per output channel
GPTQ_PER_CHANNEL = -1
# source: turboderp-org/exllamav2 exllamav2/conversion/convert_exl2.py: -hb/--head_bits default 6
EXL2_HEAD_BITS = 6
# source: exllamav2 conversion/qparams.py: per-matrix candidates span 2..8 bits, so an average
# target outside this range cannot be produced
EXL2_MIN_BPW = 2.0
EXL2_MAX_BPW = 8.0
_EXL2_LISTED_BPW = ("2.5", "3.0", "3.5", "4.0", "4.25", "4.65", "5.0", "6.0", "8.0")
# source: bitsandbytes functional.py quantize_4bit: blocksize 64, one absmax per block; double
# quantization re-quantizes the absmax to 8 bit in blocks of 256 with an fp32 absmax each
BNB_4BIT_BLOCKSIZE = 64
BNB_NESTED_BLOCKSIZE = 256
# source: OCP Microscaling spec v1.0 / ggml-common.h block_mxfp4: 32 FP4 values + 1 E8M0 scale
MXFP4_BITS_PER_WEIGHT = 4.25

WEIGHT_FORMAT_IDS: tuple[str, ...] = (
    *_FLOATS,
    "fp8",
    "int8",
    "nf4",
    "fp4",
    *(f"gptq-{b}bit" for b in GPTQ_BITS),
    "awq-4bit",
    *(f"exl2-{bpw}bpw" for bpw in _EXL2_LISTED_BPW),
    "mxfp4",
    *_GGUF_MIXES,
)
# The formats a fit table shows by default: the float baseline, the GGUF ladder people download
# (bartowski/unsloth/TheBloke repos lead with these), and the two GPU-only 4-bit formats most
# transformers users reach for.
COMMON_FORMAT_IDS: tuple[str, ...] = (
    "bf16",
    "q8_0",
    "q6_k",
    "q5_k_m",
    "q4_k_m",
    "iq4_xs",
    "q3_k_m",
    "q2_k",
    "nf4",
    "gptq-4bit",
)


@dataclass(frozen=True, slots=True)
class WeightFormat:
    """How weights are stored: the format id and the few numbers its byte count needs.

    ``ggml_type`` is the default GGML type of a GGUF mix (or the float type); ``llama_ftype`` the
    GGUF ``general.file_type`` value for formats llama.cpp can hold; ``bits`` / ``group_size``
    describe bitsandbytes, GPTQ, AWQ and FP8; ``bpw`` / ``head_bits`` describe EXL2.
    """

    id: str
    family: FormatFamily
    label: str
    ggml_type: str | None = None
    llama_ftype: str | None = None
    bits: int = 0
    group_size: int = 0
    double_quant: bool = False
    bpw: float = 0.0
    head_bits: int = 0

    def __post_init__(self) -> None:
        if self.family not in _FAMILIES:
            raise SpecError(f"weight format family must be one of {_FAMILIES}, got {self.family!r}")
        if self.ggml_type is not None:
            ggml_type(self.ggml_type)
        if self.llama_ftype is not None and self.llama_ftype not in LLAMA_FTYPE_IDS:
            raise SpecError(f"unknown llama ftype {self.llama_ftype!r}")
        if self.family == "gptq" and self.bits not in GPTQ_BITS:
            raise SpecError(f"gptq bits must be one of {GPTQ_BITS}, got {self.bits!r}")
        if self.family in ("gptq", "awq") and not (
            self.group_size == GPTQ_PER_CHANNEL or 16 <= self.group_size <= 65536
        ):
            raise SpecError(
                f"{self.family} group size must be 16-65536 or per-channel, got {self.group_size!r}"
            )
        if self.family == "exl2" and not EXL2_MIN_BPW <= self.bpw <= EXL2_MAX_BPW:
            raise SpecError(
                f"exl2 bits per weight must be between {EXL2_MIN_BPW} and {EXL2_MAX_BPW}, "
                f"got {self.bpw!r}"
            )

    @property
    def is_gguf(self) -> bool:
        """A llama.cpp quantized mix (the float formats can be GGUF files too: see llama_ftype)."""
        return self.family == "gguf"

    @property
    def ftype_name(self) -> str | None:
        """llama.cpp's name of the file type, e.g. ``Q4_K_M`` (None outside GGUF)."""
        if self.llama_ftype is None:
            return None
        return self.llama_ftype.removeprefix("MOSTLY_").removeprefix("ALL_")

    @property
    def nominal_bits_per_weight(self) -> float:
        """Bits per weight of the bulk of the weights (the linear layers), before per-tensor
        exceptions (embeddings, head, mixes): what quant tables print next to the name."""
        if self.family in ("float", "gguf"):
            assert self.ggml_type is not None
            return GGML_TYPES[self.ggml_type].bits_per_weight
        if self.family == "bnb":
            if self.bits == 8:
                return 8.0
            if self.double_quant:
                return 4 + 8 / BNB_4BIT_BLOCKSIZE + 32 / (BNB_4BIT_BLOCKSIZE * BNB_NESTED_BLOCKSIZE)
            return 4 + 32 / BNB_4BIT_BLOCKSIZE
        if self.family in ("gptq", "awq"):
            # fp16 scale + packed zero point per group of group_size weights
            if self.group_size == GPTQ_PER_CHANNEL:
                return float(self.bits)
            return self.bits + (16 + self.bits) / self.group_size
        if self.family == "exl2":
            return self.bpw
        if self.family == "fp8":
            return 8.0
        return MXFP4_BITS_PER_WEIGHT


def _gguf_format(fid: str) -> WeightFormat:
    ftype, base = _GGUF_MIXES[fid]
    name = ftype.removeprefix("MOSTLY_")
    return WeightFormat(
        id=fid,
        family="gguf",
        label=f"{name} (GGUF)",
        ggml_type=base,
        llama_ftype=ftype,
    )


def _exl2_id(bpw: float) -> str:
    text = f"{bpw:.2f}".rstrip("0")
    return f"exl2-{text}0bpw" if text.endswith(".") else f"exl2-{text}bpw"


_GPTQ_RE = re.compile(r"^(gptq|awq)[-_]?(\d+)[-_]?bits?(?:[-_]g(\d+|channel))?$")
_EXL2_RE = re.compile(r"^exl2[-_]?(\d+(?:\.\d+)?)[-_]?bpw$")


@lru_cache(maxsize=256)
def _parse(text: str) -> WeightFormat:
    key = _ALIASES.get(text, text)
    if key in _FLOATS:
        ftype, gtype, dtype = _FLOATS[key]
        return WeightFormat(
            id=key,
            family="float",
            label=f"{key.upper()} ({dtype})",
            ggml_type=gtype,
            llama_ftype=ftype,
        )
    gguf_key = key.replace("-", "_")
    if gguf_key in _GGUF_MIXES:
        return _gguf_format(gguf_key)
    if key == "fp8":
        return WeightFormat(id="fp8", family="fp8", label="FP8 (E4M3, per-channel scales)", bits=8)
    if key == "int8":
        return WeightFormat(id="int8", family="bnb", label="INT8 (bitsandbytes LLM.int8)", bits=8)
    if key == "nf4":
        return WeightFormat(
            id="nf4",
            family="bnb",
            label="NF4 (bitsandbytes, double quant)",
            bits=4,
            double_quant=True,
        )
    if key == "fp4":
        return WeightFormat(id="fp4", family="bnb", label="FP4 (bitsandbytes)", bits=4)
    if key == "mxfp4":
        return WeightFormat(
            id="mxfp4",
            family="mxfp4",
            label="MXFP4 experts, BF16 rest (gpt-oss)",
            bits=4,
            ggml_type="MXFP4",
        )
    m = _GPTQ_RE.match(key)
    if m:
        family: FormatFamily = "gptq" if m.group(1) == "gptq" else "awq"
        bits = int(m.group(2))
        g = m.group(3)
        group = GPTQ_PER_CHANNEL if g == "channel" else int(g) if g else GPTQ_DEFAULT_GROUP_SIZE
        if family == "awq" and bits != 4:
            raise SpecError(f"weight format {text!r}: awq supports 4-bit weights only")
        suffix = (
            ""
            if group == GPTQ_DEFAULT_GROUP_SIZE
            else "-gchannel"
            if group == GPTQ_PER_CHANNEL
            else f"-g{group}"
        )
        name = "GPTQ" if family == "gptq" else "AWQ"
        return WeightFormat(
            id=f"{family}-{bits}bit{suffix}",
            family=family,
            label=f"{name} {bits}-bit ({'per channel' if group < 0 else f'group {group}'})",
            bits=bits,
            group_size=group,
        )
    m = _EXL2_RE.match(key)
    if m:
        bpw = float(m.group(1))
        return WeightFormat(
            id=_exl2_id(bpw),
            family="exl2",
            label=f"EXL2 {bpw:g} bpw",
            bpw=bpw,
            head_bits=EXL2_HEAD_BITS,
        )
    fixed = [i for i in WEIGHT_FORMAT_IDS if not i.startswith(("gptq-", "awq-", "exl2-"))]
    raise SpecError(
        f"unknown weight format {text!r}; known: {', '.join(fixed)}, "
        "gptq-{2,3,4,8}bit[-g32|-g64|-g128], awq-4bit[-g32|-g64|-g128], exl2-{2.0..8.0}bpw"
    )


def parse_weight_format(text: str) -> WeightFormat:
    """The weight format named ``text`` (case-insensitive; llama.cpp spellings like ``Q4_K_M``
    and ``f16`` work too). Unknown names raise SpecError naming the value."""
    if not isinstance(text, str):
        raise SpecError(f"weight format must be a string, got {text!r}")
    key = text.strip().lower()
    try:
        return _parse(key)
    except SpecError as err:
        if repr(key) in str(err):
            raise
        raise SpecError(f"weight format {key!r}: {err}") from None


def format_from_llama_ftype(ftype_id: int) -> WeightFormat:
    """The format of a GGUF whose ``general.file_type`` is ``ftype_id``."""
    for name, value in LLAMA_FTYPE_IDS.items():
        if value == ftype_id:
            return parse_weight_format(name.removeprefix("MOSTLY_").removeprefix("ALL_"))
    raise SpecError(f"unknown GGUF general.file_type {ftype_id!r}")


# --------------------------------------------------------------------------------------------
# llama.cpp's per-tensor type choice (llama-quantize without --imatrix unless a mix needs one)
# --------------------------------------------------------------------------------------------

# Tensors llama-quantize never quantizes, by substring of the name.
# source: ggml-org/llama.cpp src/llama-quant.cpp tensor_allows_quantization
_NOT_QUANTIZED_SUBSTRINGS = (
    "_norm.weight",
    "ffn_gate_inp.weight",
    "ffn_gate_tid2eid.weight",
    "altup",
    "laurel",
    "per_layer_model_proj",
    "ssm_conv1d",
    "shortconv.conv.weight",
    "indexer.k_proj.weight",
    "indexer.q_proj.weight",
    "time_mix_first.weight",
    "time_mix_w0.weight",
    "time_mix_w1.weight",
    "time_mix_w2.weight",
    "time_mix_v0.weight",
    "time_mix_v1.weight",
    "time_mix_v2.weight",
    "time_mix_a0.weight",
    "time_mix_a1.weight",
    "time_mix_a2.weight",
    "time_mix_g1.weight",
    "time_mix_g2.weight",
    "time_mix_decay_w1.weight",
    "time_mix_decay_w2.weight",
    "time_mix_lerp_fused.weight",
    "attn_rel_b.weight",
)
_NOT_QUANTIZED_NAMES = ("position_embd.weight", "token_types.weight")

# Tensors convert_hf_to_gguf.py writes as F32 whatever --outtype says (besides 1-D tensors,
# norms and anything not named *.weight).
# source: ggml-org/llama.cpp convert_hf_to_gguf.py ModelBase.prepare_tensors ("Some tensor types
# are always in float32")
_CONVERTER_F32_SUBSTRINGS = (
    "ffn_gate_inp.weight",
    "position_embd.weight",
    "token_types.weight",
    "ssm_conv1d",
    "shortconv.conv",
    "time_mix_first",
    "time_mix_w1",
    "time_mix_w2",
    "time_mix_decay_w1",
    "time_mix_decay_w2",
    "time_mix_lerp_fused",
)

# llama.cpp architectures whose quirks the mix rules test.
# source: convert_hf_to_gguf.py registers LlamaForCausalLM, MistralForCausalLM and
# MixtralForCausalLM as LlamaModel (arch "llama"); src/llama-model.cpp: 80 llama layers with GQA
# is LLM_TYPE_70B
_LLAMA_ARCH_MODEL_TYPES = frozenset({"llama", "mistral", "mixtral"})
_FALCON_MODEL_TYPES = frozenset({"falcon", "RefinedWeb", "RefinedWebModel"})
LLAMA_70B_LAYERS = 80

# Types whose presence outside token_embd/output means llama-quantize demands an imatrix.
# source: src/llama-quant.cpp tensor_requires_imatrix
_IMATRIX_TYPES = frozenset({"IQ3_XXS", "IQ2_XXS", "IQ2_XS", "IQ2_S", "IQ1_M", "IQ1_S"})

# source: src/llama-quant.cpp tensor_type_fallback (rows not divisible by the block size)
_FALLBACK = {
    "IQ1_S": "IQ4_NL",
    "IQ1_M": "IQ4_NL",
    "IQ2_XXS": "IQ4_NL",
    "IQ2_XS": "IQ4_NL",
    "IQ2_S": "IQ4_NL",
    "IQ3_XXS": "IQ4_NL",
    "IQ3_S": "IQ4_NL",
    "IQ4_XS": "IQ4_NL",
    "Q2_K": "Q4_0",
    "Q3_K": "Q4_0",
    "TQ1_0": "Q4_0",
    "TQ2_0": "Q4_0",
    "Q4_K": "Q5_0",
    "Q5_K": "Q5_1",
    "Q6_K": "Q8_0",
}

_Category = Literal[
    "token_embd",
    "attn_q",
    "attn_v",
    "attn_k",
    "attn_qkv",
    "attn_kv_b",
    "attn_output",
    "ffn_up",
    "ffn_gate",
    "ffn_down",
    "output",
    "other",
]
_BLK_RE = re.compile(r"^blk\.(\d+)\.")


@lru_cache(maxsize=65536)
def _category(name: str) -> _Category:
    # source: src/llama-quant.cpp tensor_get_category (same order of substring tests)
    if name == "output.weight":
        return "output"
    if name in ("token_embd.weight", "per_layer_token_embd.weight"):
        return "token_embd"
    for needle, cat in (
        ("attn_qkv.weight", "attn_qkv"),
        ("attn_kv_b.weight", "attn_kv_b"),
        ("attn_v.weight", "attn_v"),
        ("attn_k.weight", "attn_k"),
        ("attn_q.weight", "attn_q"),
        ("attn_output.weight", "attn_output"),
        ("ffn_up", "ffn_up"),
        ("ffn_gate", "ffn_gate"),
        ("ffn_down", "ffn_down"),
    ):
        if needle in name:
            return cat  # type: ignore[return-value]
    return "other"


def _is_attn_v(cat: _Category) -> bool:
    return cat in ("attn_v", "attn_qkv", "attn_kv_b")


def _allows_quantization(name: str, shape: tuple[int, ...]) -> bool:
    return _n_dims(shape) >= 2 and _name_allows_quantization(name)


@lru_cache(maxsize=65536)
def _name_allows_quantization(name: str) -> bool:
    if not name.endswith("weight"):
        return False
    if any(s in name for s in _NOT_QUANTIZED_SUBSTRINGS):
        return False
    return not any(name.endswith(n) for n in _NOT_QUANTIZED_NAMES)


def _n_dims(shape: tuple[int, ...]) -> int:
    # ggml_n_dims ignores trailing dimensions of 1
    n = len(shape)
    while n > 1 and shape[n - 1] == 1:
        n -= 1
    return n


def converter_type(name: str, shape: tuple[int, ...], float_type: str) -> str:
    """The GGML type convert_hf_to_gguf.py writes for a tensor with ``--outtype float_type``."""
    if _n_dims(shape) <= 1 or name.endswith("_norm.weight") or not name.endswith(".weight"):
        return "F32"
    return "F32" if _converter_keeps_f32(name) else float_type


@lru_cache(maxsize=65536)
def _converter_keeps_f32(name: str) -> bool:
    return any(s in name for s in _CONVERTER_F32_SUBSTRINGS)


def _use_more_bits(i_layer: int, n_layers: int) -> bool:
    # source: src/llama-quant.cpp use_more_bits (C integer division: operands are non-negative)
    return (
        i_layer < n_layers // 8
        or i_layer >= 7 * n_layers // 8
        or _c_mod(i_layer - n_layers // 8, 3) == 2
    )


def _c_mod(a: int, b: int) -> int:
    # C's % truncates toward zero; Python's floors
    r = abs(a) % b
    return -r if a < 0 else r


class _MixState:
    """quantize_state_impl: the counters llama-quantize advances in processing order."""

    def __init__(self, spec: ModelSpec, ftype: str, has_imatrix: bool, names: Sequence[str]):
        self.ftype = ftype.removeprefix("MOSTLY_")
        self.has_imatrix = has_imatrix
        self.n_expert = spec.n_experts
        self.n_gqa = spec.n_heads // spec.n_kv_heads
        self.is_falcon = spec.model_type in _FALCON_MODEL_TYPES
        self.is_70b = (
            spec.model_type in _LLAMA_ARCH_MODEL_TYPES
            and spec.n_layers == LLAMA_70B_LAYERS
            and spec.n_heads != spec.n_kv_heads
        )
        self.n_attention_wv = sum(1 for n in names if _is_attn_v(_category(n)))
        self.has_tied_embeddings = "output.weight" not in names
        self.n_ffn = spec.n_layers
        self.i_attention_wv = 0
        self.i_ffn_down = 0
        self.i_ffn_gate = 0
        self.i_ffn_up = 0

    def layer_info(self, counter: int, name: str) -> tuple[int, int]:
        if max(1, self.n_expert) > 1:
            m = _BLK_RE.match(name)
            if m is None:
                raise SpecError(f"cannot determine the layer of MoE tensor {name!r}")
            return int(m.group(1)), self.n_ffn
        return counter, self.n_ffn

    def choose(self, name: str, ne0: int, ne2: int, default: str) -> str:
        """llama_tensor_get_type_impl for one quantizable tensor."""
        ft = self.ftype
        cat = _category(name)
        t = default
        iq2_group = ft in ("IQ2_XXS", "IQ2_XS", "IQ1_S", "IQ2_S", "IQ2_M", "IQ1_M")
        if cat == "output" or (self.has_tied_embeddings and cat == "token_embd"):
            if ft == "MXFP4_MOE" or self.is_falcon or ne0 % GGML_TYPES[t].block_elements:
                t = "Q8_0"
            elif ft in ("IQ2_XXS", "IQ2_XS", "IQ3_XXS", "IQ1_S", "IQ2_S", "IQ2_M", "IQ1_M"):
                t = "Q5_K"
            elif t != "Q8_0":
                t = "Q6_K"
        elif ft == "MXFP4_MOE":
            t = "MXFP4" if ne2 > 1 else "Q8_0"
        elif cat == "token_embd":
            if ft in ("IQ2_XXS", "IQ2_XS", "IQ1_S", "IQ1_M"):
                t = "Q2_K"
            elif ft in ("IQ2_S", "IQ2_M", "IQ3_XXS"):
                t = "IQ3_S"
            elif ft in ("TQ1_0", "TQ2_0"):
                t = "Q4_K"
        elif iq2_group:
            if _is_attn_v(cat):
                if self.n_gqa >= 4 or self.n_expert >= 4:
                    t = "Q4_K"
                else:
                    t = "IQ3_S" if ft in ("IQ2_S", "IQ2_M") else "Q2_K"
                self.i_attention_wv += 1
            elif self.n_expert == 8 and cat == "attn_k":
                t = "Q4_K"
            elif cat == "ffn_down":
                if self.i_ffn_down < self.n_ffn // 8:
                    t = "IQ3_S" if ft in ("IQ2_S", "IQ2_M") else "Q2_K"
                self.i_ffn_down += 1
            elif cat == "attn_output":
                if self.n_expert == 8:
                    t = "Q5_K"
                elif ft in ("IQ1_S", "IQ1_M"):
                    t = "IQ2_XXS"
                elif ft in ("IQ2_S", "IQ2_M"):
                    t = "IQ3_S"
        elif _is_attn_v(cat):
            t = self._attn_v(t)
        elif cat == "attn_k":
            if self.n_expert == 8:
                t = "Q8_0"
            elif ft == "IQ3_XS":
                t = "IQ3_XXS"
            elif ft == "IQ3_XXS":
                t = "IQ2_S"
        elif cat == "attn_q":
            if ft == "IQ3_XS":
                t = "IQ3_XXS"
            elif ft == "IQ3_XXS":
                t = "IQ2_S"
        elif cat == "ffn_down":
            t = self._ffn_down(t, name)
        elif cat == "attn_output":
            t = self._attn_output(t)
        elif cat in ("ffn_gate", "ffn_up"):
            counter = self.i_ffn_gate if cat == "ffn_gate" else self.i_ffn_up
            i_layer, n_layer = self.layer_info(counter, name)
            if ft == "IQ3_XS" and n_layer // 8 <= i_layer < 7 * n_layer // 8:
                t = "IQ3_XXS"
            if cat == "ffn_gate":
                self.i_ffn_gate += 1
            else:
                self.i_ffn_up += 1
        return t

    def _attn_v(self, t: str) -> str:
        ft = self.ftype
        gqa4 = self.n_gqa >= 4
        if ft == "Q2_K":
            t = "Q4_K" if gqa4 else "Q3_K"
        elif ft == "Q2_K_S" and gqa4:
            t = "Q4_K"
        elif ft == "IQ3_XXS":
            t = "Q4_K" if gqa4 else ("IQ3_S" if not self.has_imatrix else "IQ3_XXS")
        elif (ft in ("IQ3_XS", "IQ3_S") and gqa4) or ft == "IQ3_M":
            t = "Q4_K"
        elif ft == "Q3_K_M":
            t = "Q5_K" if self.i_attention_wv < 2 else "Q4_K"
        elif ft == "Q3_K_L" or (ft in ("IQ4_NL", "IQ4_XS") and gqa4):
            t = "Q5_K"
        elif ft in ("Q4_K_M", "Q5_K_M") and _use_more_bits(
            self.i_attention_wv, self.n_attention_wv
        ):
            t = "Q6_K"
        elif ft == "Q4_K_S" and self.i_attention_wv < 4:
            t = "Q5_K"
        if self.is_70b and t in ("Q3_K", "Q4_K"):
            t = "Q5_K"
        if self.n_expert == 8:
            t = "Q8_0"
        self.i_attention_wv += 1
        return t

    def _ffn_down(self, t: str, name: str) -> str:
        ft = self.ftype
        i_layer, n_layer = self.layer_info(self.i_ffn_down, name)
        more = _use_more_bits(i_layer, n_layer)
        if ft == "Q2_K":
            t = "Q3_K"
        elif ft == "Q2_K_S":
            if i_layer < n_layer // 8:
                t = "Q4_K"
        elif ft == "IQ3_XXS" and not self.has_imatrix:
            t = "Q4_K" if i_layer < n_layer // 8 else "Q3_K"
        elif ft == "Q3_K_M":
            if i_layer < n_layer // 16:
                t = "Q5_K"
            else:
                t = "Q4_K" if (not self.is_falcon or more) else "Q3_K"
        elif ft == "IQ3_M" and (i_layer < n_layer // 8 or (self.n_expert == 8 and more)):
            t = "Q4_K"
        elif ft == "Q3_K_L":
            t = "Q4_K" if self.is_falcon else "Q5_K"
        elif ft == "Q4_K_M":
            if self.is_falcon:
                t = "Q6_K" if i_layer < n_layer // 16 else ("Q5_K" if more else "Q4_K")
            elif more:
                t = "Q6_K"
        elif i_layer < n_layer // 8 and ft in ("IQ4_NL", "IQ4_XS") and not self.has_imatrix:
            t = "Q5_K"
        elif ft == "Q5_K_M" and more:
            t = "Q6_K"
        elif ft == "Q4_K_S" and not self.is_falcon and i_layer < n_layer // 8:
            t = "Q5_K"
        elif ft in ("Q4_0", "Q5_0") and self.has_imatrix and i_layer < n_layer // 8:
            t = "Q4_1" if ft == "Q4_0" else "Q5_1"
        self.i_ffn_down += 1
        return t

    def _attn_output(self, t: str) -> str:
        ft = self.ftype
        if self.is_falcon:
            return "Q4_K" if ft == "Q3_K_L" else t
        if self.n_expert == 8:
            if ft in (
                "Q2_K",
                "IQ3_XS",
                "IQ3_XXS",
                "Q3_K_S",
                "Q3_K_M",
                "IQ4_NL",
                "Q4_K_S",
                "Q4_K_M",
                "IQ3_S",
                "IQ3_M",
                "IQ4_XS",
            ):
                t = "Q5_K"
            return t
        return {
            "Q2_K": "Q3_K",
            "IQ3_XXS": "IQ3_S",
            "Q3_K_M": "Q4_K",
            "Q3_K_L": "Q5_K",
            "IQ3_M": "Q4_K",
        }.get(ft, t)


def _fallback(t: str, ne0: int) -> str:
    if ne0 % GGML_TYPES[t].block_elements == 0:
        return t
    if t not in _FALLBACK:
        raise SpecError(f"no GGML type fallback for {t} with rows of {ne0} elements")
    fb = _FALLBACK[t]
    return fb if ne0 % GGML_TYPES[fb].block_elements == 0 else "F16"


def _run_mix(
    spec: ModelSpec,
    tensors: Sequence[tuple[str, tuple[int, ...]]],
    fmt: WeightFormat,
    has_imatrix: bool,
    source_type: str,
) -> tuple[str, ...]:
    names = [n for n, _ in tensors]
    assert fmt.ggml_type is not None and fmt.llama_ftype is not None
    default = fmt.ggml_type
    source = [converter_type(n, s, source_type) for n, s in tensors]
    if not GGML_TYPES[default].is_quantized:
        # F16/BF16/F32 files: quantizable tensors take the file type, the rest keep theirs
        return tuple(
            default if _allows_quantization(n, s) else src
            for (n, s), src in zip(tensors, source, strict=True)
        )
    state = _MixState(spec, fmt.llama_ftype, has_imatrix, names)

    # llama_model_loader keeps weights in a map ordered by layer number, then name
    # (weight_name_comparer); the counters advance in that order
    def order_key(i: int) -> tuple[int, str]:
        m = _BLK_RE.match(names[i])
        return (int(m.group(1)) if m else -1, names[i])

    result = list(source)
    for i in sorted(range(len(tensors)), key=order_key):
        name, shape = tensors[i]
        if not _allows_quantization(name, shape):
            continue
        ne2 = shape[2] if len(shape) > 2 else 1
        result[i] = _fallback(state.choose(name, shape[0], ne2, default), shape[0])
    return tuple(result)


def _needs_imatrix(fmt: WeightFormat, names: Sequence[str], types: Sequence[str]) -> bool:
    for name, t in zip(names, types, strict=True):
        if name in ("token_embd.weight", "per_layer_token_embd.weight", "output.weight"):
            continue
        if t in _IMATRIX_TYPES or (t == "Q2_K" and fmt.id == "q2_k_s"):
            return True
    return False


def gguf_types_for(
    spec: ModelSpec,
    tensors: Sequence[tuple[str, tuple[int, ...]]],
    ftype: str | WeightFormat,
    *,
    imatrix: bool | None = None,
    source_type: str = "F16",
) -> tuple[str, ...]:
    """GGML type per (name, shape) for llama-quantize's ``ftype`` (see gguf_tensor_types)."""
    fmt = ftype if isinstance(ftype, WeightFormat) else parse_weight_format(ftype)
    if fmt.llama_ftype is None or fmt.family not in ("gguf", "float"):
        raise SpecError(f"ftype must be a GGUF file type (e.g. q4_k_m, f16), got {fmt.id!r}")
    ggml_type(source_type)
    if imatrix is not None:
        return _run_mix(spec, tensors, fmt, imatrix, source_type)
    types = _run_mix(spec, tensors, fmt, False, source_type)
    if _needs_imatrix(fmt, [n for n, _ in tensors], types):
        # llama-quantize refuses these mixes without an importance matrix, so every such file
        # in the wild was made with one
        types = _run_mix(spec, tensors, fmt, True, source_type)
    return types


@lru_cache(maxsize=4096)
def _gguf_tensor_types_cached(
    spec: ModelSpec, fmt_id: str, imatrix: bool | None
) -> tuple[str, ...]:
    tensors: tuple[TensorInfo, ...] = model_tensors(spec)
    return gguf_types_for(spec, [(t.name, t.shape) for t in tensors], fmt_id, imatrix=imatrix)


def gguf_tensor_types(
    spec: ModelSpec, ftype: str, *, imatrix: bool | None = None
) -> tuple[str, ...]:
    """The GGML type ``llama-quantize`` gives each tensor of ``model_tensors(spec)``.

    Implements llama.cpp ``src/llama-quant.cpp`` ``llama_tensor_get_type`` for a converted
    F16 GGUF: output/token_embd rules (tied embeddings take the output rule), the attn_v /
    ffn_down upgrades with llama.cpp's counters in its processing order, the MoE, 70B and Falcon
    special cases, unquantized 1-D tensors, norms and routers, and the row-size fallbacks.
    ``imatrix=None`` means what llama-quantize does by default: no importance matrix, except for
    the mixes it refuses to make without one (IQ1/IQ2/IQ3_XXS/IQ3_XS, Q2_K_S), which are computed
    as made with one.
    """
    fmt = parse_weight_format(ftype)
    return _gguf_tensor_types_cached(spec, fmt.id, imatrix)
