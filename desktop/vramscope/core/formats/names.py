"""Weight format names: the ids users pick, their aliases and families, and what each one means.

A *weight format* is what the user picks ("q4_k_m", "nf4", "gptq-4bit", "bf16").

Naming: the float formats ``bf16``, ``fp16`` and ``fp32`` are one format whether they live in
safetensors or in a GGUF (llama.cpp's spellings ``f16``/``f32`` are aliases); every other GGUF
format uses llama.cpp's lower-case file-type name (``q4_k_m``, ``iq4_xs``, ``mxfp4_moe``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ..errors import SpecError, shown
from ..notes import Note
from .ggml import GGML_TYPES, ggml_type

__all__ = [
    "BNB_4BIT_BLOCKSIZE",
    "BNB_NESTED_BLOCKSIZE",
    "COMMON_FORMAT_IDS",
    "LLAMA_FTYPE_IDS",
    "WEIGHT_FORMAT_IDS",
    "FormatFamily",
    "WeightFormat",
    "format_from_llama_ftype",
    "parse_weight_format",
]

FormatFamily = Literal["float", "gguf", "bnb", "gptq", "awq", "exl2", "fp8", "mxfp4"]
_FAMILIES: tuple[str, ...] = ("float", "gguf", "bnb", "gptq", "awq", "exl2", "fp8", "mxfp4")

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
    label: Note  # a code: the name in words comes from app.present.formats
    ggml_type: str | None = None
    llama_ftype: str | None = None
    bits: int = 0
    group_size: int = 0
    double_quant: bool = False
    bpw: float = 0.0
    head_bits: int = 0

    def __post_init__(self) -> None:
        if self.family not in _FAMILIES:
            raise SpecError(
                "spec.not_one_of",
                field="weight format family",
                allowed=", ".join(_FAMILIES),
                value=shown(self.family),
            )
        if self.ggml_type is not None:
            ggml_type(self.ggml_type)
        if self.llama_ftype is not None and self.llama_ftype not in LLAMA_FTYPE_IDS:
            raise SpecError("format.unknown_llama_ftype", value=shown(self.llama_ftype))
        if self.family == "gptq" and self.bits not in GPTQ_BITS:
            raise SpecError(
                "spec.not_one_of",
                field="gptq bits",
                allowed=", ".join(map(str, GPTQ_BITS)),
                value=shown(self.bits),
            )
        if self.family in ("gptq", "awq") and not (
            self.group_size == GPTQ_PER_CHANNEL or 16 <= self.group_size <= 65536
        ):
            raise SpecError("format.group_size", family=self.family, value=shown(self.group_size))
        if self.family == "exl2" and not EXL2_MIN_BPW <= self.bpw <= EXL2_MAX_BPW:
            raise SpecError(
                "spec.out_of_range",
                field="exl2 bits per weight",
                low=str(EXL2_MIN_BPW),
                high=str(EXL2_MAX_BPW),
                value=shown(self.bpw),
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
        label=Note.of("format_label.gguf", name=name),
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
            label=Note.of("format_label.float", name=key.upper(), dtype=dtype),
            ggml_type=gtype,
            llama_ftype=ftype,
        )
    gguf_key = key.replace("-", "_")
    if gguf_key in _GGUF_MIXES:
        return _gguf_format(gguf_key)
    if key == "fp8":
        return WeightFormat(id="fp8", family="fp8", label=Note.of("format_label.fp8"), bits=8)
    if key == "int8":
        return WeightFormat(id="int8", family="bnb", label=Note.of("format_label.int8"), bits=8)
    if key == "nf4":
        return WeightFormat(
            id="nf4",
            family="bnb",
            label=Note.of("format_label.nf4"),
            bits=4,
            double_quant=True,
        )
    if key == "fp4":
        return WeightFormat(id="fp4", family="bnb", label=Note.of("format_label.fp4"), bits=4)
    if key == "mxfp4":
        return WeightFormat(
            id="mxfp4",
            family="mxfp4",
            label=Note.of("format_label.mxfp4"),
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
            raise SpecError("format.awq_bits", value=shown(text))
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
            label=Note.of("format_label.gptq_channel", name=name, bits=bits)
            if group < 0
            else Note.of("format_label.gptq_group", name=name, bits=bits, group=group),
            bits=bits,
            group_size=group,
        )
    m = _EXL2_RE.match(key)
    if m:
        bpw = float(m.group(1))
        return WeightFormat(
            id=_exl2_id(bpw),
            family="exl2",
            label=Note.of("format_label.exl2", bpw=bpw),
            bpw=bpw,
            head_bits=EXL2_HEAD_BITS,
        )
    fixed = [i for i in WEIGHT_FORMAT_IDS if not i.startswith(("gptq-", "awq-", "exl2-"))]
    known = ", ".join(fixed) + (
        ", gptq-{2,3,4,8}bit[-g32|-g64|-g128], awq-4bit[-g32|-g64|-g128], exl2-{2.0..8.0}bpw"
    )
    raise SpecError("format.unknown", value=shown(text), known=known)


# The errors of _parse that already name the format the user typed.
_NAMES_THE_FORMAT = frozenset({"format.unknown", "format.awq_bits"})


def parse_weight_format(text: str) -> WeightFormat:
    """The weight format named ``text`` (case-insensitive; llama.cpp spellings like ``Q4_K_M``
    and ``f16`` work too). Unknown names raise SpecError naming the value."""
    if not isinstance(text, str):
        raise SpecError("spec.not_string", field="weight format", value=shown(text))
    key = text.strip().lower()
    try:
        return _parse(key)
    except SpecError as err:
        if err.note.code in _NAMES_THE_FORMAT:
            raise
        # a well-formed name with a parameter WeightFormat rejects (gptq-5bit, awq-4bit-g8)
        raise SpecError("format.invalid", value=shown(key), detail=err) from None


def format_from_llama_ftype(ftype_id: int) -> WeightFormat:
    """The format of a GGUF whose ``general.file_type`` is ``ftype_id``."""
    for name, value in LLAMA_FTYPE_IDS.items():
        if value == ftype_id:
            return parse_weight_format(name.removeprefix("MOSTLY_").removeprefix("ALL_"))
    raise SpecError("format.unknown_file_type", value=shown(ftype_id))
